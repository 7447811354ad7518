// Packs the published packages as npm would publish them, into .pack/ (or --out DIR), and checks them.
//
//   node scripts/pack.mjs            build first (npm run build --workspaces), then stage, check, pack
//   node scripts/pack.mjs --no-build stage, check and pack what is built
//   node scripts/pack.mjs --lint     also run publint and @arethetypeswrong/cli on each tarball
//
// Each package is staged in .pack/<dir>/ from its package.json `files` (plus README.md, LICENSE)
// with these changes to its package.json: the `source` export condition is removed (inside this
// workspace it points vite, wtr and tsc at the TypeScript sources; in a consumer whose tooling
// honours a condition of that name it would load TypeScript and fail), and `scripts` and
// `devDependencies` are dropped. Publish from the stage (`npm publish .pack/elements`), never from
// the workspace: the packages' own `prepublishOnly` refuses.
//
// Before packing it checks that each package declares exactly the packages its code imports
// (dependencies + peerDependencies = bare imports of src/, bin/ and the built dist/, type-only imports
// and the .d.ts included), and that README.md, LICENSE and the registry's fields are there.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(root, outIndex >= 0 ? args[outIndex + 1] : '.pack');
const lint = args.includes('--lint');
const build = !args.includes('--no-build');

if (args.includes('--refuse')) {
  // The packages' prepublishOnly: the workspace's package.json still has the `source` condition.
  console.error('Publish the staged package instead: node scripts/pack.mjs && npm publish .pack/<package>');
  process.exit(1);
}

const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packages = rootPkg.workspaces
  .map((dir) => ({ dir: join(root, dir), pkg: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

/** A copy of an exports map without the `source` condition, at any depth. */
export function withoutSource(value) {
  if (Array.isArray(value)) return value.map(withoutSource);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'source').map(([k, v]) => [k, withoutSource(v)]));
  }
  return value;
}

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const builtins = new Set(builtinModules);
/** Package name of a bare specifier (`lit/decorators.js` → `lit`, `@lit/react` → `@lit/react`); null for relative, node: and builtins. */
function packageOf(spec) {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:') || builtins.has(spec.split('/')[0])) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Bare packages imported by the package's code: { runtime, types } (types = `import type` only). */
function importsOf(dir, self) {
  const runtime = new Set();
  const types = new Set();
  const files = [...walk(join(dir, 'src')), ...walk(join(dir, 'bin')), ...walk(join(dir, 'dist'))].filter(
    (f) => /\.(ts|js|mjs)$/.test(f) && !/\.test\.ts$/.test(f),
  );
  const re = /(?:^|[\s;])(import|export)(\s+type)?\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(re)) {
      const spec = m[3] ?? m[4] ?? m[5];
      const name = packageOf(spec);
      if (!name || name === self) continue;
      (m[2] || file.endsWith('.d.ts') ? types : runtime).add(name);
    }
  }
  for (const name of runtime) types.delete(name);
  return { runtime, types };
}

/** `@types/x` for a package whose types live there, else the package itself. */
function typesPackage(name) {
  return name.startsWith('@') ? `@types/${name.slice(1).replace('/', '__')}` : `@types/${name}`;
}

if (build) execFileSync('npm', ['run', 'build', '--workspaces'], { cwd: root, stdio: 'inherit' });

