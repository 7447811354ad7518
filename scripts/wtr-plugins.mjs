// Plugins and reporters for @web/test-runner shared by the test and bench scripts.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Prints one plain `Browser: N passed, N failed, N skipped` line when the run ends, for CI to read. */
export function summaryReporter(label) {
  let passed = 0, failed = 0, skipped = 0;
  const walk = (suite) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // A file that failed to load counts as a failure even though no test ran.
        if (!s.passed && (!s.testResults || (s.testResults.tests.length === 0 && s.testResults.suites.length === 0))) failed++;
      }
    },
    async stop() {
      console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}

/**
 * Server commands the tests call with `executeServerCommand` from @web/test-runner-commands:
 * - `percorso-cli` { args: string[] } → { code, stdout, stderr }: runs the built percorso-check CLI in Node.
 */
export function percorsoCommands() {
  return {
    name: 'percorso-commands',
    async executeCommand({ command, payload }) {
      if (command === 'percorso-cli') {
        const r = spawnSync(process.execPath, [resolve(root, 'packages/model/bin/percorso-check.js'), ...(payload?.args ?? [])], {
          cwd: root,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        return { code: r.status, stdout: r.stdout, stderr: r.stderr };
      }
      return undefined;
    },
  };
}
