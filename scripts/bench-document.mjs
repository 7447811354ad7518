#!/usr/bin/env node
// Benchmark of <fse-document> in headless Chromium: opening a lab report with 200 results, each
// with 50 previous values of the same test (51 reports, 10 200 results in the view), measured
// from setting `document-id` to the next painted frame (median of ≥ 7 runs; reading and viewing
// the record is done before and not counted). Also the same with the view just set (the element
// indexes the view once: results by analyte, contents by document).
//
// The page is bundled with esbuild from the sources (export condition "source") and served on
// loopback; data goes the real path labSeries (FHIR) → fromFhir → viewFor, in the page.
// Prints one line per figure; exits 0 even when a figure is over budget.
//
//   node scripts/bench-document.mjs [--runs 9]
import { join } from 'node:path';
import { commandLine, line, median, openBench, root } from './bench-browser.mjs';

const { opt } = commandLine();
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

/** Opening a document in an element that already holds the view. */
window.open1 = async () => {
  const el = mount(true);
  await el.updateComplete;
  await nextPaint();
  const t0 = performance.now();
  el.documentId = latest;
  await el.updateComplete;
  const t = await nextPaint();
  const rows = el.shadowRoot.querySelectorAll('[part~="results"] tbody tr').length;
  if (rows !== 200) throw new Error('expected 200 result rows, got ' + rows);
  return t - t0;
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
  bench = await openBench(ENTRY, { name: 'document', chromiumArgs: [] });
  const { page, gc } = bench;
  const n = await page.evaluate(() => window.prepare(200, 50));
  const open = [];
  const cold = [];
  for (let r = 0; r < RUNS; r++) {
    await gc();
    open.push(await page.evaluate(() => window.open1()));
    await gc();
    cold.push(await page.evaluate(() => window.cold()));
  }
  console.log(line('document.open-lab', n, 'median', median(open), BUDGET_OPEN) + '  (200 results × 50 previous values, view already set)');
  console.log(line('document.open-cold', n, 'median', median(cold), BUDGET_OPEN) + '  (view and document set together: indexing the view included)');
} catch (e) {
  console.error(`document bench failed: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  await bench?.close();
}
