#!/usr/bin/env node
// Benchmark of reading a record from a FHIR server over loopback (the development server,
// scripts/fhir-server.mjs: Medplum's engine in memory) in headless Chromium:
// - first meaningful paint: from the first page of Patient/$everything (page size 100) arriving in
//   loadFhirRecord's onProgress to the frame in which <fse-journey>'s timeline has drawn it (median
//   of ≥ 5 runs; the load is then aborted). Budget 300 ms.
// - full load: loadFhirRecord of a 10 000-event record (page size 500), against the same pages
//   fetched and parsed as they are ("transfer") plus fromFhir of the same resources. Budget 2×.
// The server's $everything list is computed once before measuring (a warm server, as in production).
// Prints one line per figure; exits 0 even when a figure is over budget.
//
// The first-paint line splits the median into reading the page (snapshot + viewFor), the journey's
// update, and the wait for the frame, and says how long after the first request the frame came.
//
//   node scripts/bench-fhir.mjs [--paint-events 1000] [--load-events 10000] [--runs 5] [--profile] [--paint-only]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandLine, median, openBench, pad, root, UNTHROTTLED } from './bench-browser.mjs';
import { profileTop } from './cpu-profile.mjs';
import { startFhirServer } from './fhir-server.mjs';

const { opt, has } = commandLine();
const PAINT_EVENTS = Number(opt('paint-events', 1000));
const LOAD_EVENTS = Number(opt('load-events', 10000));
const RUNS = Math.max(5, Number(opt('runs', 5)));
const BUDGET_PAINT = 300;
const PROFILE = has('profile');
const BUDGET_RATIO = 2;

const ENTRY = `
import { fromFhir, viewFor } from ${JSON.stringify(join(root, 'packages/model/src/index.ts'))};
import { loadFhirRecord } from ${JSON.stringify(join(root, 'packages/model/src/fhir-source/index.ts'))};
import { SAMPLE_NOW } from ${JSON.stringify(join(root, 'packages/model/src/generator/index.ts'))};
import ${JSON.stringify(join(root, 'packages/elements/src/journey.ts'))};

const nextPaint = () => new Promise((ok) => requestAnimationFrame(() => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => ok(performance.now());
  ch.port2.postMessage(0);
}));
const viewer = { role: 'citizen', now: SAMPLE_NOW };

window.firstPaint = (baseUrl, patient) => new Promise((ok, fail) => {
  document.querySelector('fse-journey')?.remove();
  const el = document.createElement('fse-journey');
  el.style.width = '1200px';
  document.body.append(el);
  const ctl = new AbortController();
  let measuring = false;
  const start = performance.now();
  loadFhirRecord({ baseUrl, patient, pageSize: 100, now: SAMPLE_NOW, signal: ctl.signal, onProgress: (p) => {
    if (measuring) return;
    measuring = true;
    const t0 = performance.now();
    const snap = p.snapshot();
    el.view = viewFor(snap.record, viewer, snap.issues);
    el.progress = p;
    const t1 = performance.now();
    (async () => {
      await el.updateComplete;
      const t2 = performance.now();
      let tl = el.shadowRoot.querySelector('fse-timeline');
      let t = await nextPaint();
      while (!tl || !tl.drawCount) { t = await nextPaint(); tl = el.shadowRoot.querySelector('fse-timeline'); }
      ctl.abort();
      ok({ ms: t - t0, read: t1 - t0, update: t2 - t1, paint: t - t2, events: snap.record.events.length, sinceStart: t - start });
    })().catch(fail);
  } }).catch((e) => { if (e?.name !== 'AbortError') fail(e); });
});

window.fullLoad = async (baseUrl, patient) => {
  const t0 = performance.now();
  const r = await loadFhirRecord({ baseUrl, patient, pageSize: 500, now: SAMPLE_NOW });
  return { ms: performance.now() - t0, events: r.record.events.length, pages: r.pages, resources: r.resources };
};

/** The same pages fetched and parsed, then fromFhir of what they hold. */
window.transferAndRead = async (baseUrl, patient) => {
  const t0 = performance.now();
  let url = baseUrl + '/Patient/' + patient + '/$everything?_count=500';
  const pages = [];
  while (url) {
    const b = await (await fetch(url, { headers: { Accept: 'application/fhir+json' } })).json();
    pages.push(b);
    url = b.link?.find((l) => l.relation === 'next')?.url;
  }
  const t1 = performance.now();
  const r = fromFhir(pages, { now: SAMPLE_NOW, patient });
  const t2 = performance.now();
  return { transfer: t1 - t0, read: t2 - t1, events: r.record.events.length };
};
`;

