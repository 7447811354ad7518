/**
 * A document section's narrative kept as data: a small tree of the elements FHIR narrative
 * (XHTML, FHIR R4 §2.4 "Narrative") and the CDA2 narrative block (HL7 CDA R2 §4.3.5) have in
 * common — paragraphs, lists, tables, emphasis, line breaks, headings — read with the model's
 * strict XML reader (no DOCTYPE, no entity expansion) and nothing else.
 *
 * What the tree never holds: markup outside the allowed set (its text is kept, the element
 * unwrapped), scripts and styles (dropped with their content), attributes other than `colspan`,
 * `rowspan` and `lang`, links (an `a` / `linkHtml` becomes its text), images (`img`,
 * `renderMultiMedia`: only the host may show them). What could run or restyle the page
 * (`script`, `style`, `on…` attributes, `javascript:` URLs) is reported as a problem; the rest is
 * dropped quietly, because it is ordinary markup with no meaning for a reader.
 *
 * Elements render the tree with templates, one allowed tag at a time, never as an HTML string.
 */
import { parseXml, type XmlElement } from './cda/xml.js';
import type { NarrativeElement, NarrativeNode, NarrativeTag } from './types.js';


/** Why part of a narrative was left out or changed. */
export type NarrativeProblemCode =
  | 'narrative-unsafe' // script, style, event attribute, javascript: URL dropped
  | 'narrative-too-deep' // nested beyond the limits: kept as plain text
  | 'narrative-not-xhtml' // the FHIR div is not well-formed XML: kept as plain text
  | 'value-too-long'; // more text than MAX_NARRATIVE_TEXT: truncated

export interface NarrativeProblem {
  code: NarrativeProblemCode;
  /** What was dropped or why (`<script>`, `onclick`, `javascript:`, the parser's message…). */
  what: string;
  /** XPath-like path below the narrative's root (`/div/table/tr[2]/td`). */
  path: string;
}

export interface NarrativeResult {
  nodes: NarrativeNode[];
  problems: NarrativeProblem[];
}

/** Most text a narrative keeps (characters); the rest is reported and dropped. About 1 MB of UTF-16. */
export const MAX_NARRATIVE_TEXT = 500_000;
/** Deepest element nesting kept as structure; deeper content is kept as its plain text. */
export const MAX_NARRATIVE_DEPTH = 48;
/** Deepest table-in-table nesting kept as tables; deeper tables are kept as their plain text. */
export const MAX_NARRATIVE_TABLES = 8;

/** XHTML and CDA names → tree tags. Anything not here is unwrapped (its text kept). */
const TAGS = new Map<string, NarrativeTag>([
  // XHTML
  ['p', 'p'], ['div', 'div'], ['span', 'span'], ['br', 'br'], ['ul', 'ul'], ['ol', 'ol'], ['li', 'li'],
  ['table', 'table'], ['caption', 'caption'], ['thead', 'thead'], ['tbody', 'tbody'], ['tfoot', 'tfoot'],
  ['tr', 'tr'], ['th', 'th'], ['td', 'td'], ['b', 'b'], ['i', 'i'], ['em', 'em'], ['strong', 'strong'],
  ['u', 'u'], ['sub', 'sub'], ['sup', 'sup'], ['h1', 'h1'], ['h2', 'h2'], ['h3', 'h3'], ['h4', 'h4'],
  ['h5', 'h5'], ['h6', 'h6'], ['pre', 'p'], ['blockquote', 'div'], ['code', 'span'], ['small', 'span'],
  ['a', 'span'], ['abbr', 'span'], ['cite', 'i'], ['dl', 'ul'], ['dt', 'li'], ['dd', 'li'],
  // CDA2 narrative block
  ['paragraph', 'p'], ['item', 'li'], ['linkHtml', 'span'], ['footnote', 'span'], ['footnoteRef', 'span'],
]);

/** Elements dropped with everything inside: they run, restyle or embed. Reported. */
const UNSAFE = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'link', 'meta', 'base', 'form', 'svg', 'math', 'template']);
/** Elements dropped with everything inside, quietly: no text of their own for a reader. */
const QUIET = new Set(['img', 'renderMultiMedia', 'col', 'colgroup', 'input', 'button', 'select', 'textarea', 'head', 'title']);

