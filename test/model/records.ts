/**
 * Hand-built FseRecords for the privacy and body-region tests: small factories that fill in
 * what a test does not care about, so each test states only what it is about.
 */
import type {
  AccessLogEntry,
  CarePath,
  CarePathStep,
  ClinicalEvent,
  Consent,
  Delegation,
  FseRecord,
  FuzzyDate,
  Issue,
  NationalDocType,
  Patient,
  Privacy,
} from '@percorso/model';

/** "Now" of the tests: 1 November 2026, 12:00 UTC. */
export const NOW = Date.UTC(2026, 10, 1, 12);
const DAY = 86_400_000;

/** A day-precision date, `days` after 1 January 2020 (UTC midnight; time zone is not the point here). */
export function day(days: number): FuzzyDate {
  const start = Date.UTC(2020, 0, 1) + days * DAY;
  return { iso: new Date(start).toISOString().slice(0, 10), precision: 'day', start, end: start + DAY };
}

export function privacy(p: Partial<Privacy> = {}): Privacy {
  return { confidentiality: 'N', obscured: false, hiddenFromParent: false, hiddenFromPatient: false, ...p };
}

export function event(id: string, p: Partial<ClinicalEvent> = {}): ClinicalEvent {
  return {
    id,
    kind: 'observation',
    title: `T-${id}`,
    date: day(0),
    codes: [],
    carePathIds: [],
    bodySites: [],
    privacy: privacy(),
    source: [{ kind: 'generated', ref: id }],
    ...p,
  };
}

export function doc(
  id: string,
  nationalType: NationalDocType,
  p: Partial<ClinicalEvent> & { nre?: string[]; eventIds?: string[]; status?: 'current' | 'superseded' | 'entered-in-error' } = {},
): ClinicalEvent {
  const { nre = [], eventIds = [], status = 'current', ...rest } = p;
  return event(id, {
    kind: 'document',
    document: { nationalType, status, nre, sections: [], eventIds },
    ...rest,
  });
}

/** A prescription medication event with an NRE. */
export function prescription(id: string, nre: string, p: Partial<ClinicalEvent> = {}): ClinicalEvent {
  return event(id, { kind: 'medication', medication: { kind: 'prescription', medication: [], nre }, ...p });
}

export function dispensation(id: string, nre: string, p: Partial<ClinicalEvent> = {}): ClinicalEvent {
  return event(id, { kind: 'medication', medication: { kind: 'dispensation', medication: [], nre }, ...p });
}

export function patient(p: Partial<Patient> = {}): Patient {
  return {
    id: 'pat',
    cf: 'RSSMRA80A01H501U',
    identifiers: [{ system: 'urn:oid:2.16.840.1.113883.2.9.4.3.2', value: 'RSSMRA80A01H501U' }],
    given: 'Mario',
    family: 'Rossi',
    name: 'Mario Rossi',
    birthDate: day(-365 * 40),
    sex: 'male',
    address: 'Via Roma 1, Torino',
    phone: '+39 011 000000',
    exemptions: [
      { code: 'E01', kind: 'income', display: 'Reddito' },
      { code: '0A31', kind: 'pathology', display: 'Ipertensione arteriosa' },
    ],
    source: [{ kind: 'generated', ref: 'Patient/pat' }],
    ...p,
  };
}

export function careConsent(decision: Consent['decision'] = 'permit', when = 10, id = `consent-care-${decision}-${when}`): Consent {
  return { id, scope: 'consultation', purpose: 'care', decision, date: day(when), source: [] };
}

export function protectedVisibility(documentId: string, decision: Consent['decision'] = 'permit', when = 20): Consent {
  return { id: `pv-${documentId}-${when}`, scope: 'protected-visibility', decision, documentId, date: day(when), source: [] };
}

export function delegation(id: string, p: Partial<Delegation> = {}): Delegation {
  return {
    id,
    direction: 'outgoing',
    person: { name: 'Anna Rossi', cf: 'RSSNNA75B41H501X' },
    basis: 'voluntary',
    status: 'active',
    validFrom: day(0),
    source: [],
    ...p,
  };
}

export function access(id: string, documentIds: string[], p: Partial<AccessLogEntry> = {}): AccessLogEntry {
  return {
    id,
    at: day(100),
    actor: { name: 'Dott. Bianchi', role: 'AAS' },
    action: 'read',
    purpose: 'TREATMENT',
    emergency: false,
    documentIds,
    outcome: 'success',
    source: [],
    ...p,
  };
}

export function step(id: string, p: Partial<CarePathStep> = {}): CarePathStep {
  return { id, title: `S-${id}`, status: 'planned', eventIds: [], ...p };
}

export function carePath(id: string, p: Partial<CarePath> = {}): CarePath {
  return {
    id,
    kind: 'PDTA',
    title: `P-${id}`,
    conditions: [],
    status: 'active',
    team: [],
    goals: [],
    steps: [],
    therapyIds: [],
    eventIds: [],
    patientNotes: [],
    privacy: privacy(),
    source: [],
    ...p,
  };
}

export function issue(code: string, subjectIds?: string[]): Issue {
  const i: Issue = { severity: 'warning', code, path: '$', message: { it: code, en: code } };
  if (subjectIds) i.subjectIds = subjectIds;
  return i;
}

/** A record; events are sorted by date then id, as fromFhir gives them. */
export function record(p: Partial<FseRecord> = {}): FseRecord {
  const events = (p.events ?? []).slice().sort((a, b) => a.date.start - b.date.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    patient: patient(),
    carePaths: [],
    consents: [careConsent('permit')],
    delegations: [delegation('d-vol'), delegation('d-par', { basis: 'parental', person: { name: 'Luca Rossi' } })],
    accessLog: [],
    timeZone: 'Europe/Rome',
    ...p,
    events,
  };
}

/** Realistic NREs (numero di ricetta elettronica: region code, 'A', 10 digits). */
export const NRE_1 = '010A01234567890';
export const NRE_2 = '010A09876543210';
export const NRE_3 = '120A04005123456';
