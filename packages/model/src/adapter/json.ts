/**
 * Defensive readers for untrusted JSON: every FHIR field may be missing, of another type, huge or
 * hostile. Nothing here throws, and no table is an object literal indexed by input (no
 * `__proto__` surprises): tables are Maps.
 */

export type Json = Record<string, unknown>;

/** Longest string kept from the input in a title, name or code; longer values are cut (and reported by the caller). */
export const MAX_TEXT = 4_096;
/** Longest narrative text kept for a section or note. */
export const MAX_NARRATIVE = 200_000;

export function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

const EMPTY: readonly unknown[] = Object.freeze([]);

export function arr(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : EMPTY;
}

/** A non-empty trimmed string, cut at `max` characters; else undefined. */
export function str(v: unknown, max = MAX_TEXT): string | undefined {
  if (typeof v !== 'string') return undefined;
  if (v.length > max) v = v.slice(0, max);
  const t = (v as string).trim();
  return t.length ? t : undefined;
}

/** The JSON type of a value as a person reading the input would name it: `array`, `null`, `object`, `string`… */
export function jsonType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/**
 * Whether a string is a placeholder left from a template or an example file rather than a value:
 * `@NRE@`, `@NOME_STRUTTURA@`, `[NRE]`, `${codice}`, `{{org}}`: a token wholly wrapped in @…@, […],
 * ${…} or {{…}} with no space inside.
 */
export function isPlaceholder(s: string): boolean {
  const t = s.trim();
  const n = t.length;
  if (n < 3 || /\s/.test(t)) return false;
  const a = t.charCodeAt(0);
  const z = t.charCodeAt(n - 1);
  if (a === 64 /* @ */ && z === 64) return true;
  if (a === 91 /* [ */ && z === 93 /* ] */) return true;
  if (t.startsWith('${') && z === 125 /* } */) return true;
  return t.startsWith('{{') && t.endsWith('}}');
}

/** A finite number (FHIR decimals arrive as JSON numbers). */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A short, safe description of any input value for a message: never throws (cycles, null prototypes, symbols). */
export function describe(v: unknown, max = 60): string {
  switch (typeof v) {
    case 'string':
      return v.length > max ? `${v.slice(0, max)}…` : v;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(v);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'symbol';
    case 'function':
      return 'function';
    default:
      return v === null ? 'null' : Array.isArray(v) ? `array(${v.length})` : 'object';
  }
}

/**
 * A JSON path node, built as the input is walked and turned into a string only when an issue
 * needs it (`$[1].entry[3].resource`).
 */
export class Loc {
  /**
   * What the JSON at this node is, when it is one thing of the input (the index sets it to the
   * resource it found here): an issue raised at this node or below is about it.
   */
  owner?: object;
  constructor(
    readonly parent: Loc | undefined,
    readonly key: string | number,
  ) {}
  child(key: string | number): Loc {
    return new Loc(this, key);
  }
  /** The owner of this node or of the nearest node above it that has one. */
  ownerOf(): object | undefined {
    return this.owner ?? this.parent?.ownerOf();
  }
  toString(): string {
    const parts: (string | number)[] = [];
    parts.push(this.key);
    for (let l = this.parent; l; l = l.parent) parts.push(l.key);
    let out = '';
    for (let i = parts.length - 1; i >= 0; i--) {
      const k = parts[i]!;
      if (typeof k === 'number') out += `[${k}]`;
      else if (out === '' && k === '$') out = '$';
      else if (k.startsWith('[') || k.startsWith('.')) out += k;
      else out += `.${k}`;
    }
    return out;
  }
  /** The path of a field below this node: `field` may be a dotted/bracketed tail (`code.coding[0]`). */
  at(field?: string): string {
    const base = this.toString();
    if (!field) return base;
    return field.startsWith('[') ? base + field : `${base}.${field}`;
  }
}

/** Plain text of an XHTML narrative: tags dropped, block ends as line breaks, entities decoded. Linear, no regexes. */
export function xhtmlToText(div: string, max = MAX_NARRATIVE): string {
  const s = div.length > max * 4 ? div.slice(0, max * 4) : div;
  let out = '';
  let i = 0;
  const n = s.length;
  let skipUntil = ''; // inside <script>/<style>
  while (i < n && out.length < max) {
    const c = s.charCodeAt(i);
    if (c === 60 /* < */) {
      const close = s.indexOf('>', i + 1);
      if (close < 0) break;
      let j = i + 1;
      const closing = s.charCodeAt(j) === 47;
      if (closing) j++;
      let name = '';
      while (j < close) {
        const ch = s.charCodeAt(j);
        if (ch === 32 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
        name += s[j];
        j++;
      }
      name = name.toLowerCase();
      const colon = name.indexOf(':');
      if (colon >= 0) name = name.slice(colon + 1);
      if (skipUntil) {
        if (closing && name === skipUntil) skipUntil = '';
        i = close + 1;
        continue;
      }
      if (!closing && (name === 'script' || name === 'style') && s.charCodeAt(close - 1) !== 47) skipUntil = name;
      else if (name === 'br' || name === 'p' || name === 'div' || name === 'li' || name === 'tr' || name === 'table' || name === 'ul' || name === 'ol' || name === 'h1' || name === 'h2' || name === 'h3' || name === 'h4' || name === 'h5' || name === 'h6' || name === 'thead' || name === 'tbody' || name === 'caption') out += '\n';
      else if ((name === 'td' || name === 'th') && closing) out += '\t';
      i = close + 1;
      continue;
    }
    if (skipUntil) {
      i++;
      continue;
    }
    if (c === 38 /* & */) {
      // look for the ';' within 10 characters only: a text full of '&' stays linear
      let semi = -1;
      for (let k = i + 1; k < n && k <= i + 10; k++) {
        if (s.charCodeAt(k) === 59) {
          semi = k;
          break;
        }
      }
      if (semi > 0) {
        const ent = s.slice(i + 1, semi);
        const dec = decodeEntity(ent);
        if (dec !== undefined) {
          out += dec;
          i = semi + 1;
          continue;
        }
      }
    }
    out += s[i];
    i++;
  }
  return tidy(out).slice(0, max);
}

function decodeEntity(ent: string): string | undefined {
  switch (ent) {
    case 'amp': return '&';
    case 'lt': return '<';
    case 'gt': return '>';
    case 'quot': return '"';
    case 'apos': return "'";
    case 'nbsp': return ' ';
    case 'egrave': return 'è';
    case 'eacute': return 'é';
    case 'agrave': return 'à';
    case 'ograve': return 'ò';
    case 'ugrave': return 'ù';
    case 'igrave': return 'ì';
    case 'deg': return '°';
  }
  if (ent.charCodeAt(0) === 35 /* # */) {
    const hex = ent.charCodeAt(1) === 120 || ent.charCodeAt(1) === 88;
    const code = parseInt(ent.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
  }
  return undefined;
}

/** Collapse runs of spaces/tabs, trim lines, drop empty lines. */
function tidy(s: string): string {
  const lines = s.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    let l = '';
    let space = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line.charCodeAt(i);
      if (ch === 32 || ch === 9 || ch === 13 || ch === 160) space = l.length > 0;
      else {
        if (space) l += ' ';
        space = false;
        l += line[i];
      }
    }
    if (l) out.push(l);
  }
  return out.join('\n');
}
