#!/usr/bin/env node
// Benchmark of <fse-document> in headless Chromium: opening a lab report with 200 results, each
// with 50 previous values of the same test (51 reports, 10 200 results in the view), measured
// from setting `document-id` to the frame painted after `updateComplete`, i.e. with all 200 rows
// in the DOM (median of ≥ 7 runs; reading and viewing the record is done before and not counted).
// The table renders a screenful of rows first and the rest a batch per frame (document/progressive.ts):
// open-lab-first measures until that first screenful is painted, open-lab until every row is.
// Also the same with the view just set (the element indexes the view once: results by analyte,
// contents by document).
//
// The page is bundled with esbuild from the sources (export condition "source") and served on
// loopback; data goes the real path labSeries (FHIR) → fromFhir → viewFor, in the page.
// Prints one line per figure; exits 0 even when a figure is over budget.
//
// Each report groups its results in panels (a DiagnosticReport each, with its specimen), as labs do.
// Also prints the browser's CPU time over the same runs (all its threads: what the shared machine's
// load inflates least); `--profile` adds the functions with the most self time and a trace summary.
//
//   node scripts/bench-document.mjs [--runs 9] [--profile]
import { join } from 'node:path';
import { commandLine, line, median, openBench, root } from './bench-browser.mjs';
import { profileTop, traceTop } from './cpu-profile.mjs';
import { withCpu } from './cpu-time.mjs';

const { opt, has } = commandLine();
const PROFILE = has('profile');
const RUNS = Math.max(7, Number(opt('runs', 9)));
const BUDGET_OPEN = 50;

const ENTRY = `
import { fromFhir, viewFor } from ${JSON.stringify(join(root, 'packages/model/src/index.ts'))};
import { labSeries, SAMPLE_NOW } from ${JSON.stringify(join(root, 'test/document/fixtures.ts'))};
import ${JSON.stringify(join(root, 'packages/elements/src/document.ts'))};

const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => ok(performance.now());
  ch.port2.postMessage(0);
}));

let view;
let latest;
window.prepare = (results, history) => {
  const s = labSeries(results, history);
  latest = s.latest;
  view = viewFor(fromFhir(s.resources, { now: SAMPLE_NOW }), { role: 'citizen', now: SAMPLE_NOW });
  return view.events.length;
};

function mount(withView) {
  document.querySelector('fse-document')?.remove();
  const el = document.createElement('fse-document');
  el.lang = 'it';
  el.style.width = '1000px';
  if (withView) el.view = view;
  document.body.append(el);
  return el;
}

const rowsOf = (el) => el.shadowRoot.querySelectorAll('[part~="results"] tbody tr[data-id]');

/**
 * An element holding the view, painted; then the latest report opened: the time it was asked, and the
 * first frame painted after it (asked at once, so before anything the element schedules).
 */
async function opening() {
  const el = mount(true);
  await el.updateComplete;
  await nextPaint();
  const t0 = performance.now();
  el.documentId = latest;
  return { el, t0, painted: nextPaint() };
}

/** Opening a document in an element that already holds the view, until every row is painted. */
window.open1 = async () => {
  const { el, t0 } = await opening();
  await el.updateComplete;
  const t = await nextPaint();
  const rows = rowsOf(el).length;
  if (rows !== 200) throw new Error('expected 200 result rows, got ' + rows);
  return t - t0;
};

/**
 * Opening it until the first screenful is painted: the rows that fill the window (the table renders
 * the rest a batch per frame after that). Checks that the painted rows reach below the window's
 * bottom edge, i.e. that the first screen is complete; then waits for every row before the next run.
 */
window.openFirst = async () => {
  const { el, t0, painted } = await opening();
  const t = await painted;
  const rows = rowsOf(el);
  const last = rows[rows.length - 1];
  if (rows.length < 200 && !(last && last.getBoundingClientRect().bottom > innerHeight)) {
    throw new Error('first frame: ' + rows.length + ' rows do not fill the window');
  }
  await el.updateComplete;
  const all = rowsOf(el).length;
  if (all !== 200) throw new Error('expected 200 result rows in the end, got ' + all);
  return { ms: t - t0, rows: rows.length };
};

/** Setting the view and the document together (indexing the view included). */
window.cold = async () => {
  const el = mount(false);
  await nextPaint();
  const t0 = performance.now();
  el.documentId = latest;
  el.view = view;
  await el.updateComplete;
  return (await nextPaint()) - t0;
};
`;

let bench;
try {
  bench = await openBench(ENTRY, { name: 'document', minify: !PROFILE, chromiumArgs: [] });
  const { page, browser, cdp, gc } = bench;
  const pid = browser.process()?.pid;
  const n = await page.evaluate(() => window.prepare(200, 50));
  const open = [];
  const cpu = [];
  const cold = [];
  const first = [];
  let firstRows = 0;
  for (let r = 0; r < RUNS; r++) {
    await gc();
    const m = await withCpu(pid, () => page.evaluate(() => window.open1()));
    open.push(m.value);
    if (m.cpuMs !== undefined) cpu.push(m.cpuMs);
    await gc();
    cold.push(await page.evaluate(() => window.cold()));
    await gc();
    const f = await page.evaluate(() => window.openFirst());
    first.push(f.ms);
    firstRows = f.rows;
  }
  if (PROFILE) {
    await profileTop(cdp, () => page.evaluate(() => window.open1()));
    await traceTop(page, () => page.evaluate(() => window.open1()));
  }
  console.log(line('document.open-lab', n, 'median', median(open), BUDGET_OPEN) + '  (200 results × 50 previous values, view already set; until all 200 rows are painted)');
  console.log(line('document.open-first', n, 'median', median(first), BUDGET_OPEN) + `  (the same report until its first screenful is painted: ${firstRows} of 200 rows in a 1280×900 window; the rest follow a batch per frame)`);
  console.log(line('document.open-cold', n, 'median', median(cold), BUDGET_OPEN) + '  (view and document set together: indexing the view included)');
  if (cpu.length) console.log(line('document.open-lab-cpu', n, 'median', median(cpu), BUDGET_OPEN) + `  (browser CPU time over the open-lab runs, all its threads, mount and frame waits included; min ${Math.min(...cpu).toFixed(1)} ms)`);
} catch (e) {
  console.error(`document bench failed: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  await bench?.close();
}
