/**
 * A table of malformed inputs, each with the issue code and JSON path fromFhir must report. None
 * of them may make fromFhir throw; only a non-object input is refused, with FhirInputError.
 */
import { expect } from '@open-wc/testing';
import { FhirInputError, fromFhir, type FromFhirResult } from '@percorso/model';

const MEF = 'urn:oid:2.16.840.1.113883.2.9.4.3.2';
const P = { resourceType: 'Patient', id: 'p1', identifier: [{ system: MEF, value: 'RSSMRA60A41L219X' }], birthDate: '1960-01-01' };
/** A collection bundle whose entry[1] is `resource` (entry[0] is the patient). */
const one = (resource: unknown) => ({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: P }, { resource }] });
const obs = (extra: Record<string, unknown>) => ({ resourceType: 'Observation', id: 'o', code: { text: 'Glicemia' }, effectiveDateTime: '2024-01-01', ...extra });

interface Case {
  name: string;
  input: () => unknown;
  code: string;
  path: string;
  /** Extra check on the result. */
  also?: (r: FromFhirResult) => void;
}

const CASES: Case[] = [
  { name: 'a number as an entry', input: () => ({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: P }, 42] }), code: 'not-a-resource', path: '$.entry[1]' },
  { name: 'null in a top-level array', input: () => [P, null], code: 'not-a-resource', path: '$[1]' },
  { name: 'a string in a top-level array', input: () => [P, 'Observation/1'], code: 'not-a-resource', path: '$[1]' },
  { name: 'an entry without resource', input: () => ({ resourceType: 'Bundle', entry: [{ resource: P }, { fullUrl: 'urn:uuid:x' }] }), code: 'not-a-resource', path: '$.entry[1].resource' },
  { name: 'an entry resource that is an array', input: () => one([1, 2]), code: 'not-a-resource', path: '$.entry[1].resource[0]' },
  { name: 'a resource without resourceType', input: () => one({ id: 'x', status: 'final' }), code: 'missing-resource-type', path: '$.entry[1].resource' },
  { name: 'resourceType not a string', input: () => one({ resourceType: 7, id: 'x' }), code: 'missing-resource-type', path: '$.entry[1].resource' },
  { name: 'a bundle with no entries', input: () => [P, { resourceType: 'Bundle', type: 'searchset' }], code: 'empty-bundle', path: '$[1]' },
  { name: 'a missing id (no fullUrl)', input: () => one({ resourceType: 'Condition', onsetDateTime: '2020' }), code: 'missing-id', path: '$.entry[1].resource.id', also: (r) => expect(r.record.events[0]!.id).to.equal('Condition/$1') },
  { name: 'an id that is not a string', input: () => one({ resourceType: 'Condition', id: { a: 1 }, onsetDateTime: '2020' }), code: 'invalid-id', path: '$.entry[1].resource.id' },
  { name: 'the same resource twice', input: () => ({ resourceType: 'Bundle', entry: [{ resource: P }, { resource: obs({}) }, { resource: obs({ code: { text: 'x' } }) }] }), code: 'duplicate-resource', path: '$.entry[2].resource', also: (r) => expect(r.record.events).to.have.length(1) },
  { name: 'a dangling reference', input: () => one(obs({ encounter: { reference: 'Encounter/none' } })), code: 'dangling-reference', path: '$.entry[1].resource.encounter.reference' },
  { name: 'a dangling urn:uuid reference', input: () => one(obs({ subject: { reference: 'urn:uuid:0000' } })), code: 'dangling-reference', path: '$.entry[1].resource.subject.reference' },
  { name: 'a reference that is a string', input: () => one(obs({ encounter: 'Encounter/1' })), code: 'invalid-reference', path: '$.entry[1].resource.encounter' },
  { name: 'a reference with a numeric reference', input: () => one(obs({ encounter: { reference: 12 } })), code: 'invalid-reference', path: '$.entry[1].resource.encounter.reference' },
  { name: 'a reference that is not a URL', input: () => one(obs({ encounter: { reference: 'nothing' } })), code: 'invalid-reference', path: '$.entry[1].resource.encounter.reference' },
  { name: 'an impossible date', input: () => one(obs({ effectiveDateTime: '2019-02-30' })), code: 'invalid-date', path: '$.entry[1].resource.effectiveDateTime' },
  { name: 'a year out of range', input: () => one(obs({ effectiveDateTime: '0024-01-01' })), code: 'date-out-of-range', path: '$.entry[1].resource.effectiveDateTime' },
  { name: 'a non-ISO date', input: () => one(obs({ effectiveDateTime: '30/03/2022' })), code: 'not-iso-date', path: '$.entry[1].resource.effectiveDateTime' },
  { name: 'a date as a number', input: () => one(obs({ effectiveDateTime: 20220330 })), code: 'not-iso-date', path: '$.entry[1].resource.effectiveDateTime' },
  { name: 'a birth date impossible', input: () => [{ ...P, birthDate: '1960-02-31' }], code: 'invalid-date', path: '$[0].birthDate', also: (r) => expect(r.record.patient.birthDate).to.equal(undefined) },
  { name: 'no usable date at all', input: () => one({ resourceType: 'Condition', id: 'c', code: { text: 'Asma' } }), code: 'undated', path: '$.entry[1].resource' },
  { name: 'a period that ends before it starts', input: () => one({ resourceType: 'Encounter', id: 'e', period: { start: '2024-02-02', end: '2024-01-01' } }), code: 'end-before-start', path: '$.entry[1].resource.period' },
  { name: 'a period that is a string', input: () => one({ resourceType: 'Encounter', id: 'e', period: '2024' }), code: 'invalid-value', path: '$.entry[1].resource.period' },
  { name: 'a coding without code', input: () => one(obs({ code: { coding: [{ system: 'http://loinc.org', display: 'Glucosio' }] } })), code: 'coding-without-code', path: '$.entry[1].resource.code.coding[0]' },
  { name: 'a code system that is not a URI', input: () => one(obs({ code: { coding: [{ system: 'loinc', code: '2345-7' }] } })), code: 'unknown-code-system', path: '$.entry[1].resource.code.coding[0].system' },
  { name: 'an unknown resource type', input: () => one({ resourceType: 'Frobnicator', id: 'f', date: '2024-01-01' }), code: 'unclassified-resource', path: '$.entry[1].resource', also: (r) => expect(r.record.events[0]!.kind).to.equal('other') },
  { name: 'an unknown document type', input: () => one({ resourceType: 'Composition', id: 'c', type: { coding: [{ system: 'http://loinc.org', code: '00000-0' }] }, date: '2024-01-01' }), code: 'unknown-document-type', path: '$.entry[1].resource.type' },
  { name: 'a confidentiality outside N/R/V', input: () => one({ resourceType: 'Composition', id: 'c', type: { coding: [{ system: 'http://loinc.org', code: '11502-2' }] }, date: '2024-01-01', confidentiality: 'X' }), code: 'invalid-confidentiality', path: '$.entry[1].resource.confidentiality' },
  { name: 'an NRE placeholder', input: () => one({ resourceType: 'MedicationRequest', id: 'm', authoredOn: '2024-01-01', identifier: [{ system: 'urn:oid:2.16.840.1.113883.2.9.4.3.9', value: '[NRE]' }] }), code: 'placeholder-value', path: '$.entry[1].resource.identifier' },
  { name: 'an invalid gender', input: () => [{ ...P, gender: 'M' }], code: 'invalid-value', path: '$[0].gender' },
  { name: 'a malformed codice fiscale', input: () => [{ ...P, identifier: [{ system: MEF, value: 'ABC' }] }], code: 'invalid-cf', path: '$[0].identifier' },
  { name: 'no Patient at all', input: () => [obs({})], code: 'no-patient', path: '$', also: (r) => expect(r.record.events).to.have.length(1) },
  { name: 'two people', input: () => [P, { ...P, id: 'p2', identifier: [{ system: MEF, value: 'VRDGNN70A01H501Z' }] }, obs({ subject: { reference: 'Patient/p1' } })], code: 'other-patient', path: '$[1]', also: (r) => expect(r.otherPatients).to.have.length(1) },
  { name: 'a resource of the other person', input: () => [P, { ...P, id: 'p2', identifier: [{ system: MEF, value: 'VRDGNN70A01H501Z' }] }, obs({ id: 'a', subject: { reference: 'Patient/p1' } }), obs({ id: 'b', subject: { reference: 'Patient/p1' } }), obs({ id: 'c', subject: { reference: 'Patient/p2' } })], code: 'other-patient-resource', path: '$[4]', also: (r) => expect(r.record.events.map((e) => e.id)).to.deep.equal(['Observation/a', 'Observation/b']) },
  { name: 'conflicting birth dates', input: () => [P, { ...P, id: 'p2', birthDate: '1961-01-01' }], code: 'conflicting-patient-data', path: '$[1].birthDate' },
  { name: 'a Consent of no known kind', input: () => one({ resourceType: 'Consent', id: 'k', category: [{ text: 'boh' }] }), code: 'consent-not-understood', path: '$.entry[1].resource.category' },
  { name: 'an AuditEvent without agent', input: () => one({ resourceType: 'AuditEvent', id: 'a', recorded: '2024-01-01T10:00:00Z' }), code: 'audit-not-understood', path: '$.entry[1].resource.agent' },
  { name: 'a Bundle inside itself', input: () => { const b: Record<string, unknown> = { resourceType: 'Bundle', type: 'collection' }; b.entry = [{ resource: P }, { resource: b }]; return b; }, code: 'cycle', path: '$.entry[1].resource' },
  { name: 'an array inside itself', input: () => { const a: unknown[] = [P]; a.push(a); return a; }, code: 'cycle', path: '$[1]' },
  {
    name: 'bundles nested 40 deep',
    input: () => {
      let b: unknown = obs({});
      for (let i = 0; i < 40; i++) b = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: b }] };
      return [P, b];
    },
    code: 'nesting-too-deep',
    path: `$[1]${'.entry[0].resource'.repeat(32)}`,
  },
  { name: 'a 10 MB narrative', input: () => one({ resourceType: 'Composition', id: 'c', type: { coding: [{ system: 'http://loinc.org', code: '11502-2' }] }, date: '2024-01-01', section: [{ title: 'Big', text: { div: `<div>${'a'.repeat(10_000_000)}</div>` } }] }), code: 'value-too-long', path: '$.entry[1].resource.section[0].text.div', also: (r) => expect(r.record.events[0]!.document!.sections[0]!.text!.length).to.be.at.most(200_000) },
  { name: 'a cyclic object where a date should be', input: () => { const d: Record<string, unknown> = {}; d.self = d; return one(obs({ effectiveDateTime: d })); }, code: 'not-iso-date', path: '$.entry[1].resource.effectiveDateTime' },
  { name: 'a null-prototype object as confidentiality', input: () => one({ resourceType: 'Composition', id: 'c', type: { coding: [{ system: 'http://loinc.org', code: '11502-2' }] }, date: '2024-01-01', confidentiality: Object.create(null) }), code: 'invalid-confidentiality', path: '$.entry[1].resource.confidentiality' },
  { name: 'a cyclic object as an id', input: () => { const i: Record<string, unknown> = {}; i.i = i; return one({ resourceType: 'Condition', id: i, onsetDateTime: '2020' }); }, code: 'invalid-id', path: '$.entry[1].resource.id' },
  { name: 'a 10 MB resourceType', input: () => one({ resourceType: 'X'.repeat(10_000_000), id: 'x' }), code: 'missing-resource-type', path: '$.entry[1].resource' },
  { name: 'a narrative of a million ampersands and brackets', input: () => one({ resourceType: 'Composition', id: 'c', type: { coding: [{ system: 'http://loinc.org', code: '11502-2' }] }, date: '2024-01-01', section: [{ title: 'Amp', text: { div: '&'.repeat(1_000_000) + '<'.repeat(1_000_000) } }], confidentiality: 'Q' }), code: 'invalid-confidentiality', path: '$.entry[1].resource.confidentiality', also: (r) => expect(r.record.events[0]!.document!.sections[0]!.text!.length).to.be.greaterThan(1000) },
  { name: 'a Coverage that is no exemption', input: () => one({ resourceType: 'Coverage', id: 'cv', type: { coding: [{ code: '02' }] } }), code: 'unused-resources', path: '$.entry[1].resource', also: (r) => expect(r.issues.find((i) => i.code === 'unused-resources')!.message.it).to.contain('amministrativi').and.not.contain('administrative') },
  { name: 'options.patient naming nobody in the data', input: () => [P], code: 'patient-not-found', path: '$', also: (r) => expect(r.record.patient.id).to.equal('Patient/p1') },
  { name: 'an unknown time zone option', input: () => [P], code: 'invalid-time-zone', path: '$' },
];

