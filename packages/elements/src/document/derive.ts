/**
 * What `<fse-document>` shows, derived from the view only: the document, what was read from
 * inside it, lab results with their previous value, the sections a reader looks for first, the
 * linked prescription and what fulfilled it. Nothing here looks outside the view.
 */
import type { ClinicalEvent, Coding, DocumentMeta, DocumentSection, FseView, LabPanel, LabSpecimen, NationalDocType } from '@percorso/model';

export type DocEvent = ClinicalEvent & { document: DocumentMeta };

const LOINC = 'http://loinc.org';

/** Everything the element needs from a view, indexed once per view. */
export interface ViewIndex {
  byId: Map<string, ClinicalEvent>;
  /** Events read from inside each document, in date order. */
  contents: Map<string, ClinicalEvent[]>;
  /** Observations with a value, per analyte key, oldest first. */
  series: Map<string, ClinicalEvent[]>;
  /** Documents per NRE they carry. */
  byNre: Map<string, DocEvent[]>;
  /** Result groups per document, derived once per view (see {@link resultGroupsOf}). */
  groups: Map<string, ResultGroup[]>;
}

/** One index per view object: every element, and every opening of a document, shares it. */
const indexes = new WeakMap<FseView, ViewIndex>();

/** The key that makes two results "the same analyte": the LOINC code, else the local code and unit. */
export function analyteKey(ev: ClinicalEvent): string | undefined {
  const loinc = ev.codes.find((c) => c.system === LOINC);
  if (loinc) return `loinc|${loinc.code}`;
  const local = ev.codes[0];
  if (local) return `${local.system}|${local.code}|${ev.observation?.numeric?.unit ?? ''}`;
  return undefined;
}

export function indexView(view: FseView): ViewIndex {
  let index = indexes.get(view);
  if (!index) indexes.set(view, (index = buildIndex(view)));
  return index;
}

function buildIndex(view: FseView): ViewIndex {
  const byId = new Map<string, ClinicalEvent>();
  const contents = new Map<string, ClinicalEvent[]>();
  const series = new Map<string, ClinicalEvent[]>();
  const byNre = new Map<string, DocEvent[]>();
  for (const ev of view.events) {
    byId.set(ev.id, ev);
    if (ev.documentId) {
      let list = contents.get(ev.documentId);
      if (!list) contents.set(ev.documentId, (list = []));
      list.push(ev);
    }
    if (ev.kind === 'observation' && ev.observation && (ev.observation.value !== undefined || ev.observation.numeric)) {
      const key = analyteKey(ev);
      if (key) {
        let list = series.get(key);
        if (!list) series.set(key, (list = []));
        list.push(ev);
      }
    }
    if (ev.document) {
      for (const nre of ev.document.nre ?? []) {
        let list = byNre.get(nre);
        if (!list) byNre.set(nre, (list = []));
        list.push(ev as DocEvent);
      }
    }
  }
  // view.events are sorted by date already; keep the series so even if a host sorted otherwise.
  for (const list of series.values()) list.sort((a, b) => a.date.start - b.date.start);
  return { byId, contents, series, byNre, groups: new Map() };
}

/** The document with this id in the view, or undefined (never existed, or not visible: the same answer). */
export function findDocument(index: ViewIndex, id: string | undefined): DocEvent | undefined {
  if (!id) return undefined;
  const ev = index.byId.get(id);
  return ev && ev.document ? (ev as DocEvent) : undefined;
}

// ───────────── results ─────────────

export type Flag = 'high' | 'low' | 'critical-high' | 'critical-low' | 'abnormal' | 'normal';

const FLAGS = new Map<string, Flag>([
  ['H', 'high'], ['HU', 'high'], ['>', 'high'], ['HH', 'critical-high'],
  ['L', 'low'], ['LU', 'low'], ['<', 'low'], ['LL', 'critical-low'],
  ['A', 'abnormal'], ['AA', 'abnormal'], ['POS', 'abnormal'], ['DET', 'abnormal'], ['R', 'abnormal'],
  ['N', 'normal'], ['NEG', 'normal'], ['ND', 'normal'], ['S', 'normal'],
]);

/** The flag of a result from its interpretation codes (HL7 v3 ObservationInterpretation). */
export function flagOf(ev: ClinicalEvent): Flag | undefined {
  for (const c of ev.observation?.interpretation ?? []) {
    const f = FLAGS.get(c.code.toUpperCase());
    if (f) return f;
  }
  return undefined;
}

