/**
 * Issues are part of what a viewer sees, so an issue about a hidden document is as secret as the
 * document (issue 8 §1). A hidden document here is a Composition in its document Bundle plus the
 * DocumentReference that carries its access rule (P99 obscured, P97 hidden from the parent, P98
 * hidden from the patient) or its protected category (HIV), as the gateway gives them. Every
 * resource of it is broken: a dangling author `Practitioner/dr-infettivologo-…`, an impossible
 * date, a date that is not ISO 8601, an unknown code system, a duplicated Observation. Whoever may
 * not see the document sees none of those issues — the same issues as if the document had never
 * been sent — and whoever may see it does see them (the test is not vacuous).
 */
import { expect } from '@open-wc/testing';
import { fromCda, fromFhir, viewFor, type Issue, type Viewer } from '@percorso/model';

const NOW = Date.UTC(2026, 2, 15, 10);
const CS = 'https://percorso.dev/fhir/CodeSystem/';
const MEF = 'urn:oid:2.16.840.1.113883.2.9.4.3.2';
const LOINC = 'http://loinc.org';
const EVENT_CODES = 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3';
const patientRef = { reference: 'Patient/p1' };
const SECRET_AUTHOR = 'Practitioner/dr-infettivologo-5f2c';

type Hiding = 'P99' | 'P97' | 'P98' | 'HIV';

/** The patient, a care consent, two delegations (voluntary, parental) and one visible document. */
function visible(): unknown[] {
  return [
    { resourceType: 'Patient', id: 'p1', identifier: [{ system: MEF, value: 'BNCLRA70C45L219Y' }], name: [{ family: 'Bianchi', given: ['Laura'] }], birthDate: '1970-03-05' },
    {
      resourceType: 'Consent',
      id: 'care',
      status: 'active',
      category: [{ coding: [{ system: LOINC, code: '59284-0' }] }],
      patient: patientRef,
      dateTime: '2024-05-01',
      provision: { type: 'permit', purpose: [{ system: `${CS}finalita-consultazione`, code: 'cura' }] },
    },
    { resourceType: 'RelatedPerson', id: 'del-vol', patient: patientRef, identifier: [{ system: MEF, value: 'VRDGNN70A01H501Z' }], name: [{ text: 'Gianni Verdi' }], relationship: [{ coding: [{ system: `${CS}tipo-delega`, code: 'voluntary' }] }], period: { start: '2024-01-01' } },
    { resourceType: 'RelatedPerson', id: 'del-par', patient: patientRef, identifier: [{ system: MEF, value: 'BNCMRA45A01H501X' }], name: [{ text: 'Mario Bianchi' }], relationship: [{ coding: [{ system: `${CS}tipo-delega`, code: 'parental' }] }], period: { start: '2024-01-01' } },
    {
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        { resource: { resourceType: 'Composition', id: 'lab', status: 'final', identifier: { value: 'uid-lab' }, type: { coding: [{ system: LOINC, code: '11502-2' }] }, subject: patientRef, date: '2025-01-10', title: 'Esami del sangue' } },
        { resource: { resourceType: 'Observation', id: 'hb', status: 'final', subject: patientRef, code: { coding: [{ system: LOINC, code: '718-7', display: 'Emoglobina' }] }, effectiveDateTime: '2025-01-10', valueQuantity: { value: 13.1, unit: 'g/dL' } } },
      ],
    },
    { resourceType: 'DocumentReference', id: 'dr-lab', status: 'current', masterIdentifier: { value: 'uid-lab' }, type: { coding: [{ system: LOINC, code: '11502-2' }] }, subject: patientRef, date: '2025-01-10', context: { related: [{ reference: 'Composition/lab' }] } },
  ];
}

