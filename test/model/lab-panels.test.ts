/**
 * Lab results grouped by panel and specimen (issue 9, LAB): the panel is the DiagnosticReport
 * (`result`) or panel Observation (`hasMember`) that names a result, or the CDA organizer/act of
 * the lab section; the specimen is `Specimen.type` (FHIR) or `specimenPlayingEntity/code` (CDA).
 * On the national gateway's LAB examples (FHIR and CDA), on generated records, and on bad input,
 * where every problem is an issue and no result is lost.
 */
import { expect } from '@open-wc/testing';
import { fromCda, fromFhir, type ClinicalEvent } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';

const SPECIMEN_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-SpecimenType';

const results = (events: readonly ClinicalEvent[]) => events.filter((e) => e.kind === 'observation' && (e.observation?.numeric || e.observation?.value !== undefined));

describe('lab panels and specimens — gateway examples', () => {
  it('FHIR LAB: the urine albumin result belongs to its DiagnosticReport and was measured on urine (UR)', async () => {
    const bundle = await (await fetch('/gateway/mds-fhir-LAB.json')).json();
    const r = fromFhir(bundle);
    const [res] = results(r.record.events);
    expect(res?.observation?.numeric).to.deep.equal({ value: 16, unit: 'mg/L' });
    expect(res?.observation?.panel).to.deep.include({ id: 'DiagnosticReport/744267f1-caf7-4a6c-bc2d-0c1b5b3c1471', title: 'Microalbumin Massa/Volume in Urine' });
    expect(res?.observation?.panel?.codes.map((c) => c.code)).to.deep.equal(['14957-5']);
    expect(res?.observation?.specimen).to.deep.equal({ code: { system: SPECIMEN_TYPE, code: 'UR', display: 'Urine' }, name: 'Urine' });
    expect(r.issues.map((i) => i.code)).to.not.include('specimen-not-understood');
  });

  it('CDA LAB: the result is read from the lab section’s entry, with its panel (the act and its code) and specimen', async () => {
    const xml = await (await fetch('/gateway/mds-cda-LAB.xml')).text();
    const r = fromCda(xml);
    const doc = r.record.events.find((e) => e.kind === 'document')!;
    const list = results(r.record.events);
    expect(list).to.have.length(1);
    const res = list[0]!;
    expect(res.documentId).to.equal(doc.id);
    expect(doc.document?.eventIds).to.include(res.id);
    expect(res.observation).to.deep.include({ numeric: { value: 16, unit: 'mg/L' }, referenceRange: '0–20 mg/L' });
    expect(res.observation?.interpretation?.[0]?.code).to.equal('N');
    expect(res.date.iso).to.equal('2022-03-30T11:24:26+01:00');
    expect(res.codes.map((c) => c.code)).to.deep.equal(['14957-5', '0090334.02']);
    expect(res.observation?.panel?.title).to.equal('Microalbumin Massa/Volume in Urine');
    expect(res.observation?.specimen?.name).to.equal('Urine');
    expect(res.observation?.specimen?.code).to.deep.include({ system: SPECIMEN_TYPE, code: 'UR' });
  });

  it('CDA and FHIR twins agree on the result, its panel’s words and its specimen', async () => {
    const a = results(fromCda(await (await fetch('/gateway/mds-cda-LAB.xml')).text()).record.events)[0]!;
    const b = results(fromFhir(await (await fetch('/gateway/mds-fhir-LAB.json')).json()).record.events)[0]!;
    expect(a.observation?.numeric).to.deep.equal(b.observation?.numeric);
    expect(a.observation?.referenceRange).to.equal(b.observation?.referenceRange);
    expect(a.observation?.panel?.title).to.equal(b.observation?.panel?.title);
    expect(a.observation?.specimen).to.deep.equal(b.observation?.specimen);
  });

  it('a CDA result inherits the privacy of its document: obscured, it is in no other view', async () => {
    const xml = (await (await fetch('/gateway/mds-cda-LAB.xml')).text()).replace(/(<confidentialityCode[^>]*code=")N"/, '$1V"');
    const r = fromCda(xml);
    const res = results(r.record.events)[0]!;
    expect(res.privacy.confidentiality).to.equal('V');
  });
});

describe('lab panels and specimens — generated records', () => {
  const r = fromFhir(generateFhir({ seed: 11, events: 800 }), { now: SAMPLE_NOW });
  const labs = results(r.record.events).filter((e) => e.documentId && e.codes.some((c) => c.system === 'http://loinc.org' && ['718-7', '2093-3', '2160-0', '4548-4'].includes(c.code)));

  it('a blood count result is in its panel (Emocromo) on whole blood; cholesterol in the lipid panel on serum', () => {
    const hb = labs.filter((e) => e.codes.some((c) => c.code === '718-7'));
    const chol = labs.filter((e) => e.codes.some((c) => c.code === '2093-3'));
    expect(hb.length).to.be.greaterThan(0);
    expect(chol.length).to.be.greaterThan(0);
    for (const e of hb) expect([e.observation?.panel?.title, e.observation?.specimen?.name]).to.deep.equal(['Emocromo', 'Sangue intero']);
    for (const e of chol) expect([e.observation?.panel?.title, e.observation?.specimen?.name]).to.deep.equal(['Profilo lipidico', 'Siero']);
  });

  it('each panel is an event of the same document as its results; HbA1c, reported alone, has no panel', () => {
    const byId = new Map(r.record.events.map((e) => [e.id, e]));
    for (const e of labs.filter((x) => x.observation?.panel)) {
      const panel = byId.get(e.observation!.panel!.id);
      expect(panel?.documentId, e.id).to.equal(e.documentId);
    }
    const a1c = labs.filter((e) => e.codes.some((c) => c.code === '4548-4'));
    expect(a1c.length).to.be.greaterThan(0);
    for (const e of a1c) expect(e.observation?.panel).to.equal(undefined);
  });

  it('reading the generated labs raises no specimen or panel issue', () => {
    expect(r.issues.filter((i) => i.code === 'specimen-not-understood' || i.code === 'panel-member-not-result')).to.deep.equal([]);
  });
});

// ───────────── bad input ─────────────

const patient = { resourceType: 'Patient', id: 'p1', identifier: [{ system: 'http://hl7.org/fhir/sid/it-fiscal-code', value: 'RSSMRA80A01H501U' }] };
const subject = { reference: 'Patient/p1' };
const obs = (id: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucosio' }] },
  subject,
  effectiveDateTime: '2024-03-01T08:00:00+01:00',
  valueQuantity: { value: 95, unit: 'mg/dL' },
  ...extra,
});
const report = (id: string, result: unknown[], extra: Record<string, unknown> = {}) => ({
  resourceType: 'DiagnosticReport',
  id,
  status: 'final',
  code: { text: 'Chimica clinica' },
  subject,
  effectiveDateTime: '2024-03-01T08:00:00+01:00',
  result,
  ...extra,
});

