// Loaded with `node --import` before the model's tests run in Node (mocha, Stryker's mocha runner):
// TypeScript through tsx with test/node/tsconfig.json (its paths send @open-wc/testing to chai and
// @percorso/model to the sources beside this file), and `fetch('/gateway/<file>')` answered from
// ../shared/fixtures/gateway as web-test-runner's middleware does in the browser.
import { readFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
register({ tsconfig: resolve(root, 'test/node/tsconfig.json') });

// Stryker runs from a sandbox copy inside the repository (.stryker-tmp/sandbox-…); the fixtures sit
// beside the repository itself.
const repo = root.includes(`${sep}.stryker-tmp${sep}`) ? root.slice(0, root.indexOf(`${sep}.stryker-tmp${sep}`)) : root;
const gatewayDir = resolve(repo, '../shared/fixtures/gateway');
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
