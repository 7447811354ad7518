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