function cellNumber(v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.trim());
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Does an attribute value try to run script (`javascript:`, `vbscript:`, `data:text/html`), whitespace and case ignored? */
function scriptUrl(v: string): string | undefined {
  let s = '';
  for (let i = 0; i < v.length && s.length < 20; i++) {
    const c = v.charCodeAt(i);
    if (c > 32) s += v[i]!.toLowerCase();
  }
  if (s.startsWith('javascript:')) return 'javascript:';
  if (s.startsWith('vbscript:')) return 'vbscript:';
  if (s.startsWith('data:text/html')) return 'data:text/html';
  return undefined;
}

class Reader {
  readonly problems: NarrativeProblem[] = [];
  private textLength = 0;
  private truncated = false;
  private readonly reported = new Set<string>();

  private report(code: NarrativeProblemCode, what: string, path: string): void {
    // One problem per kind and culprit: a thousand onclick attributes are one issue.
    const key = `${code} ${what}`;
    if (this.reported.has(key) || this.problems.length >= 50) return;
    this.reported.add(key);
    this.problems.push({ code, what, path });
  }

  private addText(out: NarrativeNode[], t: string, path: string): void {
    if (this.truncated || !t) return;
    const room = MAX_NARRATIVE_TEXT - this.textLength;
    if (t.length > room) {
      t = t.slice(0, room);
      this.truncated = true;
      this.report('value-too-long', `> ${MAX_NARRATIVE_TEXT}`, path);
    }
    this.textLength += t.length;
    const last = out[out.length - 1];
    if (typeof last === 'string') out[out.length - 1] = last + t;
    else out.push(t);
  }

  /** Plain text of an element kept as one string (beyond the depth limits). */
  private flatText(el: XmlElement, out: NarrativeNode[], path: string): void {
    const stack: (XmlElement | string)[] = [el];
    let text = '';
    while (stack.length && text.length <= MAX_NARRATIVE_TEXT) {
      const n = stack.pop()!;
      if (typeof n === 'string') {
        text += n;
        continue;
      }
      if (UNSAFE.has(n.name)) {
        this.report('narrative-unsafe', `<${n.name}>`, path);
        continue;
      }
      if (QUIET.has(n.name)) continue;
      this.checkAttributes(n, path);
      stack.push(' '); // cells and blocks stay apart
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
    const t = collapse(text);
    if (t) this.addText(out, ` ${t} `, path);
  }

  /** Children of `el`, read into `out`. Recursion is bounded by MAX_NARRATIVE_DEPTH. */
  read(el: XmlElement, out: NarrativeNode[], path: string, depth: number, tables: number): void {
    for (const c of el.children) {
      if (this.truncated) return;
      if (typeof c === 'string') {
        this.addText(out, c, path);
        continue;
      }
      const cpath = `${path}/${c.name}`;
      this.checkAttributes(c, cpath);
      if (UNSAFE.has(c.name)) {
        this.report('narrative-unsafe', `<${c.name}>`, cpath);
        continue;
      }
      if (QUIET.has(c.name)) continue;
      let tag = TAGS.get(c.name);
      if (c.name === 'list') tag = (c.attrs.get('listType') ?? '').toLowerCase() === 'ordered' ? 'ol' : 'ul';
      else if (c.name === 'content') tag = contentTag(c.attrs.get('styleCode'));
      if (!tag) {
        // Unknown markup: its text is kept in place.
        this.read(c, out, cpath, depth + 1, tables);
        continue;
      }
      const nextTables = tag === 'table' ? tables + 1 : tables;
      if (depth >= MAX_NARRATIVE_DEPTH || nextTables > MAX_NARRATIVE_TABLES) {
        this.report('narrative-too-deep', tag === 'table' ? `table ${nextTables}` : `depth ${depth}`, cpath);
        this.flatText(c, out, cpath);
        continue;
      }
      const node: NarrativeElement = { tag, children: [] };
      if (tag === 'td' || tag === 'th') {
        const cs = cellNumber(c.attrs.get('colspan'), 1, 1000);
        const rs = cellNumber(c.attrs.get('rowspan'), 0, 65534);
        if (cs !== undefined && cs !== 1) node.colspan = cs;
        if (rs !== undefined && rs !== 1) node.rowspan = rs;
      }
      const lang = c.attrs.get('lang');
      if (lang && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang)) node.lang = lang;
      if (tag !== 'br') this.read(c, node.children, cpath, depth + 1, nextTables);
      out.push(node);
    }
  }

