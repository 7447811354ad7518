// The strict Content-Security-Policy test pages (issue 8 §2): the suites in test/csp/ run in pages
// served with the policy an Italian public portal uses, so a `style` attribute, an inline script, an
// HTML string reaching the DOM or a second Trusted Types policy shows up as a violation there.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cspDir = resolve(dirname(fileURLToPath(import.meta.url)), '../test/csp');

/** The policy the elements must work under — exactly this, the README's CSP section quotes it. */
export const STRICT_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * What the test runner itself needs on top, and nothing the elements use: the page reports its
 * results and runs server commands over a WebSocket to the test server (`connect-src 'self'`
 * covers ws: to the same host), and tests `fetch` fixtures. The elements never fetch.
 */
export const HARNESS_ADDITION = "connect-src 'self'";

/** Policies by name: a test page picks one with `<meta name="percorso-csp" content="…">`. */
export const POLICIES = {
  strict: STRICT_POLICY,
  // Trusted Types that allow no policy at all: lit-html cannot create its `lit-html` policy.
  'tt-none': STRICT_POLICY.replace('trusted-types lit-html', "trusted-types 'none'"),
};

/** The module every test page loads before its tests: all bundled languages (a same-origin script, allowed by the strict policy). */
export const LOCALES_SCRIPT = '<script type="module" src="/packages/elements/src/locales/all.ts"></script>';

const INLINE_PREFIX = '/__percorso-csp/inline/';

/** testRunnerHtml for a group of test files that run under the named policy. */
export function cspTestRunnerHtml(policy) {
  if (!(policy in POLICIES)) throw new Error(`unknown CSP policy ${policy}`);
  return (testFramework) =>
    `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><meta name="percorso-csp" content="${policy}"></head>` +
    `<body>${LOCALES_SCRIPT}<script type="module" src="${testFramework}"></script></body></html>`;
}

/**
 * Middleware: sends the named policy as a real `Content-Security-Policy` header with the test page.
 * The runner injects its configuration (and its console capture) as inline scripts, which
 * `script-src 'self'` rightly refuses; they are moved, unchanged, to same-origin script files so
 * the page runs under the policy as it is rather than one loosened with hashes or nonces.
 */
export function cspMiddleware() {
  const inline = new Map();
  return async (ctx, next) => {
    if (ctx.path.startsWith(INLINE_PREFIX)) {
      const code = inline.get(ctx.path.slice(INLINE_PREFIX.length));
      if (code === undefined) {
        ctx.status = 404;
        return;
      }
      ctx.type = 'application/javascript';
      ctx.body = code;
      return;
    }
    await next();
    if (!ctx.response.is('html') || ctx.body === undefined || ctx.body === null) return;
    const body = typeof ctx.body === 'string' ? ctx.body : Buffer.isBuffer(ctx.body) ? ctx.body.toString('utf8') : undefined;
    const policy = body && /<meta name="percorso-csp" content="([\w-]+)">/.exec(body)?.[1];
    if (!policy) return;
    ctx.body = body.replace(/<script(\s+type="module")?>([\s\S]*?)<\/script>/g, (_, type = '', code) => {
      const name = `${createHash('sha256').update(code).digest('hex').slice(0, 20)}.js`;
      inline.set(name, code);
      return `<script${type} src="${INLINE_PREFIX}${name}"></script>`;
    });
    ctx.set('Content-Security-Policy', `${POLICIES[policy]}; ${HARNESS_ADDITION}`);
  };
}

/**
 * Splits test files between the default pages and the CSP pages: test/csp/ files named *.tt-none.test.ts run
 * under `trusted-types 'none'`, the rest of test/csp/ under the strict policy. `files` is the list
 * given on the command line, or undefined for the whole suite. Returns wtr's `files` and `groups`
 * (a group without files is left out: wtr refuses empty groups).
 */
export function splitCspFiles(files) {
  const TT_NONE = 'test/csp/**/*.tt-none.test.ts';
  if (!files) {
    const csp = existsSync(cspDir) ? readdirSync(cspDir, { recursive: true }).map(String) : [];
    return {
      files: ['test/**/*.test.ts', '!test/csp/**'],
      groups: [
        { name: 'csp-strict', files: ['test/csp/**/*.test.ts', `!${TT_NONE}`], testRunnerHtml: cspTestRunnerHtml('strict') },
        { name: 'csp-trusted-types-none', files: [TT_NONE], testRunnerHtml: cspTestRunnerHtml('tt-none') },
      ].filter((g) => (g.name === 'csp-strict' ? csp.some((f) => f.endsWith('.test.ts') && !f.endsWith('.tt-none.test.ts')) : csp.some((f) => f.endsWith('.tt-none.test.ts')))),
    };
  }
  const isCsp = (f) => /(^|\/)test\/csp\//.test(f);
  const isTtNone = (f) => /\.tt-none\.test\.ts$/.test(f);
  const plain = files.filter((f) => !isCsp(f));
  const groups = [
    { name: 'csp-strict', files: files.filter((f) => isCsp(f) && !isTtNone(f)), testRunnerHtml: cspTestRunnerHtml('strict') },
    { name: 'csp-trusted-types-none', files: files.filter((f) => isCsp(f) && isTtNone(f)), testRunnerHtml: cspTestRunnerHtml('tt-none') },
  ].filter((g) => g.files.length);
  return { files: plain.length ? plain : undefined, groups };
}
