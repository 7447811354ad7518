#!/usr/bin/env node
// Benchmark of <fse-timeline> in headless Chromium: for generated records of 1 000, 10 000 and
// 100 000 events, the time from setting `.view` to the first complete frame (median of ≥ 5 runs;
// generating, reading and filtering the record is done before and not counted); at 1 000 events the
// cold start beside it (from importing the timeline's module in a fresh page to its first complete
// frame, median of ≥ 5 fresh pages; the module's file is in the page's HTTP cache before, so the figure
// is parsing, compiling and running it and the first frame, not the loopback server's transfer, which is
// printed beside it — `--with-transfer` counts it too); and the p95 frame
// time (rAF-to-rAF interval) while panning and zooming continuously (the element's own API, then
// wheel events dispatched on the plot, handled by the zoom's own listener).
//
// The page is bundled with esbuild from the sources (export condition "source") and served on
// loopback; data goes the real path generateFhir → fromFhir → viewFor, in the page, and the garbage
// that leaves is collected before each measure.
// Prints one line per figure; exits 0 even when a figure is over budget.
//
//   node scripts/bench-timeline.mjs [--sizes 1000,10000] [--runs 5] [--seconds 3] [--profile] [--trace] [--with-transfer]
import { join } from 'node:path';
import { commandLine, line, median, openBench, p95, root, UNTHROTTLED } from './bench-browser.mjs';
import { mainThreadCpu, profileTop, traceTop } from './cpu-profile.mjs';
import { withCpu } from './cpu-time.mjs';

const { opt, has } = commandLine();
/** `--profile`: where the cold start's time goes (unminified, so names stay). */
const PROFILE = has('profile');
/** `--trace`: also the renderer main thread's CPU time over the cold start (traced, in as many more fresh pages). */
const TRACE = has('trace');
/** `--with-transfer`: the cold start counts its file's transfer from the (loopback) server too, as before 28 November. */
const WITH_TRANSFER = has('with-transfer');
const SIZES = opt('sizes', '1000,10000,100000').split(',').map(Number);
const RUNS = Math.max(5, Number(opt('runs', 5)));
const SECONDS = Number(opt('seconds', 3));
const BUDGET_FIRST = { 1000: 50, 10000: 80, 100000: 300 };
const BUDGET_FRAME = 16.7;
/** Issue 12: from importing the module to the first complete frame of a 1 000-event timeline, cold. */
const BUDGET_COLD = 40;
const COLD_EVENTS = 1000;

