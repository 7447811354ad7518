/**
 * fromFhir beyond the gateway examples: shapes of input, references, documents and their privacy,
 * care paths, consents, delegations, access log and exemptions — each as FHIR.md writes them.
 */
import { expect } from '@open-wc/testing';
import { fromFhir, type ClinicalEvent, type FromFhirResult } from '@percorso/model';

const MEF = 'urn:oid:2.16.840.1.113883.2.9.4.3.2';
const CF = 'RSSMRA60A41L219X';
const LOINC = 'http://loinc.org';
const CS = 'https://percorso.dev/fhir/CodeSystem/';
const SD = 'https://percorso.dev/fhir/StructureDefinition/';
const NOW = Date.UTC(2026, 2, 15, 10);

const patient = (id = 'p1', cf = CF, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Patient',
  id,
  identifier: [{ system: MEF, value: cf }],
  name: [{ family: 'Rossi', given: ['Maria'] }],
  gender: 'female',
  birthDate: '1960-01-01',
  ...extra,
});
const collection = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });
const ev = (r: FromFhirResult, id: string): ClinicalEvent => {
  const e = r.record.events.find((x) => x.id === id);
  expect(e, id).to.exist;
  return e!;
};
const codes = (r: FromFhirResult) => r.issues.map((i) => i.code);

describe('fromFhir — input shapes and references', () => {
  it('reads a single resource, an array, a searchset and nested bundles alike', () => {
    const obs = { resourceType: 'Observation', id: 'o1', subject: { reference: 'Patient/p1' }, effectiveDateTime: '2024-01-02', code: { text: 'Pressione' } };
    const shapes: unknown[] = [
      [patient(), obs],
      collection(patient(), obs),
      { resourceType: 'Bundle', type: 'searchset', entry: [{ fullUrl: 'https://fhir.example/Patient/p1', resource: patient(), search: { mode: 'match' } }, { resource: obs, search: { mode: 'include' } }] },
      collection(patient(), collection(collection(obs))),
      [collection(patient()), [obs]],
    ];
    for (const input of shapes) {
      const r = fromFhir(input);
      expect(r.record.patient.cf).to.equal(CF);
      expect(r.record.events.map((e) => e.id)).to.deep.equal(['Observation/o1']);
      expect(r.issues.filter((i) => i.severity !== 'info')).to.deep.equal([]);
    }
    expect(fromFhir(obs).record.events).to.have.length(1);
  });

  it('resolves urn:uuid fullUrls, absolute URLs, _history and conditional references', () => {
    const r = fromFhir({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl: 'urn:uuid:aaa', resource: patient('p9'), request: { method: 'PUT', url: `Patient?identifier=${MEF}|${CF}` } },
        { fullUrl: 'urn:uuid:e1', resource: { resourceType: 'Encounter', class: { code: 'AMB' }, subject: { reference: `Patient?identifier=${MEF}|${CF}` }, period: { start: '2024-01-01' } } },
        { fullUrl: 'urn:uuid:o1', resource: { resourceType: 'Observation', subject: { reference: 'urn:uuid:aaa' }, encounter: { reference: 'urn:uuid:e1' }, effectiveDateTime: '2024-01-01' } },
        { resource: { resourceType: 'Condition', id: 'c1', subject: { reference: 'https://fhir.example/R4/Patient/p9/_history/3' }, onsetDateTime: '2020' } },
        { resource: { resourceType: 'Condition', id: 'c2', subject: { reference: 'Patient?identifier=' + CF }, onsetDateTime: '2021' } },
      ],
    });
    expect(codes(r)).not.to.include('dangling-reference');
    expect(ev(r, 'Observation/o1').encounterId).to.equal('Encounter/e1');
    expect(r.record.events).to.have.length(4);
  });

  it('keeps the object that holds a dangling reference, and says where', () => {
    const r = fromFhir(collection(patient(), { resourceType: 'Observation', id: 'o', subject: { reference: 'Patient/p1' }, encounter: { reference: 'Encounter/nowhere' }, effectiveDateTime: '2024-02-02' }));
    const o = ev(r, 'Observation/o');
    expect(o.encounterId).to.equal(undefined);
    const i = r.issues.find((x) => x.code === 'dangling-reference')!;
    expect(i.path).to.equal('$.entry[1].resource.encounter.reference');
    expect(i.subjectIds).to.deep.equal(['Observation/o']);
  });

  it('reads a resource that repeats once and reports the repeat', () => {
    const o = { resourceType: 'Condition', id: 'x', onsetDateTime: '2020-01-01', code: { text: 'Asma' } };
    const r = fromFhir(collection(patient(), o, { ...o, code: { text: 'Altro' } }));
    expect(r.record.events.filter((e) => e.id === 'Condition/x').map((e) => e.title)).to.deep.equal(['Asma']);
    expect(r.issues.find((i) => i.code === 'duplicate-resource')?.path).to.equal('$.entry[2].resource');
  });

  it('keeps what it cannot classify as an "other" event with an issue, and uses lookups silently', () => {
    const r = fromFhir(collection(
      patient(),
      { resourceType: 'FamilyMemberHistory', id: 'f', date: '2020-05-05', relationship: { text: 'Madre' } },
      { resourceType: 'Practitioner', id: 'dr', name: [{ text: 'Dott. Neri' }] },
      { resourceType: 'Specimen', id: 's' },
    ));
    expect(ev(r, 'FamilyMemberHistory/f').kind).to.equal('other');
    expect(r.issues.filter((i) => i.code === 'unclassified-resource').map((i) => i.path)).to.deep.equal(['$.entry[1].resource']);
    expect(r.record.events).to.have.length(1);
  });

  it('chooses the person most resources are about when several are present', () => {
    const r = fromFhir(collection(
      patient('a', 'AAAAAA00A00A000A'),
      patient('b', 'BBBBBB00B00B000B'),
      { resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/b' }, onsetDateTime: '2020' },
      { resourceType: 'Condition', id: 'c2', subject: { reference: 'Patient/b' }, onsetDateTime: '2021' },
      { resourceType: 'Condition', id: 'c3', subject: { reference: 'Patient/a' }, onsetDateTime: '2022' },
    ));
    expect(r.record.patient.cf).to.equal('BBBBBB00B00B000B');
    expect(r.otherPatients.map((p) => p.cf)).to.deep.equal(['AAAAAA00A00A000A']);
    expect(r.record.events.map((e) => e.id)).to.deep.equal(['Condition/c1', 'Condition/c2']);
    expect(r.issues.find((i) => i.code === 'other-patient-resource')?.subjectIds).to.deep.equal(['Condition/c3']);
  });

  it('merges Patients with one CF given in either system', () => {
    const r = fromFhir([
      patient('a'),
      { resourceType: 'Patient', id: 'b', identifier: [{ system: 'http://hl7.it/sid/codiceFiscale', value: CF.toLowerCase() }], telecom: [{ system: 'phone', value: '061234' }] },
    ]);
    expect(r.otherPatients).to.deep.equal([]);
    expect(r.record.patient).to.deep.include({ cf: CF, name: 'Maria Rossi', phone: '061234', sex: 'female' });
  });
});

