// Plugins and reporters for @web/test-runner shared by the test and bench scripts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Prints one plain `Browser: N passed, N failed, N skipped` line when the run ends, for CI to read. */
export function summaryReporter(label) {
  let passed = 0, failed = 0, skipped = 0;
  const walk = (suite) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // A file that failed to load counts as a failure even though no test ran.
        if (!s.passed && (!s.testResults || (s.testResults.tests.length === 0 && s.testResults.suites.length === 0))) failed++;
      }
    },
    async stop() {
      console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}

/**
 * Server commands the tests call with `executeServerCommand` from @web/test-runner-commands:
 * - `percorso-cli` { args: string[] } → { code, stdout, stderr }: runs the built percorso-check CLI in Node.
 * - `fhir-server` { action: 'start', events?, seed?, everything?, token?, gateway?, demo?, smart?, publicHost? } → { id, url, smartUrl, patientId, cf }:
 *   starts the development FHIR server (scripts/fhir-server.mjs) on loopback, seeded with `generateFhir`
 *   (and the gateway examples when `gateway` is true); `demo: true` seeds exactly what `npm start`
 *   serves (the demo's sample patient and the gateway examples); with `smart` { clients } (and `publicHost`,
 *   the host name the page uses), its SMART authorization server at /oauth and the same data behind its
 *   tokens at `smartUrl` (scripts/smart-auth.mjs); { action: 'stop', id } stops it.
 * - `fhir-proxy` { target, rules } → { id, url }: a proxy in front of it (scripts/fhir-server.mjs,
 *   `startFhirProxy`); { action: 'hits', id } → number[]; { action: 'stop', id }.
 * - `percorso-seed` → { seed, path }: PERCORSO_SEED / PERCORSO_SEED_PATH from the environment (or null), so a
 *   property test's failing run can be replayed (test/model/seed.ts).
 * - `percorso-stories` → string[]: the CSF files in stories/ (`*.stories.ts`), so a suite can render
 *   every story, including those of files added later, without a list to keep up to date.
 * Servers still running when the run ends are stopped.
 */