export interface ResultRow {
  ev: ClinicalEvent;
  /** The value as a number with its unit, or as text ("Positivo"). */
  numeric?: { value: number; unit?: string };
  text?: string;
  range?: string;
  flag?: Flag;
  previous?: { ev: ClinicalEvent; direction: 'up' | 'down' | 'same' | 'changed' };
}

/** The latest result of the same analyte before this one, by binary search in its series. */
function previousOf(ev: ClinicalEvent, index: ViewIndex): ClinicalEvent | undefined {
  const key = analyteKey(ev);
  const list = key ? index.series.get(key) : undefined;
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length;
  const t = ev.date.start;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.date.start < t) lo = mid + 1;
    else hi = mid;
  }
  // lo: first with start >= t; the previous is the one before, skipping results of the same document
  for (let i = lo - 1; i >= 0; i--) {
    const p = list[i]!;
    if (p.documentId !== ev.documentId || ev.documentId === undefined) return p;
  }
  return undefined;
}

/** Result rows of a document's observations, in the document's order. */
export function resultRows(contents: readonly ClinicalEvent[], index: ViewIndex): ResultRow[] {
  const rows: ResultRow[] = [];
  for (const ev of contents) {
    if (ev.kind !== 'observation' || !ev.observation) continue;
    const o = ev.observation;
    if (o.value === undefined && !o.numeric) continue;
    const row: ResultRow = { ev };
    if (o.numeric && Number.isFinite(o.numeric.value)) row.numeric = o.numeric;
    else if (o.value !== undefined) row.text = o.value;
    if (o.referenceRange) row.range = o.referenceRange;
    const flag = flagOf(ev);
    if (flag) row.flag = flag;
    const prev = previousOf(ev, index);
    if (prev) {
      const a = prev.observation?.numeric?.value;
      const b = row.numeric?.value;
      const direction = a !== undefined && b !== undefined && Number.isFinite(a) ? (b > a ? 'up' : b < a ? 'down' : 'same') : prev.observation?.value === o.value ? 'same' : 'changed';
      row.previous = { ev: prev, direction };
    }
    rows.push(row);
  }
  return rows;
}

/** Results of one panel on one specimen; `panel` absent: the results no panel groups ("Altri risultati"). */
export interface ResultGroup {
  key: string;
  panel?: LabPanel;
  specimen?: LabSpecimen;
  rows: ResultRow[];
}

/**
 * A document's results grouped by panel and specimen, in the document's order, the results no
 * panel groups last; computed once per document and view (rows with their previous values included).
 */
export function resultGroupsOf(docId: string, index: ViewIndex): ResultGroup[] {
  let groups = index.groups.get(docId);
  if (groups) return groups;
  const byKey = new Map<string, ResultGroup>();
  const other: ResultGroup[] = [];
  for (const row of resultRows(index.contents.get(docId) ?? [], index)) {
    const o = row.ev.observation!;
    const s = o.specimen;
    const key = `${o.panel?.id ?? ''}|${s ? (s.code ? `${s.code.system}|${s.code.code}` : s.name) : ''}`;
    let g = byKey.get(key);
    if (!g) {
      g = { key, rows: [] };
      if (o.panel) g.panel = o.panel;
      if (s) g.specimen = s;
      byKey.set(key, g);
      if (!o.panel) other.push(g);
    }
    g.rows.push(row);
  }
  groups = [...byKey.values()].filter((g) => g.panel).concat(other);
  index.groups.set(docId, groups);
  return groups;
}

/** A range's unit repeated after it ("0–20 mg/L" with unit mg/L) is said once. */
export function rangeWithoutUnit(range: string, unit: string | undefined): string {
  if (unit && range.endsWith(` ${unit}`)) return range.slice(0, -unit.length - 1);
  return range;
}

// ───────────── sections ─────────────

/**
 * The sections a reader looks for first, per national type: LOINC section codes (HL7 Italia
 * templates) and, for documents that carry no code, words of their titles.
 */
