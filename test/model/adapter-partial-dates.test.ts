/**
 * Partial dates through fromFhir, for every resource and field that carries a date: a year (`2019`)
 * stays the whole year and a month (`2019-03`) the whole month — precision, ISO text, start and end
 * — in the record's default zone (Europe/Rome) and in a zone given with `timeZone`; a day and
 * instants (with and without an offset) are read alongside for contrast. Each row fails if the field
 * reads a year or a month as its first day (or as anything but the span it names).
 *
 * The expected instants are written out by hand from the zones' rules (CET/CEST, EST/EDT in 2019:
 * Europe/Rome moved to summer time on 31 March, America/New_York on 10 March), not computed by the
 * model's own date code.
 */
import { expect } from '@open-wc/testing';
import { fromFhir, type FromFhirResult, type FuzzyDate } from '@percorso/model';

const MEF = 'urn:oid:2.16.840.1.113883.2.9.4.3.2';
const CF = 'RSSMRA60A41L219X';
const LOINC = 'http://loinc.org';
const CS = 'https://percorso.dev/fhir/CodeSystem/';
const NOW = Date.UTC(2026, 2, 15, 10);
const U = Date.UTC;

type Zone = 'Europe/Rome' | 'America/New_York';
interface Case {
  value: string;
  precision: FuzzyDate['precision'];
  /** The ISO text kept, when it is the value itself. */
  iso?: string;
  span: Record<Zone, [number, number]>;
}

const CASES: Case[] = [
  { value: '2019', precision: 'year', iso: '2019', span: { 'Europe/Rome': [U(2018, 11, 31, 23), U(2019, 11, 31, 23)], 'America/New_York': [U(2019, 0, 1, 5), U(2020, 0, 1, 5)] } },
  // March 2019 ends in summer time in both zones.
  { value: '2019-03', precision: 'month', iso: '2019-03', span: { 'Europe/Rome': [U(2019, 1, 28, 23), U(2019, 2, 31, 22)], 'America/New_York': [U(2019, 2, 1, 5), U(2019, 3, 1, 4)] } },
  { value: '2019-03-15', precision: 'day', iso: '2019-03-15', span: { 'Europe/Rome': [U(2019, 2, 14, 23), U(2019, 2, 15, 23)], 'America/New_York': [U(2019, 2, 15, 4), U(2019, 2, 16, 4)] } },
  // An instant with its offset is the same instant in any zone.
  { value: '2019-03-15T10:30:00+01:00', precision: 'second', span: { 'Europe/Rome': [U(2019, 2, 15, 9, 30), U(2019, 2, 15, 9, 30, 1)], 'America/New_York': [U(2019, 2, 15, 9, 30), U(2019, 2, 15, 9, 30, 1)] } },
  // Without one it is read on the record's clock (and reported as such).
  { value: '2019-03-15T10:30', precision: 'minute', span: { 'Europe/Rome': [U(2019, 2, 15, 9, 30), U(2019, 2, 15, 9, 31)], 'America/New_York': [U(2019, 2, 15, 14, 30), U(2019, 2, 15, 14, 31)] } },
];

const patient = (extra: Record<string, unknown> = {}) => ({
  resourceType: 'Patient',
  id: 'p1',
  identifier: [{ system: MEF, value: CF }],
  name: [{ family: 'Rossi', given: ['Maria'] }],
  birthDate: '1960-01-01',
  ...extra,
});
const subject = { reference: 'Patient/p1' };
/** A start well before every case, for fields that hold an end. */
const BEFORE = '2017-06-01';

const eventDate = (id: string, which: 'date' | 'end' = 'date') => (r: FromFhirResult): FuzzyDate | undefined => r.record.events.find((e) => e.id === id)?.[which];

interface Row {
  /** Resource and field, as a reader of FHIR.md would name them. */
  field: string;
  resources: (v: string) => unknown[];
  read: (r: FromFhirResult) => FuzzyDate | undefined;
}

