/**
 * "As if it had never been sent", issues included, through the real path fromFhir + viewFor (issue
 * 8 §1). Random FHIR inputs hold gateway-style documents — a document Bundle (Composition, its
 * results, the author's PractitionerRole, Practitioner and Organization) plus the DocumentReference
 * that carries its access rule (P99, P97, P98) or protected category (HIV) and its NREs. Every
 * hidden document is broken in every resource that makes it up: impossible and non-ISO dates,
 * dangling references (author, practitioner, organisation, results), unknown code systems and
 * document types, an unknown confidentiality, duplicated results and authors. For every viewer
 * role, the view of the input — events, care of links, issues — deep-equals the view of the same
 * input with the documents that viewer may not see deleted (and those obscured along with them by
 * NRE), written here from the rules, independently of view.ts. The seed changes every run
 * (test/model/seed.ts says how to replay one).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromFhir, viewFor, type FromFhirResult, type FseView, type Viewer } from '@percorso/model';
import { runSeed } from './seed.js';

const NOW = Date.UTC(2026, 2, 15, 10);
const CS = 'https://percorso.dev/fhir/CodeSystem/';
const MEF = 'urn:oid:2.16.840.1.113883.2.9.4.3.2';
const LOINC = 'http://loinc.org';
const EVENT_CODES = 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3';
const NRE_SYSTEM = 'urn:oid:2.16.840.1.113883.2.9.4.3.8';
const NRES = ['010A01234567890', '010A09876543210', '120A04005123456'];
const patientRef = { reference: 'Patient/p1' };

type Hiding = 'none' | 'P99' | 'P97' | 'P98' | 'HIV';
const TYPES = { LAB: '11502-2', RSA: '11488-4', PRESC_SPEC: '57832-8' } as const;

interface Broken {
  compDate: boolean;
  drefDate: boolean;
  period: boolean;
  obsDate: boolean;
  danglingAuthor: boolean;
  danglingPractitioner: boolean;
  danglingOrg: boolean;
  danglingResult: boolean;
  unknownCode: boolean;
  unknownType: boolean;
  badConfidentiality: boolean;
  dupResult: boolean;
  dupAuthor: boolean;
}

interface DocSpec {
  type: keyof typeof TYPES;
  hide: Hiding;
  nre: number[];
  day: number;
  results: number;
  broken: Broken;
}

const brokenArb: fc.Arbitrary<Broken> = fc.record({
  compDate: fc.boolean(),
  drefDate: fc.boolean(),
  period: fc.boolean(),
  obsDate: fc.boolean(),
  danglingAuthor: fc.boolean(),
  danglingPractitioner: fc.boolean(),
  danglingOrg: fc.boolean(),
  danglingResult: fc.boolean(),
  unknownCode: fc.boolean(),
  unknownType: fc.boolean(),
  badConfidentiality: fc.boolean(),
  dupResult: fc.boolean(),
  dupAuthor: fc.boolean(),
});

const docArb: fc.Arbitrary<DocSpec> = fc.record({
  type: fc.constantFrom('LAB' as const, 'RSA' as const, 'PRESC_SPEC' as const),
  hide: fc.constantFrom<Hiding>('none', 'none', 'P99', 'P97', 'P98', 'HIV'),
  nre: fc.uniqueArray(fc.nat(NRES.length - 1), { maxLength: 2 }),
  day: fc.nat(2000),
  results: fc.integer({ min: 1, max: 3 }),
  broken: brokenArb,
});

const specArb = fc.record({ docs: fc.array(docArb, { minLength: 1, maxLength: 6 }), consent: fc.boolean() });
type Spec = { docs: DocSpec[]; consent: boolean };

const iso = (day: number) => new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** One document: its Bundle and its DocumentReference, broken where `b` says (only hidden documents are broken). */
function documentOf(i: number, d: DocSpec): unknown[] {
  const b = d.hide === 'none' ? undefined : d.broken;
  const date = iso(d.day);
  const ids = { comp: `c${i}`, dref: `dr${i}`, role: `role${i}`, pract: `pract${i}`, org: `org${i}` };
  const results = Array.from({ length: d.results }, (_, j) => `c${i}-obs${j}`);
  const obs = (id: string, j: number) => ({
    resourceType: 'Observation',
    id,
    status: 'final',
    subject: patientRef,
    code: { coding: [b?.unknownCode && j === 0 ? { system: 'codici locali', code: 'HB' } : { system: LOINC, code: '718-7', display: 'Emoglobina' }] },
    effectiveDateTime: b?.obsDate && j === 0 ? '2024-02-30' : date,
    performer: [{ reference: `PractitionerRole/${ids.role}` }],
    valueQuantity: { value: 10 + j, unit: 'g/dL' },
  });
  const entries: unknown[] = [
    {
      resourceType: 'Composition',
      id: ids.comp,
      status: 'final',
      identifier: { value: `uid-${i}` },
      type: { coding: [b?.unknownType ? { system: LOINC, code: '99999-9' } : { system: LOINC, code: TYPES[d.type] }] },
      subject: patientRef,
      date: b?.compDate ? `${date.slice(0, 4)}-13-01` : date,
      title: `Documento ${i}`,
      confidentiality: b?.badConfidentiality ? 'segreto' : 'N',
      author: [{ reference: b?.danglingAuthor ? `Practitioner/dr-infettivologo-${i}` : `PractitionerRole/${ids.role}` }],
      custodian: { reference: `Organization/${ids.org}` },
      section: [{ title: 'Esito', entry: [...results.map((r) => ({ reference: `Observation/${r}` })), ...(b?.danglingResult ? [{ reference: `Observation/missing-${i}` }] : [])] }],
    },
    ...results.map(obs),
    ...(b?.dupResult ? [obs(results[0]!, 1)] : []),
    {
      resourceType: 'PractitionerRole',
      id: ids.role,
      practitioner: { reference: b?.danglingPractitioner ? `Practitioner/gone-${i}` : `Practitioner/${ids.pract}` },
      organization: { reference: `Organization/${ids.org}` },
    },
    { resourceType: 'Practitioner', id: ids.pract, name: [{ text: `Dott. Autore ${i}` }] },
    ...(b?.dupAuthor ? [{ resourceType: 'Practitioner', id: ids.pract, name: [{ text: `Dott. Copia ${i}` }] }] : []),
    { resourceType: 'Organization', id: ids.org, name: `Ospedale ${i}`, ...(b?.danglingOrg ? { partOf: { reference: `Organization/asl-scomparsa-${i}` } } : {}) },
  ];
  const dref = {
    resourceType: 'DocumentReference',
    id: ids.dref,
    status: 'current',
    masterIdentifier: { value: `uid-${i}` },
    type: { coding: [{ system: LOINC, code: TYPES[d.type] }, ...(b?.unknownCode ? [{ system: 'tipo locale', code: 'X' }] : [])] },
    subject: patientRef,
    date: b?.drefDate ? `${date}T25:00:00+01:00` : date,
    author: [{ reference: b?.danglingAuthor ? `Practitioner/dr-infettivologo-${i}` : `PractitionerRole/${ids.role}` }],
    ...(d.hide === 'HIV' ? { securityLabel: [{ coding: [{ system: `${CS}categoria-protetta`, code: 'HIV' }] }] } : {}),
    context: {
      ...(d.hide !== 'none' && d.hide !== 'HIV' ? { event: [{ coding: [{ system: EVENT_CODES, code: d.hide }] }] } : {}),
      ...(b?.period ? { period: { start: `${Number(date.slice(8, 10))}/${date.slice(5, 7)}/${date.slice(0, 4)}` } } : {}),
      related: [{ reference: `Composition/${ids.comp}` }, ...d.nre.map((n) => ({ identifier: { system: NRE_SYSTEM, value: NRES[n] } }))],
    },
  };
  return [{ resourceType: 'Bundle', type: 'document', entry: entries.map((resource) => ({ resource })) }, dref];
}

