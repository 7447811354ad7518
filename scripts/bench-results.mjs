#!/usr/bin/env node
// Benchmark of <fse-results> in headless Chromium: a view of 500 analytes × 200 values each
// (100 000 observations, FHIR → fromFhir → viewFor in the page, not timed); the time the model
// takes to group them into series (resultSeriesOf, once per view and cached, reported on its own
// line); the time from setting `.view` (already grouped) to the first complete frame with its
// charts (median of ≥ 5 runs); and the p95 frame time (rAF-to-rAF interval) while the list of charts
// scrolls one row a frame (the list is virtualised: only the charts in view are drawn).
// The previous run's element is removed, and its garbage collected and swept, before a run is
// timed: its teardown is reported on a line of its own (results.teardown-cpu), not in the render's
// CPU figure (before 28 Nov 2026 results.first-render-cpu included it: the removal of the last
// element and the background sweeping of the heap the forced collection left to it).
// A single scroll of 2 s on a shared machine swings with the load (one collection or one busy
// second of another process), so since 28 Nov 2026 (03:05 UTC) the scroll is repeated (--scrolls,
// after a collection each) and two lines are added: the median of the runs' p95
// (results.scroll-p95-runs) and the browser's CPU time per frame scrolled, all its threads, raster
// included (results.scroll-cpu-frame: what the load inflates least). results.scroll-p95 is the first
// run, as before.
// Prints one line per figure, in the format of the other benches; exits 0 even when over budget.
//
//   node scripts/bench-results.mjs [--analytes 500] [--points 200] [--runs 5] [--seconds 2] [--scrolls 3]
import { join } from 'node:path';
import { commandLine, line as benchLine, median, openBench, p95, root, UNTHROTTLED } from './bench-browser.mjs';
import { profileTop, traceTop } from './cpu-profile.mjs';
import { withCpu } from './cpu-time.mjs';

const { opt, has } = commandLine();
const ANALYTES = Number(opt('analytes', 500));
const POINTS = Number(opt('points', 200));
const RUNS = Math.max(5, Number(opt('runs', 5)));
const SECONDS = Number(opt('seconds', 2));
const SCROLLS = Math.max(1, Number(opt('scrolls', 3)));
const PROFILE = has('profile');
const BUDGET_FIRST = 100;
const BUDGET_FRAME = 16.7;

const ENTRY = `
import { fromFhir, viewFor, resultSeriesOf } from ${JSON.stringify(join(root, 'packages/model/src/index.ts'))};
import ${JSON.stringify(join(root, 'packages/elements/src/results.ts'))};

const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => ok(performance.now());
  ch.port2.postMessage(0);
}));

let view;
window.phases = {};
window.instrument = () => {
  const C = customElements.get('fse-results');
  const protos = [C.prototype, Object.getPrototypeOf(C.prototype), Object.getPrototypeOf(Object.getPrototypeOf(C.prototype))];
  for (const name of ['acceptView', 'viewChanged', 'renderView', 'render', 'update', 'updated', 'drawCanvases', 'measure', 'performUpdate', 'firstUpdated', 'willUpdate']) {
    const proto = protos.find((p) => Object.prototype.hasOwnProperty.call(p, name));
    if (!proto) continue;
    const f = proto[name];
    proto[name] = function (...a) { const t = performance.now(); try { return f.apply(this, a); } finally { window.phases[name] = (window.phases[name] ?? 0) + performance.now() - t; } };
  }
};
window.prepare = (analytes, points) => {
  const res = [{ resourceType: 'Patient', id: 'p1', name: [{ family: 'Rossi', given: ['Maria'] }] }];
  const t0 = Date.UTC(2010, 0, 1);
  for (let a = 0; a < analytes; a++) {
    const code = { coding: [{ system: 'http://loinc.org', code: String(10000 + a) + '-1' }], text: 'Analita ' + a };
    for (let i = 0; i < points; i++) {
      res.push({
        resourceType: 'Observation', id: 'o' + a + '-' + i, status: 'final', code, subject: { reference: 'Patient/p1' },
        effectiveDateTime: new Date(t0 + i * 7 * 86400000 + a * 60000).toISOString(),
        valueQuantity: { value: 40 + ((a * 7 + i * 13) % 50), unit: 'mg/dL' },
        referenceRange: [{ low: { value: 50 }, high: { value: 80 } }],
      });
    }
  }
  const { record } = fromFhir(res, { now: Date.UTC(2026, 0, 1) });
  view = viewFor(record, { role: 'citizen', now: Date.UTC(2026, 0, 1) });
  resultSeriesOf(view);
  return view.events.length;
};

/** Grouping 100 000 values into series (the model's resultSeriesOf, cached per view: a fresh view object each time). */
window.group = () => {
  const t0 = performance.now();
  const n = resultSeriesOf({ ...view }).length;
  return { ms: performance.now() - t0, n };
};

/** Removes the previous run's element (not timed with the next render: see results.teardown-cpu). */
window.unmount = async () => {
  document.querySelector('fse-results')?.remove();
  await nextPaint();
};
/** Waits until the browser has been idle for a while (the collector's background sweeping done). */
window.settle = () => new Promise((ok) => setTimeout(() => requestIdleCallback(() => ok(), { timeout: 1000 }), 150));

function mount() {
  document.querySelector('fse-results')?.remove();
  const el = document.createElement('fse-results');
  el.style.width = '1200px';
  document.body.append(el);
  return el;
}

window.firstRender = async () => {
  const el = mount();
  await nextPaint();
  const t0 = performance.now();
  el.view = view;
  const tSet = performance.now();
  await el.updateComplete;
  const tUpd = performance.now();
  let t = await nextPaint();
  while (!el.shadowRoot.querySelector('li.card path.point')) t = await nextPaint();
  return { ms: t - t0, set: tSet - t0, update: tUpd - tSet, cards: el.shadowRoot.querySelectorAll('li.card').length, series: el.shownSeries.length };
};

window.scroll = (seconds) => new Promise((ok) => {
  const el = document.querySelector('fse-results');
  const sc = el.shadowRoot.querySelector('.scroller');
  const times = [];
  let last = 0;
  const end = performance.now() + seconds * 1000;
  const step = (ts) => {
    if (last) times.push(ts - last);
    last = ts;
    sc.scrollTop = (sc.scrollTop + 188) % Math.max(1, sc.scrollHeight - sc.clientHeight);
    if (performance.now() < end) requestAnimationFrame(step);
    else ok(times);
  };
  requestAnimationFrame(step);
});
`;

