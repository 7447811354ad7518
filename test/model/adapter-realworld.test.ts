/**
 * fromFhir on shapes that public regional and synthetic FHIR data really take (issue 8, §3–4):
 * nothing from another person, no invented dates, nothing dropped silently, names a person reads.
 * Every fixture here is written for this test (shaped like a Lombardy PAI searchset, the ministry's
 * lab-report example and a Synthea patient, none copied).
 */
import { expect } from '@open-wc/testing';
import { bodyRegionsOf, fromFhir, viewFor, type ClinicalEvent, type FromFhirResult } from '@percorso/model';

const MEF = 'urn:oid:2.16.840.1.113883.2.9.4.3.2';
const HL7_CF = 'http://hl7.it/sid/codiceFiscale';
const CF = 'RSSMRA58C41H501Z';
const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';
const NOW = Date.UTC(2026, 10, 15, 10);

const patient = (id = 'p1', extra: Record<string, unknown> = {}) => ({
  resourceType: 'Patient',
  id,
  identifier: [{ system: MEF, value: CF }],
  name: [{ family: 'Rossi', given: ['Maria'] }],
  gender: 'female',
  birthDate: '1958-03',
  ...extra,
});
const collection = (...resources: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) });
const read = (...resources: unknown[]): FromFhirResult => fromFhir(collection(...resources), { now: NOW });
const ev = (r: FromFhirResult, id: string): ClinicalEvent => {
  const e = r.record.events.find((x) => x.id === id);
  expect(e, `${id} among ${r.record.events.map((x) => x.id).join(', ')}`).to.exist;
  return e!;
};
const issuesOf = (r: FromFhirResult, code: string) => r.issues.filter((i) => i.code === code);
const lungs = { coding: [{ system: SNOMED, code: '39607008', display: 'Polmone' }] };

describe('fromFhir — nothing from another person (issue 8 §3)', () => {
  it('a Condition about a patient absent from the input is left out and reported; the body map does not count it', () => {
    const mine = { resourceType: 'Condition', id: 'c-mine', subject: { reference: 'Patient/p1' }, code: { text: 'Asma' }, bodySite: [lungs], onsetDateTime: '2020-04-02' };
    const stranger = { resourceType: 'Condition', id: 'c-other', subject: { reference: 'Patient/someone-else' }, code: { text: 'Polmonite' }, bodySite: [lungs], onsetDateTime: '2021-05-03' };
    const r = read(patient(), mine, stranger);
    expect(r.record.events.map((e) => e.id)).to.deep.equal(['Condition/c-mine']);
    const out = issuesOf(r, 'absent-patient-resource');
    expect(out).to.have.length(1);
    expect(out[0]!.severity).to.equal('warning');
    expect(out[0]!.path).to.equal('$.entry[2].resource');
    expect(out[0]!.message.it).to.contain('Patient/someone-else');
    expect(out[0]!.message.en).to.contain('absent from the data');
    // one region count, from the record's own condition only
    const lungEvents = viewFor(r, { role: 'citizen', now: NOW }).events.filter((e) => bodyRegionsOf(e).some((s) => s.region === 'lungs'));
    expect(lungEvents.map((e) => e.id)).to.deep.equal(['Condition/c-mine']);
  });

  it('a resource naming another person by codice fiscale (logical reference), or another Patient of the input, is left out', () => {
    const other = { resourceType: 'Patient', id: 'p2', identifier: [{ system: MEF, value: 'BNCGPP70A01F205X' }], name: [{ family: 'Bianchi' }] };
    const byCf = { resourceType: 'Observation', id: 'o-cf', subject: { identifier: { system: HL7_CF, value: 'VRDLGU80A01H501U' } }, code: { text: 'Glicemia' }, effectiveDateTime: '2024-01-02' };
    const mineByCf = { resourceType: 'Observation', id: 'o-mine', subject: { identifier: { system: HL7_CF, value: CF } }, code: { text: 'Colesterolo' }, effectiveDateTime: '2024-01-03' };
    const byRef = { resourceType: 'Observation', id: 'o-p2', subject: { reference: 'Patient/p2' }, code: { text: 'Emocromo' }, effectiveDateTime: '2024-01-04' };
    const r = read(patient(), other, byCf, mineByCf, byRef);
    expect(r.record.events.map((e) => e.id)).to.deep.equal(['Observation/o-mine']);
    expect(issuesOf(r, 'other-patient-resource').map((i) => i.path).sort()).to.deep.equal(['$.entry[2].resource', '$.entry[4].resource']);
  });

  it('without any Patient in the input nothing can be told apart, and nothing is left out', () => {
    const r = read({ resourceType: 'Condition', id: 'c1', subject: { reference: 'Patient/x' }, code: { text: 'Asma' }, onsetDateTime: '2020' });
    expect(r.record.events.map((e) => e.id)).to.deep.equal(['Condition/c1']);
    expect(issuesOf(r, 'absent-patient-resource')).to.deep.equal([]);
  });
});

