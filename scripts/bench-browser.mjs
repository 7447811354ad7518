// What the browser benches (bench-timeline, bench-document, bench-results, bench-fhir) share: the
// command-line options, the page — an entry module bundled by esbuild from the TypeScript sources
// (export condition "source"), served on loopback and opened in headless Chromium (scripts/browser.mjs)
// with a way to collect garbage before each measure — and the statistics and line format their
// output keeps, so figures can be compared over time.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `--name value` options and `--flag` switches of the command line. */
export function commandLine(args = process.argv.slice(2)) {
  return {
    opt(name, def) {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? args[i + 1] : def;
    },
    has: (flag) => args.includes(`--${flag}`),
  };
}

export const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const p95 = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
};
export const pad = (s, n) => String(s).padEnd(n);
/** One figure against its budget: `name  events=N  label=V ms  budget ≤B ms  ok|OVER`. */
export const line = (name, n, label, value, budget, width = 22) =>
  `${pad(name, width)}events=${pad(n, 8)}${label}=${value.toFixed(1)} ms  budget ≤${budget} ms  ${value <= budget ? 'ok' : 'OVER'}`;

/** Chromium switches for frame-time benches: frames as fast as the page makes them. */
export const UNTHROTTLED = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];

/**
 * Bundles `entry` (module source), serves it in a page and opens it in headless Chromium at
 * 1280 × 900, then waits until the page defines `window[ready]`. Resolves to
 * `{ page, browser, cdp, gc, fresh, close }`; `gc()` collects the page's garbage, `close()` stops it all.
 * `minify: false` keeps names for a profile. The bundle is split at dynamic imports (a module the
 * entry `import()`s is a file of its own, fetched, compiled and run when imported), and `fresh()`
 * opens the same page in a new browser context — no HTTP or compiled code cache shared with any other
 * page, and a renderer process of its own — resolving to `{ page, gc, close, cacheChunks }` (a cold
 * start). `cacheChunks()` fetches the split files into that page's HTTP cache (served cacheable) without
 * running them: an `import()` after it still parses, compiles and runs them from nothing, but does not
 * wait for their transfer; it resolves to the time the transfer took (ms).
 */
export async function openBench(entry, { name, ready = 'prepare', minify = true, chromiumArgs = [] }) {
  const dir = mkdtempSync(join(tmpdir(), `percorso-bench-${name}-`));
  let browser;
  let server;
  const close = async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    writeFileSync(join(dir, 'entry.js'), entry);
    await build({
      entryPoints: [join(dir, 'entry.js')],
      bundle: true,
      format: 'esm',
      outdir: dir,
      entryNames: 'bench',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      conditions: ['source'],
      target: 'es2022',
      minify,
      logLevel: 'error',
      absWorkingDir: root,
      nodePaths: [join(root, 'node_modules')],
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="it"><meta charset="utf-8"><title>bench</title><body style="margin:0"><script type="module" src="bench.js"></script></body></html>',
    );
    const chunks = existsSync(join(dir, 'chunks')) ? readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`) : [];
    server = await serveStatic(dir, { maxAge: 3600 });
    browser = await launchChromium([...chromiumArgs, '--window-size=1280,900']);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction((fn) => typeof window[fn] === 'function', {}, ready);
    const cdp = await page.createCDPSession();
    const gc = () => cdp.send('HeapProfiler.collectGarbage');
    const fresh = async () => {
      const context = await browser.createBrowserContext();
      const p = await context.newPage();
      await p.setViewport({ width: 1280, height: 900 });
      p.on('pageerror', (e) => console.error('page error:', e.message));
      await p.goto(`${server.url}/index.html`);
      await p.waitForFunction((fn) => typeof window[fn] === 'function', {}, ready);
      const session = await p.createCDPSession();
      const cacheChunks = () =>
        p.evaluate(async (urls) => {
          const t0 = performance.now();
          await Promise.all(urls.map((u) => fetch(u, { cache: 'force-cache' }).then((r) => r.arrayBuffer())));
          return performance.now() - t0;
        }, chunks);
      return { page: p, gc: () => session.send('HeapProfiler.collectGarbage'), close: () => context.close(), cacheChunks };
    };
    return { page, browser, cdp, gc, fresh, close };
  } catch (e) {
    await close();
    throw e;
  }
}