  private checkAttributes(el: XmlElement, path: string): void {
    for (const [name, value] of el.attrs) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) this.report('narrative-unsafe', n, path);
      else if (n === 'style') this.report('narrative-unsafe', 'style', path);
      else {
        const bad = scriptUrl(value);
        if (bad) this.report('narrative-unsafe', bad, path);
      }
    }
  }
}

const BLOCKS = new Set<NarrativeTag>(['p', 'div', 'br', 'ul', 'ol', 'li', 'table', 'caption', 'tr', 'thead', 'tbody', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** CDA `<content styleCode="Bold Italics">` → the emphasis it asks for (the first one). */
function contentTag(style: string | undefined): NarrativeTag {
  const s = (style ?? '').toLowerCase();
  if (s.includes('bold')) return 'b';
  if (s.includes('italics')) return 'i';
  if (s.includes('underline')) return 'u';
  if (s.includes('emphasis')) return 'em';
  return 'span';
}

/** One line, whitespace runs as one space. */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Whitespace as a reader sees it: runs of spaces, tabs and line breaks become one space; text at
 * the start and end of a block, and text between block elements, is trimmed.
 */
function tidyTree(nodes: NarrativeNode[], block = true): NarrativeNode[] {
  const out: NarrativeNode[] = [];
  for (const n of nodes) {
    if (typeof n === 'string') {
      const t = n.replace(/\s+/g, ' ');
      if (t) out.push(t);
    } else {
      n.children = tidyTree(n.children, BLOCKS.has(n.tag) || n.tag === 'td' || n.tag === 'th');
      out.push(n);
    }
  }
  // trim around blocks
  for (let i = 0; i < out.length; i++) {
    const n = out[i];
    if (typeof n !== 'string') continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    let t = n;
    if ((i === 0 && block) || (prev !== undefined && typeof prev !== 'string' && BLOCKS.has(prev.tag))) t = t.trimStart();
    if ((i === out.length - 1 && block) || (next !== undefined && typeof next !== 'string' && BLOCKS.has(next.tag))) t = t.trimEnd();
    out[i] = t;
  }
  return out.filter((n) => n !== '');
}

/** Reads a narrative element (a CDA section's `<text>`, or the root `<div>` of FHIR narrative) into a tree. */
export function narrativeOf(el: XmlElement): NarrativeResult {
  const r = new Reader();
  const nodes: NarrativeNode[] = [];
  r.read(el, nodes, `/${el.name}`, 0, 0);
  return { nodes: tidyTree(nodes), problems: r.problems };
}

/**
 * Reads FHIR `text.div` (XHTML as a string) into a tree. A div that is not well-formed XML (an
 * HTML entity such as `&nbsp;`, a tag left open) is kept as one paragraph of its plain text
 * (`fallbackText`, from the lenient reader) and reported.
 */
export function narrativeOfXhtml(div: string, fallbackText: string): NarrativeResult {
  const parsed = parseXml(div);
  if (!parsed.root) {
    const p = parsed.problem;
    const problems: NarrativeProblem[] = [{ code: 'narrative-not-xhtml', what: p ? `${p.detail.en} (line ${p.line}, column ${p.column})` : 'not XML', path: p?.path ?? '' }];
    const nodes: NarrativeNode[] = [];
    for (const line of fallbackText.split('\n')) if (line) nodes.push({ tag: 'p', children: [line] });
    return { nodes, problems };
  }
  return narrativeOf(parsed.root);
}

/** Plain text of a narrative tree: blocks end a line, cells are apart (for search and summaries). */
export function narrativeText(nodes: readonly NarrativeNode[]): string {
  let out = '';
  const walk = (list: readonly NarrativeNode[]) => {
    for (const n of list) {
      if (typeof n === 'string') out += n;
      else {
        walk(n.children);
        if (n.tag === 'td' || n.tag === 'th') out += '\t';
        else if (BLOCKS.has(n.tag)) out += '\n';
      }
    }
  };
  walk(nodes);
  return out
    .split('\n')
    .map((l) => collapse(l))
    .filter(Boolean)
    .join('\n');
}
