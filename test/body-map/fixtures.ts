/**
 * Small FHIR R4 inputs for the body-map tests, read through fromFhir + viewFor like real data: a
 * chest X-ray report (a document with two findings inside), a cardiology visit letter (an ECG and
 * atrial fibrillation inside), a fracture of the left arm and a blood test on their own, a booking
 * nothing maps to a place, a document with a hostile title; optionally a second chest X-ray the
 * citizen obscured (P99), and the same record without it.
 */
import { fromFhir, viewFor, type FseView, type ViewerRole } from '@percorso/model';
import { EVENT_CODES, ICD9, ICD9P, LOINC, patientRef, patientResource, SNOMED } from '../fhir-kit.js';

/** "Now" for every test: 15 March 2026, 10:00 UTC. */
export const NOW = Date.UTC(2026, 2, 15, 10, 0, 0);
export const HOSTILE = '<img src=x onerror="globalThis.__pwnedBodyMap=1">';
export const SECRET_TITLE = 'Radiografia del torace riservata';

const CF = 'BNCLRA70A41L219K';

function base(withConsent = true): unknown[] {
  return [
    patientResource(CF, 'Bianchi', 'Laura', '1970-01-01'),
    { resourceType: 'Practitioner', id: 'rad1', name: [{ family: 'Neri', given: ['Paolo'], prefix: ['Dott.'] }] },
    ...(withConsent ? [consentResource()] : []),
  ];
}

function consentResource(): unknown {
  return (
    {
      resourceType: 'Consent',
      id: 'cons1',
      status: 'active',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
      category: [{ coding: [{ system: LOINC, code: '59284-0' }] }],
      patient: patientRef,
      dateTime: '2024-05-01',
      provision: { type: 'permit', purpose: [{ system: 'https://percorso.dev/fhir/CodeSystem/finalita-consultazione', code: 'cura' }] },
    }
  );
}

/** A document Bundle (Composition + the resources read from it) and its DocumentReference. */
function documentOf(opts: {
  id: string;
  title: string;
  date: string;
  typeCode: string;
  contents: Record<string, unknown>[];
  obscured?: boolean;
}): unknown[] {
  const uid = `urn:oid:2.16.840.1.113883.2.9.2.120.4.4.${opts.id.replace(/\D/g, '') || '1'}${opts.id.length}`;
  return [
    {
      resourceType: 'Bundle',
      id: `b-${opts.id}`,
      type: 'document',
      identifier: { system: 'urn:ietf:rfc:3986', value: uid },
      timestamp: opts.date,
      entry: [
        {
          fullUrl: `urn:uuid:comp-${opts.id}`,
          resource: {
            resourceType: 'Composition',
            id: `comp-${opts.id}`,
            identifier: { system: 'urn:ietf:rfc:3986', value: uid },
            status: 'final',
            type: { coding: [{ system: LOINC, code: opts.typeCode }] },
            subject: patientRef,
            date: opts.date,
            title: opts.title,
            author: [{ reference: 'Practitioner/rad1' }],
            section: [
              {
                title: 'Referto',
                entry: opts.contents.map((c) => ({ reference: `${String(c.resourceType)}/${String(c.id)}` })),
              },
            ],
          },
        },
        ...opts.contents.map((resource) => ({ fullUrl: `urn:uuid:${String(resource.id)}`, resource })),
      ],
    },
    {
      resourceType: 'DocumentReference',
      id: `dr-${opts.id}`,
      status: 'current',
      masterIdentifier: { system: 'urn:ietf:rfc:3986', value: uid },
      type: { coding: [{ system: LOINC, code: opts.typeCode }] },
      subject: patientRef,
      date: opts.date,
      content: [{ attachment: { contentType: 'application/fhir+json' } }],
      context: {
        ...(opts.obscured ? { event: [{ coding: [{ system: EVENT_CODES, code: 'P99' }] }] } : {}),
        related: [{ reference: `Composition/comp-${opts.id}` }],
      },
    },
  ];
}

function chestFinding(id: string, date: string, text: string): Record<string, unknown> {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    subject: patientRef,
    code: { coding: [{ system: LOINC, code: '36554-4', display: 'Radiografia del torace' }] },
    effectiveDateTime: date,
    valueString: text,
  };
}

