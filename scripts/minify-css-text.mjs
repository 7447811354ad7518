// The one rule of scripts/minify-css.mjs, apart (no Node import) so that a browser test can check it
// against the browser's own CSS parser over every element's styles (test/elements/minified-styles.test.ts).

/**
 * The raw text of one literal part of a `css` template without indentation and comments: whitespace
 * is removed only beside a line break, which stays (CSS never needs indentation: a string cannot span
 * lines), and a comment becomes the line breaks it held, or one space, so no two tokens are joined.
 * @param {string} raw
 * @returns {string}
 */
export function minifyCssText(raw) {
  const uncommented = raw.replace(/\/\*[\s\S]*?\*\//g, (c) => (c.includes('\n') ? c.replace(/[^\n]/g, '') : ' '));
  return uncommented.replace(/[ \t]*\n[ \t]*/g, '\n');
}