/** A hidden HIV test report, broken in every resource that makes it up. */
function hidden(how: Hiding): unknown[] {
  const hivCode = { coding: [{ system: LOINC, code: '7917-8', display: 'HIV 1 Ab' }] };
  return [
    {
      resourceType: 'Bundle',
      type: 'document',
      entry: [
        {
          resource: {
            resourceType: 'Composition',
            id: 'hiv',
            status: 'final',
            identifier: { value: 'uid-hiv' },
            type: { coding: [{ system: LOINC, code: '11502-2' }] },
            subject: patientRef,
            date: '2025-02-30',
            title: 'Test HIV',
            author: [{ reference: SECRET_AUTHOR }],
            section: [{ title: 'Esito', entry: [{ reference: 'Observation/hiv-ab' }] }],
          },
        },
        { resource: { resourceType: 'Observation', id: 'hiv-ab', status: 'final', subject: patientRef, code: { coding: [{ system: 'hiv-lab-local', code: 'HIV-AB' }] }, effectiveDateTime: '12/02/2025', performer: [{ reference: 'Practitioner/lab-tech' }], valueString: 'Positivo' } },
        { resource: { resourceType: 'Observation', id: 'hiv-ab', status: 'final', subject: patientRef, code: hivCode, effectiveDateTime: '2025-02-12' } },
        { resource: { resourceType: 'Practitioner', id: 'lab-tech', name: [{ text: 'Tecnico di laboratorio' }], identifier: [{ system: 'urn:oid:bad oid', value: 'x' }], birthDate: '1980-13-01', qualification: [{ code: { coding: [{ system: 'local-qual', code: 'TLB' }] } }] } },
      ],
    },
    {
      resourceType: 'DocumentReference',
      id: 'dr-hiv',
      status: 'current',
      masterIdentifier: { value: 'uid-hiv' },
      type: { coding: [{ system: LOINC, code: '11502-2' }, { system: 'not a uri', code: 'HIV' }] },
      subject: patientRef,
      date: '2025-02-31T10:00:00+01:00',
      author: [{ reference: SECRET_AUTHOR }],
      ...(how === 'HIV' ? { securityLabel: [{ coding: [{ system: `${CS}categoria-protetta`, code: 'HIV' }] }] } : {}),
      context: {
        ...(how !== 'HIV' ? { event: [{ coding: [{ system: EVENT_CODES, code: how }] }] } : {}),
        period: { start: '12 febbraio 2025' },
        related: [{ reference: 'Composition/hiv' }],
      },
    },
  ];
}

const VIEWERS: Record<string, Viewer> = {
  citizen: { role: 'citizen', now: NOW },
  clinician: { role: 'clinician', now: NOW },
  emergency: { role: 'emergency', now: NOW },
  delegate: { role: 'delegate', delegationId: 'RelatedPerson/del-vol', now: NOW },
  'parental delegate': { role: 'delegate', delegationId: 'RelatedPerson/del-par', now: NOW },
  parent: { role: 'parent', delegationId: 'RelatedPerson/del-par', now: NOW },
};

/** Who may not see a document hidden this way (DESIGN §5; view.ts). */
const HIDDEN_FROM: Record<Hiding, string[]> = {
  P99: ['clinician', 'emergency', 'delegate', 'parental delegate', 'parent'],
  HIV: ['clinician', 'emergency', 'delegate', 'parental delegate', 'parent'],
  P97: ['parental delegate', 'parent'],
  P98: ['citizen', 'delegate', 'parental delegate', 'parent'],
};

/** What a person could read in an issue, paths included. */
const shown = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.path} ${i.message.it} ${i.message.en}`);

describe('viewFor: issues of a hidden document (issue 8 §1)', () => {
  for (const how of ['P99', 'HIV', 'P97', 'P98'] as const) {
    const input = [...visible(), ...hidden(how)];
    const full = fromFhir(input, { now: NOW });
    const without = fromFhir(visible(), { now: NOW });
    const hiddenAt = [`$[${visible().length}]`, `$[${visible().length + 1}]`];

    it(`${how}: the document's resources raise issues (dangling author, impossible and non-ISO dates, unknown codes, a duplicate)`, () => {
      const codes = new Set(full.issues.filter((i) => hiddenAt.some((p) => i.path.startsWith(p))).map((i) => i.code));
      for (const c of ['dangling-reference', 'invalid-date', 'not-iso-date', 'duplicate-resource', 'unknown-code-system']) expect([...codes]).to.include(c);
    });

    for (const [name, viewer] of Object.entries(VIEWERS)) {
      const hides = HIDDEN_FROM[how].includes(name);
      it(`${how}, ${name}: ${hides ? 'no issue of the hidden document, the same issues as without it' : 'sees the document and its issues'}`, () => {
        const v = viewFor(full, viewer);
        expect(v.restriction, 'a usable view').to.equal(undefined);
        const fromHidden = v.issues.filter((i) => hiddenAt.some((p) => i.path.startsWith(p)));
        if (hides) {
          expect(v.events.map((e) => e.id)).to.not.include('Composition/hiv');
          expect(shown(fromHidden), 'issues raised in the hidden document').to.deep.equal([]);
          expect(shown(v.issues).join('\n')).to.not.include('dr-infettivologo');
          expect(shown(v.issues).join('\n')).to.not.include('2025-02-3');
          expect(v.issues, 'as if it had never been sent').to.deep.equal(viewFor(without, viewer).issues);
        } else {
          expect(v.events.map((e) => e.id)).to.include('Composition/hiv');
          expect(fromHidden.map((i) => i.code)).to.include.members(['dangling-reference', 'invalid-date', 'not-iso-date']);
        }
      });
    }
  }
});

