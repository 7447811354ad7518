/**
 * Inputs for the timeline tests, read the real way: FHIR R4 → fromFhir → viewFor. A generated
 * life (generateFhir) for size, plus small hand-written resources for what a test must pin down:
 * partial dates, the two DST days of 2026 in Europe/Rome, and a document the citizen obscured.
 */
import { fromFhir, viewFor, type FseRecord, type FseView, type ViewerRole } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { LOINC, patientResource } from '../fhir-kit.js';

export { SAMPLE_NOW };

export const SECRET_TITLE = 'Colloquio riservato al consultorio';
export const SECRET_FACILITY = 'Consultorio familiare Via Nascosta';
/** The obscured document is dated long before anything else, so it would widen the axis if it leaked. */
export const SECRET_DATE = '1979-05-04T09:00:00+01:00';
export const HOSTILE = '<img src=x onerror="globalThis.__pwned=1">';

const records = new Map<string, FseRecord>();

function patientRefOf(bundle: { entry: { resource: { resourceType: string; id: string } }[] }): string {
  const p = bundle.entry.find((e) => e.resource.resourceType === 'Patient');
  return `Patient/${p?.resource.id ?? 'p1'}`;
}

/** A document the citizen obscured (P99): a composition in a document Bundle plus its DocumentReference. */
function obscuredDocument(patient: string): unknown[] {
  return [
    {
      resourceType: 'Bundle',
      id: 'doc-secret',
      type: 'document',
      identifier: { system: 'urn:ietf:rfc:3986', value: 'urn:oid:2.16.840.1.113883.2.9.2.120.4.4.777' },
      timestamp: SECRET_DATE,
      entry: [
        {
          fullUrl: 'urn:uuid:comp-secret',
          resource: {
            resourceType: 'Composition',
            id: 'comp-secret',
            status: 'final',
            type: { coding: [{ system: 'http://loinc.org', code: '11488-4', display: 'Referto specialistico' }] },
            subject: { reference: patient },
            date: SECRET_DATE,
            title: SECRET_TITLE,
            author: [{ display: 'Dott.ssa Segreta' }],
            custodian: { display: SECRET_FACILITY },
            section: [{ title: 'Esito', text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">Riservato</div>' } }],
          },
        },
      ],
    },
    {
      resourceType: 'DocumentReference',
      id: 'dr-secret',
      status: 'current',
      masterIdentifier: { system: 'urn:ietf:rfc:3986', value: 'urn:oid:2.16.840.1.113883.2.9.2.120.4.4.777' },
      type: { coding: [{ system: 'http://loinc.org', code: '11488-4' }] },
      subject: { reference: patient },
      date: SECRET_DATE,
      description: SECRET_TITLE,
      content: [{ attachment: { contentType: 'application/fhir+json' } }],
      context: {
        event: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3', code: 'P99' }] }],
        related: [{ reference: 'Composition/comp-secret' }],
      },
    },
  ];
}

/** A generated life of about `events` events (plus an obscured document of our own when asked). */
export function generatedRecord(events = 300, seed = 11, withSecret = false): FseRecord {
  const key = `${events}|${seed}|${withSecret}`;
  let r = records.get(key);
  if (!r) {
    const bundle = generateFhir({ seed, events, now: SAMPLE_NOW });
    const input = withSecret ? [bundle, ...obscuredDocument(patientRefOf(bundle as never))] : bundle;
    r = fromFhir(input, { now: SAMPLE_NOW }).record;
    records.set(key, r);
  }
  return r;
}

export function generatedView(role: ViewerRole = 'citizen', events = 300, seed = 11, withSecret = false): FseView {
  return viewFor(generatedRecord(events, seed, withSecret), { role, now: SAMPLE_NOW });
}

const PATIENT = patientResource('RSSMRA60A41L219X', 'Rossi', 'Maria', '1960-01-01');
const CONSENT = {
  resourceType: 'Consent',
  id: 'cons1',
  status: 'active',
  scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
  category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
  patient: { reference: 'Patient/p1' },
  dateTime: '2020-05-01',
  provision: { type: 'permit', purpose: [{ system: 'https://percorso.dev/fhir/CodeSystem/finalita-consultazione', code: 'cura' }] },
};

function procedure(id: string, when: string, title: string): unknown {
  return {
    resourceType: 'Procedure',
    id,
    status: 'completed',
    subject: { reference: 'Patient/p1' },
    code: { text: title },
    performedDateTime: when,
  };
}

/**
 * Partial dates and DST days: a procedure known only to the year 2019, one to March 2019, one on
 * a day; four at night on the DST days of 2026 (29 March and 25 October, Europe/Rome).
 */
export function datesView(role: ViewerRole = 'citizen'): FseView {
  const resources = [
    PATIENT,
    CONSENT,
    procedure('y2019', '2019', 'Intervento del 2019'),
    procedure('m2019', '2019-03', 'Visita di marzo 2019'),
    procedure('d2019', '2019-06-12', 'Prelievo del 12 giugno'),
    procedure('dst-a', '2026-03-29T01:30:00+01:00', 'Prima del cambio dell’ora'),
    procedure('dst-b', '2026-03-29T03:30:00+02:00', 'Dopo il cambio dell’ora'),
    procedure('dst-c', '2026-10-25T02:30:00+02:00', 'Alle 2:30 ora legale'),
    procedure('dst-d', '2026-10-25T02:30:00+01:00', 'Alle 2:30 ora solare'),
    procedure('hostile', '2020-02-02T10:00:00+01:00', HOSTILE),
  ];
  const { record } = fromFhir({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) }, { now: SAMPLE_NOW });
  return viewFor(record, { role, now: SAMPLE_NOW });
}

export const UNDATED_TITLE = 'Spirometria senza data';

/**
 * Three dated procedures in 2024–2025 and one whose only date is not a date ("ieri"): the model
 * keeps it, marked undated, placed (for order only) at the reading day —
 * where a timeline that trusted it would draw and count it.
 */
export function undatedView(role: ViewerRole = 'citizen'): FseView {
  const resources = [
    PATIENT,
    CONSENT,
    procedure('first', '2024-01-10', 'Visita di gennaio'),
    procedure('second', '2024-09-03', 'Prelievo di settembre'),
    procedure('third', '2025-05-20', 'Ecografia di maggio'),
    procedure('undated', 'ieri', UNDATED_TITLE),
  ];
  const { record } = fromFhir({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) }, { now: SAMPLE_NOW });
  return viewFor(record, { role, now: SAMPLE_NOW });
}