const plan = (extra: Record<string, unknown>) => ({ resourceType: 'CarePlan', id: 'cp', status: 'active', intent: 'plan', title: 'Percorso diabete', subject, ...extra });
const consentOf = (dateTime: string) => ({ resourceType: 'Consent', id: 'feed', status: 'active', patient: subject, category: [{ coding: [{ system: `${CS}tipo-consenso`, code: 'alimentazione' }] }], dateTime, provision: { type: 'permit' } });
const delegation = (extra: Record<string, unknown>) => ({
  resourceType: 'RelatedPerson',
  id: 'del',
  patient: subject,
  identifier: [{ system: MEF, value: 'VRDGNN70A01H501Z' }],
  name: [{ given: ['Gianni'], family: 'Verdi' }],
  relationship: [{ coding: [{ system: `${CS}tipo-delega`, code: 'voluntary' }] }],
  ...extra,
});
const audit = (extra: Record<string, unknown>) => ({ resourceType: 'AuditEvent', id: 'a1', action: 'R', outcome: '0', agent: [{ who: { display: 'Dott. Bruno Neri' }, requestor: true }], ...extra });

const ROWS: Row[] = [
  { field: 'Patient.birthDate', resources: (v) => [patient({ birthDate: v })], read: (r) => r.record.patient.birthDate },
  { field: 'Patient.deceasedDateTime', resources: (v) => [patient({ birthDate: '1900', deceasedDateTime: v })], read: (r) => r.record.patient.deceased as FuzzyDate | undefined },
  {
    field: 'Composition.date',
    resources: (v) => [{ resourceType: 'Bundle', type: 'document', entry: [{ resource: { resourceType: 'Composition', id: 'c', subject, type: { coding: [{ system: LOINC, code: '11502-2' }] }, date: v, title: 'Referto' } }] }],
    read: eventDate('Composition/c'),
  },
  {
    field: 'Composition.date (document creation time)',
    resources: (v) => [{ resourceType: 'Bundle', type: 'document', entry: [{ resource: { resourceType: 'Composition', id: 'c', subject, type: { coding: [{ system: LOINC, code: '11502-2' }] }, date: v, title: 'Referto' } }] }],
    read: (r) => r.record.events.find((e) => e.id === 'Composition/c')?.document?.creationTime,
  },
  { field: 'DocumentReference.date', resources: (v) => [{ resourceType: 'DocumentReference', id: 'd', subject, type: { coding: [{ system: LOINC, code: '68604-8' }] }, date: v }], read: eventDate('DocumentReference/d') },
  {
    field: 'DocumentReference.content.attachment.creation',
    resources: (v) => [{ resourceType: 'DocumentReference', id: 'd', subject, type: { coding: [{ system: LOINC, code: '68604-8' }] }, content: [{ attachment: { contentType: 'application/pdf', creation: v } }] }],
    read: eventDate('DocumentReference/d'),
  },
  {
    field: 'DocumentReference.context.period.start',
    resources: (v) => [{ resourceType: 'DocumentReference', id: 'd', subject, type: { coding: [{ system: LOINC, code: '68604-8' }] }, date: '2025-01-01', context: { period: { start: v } } }],
    read: eventDate('DocumentReference/d'),
  },
  {
    field: 'DocumentReference.context.period.end',
    resources: (v) => [{ resourceType: 'DocumentReference', id: 'd', subject, type: { coding: [{ system: LOINC, code: '68604-8' }] }, date: '2025-01-01', context: { period: { start: BEFORE, end: v } } }],
    read: eventDate('DocumentReference/d', 'end'),
  },
  { field: 'Encounter.period.start', resources: (v) => [{ resourceType: 'Encounter', id: 'e', subject, class: { code: 'IMP' }, period: { start: v } }], read: eventDate('Encounter/e') },
  { field: 'Encounter.period.end', resources: (v) => [{ resourceType: 'Encounter', id: 'e', subject, class: { code: 'IMP' }, period: { start: BEFORE, end: v } }], read: eventDate('Encounter/e', 'end') },
  { field: 'Condition.onsetDateTime', resources: (v) => [{ resourceType: 'Condition', id: 'c', subject, onsetDateTime: v }], read: eventDate('Condition/c') },
  { field: 'Condition.onsetPeriod.start', resources: (v) => [{ resourceType: 'Condition', id: 'c', subject, onsetPeriod: { start: v } }], read: eventDate('Condition/c') },
  { field: 'Condition.recordedDate', resources: (v) => [{ resourceType: 'Condition', id: 'c', subject, recordedDate: v }], read: eventDate('Condition/c') },
  { field: 'Condition.abatementDateTime', resources: (v) => [{ resourceType: 'Condition', id: 'c', subject, onsetDateTime: BEFORE, abatementDateTime: v }], read: eventDate('Condition/c', 'end') },
  { field: 'AllergyIntolerance.onsetDateTime', resources: (v) => [{ resourceType: 'AllergyIntolerance', id: 'a', patient: subject, onsetDateTime: v }], read: eventDate('AllergyIntolerance/a') },
  { field: 'Procedure.performedDateTime', resources: (v) => [{ resourceType: 'Procedure', id: 'p', subject, performedDateTime: v }], read: eventDate('Procedure/p') },
  { field: 'Procedure.performedPeriod.start', resources: (v) => [{ resourceType: 'Procedure', id: 'p', subject, performedPeriod: { start: v } }], read: eventDate('Procedure/p') },
  { field: 'Observation.effectiveDateTime', resources: (v) => [{ resourceType: 'Observation', id: 'o', subject, code: { text: 'Glicemia' }, effectiveDateTime: v }], read: eventDate('Observation/o') },
  { field: 'Observation.effectivePeriod.start', resources: (v) => [{ resourceType: 'Observation', id: 'o', subject, code: { text: 'Glicemia' }, effectivePeriod: { start: v } }], read: eventDate('Observation/o') },
  { field: 'Observation.issued', resources: (v) => [{ resourceType: 'Observation', id: 'o', subject, code: { text: 'Glicemia' }, issued: v }], read: eventDate('Observation/o') },
  { field: 'DiagnosticReport.effectiveDateTime', resources: (v) => [{ resourceType: 'DiagnosticReport', id: 'r', subject, code: { text: 'Emocromo' }, effectiveDateTime: v }], read: eventDate('DiagnosticReport/r') },
  { field: 'DiagnosticReport.issued', resources: (v) => [{ resourceType: 'DiagnosticReport', id: 'r', subject, code: { text: 'Emocromo' }, issued: v }], read: eventDate('DiagnosticReport/r') },
  { field: 'ImagingStudy.started', resources: (v) => [{ resourceType: 'ImagingStudy', id: 'i', subject, description: 'RX torace', started: v }], read: eventDate('ImagingStudy/i') },
  { field: 'Immunization.occurrenceDateTime', resources: (v) => [{ resourceType: 'Immunization', id: 'v', patient: subject, vaccineCode: { text: 'Tetano' }, occurrenceDateTime: v }], read: eventDate('Immunization/v') },
  { field: 'Immunization.recorded', resources: (v) => [{ resourceType: 'Immunization', id: 'v', patient: subject, vaccineCode: { text: 'Tetano' }, recorded: v }], read: eventDate('Immunization/v') },
  { field: 'MedicationRequest.authoredOn', resources: (v) => [{ resourceType: 'MedicationRequest', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, authoredOn: v }], read: eventDate('MedicationRequest/m') },
  {
    field: 'MedicationRequest.dispenseRequest.validityPeriod.end',
    resources: (v) => [{ resourceType: 'MedicationRequest', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, authoredOn: BEFORE, dispenseRequest: { validityPeriod: { end: v } } }],
    read: eventDate('MedicationRequest/m', 'end'),
  },
  { field: 'MedicationDispense.whenHandedOver', resources: (v) => [{ resourceType: 'MedicationDispense', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, whenHandedOver: v }], read: eventDate('MedicationDispense/m') },
  { field: 'MedicationDispense.whenPrepared', resources: (v) => [{ resourceType: 'MedicationDispense', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, whenPrepared: v }], read: eventDate('MedicationDispense/m') },
  { field: 'MedicationStatement.effectiveDateTime', resources: (v) => [{ resourceType: 'MedicationStatement', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, effectiveDateTime: v }], read: eventDate('MedicationStatement/m') },
  { field: 'MedicationStatement.effectivePeriod.start', resources: (v) => [{ resourceType: 'MedicationStatement', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, effectivePeriod: { start: v } }], read: eventDate('MedicationStatement/m') },
  { field: 'MedicationStatement.effectivePeriod.end', resources: (v) => [{ resourceType: 'MedicationStatement', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, effectivePeriod: { start: BEFORE, end: v } }], read: eventDate('MedicationStatement/m', 'end') },
  { field: 'MedicationStatement.dateAsserted', resources: (v) => [{ resourceType: 'MedicationStatement', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, dateAsserted: v }], read: eventDate('MedicationStatement/m') },
  { field: 'MedicationAdministration.effectiveDateTime', resources: (v) => [{ resourceType: 'MedicationAdministration', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, effectiveDateTime: v }], read: eventDate('MedicationAdministration/m') },
  { field: 'MedicationAdministration.effectivePeriod.start', resources: (v) => [{ resourceType: 'MedicationAdministration', id: 'm', subject, medicationCodeableConcept: { text: 'Metformina' }, effectivePeriod: { start: v } }], read: eventDate('MedicationAdministration/m') },
  { field: 'Appointment.start', resources: (v) => [{ resourceType: 'Appointment', id: 'ap', status: 'booked', participant: [{ actor: subject }], start: v }], read: eventDate('Appointment/ap') },
  { field: 'Appointment.end', resources: (v) => [{ resourceType: 'Appointment', id: 'ap', status: 'booked', participant: [{ actor: subject }], start: BEFORE, end: v }], read: eventDate('Appointment/ap', 'end') },
  { field: 'Appointment.requestedPeriod.start', resources: (v) => [{ resourceType: 'Appointment', id: 'ap', status: 'proposed', participant: [{ actor: subject }], requestedPeriod: [{ start: v }] }], read: eventDate('Appointment/ap') },
  { field: 'Appointment.created', resources: (v) => [{ resourceType: 'Appointment', id: 'ap', status: 'proposed', participant: [{ actor: subject }], created: v }], read: eventDate('Appointment/ap') },
  { field: 'CarePlan.period.start', resources: (v) => [plan({ period: { start: v } })], read: (r) => r.record.carePaths[0]?.period?.start },
  { field: 'CarePlan.period.end', resources: (v) => [plan({ period: { start: BEFORE, end: v } })], read: (r) => r.record.carePaths[0]?.period?.end },
  {
    field: 'CarePlan.activity.detail.scheduledPeriod.start',
    resources: (v) => [plan({ activity: [{ detail: { status: 'not-started', description: 'HbA1c', scheduledPeriod: { start: v } } }] })],
    read: (r) => r.record.carePaths[0]?.steps[0]?.due,
  },
  {
    field: 'CarePlan.activity.detail.scheduledTiming.event',
    resources: (v) => [plan({ activity: [{ detail: { status: 'not-started', description: 'HbA1c', scheduledTiming: { event: [v] } } }] })],
    read: (r) => r.record.carePaths[0]?.steps[0]?.due,
  },
  {
    field: 'CarePlan.activity.detail.scheduledTiming.repeat.boundsPeriod.start',
    resources: (v) => [plan({ activity: [{ detail: { status: 'not-started', description: 'HbA1c', scheduledTiming: { repeat: { boundsPeriod: { start: v }, period: 6, periodUnit: 'mo' } } } }] })],
    read: (r) => r.record.carePaths[0]?.steps[0]?.due,
  },
  {
    field: 'CarePlan.activity.detail.scheduledString',
    resources: (v) => [plan({ activity: [{ detail: { status: 'not-started', description: 'HbA1c', scheduledString: v } }] })],
    read: (r) => r.record.carePaths[0]?.steps[0]?.due,
  },
  {
    field: 'CarePlan.activity.reference → ServiceRequest.occurrenceDateTime',
    resources: (v) => [
      { resourceType: 'ServiceRequest', id: 'sr', status: 'active', intent: 'order', subject, code: { text: 'Fondo oculare' }, occurrenceDateTime: v },
      plan({ activity: [{ reference: { reference: 'ServiceRequest/sr' } }] }),
    ],
    read: (r) => r.record.carePaths[0]?.steps[0]?.due,
  },
  {
    field: 'CarePlan.goal → Goal.target.dueDate',
    resources: (v) => [
      { resourceType: 'Goal', id: 'g', lifecycleStatus: 'active', subject, description: { text: 'HbA1c sotto 7 %' }, target: [{ detailString: '< 7 %', dueDate: v }] },
      plan({ goal: [{ reference: 'Goal/g' }] }),
    ],
    read: (r) => r.record.carePaths[0]?.goals[0]?.due,
  },
  { field: 'Consent.dateTime', resources: (v) => [consentOf(v)], read: (r) => r.record.consents.find((c) => c.id === 'Consent/feed')?.date },
  { field: 'AuditEvent.recorded', resources: (v) => [audit({ recorded: v })], read: (r) => r.record.accessLog[0]?.at },
  { field: 'AuditEvent.period.start', resources: (v) => [audit({ period: { start: v } })], read: (r) => r.record.accessLog[0]?.at },
  { field: 'RelatedPerson.period.start', resources: (v) => [delegation({ period: { start: v } })], read: (r) => r.record.delegations[0]?.validFrom },
  { field: 'RelatedPerson.period.end', resources: (v) => [delegation({ period: { start: BEFORE, end: v } })], read: (r) => r.record.delegations[0]?.validTo },
  { field: 'RelatedPerson.birthDate', resources: (v) => [delegation({ birthDate: v })], read: (r) => r.record.delegations[0]?.person.birthDate },
  {
    field: 'Coverage.period.start (exemption)',
    resources: (v) => [{ resourceType: 'Coverage', id: 'e1', beneficiary: subject, type: { coding: [{ code: 'LP267463-0' }] }, class: [{ type: { text: 'esenzione' }, value: 'E01', name: 'Reddito' }], period: { start: v } }],
    read: (r) => r.record.patient.exemptions[0]?.period?.start,
  },
  {
    field: 'Coverage.period.end (exemption)',
    resources: (v) => [{ resourceType: 'Coverage', id: 'e1', beneficiary: subject, type: { coding: [{ code: 'LP267463-0' }] }, class: [{ type: { text: 'esenzione' }, value: 'E01', name: 'Reddito' }], period: { start: BEFORE, end: v } }],
    read: (r) => r.record.patient.exemptions[0]?.period?.end,
  },
];

