/**
 * Property tests (fast-check): random JSON, random FHIR-shaped resources and random mutations of a
 * gateway bundle never make fromFhir throw, and always give a well-formed record.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { EVENT_CATEGORIES, categoryOf, fromFhir, type FromFhirResult } from '@percorso/model';

const KINDS = new Set(['document', 'encounter', 'condition', 'procedure', 'observation', 'vaccination', 'medication', 'imaging', 'appointment', 'careplan', 'taccuino', 'other']);
const STEP = new Set(['done', 'booked', 'overdue', 'planned', 'cancelled']);

/** Every invariant a consumer relies on. */
function wellFormed(r: FromFhirResult): void {
  const { record, issues, otherPatients } = r;
  expect(record.timeZone).to.be.a('string');
  expect(record.patient.id).to.be.a('string');
  expect(record.patient.identifiers).to.be.an('array');
  expect(record.patient.exemptions).to.be.an('array');
  expect(record.patient.name).to.be.a('string');
  expect(otherPatients).to.be.an('array');
  const ids = new Set<string>();
  let prev = -Infinity;
  let prevId = '';
  for (const e of record.events) {
    expect(e.id).to.be.a('string');
    expect(ids.has(e.id), `unique id ${e.id}`).to.equal(false);
    ids.add(e.id);
    expect(KINDS.has(e.kind), e.kind).to.equal(true);
    expect(e.title).to.be.a('string');
    expect(Number.isFinite(e.date.start) && Number.isFinite(e.date.end) && e.date.end > e.date.start, `date of ${e.id}`).to.equal(true);
    expect(e.date.iso).to.be.a('string').and.not.equal('');
    if (e.end) expect(e.end.end >= e.date.start, `end of ${e.id}`).to.equal(true);
    expect(e.date.start > prev || (e.date.start === prev && e.id > prevId), 'sorted by date then id').to.equal(true);
    prev = e.date.start;
    prevId = e.id;
    for (const c of e.codes) expect(typeof c.system === 'string' && typeof c.code === 'string' && c.code.length > 0).to.equal(true);
    expect(e.carePathIds).to.be.an('array');
    expect(e.bodySites).to.be.an('array');
    expect(['N', 'R', 'V']).to.include(e.privacy.confidentiality);
    expect(EVENT_CATEGORIES).to.include(categoryOf(e));
    if (e.kind === 'document') expect(e.document?.eventIds).to.be.an('array');
    if (e.documentId) expect(ids.has(e.documentId) || record.events.some((d) => d.id === e.documentId), `document of ${e.id}`).to.equal(true);
  }
  for (const p of record.carePaths) {
    expect(p.id).to.be.a('string');
    for (const s of p.steps) expect(STEP.has(s.status)).to.equal(true);
    for (const id of [...p.eventIds, ...p.therapyIds]) expect(ids.has(id), `care path link ${id}`).to.equal(true);
  }
  for (const c of record.consents) expect(['permit', 'deny', 'not-expressed']).to.include(c.decision);
  for (const a of record.accessLog) expect(Number.isFinite(a.at.start)).to.equal(true);
  for (const i of issues) {
    expect(i.code).to.match(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(i.path.startsWith('$'), i.path).to.equal(true);
    expect(['error', 'warning', 'info']).to.include(i.severity);
    expect(i.message.it).to.be.a('string');
    expect(i.message.en).to.be.a('string');
  }
  expect(() => JSON.stringify(r)).not.to.throw();
}

const TYPES = [
  'Patient', 'Bundle', 'Composition', 'DocumentReference', 'Encounter', 'Condition', 'Procedure', 'Observation', 'DiagnosticReport',
  'ImagingStudy', 'Immunization', 'MedicationRequest', 'MedicationStatement', 'Appointment', 'CarePlan', 'Consent', 'AuditEvent',
  'RelatedPerson', 'Coverage', 'Practitioner', 'Organization', 'Goal', 'CareTeam', 'Frobnicator',
];
const FIELDS = [
  'id', 'identifier', 'subject', 'patient', 'encounter', 'code', 'type', 'date', 'effectiveDateTime', 'onsetDateTime', 'period',
  'start', 'end', 'status', 'section', 'entry', 'context', 'securityLabel', 'meta', 'activity', 'provision', 'category', 'agent',
  'recorded', 'relationship', 'birthDate', 'gender', 'name', 'partOf', 'class', 'bodySite', 'valueQuantity', 'performer',
  'author', 'custodian', 'result', 'addresses', 'goal', 'careTeam', 'basedOn', 'participant', 'masterIdentifier', 'confidentiality',
];
const refString = fc.oneof(
  fc.constantFrom('Patient/p', 'Patient/q', 'Encounter/e', 'Composition/c', 'urn:uuid:1', 'Patient?identifier=X', '#c', 'http://x/Observation/o/_history/1'),
  fc.string(),
);
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  refString.map((reference) => ({ reference })),
  fc.constantFrom('2019-02-30', '2020-02-29', '2019', '2019-03', '2019-03-31T02:30:00+01:00', '0000', 'P99', 'permit', 'deny'),
  fc.constantFrom('P99', 'P97', 'P98', 'P00', '11502-2', '34105-7', 'completed', 'booked').map((code) => ({ coding: [{ system: 'http://loinc.org', code }] })),
);
const resource = fc
  .record({ resourceType: fc.constantFrom(...TYPES), fields: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })), { maxKeys: 10 }) })
  .map(({ resourceType, fields }) => ({ ...fields, resourceType }));
