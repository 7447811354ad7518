/**
 * `fromCda`: CDA2 documents (HL7 Italia templates, as validated by the national FSE 2.0 gateway)
 * → the same {@link FseRecord} `fromFhir` gives, with every problem reported as an {@link Issue}
 * whose path is XPath-like (`$[1]/ClinicalDocument/effectiveTime/@value`; `$` alone for a single
 * string input, as fromFhir does for a single object).
 *
 * What is read: the HEADER (recordTarget → patient; code, templateId, id, effectiveTime,
 * confidentialityCode, versionNumber, author, custodian, legalAuthenticator, inFulfillmentOf,
 * documentationOf/serviceEvent, componentOf/encompassingEncounter, relatedDocument) and, of the
 * body, each section's code, title and the plain text of its narrative block. Coded body ENTRIES:
 * a laboratory report's results (labs.ts: each with its panel and specimen), and in the other
 * national types the diagnoses, problems, allergies, medicines, vaccine doses and procedures
 * (entries.ts), as the events fromFhir makes of the same content; what is not read is reported.
 * The mapping, element by element, is `packages/model/CDA.md`. By family: `context.ts` (shared state and
 * the readers of CDA data types), `patients.ts` (recordTarget), `documents.ts` (header, encounter,
 * sections), `plain-text.ts` (narrative as text); this file reads the inputs and finishes the record.
 *
 * Everything that is a code table (LOINC → national type, canonical systems, CF and NRE systems,
 * issue codes and messages) is the adapter's (codes.ts, adapter/issues.ts); names, addresses and
 * the CF shape check are the adapter's helpers, fed with the CDA parts in FHIR shape.
 */
import { dayOf } from '../dates.js';
import { FhirInputError } from '../adapter/from-fhir.js';
import type { ClinicalEvent, DocumentMeta, FromFhirOptions, FromFhirResult, FseRecord, Patient } from '../types.js';
import { CdaContext, PENDING_DATE, type Doc } from './context.js';
import { readDocument } from './documents.js';
import { readPatientOf, readPatients } from './patients.js';
import { parseXml } from './xml.js';

/**
 * Thrown only when the input is neither a string nor an array. It extends the adapter's
 * {@link FhirInputError} (so a caller that already catches that one catches this too, e.g. the
 * CLI), with a message that names what fromCda expects.
 */
export class CdaInputError extends FhirInputError {
  override name = 'CdaInputError';
  constructor(received: string) {
    super(received);
    this.message = `fromCda expects CDA2 XML text or an array of them, received ${received}`;
  }
}

/** Reads CDA2 documents of one patient into the normalised model. Throws only {@link CdaInputError}. */
export function fromCda(input: string | readonly string[], options: FromFhirOptions = {}): FromFhirResult {
  if (typeof input !== 'string' && !Array.isArray(input)) {
    throw new CdaInputError(input === null ? 'null' : typeof input);
  }
  return new CdaReader(options ?? {}).run(typeof input === 'string' ? [input] : input, typeof input === 'string');
}

class CdaReader {
  private cx: CdaContext;
  private docs: Doc[] = [];
  /** Documents by their place in the input. */
  private docAt = new Map<number, Doc>();
  private events: ClinicalEvent[] = [];
  private otherPatients: Patient[] = [];

  constructor(options: FromFhirOptions) {
    this.cx = new CdaContext(options);
  }

