#!/usr/bin/env node
// The `style-src` hashes of the inline styles a server render holds: @lit-labs/ssr writes each
// element's shadow root as declarative shadow DOM with one `<style>` whose text is the concatenated
// `cssText` of the class's `elementStyles` (lit-element-renderer.js, `renderShadow`), and a strict
// Content-Security-Policy (`style-src 'self'`) blocks such a `<style>` unless its hash is listed.
// @lit-labs/ssr 4.1 has no nonce option, so hashes are the way: one per element class, fixed for a
// Percorso version (they change only with the elements' styles).
//
// Run by @percorso/elements' build (after tsc), in Node: it imports the built package — lit's Node
// build brings its DOM shim — and writes packages/elements/csp-hashes.json, exported as
// `@percorso/elements/csp-hashes.json` and shipped in the tarball. test/ssr/server-render.node.ts
// renders every element on the server and checks each inline style's hash is in what this writes.
//
//   node scripts/csp-hashes.mjs [--out FILE]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A CSP source expression for a text: `'sha256-<base64>'` of its UTF-8 bytes. */
export function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Every custom element class a module exports (its registered tag found through the registry),
 * with the hash of the `<style>` a server render puts in its shadow root.
 * @param {Record<string, unknown>} elements the module namespace of `@percorso/elements`
 * @returns {{ tag: string, hash: string }[]} sorted by tag
 */
export function elementStyleHashes(elements) {
  const out = new Map();
  for (const value of Object.values(elements)) {
    if (typeof value !== 'function') continue;
    const tag = customElements.getName(value);
    if (!tag || out.has(tag)) continue;
    // What LitElementRenderer reads: the finalized class's elementStyles, joined without separator.
    value.finalize?.();
    const styles = value.elementStyles ?? [];
    if (!styles.length) continue;
    out.set(tag, cspHash(styles.map((s) => s.cssText).join('')));
  }
  return [...out].sort(([a], [b]) => a.localeCompare(b)).map(([tag, hash]) => ({ tag, hash }));
}

/** The published file: the `style-src` list (unique hashes) and, for each element, its own. */
export function cspHashesFile(elements, version) {
  const byTag = elementStyleHashes(elements);
  return {
    description:
      "sha256 hashes of the inline <style> that @lit-labs/ssr writes in each Percorso element's declarative shadow root: add the style-src list to your Content-Security-Policy when you server-render",
    version,
    'style-src': [...new Set(byTag.map((x) => x.hash))],
    elements: Object.fromEntries(byTag.map((x) => [x.tag, x.hash])),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const out = i >= 0 ? resolve(args[i + 1]) : resolve(root, 'packages/elements/csp-hashes.json');
  const pkg = (await import(pathToFileURL(resolve(root, 'packages/elements/package.json')).href, { with: { type: 'json' } })).default;
  const elements = await import(pathToFileURL(resolve(root, 'packages/elements/dist/index.js')).href);
  const file = cspHashesFile(elements, pkg.version);
  if (!file['style-src'].length) throw new Error('csp-hashes: no element with styles found in @percorso/elements');
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`csp-hashes: ${Object.keys(file.elements).length} elements, ${file['style-src'].length} hashes → ${out}`);
}
