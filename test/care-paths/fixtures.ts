/**
 * Small FHIR R4 inputs for the care-path tests, read through fromFhir + viewFor like real data:
 * an atrial-fibrillation PDTA (CarePlan with done, booked, overdue, planned and cancelled
 * activities, a therapy, goals, a care team, notes), a screening path, and a care path that
 * exists only inside a document the citizen obscured (P99).
 */
import { fromFhir, viewFor, type FseView, type ViewerRole } from '@percorso/model';
import { ICD9, patientRef, patientResource, TIPO } from '../fhir-kit.js';

/** "Now" for every test: 15 March 2026, 10:00 UTC. Dates below are relative to it. */
export const NOW = Date.UTC(2026, 2, 15, 10, 0, 0);

export const HOSTILE = '<img src=x onerror="globalThis.__pwned=1">';
export const SECRET_TITLE = 'Programma di disassuefazione SerD';
export const SECRET_NOTE = 'Colloquio riservato con lo psicologo';

const CF = 'RSSMRA60A41L219X';

function base(): unknown[] {
  return [
    patientResource(CF, 'Rossi', 'Maria', '1960-01-01'),
    {
      resourceType: 'Practitioner',
      id: 'card1',
      name: [{ family: 'Bianchi', given: ['Giulia'], prefix: ['Dott.ssa'] }],
    },
    {
      resourceType: 'Practitioner',
      id: 'mmg1',
      name: [{ family: 'Verdi', given: ['Marco'], prefix: ['Dott.'] }],
    },
  ];
}

/** The consultation consent for care: without it a clinician view is empty. */
function consent(): unknown {
  return {
    resourceType: 'Consent',
    id: 'cons1',
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
    patient: patientRef,
    dateTime: '2024-05-01',
    provision: {
      type: 'permit',
      purpose: [{ system: 'https://percorso.dev/fhir/CodeSystem/finalita-consultazione', code: 'cura' }],
    },
  };
}