  run(inputs: readonly unknown[], single: boolean): FromFhirResult {
    const issues = this.cx.issues;
    for (let i = 0; i < inputs.length; i++) {
      const base = single ? '$' : `$[${i}]`;
      const text = inputs[i];
      if (typeof text !== 'string') {
        issues.add('not-a-string', base, { index: i, type: text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text });
        continue;
      }
      const parsed = parseXml(text);
      if (!parsed.root) {
        const p = parsed.problem!;
        const params = { line: p.line, column: p.column, it: p.detail.it, en: p.detail.en, length: text.length };
        issues.add(p.code, `${base}${p.path}`, params);
        continue;
      }
      const root = parsed.root;
      if (root.name !== 'ClinicalDocument') {
        issues.add('not-cda', `${base}/${root.name}`, { root: root.name });
        continue;
      }
      const d: Doc = { index: i, base, root, person: '', replaces: [], facts: {} };
      this.docs.push(d);
      this.docAt.set(i, d);
      d.patient = readPatientOf(this.cx, d);
      readDocument(this.cx, d);
      delete d.root;
    }
    if (!this.docs.length && inputs.length) issues.add('no-documents', '$');
    const { patient, recordPerson, otherPatients } = readPatients(this.cx, this.docs);
    this.otherPatients = otherPatients;
    for (const d of this.docs) {
      if (!d.ev) continue;
      if (d.person !== recordPerson && d.person !== '') {
        issues.add('other-patient-resource', `${d.base}/ClinicalDocument`, { key: d.ev.id }, [d.ev.id]);
        continue;
      }
      this.events.push(d.ev);
      if (d.encounter) this.events.push(d.encounter);
      if (d.results) for (const r of d.results) this.events.push(r);
    }
    this.finish();
    issues.settle((at) => this.objectsAt(at, single));
    const record: FseRecord = {
      patient,
      events: this.events,
      carePaths: [],
      consents: [],
      delegations: [],
      accessLog: [],
      timeZone: this.cx.tz,
    };
    return { record, issues: issues.list, otherPatients: this.otherPatients };
  }

  /** The model objects of the document a path lies in (`$/ClinicalDocument/…` or `$[i]/…`): its event and its encounter. */
  private objectsAt(at: string, single: boolean): string[] {
    let index = -1;
    if (single) index = at.startsWith('$/') ? 0 : -1;
    else if (at.startsWith('$[')) {
      const close = at.indexOf(']');
      if (close > 2 && at.charCodeAt(close + 1) === 47 /* / */) index = Number(at.slice(2, close));
    }
    const d = index >= 0 ? this.docAt.get(index) : undefined;
    return d ? [d.ev?.id, d.encounter?.id, ...(d.results ?? []).map((r) => r.id)].filter((id): id is string => id !== undefined) : [];
  }

  private finish(): void {
    // relatedDocument RPLC: the replaced document, if given, is superseded.
    const byId = new Map<string, Doc>();
    for (const d of this.docs) if (d.idKey && d.ev && !byId.has(d.idKey)) byId.set(d.idKey, d);
    for (const d of this.docs) for (const r of d.replaces) {
      const old = byId.get(r);
      if (old?.ev?.document && old !== d) {
        old.ev.document.status = 'superseded';
        if (d.ev?.document) {
          old.ev.document.replacedBy ??= d.ev.id;
          d.ev.document.replaces ??= old.ev.id;
        }
      }
    }
    if (this.cx.undated.length) {
      const kept = new Map(this.events.map((e) => [e.id, e]));
      for (const { ev, path: at } of this.cx.undated) {
        if (kept.get(ev.id) !== ev) continue; // a document of another person, left out
        const doc = ev.documentId ? kept.get(ev.documentId) : undefined;
        if (doc && doc.date !== PENDING_DATE) {
          ev.date = doc.date;
          this.cx.issues.add('date-from-document', at, {}, [ev.id]);
        } else {
          // a place in the sorted list only, marked so that nothing shows it as the event's date
          ev.date = dayOf(this.cx.now, this.cx.tz); // never another event's date: it could be a hidden document's
          ev.undated = true;
          this.cx.issues.add('undated', at, {}, [ev.id]);
        }
      }
    }
    this.events.sort((a, b) => a.date.start - b.date.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const docById = new Map<string, DocumentMeta>();
    for (const ev of this.events) if (ev.document) docById.set(ev.id, ev.document);
    for (const ev of this.events) if (ev.documentId) docById.get(ev.documentId)?.eventIds.push(ev.id);
  }
}
