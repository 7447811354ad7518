// Where a benchmark's time goes: records a CPU profile over one call in the page (Chrome DevTools
// Protocol Profiler domain) and prints the functions with the most self time, with their source
// line. Used by the benches with `--profile` (they then build without minifying, so names stay).
/**
 * @param {import('puppeteer-core').CDPSession} cdp
 * @param {() => Promise<unknown>} run
 * @param {number} [top]
 */
export async function profileTop(cdp, run, top = 25) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
  const byFn = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const f = byNode.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    total += us;
  }
  const rows = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`profile: ${(total / 1000).toFixed(1)} ms sampled`);
  for (const [k, us] of rows) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}

/**
 * The same over one call, by kind of browser work (devtools.timeline trace events: script,
 * style, layout, paint, raster…), summed by event name across threads; complete events only.
 * @param {import('puppeteer-core').Page} page
 * @param {() => Promise<unknown>} run
 */
export async function traceTop(page, run, top = 15) {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await run();
  const buf = await page.tracing.stop();
  const events = JSON.parse(new TextDecoder().decode(buf)).traceEvents;
  const byName = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  }
  console.log('trace (inclusive, by event name):');
  for (const [k, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}

/** Trace events whose thread CPU time {@link mainThreadCpu} reports, beside the main thread's total. */
const MAIN_KINDS = ['v8.parseOnBackground', 'v8.compile', 'v8.evaluateModule', 'FunctionCall', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'Paint', 'MinorGC', 'MajorGC'];

/**
 * The renderer main thread's CPU time over one call (the sum of the thread time of its top-level
 * tasks, from a devtools.timeline trace), and some kinds of work in it: a figure the machine's load
 * hardly moves, to compare two versions of the code on a shared machine.
 * @param {import('puppeteer-core').Page} page
 * @param {() => Promise<unknown>} run
 * @returns {Promise<{ main: number, kinds: Record<string, number> }>} ms
 */
export async function mainThreadCpu(page, run) {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  await run();
  const events = JSON.parse(new TextDecoder().decode(await page.tracing.stop())).traceEvents;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e) => main.has(`${e.pid}:${e.tid}`);
  let total = 0;
  const kinds = Object.fromEntries(MAIN_KINDS.map((k) => [k, 0]));
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.tdur !== 'number') continue;
    if (e.name === 'RunTask' && onMain(e)) total += e.tdur;
    if (e.name in kinds && (onMain(e) || e.name === 'v8.parseOnBackground')) kinds[e.name] += e.tdur;
  }
  for (const k of MAIN_KINDS) kinds[k] /= 1000;
  return { main: total / 1000, kinds };
}