describe('viewFor: issues whose subject is unknown', () => {
  const input = [...visible(), null, { resourceType: 'Bundle', type: 'collection', entry: [] }];
  const r = fromFhir(input, { now: NOW });

  it('the reader cannot tie a null entry or an empty Bundle to anything', () => {
    const loose = r.issues.filter((i) => i.code === 'not-a-resource' || i.code === 'empty-bundle');
    expect(loose.map((i) => i.code)).to.deep.equal(['not-a-resource', 'empty-bundle']);
    for (const i of loose) expect(i.subjectIds).to.equal(undefined);
  });

  for (const [name, viewer] of Object.entries(VIEWERS)) {
    it(`${name}: ${name === 'citizen' ? 'sees them, in their own view' : 'does not see them'}`, () => {
      const codes = viewFor(r, viewer).issues.map((i) => i.code);
      if (name === 'citizen') expect(codes).to.include.members(['not-a-resource', 'empty-bundle']);
      else expect(codes).to.not.include.oneOf(['not-a-resource', 'empty-bundle']);
    });
  }

  it('issues about the patient and about visible objects reach every viewer', () => {
    const withBadGender = fromFhir(
      visible().map((x) => ((x as { resourceType: string }).resourceType === 'Patient' ? { ...(x as object), gender: 'F' } : x)),
      { now: NOW },
    );
    for (const viewer of Object.values(VIEWERS)) {
      expect(viewFor(withBadGender, viewer).issues.map((i) => i.code), viewer.role).to.include('invalid-value');
    }
  });
});

describe('fromCda + viewFor: issues of a hidden CDA document', () => {
  it('every issue raised inside a document names it, so an obscured document takes its issues along', async () => {
    const text = async (name: string) => (await fetch(`/gateway/mds-cda-${name}.xml`)).text();
    const lab = await text('LAB');
    // the RAD report with an impossible effectiveTime and a foreign namespace (an issue that names nothing else)
    const rad = (await text('RAD')).replace('<effectiveTime value="20220330112426+0100"/>', '<effectiveTime value="20220231112426+0100"/>').replace('xmlns="urn:hl7-org:v3"', 'xmlns="urn:example:v3"');
    const r = fromCda([lab, rad], { now: NOW });
    const radIssues = r.issues.filter((i) => i.path.startsWith('$[1]/'));
    expect(radIssues.map((i) => i.code)).to.include.members(['invalid-date', 'not-hl7-namespace']);
    const radDoc = r.record.events.find((e) => e.kind === 'document' && radIssues.every((i) => i.subjectIds?.includes(e.id)));
    expect(radDoc, 'one document named by all its issues').to.not.equal(undefined);
    // the host obscures it (P99 from the gateway's metadata), as the consent panel's request would
    const obscured = { ...r.record, consents: [{ id: 'c', scope: 'consultation' as const, purpose: 'care' as const, decision: 'permit' as const, source: [] }], events: r.record.events.map((e) => (e.id === radDoc!.id || e.documentId === radDoc!.id ? { ...e, privacy: { ...e.privacy, obscured: true } } : e)) };
    const clinician = viewFor(obscured, { role: 'clinician', now: NOW }, r.issues);
    expect(clinician.events.map((e) => e.id)).to.not.include(radDoc!.id);
    expect(clinician.issues.filter((i) => i.path.startsWith('$[1]/'))).to.deep.equal([]);
    const citizen = viewFor(obscured, { role: 'citizen', now: NOW }, r.issues);
    expect(citizen.issues.filter((i) => i.path.startsWith('$[1]/')).map((i) => i.code)).to.include.members(['invalid-date', 'not-hl7-namespace']);
  });
});
