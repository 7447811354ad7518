/**
 * What every line of the clinical picture shares (`clinical.ts`, `medicines.ts`): the document it
 * came from and how old it is, an index of the view's events by id (cached per view), and "now".
 * Pure and DOM-free; reads only an {@link FseView}.
 */
import type { ClinicalEvent, Coding, FseView, FuzzyDate, NationalDocType } from './types.js';

/** One day in ms. */
export const DAY = 86_400_000;

/** What every line of the clinical picture carries: what it stands for, where it came from, how old it is. */
export interface SourcedLine {
  /** Stable within one derivation. */
  id: string;
  /** The events the line stands for (what selecting it selects). */
  eventIds: string[];
  /** The document (a `document` event of the view) the information was read from, when known. */
  documentId?: string;
  /** What kind of document that is. */
  documentType?: NationalDocType;
  /** When the information was recorded: the source document's date, else the event's own. */
  recorded: FuzzyDate;
}

// ───────────────────────────── helpers ─────────────────────────────

/** Events by id, and documents by id, of one view (cached per view). */
interface Index {
  byId: Map<string, ClinicalEvent>;
}
const indexes = new WeakMap<FseView, Index>();
export function indexOf(view: FseView): Index {
  let ix = indexes.get(view);
  if (!ix) {
    const byId = new Map<string, ClinicalEvent>();
    for (const e of view.events) byId.set(e.id, e);
    indexes.set(view, (ix = { byId }));
  }
  return ix;
}

export function sourced(view: FseView, ev: ClinicalEvent, id: string, eventIds: string[] = [ev.id]): SourcedLine {
  const doc = ev.kind === 'document' ? ev : ev.documentId ? indexOf(view).byId.get(ev.documentId) : undefined;
  const line: SourcedLine = { id, eventIds, recorded: doc?.date ?? ev.date };
  if (doc) {
    line.documentId = doc.id;
    if (doc.document) line.documentType = doc.document.nationalType;
  }
  return line;
}

export const newestFirst = (a: SourcedLine, b: SourcedLine): number => b.recorded.start - a.recorded.start || (a.id < b.id ? -1 : 1);

export function codeKey(codes: readonly Coding[]): string | undefined {
  const c = codes[0];
  return c ? `${c.system}|${c.code}` : undefined;
}

/** "Now" for a view: the viewer's, else the clock. */
export function nowOf(view: FseView, now?: number): number {
  return now ?? view.viewer.now ?? Date.now();
}