const line = (name, n, label, value, budget) => benchLine(name, n, label, value, budget, 26);

let bench;
try {
  bench = await openBench(ENTRY, { name: 'results', minify: !PROFILE, chromiumArgs: UNTHROTTLED });
  const { page, browser, cdp, gc } = bench;
  const n = await page.evaluate((a, p) => window.prepare(a, p), ANALYTES, POINTS);
  const groups = [];
  for (let r = 0; r < RUNS; r++) {
    await gc();
    groups.push((await page.evaluate(() => window.group())).ms);
  }
  console.log(line('results.group-series', n, 'median', median(groups), 1000) + `  (resultSeriesOf: ${ANALYTES} analytes from ${n} observations; once per view, cached)`);
  const times = [];
  const cpu = [];
  const teardown = [];
  let info;
  const pid = browser.process()?.pid;
  for (let r = 0; r < RUNS; r++) {
    const t = await withCpu(pid, async () => {
      await page.evaluate(() => window.unmount());
      await gc();
      await page.evaluate(() => window.settle());
    });
    if (r > 0 && t.cpuMs !== undefined) teardown.push(t.cpuMs);
    const m = await withCpu(pid, () => page.evaluate(() => window.firstRender()));
    info = m.value;
    times.push(info.ms);
    if (PROFILE) console.log(`  run ${r}: total ${info.ms.toFixed(1)} ms, setting .view ${info.set.toFixed(1)} ms, first update ${info.update.toFixed(1)} ms`);
    if (m.cpuMs !== undefined) cpu.push(m.cpuMs);
  }
  if (PROFILE) {
    await page.evaluate(() => { window.instrument(); window.phases = {}; });
    await page.evaluate(() => window.firstRender());
    console.log('phases', await page.evaluate(() => JSON.stringify(window.phases, (k, v) => (typeof v === 'number' ? Math.round(v) : v))));
    await profileTop(cdp, () => page.evaluate(() => window.firstRender()));
    await traceTop(page, () => page.evaluate(() => window.firstRender()));
  }
  console.log(line('results.first-render', n, 'median', median(times), BUDGET_FIRST) + `  (${info.series} analytes × ${POINTS} values, ${info.cards} charts in the DOM)`);
  if (cpu.length) console.log(line('results.first-render-cpu', n, 'median', median(cpu), BUDGET_FIRST) + `  (browser CPU time over the same runs, all its threads: what the load does not inflate; min ${Math.min(...cpu).toFixed(1)} ms)`);
  if (teardown.length) console.log(line('results.teardown-cpu', n, 'median', median(teardown), BUDGET_FIRST) + `  (browser CPU time removing the previous run's element, collecting and sweeping its garbage, idle wait of 150 ms included: not in the figures above)`);
  if (PROFILE) {
    console.log('scroll, 1 s:');
    await profileTop(cdp, () => page.evaluate(() => window.scroll(1)));
    await traceTop(page, () => page.evaluate(() => window.scroll(1)), 25);
  }
  await gc();
  const frames = await page.evaluate((s) => window.scroll(s), SECONDS);
  console.log(line('results.scroll-p95', n, 'p95', p95(frames), BUDGET_FRAME) + `  (rAF intervals while scrolling a row a frame: median ${median(frames).toFixed(1)} ms; ${frames.length} frames)`);
  const p95s = [p95(frames)];
  const perFrame = [];
  for (let r = 1; r < SCROLLS; r++) {
    await gc();
    const m = await withCpu(pid, () => page.evaluate((s) => window.scroll(s), SECONDS));
    p95s.push(p95(m.value));
    if (m.cpuMs !== undefined && m.value.length) perFrame.push(m.cpuMs / m.value.length);
  }
  if (SCROLLS > 1) console.log(line('results.scroll-p95-runs', n, 'median', median(p95s), BUDGET_FRAME) + `  (median of the p95 of ${SCROLLS} scrolls of ${SECONDS} s, a collection before each: ${p95s.map((v) => v.toFixed(1)).join(', ')} ms)`);
  if (perFrame.length) console.log(line('results.scroll-cpu-frame', n, 'median', median(perFrame), BUDGET_FRAME) + `  (browser CPU time per frame scrolled, all its threads, raster included, over scrolls 2–${SCROLLS}; min ${Math.min(...perFrame).toFixed(1)} ms)`);
} catch (e) {
  console.error(`results bench failed: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  await bench?.close();
}