function records(): unknown[] {
  return [
    ...documentOf({
      id: 'rx1',
      title: 'Radiografia del torace',
      date: '2025-11-03T09:00:00+01:00',
      typeCode: '68604-8',
      contents: [
        chestFinding('obs-rx1-a', '2025-11-03', 'Campi polmonari liberi'),
        chestFinding('obs-rx1-b', '2025-11-03', 'Ombra cardiaca nei limiti'),
      ],
    }),
    ...documentOf({
      id: 'card2',
      title: 'Visita cardiologica',
      date: '2025-09-12T11:00:00+02:00',
      typeCode: '11488-4',
      contents: [
        {
          resourceType: 'Procedure',
          id: 'ecg-card2',
          status: 'completed',
          subject: patientRef,
          code: { coding: [{ system: ICD9P, code: '89.52', display: 'Elettrocardiogramma' }] },
          performedDateTime: '2025-09-12',
        },
        {
          resourceType: 'Condition',
          id: 'af-card2',
          subject: patientRef,
          code: { coding: [{ system: ICD9, code: '427.31', display: 'Fibrillazione atriale' }] },
          onsetDateTime: '2025-09-12',
        },
      ],
    }),
    ...documentOf({
      id: 'x3',
      title: HOSTILE,
      date: '2026-02-01T10:00:00+01:00',
      typeCode: '11488-4',
      contents: [
        {
          resourceType: 'Condition',
          id: 'cond-x3',
          subject: patientRef,
          code: { coding: [{ system: ICD9, code: '427.31', display: 'Fibrillazione atriale' }] },
          onsetDateTime: '2026-02-01',
        },
      ],
    }),
    {
      resourceType: 'Condition',
      id: 'fracture',
      subject: patientRef,
      code: { text: 'Frattura del braccio' },
      bodySite: [{ coding: [{ system: SNOMED, code: '368208006', display: 'Braccio sinistro' }] }],
      onsetDateTime: '2023-06-20',
    },
    {
      resourceType: 'Observation',
      id: 'creat',
      status: 'final',
      subject: patientRef,
      code: { coding: [{ system: LOINC, code: '2160-0', display: 'Creatinina' }] },
      effectiveDateTime: '2025-10-01',
      valueQuantity: { value: 0.9, unit: 'mg/dL' },
    },
    {
      resourceType: 'Appointment',
      id: 'app-mmg',
      status: 'booked',
      serviceType: [{ text: 'Colloquio con il medico di famiglia' }],
      start: '2026-04-10T09:30:00+02:00',
      end: '2026-04-10T10:00:00+02:00',
      participant: [{ actor: patientRef, status: 'accepted' }],
    },
  ];
}

/** The second chest X-ray: obscured by the citizen, or not in the record at all. */
function secretChest(): unknown[] {
  return documentOf({
    id: 'rx9',
    title: SECRET_TITLE,
    date: '2026-01-20T09:00:00+01:00',
    typeCode: '68604-8',
    obscured: true,
    contents: [chestFinding('obs-rx9', '2026-01-20', 'Addensamento basale destro')],
  });
}

export interface FixtureOptions {
  /** Add the chest X-ray the citizen obscured (P99). */
  obscured?: boolean;
  /** Leave the clinical content out (an empty record). */
  empty?: boolean;
  /** Leave the consultation consent out (a clinician then sees nothing). */
  consent?: boolean;
}

export function fhirInput(opts: FixtureOptions = {}): unknown[] {
  const resources = [...base(opts.consent !== false), ...(opts.empty ? [] : records())];
  const input: unknown[] = [];
  const loose = resources.filter((r) => (r as { resourceType: string }).resourceType !== 'Bundle');
  input.push({ resourceType: 'Bundle', type: 'collection', entry: loose.map((resource) => ({ resource })) });
  input.push(...resources.filter((r) => (r as { resourceType: string }).resourceType === 'Bundle'));
  if (opts.obscured) input.push(...secretChest());
  return input;
}

/** A view of the fixture for a role, through fromFhir and viewFor. */
export function fixtureView(role: ViewerRole = 'citizen', opts: FixtureOptions = {}): FseView {
  const { record } = fromFhir(fhirInput(opts), { now: NOW });
  return viewFor(record, { role, now: NOW });
}