describe('fromFhir — malformed inputs', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).to.be.at.least(30);
  });

  for (const c of CASES) {
    it(`${c.name} → ${c.code} at ${c.path.length > 60 ? c.path.slice(0, 60) + '…' : c.path}`, () => {
      let r: FromFhirResult | undefined;
      expect(() => {
        r = fromFhir(c.input(), c.code === 'invalid-time-zone' ? { timeZone: 'Nowhere/Land' } : c.code === 'patient-not-found' ? { patient: 'NSSNSS00A00A000A' } : {});
      }).not.to.throw();
      const hits = r!.issues.filter((i) => i.code === c.code);
      expect(hits.map((i) => i.path), JSON.stringify(r!.issues.map((i) => [i.code, i.path]))).to.include(c.path);
      const hit = hits.find((i) => i.path === c.path)!;
      expect(hit.message.it.length).to.be.greaterThan(5);
      expect(hit.message.en.length).to.be.greaterThan(5);
      expect(hit.message.it).not.to.equal(hit.message.en);
      expect(['error', 'warning', 'info']).to.include(hit.severity);
      expect(hit.code).to.match(/^[a-z]+(-[a-z0-9]+)*$/);
      c.also?.(r!);
    });
  }

  it('refuses only what is not an object or array, with FhirInputError', () => {
    for (const bad of [undefined, null, 42, 'Bundle', true, Symbol('x'), () => 1]) {
      expect(() => fromFhir(bad)).to.throw(FhirInputError);
    }
    // A JSON string is refused too (parse it first): the error is a TypeError named FhirInputError.
    expect(() => fromFhir('{"resourceType":"Bundle"}'))
      .to.throw(FhirInputError, 'string')
      .that.is.instanceOf(TypeError)
      .and.has.property('name', 'FhirInputError');
    expect(() => fromFhir({})).not.to.throw();
    const far = fromFhir([{ resourceType: 'Condition', id: 'u' }], { now: 1e308 });
    expect(far.issues.find((i) => i.code === 'invalid-value')?.message.en).to.contain('options.now');
    expect(Number.isFinite(far.record.events[0]!.date.start)).to.equal(true);
    expect(fromFhir([]).record.events).to.deep.equal([]);
  });

  it('treats hostile strings as data: markup in narrative becomes text, prototype keys are plain codes', () => {
    const r = fromFhir(one({
      resourceType: 'Composition',
      id: '__proto__',
      type: { coding: [{ system: 'http://loinc.org', code: 'constructor' }, { system: 'http://loinc.org', code: '__proto__' }] },
      date: '2024-01-01',
      title: '<img src=x onerror=alert(1)>',
      section: [{ title: 'x', text: { div: '<div><img src="x" onerror="alert(1)"/>Testo &lt;b&gt;</div>' } }],
    }));
    const d = r.record.events[0]!;
    expect(d.id).to.equal('Composition/__proto__');
    expect(d.document!.nationalType).to.equal('OTHER');
    expect(d.title).to.equal('<img src=x onerror=alert(1)>');
    expect(d.document!.sections[0]!.text).to.equal('Testo <b>');
  });
});
