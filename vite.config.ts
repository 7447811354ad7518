// Vite serves the demo (`npm start`) and builds it (`npm run build`). The packages themselves are
// built by tsc (one ES module per source file, dependencies external), see packages/*/package.json.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as Generator from '@percorso/model/generator';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin, type ViteDevServer } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * `npm start` serves, beside the demo and on the same origin, a real FHIR R4 server
 * (scripts/fhir-server.mjs: Medplum's engine in memory) at `/fhir`, seeded with the demo's sample
 * patient (`generateFhir`, read from the model's TypeScript sources) and the gateway examples
 * (../shared/fixtures/gateway, when present). The demo pages read it with `loadFhirRecord` and the
 * consent panel writes to it. `/sample-patient.json` tells the pages the sample patient's id. For
 * demo/smart.html, a SMART authorization server (oidc-provider, scripts/smart-auth.mjs) at `/oauth`
 * and the same data at `/smart/fhir`, where every request needs one of its access tokens.
 */
function fhirServer(): Plugin {
  let ready: Promise<{ handle: (req: IncomingMessage, res: ServerResponse) => void; handles: (path: string) => boolean; patient: { id: string; cf: string } }> | undefined;
  const start = (server: ViteDevServer) =>
    (ready ??= (async () => {
      const generator = (await server.ssrLoadModule(resolve(here, 'packages/model/src/generator/index.ts'))) as typeof Generator;
      const { createFhirHandler, DEFAULT_GATEWAY_DIR, demoBundles } = await import('./scripts/fhir-server.mjs');
      // The sample patient's record, then their family's (the child's, the delegator's), which they may open.
      const bundles = demoBundles(generator);
      const bundle = bundles[0]!;
      // smart: the SMART authorization server at /oauth and the same data at /smart/fhir behind its tokens (demo/smart.html).
      const fhir = await createFhirHandler({ bundles, gatewayDir: existsSync(DEFAULT_GATEWAY_DIR) ? DEFAULT_GATEWAY_DIR : false, smart: {} });
      const p = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!.resource as unknown as { id: string; identifier: { value: string }[] };
      server.config.logger.info(`  FHIR R4 server (Medplum engine, in memory) at /fhir — sample patient ${p.id}; gateway examples: ${fhir.gateway.length}`);
      return { handle: fhir.handle, handles: fhir.handles, patient: { id: p.id, cf: p.identifier[0]!.value } };
    })());
  return {
    name: 'percorso-fhir-server',
    configureServer(server) {
      server.httpServer?.once('listening', () => void start(server));
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '';
        if (/^\/(?:fhir|smart\/fhir|oauth)(?:[/?]|$)/.test(url)) {
          start(server).then((s) => (s.handles(url) ? s.handle(req, res) : next()), next);
        } else if (url === '/sample-patient.json') {
          start(server).then((s) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify(s.patient));
          }, next);
        } else next();
      });
    },
  };
}

export default defineConfig({
  root: resolve(here, 'demo'),
  plugins: [fhirServer()],
  // Resolve @percorso/* to their TypeScript sources, so the demo needs no build step.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: false, open: false },
  preview: { port: 4173 },
  build: {
    outDir: resolve(here, 'dist-demo'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        main: resolve(here, 'demo/index.html'),
        clinician: resolve(here, 'demo/clinician.html'),
        smart: resolve(here, 'demo/smart.html'),
      },
    },
  },
});
