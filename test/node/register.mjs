// Loaded with `node --import` before the model's tests run in Node (mocha, Stryker's mocha runner):
// TypeScript through tsx (test/node/tsconfig.json), resolve-hooks.mjs (@percorso/model → the model's
// sources, @open-wc/testing → chai), and `fetch('/gateway/<file>')` answered from
// ../shared/fixtures/gateway as web-test-runner's middleware does in the browser.
import { readFile } from 'node:fs/promises';
import { register as registerHooks } from 'node:module';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
// Registered before tsx, so tsx asks it (as its next resolver) and then compiles what it found.
registerHooks('./resolve-hooks.mjs', import.meta.url);
register({ tsconfig: resolve(here, 'tsconfig.json') });

const gatewayDir = resolve(root, '../shared/fixtures/gateway');
const networkFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith('/gateway/')) return networkFetch(input, init);
  const file = resolve(gatewayDir, decodeURIComponent(url.slice('/gateway/'.length)));
  if (!file.startsWith(gatewayDir + sep)) return new Response(`no gateway fixture ${url}`, { status: 404 });
  try {
    const type = file.endsWith('.json') ? 'application/json' : 'application/xml';
    return new Response(await readFile(file), { headers: { 'content-type': type } });
  } catch {
    return new Response(`no gateway fixture ${url} in ${gatewayDir}`, { status: 404 });
  }
};
