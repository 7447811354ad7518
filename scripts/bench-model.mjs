#!/usr/bin/env node
// Model benchmark (run by scripts/bench.mjs, which builds the model first): fromFhir on generated
// bundles of 1 000, 10 000 and 100 000 events against JSON.parse of the same text. For each size the
// bundle is generated once and serialised; then, 7 times, the text is parsed (timed: JSON.parse) and
// the parsed object read with fromFhir (timed separately, so the ratio is fromFhir's own cost over
// parsing). Prints the medians and their ratio; the budget is fromFhir ≤ 3× JSON.parse. Also the
// median time of generateFhir itself (budget: 100 000 events well under 2 s).
import { fromFhir } from '../packages/model/dist/index.js';
import { generateFhir, SAMPLE_NOW } from '../packages/model/dist/generator/index.js';

const RUNS = 7;
const SIZES = [1000, 10000, 100000];
const RATIO_BUDGET = 3;
const GENERATE_BUDGET_MS = 2000;

const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const verdict = (ok) => (ok ? 'ok' : 'OVER');

for (const events of SIZES) {
  // generateFhir
  const genTimes = [];
  let text = '';
  for (let i = 0; i < (events >= 100000 ? 3 : RUNS); i++) {
    gc();
    const t0 = performance.now();
    const bundle = generateFhir({ seed: 1, events });
    genTimes.push(performance.now() - t0);
    if (i === 0) text = JSON.stringify(bundle);
  }
  const gen = median(genTimes);

  // JSON.parse and fromFhir on the parsed object, alternated.
  const parseTimes = [];
  const readTimes = [];
  let eventCount = 0;
  // One warm-up run, not timed, so that both paths are compiled.
  fromFhir(JSON.parse(text), { now: SAMPLE_NOW });
  for (let i = 0; i < RUNS; i++) {
    gc();
    const t0 = performance.now();
    const parsed = JSON.parse(text);
    const t1 = performance.now();
    gc();
    const t2 = performance.now();
    const result = fromFhir(parsed, { now: SAMPLE_NOW });
    const t3 = performance.now();
    parseTimes.push(t1 - t0);
    readTimes.push(t3 - t2);
    eventCount = result.record.events.length;
    if (result.issues.some((x) => x.severity === 'error')) throw new Error(`fromFhir reported errors on the generated bundle of ${events} events`);
  }
  if (Math.abs(eventCount - events) > events * 0.1) throw new Error(`generated ${eventCount} events for ${events} asked`);
  const parse = median(parseTimes);
  const read = median(readTimes);
  const ratio = read / parse;
  const size = `events=${events}`.padEnd(16);
  console.log(
    `${'fromFhir'.padEnd(19)}${size}median=${ms(read)}  JSON.parse=${ms(parse)}  ratio=${ratio.toFixed(2)}x  budget ≤${RATIO_BUDGET.toFixed(2)}x  ${verdict(ratio <= RATIO_BUDGET)}`,
  );
  const budget = events >= 100000 ? `budget ≤${GENERATE_BUDGET_MS} ms  ${verdict(gen <= GENERATE_BUDGET_MS)}` : 'budget -';
  console.log(`${'generateFhir'.padEnd(19)}${size}median=${ms(gen)}  size=${(text.length / 1e6).toFixed(1)} MB  ${budget}`);
  text = '';
}
