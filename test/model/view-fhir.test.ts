/**
 * The privacy case through the real path, fromFhir + viewFor: an obscured chest X-ray (P99) with
 * an observation inside, an access-log row about it, and a prescription whose specialist report
 * is obscured along with it. A clinician's view has no trace of them — no event, no count, no
 * change of the date extent, no body-map region, no access-log row, no issue — and equals the
 * clinician view of the same input without those resources.
 */
import { expect } from '@open-wc/testing';
import { bodyRegionsOf, fromFhir, viewFor, type FseView, type Viewer } from '@percorso/model';
import { EVENT_CODES, NRE_SYSTEM, patientRef, patientResource } from '../fhir-kit.js';

const NOW = Date.UTC(2026, 2, 15, 10);
const CF = 'BNCLRA70C45L219Y';
const NRE = '010A04005123456';
const SECRET = 'Opacità polmonare sospetta';

function base(): unknown[] {
  return [
    patientResource(CF, 'Bianchi', 'Laura', '1970-03-05'),
    {
      resourceType: 'Consent',
      id: 'cons1',
      status: 'active',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
      category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
      patient: patientRef,
      dateTime: '2024-05-01',
      provision: { type: 'permit', purpose: [{ system: 'https://percorso.dev/fhir/CodeSystem/finalita-consultazione', code: 'cura' }] },
    },
    {
      resourceType: 'Observation',
      id: 'crea',
      status: 'final',
      subject: patientRef,
      code: { coding: [{ system: 'http://loinc.org', code: '2160-0', display: 'Creatinina' }] },
      effectiveDateTime: '2024-02-10',
      valueQuantity: { value: 0.9, unit: 'mg/dL' },
    },
    {
      resourceType: 'Procedure',
      id: 'ecg',
      status: 'completed',
      subject: patientRef,
      code: { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.103', code: '89.52', display: 'Elettrocardiogramma' }] },
      performedDateTime: '2024-06-20',
    },
  ];
}

/** The obscured chest X-ray: a document Bundle, its DocumentReference with P99, and an AuditEvent about it. */
function obscuredXray(): unknown[] {
  const uid = 'urn:oid:2.16.840.1.113883.2.9.2.10.4.4.777';
  return [
    {
      resourceType: 'Bundle',
      id: 'rx-bundle',
      type: 'document',
      identifier: { system: 'urn:ietf:rfc:3986', value: uid },
      timestamp: '2025-09-12T09:30:00+02:00',
      entry: [
        {
          fullUrl: 'urn:uuid:comp-rx',
          resource: {
            resourceType: 'Composition',
            id: 'comp-rx',
            identifier: { system: 'urn:ietf:rfc:3986', value: uid },
            status: 'final',
            type: { coding: [{ system: 'http://loinc.org', code: '68604-8', display: 'Referto radiologico' }] },
            subject: patientRef,
            date: '2025-09-12T09:30:00+02:00',
            title: 'RX torace',
            section: [{ title: 'Referto', code: { coding: [{ system: 'http://loinc.org', code: '18782-3' }] }, entry: [{ reference: 'Observation/rx-obs' }, { reference: 'Observation/rx-obs-2' }] }],
          },
        },
        {
          fullUrl: 'urn:uuid:rx-obs',
          resource: {
            resourceType: 'Observation',
            id: 'rx-obs',
            status: 'final',
            subject: patientRef,
            code: { coding: [{ system: 'http://loinc.org', code: '36554-4', display: 'RX torace' }] },
            effectiveDateTime: '2025-09-12T09:00:00+02:00',
            valueString: SECRET,
          },
        },
        {
          // a problem inside the obscured document: its issue must not reach a clinician either
          fullUrl: 'urn:uuid:rx-obs-2',
          resource: {
            resourceType: 'Observation',
            id: 'rx-obs-2',
            status: 'final',
            subject: patientRef,
            code: { coding: [{ system: 'http://loinc.org', code: '36554-4', display: 'RX torace, controllo' }] },
            effectiveDateTime: '2025-02-30',
            valueString: SECRET,
          },
        },
      ],
    },
    {
      resourceType: 'DocumentReference',
      id: 'dr-rx',
      status: 'current',
      masterIdentifier: { system: 'urn:ietf:rfc:3986', value: uid },
      type: { coding: [{ system: 'http://loinc.org', code: '68604-8' }] },
      subject: patientRef,
      date: '2025-09-12T09:30:00+02:00',
      content: [{ attachment: { contentType: 'application/fhir+json' } }],
      context: {
        event: [{ coding: [{ system: EVENT_CODES, code: 'P99' }] }],
        related: [{ reference: 'Composition/comp-rx' }],
      },
    },
    {
      resourceType: 'AuditEvent',
      id: 'audit-rx',
      type: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110106' },
      action: 'R',
      recorded: '2025-10-01T11:00:00+02:00',
      outcome: '0',
      agent: [{ requestor: true, name: 'Dott. Neri', role: [{ coding: [{ system: 'https://percorso.dev/fhir/CodeSystem/ruolo', code: 'AAS' }] }] }],
      source: { observer: { display: 'ASL Città di Torino' } },
      entity: [{ what: { reference: 'DocumentReference/dr-rx' } }],
    },
  ];
}

/** An obscured specialist prescription and the (not obscured) report that fulfils it, linked by NRE. */
function obscuredPrescription(): unknown[] {
  const doc = (id: string, loinc: string, title: string, date: string, event?: string): unknown => ({
    resourceType: 'DocumentReference',
    id,
    status: 'current',
    masterIdentifier: { system: 'urn:ietf:rfc:3986', value: `urn:oid:2.16.840.1.113883.2.9.2.10.4.4.${id}` },
    identifier: [{ system: NRE_SYSTEM, value: NRE }],
    type: { coding: [{ system: 'http://loinc.org', code: loinc }] },
    description: title,
    subject: patientRef,
    date,
    content: [{ attachment: { contentType: 'application/pdf', title } }],
    context: {
      related: [{ identifier: { system: NRE_SYSTEM, value: NRE } }],
      ...(event ? { event: [{ coding: [{ system: EVENT_CODES, code: event }] }] } : {}),
    },
  });
  return [
    doc('presc-psi', '57832-8', 'Prescrizione visita psichiatrica', '2025-11-02', 'P99'),
    doc('rsa-psi', '11488-4', 'Visita psichiatrica', '2025-12-01'),
  ];
}

const clinician: Viewer = { role: 'clinician', now: NOW };

function view(input: unknown[], viewer: Viewer): FseView {
  const { record, issues } = fromFhir(input, { now: NOW });
  return viewFor(record, viewer, issues);
}

describe('viewFor through fromFhir', () => {
  it('reads the X-ray as obscured, and the citizen sees it with its access-log row', () => {
    const v = view([...base(), ...obscuredXray()], { role: 'citizen', now: NOW });
    const rx = v.events.find((e) => e.kind === 'document' && e.document?.nationalType === 'RAD');
    expect(rx, 'the X-ray document').to.exist;
    expect(rx!.privacy.obscured).to.equal(true);
    expect(JSON.stringify(v)).to.contain(SECRET);
    expect(v.accessLog.some((a) => a.documentIds.includes(rx!.id))).to.equal(true);
    expect(v.issues.map((i) => i.code), 'the impossible date inside it').to.include('invalid-date');
  });

  it('takes the result of fromFhir whole, issues included', () => {
    const input = [...base(), ...obscuredXray()];
    const citizen: Viewer = { role: 'citizen', now: NOW };
    const whole = viewFor(fromFhir(input, { now: NOW }), citizen);
    expect(whole).to.deep.equal(view(input, citizen));
    expect(whole.issues.length).to.be.greaterThan(0);
    // issues passed explicitly win
    expect(viewFor(fromFhir(input, { now: NOW }), citizen, []).issues).to.deep.equal([]);
  });

  it('a clinician view has no trace of an obscured chest X-ray', () => {
    const withXray = view([...base(), ...obscuredXray()], clinician);
    const without = view(base(), clinician);
    expect(withXray.restriction).to.equal(undefined);
    // deep-equal to the view of the input without it: events, counts, extents, issues
    expect(withXray).to.deep.equal(without);
    const text = JSON.stringify(withXray);
    for (const trace of [SECRET, 'RX torace', 'rx-obs', 'dr-rx', 'comp-rx', 'audit-rx', '36554-4', '68604-8']) {
      expect(text, trace).to.not.contain(trace);
    }
    expect(withXray.accessLog).to.deep.equal([]);
    // what the body map would count: no chest, no lungs
    const regions = withXray.events.flatMap((e) => bodyRegionsOf(e).map((s) => s.region));
    expect(regions).to.not.include('lungs');
    expect(regions).to.include('heart'); // the ECG is there
    const citizenRegions = view([...base(), ...obscuredXray()], { role: 'citizen', now: NOW }).events.flatMap((e) =>
      bodyRegionsOf(e).map((s) => s.region),
    );
    expect(citizenRegions).to.include('lungs');
  });

  it('a delegate sees the record but not the X-ray, nor the access-log row about it', () => {
    // the delegation is a RelatedPerson of the patient, active now
    const delegate = {
      resourceType: 'RelatedPerson',
      id: 'rp1',
      patient: patientRef,
      active: true,
      relationship: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'POWATT' }] }],
      name: [{ family: 'Bianchi', given: ['Paolo'] }],
      period: { start: '2024-01-01' },
    };
    const { record, issues } = fromFhir([...base(), delegate, ...obscuredXray()], { now: NOW });
    const d = record.delegations.find((x) => x.direction === 'outgoing');
    expect(d, 'the delegation').to.exist;
    const v = viewFor(record, { role: 'delegate', delegationId: d!.id, now: NOW }, issues);
    expect(v.restriction).to.equal(undefined);
    expect(v.events.length).to.be.greaterThan(0);
    expect(JSON.stringify(v)).to.not.contain(SECRET);
    expect(v.accessLog).to.deep.equal([]);
  });

  it('obscuring a prescription hides the report that fulfils it (NRE cascade)', () => {
    const input = [...base(), ...obscuredPrescription()];
    const { record } = fromFhir(input, { now: NOW });
    const report = record.events.find((e) => e.document?.nationalType === 'RSA');
    expect(report, 'the report').to.exist;
    expect(report!.privacy.obscured).to.equal(false);
    expect(report!.document!.nre.map((n) => n.replace(/\s/g, ''))).to.include(NRE);
    const v = view(input, clinician);
    expect(JSON.stringify(v)).to.not.contain('psichiatric');
    expect(v).to.deep.equal(view(base(), clinician));
    expect(view(input, { role: 'citizen', now: NOW }).events.map((e) => e.id)).to.include(report!.id);
  });

  it('without the consultation consent the clinician view is empty; emergency still sees the rest', () => {
    const noConsent = [...base().filter((r) => (r as { resourceType: string }).resourceType !== 'Consent'), ...obscuredXray()];
    const v = view(noConsent, clinician);
    expect(v.restriction).to.equal('no-consent');
    expect(v.events).to.deep.equal([]);
    const e = view(noConsent, { role: 'emergency', now: NOW });
    expect(e.restriction).to.equal(undefined);
    expect(e.events.length).to.be.greaterThan(0);
    expect(JSON.stringify(e)).to.not.contain(SECRET);
  });
});