describe('lab panels and specimens — bad input is reported, never lost', () => {
  it('a Specimen without a type, or with an unknown code and no words: reported, the result kept without a specimen', () => {
    const r = fromFhir([
      patient,
      { resourceType: 'Specimen', id: 's-none' },
      { resourceType: 'Specimen', id: 's-odd', type: { coding: [{ system: 'urn:oid:1.2.3', code: 'XYZ' }] } },
      obs('o1', { specimen: { reference: 'Specimen/s-none' } }),
      obs('o2', { specimen: { reference: 'Specimen/s-odd' } }),
    ]);
    const list = results(r.record.events);
    expect(list.map((e) => e.id).sort()).to.deep.equal(['Observation/o1', 'Observation/o2']);
    for (const e of list) expect(e.observation?.specimen).to.equal(undefined);
    const issues = r.issues.filter((i) => i.code === 'specimen-not-understood');
    expect(issues.map((i) => i.path).sort()).to.deep.equal(['$[1].type', '$[2].type']);
    expect(issues[0]!.plain?.it).to.be.a('string');
  });

  it('a dangling specimen or result reference is reported; the panel keeps the results that exist', () => {
    const r = fromFhir([
      patient,
      obs('o1'),
      report('dr1', [{ reference: 'Observation/o1' }, { reference: 'Observation/missing' }], { specimen: [{ reference: 'Specimen/gone' }] }),
    ]);
    const dangling = r.issues.filter((i) => i.code === 'dangling-reference').map((i) => i.path).sort();
    expect(dangling).to.deep.equal(['$[2].result[1].reference', '$[2].specimen[0].reference']);
    const o1 = r.record.events.find((e) => e.id === 'Observation/o1')!;
    expect(o1.observation?.panel).to.deep.include({ id: 'DiagnosticReport/dr1', title: 'Chimica clinica' });
    expect(o1.observation?.specimen).to.equal(undefined);
  });

  it('a report listing something that is not a result (a Condition) reports it and ignores it', () => {
    const r = fromFhir([
      patient,
      { resourceType: 'Condition', id: 'c1', subject, code: { text: 'Diabete' }, recordedDate: '2024-01-01' },
      report('dr1', [{ reference: 'Condition/c1' }]),
    ]);
    expect(r.issues.find((i) => i.code === 'panel-member-not-result')?.path).to.equal('$[2].result[0]');
    expect(r.record.events.find((e) => e.id === 'Condition/c1')?.observation).to.equal(undefined);
  });

  it('a panel Observation (hasMember) inside a report is the nearest panel; the result’s own specimen wins over the report’s', () => {
    const r = fromFhir([
      patient,
      { resourceType: 'Specimen', id: 'ser', type: { coding: [{ system: SPECIMEN_TYPE, code: 'SER' }] } },
      { resourceType: 'Specimen', id: 'ur', type: { coding: [{ system: 'urn:oid:2.16.840.1.113883.5.129', code: 'UR' }] } },
      obs('glu'),
      obs('glu-ur', { specimen: { reference: 'Specimen/ur' } }),
      { resourceType: 'Observation', id: 'panel', status: 'final', subject, code: { text: 'Profilo glicemico' }, effectiveDateTime: '2024-03-01T08:00:00+01:00', hasMember: [{ reference: 'Observation/glu' }] },
      report('dr1', [{ reference: 'Observation/panel' }, { reference: 'Observation/glu' }, { reference: 'Observation/glu-ur' }], { specimen: [{ reference: 'Specimen/ser' }] }),
    ]);
    const byId = new Map(r.record.events.map((e) => [e.id, e]));
    expect(byId.get('Observation/glu')?.observation?.panel?.title).to.equal('Profilo glicemico');
    expect(byId.get('Observation/glu')?.observation?.specimen?.name).to.equal('Siero');
    expect(byId.get('Observation/glu-ur')?.observation?.panel?.title).to.equal('Chimica clinica');
    expect(byId.get('Observation/glu-ur')?.observation?.specimen?.name).to.equal('Urine');
  });

  it('a panel never names a result of another document (its title could come from a document another viewer may not see)', () => {
    const comp = (id: string, entries: string[], obscured: boolean) => ({
      resourceType: 'Composition',
      id,
      status: 'final',
      type: { coding: [{ system: 'http://loinc.org', code: '11502-2' }] },
      subject,
      date: '2024-03-01T10:00:00+01:00',
      title: 'Referto di laboratorio',
      ...(obscured ? { meta: { security: [{ system: 'urn:oid:2.16.840.1.113883.2.9.4.3.6', code: 'P99' }] } } : {}),
      section: [{ title: 'Esami', entry: entries.map((reference) => ({ reference })) }],
    });
    const r = fromFhir([patient, obs('o1'), report('dr1', [{ reference: 'Observation/o1' }], { code: { text: 'Test HIV' } }), comp('a', ['Observation/o1'], false), comp('b', ['DiagnosticReport/dr1'], true)]);
    const o1 = r.record.events.find((e) => e.id === 'Observation/o1')!;
    expect(o1.documentId).to.equal('Composition/a');
    expect(o1.observation?.panel).to.equal(undefined);
    expect(JSON.stringify(o1)).to.not.contain('HIV');
  });

  it('CDA: a specimen code no table knows, without words, is reported with its XPath; the result is kept', async () => {
    const xml = (await (await fetch('/gateway/mds-cda-LAB.xml')).text()).replaceAll(/<code code="UR" codeSystem="2.16.840.1.113883.5.129" codeSystemName="SpecimenType ?" displayName="Urine"\/>/g, '<code code="QQ" codeSystem="2.16.840.1.113883.5.129"/>');
    const r = fromCda(xml);
    const res = results(r.record.events)[0]!;
    expect(res.observation?.numeric?.value).to.equal(16);
    expect(res.observation?.specimen).to.equal(undefined);
    const issues = r.issues.filter((i) => i.code === 'specimen-not-understood');
    expect(issues.length).to.equal(2);
    for (const i of issues) expect(i.path).to.match(/^\$\/ClinicalDocument\/component\/structuredBody\/.*specimenPlayingEntity\/code$/);
  });
});