export function percorsoCommands() {
  const running = new Map();
  let nextId = 1;
  /** A demo server seeded ahead of the next `fhir-server { demo: true }` (see serverStart). */
  let spareDemo;
  async function startFhir(payload) {
    const { startFhirServer, demoBundles, DEFAULT_GATEWAY_DIR } = await import('./fhir-server.mjs');
    const generator = await import(pathToFileURL(resolve(root, 'packages/model/dist/generator/index.js')).href);
    const demo = payload?.demo === true;
    // demo: exactly what `npm start` seeds (the sample patient, then their family's records).
    const bundles = demo ? demoBundles(generator) : [generator.generateFhir({ seed: payload?.seed ?? 1, events: payload?.events ?? 60 })];
    const patient = bundles[0].entry.find((e) => e.resource.resourceType === 'Patient').resource;
    const server = await startFhirServer({
      bundles,
      gatewayDir: demo ? (existsSync(DEFAULT_GATEWAY_DIR) ? DEFAULT_GATEWAY_DIR : false) : payload?.gateway ? undefined : false,
      everything: payload?.everything !== false,
      token: payload?.token,
      smart: payload?.smart,
      publicHost: payload?.publicHost,
    });
    return { server, patientId: patient.id, cf: patient.identifier[0].value };
  }
  const startDemo = () => {
    const p = startFhir({ demo: true });
    p.catch(() => undefined);
    return p;
  };
  return {
    name: 'percorso-commands',
    // Medplum's engine indexes the R4 definitions once per process (seconds on a busy machine): start
    // it as the run starts, so that the first `fhir-server` command answers within wtr's 20 s limit.
    serverStart() {
      setTimeout(() => {
        import('./fhir-server.mjs')
          .then((m) => m.indexDefinitions())
          .then(() => {
            // The task tests (test/tasks/) open the demo on a fresh server each: seeding one takes
            // seconds, so one is kept ready when the run includes them.
            const files = process.env.PERCORSO_FILES;
            if (!files || files.includes('test/tasks')) spareDemo = startDemo();
          })
          .catch(() => undefined);
      }, 0);
    },
    async serverStop() {
      for (const s of running.values()) await s.close();
      running.clear();
      const spare = await spareDemo?.catch(() => undefined);
      await spare?.server.close();
    },
    async executeCommand({ command, payload }) {
      if (command === 'fhir-server' || command === 'fhir-proxy') {
        const { startFhirProxy } = await import('./fhir-server.mjs');
        if (payload?.action === 'stop') {
          await running.get(payload.id)?.close();
          running.delete(payload.id);
          return { stopped: true };
        }
        if (payload?.action === 'hits') return running.get(payload.id)?.hits ?? null;
        const id = nextId++;
        if (command === 'fhir-proxy') {
          const proxy = await startFhirProxy({ target: payload.target, rules: payload.rules ?? [] });
          running.set(id, proxy);
          return { id, url: proxy.url };
        }
        let started;
        if (payload?.demo === true && spareDemo) {
          started = await spareDemo.catch(() => startFhir(payload));
          spareDemo = startDemo();
        } else started = await startFhir(payload);
        const { server, patientId, cf } = started;
        running.set(id, server);
        return { id, url: server.url, smartUrl: server.smartUrl, patientId, cf };
      }
      if (command === 'percorso-cli') {
        const r = spawnSync(process.execPath, [resolve(root, 'packages/model/bin/percorso-check.js'), ...(payload?.args ?? [])], {
          cwd: root,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        return { code: r.status, stdout: r.stdout, stderr: r.stderr };
      }
      if (command === 'percorso-seed') {
        // PERCORSO_SEED (and PERCORSO_SEED_PATH) replay a property test's failing run
        return { seed: process.env.PERCORSO_SEED ?? null, path: process.env.PERCORSO_SEED_PATH ?? null };
      }
      if (command === 'percorso-stories') {
        return readdirSync(resolve(root, 'stories'))
          .filter((f) => f.endsWith('.stories.ts'))
          .sort();
      }
      return undefined;
    },
  };
}

/**
 * Server-rendered pages for the hydration test (test/ssr/hydrate.test.ts):
 * `/__ssr/page.html?tags=fse-timeline,fse-journey&seed=1&events=60&role=citizen` is the page a
 * portal's Node server would send — the elements rendered with @lit-labs/ssr from a view computed
 * in Node (test/ssr/render.ts), declarative shadow DOM, `defer-hydration`, no script. Rendered in a
 * child Node process (the elements' sources through the Node test loader), as the page is asked for.
 * `&csp=hashes` sends it with a strict Content-Security-Policy whose `style-src` lists the hashes
 * @percorso/elements publishes (csp-hashes.json); `&csp=strict` with the same policy without them.
 */
export function ssrPages() {
  return {
    name: 'percorso-ssr-pages',
    async serve(context) {
      if (context.path !== '/__ssr/page.html') return undefined;
      const q = new URLSearchParams(context.querystring);
      const input = {
        tags: (q.get('tags') ?? '').split(',').filter((t) => /^fse-[a-z-]+$/.test(t)),
        seed: Number(q.get('seed') ?? 1),
        events: Number(q.get('events') ?? 60),
        role: q.get('role') ?? 'citizen',
      };
      const csp = q.get('csp');
      const { execFile } = await import('node:child_process');
      const body = await new Promise((resolveBody, reject) =>
        execFile(
          process.execPath,
          ['--import', './test/node/register.mjs', 'test/ssr/print-page.ts', JSON.stringify(input)],
          { cwd: root, maxBuffer: 64 * 1024 * 1024 },
          (err, stdout, stderr) => (err ? reject(new Error(`server render failed: ${stderr || err.message}`)) : resolveBody(stdout)),
        ),
      );
      const { html, styleSrc } = JSON.parse(body);
      if (csp !== 'hashes' && csp !== 'strict') return { body: html, type: 'html' };
      const styles = ["'self'", ...(csp === 'hashes' ? styleSrc : [])].join(' ');
      const policy = `default-src 'none'; script-src 'self'; style-src ${styles}; connect-src 'self'`;
      return { body: html, type: 'html', headers: { 'Content-Security-Policy': policy } };
    },
  };
}