const entry = (r: fc.Arbitrary<unknown>) =>
  fc.record({ fullUrl: fc.option(fc.constantFrom('urn:uuid:1', 'urn:uuid:2', 'http://x/Patient/p'), { nil: undefined }), resource: r });
const bundleOf = (r: fc.Arbitrary<unknown>) =>
  fc.record({ resourceType: fc.constant('Bundle'), type: fc.constantFrom('collection', 'document', 'transaction', 'searchset'), entry: fc.array(entry(r), { maxLength: 6 }) });
/** Bundles of FHIR-shaped resources, with bundles nested up to two levels. */
const fhirish: fc.Arbitrary<unknown> = bundleOf(fc.oneof({ weight: 5, arbitrary: resource }, { weight: 1, arbitrary: bundleOf(fc.oneof({ weight: 4, arbitrary: resource }, { weight: 1, arbitrary: bundleOf(resource) })) }));

describe('fromFhir — property tests', function () {
  this.timeout(120_000);
  it('random JSON never throws (except FhirInputError for non-objects) and gives a well-formed record', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        if (typeof v !== 'object' || v === null) {
          expect(() => fromFhir(v)).to.throw(TypeError);
          return;
        }
        wellFormed(fromFhir(v));
      }),
      { numRuns: 300 },
    );
  });

  it('random anything inside arrays and objects never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withTypedArray: true })), (v) => {
        wellFormed(fromFhir(v));
      }),
      { numRuns: 200 },
    );
  });

  it('random FHIR-shaped bundles never throw and give well-formed records', () => {
    fc.assert(
      fc.property(fhirish, fc.integer({ min: 0, max: 2 ** 40 }), (b, now) => {
        wellFormed(fromFhir(b, { now }));
      }),
      { numRuns: 400 },
    );
  });

  it('random options never throw: a bad time zone, now or patient is reported or ignored', () => {
    const input = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Condition', id: 'c', onsetDateTime: '2020-03-29' } }, { resource: { resourceType: 'Condition', id: 'undated' } }] };
    fc.assert(
      fc.property(fc.option(fc.record({ timeZone: fc.oneof(fc.jsonValue(), fc.constantFrom('Europe/Rome', 'UTC', 'Mars/Base')), now: fc.oneof(fc.jsonValue(), fc.double(), fc.constantFrom(1e308, -8.64e15, 8.64e15 + 1)), patient: fc.jsonValue() }, { requiredKeys: [] }), { nil: undefined }), (options) => {
        wellFormed(fromFhir(input, options as never));
      }),
      { numRuns: 200 },
    );
  });

  describe('mutations of a gateway bundle', () => {
    let base: unknown;
    before(async () => {
      base = await (await fetch('/gateway/mds-fhir-VPS.json')).json();
    });

    /** All paths to values in a JSON tree. */
    function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
      out.push(at);
      if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
      return out;
    }

    it('replacing, deleting or duplicating any part never throws and keeps the record well-formed', () => {
      const all = paths(base).filter((p) => p.length > 0);
      const replacement = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.constantFrom('2019-02-30', '', 'Patient/none', null, 1e308, -0));
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(all.length - 1), replacement, fc.boolean()), { minLength: 1, maxLength: 8 }), (muts) => {
          const doc = structuredClone(base) as Record<string, unknown>;
          for (const [i, value, dup] of muts) {
            const p = all[i]!;
            let parent: unknown = doc;
            for (const k of p.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[k] : undefined;
            if (!parent || typeof parent !== 'object') continue;
            const last = p[p.length - 1]!;
            const obj = parent as Record<string | number, unknown>;
            if (dup && Array.isArray(parent) && typeof last === 'number') (parent as unknown[]).push(structuredClone(parent[last]));
            else if (value === undefined) delete obj[last];
            else obj[last] = value;
          }
          const r = fromFhir(doc);
          wellFormed(r);
        }),
        { numRuns: 250 },
      );
    });
  });
});
