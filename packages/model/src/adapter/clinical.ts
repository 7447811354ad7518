/**
 * The frame every clinical resource is read in (Encounter, Observation, MedicationRequest…):
 * one event with its codes, status, dates, author, encounter and privacy (its own and its
 * document's). What is particular to a resource type is a {@link ClinicalReader} in that
 * family's file, listed in readers.ts.
 */
import type { ClinicalEvent, Coding, EventKind, FuzzyDate } from '../types.js';
import type { Res } from './collect.js';
import { arr, isObj, obj, str, type Json } from './json.js';
import { mergePrivacy, readPrivacy } from './privacy.js';
import type { Doc, Reader } from './reader.js';

/**
 * How one FHIR resource type becomes a clinical event. To read a new type, write its reader in
 * the file of its family (or a new file) and list it in `CLINICAL_READERS` (readers.ts).
 *
 * @example
 * export const SPECIMEN: ClinicalReader = {
 *   kind: 'observation',
 *   title: 'Campione',
 *   read(x) {
 *     x.dateFrom('receivedTime');
 *     x.rd.bodySites(x.res, x.ev, obj(x.r.collection)?.bodySite, 'collection.bodySite');
 *   },
 * };
 */
export interface ClinicalReader {
  /** The kind of event (a reader may change `x.ev.kind` for one resource, e.g. imaging reports). */
  kind: EventKind;
  /** Title when the resource has no text of its own (Italian, as shown to a citizen). */
  title: string;
  /** Field holding the main code (default `code`); `serviceType` is a list (first element). */
  codeField?: 'code' | 'vaccineCode' | 'medicationCodeableConcept' | 'serviceType' | 'type';
  /** Reads what is particular to the type into `x` (dates with `x.dateFrom` / `x.periodFrom`). */
  read(x: Draft): void;
  /** Called when the resource names its encounter (ER triage gives the visit its priority). */
  withEncounter?(x: Draft, encounter: Res): void;
}

/** A clinical event being read: the resource, the event, and the dates and title found so far. */
export class Draft {
  readonly r: Json;
  title: string | undefined;
  date: FuzzyDate | undefined;
  end: FuzzyDate | undefined;

  constructor(
    readonly rd: Reader,
    readonly res: Res,
    readonly ev: ClinicalEvent,
    /** The main codes (the event's codes unless the reader replaces them). */
    readonly codes: Coding[],
    readonly status: string | undefined,
    readonly doc: Doc | undefined,
  ) {
    this.r = res.r;
  }

  /** The date in `field`, unless a date was already found. */
  dateFrom(field: string): void {
    if (this.date || this.r[field] === undefined) return;
    this.date = this.rd.ctx.date(this.res, this.r[field], field);
  }

  /** The period in `field`: its start (unless a date was found), its end. */
  periodFrom(field: string): void {
    const p = this.rd.ctx.period(this.res, this.r[field], field);
    if (p) {
      this.date ??= p.start ?? undefined;
      if (p.end) this.end = p.end;
      if (!p.start && p.end) this.date = p.end;
    }
  }
}

/** Resources of types no reader knows: best effort on the usual date fields. */
export const UNCLASSIFIED: ClinicalReader = {
  kind: 'other',
  title: '',
  read(x) {
    for (const f of ['effectiveDateTime', 'occurrenceDateTime', 'performedDateTime', 'date', 'authoredOn', 'recordedDate', 'issued', 'created']) x.dateFrom(f);
    for (const f of ['effectivePeriod', 'occurrencePeriod', 'performedPeriod', 'period']) if (!x.date && x.r[f] !== undefined) x.periodFrom(f);
    x.title ??= x.rd.ctx.text(x.r.type) ?? str(x.r.title) ?? str(x.r.description);
  },
};

/** Reads one clinical resource into an event with `reader` (`undefined`: a type no reader knows, reported). */
export function readClinical(rd: Reader, res: Res, doc: Doc | undefined, reader: ClinicalReader | undefined): void {
  const r = res.r;
  const type = res.type;
  if (!reader) rd.issues.add('unclassified-resource', res.loc, undefined, { type }, [res.key]);
  const spec = reader ?? UNCLASSIFIED;
  // An unknown type named Medication… keeps its medicine in medicationCodeableConcept, as the others.
  const codeField = spec.codeField ?? (!reader && type.startsWith('Medication') ? 'medicationCodeableConcept' : 'code');
  const mainCode = codeField === 'serviceType' ? arr(r.serviceType)[0] : r[codeField];
  const codes = codeField === 'serviceType' ? rd.ctx.codingsOf(r.serviceType) : rd.ctx.codings(mainCode, res, codeField);
  const ev = rd.newEvent(res, spec.kind, '', undefined);
  ev.codes = codes;
  const status = str(r.status, 64);
  if (status) ev.status = status;
  const x = new Draft(rd, res, ev, codes, status, doc);
  x.title = rd.ctx.text(mainCode);
  spec.read(x);

  if (!ev.author && r.recorder !== undefined) ev.author = rd.ctx.actor(rd.ctx.ref(res, r.recorder, 'recorder'));
  if (!ev.author) delete ev.author;
  ev.title = x.title ?? (spec.title || type);
  const encRes = r.encounter !== undefined ? rd.ctx.ref(res, r.encounter, 'encounter') : r.context !== undefined && isObj(r.context) && typeof r.context.reference === 'string' ? rd.ctx.ref(res, r.context, 'context') : undefined;
  if (encRes && encRes.type === 'Encounter') {
    ev.encounterId = encRes.key;
    spec.withEncounter?.(x, encRes);
  }
  const date = x.date;
  let end = x.end;
  if (end && date && end.end < date.start) {
    rd.issues.add('end-before-start', res.loc, undefined, {}, [res.key]);
    end = undefined;
  }
  if (date) ev.date = date;
  if (end) ev.end = end;
  // own privacy labels, then the document's
  const meta = obj(r.meta);
  if (meta && Array.isArray(meta.security)) readPrivacy(rd, res, ev.privacy, false);
  if (doc) {
    ev.documentId = doc.ev.id;
    mergePrivacy(ev.privacy, doc.ev.privacy);
    // A document's notes are said once: converters copy one note onto every resource of a section.
    if (ev.note) {
      const seen = (doc.notes ??= new Set());
      if (seen.has(ev.note)) delete ev.note;
      else seen.add(ev.note);
    }
    if (!ev.facility && doc.ev.facility) ev.facility = doc.ev.facility;
    if (!ev.practiceSetting && doc.ev.practiceSetting) ev.practiceSetting = doc.ev.practiceSetting;
  }
  rd.pushEvent(ev, res, !date);
}