/** A patient with nothing in the record. */
export function emptyView(): FseView {
  const { record } = fromFhir({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: PATIENT }] }, { now: SAMPLE_NOW });
  return viewFor(record, { role: 'citizen', now: SAMPLE_NOW });
}

const subject = { reference: 'Patient/p1' };

/**
 * One record with every lane, each with its own count (reports 2, admissions 1, visits 3,
 * medications 1, vaccinations 2, bookings 1, personal notes 1, care paths 1, other 1: 13 marks),
 * from 10 May 2019 to today (SAMPLE_NOW, in 2026: the care path is still active), and one observation
 * inside the lab report: the text summary can be written out in full.
 */
export function lanesView(): FseView {
  const resources = [
    PATIENT,
    CONSENT,
    {
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        { resource: { resourceType: 'Composition', id: 'lab', status: 'final', subject, type: { coding: [{ system: LOINC, code: '11502-2' }] }, date: '2019-05-10', title: 'Referto di laboratorio' } },
        { resource: { resourceType: 'Observation', id: 'hb', status: 'final', subject, code: { text: 'Emoglobina' }, effectiveDateTime: '2019-05-10', valueQuantity: { value: 13.5, unit: 'g/dL' } } },
      ],
    },
    { resourceType: 'Observation', id: 'bp', status: 'final', subject, code: { text: 'Pressione arteriosa' }, effectiveDateTime: '2021-09-09' },
    { resourceType: 'Encounter', id: 'stay', status: 'finished', subject, class: { code: 'IMP' }, period: { start: '2020-02-01', end: '2020-02-05' } },
    { resourceType: 'Encounter', id: 'visit', status: 'finished', subject, class: { code: 'AMB' }, period: { start: '2021-03-03' } },
    procedure('ecg', '2021-03-03T10:00:00+01:00', 'Elettrocardiogramma'),
    procedure('echo', '2022-01-20T10:00:00+01:00', 'Ecocardiogramma'),
    { resourceType: 'MedicationRequest', id: 'rx', status: 'active', intent: 'order', subject, medicationCodeableConcept: { text: 'Metformina 500 mg' }, authoredOn: '2022-04-04' },
    { resourceType: 'Immunization', id: 'flu', status: 'completed', patient: subject, vaccineCode: { text: 'Antinfluenzale' }, occurrenceDateTime: '2022-10-10' },
    { resourceType: 'Immunization', id: 'tet', status: 'completed', patient: subject, vaccineCode: { text: 'Antitetanica' }, occurrenceDateTime: '2023-02-02' },
    { resourceType: 'Appointment', id: 'book', status: 'booked', participant: [{ actor: subject }], serviceType: [{ text: 'Visita diabetologica' }], start: '2024-06-06T09:00:00+02:00' },
    { resourceType: 'Observation', id: 'note', status: 'final', subject, performer: [subject], code: { text: 'Glicemia misurata a casa' }, effectiveDateTime: '2023-01-01' },
    { resourceType: 'CarePlan', id: 'cp', status: 'active', intent: 'plan', subject, title: 'Percorso diabete', period: { start: '2023-05-01' } },
    { resourceType: 'DocumentReference', id: 'pss', status: 'current', subject, type: { coding: [{ system: LOINC, code: '60591-5' }] }, date: '2023-07-07', description: 'Profilo sanitario sintetico' },
  ];
  const { record } = fromFhir({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) }, { now: SAMPLE_NOW });
  return viewFor(record, { role: 'citizen', now: SAMPLE_NOW });
}
