/**
 * Prints a server-rendered page (render.ts's ssrPage) on stdout, for the test runner's `/__ssr/` pages
 * (scripts/wtr-plugins.mjs, `ssrPages`), as JSON: `{ html, styleSrc }` — the page, and the `style-src`
 * hashes @percorso/elements publishes (csp-hashes.json, written by scripts/csp-hashes.mjs) for the
 * page's Content-Security-Policy. Usage, with the Node test loader:
 *   node --import ./test/node/register.mjs test/ssr/print-page.ts '{"tags":["fse-timeline"],"seed":1,"events":60,"role":"citizen"}'
 */
import * as elements from '@percorso/elements';
import { cspHashesFile } from '../../scripts/csp-hashes.mjs';
import { DEFAULT_CASE, ssrPage, type SsrCase } from './render.js';

const input = JSON.parse(process.argv[2] ?? '{}') as Partial<SsrCase> & { tags?: string[] };
const html = await ssrPage(input.tags ?? [], { ...DEFAULT_CASE, ...input });
process.stdout.write(JSON.stringify({ html, styleSrc: cspHashesFile(elements, '0')['style-src'] }));
