/**
 * `fromFhir`: FHIR R4 (gateway transaction Bundles, regional searchset/collection/document
 * Bundles, arrays, several bundles of one patient) → one {@link FseRecord}, with every problem
 * reported as an {@link Issue}. The encoding read is `packages/model/FHIR.md`.
 *
 * Passes: (1) walk + index every resource once (collect.ts); (2) patients: pick the record's
 * person, merge their Patient resources, set the others aside (patients.ts); (3) documents:
 * Compositions and DocumentReferences, membership of every other resource (documents.ts);
 * (4) every resource once, by type (readers.ts: one file per family — encounters, conditions,
 * observations, medications, appointments, consents, delegations, access log); (5) care paths
 * (care-plans.ts) and consultation consents; (6) undated events, links, sort (below).
 * The state they share and their common helpers are in reader.ts.
 */
import { dayOf } from '../dates.js';
import type { ClinicalEvent, DocumentMeta, FromFhirOptions, FromFhirResult, FseRecord } from '../types.js';
import { readCarePlans } from './care-plans.js';
import { finishConsents } from './consents.js';
import { readDocuments } from './documents.js';
import type { Json } from './json.js';
import { finishPanels } from './labs.js';
import { readPatients } from './patients.js';
import { PENDING_DATE, Reader, type Doc } from './reader.js';
import { readResources, reportUnused } from './readers.js';
import { settleSubjects } from './subjects.js';

/** Thrown only when the input is not an object or an array at all. */
export class FhirInputError extends TypeError {
  override name = 'FhirInputError';
  constructor(readonly received: string) {
    super(`fromFhir expects a FHIR resource, Bundle or array of them (JSON object or array), received ${received}`);
  }
}

/** Reads FHIR R4 into the normalised model. Throws only {@link FhirInputError}. */
export function fromFhir(input: unknown, options: FromFhirOptions = {}): FromFhirResult {
  if (typeof input !== 'object' || input === null) {
    throw new FhirInputError(input === null ? 'null' : typeof input);
  }
  const rd = new Reader(options ?? {});
  rd.index.walk(input as Json | unknown[]);
  readPatients(rd);
  readDocuments(rd);
  readResources(rd);
  readCarePlans(rd);
  finishConsents(rd);
  reportUnused(rd);
  finish(rd);
  const record: FseRecord = {
    patient: rd.patient,
    events: rd.events,
    carePaths: rd.carePaths,
    consents: rd.consents,
    delegations: rd.delegations,
    accessLog: rd.accessLog,
    timeZone: rd.tz,
  };
  settleSubjects(rd.issues, rd.index, record, rd.otherPatients);
  return { record, issues: rd.issues.list, otherPatients: rd.otherPatients };
}

function finish(rd: Reader): void {
  // Undated events: their document's date, else marked undated (reported; see ClinicalEvent.undated).
  if (rd.undated.length) {
    // The place of an undated event never comes from another event: the record's first date could
    // be a hidden document's, and would reach views that may not see it (issue 8 §1).
    const place = dayOf(rd.now, rd.tz);
    for (const { ev, res } of rd.undated) {
      const doc = res.doc as Doc | undefined;
      const docDate = doc && doc.ev.date !== PENDING_DATE ? doc.ev.date : undefined;
      if (docDate) {
        ev.date = docDate;
        rd.issues.add('date-from-document', res.loc, undefined, {}, [ev.id]);
      } else {
        // a place in the sorted list only, marked so that nothing shows it as the event's date
        ev.date = place;
        ev.undated = true;
        rd.issues.add('undated', res.loc, undefined, {}, [ev.id]);
      }
    }
  }
  finishPanels(rd);
  for (const { encounter, coding } of rd.triage) {
    const enc = encounter.ev as ClinicalEvent | undefined;
    if (enc?.encounter && !enc.encounter.priority) enc.encounter.priority = coding;
  }
  // Unmapped explicit body sites stay as codes of the event (bodyRegionsOf can map them).
  for (const { ev, coding } of rd.pendingSites) if (!ev.codes.some((c) => c.system === coding.system && c.code === coding.code)) ev.codes.push(coding);
  rd.events.sort((a, b) => a.date.start - b.date.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const docById = new Map<string, DocumentMeta>();
  for (const d of rd.docs) if (!d.excluded) docById.set(d.ev.id, d.meta);
  for (const ev of rd.events) {
    if (ev.documentId) docById.get(ev.documentId)?.eventIds.push(ev.id);
  }
}