function afPath(): unknown[] {
  return [
    {
      resourceType: 'Condition',
      id: 'af',
      subject: patientRef,
      code: {
        coding: [
          { system: ICD9, code: '427.31', display: 'Fibrillazione atriale' },
          { system: 'http://snomed.info/sct', code: '49436004', display: 'Atrial fibrillation' },
        ],
      },
      onsetDateTime: '2025-01-10',
    },
    {
      resourceType: 'CareTeam',
      id: 'team-af',
      subject: patientRef,
      participant: [
        { role: [{ text: 'Cardiologa' }], member: { reference: 'Practitioner/card1' } },
        { role: [{ text: 'Medico di medicina generale' }], member: { reference: 'Practitioner/mmg1' } },
      ],
    },
    {
      resourceType: 'Goal',
      id: 'goal-hr',
      lifecycleStatus: 'active',
      subject: patientRef,
      description: { text: 'Frequenza cardiaca a riposo sotto controllo' },
      target: [{ detailString: 'meno di 110 battiti al minuto', dueDate: '2026-06-30' }],
    },
    {
      resourceType: 'Procedure',
      id: 'ecg-1',
      status: 'completed',
      subject: patientRef,
      code: { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.104', code: '89.52', display: 'Elettrocardiogramma' }] },
      performedDateTime: '2025-01-12',
    },
    {
      resourceType: 'Appointment',
      id: 'app-echo',
      status: 'booked',
      serviceType: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.6.104', code: '88.72', display: 'Ecocardiogramma' }] }],
      start: '2026-04-02T09:30:00+02:00',
      end: '2026-04-02T10:00:00+02:00',
      participant: [{ actor: patientRef, status: 'accepted' }],
    },
    {
      resourceType: 'MedicationRequest',
      id: 'med-apixaban',
      status: 'active',
      intent: 'order',
      subject: patientRef,
      authoredOn: '2025-01-12',
      medicationCodeableConcept: {
        coding: [{ system: 'http://www.whocc.no/atc', code: 'B01AF02', display: 'Apixaban' }],
      },
      dosageInstruction: [{ text: '5 mg due volte al giorno' }],
    },
    {
      resourceType: 'CarePlan',
      id: 'cp-af',
      status: 'active',
      intent: 'plan',
      title: 'PDTA Fibrillazione atriale',
      category: [{ coding: [{ system: TIPO, code: 'PDTA' }] }],
      subject: patientRef,
      period: { start: '2025-01-10' },
      author: { reference: 'Practitioner/card1' },
      careTeam: [{ reference: 'CareTeam/team-af' }],
      addresses: [{ reference: 'Condition/af' }],
      goal: [{ reference: 'Goal/goal-hr' }],
      note: [{ text: 'Porti con sé l’elenco dei farmaci a ogni visita.' }, { text: HOSTILE }],
      activity: [
        {
          outcomeReference: [{ reference: 'Procedure/ecg-1' }],
          detail: {
            code: { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.104', code: '89.52', display: 'ECG alla diagnosi' }] },
            status: 'completed',
            scheduledString: '2025-01-12',
            description: 'ECG alla diagnosi',
          },
        },
        { reference: { reference: 'Appointment/app-echo' } },
        {
          detail: {
            code: { coding: [{ system: 'http://loinc.org', code: '2160-0', display: 'Creatinina' }] },
            status: 'not-started',
            scheduledPeriod: { start: '2026-02-01' },
            description: 'Controllo della funzione renale',
          },
        },
        {
          detail: {
            code: { text: 'Visita cardiologica di controllo' },
            status: 'scheduled',
            scheduledPeriod: { start: '2026-09-15' },
            description: 'Visita cardiologica di controllo',
          },
        },
        {
          detail: {
            code: { text: 'Controllo INR' },
            status: 'cancelled',
            description: 'Controllo INR',
          },
        },
        { reference: { reference: 'MedicationRequest/med-apixaban' } },
      ],
    },
  ];
}

function screeningPath(): unknown[] {
  return [
    {
      resourceType: 'CarePlan',
      id: 'cp-colon',
      status: 'active',
      intent: 'plan',
      title: 'Screening del tumore del colon-retto',
      category: [{ coding: [{ system: TIPO, code: 'SCREENING' }] }],
      subject: patientRef,
      period: { start: '2024-01-01' },
      activity: [
        {
          detail: {
            code: { text: 'Test del sangue occulto nelle feci' },
            status: 'scheduled',
            scheduledPeriod: { start: '2026-11-01' },
            description: 'Test del sangue occulto nelle feci',
          },
        },
      ],
    },
  ];
}

/** A discharge letter the citizen obscured (P99), with a care path of its own inside. */
function obscuredDocument(): unknown[] {
  return [
    {
      resourceType: 'Bundle',
      id: 'doc-serd',
      type: 'document',
      identifier: { system: 'urn:ietf:rfc:3986', value: 'urn:oid:2.16.840.1.113883.2.9.2.120.4.4.99' },
      timestamp: '2025-06-01T10:00:00+02:00',
      entry: [
        {
          fullUrl: 'urn:uuid:comp-serd',
          resource: {
            resourceType: 'Composition',
            id: 'comp-serd',
            identifier: { system: 'urn:ietf:rfc:3986', value: 'urn:oid:2.16.840.1.113883.2.9.2.120.4.4.99' },
            status: 'final',
            type: { coding: [{ system: 'http://loinc.org', code: '34105-7', display: 'Lettera di dimissione ospedaliera' }] },
            subject: patientRef,
            date: '2025-06-01T10:00:00+02:00',
            title: 'Lettera di dimissione',
            author: [{ reference: 'Practitioner/mmg1' }],
            section: [
              {
                title: 'Piano di cura',
                code: { coding: [{ system: 'http://loinc.org', code: '18776-5' }] },
                entry: [{ reference: 'CarePlan/cp-serd' }],
              },
            ],
          },
        },
        {
          fullUrl: 'urn:uuid:cp-serd',
          resource: {
            resourceType: 'CarePlan',
            id: 'cp-serd',
            status: 'active',
            intent: 'plan',
            title: SECRET_TITLE,
            category: [{ coding: [{ system: TIPO, code: 'PAI' }] }],
            subject: patientRef,
            period: { start: '2025-06-01' },
            note: [{ text: SECRET_NOTE }],
            activity: [
              {
                detail: {
                  code: { text: 'Colloquio di sostegno' },
                  status: 'not-started',
                  scheduledPeriod: { start: '2026-01-10' },
                  description: 'Colloquio di sostegno',
                },
              },
            ],
          },
        },
      ],
    },
    {
      resourceType: 'DocumentReference',
      id: 'dr-serd',
      status: 'current',
      masterIdentifier: { system: 'urn:ietf:rfc:3986', value: 'urn:oid:2.16.840.1.113883.2.9.2.120.4.4.99' },
      type: { coding: [{ system: 'http://loinc.org', code: '34105-7' }] },
      subject: patientRef,
      date: '2025-06-01T10:00:00+02:00',
      content: [{ attachment: { contentType: 'application/fhir+json' } }],
      context: {
        event: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3', code: 'P99' }] }],
        related: [{ reference: 'Composition/comp-serd' }],
      },
    },
  ];
}

export interface FixtureOptions {
  screening?: boolean;
  obscured?: boolean;
  consent?: boolean;
  carePaths?: boolean;
}

/** The FHIR input: a collection Bundle, plus the obscured document when asked. */
export function fhirInput(opts: FixtureOptions = {}): unknown[] {
  const { screening = false, obscured = false, consent: withConsent = true, carePaths = true } = opts;
  const resources = [
    ...base(),
    ...(withConsent ? [consent()] : []),
    ...(carePaths ? afPath() : []),
    ...(carePaths && screening ? screeningPath() : []),
  ];
  const input: unknown[] = [
    { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) },
  ];
  if (obscured) input.push(...obscuredDocument());
  return input;
}

/** A view of the fixture for a role, through fromFhir and viewFor. */
export function fixtureView(role: ViewerRole = 'citizen', opts: FixtureOptions = {}): FseView {
  const { record } = fromFhir(fhirInput(opts), { now: NOW });
  return viewFor(record, { role, now: NOW });
}
