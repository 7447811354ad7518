/** The raw text of one literal part of a `css` template without indentation and comments (see minify-css-text.mjs). */
export function minifyCssText(raw: string): string;
