#!/usr/bin/env node
// Takes the indentation and the comments out of the styles the elements' build writes (issue 12
// §Size): every `css` tagged template in packages/elements/dist/**/*.js keeps its rules as written
// in the sources, indented for reading and commented, and esbuild's minifier (as a portal's bundler
// uses it) never touches a template's text: 1.6 kB gzip of every element and 0.9 kB of the timeline
// were CSS whitespace and comments.
//
// Run by @percorso/elements' build after tsc, before csp-hashes.mjs (the published hashes are those
// of the styles as built). Safe by construction, never a CSS parser's guess:
// - only whitespace that follows or precedes a line break inside one literal part is removed (a line
//   break stays, so `a ${x} ${y}` keeps its spaces and a line number of the file never moves: the
//   source maps stay true); CSS never needs indentation (a string cannot span lines);
// - a comment becomes the line breaks it held (or one space), so no two tokens are ever joined.
// The TypeScript compiler (already a dev dependency) finds the templates: no regular expression over
// JavaScript.
//
//   node scripts/minify-css.mjs [dir]     # default packages/elements/dist
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { minifyCssText } from './minify-css-text.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The file's text with every `css` template's literal parts minified, or the same text. */
export function minifyCssTemplates(text, fileName = 'x.js') {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  /** [start, end, replacement] of each literal part's raw text, in source order. */
  const edits = [];
  const literal = (node, open, close) => {
    const start = node.getStart(sf) + open.length;
    const end = node.getEnd() - close.length;
    const raw = text.slice(start, end);
    const min = minifyCssText(raw);
    if (min !== raw) edits.push([start, end, min]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
      const t = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) literal(t, '`', '`');
      else {
        literal(t.head, '`', '${');
        t.templateSpans.forEach((span, i) => literal(span.literal, '}', i === t.templateSpans.length - 1 ? '`' : '${'));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = text;
  for (const [start, end, min] of edits.reverse()) out = out.slice(0, start) + min + out.slice(end);
  return out;
}

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* jsFiles(p);
    else if (name.endsWith('.js')) yield p;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = resolve(process.argv[2] ?? join(root, 'packages/elements/dist'));
  let before = 0, after = 0, files = 0;
  for (const file of jsFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    if (!/\bcss\s*`/.test(text)) continue;
    const out = minifyCssTemplates(text, file);
    before += text.length;
    after += out.length;
    if (out !== text) {
      writeFileSync(file, out);
      files++;
    }
  }
  console.log(`minify-css: ${files} files, ${before - after} characters of indentation and comments out of the styles`);
}
