/**
 * One number for one thing: what a view holds, counted once, with the words every element uses
 * for it (issue 11 §3). The journey's header, the body map, the consent panel and the timeline
 * read these numbers instead of counting on their own.
 *
 * - **documents** ("documenti"): the documents of the view (`kind: 'document'`).
 * - **events** ("eventi"): what the record lists one by one — every document, and every event that
 *   was not read from inside a document of the view (a visit, a booking, a prescription sent on its
 *   own, a note of the Taccuino). These are the {@link itemsOf items} the body map places and the
 *   timeline draws. Documents are events too: `events ≥ documents`.
 * - **inside** ("voci dentro i documenti"): the events read from inside those documents that a reader
 *   finds as items when opening them ({@link isDocumentItem}: the results of a lab report, the
 *   diagnoses of a discharge letter, its medicines): never counted as events of their own.
 *   Decided (issue 11 §3, issue 9): a lab **panel** — a DiagnosticReport or panel Observation inside
 *   a lab document that groups results, with no value of its own — is NOT an item: `<fse-document>`
 *   shows it as the heading of its results, and "Contiene 13 voci" must promise the 13 results a
 *   person will read, not 13 plus the headings over them. The same holds for anything else inside a
 *   document that the document does not list (an observation without a value, a device, a family
 *   history): it stays a member of its document (itemsOf), but is no "voce".
 * - **carePaths** ("percorsi di cura"): the care paths of the view, counted apart from events.
 * - **undated**: events (as above) the source gives no date for (`ClinicalEvent.undated`).
 *
 * Everything comes from the view only: what the viewer may not see is not in it, so no count
 * changes because of it.
 */
import type { ClinicalEvent, FseView } from './types.js';

/** An item of a view: a document or a stand-alone event, with the events read from inside it. */
export interface ViewItem {
  item: ClinicalEvent;
  /** Events read from inside the item (a document's results, diagnoses, medicines). */
  members: ClinicalEvent[];
}

/** The counts of a view, in the words elements show (see the module's notes). */
export interface ViewCounts {
  documents: number;
  events: number;
  inside: number;
  carePaths: number;
  undated: number;
}

/**
 * The items of a view — its documents and the events not read from inside a document of the view —
 * each with the events read from inside it, keyed by the item's id, in the view's order. An event
 * belongs to a document when the document lists it (`document.eventIds`) or it names the document
 * (`documentId`); an event whose document is not in the view is an item of its own.
 */
export function itemsOf(view: Pick<FseView, 'events'>): Map<string, ViewItem> {
  const events = Array.isArray(view.events) ? view.events : [];
  const ids = new Set(events.map((e) => e.id));
  const items = new Map<string, ViewItem>();
  const parentOf = new Map<string, string>();
  for (const e of events) {
    if (e.kind === 'document') for (const m of e.document?.eventIds ?? []) if (m !== e.id && ids.has(m)) parentOf.set(m, e.id);
  }
  for (const e of events) {
    if (e.documentId && e.documentId !== e.id && ids.has(e.documentId) && !parentOf.has(e.id)) parentOf.set(e.id, e.documentId);
  }
  for (const e of events) if (!parentOf.has(e.id)) items.set(e.id, { item: e, members: [] });
  for (const e of events) {
    // A member of a member (should not happen) climbs to the outermost item.
    let p = parentOf.get(e.id);
    const seen = new Set<string>([e.id]);
    while (p && parentOf.has(p) && !seen.has(p)) {
      seen.add(p);
      p = parentOf.get(p);
    }
    const holder = p ? items.get(p) : undefined;
    if (holder) holder.members.push(e);
    else if (p) items.set(e.id, { item: e, members: [] }); // a cycle: count it alone
  }
  return items;
}

/** Kinds `<fse-document>` lists as items of their document (results apart: see {@link isDocumentItem}). */
const LISTED_KINDS: ReadonlySet<ClinicalEvent['kind']> = new Set(['condition', 'medication', 'vaccination', 'procedure', 'appointment', 'encounter']);

/**
 * Whether an event read from inside a document is one of the document's items — what a person reads
 * as a line of it when opening it: a result with a value (a row of the results table), a diagnosis or
 * allergy, a medicine, a vaccine dose, a procedure, a booking, a stay or visit. A lab panel (results
 * grouped under it, no value of its own) is a heading, not an item. The one rule for "voci": counts,
 * the timeline's "Contiene N voci" and `<fse-document>`'s lists agree through it.
 */
export function isDocumentItem(ev: ClinicalEvent): boolean {
  if (ev.kind === 'observation') return !!ev.observation && (ev.observation.value !== undefined || ev.observation.numeric !== undefined);
  return LISTED_KINDS.has(ev.kind);
}

const cache = new WeakMap<object, ViewCounts>();

/** The counts of a view (computed once per view object). */
export function countsFor(view: Pick<FseView, 'events' | 'carePaths'>): ViewCounts {
  const hit = cache.get(view);
  if (hit) return hit;
  const items = itemsOf(view);
  let documents = 0;
  let inside = 0;
  let undated = 0;
  for (const { item, members } of items.values()) {
    if (item.kind === 'document') documents++;
    if (item.undated) undated++;
    // a document read from inside another (should not happen) is still a document, not an inner voice
    for (const m of members) {
      if (m.kind === 'document') documents++;
      else if (isDocumentItem(m)) inside++;
    }
  }
  const counts: ViewCounts = { documents, events: items.size, inside, carePaths: Array.isArray(view.carePaths) ? view.carePaths.length : 0, undated };
  cache.set(view, counts);
  return counts;
}
