// Vite config for Storybook: resolve @percorso/* to their TypeScript sources.
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { chunkSizeWarningLimit: 4000 },
});
