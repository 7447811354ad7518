// @custom-elements-manifest/analyzer configuration: `npm run build` (and `npm run analyze`) writes
// custom-elements.json beside this file; it ships in the package (`customElements` field) and the
// React wrappers, JSX/Vue typings and Storybook's API tables are generated from it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every `'fse-…': Class;` line inside a `GlobalEventHandlersEventMap` augmentation of src/. */
function globalEventMap(dir) {
  const map = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const block of text.matchAll(/interface GlobalEventHandlersEventMap\s*{([^}]*)}/g)) {
      for (const [, name, type] of block[1].matchAll(/'(fse-[a-z-]+)':\s*(\w+)\s*;/g)) map.set(name, type);
    }
  }
  return map;
}

/**
 * Elements register through `defineElement('fse-…', Class)` (internal/define.ts), which the analyzer
 * does not recognise: record each call as the module's `custom-element-definition`, so tools know
 * which module to import to register a tag (`timeline.js` for `<fse-timeline>`).
 */
function definitions() {
  const src = new URL('./', import.meta.url).pathname;
  return {
    name: 'percorso-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const declaredIn = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.tagName) declaredIn.set(decl.name, mod.path);
      }
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter((x) => !(x.kind === 'custom-element-definition' && mod.path === 'src/internal/define.ts'));
        const text = readFileSync(join(src, mod.path), 'utf8');
        for (const [, tag, cls] of text.matchAll(/^defineElement\('([a-z-]+)',\s*(\w+)\)/gm)) {
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: cls, module: declaredIn.get(cls) ?? mod.path } });
        }
      }
    },
  };
}

/**
 * The analyzer reads events from `@fires` tags without a type, and also lists `dispatchEvent(new X(…))`
 * calls as nameless events (or names them after a constructor argument). Keep the documented `fse-…`
 * events, once each, typed with the class the element's module declares for that name.
 */
function typedEvents() {
  const types = globalEventMap(new URL('./src', import.meta.url).pathname);
  return {
    name: 'percorso-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.events) continue;
          const seen = new Set();
          decl.events = decl.events.filter((e) => {
            if (!e.name?.startsWith('fse-') || seen.has(e.name)) return false;
            seen.add(e.name);
            const type = types.get(e.name);
            if (type) e.type = { text: type };
            return true;
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [typedEvents(), definitions()],
};