describe('fromFhir — no invented dates (issue 8 §3)', () => {
  it('an event with no usable date is kept, marked undated, reported, and lends no date to a care-path step', () => {
    const dated = { resourceType: 'Encounter', id: 'e1', subject: { reference: 'Patient/p1' }, class: { code: 'AMB' }, period: { start: '2019-06-01' } };
    const undated = { resourceType: 'Procedure', id: 'pr1', subject: { reference: 'Patient/p1' }, code: { text: 'Spirometria' }, performedDateTime: 'ieri' };
    const booking = { resourceType: 'Appointment', id: 'a1', status: 'booked', serviceType: [{ text: 'Visita pneumologica' }], participant: [{ actor: { reference: 'Patient/p1' } }] };
    const plan = { resourceType: 'CarePlan', id: 'cp1', subject: { reference: 'Patient/p1' }, status: 'active', title: 'PDTA BPCO', activity: [{ reference: { reference: 'Appointment/a1' } }] };
    const r = read(patient(), dated, undated, booking, plan);
    const p = ev(r, 'Procedure/pr1');
    expect(p.undated).to.equal(true);
    expect(ev(r, 'Encounter/e1').undated).to.equal(undefined);
    expect(ev(r, 'Appointment/a1').undated).to.equal(true);
    expect(issuesOf(r, 'undated').map((i) => i.subjectIds)).to.deep.equal([['Procedure/pr1'], ['Appointment/a1']]);
    expect(issuesOf(r, 'undated')[0]!.message.it).to.not.contain('collocato');
    const step = r.record.carePaths[0]!.steps[0]!;
    expect(step.title).to.equal('Visita pneumologica');
    expect(step.due).to.equal(undefined);
    expect(step.status).to.equal('booked');
  });
});

describe('fromFhir — nothing dropped silently (issue 8 §3–4)', () => {
  it('Basic and other resources with nothing to read give one info issue per kind', () => {
    const basic = (id: string) => ({ resourceType: 'Basic', id, subject: { reference: 'Patient/p1' }, code: { text: 'Nota amministrativa' } });
    const r = read(patient(), basic('b1'), basic('b2'), { resourceType: 'Linkage', id: 'l1', item: [] });
    const found = issuesOf(r, 'unused-resources');
    expect(found.map((i) => [i.severity, i.path, i.subjectIds])).to.deep.equal([
      ['info', '$.entry[1].resource', ['Basic/b1', 'Basic/b2']],
      ['info', '$.entry[3].resource', ['Linkage/l1']],
    ]);
    expect(found[0]!.message.it).to.equal('2 risorse Basic non mostrate: tipo di risorsa senza un significato che Percorso sappia leggere.');
    expect(r.record.events).to.deep.equal([]);
  });

  it('Claims, ExplanationOfBenefit and Coverage stay out of the timeline, one info issue per kind, never "Altro: institutional"', () => {
    const claimType = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'institutional' }] };
    const claim = (id: string) => ({ resourceType: 'Claim', id, status: 'active', type: claimType, patient: { reference: 'Patient/p1' }, created: '2020-01-01' });
    const eob = (id: string) => ({ resourceType: 'ExplanationOfBenefit', id, status: 'active', type: claimType, patient: { reference: 'Patient/p1' }, created: '2020-01-01' });
    const coverage = { resourceType: 'Coverage', id: 'cov1', status: 'active', type: { text: 'Medicare' }, beneficiary: { reference: 'Patient/p1' } };
    const r = read(patient(), claim('c1'), eob('x1'), claim('c2'), eob('x2'), eob('x3'), coverage);
    expect(r.record.events).to.deep.equal([]);
    const found = issuesOf(r, 'unused-resources');
    expect(found.map((i) => [i.severity, i.message.en])).to.deep.equal([
      ['info', '2 Claim resources not shown: administrative or billing data, not part of the care journey.'],
      ['info', '3 ExplanationOfBenefit resources not shown: administrative or billing data, not part of the care journey.'],
      ['info', '1 Coverage resources not shown: administrative or billing data, not part of the care journey.'],
    ]);
    expect(issuesOf(r, 'unclassified-resource')).to.deep.equal([]);
  });
});