/** The input: the patient, maybe a care consent, two delegations, then each document (Bundle, DocumentReference). */
function inputOf(spec: Spec): { items: unknown[]; docOf: number[] } {
  const items: unknown[] = [
    { resourceType: 'Patient', id: 'p1', identifier: [{ system: MEF, value: 'BNCLRA70C45L219Y' }], name: [{ family: 'Bianchi', given: ['Laura'] }], gender: 'female', birthDate: '1970-03-05' },
    { resourceType: 'RelatedPerson', id: 'del-vol', patient: patientRef, identifier: [{ system: MEF, value: 'VRDGNN70A01H501Z' }], name: [{ text: 'Gianni Verdi' }], relationship: [{ coding: [{ system: `${CS}tipo-delega`, code: 'voluntary' }] }], period: { start: '2018-01-01' } },
    { resourceType: 'RelatedPerson', id: 'del-par', patient: patientRef, identifier: [{ system: MEF, value: 'BNCMRA45A01H501X' }], name: [{ text: 'Mario Bianchi' }], relationship: [{ coding: [{ system: `${CS}tipo-delega`, code: 'parental' }] }], period: { start: '2018-01-01' } },
  ];
  if (spec.consent) {
    items.push({ resourceType: 'Consent', id: 'care', status: 'active', category: [{ coding: [{ system: LOINC, code: '59284-0' }] }], patient: patientRef, dateTime: '2018-05-01', provision: { type: 'permit', purpose: [{ system: `${CS}finalita-consultazione`, code: 'cura' }] } });
  }
  const docOf: number[] = items.map(() => -1);
  spec.docs.forEach((d, i) => {
    for (const item of documentOf(i, d)) {
      items.push(item);
      docOf.push(i);
    }
  });
  return { items, docOf };
}

interface Role {
  name: string;
  viewer: Viewer;
  /** What hides a document from this viewer (DESIGN §5), as a table. */
  hidden: (h: Hiding) => boolean;
}

