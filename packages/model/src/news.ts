/**
 * "Novità": what changed in the record since the citizen's last visit (the host passes the date).
 * Computed once, from the view only — so nothing hidden from the viewer can appear — as four
 * kinds, the ones regional portals notify (e.g. Lombardia's notification preferences):
 * - `document`: a document that reached the record since then (its creation time, else its date),
 *   prescriptions apart;
 * - `prescription`: a prescription (farmaceutica or specialistica) ready since then;
 * - `booking`: a booked appointment dated after the last visit (the record has no booking time);
 * - `access`: an access to the record since then by someone who had never accessed it before.
 */
import type { AccessLogEntry, ClinicalEvent, FseView } from './types.js';

export type NewsKind = 'document' | 'prescription' | 'booking' | 'access';
export const NEWS_KINDS: readonly NewsKind[] = ['document', 'prescription', 'booking', 'access'];

export interface NewsItem {
  kind: NewsKind;
  /** The event's id, or the access log entry's. */
  id: string;
  /** When it happened (epoch ms): the document's creation, the appointment, the access. */
  at: number;
  /** The document's or the booking's title; for an access, who (name, else role code). */
  title: string;
  /** For an access: the documents read that this view holds, and whether it was an emergency access. */
  documentIds?: string[];
  emergency?: boolean;
}

export interface News {
  since: number;
  /** Newest first. */
  items: NewsItem[];
  count: Record<NewsKind, number>;
}

const PRESCRIPTIONS = new Set(['PRESC_FARM', 'PRESC_SPEC']);

function actorKey(a: AccessLogEntry): string {
  const x = a.actor;
  return [x.id ?? '', x.name?.trim().toLowerCase() ?? '', x.role ?? '', x.organization?.name?.trim().toLowerCase() ?? ''].join('|');
}

function documentItem(e: ClinicalEvent, since: number): NewsItem | undefined {
  if (e.kind !== 'document' || !e.document || e.undated) return undefined;
  const at = e.document.creationTime?.start ?? e.date.start;
  if (!(at >= since)) return undefined;
  return { kind: PRESCRIPTIONS.has(e.document.nationalType) ? 'prescription' : 'document', id: e.id, at, title: e.title };
}

/** What is new in `view` since `since` (epoch ms), newest first. Pure: reads only the view. */
export function newsSince(view: FseView, since: number): News {
  const items: NewsItem[] = [];
  const held = new Set(view.events.map((e) => e.id));
  for (const e of view.events) {
    const d = documentItem(e, since);
    if (d) items.push(d);
    else if (e.kind === 'appointment' && e.booking?.status === 'booked' && !e.undated && e.date.start >= since)
      items.push({ kind: 'booking', id: e.id, at: e.date.start, title: e.title });
  }
  const before = new Set<string>();
  const log = [...(view.accessLog ?? [])].sort((a, b) => a.at.start - b.at.start);
  for (const a of log) if (a.at.start < since) before.add(actorKey(a));
  const seen = new Set<string>();
  for (const a of log) {
    if (a.at.start < since || a.actor.role === 'ASS') continue;
    const key = actorKey(a);
    if (before.has(key) || seen.has(key)) continue;
    seen.add(key);
    items.push({
      kind: 'access',
      id: a.id,
      at: a.at.start,
      title: a.actor.name ?? a.actor.role ?? '',
      documentIds: a.documentIds.filter((id) => held.has(id)),
      emergency: a.emergency,
    });
  }
  items.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const count = { document: 0, prescription: 0, booking: 0, access: 0 } as Record<NewsKind, number>;
  for (const i of items) count[i.kind]++;
  return { since, items, count };
}
