// StrykerJS over the model code that must not fail: the privacy view (view.ts), the obscuring
// cascade (cascade.ts), the date reading (dates.ts) and the body-region counting (body-regions.ts),
// against the model's own test files run in Node (mocha + tsx + chai, see test/node/).
// Run it through `npm run mutate [view|cascade|dates|body-regions …]` (scripts/mutate.mjs): one
// file at a time (PERCORSO_MUTATE), each against the test files that speak for it, with its report
// in reports/mutation/<name>.html. Not in CI: on two cores shared with other work it takes hours.
import { basename } from 'node:path';

// view-issues-property.test.ts (random records for the issues a view keeps) is left out for time: a
// surviving mutant runs every covering test, and it alone takes longer than the others together.
const VIEW_TESTS = ['test/model/view.test.ts', 'test/model/view-edges.test.ts', 'test/model/view-cascade.test.ts', 'test/model/view-fhir.test.ts', 'test/model/view-property.test.ts', 'test/model/view-issues.test.ts'];
const READER_TESTS = ['test/model/dates.test.ts', 'test/model/adapter-dates.test.ts', 'test/model/adapter-partial-dates.test.ts', 'test/model/adapter-records.test.ts', 'test/model/adapter-gateway.test.ts', 'test/model/malformed.test.ts'];

/** Each mutated module, with the test files that speak for it (the random-input suites, fuzz and cda-malformed, and the 10 000-event generator runs are left out for time). */
export const MUTATED = {
  'packages/model/src/view.ts': VIEW_TESTS,
  'packages/model/src/cascade.ts': VIEW_TESTS,
  'packages/model/src/dates.ts': READER_TESTS,
  'packages/model/src/body-regions.ts': ['test/model/body-region-codes.test.ts', 'test/model/body-regions.test.ts', 'test/model/adapter-records.test.ts', 'test/model/adapter-gateway.test.ts'],
};
// These memoise what they compute in module-level maps (dates: days, offsets, short values; body
// regions: per-system classifications). A worker that ran one mutant would hand its cached, mutated
// results to the next: for them test/node/fresh-memo.ts runs first, a root hook that empties the
// caches before every test. view.ts and cascade.ts keep no state.
const MEMOISED = new Set(['packages/model/src/dates.ts', 'packages/model/src/body-regions.ts']);

// The property tests draw a new seed each run (test/model/seed.ts); a fixed one makes a score repeatable.
process.env.PERCORSO_SEED ??= '20261127';

const file = process.env.PERCORSO_MUTATE ?? 'packages/model/src/view.ts';
if (!(file in MUTATED)) throw new Error(`PERCORSO_MUTATE: one of ${Object.keys(MUTATED).join(', ')}`);
const name = basename(file, '.ts');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mutate: [file],
  mochaOptions: { spec: MEMOISED.has(file) ? ['test/node/fresh-memo.ts', ...MUTATED[file]] : MUTATED[file] },
  // TypeScript, chai for @open-wc/testing's expect, and /gateway/ fixtures (test/node/register.mjs).
  testRunnerNodeArgs: ['--import', './test/node/register.mjs'],
  coverageAnalysis: 'perTest',
  // Two cores shared with other work.
  concurrency: 1,
  timeoutMS: 30000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // One sandbox folder per file, so two files can be run side by side.
  tempDirName: `.stryker-tmp-${name}`,
  ignorePatterns: ['/.stryker-tmp-*'],
  cleanTempDir: true,
};
