/**
 * Small FHIR R4 inputs for the consent-panel tests, read through fromFhir + viewFor like real
 * data (encoding per packages/model/FHIR.md): a patient with consultation consents per purpose
 * (with date and channel), the historical feeding consent and the pregresso opposition, a
 * specialist prescription whose report is linked by NRE (the obscuring cascade), an obscured
 * document, an HIV document (protected category), a Patient Summary, delegations in every state,
 * a child under 18, and an access log with one emergency access.
 */
import { fromFhir, viewFor, type FseView, type ViewerRole } from '@percorso/model';
import { LOINC, NRE_SYSTEM, patientResource } from '../fhir-kit.js';

/** "Now" for every test: 15 March 2026, 10:00 UTC. */
export const NOW = Date.UTC(2026, 2, 15, 10, 0, 0);
export const HOSTILE = '<img src=x onerror="globalThis.__pwned=1">';
export const CF = 'RSSMRA80A41L219Q';
export const DELEGATE_CF = 'BNCLGU75C12F205Q';

const CS = 'https://percorso.dev/fhir/CodeSystem/';
const SD = 'https://percorso.dev/fhir/StructureDefinition/';
const P = { reference: 'Patient/p1' };

export interface FixtureOptions {
  /** Consultation consents: typical (care permit, prevention deny), none (first visit), revoked (care deny), parent (given by a parent). */
  consents?: 'typical' | 'none' | 'revoked' | 'parent';
  /** Patient's birth date (default 1980-01-01, an adult). */
  birthDate?: string;
  /** Include feeding consent and pregresso opposition (default true). */
  history?: boolean;
  /** Include delegations (default true). */
  delegations?: boolean;
  /** Notifications turned off by the citizen. */
  notificationsOff?: boolean;
  /** Notification preferences of one kind each (`tipo-notifica` code → decision), dated after the general one. */
  notificationKinds?: Record<string, 'permit' | 'deny'>;
  /** Hostile strings in names and titles. */
  hostile?: boolean;
  /** Access-log entries (default: a handful, one emergency). */
  log?: boolean;
  /** Documents (default true). */
  documents?: boolean;
  /** The patient's mother holds parental responsibility (an outgoing parental delegation, `RelatedPerson/d-parent`). */
  parent?: boolean;
}

function consent(id: string, purpose: string, type: 'permit' | 'deny', date: string, channel?: string, performer?: unknown): unknown {
  return {
    resourceType: 'Consent',
    id,
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: LOINC, code: '59284-0' }] }],
    patient: P,
    dateTime: date,
    ...(channel ? { extension: [{ url: `${SD}canale`, valueString: channel }] } : {}),
    ...(performer ? { performer: [performer] } : {}),
    provision: { type, purpose: [{ system: `${CS}finalita-consultazione`, code: purpose }] },
  };
}

function otherConsent(id: string, kind: string, type: 'permit' | 'deny', date: string, data?: string, code?: string): unknown {
  return {
    resourceType: 'Consent',
    id,
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: `${CS}tipo-consenso`, code: kind }] }],
    patient: P,
    dateTime: date,
    provision: {
      type,
      ...(data ? { data: [{ meaning: 'instance', reference: { reference: data } }] } : {}),
      ...(code ? { code: [{ coding: [{ system: `${CS}tipo-notifica`, code }] }] } : {}),
    },
  };
}

function docRef(id: string, o: { type: string; title: string; date: string; nre?: string; p99?: boolean; hiv?: boolean; author?: string; org?: string }): unknown {
  return {
    resourceType: 'DocumentReference',
    id,
    status: 'current',
    masterIdentifier: { system: 'urn:ietf:rfc:3986', value: `urn:oid:2.16.840.1.113883.2.9.2.120.4.4.${id}` },
    type: { coding: [{ system: LOINC, code: o.type }] },
    subject: P,
    date: o.date,
    description: o.title,
    author: [{ reference: `Practitioner/${o.author ?? 'doc1'}` }],
    custodian: { reference: `Organization/${o.org ?? 'org1'}` },
    ...(o.hiv ? { securityLabel: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'HIV' }] }] } : {}),
    content: [{ attachment: { contentType: 'application/pdf', title: o.title } }],
    context: {
      ...(o.p99 ? { event: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3', code: 'P99' }] }] } : {}),
      ...(o.nre ? { related: [{ identifier: { system: NRE_SYSTEM, value: o.nre } }] } : {}),
      period: { start: o.date },
    },
  };
}

