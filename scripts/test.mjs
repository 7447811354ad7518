#!/usr/bin/env node
// `npm test`: the whole suite in a real browser. Finds the browser, installs Debian's package when it
// can (root with apt-get) or says in one line how to, builds the model for the CLI tests, then runs
// @web/test-runner. Usage: node scripts/test.mjs [--browser chromium|firefox] [test files…]
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let browser = 'chromium';
const files = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--browser') browser = argv[++i];
  else files.push(argv[i]);
}
if (browser !== 'chromium' && browser !== 'firefox') {
  console.error(`percorso: unknown browser "${browser}" (use chromium or firefox)`);
  process.exit(2);
}

const envVar = browser === 'firefox' ? 'FIREFOX_PATH' : 'CHROME_PATH';
const debPackage = browser === 'firefox' ? 'firefox-esr' : 'chromium';
const path = process.env[envVar] || (browser === 'firefox' ? '/usr/bin/firefox-esr' : '/usr/bin/chromium');

const executable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

if (!executable(path)) {
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (hasApt && isRoot) {
    console.log(`percorso: no ${browser} at ${path}; installing Debian's ${debPackage} with apt-get (once, about a minute)…`);
    const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    const ok =
      spawnSync('apt-get', ['update', '-qq'], quiet).status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', debPackage], quiet).status === 0;
    if (!ok || !executable(path)) {
      console.error(`percorso: could not install ${debPackage}; install it (apt-get install ${debPackage}) or set ${envVar} to a ${browser} binary.`);
      process.exit(1);
    }
  } else {
    console.error(`percorso: no ${browser} found at ${path}; install Debian's ${debPackage} (sudo apt-get install ${debPackage}) or set ${envVar} to its binary.`);
    process.exit(1);
  }
}

// The CLI tests run the built percorso-check; building the model takes a few seconds.
const build = spawnSync('npx', ['tsc', '-p', 'packages/model/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const env = { ...process.env, PERCORSO_BROWSER: browser, [envVar]: path };
if (files.length) env.PERCORSO_FILES = files.join(',');
const r = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], { cwd: root, stdio: 'inherit', env });
process.exit(r.status ?? 1);
