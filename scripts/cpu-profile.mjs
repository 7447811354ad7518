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