describe('partial dates through fromFhir', () => {
  for (const zone of ['Europe/Rome', 'America/New_York'] as const) {
    // The default zone is Europe/Rome: read it without the option, the other one with it.
    const options = zone === 'Europe/Rome' ? { now: NOW } : { now: NOW, timeZone: zone };
    describe(zone === 'Europe/Rome' ? 'in the default zone (Europe/Rome)' : `with timeZone ${zone}`, () => {
      for (const row of ROWS) {
        it(`${row.field} keeps a year, a month, a day and instants as the spans they name`, () => {
          for (const c of CASES) {
            const resources = row.resources(c.value);
            // The Patient row brings its own Patient; every other row gets the record's.
            const input = row.field.startsWith('Patient.') ? resources : [patient(), ...resources];
            const r = fromFhir(input, options);
            const what = `${row.field} = ${c.value}`;
            expect(r.record.timeZone, what).to.equal(zone);
            const d = row.read(r);
            expect(d, `${what}: read`).to.exist;
            const [start, end] = c.span[zone];
            expect({ precision: d!.precision, start: d!.start, end: d!.end }, what).to.deep.equal({ precision: c.precision, start, end });
            if (c.iso) expect(d!.iso, what).to.equal(c.iso);
          }
        });
      }
    });
  }

  it('says when an instant had no offset, and names the zone it was read in', () => {
    const r = fromFhir([patient(), { resourceType: 'Procedure', id: 'p', subject, performedDateTime: '2019-03-15T10:30' }], { timeZone: 'America/New_York' });
    const i = r.issues.find((x) => x.code === 'date-without-offset');
    expect(i?.path).to.equal('$[1].performedDateTime');
    expect(i?.message.en).to.contain('America/New_York');
    // a partial date has no time of day, so nothing to report
    const y = fromFhir([patient(), { resourceType: 'Procedure', id: 'p', subject, performedDateTime: '2019' }], { timeZone: 'America/New_York' });
    expect(y.issues.map((x) => x.code)).to.not.include('date-without-offset');
  });
});
