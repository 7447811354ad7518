/**
 * Prints a server-rendered page (render.ts's ssrPage) on stdout, for the test runner's `/__ssr/` pages
 * (scripts/wtr-plugins.mjs, `ssrPages`). Usage, with the Node test loader:
 *   node --import ./test/node/register.mjs test/ssr/print-page.ts '{"tags":["fse-timeline"],"seed":1,"events":60,"role":"citizen"}'
 */
import { DEFAULT_CASE, ssrPage, type SsrCase } from './render.js';

const input = JSON.parse(process.argv[2] ?? '{}') as Partial<SsrCase> & { tags?: string[] };
const page = await ssrPage(input.tags ?? [], { ...DEFAULT_CASE, ...input });
process.stdout.write(page);
