#!/usr/bin/env node
// `npm run bench`: builds the model, prints one header, then runs each benchmark script in its own
// Node process (a fresh heap each): scripts/bench-model.mjs, then scripts/bench-timeline.mjs when it
// exists, then scripts/bench-document.mjs. Each prints stable one-line results (name, size, median, ratio, budget, ok/OVER) so that
// figures can be compared over time. A benchmark measures and prints; it does not fail on OVER,
// only when something crashes (exit 1).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const build = spawnSync('npx', ['tsc', '-p', 'packages/model/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('percorso bench: the model does not build (npx tsc -p packages/model/tsconfig.build.json)');
  process.exit(1);
}

const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
console.log(`percorso bench · ${stamp} · node ${process.version} · ${cpus().length} cores`);

let failed = false;
for (const script of ['scripts/bench-model.mjs', 'scripts/bench-timeline.mjs', 'scripts/bench-document.mjs', 'scripts/bench-fhir.mjs', 'scripts/bench-results.mjs']) {
  const file = resolve(root, script);
  if (!existsSync(file)) continue;
  // --expose-gc: the scripts collect garbage between runs so one run's garbage is not timed in the next;
  // the 100 000-event bundle needs a larger heap than the default.
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', file], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`percorso bench: ${script} failed (${r.signal ?? `exit ${r.status}`})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