const ENTRY = `
import { fromFhir, viewFor } from ${JSON.stringify(join(root, 'packages/model/src/index.ts'))};
import { generateFhir, SAMPLE_NOW } from ${JSON.stringify(join(root, 'packages/model/src/generator/index.ts'))};

/** The timeline's module: a file of its own in the bundle (lit, d3 and what it needs of the model inside). */
const importTimeline = () => import(${JSON.stringify(join(root, 'packages/elements/src/timeline.ts'))});

const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => ok(performance.now());
  ch.port2.postMessage(0);
}));

let view;
window.prepare = (events) => {
  const bundle = generateFhir({ seed: 7, events, now: SAMPLE_NOW });
  const { record } = fromFhir(bundle, { now: SAMPLE_NOW });
  view = viewFor(record, { role: 'citizen', now: SAMPLE_NOW });
  return view.events.length;
};

/** Warm figures: the module is imported once, before any of them. */
window.warm = async () => {
  await importTimeline();
};

/**
 * Cold start, in a page that has never run the timeline (a fresh browser context and renderer: no
 * compiled code of it anywhere): from importing its module to the first complete frame of a timeline
 * given the prepared view, as a portal's page does it. Parts: importing (parse, compile, run — lit, d3,
 * the element's definition; with --with-transfer the file's transfer too), and from creating the
 * element to its first complete frame — its update (render, first layout, drawing the canvas) and the
 * frame (style, layout and paint of what the update changed, and the second render of the lane counts).
 * The end is when the main thread has painted the frame, as for the warm figure; raster and compositing
 * on other threads follow (they are in cold-cpu).
 */
window.cold = async () => {
  await nextPaint();
  const t0 = performance.now();
  await importTimeline();
  const t1 = performance.now();
  const el = document.createElement('fse-timeline');
  el.style.width = '1200px';
  document.body.append(el);
  el.view = view;
  await el.updateComplete;
  const t2 = performance.now();
  let t = await nextPaint();
  while (!el.drawCount) t = await nextPaint();
  const files = performance.getEntriesByType('resource').filter((r) => r.startTime >= t0);
  const arrived = files.length ? Math.max(...files.map((r) => r.responseEnd)) - t0 : 0;
  return {
    total: t - t0, imported: t1 - t0, arrived, render: t - t1, update: t2 - t1, frame: t - t2,
    files: files.length, fromNetwork: files.filter((r) => r.transferSize > 0).length, bytes: files.reduce((n, r) => n + r.decodedBodySize, 0),
  };
};

function mount() {
  document.querySelector('fse-timeline')?.remove();
  const el = document.createElement('fse-timeline');
  el.style.width = '1200px';
  document.body.append(el);
  return el;
}

window.firstRender = async () => {
  const el = mount();
  await nextPaint();
  const before = el.drawCount;
  const t0 = performance.now();
  el.view = view;
  let t = await nextPaint();
  while (el.drawCount === before) t = await nextPaint();
  return t - t0;
};

/** rAF intervals while the element zooms and pans every frame through its API. */
window.interact = (seconds) => new Promise((ok) => {
  const el = document.querySelector('fse-timeline');
  el.fit();
  const times = [];
  let last = 0;
  let i = 0;
  const end = performance.now() + seconds * 1000;
  const step = (ts) => {
    if (last) times.push(ts - last);
    last = ts;
    const phase = Math.floor(i / 40) % 4;
    if (phase === 0) el.zoomBy(1.12);
    else if (phase === 1) el.panBy((el.visibleRange.to - el.visibleRange.from) * 0.04);
    else if (phase === 2) el.zoomBy(1 / 1.12);
    else el.panBy(-(el.visibleRange.to - el.visibleRange.from) * 0.04);
    i++;
    if (performance.now() < end) requestAnimationFrame(step);
    else ok(times);
  };
  requestAnimationFrame(step);
});

/**
 * rAF intervals while wheel events drive the element: one WheelEvent a frame, dispatched on the
 * plot so the zoom's own wheel listener handles it, zooming in and out around the plot's centre.
 * (Trusted wheel input sent through the DevTools protocol is paced by Chromium at 60 Hz, so its
 * rAF interval sits at ~17.9 ms whatever the work and would measure the pacing, not the element.)
 */
window.wheel = (seconds) => new Promise((ok) => {
  const el = document.querySelector('fse-timeline');
  el.fit();
  const plot = el.shadowRoot.querySelector('.plot');
  const r = plot.getBoundingClientRect();
  const at = { clientX: r.left + r.width / 2, clientY: r.top + Math.min(r.height / 2, 60) };
  const times = [];
  const spans = new Set();
  let last = 0;
  let i = 0;
  const end = performance.now() + seconds * 1000;
  const step = (ts) => {
    if (last) times.push(ts - last);
    last = ts;
    spans.add(Math.round(el.visibleRange.to - el.visibleRange.from));
    const deltaY = Math.floor(i / 30) % 2 ? 60 : -60;
    plot.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY, deltaMode: 0, bubbles: true, cancelable: true, composed: true }));
    i++;
    if (performance.now() < end) requestAnimationFrame(step);
    else ok({ times, events: i, zoomLevels: spans.size });
  };
  requestAnimationFrame(step);
});
`;

