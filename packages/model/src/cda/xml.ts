/**
 * A small, strict, safe XML 1.0 parser for CDA2 documents: no DOM, no dependencies, no regular
 * expressions, linear in the input.
 *
 * - elements, attributes, text, CDATA, comments and processing instructions; namespace prefixes are
 *   stripped (`sdtc:statusCode` → `statusCode`) and `xmlns`/`xmlns:*` attributes dropped: CDA2
 *   readers address elements by local name;
 * - the five predefined entities and numeric character references (`&#233;`, `&#xE9;`); any other
 *   entity is a well-formedness error;
 * - a DOCTYPE is refused outright, before its internal subset is read: no entity expansion, no
 *   external entities (XXE, billion laughs);
 * - depth is limited ({@link MAX_DEPTH}), and so is the input ({@link MAX_INPUT});
 * - it never throws: a document that is not well-formed gives `root: undefined` and one problem with
 *   its line, column and the path of the element open at that point.
 */

/** An element: local name, attributes by local name, children in order (elements and text). */
export interface XmlElement {
  /** Local name (prefix stripped). */
  name: string;
  /** Attributes by local name (prefix stripped; on a clash the first is kept). */
  attrs: Map<string, string>;
  children: (XmlElement | string)[];
  parent?: XmlElement;
  /** Namespace URI of the element when declared on the element itself (default or its prefix's). */
  ns?: string;
}

export type XmlProblemCode = 'not-xml' | 'malformed-xml' | 'doctype-refused' | 'xml-too-deep' | 'input-too-large';

export interface XmlProblem {
  code: XmlProblemCode;
  /** What is wrong, in English and Italian (short, for the issue message). */
  detail: { it: string; en: string };
  line: number;
  column: number;
  /** XPath-like path of the element open at the problem (`/ClinicalDocument/component`), '' at top level. */
  path: string;
}

export interface XmlResult {
  root?: XmlElement;
  problem?: XmlProblem;
}

/** Deepest element nesting accepted (CDA2 narrative rarely goes beyond 30). */
export const MAX_DEPTH = 256;
/** Largest input accepted, in UTF-16 code units (about 64 MB of text). */
export const MAX_INPUT = 64 * 1024 * 1024;

class XmlError {
  constructor(
    readonly code: XmlProblemCode,
    readonly at: number,
    readonly detail: { it: string; en: string },
  ) {}
}

const err = (at: number, en: string, it: string, code: XmlProblemCode = 'malformed-xml') => new XmlError(code, at, { it, en });

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
/** XML 1.0 Char (without the surrogate-pair check, which JS strings make moot). */
function isXmlChar(c: number): boolean {
  return c >= 32 ? c !== 0xfffe && c !== 0xffff : c === 9 || c === 10 || c === 13;
}

/** Local name of a qualified name. */
function local(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Per parent: each child element's 1-based position among its same-name siblings, and how many share its name. */
const positions = new WeakMap<XmlElement, Map<XmlElement, { pos: number; of: Map<string, number> }>>();

function positionOf(e: XmlElement, p: XmlElement): { pos: number; n: number } {
  let m = positions.get(p);
  if (!m) {
    // computed once per parent, so the paths of many siblings cost linear time, not quadratic
    m = new Map();
    const counts = new Map<string, number>();
    for (const c of p.children) {
      if (typeof c === 'string') continue;
      const n = (counts.get(c.name) ?? 0) + 1;
      counts.set(c.name, n);
      m.set(c, { pos: n, of: counts });
    }
    positions.set(p, m);
  }
  const hit = m.get(e);
  return hit ? { pos: hit.pos, n: hit.of.get(e.name) ?? 1 } : { pos: 0, n: 1 };
}

/** Path of an element, XPath-like, with `[n]` (1-based) where it has same-name siblings. */
export function xmlPath(el: XmlElement | undefined): string {
  const parts: string[] = [];
  for (let e = el; e; e = e.parent) {
    let part = e.name;
    const p = e.parent;
    if (p) {
      const { pos, n } = positionOf(e, p);
      if (n > 1) part += `[${pos}]`;
    }
    parts.push(part);
  }
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) out += `/${parts[i]}`;
  return out;
}

