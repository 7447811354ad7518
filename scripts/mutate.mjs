#!/usr/bin/env node
// `npm run mutate [view|cascade|dates|body-regions …]`: StrykerJS over those model modules (all four
// when none is named), one after the other (stryker.config.mjs says against which tests), then one
// line per module with its mutation score, read from the JSON reports in reports/mutation/.
// Not in CI: slow on two cores. Score = (killed + timed out) / (killed + timed out + survived + no coverage).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ALL = ['view', 'cascade', 'dates', 'body-regions'];
const names = process.argv.slice(2);
for (const n of names) {
  if (!ALL.includes(n)) {
    console.error(`percorso mutate: unknown module "${n}" (use ${ALL.join(', ')})`);
    process.exit(2);
  }
}

let failed = false;
for (const name of names.length ? names : ALL) {
  console.log(`\npercorso mutate: packages/model/src/${name}.ts`);
  const r = spawnSync('npx', ['stryker', 'run'], { cwd: root, stdio: 'inherit', env: { ...process.env, PERCORSO_MUTATE: `packages/model/src/${name}.ts` } });
  if (r.status !== 0) failed = true;
}

console.log('\nmodule            score   killed  timeout  survived  no-coverage');
for (const name of names.length ? names : ALL) {
  const file = resolve(root, `reports/mutation/${name}.json`);
  if (!existsSync(file)) continue;
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const f of Object.values(JSON.parse(readFileSync(file, 'utf8')).files)) {
    for (const m of f.mutants) if (m.status in count) count[m.status]++;
  }
  const valid = count.Killed + count.Timeout + count.Survived + count.NoCoverage;
  const score = valid ? ((100 * (count.Killed + count.Timeout)) / valid).toFixed(1) : '–';
  console.log(`${name.padEnd(16)} ${score.padStart(6)} % ${String(count.Killed).padStart(7)} ${String(count.Timeout).padStart(8)} ${String(count.Survived).padStart(9)} ${String(count.NoCoverage).padStart(12)}`);
}
process.exit(failed ? 1 : 0);