const problems = [];
for (const { dir, pkg } of packages) {
  const where = relative(root, dir);
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const { runtime, types } = importsOf(dir, pkg.name);
  for (const name of runtime) if (!declared.has(name)) problems.push(`${where}: imports ${name} but does not declare it`);
  for (const name of types) {
    if (!declared.has(name) && !declared.has(typesPackage(name))) problems.push(`${where}: its types import ${name} but it declares neither it nor ${typesPackage(name)}`);
  }
  for (const name of declared) {
    if (!runtime.has(name) && !types.has(name) && !(name.startsWith('@types/') && [...runtime, ...types].some((n) => typesPackage(n) === name))) {
      problems.push(`${where}: declares ${name} but never imports it`);
    }
  }
  for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
    if (!/^\^\d/.test(range)) problems.push(`${where}: dependency ${name}@${range} is not a caret range (two copies in an app)`);
  }
  for (const file of ['README.md', 'LICENSE']) if (!existsSync(join(dir, file))) problems.push(`${where}: no ${file}`);
  for (const field of ['repository', 'homepage', 'keywords', 'license', 'description']) {
    if (!pkg[field]) problems.push(`${where}: no "${field}" in package.json`);
  }
  if (pkg.publishConfig?.access !== 'public') problems.push(`${where}: publishConfig.access is not "public"`);
}
if (problems.length) {
  console.error(`pack: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const tarballs = [];
/** attw's extra options for a staged package: the modules behind its `./*.js` wildcards (attw checks
 * no wildcard by itself) and, left out, its CSS entry points (attw checks JavaScript and types). */
const attwEntrypoints = new Map();
for (const { dir, pkg } of packages) {
  const stage = join(out, relative(join(root, 'packages'), dir));
  for (const entry of [...(pkg.files ?? []), 'README.md', 'LICENSE']) {
    const from = join(dir, entry);
    if (!existsSync(from)) throw new Error(`pack: ${pkg.name} lists ${entry} in "files" but it is not there (build first?)`);
    cpSync(from, join(stage, entry), { recursive: true, filter: (f) => !/\.test\.ts$/.test(f) });
  }
  const published = { ...pkg, exports: withoutSource(pkg.exports) };
  delete published.scripts;
  delete published.devDependencies;
  delete published['//devDependencies'];
  writeFileSync(join(stage, 'package.json'), JSON.stringify(published, null, 2) + '\n');
  const include = [];
  for (const [key, value] of Object.entries(published.exports ?? {})) {
    if (!key.includes('*')) continue;
    const target = typeof value === 'string' ? value : value.default;
    const [prefix, suffix] = target.split('*');
    const folder = join(stage, prefix.endsWith('/') ? prefix : dirname(prefix));
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder)) {
      if (f.endsWith(suffix) && join(folder, f).startsWith(join(stage, prefix))) include.push(key.replace('*', f.slice(0, f.length - suffix.length)));
    }
  }
  const css = Object.keys(published.exports ?? {}).filter((k) => k.endsWith('.css'));
  attwEntrypoints.set(pkg.name, [
    ...(include.length ? ['--include-entrypoints', ...include] : []),
    ...(css.length ? ['--exclude-entrypoints', ...css] : []),
  ]);
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }));
  const file = join(out, info.filename);
  tarballs.push(file);
  console.log(`pack: ${info.name}@${info.version} → ${relative(root, file)} (${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KB)`);
}
writeFileSync(join(out, 'tarballs.json'), JSON.stringify(tarballs, null, 2) + '\n');

if (lint) {
  const bin = (name) => join(root, 'node_modules/.bin', name);
  let failed = false;
  for (const [i, file] of tarballs.entries()) {
    for (const [cmd, cmdArgs] of [
      // --strict: warnings fail too.
      [bin('publint'), [file, '--strict']],
      // ESM-only packages (`"type": "module"`, no require condition): the esm-only profile leaves out
      // node10 and CommonJS-from-ESM resolutions, which no ESM-only package can pass.
      [bin('attw'), [file, '--profile', 'esm-only', '--format', 'table-flipped', ...attwEntrypoints.get(packages[i].pkg.name)]],
    ]) {
      try {
        execFileSync(cmd, cmdArgs, { cwd: out, stdio: 'inherit' });
      } catch {
        failed = true;
        console.error(`pack: ${relative(root, cmd)} failed on ${relative(root, file)}`);
      }
    }
  }
  if (failed) process.exit(1);
  console.log(`pack: publint and attw clean on ${tarballs.length} tarballs`);
}