describe('fromFhir — real-world shapes (issue 8 §4)', () => {
  it('a fiscal-code system with a trailing space still gives the codice fiscale, and codes are matched trimmed', () => {
    const p = patient('p1', { identifier: [{ system: `${HL7_CF} `, value: ` ${CF} ` }] });
    const obs = { resourceType: 'Observation', id: 'o1', subject: { reference: 'Patient/p1' }, code: { coding: [{ system: ` ${LOINC} `, code: ' 2339-0 ', display: 'Glucosio' }] }, effectiveDateTime: '2024-01-02' };
    const r = read(p, obs);
    expect(r.record.patient.cf).to.equal(CF);
    expect(issuesOf(r, 'patient-without-cf')).to.deep.equal([]);
    expect(ev(r, 'Observation/o1').codes).to.deep.equal([{ system: LOINC, code: '2339-0', display: 'Glucosio' }]);
    expect(issuesOf(r, 'unknown-code-system')).to.deep.equal([]);
  });

  it('a reference that is a JSON array is reported as an array, not an object', () => {
    const obs = { resourceType: 'Observation', id: 'o1', subject: { reference: 'Patient/p1' }, code: { text: 'Glucosio' }, effectiveDateTime: '2024-01-02', encounter: [{ reference: 'Encounter/e1' }] };
    const r = read(patient(), obs);
    const bad = issuesOf(r, 'invalid-reference');
    expect(bad).to.have.length(1);
    expect(bad[0]!.path).to.equal('$.entry[1].resource.encounter');
    expect(bad[0]!.message.en).to.equal('Unreadable reference (array).');
    expect(bad[0]!.message.it).to.contain('(array)');
  });

  it('blood pressure as one Observation with systolic and diastolic components keeps both values', () => {
    const bp = {
      resourceType: 'Observation',
      id: 'bp1',
      status: 'final',
      subject: { reference: 'Patient/p1' },
      code: { coding: [{ system: LOINC, code: '85354-9', display: 'Pressione arteriosa' }] },
      effectiveDateTime: '2024-03-05T09:30:00+01:00',
      component: [
        { code: { coding: [{ system: LOINC, code: '8480-6', display: 'Sistolica' }] }, valueQuantity: { value: 136, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
        { code: { coding: [{ system: LOINC, code: '8462-4', display: 'Diastolica' }] }, valueQuantity: { value: 49, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' } },
      ],
    };
    const r = read(patient(), bp);
    expect(ev(r, 'Observation/bp1').observation?.value).to.equal('136/49 mmHg');
  });

  it('a document’s notes are said once, as text: not repeated across its results, not as XHTML, not as #ref', () => {
    const note = '<div xmlns="http://www.w3.org/1999/xhtml"><p>Campione <b>lievemente</b> emolizzato.</p></div>';
    const obs = (id: string, extra: Record<string, unknown> = {}) => ({
      resourceType: 'Observation',
      id,
      status: 'final',
      subject: { reference: 'Patient/p1' },
      code: { text: id === 'o1' ? 'Potassio' : 'Sodio' },
      effectiveDateTime: '2022-03-30',
      note: [{ text: note }, { text: note }],
      ...extra,
    });
    const bundle = {
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        { resource: { resourceType: 'Composition', id: 'lab1', status: 'final', type: { coding: [{ system: LOINC, code: '11502-2' }] }, subject: { reference: 'Patient/p1' }, date: '2022-03-30', title: 'Referto di laboratorio' } },
        { resource: patient() },
        { resource: { resourceType: 'DiagnosticReport', id: 'dr1', status: 'final', subject: { reference: 'Patient/p1' }, code: { text: 'Elettroliti' }, effectiveDateTime: '2022-03-30', conclusion: '#nota1' } },
        { resource: obs('o1') },
        { resource: obs('o2') },
      ],
    };
    const r = fromFhir(bundle, { now: NOW });
    const notes = r.record.events.filter((e) => e.note).map((e) => [e.id, e.note]);
    expect(notes).to.deep.equal([['Observation/o1', 'Campione lievemente emolizzato.']]);
  });

  it('a care plan without a title takes its category’s words, never an internal code like assess-plan', () => {
    const plan = {
      resourceType: 'CarePlan',
      id: 'cp1',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/p1' },
      category: [
        { coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category', code: 'assess-plan' }] },
        { coding: [{ system: SNOMED, code: '53950000', display: 'Terapia respiratoria' }], text: 'Terapia respiratoria' },
      ],
      period: { start: '2020-01-01' },
    };
    const r = read(patient(), plan);
    expect(r.record.carePaths[0]!.title).to.equal('Terapia respiratoria');
    const codeOnly = read(patient(), { ...plan, category: [plan.category[0]] });
    expect(codeOnly.record.carePaths[0]!.title).to.equal('Percorso di cura');
  });

  it('facilities given only as display keep their name; an @…@ placeholder is reported, never a facility name', () => {
    const enc = { resourceType: 'Encounter', id: 'e1', status: 'finished', subject: { reference: 'Patient/p1' }, class: { code: 'AMB' }, period: { start: '2024-02-01' }, serviceProvider: { display: 'ASST Lariana' } };
    const org = { resourceType: 'Organization', id: 'org1', name: '@NOME_STRUTTURA@' };
    const enc2 = { ...enc, id: 'e2', serviceProvider: { reference: 'Organization/org1' } };
    const enc3 = { ...enc, id: 'e3', serviceProvider: { display: '@NRE@' } };
    const r = read(patient(), enc, org, enc2, enc3);
    expect(ev(r, 'Encounter/e1').facility?.name).to.equal('ASST Lariana');
    expect(ev(r, 'Encounter/e2').facility?.name).to.not.contain('@');
    expect(ev(r, 'Encounter/e3').facility).to.equal(undefined);
    const ph = issuesOf(r, 'placeholder-value');
    expect(ph.map((i) => i.path)).to.deep.equal(['$.entry[2].resource.name', '$.entry[4].resource.serviceProvider.display']);
    for (const e of r.record.events) expect(JSON.stringify(e)).to.not.contain('@NOME_STRUTTURA@');
  });

  it('a Lombardy-style PAI: reference lists, detail.code lists and reference-only activities take the referenced names; it reads as a PAI', () => {
    // Shaped like a regional "Progetto Individuale" searchset: the plan, some of what it references.
    const plan = {
      resourceType: 'CarePlan',
      id: 'pai1',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Patient/p1' },
      title: 'Progetto Individuale',
      category: [{ coding: [{ system: 'https://fhir.example-regione.it/CodeSystem/tipo-piano', code: 'PAI', display: 'Progetto Individuale' }] }],
      period: { start: '2025-01-10' },
      activity: [
        { reference: [{ reference: 'ServiceRequest/sr-o2' }] },
        { reference: { reference: 'MedicationRequest/mr-missing', display: 'Terapia farmacologica' } },
        { reference: { reference: 'Appointment/app1' } },
        { detail: { status: 'scheduled', code: [{ coding: [{ system: SNOMED, code: '229070002', display: 'Fisioterapia respiratoria' }] }], scheduledString: '2027-02-01' } },
        { reference: { reference: 'ServiceRequest/sr-missing' } },
      ],
    };
    const sr = { resourceType: 'ServiceRequest', id: 'sr-o2', status: 'active', intent: 'order', subject: { reference: 'Patient/p1' }, code: { text: 'Ossigenoterapia' }, occurrenceDateTime: '2027-01-05' };
    const app = { resourceType: 'Appointment', id: 'app1', status: 'booked', start: '2027-01-20T10:00:00+01:00', serviceType: [{ coding: [{ system: SNOMED, code: '11429006', display: 'Visita pneumologica' }] }], participant: [{ actor: { reference: 'Patient/p1' } }] };
    const r = fromFhir({ resourceType: 'Bundle', type: 'searchset', entry: [plan, sr, app, patient()].map((resource) => ({ resource })) }, { now: NOW });
    const path = r.record.carePaths[0]!;
    expect(path.kind).to.equal('PAI');
    expect(path.title).to.equal('Progetto Individuale');
    expect(path.steps.map((s) => s.title)).to.deep.equal(['Ossigenoterapia', 'Terapia farmacologica', 'Visita pneumologica', 'Fisioterapia respiratoria', 'Prestazione richiesta']);
    expect(path.steps.map((s) => s.title)).to.not.include('Attività');
    expect(path.steps[0]!.due?.iso).to.equal('2027-01-05');
    expect(path.steps[2]!.status).to.equal('booked');
    // untitled, with only the regional category code: still a PAI, named as one
    const bare = read(patient(), { ...plan, title: undefined, category: [{ coding: [{ system: 'https://fhir.example-regione.it/CodeSystem/tipo-piano', code: 'PAI' }] }] });
    expect(bare.record.carePaths[0]!.kind).to.equal('PAI');
    expect(bare.record.carePaths[0]!.title).to.equal('Piano assistenziale individuale');
  });
});

describe('fromFhir — where a booking is (issue 11 §4)', () => {
  it('a place named without a Location resource ({ type: "Location", display }) is the booking’s facility; a bare name is not', () => {
    const booking = (id: string, actor: object) => ({
      resourceType: 'Appointment',
      id,
      status: 'booked',
      start: '2026-12-14T11:50:00+01:00',
      participant: [{ actor: { reference: 'Patient/p1' } }, { actor }],
    });
    const r = read(patient(), booking('a1', { type: 'Location', display: ' Ambulatorio di Cardiologia ' }), booking('a2', { display: 'Dott. Rossi' }), booking('a3', { type: 'Location' }));
    expect(ev(r, 'Appointment/a1').facility).to.deep.equal({ id: 'Appointment/a1#location', name: 'Ambulatorio di Cardiologia' });
    expect(ev(r, 'Appointment/a2').facility).to.equal(undefined);
    expect(ev(r, 'Appointment/a3').facility).to.equal(undefined);
  });
});
