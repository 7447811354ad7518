// Vite serves the demo (`npm start`) and builds it (`npm run build`). The packages themselves are
// built by tsc (one ES module per source file, dependencies external), see packages/*/package.json.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: resolve(here, 'demo'),
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
      },
    },
  },
});
