// Loaded first by Stryker for the modules that memoise (stryker.config.mjs): a root hook that
// empties their caches before every test, so that one worker can run mutant after mutant without
// a value cached under one mutant answering for the next (a fresh process per mutant took ~2.5 h
// for dates.ts on two cores). Mocha treats hooks at the top level of a spec file as root hooks.
import { clearDateCaches } from '../../packages/model/src/dates.js';
import { clearRegionMemo } from '../../packages/model/src/body-regions.js';

beforeEach(() => {
  clearDateCaches();
  clearRegionMemo();
});