const ROLES: Role[] = [
  { name: 'citizen', viewer: { role: 'citizen', now: NOW }, hidden: (h) => h === 'P98' },
  { name: 'delegate', viewer: { role: 'delegate', delegationId: 'RelatedPerson/del-vol', now: NOW }, hidden: (h) => h === 'P99' || h === 'HIV' || h === 'P98' },
  { name: 'delegate with a parental delegation', viewer: { role: 'delegate', delegationId: 'RelatedPerson/del-par', now: NOW }, hidden: (h) => h !== 'none' },
  { name: 'parent', viewer: { role: 'parent', delegationId: 'RelatedPerson/del-par', now: NOW }, hidden: (h) => h !== 'none' },
  { name: 'clinician', viewer: { role: 'clinician', now: NOW }, hidden: (h) => h === 'P99' || h === 'HIV' },
  { name: 'emergency', viewer: { role: 'emergency', now: NOW }, hidden: (h) => h === 'P99' || h === 'HIV' },
];

/** The documents a viewer may not see, with those obscured along with a hidden prescription (same NRE), to a fixpoint. */
function hiddenDocs(spec: Spec, role: Role): Set<number> {
  const gone = new Set<number>();
  spec.docs.forEach((d, i) => role.hidden(d.hide) && gone.add(i));
  for (let changed = true; changed; ) {
    changed = false;
    const nres = new Set<number>();
    for (const i of gone) if (spec.docs[i]!.type === 'PRESC_SPEC') for (const n of spec.docs[i]!.nre) nres.add(n);
    spec.docs.forEach((d, i) => {
      if (!gone.has(i) && d.nre.some((n) => nres.has(n))) {
        gone.add(i);
        changed = true;
      }
    });
  }
  return gone;
}

/** fromFhir of the input without the documents in `gone`, and where each of its items was in the whole input. */
function readWithout(items: readonly unknown[], docOf: readonly number[], gone: Set<number>): { read: FromFhirResult; kept: number[] } {
  const kept: number[] = [];
  items.forEach((_, k) => (docOf[k] === -1 || !gone.has(docOf[k]!)) && kept.push(k));
  return { read: fromFhir(kept.map((k) => items[k]), { now: NOW }), kept };
}

/** The view, with issue paths put back at their place in the whole input. */
function viewAt(read: FromFhirResult, kept: readonly number[], viewer: Viewer): FseView {
  const v = viewFor(read, viewer);
  const issues = v.issues.map((i) => {
    const m = /^\$\[(\d+)\]/.exec(i.path);
    return m ? { ...i, path: `$[${kept[Number(m[1])]}]${i.path.slice(m[0].length)}` } : i;
  });
  return { ...v, issues };
}

describe('fromFhir + viewFor: hidden documents leave no trace, issues included (property)', () => {
  it('for every viewer role, the view equals the view of the input with what it may not see deleted (1 000 random inputs)', async function () {
    this.timeout(120_000);
    const { seed, path } = await runSeed();
    let hiddenIssues = 0;
    let shownHiddenDocs = 0;
    const started = performance.now();
    fc.assert(
      fc.property(specArb, (spec) => {
        const { items, docOf } = inputOf(spec);
        const full = fromFhir(items, { now: NOW });
        const pruned = new Map<string, { read: FromFhirResult; kept: number[] }>();
        for (const role of ROLES) {
          const gone = hiddenDocs(spec, role);
          const key = [...gone].join(',');
          if (!pruned.has(key)) pruned.set(key, readWithout(items, docOf, gone));
          const { read, kept } = pruned.get(key)!;
          const v = viewFor(full, role.viewer);
          const v2 = viewAt(read, kept, role.viewer);
          // the parts first, for a readable failure; then the whole
          expect(v.events.map((e) => e.id), `${role.name}: events`).to.deep.equal(v2.events.map((e) => e.id));
          expect(v.issues.map((i) => `${i.code} ${i.path}`), `${role.name}: issues`).to.deep.equal(v2.issues.map((i) => `${i.code} ${i.path}`));
          expect(v, role.name).to.deep.equal(v2);
          if (!v.restriction && gone.size) hiddenIssues += full.issues.length - v.issues.length;
          if (!v.restriction && spec.docs.some((d) => d.hide !== 'none' && !role.hidden(d.hide))) shownHiddenDocs++;
        }
      }),
      { numRuns: 1000, seed, ...(path ? { path } : {}), includeErrorInReport: true },
    );
    console.log(`1 000 random inputs × ${ROLES.length} viewers in ${Math.round(performance.now() - started)} ms`);
    // not vacuous: issues were there to hide, and documents with access rules were shown to those allowed
    expect(hiddenIssues).to.be.greaterThan(1000);
    expect(shownHiddenDocs).to.be.greaterThan(100);
  });

  it('a clinician without consent sees an empty view, with no issue at all', async () => {
    const { seed } = await runSeed();
    fc.assert(
      fc.property(specArb, (spec) => {
        const v = viewFor(fromFhir(inputOf({ ...spec, consent: false }).items, { now: NOW }), { role: 'clinician', now: NOW });
        expect(v.restriction).to.equal('no-consent');
        expect(v.events).to.deep.equal([]);
        expect(v.issues).to.deep.equal([]);
      }),
      { numRuns: 100, seed },
    );
  });
});
