/** Plain text of CDA2 narrative blocks: markup dropped, blocks as lines, whitespace collapsed. */
import type { XmlElement } from './xml.js';

/** Narrative elements that end a line (CDA2 narrative block, and XHTML spellings). */
const BLOCK = new Set(['paragraph', 'br', 'list', 'item', 'table', 'tr', 'caption', 'thead', 'tbody', 'tfoot', 'footnote', 'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Plain text below an element: markup dropped (never kept), block ends as line breaks and table
 * cells as tabs when `layout`; stops after `max` characters.
 */
export function plainText(el: XmlElement, max: number, layout = false): string {
  const parts: string[] = [];
  let len = 0;
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (len > max) return;
      if (typeof c === 'string') {
        parts.push(c);
        len += c.length;
        continue;
      }
      if (c.name === 'renderMultiMedia' || c.name === 'script' || c.name === 'style') continue;
      walk(c);
      if (layout) {
        if (BLOCK.has(c.name)) parts.push('\n');
        else if (c.name === 'td' || c.name === 'th') parts.push('\t');
      }
    }
  };
  walk(el);
  const t = parts.join('');
  return t.length > max ? t.slice(0, max) : t;
}

/** One line, whitespace runs as one space. */
export function collapse(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) space = out.length > 0;
    else {
      if (space) out += ' ';
      space = false;
      out += s[i];
    }
  }
  return out;
}

/** Lines collapsed and trimmed, empty lines dropped. */
export function tidy(s: string): string {
  const out: string[] = [];
  for (const line of s.split('\n')) {
    const l = collapse(line);
    if (l) out.push(l);
  }
  return out.join('\n');
}
