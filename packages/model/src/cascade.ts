/**
 * The obscuring cascade ("catena dell'oscuramento"): what is obscured along with a document.
 *
 * Obscuring a prescription also obscures the documents linked to it — the reports, dispensations
 * and specialist services that fulfil it (Regione Basilicata, https://www.salute.basilicata.it/?p=35299,
 * cited in `shared/domain/fse-2.0.md` §3.2; DPCM 178/2015 art. 8 c.2 asks that nobody can infer
 * that hidden data exist, and a report of a hidden prescription would tell). The link is the NRE
 * (numero di ricetta elettronica, OIDs 2.16.840.1.113883.2.9.4.3.8 / 4.3.9, XDS referenceIdList),
 * kept in `DocumentMeta.nre` and `MedicationDetail.nre` (FHIR.md).
 *
 * The rule, applied transitively:
 * - a hidden document hides every event read from inside it (`documentId`);
 * - a hidden *prescription* — a PRESC_FARM / PRESC_SPEC document (its `document.nre`), or a
 *   medication event of kind `prescription` (its `medication.nre`), standalone or read from a
 *   hidden document — hides every document that carries one of its NREs in `document.nre`, and
 *   every medication event with that `medication.nre` (a dispensation known without its document);
 * - a hidden report, dispensation or visit does not cascade: the NRE it carries is the one it
 *   fulfils, and obscuring it leaves the prescription and its other reports alone.
 */
import type { ClinicalEvent } from './types.js';

/** NREs are compared without spaces and case (`080A1 23456789` = `080a123456789`). */
export function normaliseNre(nre: string): string {
  return nre.replace(/\s+/g, '').toUpperCase();
}

const PRESCRIPTION_DOCS = new Set(['PRESC_FARM', 'PRESC_SPEC']);

/** The NREs a hidden event issues, i.e. that its obscuring extends to. */
export function issuedNres(e: ClinicalEvent): string[] {
  if (e.kind === 'document' && e.document && PRESCRIPTION_DOCS.has(e.document.nationalType)) {
    return Array.isArray(e.document.nre) ? e.document.nre.filter((n) => typeof n === 'string') : [];
  }
  if (e.kind === 'medication' && e.medication?.kind === 'prescription' && typeof e.medication.nre === 'string') {
    return [e.medication.nre];
  }
  return [];
}

/** Indexes of a record's events for the cascade: contents of each document, carriers of each NRE. */
export interface CascadeIndex {
  /** Document id → the events read from inside it. */
  contents: Map<string, ClinicalEvent[]>;
  /** Normalised NRE → the documents and medication events that carry it. */
  byNre: Map<string, ClinicalEvent[]>;
}

export function emptyCascadeIndex(): CascadeIndex {
  return { contents: new Map(), byNre: new Map() };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds one event to the index (viewFor does this in its single pass over the events). */
export function indexForCascade(index: CascadeIndex, e: ClinicalEvent): void {
  if (typeof e.documentId === 'string') push(index.contents, e.documentId, e);
  if (e.kind === 'document' && Array.isArray(e.document?.nre)) {
    for (const n of e.document.nre) if (typeof n === 'string' && n) push(index.byNre, normaliseNre(n), e);
  }
  if (e.kind === 'medication' && typeof e.medication?.nre === 'string' && e.medication.nre) {
    push(index.byNre, normaliseNre(e.medication.nre), e);
  }
}

/**
 * Closes `hidden` under the cascade, starting from `seeds` (events already in `hidden`).
 * Returns the events added.
 */
export function closeCascade(seeds: readonly ClinicalEvent[], index: CascadeIndex, hidden: Set<string>): ClinicalEvent[] {
  const added: ClinicalEvent[] = [];
  const doneNre = new Set<string>();
  const queue = seeds.slice();
  const add = (e: ClinicalEvent): void => {
    if (hidden.has(e.id)) return;
    hidden.add(e.id);
    added.push(e);
    queue.push(e);
  };
  while (queue.length > 0) {
    const e = queue.pop()!;
    const inside = index.contents.get(e.id);
    if (inside) for (const c of inside) add(c);
    for (const raw of issuedNres(e)) {
      const n = normaliseNre(raw);
      if (doneNre.has(n)) continue;
      doneNre.add(n);
      const carriers = index.byNre.get(n);
      if (carriers) for (const c of carriers) add(c);
    }
  }
  return added;
}

/**
 * The ids of the other events obscured along with `documentId`: the documents (and the
 * standalone medication events) linked to it by NRE, transitively, in record order. Events read
 * from inside those documents are not listed: they follow their document. `[]` when the
 * document is not a prescription or nothing carries its NREs. The consent panel shows this as
 * the cascade warning; `viewFor` applies it.
 */
export function obscuringCascade(events: readonly ClinicalEvent[], documentId: string): string[] {
  const index = emptyCascadeIndex();
  let source: ClinicalEvent | undefined;
  for (const e of events) {
    if (!e || typeof e.id !== 'string') continue;
    indexForCascade(index, e);
    if (e.id === documentId) source = e;
  }
  if (!source) return [];
  const hidden = new Set<string>([source.id]);
  closeCascade([source], index, hidden);
  const out: string[] = [];
  for (const e of events) {
    if (!e || e.id === documentId || !hidden.has(e.id)) continue;
    if (e.kind !== 'document' && typeof e.documentId === 'string' && hidden.has(e.documentId)) continue;
    out.push(e.id);
  }
  return out;
}