let bench;
const fhir = [];
try {
  const { generateFhir, SAMPLE_NOW } = await import(pathToFileURL(join(root, 'packages/model/dist/generator/index.js')).href);
  bench = await openBench(ENTRY, { name: 'fhir', ready: 'firstPaint', minify: !PROFILE, chromiumArgs: UNTHROTTLED });
  const { page, cdp, gc } = bench;

  const serve = async (events) => {
    const bundle = generateFhir({ seed: 7, events, now: SAMPLE_NOW });
    const patient = bundle.entry.find((e) => e.resource.resourceType === 'Patient').resource.id;
    const s = await startFhirServer({ bundles: [bundle], gatewayDir: false });
    fhir.push(s);
    // Warm: the server computes the patient's $everything list once.
    await (await fetch(`${s.url}/Patient/${patient}/$everything?_count=1`)).text();
    return { url: s.url, patient };
  };

  {
    const { url, patient } = await serve(PAINT_EVENTS);
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      await gc();
      runs.push(await page.evaluate((u, p) => window.firstPaint(u, p), url, patient));
    }
    const m = median(runs.map((r) => r.ms));
    const part = (k) => median(runs.map((r) => r[k])).toFixed(0);
    console.log(
      `${pad('fhir.first-paint', 22)}events=${pad(PAINT_EVENTS, 8)}median=${m.toFixed(1)} ms  budget ≤${BUDGET_PAINT} ms  ${m <= BUDGET_PAINT ? 'ok' : 'OVER'}  (page size 100, ${runs[0].events} events on the first page; read ${part('read')} ms, update ${part('update')} ms, to the frame ${part('paint')} ms; from the request ${part('sinceStart')} ms)`,
    );
    if (PROFILE) await profileTop(cdp, () => page.evaluate((u, p) => window.firstPaint(u, p), url, patient));
  }
  if (!has('paint-only')) {
    const { url, patient } = await serve(LOAD_EVENTS);
    const loads = [];
    const bases = [];
    let info;
    let baseInfo;
    for (let r = 0; r < RUNS; r++) {
      await gc();
      baseInfo = await page.evaluate((u, p) => window.transferAndRead(u, p), url, patient);
      bases.push(baseInfo.transfer + baseInfo.read);
      await gc();
      info = await page.evaluate((u, p) => window.fullLoad(u, p), url, patient);
      loads.push(info.ms);
    }
    const load = median(loads);
    const base = median(bases);
    const ratio = load / base;
    console.log(
      `${pad('fhir.full-load', 22)}events=${pad(LOAD_EVENTS, 8)}median=${load.toFixed(1)} ms  transfer+fromFhir=${base.toFixed(1)} ms  ratio=${ratio.toFixed(2)}x  budget ≤${BUDGET_RATIO.toFixed(2)}x  ${ratio <= BUDGET_RATIO ? 'ok' : 'OVER'}  (${info.pages} pages of 500, ${info.resources} resources, ${info.events} events; transfer ${baseInfo.transfer.toFixed(0)} ms, fromFhir ${baseInfo.read.toFixed(0)} ms)`,
    );
  }
} catch (e) {
  console.error(`fhir bench failed: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  await bench?.close();
  for (const s of fhir) await s.close();
}