/** Parses one XML document. Never throws. */
export function parseXml(text: string): XmlResult {
  if (typeof text !== 'string') return { problem: { code: 'not-xml', detail: { it: 'non è testo', en: 'not text' }, line: 1, column: 1, path: '' } };
  const p = new Parser(text);
  try {
    return { root: p.document() };
  } catch (e) {
    if (!(e instanceof XmlError)) {
      // A RangeError (out of memory on a hostile input) or a bug: still an issue, never a throw.
      return { problem: { code: 'malformed-xml', detail: { it: 'documento non leggibile', en: 'unreadable document' }, line: 1, column: 1, path: '' } };
    }
    let line = 1;
    let lineStart = 0;
    const end = Math.min(e.at, text.length);
    for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { problem: { code: e.code, detail: e.detail, line, column: end - lineStart + 1, path: xmlPath(p.open) } };
  }
}

class Parser {
  private i = 0;
  private depth = 0;
  /** The element being read (for the path of a problem). */
  open: XmlElement | undefined;

  constructor(private s: string) {}

  document(): XmlElement {
    const s = this.s;
    if (s.length > MAX_INPUT) throw err(0, `input of ${s.length} characters, more than ${MAX_INPUT}`, `testo di ${s.length} caratteri, oltre ${MAX_INPUT}`, 'input-too-large');
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
    const first = this.i;
    let root: XmlElement | undefined;
    for (;;) {
      // prolog / epilog: whitespace, comments, PIs; one root element
      while (this.i < s.length && isSpace(s.charCodeAt(this.i))) this.i++;
      if (this.i >= s.length) break;
      if (s.charCodeAt(this.i) !== 60) {
        if (!root && this.i === first) throw err(this.i, 'does not start with "<": not XML', 'non inizia con "<": non è XML', 'not-xml');
        throw err(this.i, 'text outside the root element', 'testo fuori dall’elemento radice');
      }
      if (s.startsWith('<?', this.i)) this.pi(this.i === first);
      else if (s.startsWith('<!--', this.i)) this.comment();
      else if (s.startsWith('<!DOCTYPE', this.i) || s.startsWith('<!doctype', this.i)) {
        throw err(this.i, 'DOCTYPE declarations are refused (no entity expansion)', 'dichiarazione DOCTYPE rifiutata (nessuna espansione di entità)', 'doctype-refused');
      } else if (s.startsWith('<!', this.i)) throw err(this.i, 'unexpected markup declaration', 'dichiarazione inattesa');
      else if (root) throw err(this.i, 'a second root element', 'un secondo elemento radice');
      else root = this.element(undefined);
    }
    if (!root) throw err(this.i, 'no root element', 'nessun elemento radice', this.i === first ? 'not-xml' : 'malformed-xml');
    return root;
  }

  private pi(atStart: boolean): void {
    const s = this.s;
    const start = this.i;
    const end = s.indexOf('?>', start + 2);
    if (end < 0) throw err(start, 'unterminated processing instruction', 'istruzione di elaborazione non chiusa');
    let j = start + 2;
    while (j < end && isNameChar(s.charCodeAt(j))) j++;
    const target = s.slice(start + 2, j);
    if (!target) throw err(start, 'processing instruction without a target', 'istruzione di elaborazione senza destinatario');
    if (target.toLowerCase() === 'xml' && !atStart) throw err(start, 'XML declaration not at the start', 'dichiarazione XML non all’inizio');
    this.i = end + 2;
  }

  private comment(): void {
    const end = this.s.indexOf('-->', this.i + 4);
    if (end < 0) throw err(this.i, 'unterminated comment', 'commento non chiuso');
    this.i = end + 3;
  }

  private name(): string {
    const s = this.s;
    const start = this.i;
    if (!isNameStart(s.charCodeAt(start))) throw err(start, 'a name was expected', 'atteso un nome');
    let j = start + 1;
    while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
    this.i = j;
    return s.slice(start, j);
  }

  private skipSpace(): boolean {
    const s = this.s;
    const start = this.i;
    while (this.i < s.length && isSpace(s.charCodeAt(this.i))) this.i++;
    return this.i > start;
  }

