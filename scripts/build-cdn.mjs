// The no-build files of @percorso/elements (run by its `npm run build`, after tsc and the manifest):
//
//   cdn/<element>.js   registers one element: `<script type="module" src=".../cdn/timeline.js">`
//   cdn/all.js         registers every element and exports what `@percorso/elements` exports
//   cdn/model.js       what `@percorso/model` and `@percorso/model/fhir-source` export (fromFhir,
//                      viewFor, loadFhirRecord…): a page with no bundler reads its data with it
//   cdn/autoloader.js  registers each element when its tag first appears in the page
//   cdn/chunks/*.js    what those share (lit, d3, the model), loaded by relative URL
//
// Minified ES modules with source maps, lit, d3, @floating-ui/dom and @percorso/model inside, so a page
// needs no import map and no bundler. Bundled by esbuild (already in the tree for vite and wtr) with
// code splitting: two elements on one page share one copy of lit and the model, and the record context
// links them. The element list comes from custom-elements.json (every `custom-element-definition`),
// so an element added to the package comes along without touching this script.
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/elements');
const out = resolve(pkgDir, 'cdn');
const manifest = JSON.parse(readFileSync(resolve(pkgDir, 'custom-elements.json'), 'utf8'));

/** tag → the module that registers it, without extension (`fse-timeline` → `timeline`). */
const modules = new Map();
for (const mod of manifest.modules) {
  for (const x of mod.exports ?? []) {
    if (x.kind === 'custom-element-definition') modules.set(x.name, mod.path.replace(/^src\//, '').replace(/\.ts$/, ''));
  }
}
if (!modules.size) throw new Error('build-cdn: no custom-element-definition in custom-elements.json');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const entryPoints = { all: resolve(pkgDir, 'dist/index.js'), model: 'percorso-cdn:model' };
for (const name of modules.values()) entryPoints[name] = resolve(pkgDir, `dist/${name}.js`);

/** The model's entry for the page: its main module and the FHIR source, resolved as a dependency of the elements. */
const modelEntry = {
  name: 'percorso-cdn-model',
  setup(b) {
    b.onResolve({ filter: /^percorso-cdn:model$/ }, () => ({ path: 'model', namespace: 'percorso-cdn' }));
    b.onLoad({ filter: /.*/, namespace: 'percorso-cdn' }, () => ({
      contents: "export * from '@percorso/model';\nexport * from '@percorso/model/fhir-source';\n",
      resolveDir: pkgDir,
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints,
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Published code: never the workspace's TypeScript sources.
  conditions: ['browser', 'import', 'default'],
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [modelEntry],
});

// Types: each file exports what its module of the package exports.
for (const name of Object.keys(entryPoints)) {
  const types =
    name === 'model'
      ? "export * from '@percorso/model';\nexport * from '@percorso/model/fhir-source';\n"
      : `export * from '../dist/${name === 'all' ? 'index' : name}.js';\n`;
  writeFileSync(resolve(out, `${name}.d.ts`), types);
}

const tags = Object.fromEntries([...modules].map(([tag, name]) => [tag, `./${name}.js`]));
const autoloader = `// Registers each Percorso element when its tag first appears in the document (at load or later);
// call watch(shadowRoot) for elements that your own components put in their shadow roots.
const MODULES = ${JSON.stringify(tags)};
const requested = new Set();
function load(tag) {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  import(new URL(MODULES[tag], import.meta.url).href).catch((error) => {
    requested.delete(tag);
    console.error('Percorso: could not load <' + tag + '>', error);
  });
}
function scan(root) {
  if (root.nodeType === 1 && root.localName in MODULES) load(root.localName);
  if (!root.querySelectorAll) return;
  for (const el of root.querySelectorAll(':not(:defined)')) if (el.localName in MODULES) load(el.localName);
}
function watch(root) {
  scan(root);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  }).observe(root, { childList: true, subtree: true });
}
watch(document.documentElement);
/** The tags the autoloader registers when they appear. */
export const tags = Object.keys(MODULES);
/** Watches a shadow root of your own as the document is watched (elements placed inside it load too). */
export { watch };
`;
const min = await transform(autoloader, { minify: true, format: 'esm', target: 'es2022', sourcemap: 'external', sourcefile: 'autoloader.js' });
writeFileSync(resolve(out, 'autoloader.js'), `${min.code}//# sourceMappingURL=autoloader.js.map\n`);
writeFileSync(resolve(out, 'autoloader.js.map'), min.map);
writeFileSync(
  resolve(out, 'autoloader.d.ts'),
  '/** The tags the autoloader registers when they appear. */\nexport declare const tags: readonly string[];\n' +
    '/** Watches a shadow root of your own as the document is watched. */\nexport declare function watch(root: Document | Element | ShadowRoot): void;\n',
);

/** An entry file and the chunks it imports, in bytes, and how many files a page fetches for it. */
function closure(entry) {
  const outputs = result.metafile.outputs;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(Object.keys(outputs).find((f) => f.endsWith(`cdn/${entry}.js`)));
  return { files: seen.size, kb: ([...seen].reduce((n, f) => n + outputs[f].bytes, 0) / 1024).toFixed(0) };
}
const all = closure('all');
const timeline = closure('timeline');
console.log(
  `cdn: ${Object.keys(entryPoints).length} entry files, autoloader (${min.code.length} B); all.js: ${all.files} files, ${all.kb} KB minified; ` +
    `timeline.js: ${timeline.files} files, ${timeline.kb} KB`,
);