describe('fromFhir — documents', () => {
  const composition = (id: string, code: string, extra: Record<string, unknown> = {}) => ({
    resourceType: 'Composition',
    id,
    status: 'final',
    type: { coding: [{ system: LOINC, code }] },
    subject: { reference: 'Patient/p1' },
    date: '2024-03-01T09:00:00+01:00',
    title: `Documento ${id}`,
    ...extra,
  });

  it('follows section.entry (recursively) and encounter when a bundle holds several documents', () => {
    const r = fromFhir(collection(
      patient(),
      composition('lab', '11502-2', { section: [{ title: 'Esami', section: [{ title: 'Emocromo', entry: [{ reference: 'DiagnosticReport/dr' }] }] }] }),
      composition('ldo', '34105-7', { encounter: { reference: 'Encounter/stay' }, section: [{ title: 'Diagnosi', text: { div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Fibrillazione <b>atriale</b> &amp; scompenso</p><script>alert(1)</script></div>' } }] }),
      { resourceType: 'DiagnosticReport', id: 'dr', result: [{ reference: 'Observation/hb' }], effectiveDateTime: '2024-02-28' },
      { resourceType: 'Observation', id: 'hb', effectiveDateTime: '2024-02-28' },
      { resourceType: 'Encounter', id: 'stay', class: { code: 'IMP' }, period: { start: '2024-02-20', end: '2024-03-01' } },
      { resourceType: 'Condition', id: 'af', encounter: { reference: 'Encounter/stay' }, onsetDateTime: '2024-02-20' },
      { resourceType: 'Condition', id: 'loose', onsetDateTime: '2024-02-20' },
    ));
    expect(ev(r, 'DiagnosticReport/dr').documentId).to.equal('Composition/lab');
    expect(ev(r, 'Observation/hb').documentId).to.equal('Composition/lab');
    expect(ev(r, 'Encounter/stay').documentId).to.equal('Composition/ldo');
    expect(ev(r, 'Condition/af').documentId).to.equal('Composition/ldo');
    expect(ev(r, 'Condition/loose').documentId).to.equal(undefined);
    const ldo = ev(r, 'Composition/ldo');
    expect(ldo.document!.sections[0]!.text).to.equal('Fibrillazione atriale & scompenso');
    expect(ev(r, 'Composition/lab').document!.sections.map((s) => s.title)).to.deep.equal(['Esami', 'Emocromo']);
  });

  it('a document Bundle owns all its resources; one document inside a collection owns only what it lists', () => {
    const lab = composition('lab', '11502-2', { section: [{ title: 'Esami', entry: [{ reference: 'Observation/listed' }] }] });
    const listed = { resourceType: 'Observation', id: 'listed', effectiveDateTime: '2024-02-28' };
    const other = { resourceType: 'Condition', id: 'other', onsetDateTime: '2010' };
    const asDocument = fromFhir([patient(), { resourceType: 'Bundle', type: 'document', entry: [lab, listed, other].map((resource) => ({ resource })) }]);
    expect(ev(asDocument, 'Condition/other').documentId).to.equal('Composition/lab');
    const asCollection = fromFhir(collection(patient(), lab, listed, other));
    expect(ev(asCollection, 'Observation/listed').documentId).to.equal('Composition/lab');
    expect(ev(asCollection, 'Condition/other').documentId).to.equal(undefined);
  });

  it('reads access rules, confidentiality and protected categories from the DocumentReference; the strictest wins and events inherit it', () => {
    const r = fromFhir([
      patient(),
      {
        resourceType: 'Bundle',
        type: 'document',
        entry: [
          { resource: composition('c', '11502-2', { confidentiality: 'R', identifier: { system: 'urn:ietf:rfc:3986', value: 'urn:oid:1.2.3' } }) },
          { resource: { resourceType: 'Observation', id: 'hiv', code: { text: 'HIV Ab' }, effectiveDateTime: '2024-03-01' } },
        ],
      },
      {
        resourceType: 'DocumentReference',
        id: 'dr',
        status: 'current',
        masterIdentifier: { system: 'urn:ietf:rfc:3986', value: 'urn:oid:1.2.3' },
        securityLabel: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'HIV' }] }, { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'V' }] }],
        context: {
          event: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3', code: 'P99' }] }, { coding: [{ code: 'P97' }] }, { coding: [{ code: 'P98' }] }],
          period: { start: '2024-02-29T08:00:00+01:00' },
          facilityType: { coding: [{ code: 'Ospedale' }] },
          practiceSetting: { coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.2', code: 'AD_PSC100', display: 'Laboratorio Analisi' }] },
        },
      },
    ]);
    const doc = ev(r, 'Composition/c');
    expect(doc.privacy).to.deep.equal({ confidentiality: 'V', obscured: true, hiddenFromParent: true, hiddenFromPatient: true, protectedCategory: 'HIV' });
    expect(doc.date.iso, 'service start, not creation').to.equal('2024-02-29T08:00:00+01:00');
    expect(doc.document!.creationTime?.iso).to.equal('2024-03-01T09:00:00+01:00');
    expect(doc.document!.facilityType).to.equal('Ospedale');
    expect(doc.practiceSetting?.code).to.equal('AD_PSC100');
    expect(doc.source.map((s) => s.ref)).to.deep.equal(['Composition/c', 'DocumentReference/dr']);
    const hiv = ev(r, 'Observation/hiv');
    expect(hiv.privacy).to.deep.equal(doc.privacy);
    expect(hiv.practiceSetting?.code).to.equal('AD_PSC100');
  });

  it('P00 (de-obscured at feeding) clears an obscuring', () => {
    const r = fromFhir([patient(), { resourceType: 'DocumentReference', id: 'd', type: { coding: [{ system: LOINC, code: '68604-8' }] }, date: '2024-01-01', context: { event: [{ coding: [{ code: 'P99' }] }, { coding: [{ code: 'P00' }] }] } }]);
    expect(ev(r, 'DocumentReference/d').privacy.obscured).to.equal(false);
  });

  it('reads a DocumentReference alone as a document known by its metadata, and the taccuino kinds', () => {
    const r = fromFhir([
      patient(),
      { resourceType: 'DocumentReference', id: 'rad', status: 'current', type: { coding: [{ system: LOINC, code: '68604-8' }] }, category: [{ coding: [{ code: 'REF' }] }], date: '2023-10-10', description: 'RX torace', content: [{ attachment: { contentType: 'application/pdf' }, format: { code: '2.16.840.1.113883.2.9.10.1.7.1' } }], context: { related: [{ identifier: { system: 'urn:oid:2.16.840.1.113883.2.9.4.3.8', value: '1200A4000012345' } }] } },
      { resourceType: 'DocumentReference', id: 'tac', type: { coding: [{ system: LOINC, code: '103140-0' }] }, date: '2023-11-11', description: 'Misure della pressione' },
      { resourceType: 'Observation', id: 'self', performer: [{ reference: 'Patient/p1' }], effectiveDateTime: '2023-11-12', code: { text: 'Peso' }, valueQuantity: { value: 72.5, unit: 'kg' } },
    ]);
    const rad = ev(r, 'DocumentReference/rad');
    expect(rad.kind).to.equal('document');
    expect(rad.title).to.equal('RX torace');
    expect(rad.document).to.deep.include({ nationalType: 'RAD', classCode: 'REF', formatCode: '2.16.840.1.113883.2.9.10.1.7.1', mimeType: 'application/pdf', nre: ['1200A4000012345'] });
    expect(r.issues.find((i) => i.code === 'document-without-composition')?.subjectIds).to.deep.equal(['DocumentReference/rad']);
    expect(ev(r, 'DocumentReference/tac').kind).to.equal('taccuino');
    const self = ev(r, 'Observation/self');
    expect(self.kind).to.equal('taccuino');
    expect(self.observation).to.deep.include({ value: '72,5 kg' });
  });

  it('marks a document replaced by a newer version as superseded', () => {
    const dr = (id: string, extra: Record<string, unknown> = {}) => ({ resourceType: 'DocumentReference', id, status: 'current', type: { coding: [{ system: LOINC, code: '11502-2' }] }, date: '2024-01-01', ...extra });
    const r = fromFhir([patient(), dr('v1'), dr('v2', { relatesTo: [{ code: 'replaces', target: { reference: 'DocumentReference/v1' } }] })]);
    expect(ev(r, 'DocumentReference/v1').document!.status).to.equal('superseded');
    expect(ev(r, 'DocumentReference/v2').document!.status).to.equal('current');
  });

  it('collects NRE numbers of the orders in a document', () => {
    const r = fromFhir({
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        { resource: patient() },
        { resource: composition('c', '11488-4') },
        { resource: { resourceType: 'ServiceRequest', id: 'sr', identifier: [{ system: 'urn:oid:2.16.840.1.113883.2.9.4.3.9', value: '1200A4000099999' }] } },
        { resource: { resourceType: 'MedicationRequest', id: 'mr', authoredOn: '2024-03-01', groupIdentifier: { system: 'urn:oid:2.16.840.1.113883.2.9.4.3.8', value: '1200A4000011111' }, medicationCodeableConcept: { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.73', code: 'B01AF02', display: 'Apixaban' }] } } },
      ],
    });
    expect(ev(r, 'Composition/c').document!.nre.sort()).to.deep.equal(['1200A4000011111', '1200A4000099999']);
    const mr = ev(r, 'MedicationRequest/mr');
    expect(mr.medication).to.deep.include({ kind: 'prescription', nre: '1200A4000011111' });
    expect(mr.medication!.medication[0]).to.deep.equal({ system: 'http://www.whocc.no/atc', code: 'B01AF02', display: 'Apixaban' });
  });

  it('reports an unknown document type and keeps the document as OTHER', () => {
    const r = fromFhir([patient(), composition('x', '99999-9')]);
    expect(ev(r, 'Composition/x').document!.nationalType).to.equal('OTHER');
    expect(r.issues.find((i) => i.code === 'unknown-document-type')?.path).to.equal('$[1].type');
  });
});

describe('fromFhir — clinical resources', () => {
  it('reads encounters, vaccinations, bookings and body sites', () => {
    const r = fromFhir(collection(
      patient(),
      { resourceType: 'Encounter', id: 'er', status: 'finished', class: { code: 'EMER' }, priority: { coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.6.1.54.4', code: '2', display: 'Giallo' }] }, period: { start: '2024-01-01T20:00:00+01:00', end: '2024-01-02T02:00:00+01:00' } },
      { resourceType: 'Encounter', id: 'obi', status: 'in-progress', class: { code: 'OBSENC' }, partOf: { reference: 'Encounter/er' }, period: { start: '2024-01-01T23:00:00+01:00' } },
      { resourceType: 'Immunization', id: 'v', status: 'completed', vaccineCode: { coding: [{ system: 'http://www.whocc.no/atc', code: 'J07BB', display: 'Antinfluenzale' }] }, occurrenceDateTime: '2023-10-20', lotNumber: 'AB12', protocolApplied: [{ doseNumberPositiveInt: 1, targetDisease: [{ coding: [{ system: 'http://snomed.info/sct', code: '6142004', display: 'Influenza' }] }] }] },
      { resourceType: 'Appointment', id: 'a', status: 'booked', priority: { coding: [{ code: 'B' }] }, serviceType: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.6.104', code: '88.72', display: 'Ecocardiogramma' }] }], start: '2026-04-02T09:30:00+02:00', end: '2026-04-02T10:00:00+02:00', participant: [{ actor: { reference: 'Patient/p1' } }] },
      { resourceType: 'Procedure', id: 'knee', performedDateTime: '2022-05-05', code: { text: 'Artroscopia' }, bodySite: [{ coding: [{ system: 'http://snomed.info/sct', code: '72696002', display: 'Knee' }, { system: 'http://snomed.info/sct', code: '7771000', display: 'Left' }] }] },
    ));
    const er = ev(r, 'Encounter/er');
    expect(er.title).to.equal('Accesso in pronto soccorso');
    expect(er.encounter).to.deep.include({ class: 'EMER' });
    expect(er.encounter!.priority!.display).to.equal('Giallo');
    const obi = ev(r, 'Encounter/obi');
    expect(obi.encounter!.partOf).to.equal('Encounter/er');
    expect(obi.ongoing).to.equal(true);
    const v = ev(r, 'Immunization/v');
    expect(v.vaccination).to.deep.include({ doseNumber: 1, lot: 'AB12', status: 'completed' });
    expect(v.vaccination!.targetDiseases[0]!.code).to.equal('6142004');
    const a = ev(r, 'Appointment/a');
    expect(a.booking).to.deep.include({ status: 'booked', priority: 'B' });
    expect(a.title).to.equal('Ecocardiogramma');
    expect(a.end!.iso).to.equal('2026-04-02T10:00:00+02:00');
    const knee = ev(r, 'Procedure/knee');
    expect(knee.bodySites.map((b) => [b.region, b.laterality, b.confidence])).to.deep.equal([['lower-limb', 'left', 'explicit']]);
  });
});

describe('fromFhir — encounter people', () => {
  it('names the attending doctor, not the referrer, as the encounter’s author', () => {
    const r = fromFhir(collection(
      patient(),
      { resourceType: 'Practitioner', id: 'ref', name: [{ text: 'Dott. Inviante' }] },
      { resourceType: 'Practitioner', id: 'att', name: [{ text: 'Dott.ssa Curante' }] },
      {
        resourceType: 'Encounter',
        id: 'e',
        class: { code: 'AMB' },
        period: { start: '2024-01-01' },
        participant: [
          { type: [{ coding: [{ code: 'REF' }] }], individual: { reference: 'Practitioner/ref' } },
          { type: [{ coding: [{ code: 'ATND' }] }], individual: { reference: 'Practitioner/att' } },
        ],
      },
    ));
    expect(ev(r, 'Encounter/e').author?.name).to.equal('Dott.ssa Curante');
  });
});

describe('fromFhir — care paths', () => {
  const plan = (activity: unknown[], extra: Record<string, unknown> = {}) => ({
    resourceType: 'CarePlan',
    id: 'cp',
    status: 'active',
    intent: 'plan',
    title: 'Percorso diabete',
    subject: { reference: 'Patient/p1' },
    activity,
    ...extra,
  });

  it('a cancelled booking is not a cancelled step: the step is to do again (overdue once its date has passed, else planned), and the booking still points at it', () => {
    const r = fromFhir(collection(
      patient(),
      { resourceType: 'Appointment', id: 'past', status: 'cancelled', start: '2026-02-01T08:00:00+01:00', serviceType: [{ text: 'Prelievo' }] },
      { resourceType: 'Appointment', id: 'future', status: 'cancelled', start: '2026-06-01T08:00:00+02:00', serviceType: [{ text: 'Fondo oculare' }] },
      { resourceType: 'Appointment', id: 'missed', status: 'noshow', start: '2026-03-01T08:00:00+01:00', serviceType: [{ text: 'Visita diabetologica' }] },
      { resourceType: 'Appointment', id: 'own', status: 'cancelled', start: '2026-01-10T08:00:00+01:00', basedOn: [{ reference: 'CarePlan/cp' }], serviceType: [{ text: 'ECG' }] },
      plan([
        { reference: { reference: 'Appointment/past' }, detail: { status: 'not-started', description: 'Controllo HbA1c', scheduledPeriod: { start: '2026-02-01' } } },
        { reference: { reference: 'Appointment/future' } },
        { reference: { reference: 'Appointment/missed' } },
      ]),
    ), { now: NOW });
    const p = r.record.carePaths[0]!;
    expect(p.steps.map((s) => [s.title, s.status])).to.deep.equal([
      ['Controllo HbA1c', 'overdue'],
      ['Fondo oculare', 'planned'],
      ['Visita diabetologica', 'overdue'],
      ['ECG', 'overdue'],
    ]);
    expect(p.steps.map((s) => s.bookingId), 'no step is booked by a cancelled or missed booking').to.deep.equal([undefined, undefined, undefined, undefined]);
    for (const [i, id] of ['Appointment/past', 'Appointment/future', 'Appointment/missed', 'Appointment/own'].entries()) expect(ev(r, id).booking!.carePathStepId, id).to.equal(p.steps[i]!.id);
  });

  it('gives each step its status from FHIR.md, using options.now', () => {
    const r = fromFhir(collection(
      patient(),
      { resourceType: 'Encounter', id: 'visit', class: { code: 'AMB' }, period: { start: '2025-06-01' } },
      { resourceType: 'Appointment', id: 'app', status: 'booked', start: '2026-05-01T09:00:00+02:00' },
      { resourceType: 'Appointment', id: 'extra', status: 'booked', start: '2026-06-01T09:00:00+02:00', basedOn: [{ reference: 'CarePlan/cp' }], serviceType: [{ text: 'Fondo oculare' }] },
      plan([
        { outcomeReference: [{ reference: 'Encounter/visit' }], detail: { status: 'in-progress', description: 'Prima visita' } },
        { reference: { reference: 'Appointment/app' } },
        { detail: { status: 'not-started', description: 'HbA1c', scheduledPeriod: { start: '2026-01-01' } } },
        { detail: { status: 'scheduled', description: 'Visita diabetologica', scheduledTiming: { repeat: { boundsPeriod: { start: '2026-09-01' }, period: 6, periodUnit: 'mo' } } } },
        { detail: { status: 'stopped', description: 'Dieta' } },
      ], { period: { start: '2025-05-01' } }),
    ), { now: NOW });
    const p = r.record.carePaths[0]!;
    expect(p.steps.map((s) => [s.title, s.status])).to.deep.equal([
      ['Prima visita', 'done'],
      ['Appuntamento', 'booked'],
      ['HbA1c', 'overdue'],
      ['Visita diabetologica', 'planned'],
      ['Dieta', 'cancelled'],
      ['Fondo oculare', 'booked'],
    ]);
    expect(p.steps[0]!.eventIds).to.deep.equal(['Encounter/visit']);
    expect(p.steps[1]!.bookingId).to.equal('Appointment/app');
    expect(p.steps[3]!.recurrence).to.equal('P6M');
    expect(ev(r, 'Appointment/extra').booking!.carePathStepId).to.equal(p.steps[5]!.id);
    expect(ev(r, 'Encounter/visit').carePathIds).to.deep.equal(['CarePlan/cp']);
    expect(p.kind, 'no category: from nothing in the title').to.equal('OTHER');
    // the same record read a year earlier: nothing is overdue yet
    const before = fromFhir(collection(patient(), plan([{ detail: { status: 'not-started', description: 'HbA1c', scheduledPeriod: { start: '2026-01-01' } } }])), { now: Date.UTC(2025, 0, 1) });
    expect(before.record.carePaths[0]!.steps[0]!.status).to.equal('planned');
  });

  it('reads kind from the title when there is no category, and inherits a document’s privacy', () => {
    const r = fromFhir([
      patient(),
      {
        resourceType: 'Bundle',
        type: 'document',
        entry: [
          { resource: { resourceType: 'Composition', id: 'c', type: { coding: [{ system: LOINC, code: '34105-7' }] }, date: '2025-01-01', title: 'LDO' } },
          { resource: plan([], { title: 'PDTA scompenso cardiaco' }) },
        ],
      },
      { resourceType: 'DocumentReference', id: 'dr', context: { related: [{ reference: 'Composition/c' }], event: [{ coding: [{ code: 'P99' }] }] } },
    ]);
    const p = r.record.carePaths[0]!;
    expect(p.kind).to.equal('PDTA');
    expect(p.documentId).to.equal('Composition/c');
    expect(p.privacy.obscured).to.equal(true);
  });
});

describe('fromFhir — consent, delegation, access log, exemptions', () => {
  const consent = (id: string, purpose: string, type: string, dateTime: string, extra: Record<string, unknown> = {}) => ({
    resourceType: 'Consent',
    id,
    status: 'active',
    scope: { coding: [{ code: 'patient-privacy' }] },
    category: [{ coding: [{ system: LOINC, code: '59284-0' }] }],
    patient: { reference: 'Patient/p1' },
    dateTime,
    provision: { type, purpose: [{ system: `${CS}finalita-consultazione`, code: purpose }] },
    ...extra,
  });

  it('keeps the latest consultation consent per purpose and marks the others not expressed', () => {
    const r = fromFhir(collection(
      patient(),
      { resourceType: 'RelatedPerson', id: 'mum', patient: { reference: 'Patient/p1' }, relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH' }] }], name: [{ text: 'Anna Rossi' }] },
      consent('old', 'cura', 'deny', '2020-01-01'),
      consent('new', 'cura', 'permit', '2024-05-01', { extension: [{ url: `${SD}canale`, valueString: 'online' }], performer: [{ reference: 'RelatedPerson/mum' }] }),
      consent('prev', 'prevenzione', 'deny', '2023-01-01'),
    ));
    const cons = r.record.consents.filter((c) => c.scope === 'consultation');
    expect(cons.map((c) => [c.purpose, c.decision, c.id])).to.deep.equal([
      ['care', 'permit', 'Consent/new'],
      ['prevention', 'deny', 'Consent/prev'],
      ['prophylaxis', 'not-expressed', 'consent:consultation:prophylaxis'],
    ]);
    expect(cons[0]).to.deep.include({ channel: 'online', needsReconfirmAt18: true });
    expect(cons[0]!.expressedBy?.name).to.equal('Anna Rossi');
    expect(r.issues.find((i) => i.code === 'consent-superseded')?.subjectIds).to.deep.equal(['Consent/old']);
  });

  it('reads the other consent kinds, a protected document made visible included', () => {
    const r = fromFhir(collection(
      patient(),
      { resourceType: 'DocumentReference', id: 'ivg', type: { coding: [{ system: LOINC, code: '34105-7' }] }, date: '2022-01-01', securityLabel: [{ coding: [{ system: `${CS}categoria-protetta`, code: 'IVG' }] }] },
      { resourceType: 'Consent', id: 'vis', category: [{ coding: [{ system: `${CS}tipo-consenso`, code: 'visibilita-categoria-protetta' }] }], dateTime: '2023-01-01', provision: { type: 'permit', data: [{ reference: { reference: 'DocumentReference/ivg' } }] } },
      { resourceType: 'Consent', id: 'feed', category: [{ coding: [{ system: `${CS}tipo-consenso`, code: 'alimentazione' }] }], dateTime: '2019-01-01', provision: { type: 'permit' } },
      { resourceType: 'Consent', id: 'weird', category: [{ text: '?' }] },
    ));
    const vis = r.record.consents.find((c) => c.id === 'Consent/vis')!;
    expect(vis).to.deep.include({ scope: 'protected-visibility', decision: 'permit', documentId: 'DocumentReference/ivg' });
    expect(ev(r, 'DocumentReference/ivg').privacy).to.deep.include({ protectedCategory: 'IVG', protectedVisible: true });
    expect(r.record.consents.find((c) => c.id === 'Consent/feed')?.scope).to.equal('feeding');
    expect(r.issues.find((i) => i.code === 'consent-not-understood')?.subjectIds).to.deep.equal(['Consent/weird']);
  });

  it('reads outgoing and incoming delegations with their state', () => {
    const r = fromFhir(collection(
      patient(),
      patient('kid', 'RSSLCU15A01H501X', { name: [{ given: ['Luca'], family: 'Rossi' }], birthDate: '2015-01-01' }),
      { resourceType: 'RelatedPerson', id: 'del', patient: { reference: 'Patient/p1' }, identifier: [{ system: MEF, value: 'VRDGNN70A01H501Z' }], name: [{ given: ['Gianni'], family: 'Verdi' }], relationship: [{ coding: [{ system: `${CS}tipo-delega`, code: 'voluntary' }] }], period: { start: '2024-01-01', end: '2025-01-01' } },
      { resourceType: 'RelatedPerson', id: 'mum-of-kid', patient: { reference: 'Patient/kid' }, identifier: [{ system: MEF, value: CF }], relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH' }] }], extension: [{ url: `${SD}stato-delega`, valueCode: 'active' }] },
      { resourceType: 'Condition', id: 'c', subject: { reference: 'Patient/p1' }, onsetDateTime: '2020' },
    ), { now: NOW });
    expect(r.record.patient.cf).to.equal(CF);
    const out = r.record.delegations.find((d) => d.id === 'RelatedPerson/del')!;
    expect(out).to.deep.include({ direction: 'outgoing', basis: 'voluntary', status: 'expired' });
    expect(out.person).to.deep.include({ name: 'Gianni Verdi', cf: 'VRDGNN70A01H501Z' });
    const inc = r.record.delegations.find((d) => d.id === 'RelatedPerson/mum-of-kid')!;
    expect(inc).to.deep.include({ direction: 'incoming', basis: 'parental', status: 'active' });
    expect(inc.person).to.deep.include({ name: 'Luca Rossi', cf: 'RSSLCU15A01H501X' });
  });

  it('keeps the codice fiscale of a child named only by the reference of the RelatedPerson (their Patient is in their own record)', () => {
    const KID = 'RSSLCU15A01H501X';
    const parentOf = (patientRef: Record<string, unknown>) => ({
      resourceType: 'RelatedPerson',
      id: 'mum-of-kid',
      patient: patientRef,
      identifier: [{ system: MEF, value: CF }],
      relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH' }] }],
      extension: [{ url: `${SD}stato-delega`, valueCode: 'active' }],
      period: { start: '2015-01-01', end: '2033-01-01' },
    });
    const cond = { resourceType: 'Condition', id: 'c', subject: { reference: 'Patient/p1' }, onsetDateTime: '2020' };
    // A literal reference to the child's Patient, which this record does not hold, with their code and name.
    const literal = fromFhir(collection(patient(), parentOf({ reference: 'Patient/kid', identifier: { system: MEF, value: KID }, display: 'Luca Rossi' }), cond), { now: NOW });
    const inc = literal.record.delegations.find((d) => d.id === 'RelatedPerson/mum-of-kid')!;
    expect(inc).to.deep.include({ direction: 'incoming', basis: 'parental', status: 'active' });
    expect(inc.person).to.deep.equal({ name: 'Luca Rossi', cf: KID });
    expect(codes(literal)).to.not.include('dangling-reference');
    // A logical reference (identifier only), as the gateway gives it.
    const logical = fromFhir(collection(patient(), parentOf({ identifier: { system: MEF, value: KID }, display: 'Luca Rossi' }), cond), { now: NOW });
    expect(logical.record.delegations[0]!.person).to.deep.equal({ name: 'Luca Rossi', cf: KID });
  });

  it('does not report the Patient of a linked person (a child, a delegator) as another person’s data', () => {
    const r = fromFhir(collection(
      patient(),
      patient('kid', 'RSSLCU15A01H501X', { name: [{ given: ['Luca'], family: 'Rossi' }], birthDate: '2015-01-01' }),
      { resourceType: 'RelatedPerson', id: 'mum-of-kid', patient: { reference: 'Patient/kid' }, identifier: [{ system: MEF, value: CF }], relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH' }] }], extension: [{ url: `${SD}stato-delega`, valueCode: 'active' }] },
      { resourceType: 'Condition', id: 'c', subject: { reference: 'Patient/p1' }, onsetDateTime: '2020' },
    ), { now: NOW });
    expect(r.record.patient.cf).to.equal(CF);
    expect(r.record.delegations[0]!.person).to.deep.include({ name: 'Luca Rossi', cf: 'RSSLCU15A01H501X' });
    expect(r.record.delegations[0]!.person.birthDate?.iso).to.equal('2015-01-01');
    expect(codes(r)).to.not.include('other-patient');
    // Someone else's Patient, not linked, still is.
    const mixed = fromFhir(collection(patient(), patient('x', 'VRDGNN70A01H501Z'), { resourceType: 'Condition', id: 'c', subject: { reference: 'Patient/p1' }, onsetDateTime: '2020' }), { now: NOW });
    expect(codes(mixed)).to.include('other-patient');
  });

  it('reads the access log: actor, role, purpose, emergency, documents, outcome', () => {
    const r = fromFhir(collection(
      patient(),
      { resourceType: 'DocumentReference', id: 'd1', type: { coding: [{ system: LOINC, code: '11502-2' }] }, date: '2024-01-01' },
      { resourceType: 'Organization', id: 'asl', name: 'ASL Roma 1' },
      {
        resourceType: 'AuditEvent',
        id: 'a1',
        recorded: '2024-02-02T10:11:12+01:00',
        action: 'R',
        outcome: '0',
        agent: [
          { who: { display: 'Dott. Bruno Neri' }, requestor: true, role: [{ coding: [{ system: `${CS}ruolo`, code: 'AAS' }] }], purposeOfUse: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'ETREAT' }] }] },
          { who: { reference: 'Organization/asl' }, requestor: false },
        ],
        entity: [{ what: { reference: 'DocumentReference/d1' } }],
      },
      { resourceType: 'AuditEvent', id: 'broken', agent: [] },
    ));
    expect(r.record.accessLog).to.have.length(1);
    const a = r.record.accessLog[0]!;
    expect(a).to.deep.include({ action: 'read', purpose: 'EMERGENCY', emergency: true, outcome: 'success', documentIds: ['DocumentReference/d1'] });
    expect(a.actor).to.deep.include({ name: 'Dott. Bruno Neri', role: 'AAS' });
    expect(a.actor.organization?.name).to.equal('ASL Roma 1');
    expect(r.issues.find((i) => i.code === 'audit-not-understood')?.path).to.equal('$.entry[4].resource.recorded');
  });

  it('reads exemptions from Coverage, income ones marked as such', () => {
    const r = fromFhir(collection(
      patient(),
      { resourceType: 'Coverage', id: 'e1', beneficiary: { reference: 'Patient/p1' }, type: { coding: [{ code: 'LP267463-0' }] }, class: [{ type: { text: 'esenzione' }, value: 'E01', name: 'Reddito: minori di 6 anni' }], period: { start: '2024-01-01' } },
      { resourceType: 'Coverage', id: 'e2', beneficiary: { reference: 'Patient/p1' }, type: { coding: [{ code: 'LP199190-2' }, { system: 'urn:oid:2.16.840.1.113883.2.9.6.1.22', code: '013', display: 'Diabete mellito' }] } },
    ));
    expect(r.record.patient.exemptions.map((e) => [e.code, e.kind, e.display])).to.deep.equal([
      ['E01', 'income', 'Reddito: minori di 6 anni'],
      ['013', 'pathology', 'Diabete mellito'],
    ]);
  });
});
