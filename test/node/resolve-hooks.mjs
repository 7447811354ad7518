// Resolve hooks for the model's tests in Node (registered by register.mjs): `@percorso/model` is the
// model's TypeScript source, `@open-wc/testing` and `@web/test-runner-commands` the shims beside
// this file — each found from the file that imports it, not from where Node started. Stryker starts its workers in the
// repository and only then moves them into a sandbox copy holding the mutated sources; resolving
// from the importer makes the sandbox's test files import the sandbox's model.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TARGETS = {
  '@percorso/model': 'packages/model/src/index.ts',
  // the generator's source too, not a built dist/ that may be stale or missing
  '@percorso/model/generator': 'packages/model/src/generator/index.ts',
  // the other languages' issue messages and glossary (the elements' locale modules import them too)
  '@percorso/model/locales/en': 'packages/model/src/locales/en.ts',
  '@percorso/model/locales/de': 'packages/model/src/locales/de.ts',
  '@percorso/model/locales/fr': 'packages/model/src/locales/fr.ts',
  '@percorso/model/locales/sl': 'packages/model/src/locales/sl.ts',
  // The server-rendering test (test/ssr/) renders the elements from their sources.
  '@percorso/elements': 'packages/elements/src/index.ts',
  '@percorso/tokens': 'packages/tokens/src/index.ts',
  '@open-wc/testing': 'test/node/open-wc-testing.ts',
  '@web/test-runner-commands': 'test/node/test-runner-commands.ts',
  // Its package.json names a "main" it does not ship; bundlers (and web-test-runner) take its "module".
  '@esm-bundle/chai': 'node_modules/@esm-bundle/chai/esm/chai.js',
};

/** The nearest folder above `file` holding packages/model (the repository, or a sandbox copy of it). */
function rootOf(file) {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'packages/model/src/index.ts'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

export async function resolve(specifier, context, nextResolve) {
  const target = TARGETS[specifier];
  if (target && context.parentURL?.startsWith('file:')) {
    const root = rootOf(fileURLToPath(context.parentURL));
    if (root) {
      // node_modules is not copied into a sandbox: Stryker links it from the repository.
      const file = join(root, target);
      if (existsSync(file)) return { url: pathToFileURL(file).href, shortCircuit: true };
    }
  }
  return nextResolve(specifier, context);
}
