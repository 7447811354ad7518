/**
 * What each issue of `fromFhir` is about, decided once the record is built: every model object
 * the issue concerns, so that `viewFor` can drop it whenever any of them is hidden (issue 8 §1).
 *
 * An issue is raised in a resource (the owner of its location, see {@link IssueLog}); the model
 * objects a resource stands for are
 * - the objects read from it: those whose `source` names it (an event, a care path, a consent, a
 *   delegation, an access-log row, the patient — a document's event names both its Composition
 *   and its DocumentReference, so an issue in either concerns the document);
 * - the document it belongs to (a resource of a document Bundle, or listed in its sections);
 * - for a duplicate, also what the copy it repeats stands for;
 * - for a lookup (Practitioner, Organization, Medication… which give no object of their own),
 *   what every resource that refers to it stands for.
 * The documents obscured along with those (the NRE cascade, `cascade.ts`) are hidden by `viewFor`
 * whenever the named ones are, so naming the event and its document is enough.
 */
import type { FseRecord, Patient, SourceRef } from '../types.js';
import type { Index, Res } from './collect.js';
import type { IssueLog } from './issues.js';
import type { Doc } from './reader.js';

export function settleSubjects(issues: IssueLog, index: Index, record: FseRecord, otherPatients: readonly Patient[]): void {
  const bySource = new Map<string, string[]>();
  const note = (o: { id: string; source?: readonly SourceRef[] } | undefined) => {
    if (!o) return;
    for (const s of o.source ?? []) {
      if (s.kind !== 'fhir') continue;
      const list = bySource.get(s.ref);
      if (!list) bySource.set(s.ref, [o.id]);
      else if (!list.includes(o.id)) list.push(o.id);
    }
  };
  note(record.patient);
  for (const p of otherPatients) note(p);
  for (const e of record.events) note(e);
  for (const c of record.carePaths) note(c);
  for (const c of record.consents) note(c);
  for (const d of record.delegations) note(d);
  for (const a of record.accessLog) note(a);

  const gather = (res: Res, out: Set<string>, seen: Set<Res>): void => {
    if (seen.has(res)) return;
    seen.add(res);
    const own = bySource.get(res.key);
    if (own) for (const id of own) out.add(id);
    const doc = res.doc as Doc | undefined;
    if (doc) out.add(doc.ev.id);
    const first = res.duplicateOf;
    if (first) gather(first, out, seen);
    else if (!own && res.users) for (const u of res.users) gather(u, out, seen);
  };
  const memo = new Map<Res, readonly string[]>();
  const objectsOf = (res: Res): readonly string[] => {
    let got = memo.get(res);
    if (!got) {
      const out = new Set<string>();
      gather(res, out, new Set());
      memo.set(res, (got = [...out]));
    }
    return got;
  };
  issues.settle(objectsOf, (id) => index.byKey.get(id));
}
