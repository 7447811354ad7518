// What pulls in what: bundles one published entry as `npm run size` does (esbuild, every dependency,
// minified) and prints the minified bytes each package and each folder of ours puts in it, largest
// first, then the largest files. Run `npm run build` first.
//
//   node scripts/size-why.mjs timeline            # import '@percorso/elements/timeline.js'
//   node scripts/size-why.mjs index               # import '@percorso/elements' (every element)
//   node scripts/size-why.mjs timeline model      # … plus fromFhir and viewFor from '@percorso/model'
//   node scripts/size-why.mjs timeline --files 40 # more files
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const filesAt = args.indexOf('--files');
const files = filesAt >= 0 ? Number(args.splice(filesAt, 2)[1]) : 20;
const names = args.length ? args : ['timeline'];
const contents = names
  .map((n) => (n === 'model' ? "export { fromFhir, viewFor } from '@percorso/model';" : `export * from '@percorso/elements/${n === 'index' ? 'index' : n}.js';`))
  .join('\n');

const result = await build({
  stdin: { contents, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'error',
});
const code = result.outputFiles[0].contents;
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).map(([f, v]) => [f, v.bytesInOutput]);

/** `d3-time`, `@lit/reactive-element`, or our folder (`elements/timeline`, `model/glossary`). */
function group(file) {
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const m = /packages\/(\w+)\/dist\/(.*)$/.exec(file);
  if (!m) return file;
  const dir = m[2].includes('/') ? m[2].slice(0, m[2].indexOf('/')) : m[2];
  return `${m[1]}/${dir}`;
}
const groups = new Map();
for (const [f, b] of inputs) groups.set(group(f), (groups.get(group(f)) ?? 0) + b);
const kb = (b) => (b / 1000).toFixed(1).padStart(7);

console.log(`${names.join(' + ')}: ${kb(code.length)} kB minified, ${kb(gzipSync(code, { level: 9 }).length)} kB gzip\n`);
console.log('by package or folder (minified bytes in the bundle):');
for (const [g, b] of [...groups].sort((a, b) => b[1] - a[1])) if (b > 0) console.log(`${kb(b)} kB  ${g}`);
console.log(`\nlargest ${files} files:`);
for (const [f, b] of inputs.sort((a, b) => b[1] - a[1]).slice(0, files)) console.log(`${kb(b)} kB  ${f.replace(/^.*node_modules\//, '')}`);