/** The cold start, beside the warm first render: each run in a fresh page of a new browser context. */
async function coldStart(n) {
  const pid = bench.browser.process()?.pid;
  const runs = [];
  const cpu = [];
  const transfers = [];
  /** One cold run in a fresh page; `around` wraps the measured call (CPU time, a profile). */
  const run = async (around) => {
    const fresh = await bench.fresh();
    try {
      await fresh.page.evaluate((k) => window.prepare(k), n);
      const transfer = WITH_TRANSFER ? undefined : await fresh.cacheChunks();
      if (transfer !== undefined) transfers.push(transfer);
      await fresh.gc();
      return await around(fresh, () => fresh.page.evaluate(() => window.cold()));
    } finally {
      await fresh.close();
    }
  };
  for (let r = 0; r < RUNS; r++) {
    const m = await run((_, cold) => withCpu(pid, cold));
    runs.push(m.value);
    if (m.cpuMs !== undefined) cpu.push(m.cpuMs);
  }
  const m = (key) => median(runs.map((x) => x[key])).toFixed(1);
  const file = `${runs[0].files} file${runs[0].files === 1 ? '' : 's'}, ${(runs[0].bytes / 1000).toFixed(0)} kB`;
  const fetched = WITH_TRANSFER
    ? `of which the transfer of its ${file} ${m('arrived')} ms`
    : `its ${file} in the HTTP cache before (transfer not counted: ${median(transfers).toFixed(1)} ms; ${Math.max(...runs.map((x) => x.fromNetwork))} came from the network)`;
  console.log(
    line('timeline.cold-start', n, 'median', median(runs.map((x) => x.total)), BUDGET_COLD) +
      `  (import ${m('imported')} ms, ${fetched}; element to first frame ${m('render')} ms: update ${m('update')}, frame ${m('frame')}; ${RUNS} fresh pages)`,
  );
  if (cpu.length) console.log(line('timeline.cold-cpu', n, 'median', median(cpu), BUDGET_COLD) + `  (browser CPU time over the same runs, all its threads: what the load does not inflate; min ${Math.min(...cpu).toFixed(1)} ms)`);
  if (TRACE) {
    const traced = [];
    for (let r = 0; r < RUNS; r++) traced.push(await run((fresh, cold) => mainThreadCpu(fresh.page, cold)));
    const kinds = Object.keys(traced[0].kinds).map((k) => `${k} ${median(traced.map((x) => x.kinds[k])).toFixed(1)}`).join(', ');
    console.log(
      line('timeline.cold-main', n, 'median', median(traced.map((x) => x.main)), BUDGET_COLD) +
        `  (renderer main thread CPU time, traced; min ${Math.min(...traced.map((x) => x.main)).toFixed(1)} ms; of it, ms: ${kinds})`,
    );
  }
  if (PROFILE) {
    await run(async (fresh, cold) => profileTop(await fresh.page.createCDPSession(), cold, 40));
    await run((fresh, cold) => traceTop(fresh.page, cold, 25));
  }
}

let bench;
try {
  bench = await openBench(ENTRY, { name: 'timeline', minify: !PROFILE, chromiumArgs: UNTHROTTLED });
  const { page, gc } = bench;
  await page.evaluate(() => window.warm());

  // Generating and reading 100 000 events leaves a lot of garbage: collect it before each measure,
  // so a figure is the timeline's own work and not the generator's leftovers.
  for (const n of SIZES) {
    const got = await page.evaluate((k) => window.prepare(k), n);
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      await gc();
      times.push(await page.evaluate(() => window.firstRender()));
    }
    console.log(line('timeline.first-render', n, 'median', median(times), BUDGET_FIRST[n] ?? 300) + `  (view events ${got})`);
    if (n === COLD_EVENTS) await coldStart(n);

    await gc();
    const frames = await page.evaluate((s) => window.interact(s), SECONDS / 2);
    // Wheel events through the zoom's listener, zooming in and out, for the other half.
    await gc();
    const { times: wheelFrames, events: k, zoomLevels } = await page.evaluate((sec) => window.wheel(sec), SECONDS / 2);
    // The wheel half measures nothing if the wheel did not zoom: say so rather than print a figure.
    if (zoomLevels < 10) throw new Error(`the wheel events zoomed the timeline to only ${zoomLevels} levels`);
    const all = [...frames, ...wheelFrames];
    console.log(
      line('timeline.frame-p95', n, 'p95', p95(all), BUDGET_FRAME) +
        `  (rAF intervals: API p95 ${p95(frames).toFixed(1)} ms, wheel p95 ${p95(wheelFrames).toFixed(1)} ms, median ${median(all).toFixed(1)} ms; ${all.length} frames, ${k} wheel events)`,
    );
  }
} catch (e) {
  console.error(`timeline bench failed: ${e instanceof Error ? e.message : e}`);
} finally {
  await bench?.close();
}