function audit(id: string, o: { at: string; who: string; name: string; role: string; purpose: string; doc?: string; org?: string; outcome?: string }): unknown {
  return {
    resourceType: 'AuditEvent',
    id,
    type: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110110' },
    action: 'R',
    recorded: o.at,
    outcome: o.outcome ?? '0',
    agent: [
      {
        who: { reference: `Practitioner/${o.who}`, display: o.name },
        name: o.name,
        requestor: true,
        role: [{ coding: [{ system: `${CS}ruolo`, code: o.role }] }],
        purposeOfUse: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: o.purpose }] }],
      },
      { who: { reference: `Organization/${o.org ?? 'org1'}` }, requestor: false },
    ],
    source: { observer: { reference: `Organization/${o.org ?? 'org1'}` } },
    entity: o.doc ? [{ what: { reference: `DocumentReference/${o.doc}` } }] : [],
  };
}

function relatedPerson(id: string, o: { name: string; cf: string; rel: string; status?: string; start?: string; end?: string; patient?: unknown }): unknown {
  const [family, ...given] = o.name.split(' ').reverse();
  return {
    resourceType: 'RelatedPerson',
    id,
    patient: o.patient ?? P,
    identifier: [{ system: 'urn:oid:2.16.840.1.113883.2.9.4.3.2', value: o.cf }],
    name: [{ family, given: given.reverse() }],
    relationship: [{ coding: [{ system: `${CS}tipo-delega`, code: o.rel }] }],
    ...(o.start || o.end ? { period: { ...(o.start ? { start: o.start } : {}), ...(o.end ? { end: o.end } : {}) } } : {}),
    ...(o.status ? { extension: [{ url: `${SD}stato-delega`, valueCode: o.status }] } : {}),
  };
}

/** The FHIR resources of the fixture record. */
export function fixtureResources(o: FixtureOptions = {}): unknown[] {
  const hostile = o.hostile ?? false;
  const res: unknown[] = [
    patientResource(CF, hostile ? HOSTILE : 'Rossi', 'Maria', o.birthDate ?? '1980-01-01'),
    { resourceType: 'Practitioner', id: 'doc1', name: [{ family: 'Bianchi', given: ['Giulia'], prefix: ['Dott.ssa'] }] },
    { resourceType: 'Practitioner', id: 'mmg1', name: [{ family: 'Verdi', given: ['Marco'], prefix: ['Dott.'] }] },
    { resourceType: 'Practitioner', id: 'er1', name: [{ family: hostile ? HOSTILE : 'Neri', given: ['Paolo'], prefix: ['Dott.'] }] },
    { resourceType: 'Organization', id: 'org1', name: 'ASL Città di Torino' },
    { resourceType: 'Organization', id: 'org2', name: 'AOU Città della Salute – Molinette' },
  ];
  const c = o.consents ?? 'typical';
  if (c === 'typical') {
    res.push(consent('c-care', 'cura', 'permit', '2024-05-02T10:15:00+02:00', 'online'));
    res.push(consent('c-prev', 'prevenzione', 'deny', '2024-05-02T10:16:00+02:00', 'online'));
  } else if (c === 'revoked') {
    res.push(consent('c-care-old', 'cura', 'permit', '2022-01-10', 'MMG'));
    res.push(consent('c-care', 'cura', 'deny', '2025-11-20T18:02:00+01:00', 'online'));
  } else if (c === 'parent') {
    res.push(
      relatedPerson('mum', { name: 'Anna Rossi', cf: 'RSSNNA70A41L219B', rel: 'parental' }),
      consent('c-care', 'cura', 'permit', '2019-06-03', 'sportello', { reference: 'RelatedPerson/mum' }),
      consent('c-prev', 'prevenzione', 'permit', '2019-06-03', 'sportello', { reference: 'RelatedPerson/mum' }),
    );
  }
  if (o.history ?? true) {
    res.push(otherConsent('c-feed', 'alimentazione', 'permit', '2017-03-09'));
    res.push(otherConsent('c-preg', 'opposizione-pregresso', 'permit', '2020-06-15'));
  }
  if (o.notificationsOff) res.push(otherConsent('c-notif', 'notifiche', 'deny', '2025-01-04'));
  for (const [code, type] of Object.entries(o.notificationKinds ?? {})) res.push(otherConsent(`c-notif-${code}`, 'notifiche', type, '2025-02-01', undefined, code));
  if (o.documents ?? true) {
    res.push(
      docRef('presc1', { type: '57832-8', title: 'Prescrizione: visita cardiologica ed ECG', date: '2025-09-01', nre: '080A12345678901', author: 'mmg1' }),
      docRef('ref1', { type: '11502-2', title: 'Referto ECG da sforzo', date: '2025-09-20', nre: '080A12345678901', org: 'org2' }),
      docRef('ref2', { type: '68604-8', title: hostile ? HOSTILE : 'RX torace', date: '2025-10-05', org: 'org2' }),
      docRef('pss1', { type: '60591-5', title: 'Profilo Sanitario Sintetico', date: '2025-12-01', author: 'mmg1' }),
      docRef('hidden1', { type: '11502-2', title: 'Esami del sangue (oscurato)', date: '2025-06-10', p99: true }),
      docRef('hiv1', { type: '11502-2', title: 'Test HIV', date: '2025-04-12', hiv: true }),
    );
  }
  if (o.delegations ?? true) {
    res.push(
      relatedPerson('d-active', { name: 'Luigi Bianchi', cf: DELEGATE_CF, rel: 'voluntary', status: 'active', start: '2025-04-01', end: '2026-03-31' }),
      relatedPerson('d-pending', { name: hostile ? `Carla ${HOSTILE}` : 'Carla Gialli', cf: 'GLLCRL82M50H501M', rel: 'voluntary', status: 'pending', start: '2026-03-10' }),
      relatedPerson('d-revoked', { name: 'Franco Blu', cf: 'BLUFNC60A01F205P', rel: 'voluntary', status: 'revoked', start: '2023-01-01' }),
      relatedPerson('d-in', { name: 'Maria Rossi', cf: CF, rel: 'voluntary', status: 'pending', patient: { reference: 'Patient/father', display: 'Giovanni Rossi' } }),
      relatedPerson('d-child', { name: 'Maria Rossi', cf: CF, rel: 'parental', status: 'active', patient: { reference: 'Patient/child', display: 'Luca Rossi' } }),
    );
  }
  if (o.parent) {
    res.push(relatedPerson('d-parent', { name: 'Anna Rossi', cf: 'RSSNNA70A41L219B', rel: 'parental', status: 'active', start: o.birthDate ?? '2012-01-01' }));
  }
  if (o.log ?? true) {
    res.push(
      audit('a1', { at: '2026-03-10T09:12:00+01:00', who: 'mmg1', name: 'Dott. Marco Verdi', role: 'APR', purpose: 'TREAT', doc: 'pss1' }),
      audit('a2', { at: '2026-02-21T03:40:00+01:00', who: 'er1', name: hostile ? HOSTILE : 'Dott. Paolo Neri', role: 'AAS', purpose: 'ETREAT', doc: 'pss1', org: 'org2' }),
      audit('a3', { at: '2025-12-02T11:00:00+01:00', who: 'doc1', name: 'Dott.ssa Giulia Bianchi', role: 'AAS', purpose: 'TREAT', doc: 'ref1', org: 'org2' }),
      audit('a4', { at: '2025-10-06T16:30:00+02:00', who: 'inf1', name: 'Sara Conti', role: 'INF', purpose: 'TREAT', doc: 'ref2' }),
      audit('a5', { at: '2024-11-15T08:00:00+01:00', who: 'far1', name: '=HYPERLINK("http://evil")', role: 'FAR', purpose: 'TREAT' }),
    );
  }
  return res;
}