  /** Reads `<name attrs…>content</name>` or `<name/>` at this.i; text children kept as strings. */
  private element(parent: XmlElement | undefined): XmlElement {
    const s = this.s;
    // iterative over depth: an explicit stack, so deep nesting cannot overflow the JS stack
    // per open element: its qualified name and the text read since its last child element
    const stack: { el: XmlElement; qname: string; text: string }[] = [];
    let selfClosing = false;
    let qnameRead = '';
    let result: XmlElement | undefined;
    const openTag = (par: XmlElement | undefined): XmlElement => {
      const lt = this.i;
      this.i++; // <
      const qname = this.name();
      const el: XmlElement = { name: local(qname), attrs: new Map(), children: [] };
      const colon = qname.indexOf(':');
      const nsAttr = colon < 0 ? 'xmlns' : `xmlns:${qname.slice(0, colon)}`;
      if (par) el.parent = par;
      qnameRead = qname;
      // qualified names already read on this tag: a Set, so a tag with 200 000 attributes stays linear
      let seen: Set<string> | undefined;
      for (;;) {
        const spaced = this.skipSpace();
        if (this.i >= s.length) throw err(lt, `unterminated start tag <${qname}>`, `tag di apertura <${qname}> non chiuso`);
        const c = s.charCodeAt(this.i);
        if (c === 62) {
          this.i++;
          selfClosing = false;
          return el;
        }
        if (c === 47) {
          if (s.charCodeAt(this.i + 1) !== 62) throw err(this.i, '"/" not followed by ">"', '"/" non seguito da ">"');
          this.i += 2;
          selfClosing = true;
          return el;
        }
        if (!spaced) throw err(this.i, 'whitespace expected between attributes', 'atteso uno spazio tra gli attributi');
        const at = this.i;
        const aname = this.name();
        if (seen?.has(aname)) throw err(at, `attribute ${aname} repeated`, `attributo ${aname} ripetuto`);
        (seen ??= new Set()).add(aname);
        this.skipSpace();
        if (s.charCodeAt(this.i) !== 61) throw err(this.i, `"=" expected after ${aname}`, `atteso "=" dopo ${aname}`);
        this.i++;
        this.skipSpace();
        const q = s.charCodeAt(this.i);
        if (q !== 34 && q !== 39) throw err(this.i, 'attribute value not quoted', 'valore di attributo senza virgolette');
        const close = s.indexOf(q === 34 ? '"' : "'", this.i + 1);
        if (close < 0) throw err(this.i, 'unterminated attribute value', 'valore di attributo non chiuso');
        const value = this.chars(this.i + 1, close, true);
        this.i = close + 1;
        if (aname === 'xmlns' || aname.startsWith('xmlns:')) {
          if (aname === nsAttr) el.ns = value;
          continue;
        }
        const ln = local(aname);
        if (!el.attrs.has(ln)) el.attrs.set(ln, value);
      }
    };
    const push = (par: XmlElement | undefined): void => {
      if (this.depth >= MAX_DEPTH) throw err(this.i, `elements nested deeper than ${MAX_DEPTH}`, `elementi annidati oltre ${MAX_DEPTH} livelli`, 'xml-too-deep');
      const el = openTag(par);
      const qname = qnameRead;
      if (par) par.children.push(el);
      if (selfClosing) {
        if (!par) result = el;
        return;
      }
      this.depth++;
      stack.push({ el, qname, text: '' });
      this.open = el;
    };
    const flush = (top: { el: XmlElement; text: string }): void => {
      if (top.text) {
        top.el.children.push(top.text);
        top.text = '';
      }
    };
    push(parent);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (this.i >= s.length) throw err(this.i, `document ends inside <${top.qname}>`, `il documento termina dentro <${top.qname}>`);
      const c = s.charCodeAt(this.i);
      if (c !== 60) {
        let next = s.indexOf('<', this.i);
        if (next < 0) next = s.length;
        top.text += this.chars(this.i, next, false);
        this.i = next;
        continue;
      }
      if (s.startsWith('</', this.i)) {
        const at = this.i;
        this.i += 2;
        const qname = this.name();
        this.skipSpace();
        if (s.charCodeAt(this.i) !== 62) throw err(this.i, `">" expected in </${qname}>`, `atteso ">" in </${qname}>`);
        this.i++;
        if (qname !== top.qname) throw err(at, `</${qname}> closes <${top.qname}>`, `</${qname}> chiude <${top.qname}>`);
        flush(top);
        stack.pop();
        this.depth--;
        this.open = top.el.parent;
        if (!stack.length) result = top.el;
        continue;
      }
      if (s.startsWith('<!--', this.i)) {
        this.comment();
        continue;
      }
      if (s.startsWith('<![CDATA[', this.i)) {
        const end = s.indexOf(']]>', this.i + 9);
        if (end < 0) throw err(this.i, 'unterminated CDATA section', 'sezione CDATA non chiusa');
        for (let k = this.i + 9; k < end; k++) {
          if (!isXmlChar(s.charCodeAt(k))) throw err(k, 'character not allowed in XML', 'carattere non ammesso in XML');
        }
        top.text += s.slice(this.i + 9, end);
        this.i = end + 3;
        continue;
      }
      if (s.startsWith('<?', this.i)) {
        this.pi(false);
        continue;
      }
      if (s.startsWith('<!', this.i)) {
        if (s.startsWith('<!DOCTYPE', this.i)) throw err(this.i, 'DOCTYPE declarations are refused (no entity expansion)', 'dichiarazione DOCTYPE rifiutata (nessuna espansione di entità)', 'doctype-refused');
        throw err(this.i, 'unexpected markup declaration', 'dichiarazione inattesa');
      }
      flush(top);
      push(top.el);
    }
    return result!;
  }

  /** Character data from `from` to `to` with references decoded; `attr`: normalise whitespace, refuse `<`. */
  private chars(from: number, to: number, attr: boolean): string {
    const s = this.s;
    let out = '';
    let run = from;
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === 38) {
        out += s.slice(run, k);
        const semi = s.indexOf(';', k + 1);
        if (semi < 0 || semi > to || semi - k > 12) throw err(k, '"&" not starting a reference', '"&" non seguito da un riferimento');
        const ref = s.slice(k + 1, semi);
        out += this.reference(ref, k);
        k = semi;
        run = semi + 1;
      } else if (c === 60 && attr) {
        throw err(k, '"<" inside an attribute value', '"<" dentro il valore di un attributo');
      } else if (c === 62 && !attr && k >= from + 2 && s.charCodeAt(k - 1) === 93 && s.charCodeAt(k - 2) === 93) {
        throw err(k - 2, '"]]>" in text', '"]]>" nel testo');
      } else if (c < 32 || c >= 0xfffe) {
        if (!isXmlChar(c)) throw err(k, 'character not allowed in XML', 'carattere non ammesso in XML');
        if (attr && c !== 32) {
          out += s.slice(run, k) + ' ';
          run = k + 1;
        }
      }
    }
    out += s.slice(run, to);
    return out;
  }

  private reference(ref: string, at: number): string {
    switch (ref) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
    }
    if (ref.charCodeAt(0) === 35) {
      const hex = ref.charCodeAt(1) === 120;
      const digits = ref.slice(hex ? 2 : 1);
      let code = 0;
      let ok = digits.length > 0 && digits.length <= 8;
      for (let k = 0; k < digits.length && ok; k++) {
        const d = digits.charCodeAt(k);
        const v = d >= 48 && d <= 57 ? d - 48 : hex && d >= 97 && d <= 102 ? d - 87 : hex && d >= 65 && d <= 70 ? d - 55 : -1;
        if (v < 0) ok = false;
        else code = code * (hex ? 16 : 10) + v;
      }
      if (ok && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && isXmlChar(code)) return String.fromCodePoint(code);
      throw err(at, `invalid character reference &${ref};`, `riferimento a carattere non valido &${ref};`);
    }
    throw err(at, `undefined entity &${ref}; (only the five XML entities are known)`, `entità non definita &${ref}; (sono note solo le cinque entità XML)`);
  }
}

// ───────────── reading helpers ─────────────

/** First child element with this local name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** Child elements with this local name. */
export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** Descends a path of local names, first match at each step (`path(doc, 'recordTarget', 'patientRole')`). */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let e = el;
  for (const n of names) {
    e = child(e, n);
    if (!e) return undefined;
  }
  return e;
}

/** All text below an element, concatenated (no markup). */
export function textOf(el: XmlElement | undefined, max = Infinity): string {
  if (!el) return '';
  const parts: string[] = [];
  let len = 0;
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (len >= max) return;
      if (typeof c === 'string') {
        parts.push(c);
        len += c.length;
      } else walk(c);
    }
  };
  walk(el);
  const t = parts.join('');
  return t.length > max ? t.slice(0, max) : t;
}
