// @web/test-runner: every suite in test/ runs in a real browser (Debian's Chromium or Firefox ESR).
// scripts/test.mjs picks the browser and makes sure it is installed; run that, not wtr directly.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter, percorsoCommands, ssrPages } from './scripts/wtr-plugins.mjs';
import { cspMiddleware, splitCspFiles, LOCALES_SCRIPT } from './scripts/wtr-csp.mjs';
import { defaultReporter } from '@web/test-runner';

const here = dirname(fileURLToPath(import.meta.url));
const browser = process.env.PERCORSO_BROWSER === 'firefox' ? 'firefox' : 'chromium';

// The national gateway's example documents stay in ../shared (they carry no licence to copy);
// tests fetch them as /gateway/<file>.
const gatewayDir = resolve(here, '../shared/fixtures/gateway');
function gatewayFixtures(ctx, next) {
  if (!ctx.path.startsWith('/gateway/')) return next();
  const file = resolve(gatewayDir, decodeURIComponent(ctx.path.slice('/gateway/'.length)));
  if (!file.startsWith(gatewayDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    ctx.status = 404;
    ctx.body = `no gateway fixture ${ctx.path} in ${gatewayDir}`;
    return undefined;
  }
  ctx.type = file.endsWith('.json') ? 'application/json' : 'application/xml';
  ctx.body = createReadStream(file);
  return undefined;
}

const chromiumArgs = [
  '--no-sandbox', // we run as root on CI machines
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--window-size=1280,900',
];

const launcher =
  browser === 'firefox'
    ? chromeLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
          headless: true,
          // puppeteer waits 30 s for Firefox to start by default: on the loaded shared machine it
          // sometimes takes longer and the whole file failed before a test ran
          timeout: 120_000,
          args: ['--width=1280', '--height=900'],
        },
      })
    : chromeLauncher({
        launchOptions: {
          executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
          headless: true,
          args: chromiumArgs,
        },
      });

// test/csp/ runs in pages served with a strict Content-Security-Policy header (scripts/wtr-csp.mjs).
const { files, groups } = splitCspFiles(process.env.PERCORSO_FILES ? process.env.PERCORSO_FILES.split(',') : undefined);

export default {
  rootDir: here,
  // Every test page registers the bundled languages first, as a portal that offers them all does
  // (elements are Italian-only until a locale module is imported); test/i18n/ checks the rest.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${LOCALES_SCRIPT}<script type="module" src="${testFramework}"></script></body></html>`,
  files,
  groups,
  nodeResolve: { exportConditions: ['source', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(here, 'tsconfig.json') }), percorsoCommands(), ssrPages()],
  middleware: [cspMiddleware(), gatewayFixtures],
  // One page at a time: pages in background tabs get no requestAnimationFrame (toolchain.md, trap 1),
  // and on 2 cores one page is as fast.
  concurrency: 1,
  browsers: [launcher],
  browserStartTimeout: 120000, // Firefox on the loaded shared machine can take over a minute to open a page
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter(browser === 'firefox' ? 'Firefox' : 'Chromium')],
};