export function fixtureFhir(o: FixtureOptions = {}): unknown {
  return { resourceType: 'Bundle', type: 'collection', entry: fixtureResources(o).map((resource) => ({ resource })) };
}

/**
 * A generated bundle with its access log grown to `size` entries: copies of the generator's own
 * AuditEvents (same people, documents and organisations), spread over the year before `now`, so
 * that the long log still goes through fromFhir. One emergency access stays one.
 */
export function withLongLog<B extends { entry: { resource: { resourceType: string; id: string; [k: string]: unknown } }[] }>(bundle: B, size: number, now: number): B {
  const audits = bundle.entry.filter((e) => e.resource.resourceType === 'AuditEvent').map((e) => e.resource);
  const routine = audits.filter((a) => !JSON.stringify(a.agent).includes('ETREAT'));
  if (!routine.length) return bundle;
  const extra = size - audits.length;
  const entry = bundle.entry.slice();
  const year = 365 * 86_400_000;
  for (let i = 0; i < extra; i++) {
    const tpl = routine[(i * 7919) % routine.length];
    // Deterministic spread: golden-ratio steps over the year, working hours in Rome.
    const frac = (i * 0.6180339887) % 1;
    const day = Math.floor((now - year + frac * year) / 86_400_000) * 86_400_000;
    const at = new Date(day + (7 + ((i * 37) % 11)) * 3_600_000 + ((i * 13) % 60) * 60_000);
    entry.push({ resource: { ...tpl, id: `${tpl.id}-x${i}`, recorded: at.toISOString() } } as B['entry'][number]);
  }
  return { ...bundle, entry };
}

/** The view a viewer of this role gets, through fromFhir + viewFor. */
export function fixtureView(role: ViewerRole = 'citizen', o: FixtureOptions = {}, viewer: { delegationId?: string } = {}): FseView {
  const { record } = fromFhir(fixtureFhir(o), { now: NOW, patient: CF });
  return viewFor(record, { role, now: NOW, name: role === 'citizen' ? 'Maria Rossi' : 'Luigi Bianchi', ...viewer });
}