const KEY_SECTIONS: Partial<Record<NationalDocType, { codes: string[]; words: RegExp }>> = {
  LDO: { codes: ['11535-2', '10183-2', '18776-5', '29548-5', '55110-1'], words: /diagnosi|terapia (farmacologica )?(alla|di) dimissione|indicazioni|follow|istruzioni|conclusion/i },
  VPS: { codes: ['11301-6', '29548-5', '55110-1', '18776-5', '10183-2'], words: /diagnosi|esito|conclusion|indicazioni|dimissione/i },
  RAD: { codes: ['55110-1', '18782-3', '19005-8'], words: /conclusion|referto|esito|impression/i },
  RSA: { codes: ['55110-1', '29548-5', '18776-5', '62385-0'], words: /conclusion|diagnosi|suggerimenti|indicazioni|terapia/i },
  RAP: { codes: ['22637-3', '55110-1', '22634-0'], words: /diagnosi|conclusion/i },
  PSS: { codes: ['48765-2', '11450-4', '10160-0'], words: /allergi|problem|terapi/i },
  TELEVISITA: { codes: ['55110-1', '29548-5'], words: /conclusion|diagnosi|indicazioni/i },
};

/** Sections split into those a reader looks for first (in the document's order) and the rest. */
export function splitSections(type: NationalDocType, sections: readonly DocumentSection[]): { key: DocumentSection[]; rest: DocumentSection[] } {
  const rule = KEY_SECTIONS[type];
  if (!rule) return { key: [], rest: [...sections] };
  const key: DocumentSection[] = [];
  const rest: DocumentSection[] = [];
  for (const s of sections) {
    const isKey = (s.code && s.code.system === LOINC && rule.codes.includes(s.code.code)) || rule.words.test(s.title);
    (isKey ? key : rest).push(s);
  }
  return { key, rest };
}

// ───────────── codes in words ─────────────

/**
 * A title without the raw codes a citizen cannot read: "(89.01)", "[2345-7]", "ICD9CM 250.00",
 * a leading "89.7 - ".
 */
export function withoutCodes(title: string): string {
  const t = title
    .replace(/\s*[([]\s*(?:[A-Z]{1,3}\s*)?[0-9][0-9A-Z]*(?:[.-][0-9A-Z]+)*\s*[)\]]/g, '')
    .replace(/^\s*[0-9]{2}(?:\.[0-9]{1,2})+\s*[-–:]\s*/, '')
    .replace(/\b(?:ICD-?9(?:-?CM)?|ATC|LOINC)\s*[:]?\s*[0-9A-Z][0-9A-Z.-]*/gi, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return t || title;
}

/** The words of the first coding that has them. */
export function wordsOf(codes: readonly Coding[]): string | undefined {
  return codes.find((c) => c.display?.trim())?.display?.trim();
}

// ───────────── links between documents ─────────────

const PRESCRIPTIONS = new Set<NationalDocType>(['PRESC_FARM', 'PRESC_SPEC']);

/** The prescriptions (in the view) whose NRE this document answers. */
export function prescriptionsOf(doc: DocEvent, index: ViewIndex): { nre: string; prescription?: DocEvent }[] {
  if (PRESCRIPTIONS.has(doc.document.nationalType)) return [];
  return (doc.document.nre ?? []).map((nre) => {
    const p = (index.byNre.get(nre) ?? []).find((d) => d.id !== doc.id && PRESCRIPTIONS.has(d.document.nationalType));
    return p ? { nre, prescription: p } : { nre };
  });
}

/** What fulfilled a prescription (dispensations, provided services, reports), from the view. */
export function fulfilmentsOf(doc: DocEvent, index: ViewIndex): DocEvent[] {
  if (!PRESCRIPTIONS.has(doc.document.nationalType)) return [];
  const out: DocEvent[] = [];
  for (const nre of doc.document.nre ?? []) {
    for (const d of index.byNre.get(nre) ?? []) {
      if (d.id !== doc.id && !PRESCRIPTIONS.has(d.document.nationalType) && !out.includes(d)) out.push(d);
    }
  }
  return out.sort((a, b) => a.date.start - b.date.start);
}

/** A file name for the original: type and date, no personal data (`referto-di-laboratorio-2022-03-24.pdf`). */
export function fileNameOf(typeName: string, iso: string, mimeType: string): string {
  const slug = typeName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const date = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(iso)?.[0] ?? '';
  const ext = EXTENSIONS[mimeType.toLowerCase().split(';')[0]!.trim()] ?? 'bin';
  return `${slug || 'documento'}${date ? `-${date}` : ''}.${ext}`;
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'text/x-cda-r2+xml': 'xml',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/fhir+json': 'json',
  'application/json': 'json',
  'application/fhir+xml': 'xml',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'text/plain': 'txt',
};
