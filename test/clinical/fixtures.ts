/**
 * A small FHIR R4 record for the clinical picture, read through fromFhir + viewFor like real data:
 * an anticoagulated patient (rivaroxaban after a hospital stay for atrial fibrillation) whose
 * Patient Summary (May 2025) is older than the discharge letter (February 2026) and disagrees with
 * it (warfarin then, rivaroxaban now); prescriptions dispensed, waiting to be collected and
 * expired; lab series (creatinine falling over three measurements, INR, a range given only in
 * words, a value without a unit, an impossible value); a taccuino heart rate against the care
 * path's goal; and a document the citizen obscured (P99) with a medicine, an allergy and a value
 * that no other viewer may learn of.
 */
import { fromFhir, viewFor, type FseView, type ViewerRole } from '@percorso/model';
import { ATC, ICD9, ICD9P, LOINC, NRE_SYSTEM, patientRef, patientResource, SNOMED, TIPO } from '../fhir-kit.js';

/** "Now" for every test: 15 March 2026, 10:00 UTC. */
export const NOW = Date.UTC(2026, 2, 15, 10, 0, 0);
export const SECRET_MEDICINE = 'Metadone cloridrato';
export const SECRET_ALLERGY = 'Lattice segreto';
export const SECRET_ANALYTE = 'Carica virale segreta';
/** The panel (with `panels`) whose only value is in the obscured document. */
export const SECRET_PANEL = 'Pannello virologico riservato';
/** Advance directives in the document the citizen obscured: no other viewer may learn of them. */
export const SECRET_DIRECTIVE = 'Disposizioni segrete: rifiuto la nutrizione artificiale';
export const HOSTILE = '<img src=x onerror="globalThis.__pwned=1">';

const CF = 'RSSMRA60A41L219X';

type R = Record<string, unknown>;
const ref = (r: R) => ({ reference: `${r.resourceType as string}/${r.id as string}` });
const med = (atc: string, display: string, text: string) => ({ coding: [{ system: ATC, code: atc, display }], text });

function docBundle(id: string, loinc: string, title: string, date: string, sections: { title: string; code: string; text?: string; entries: R[] }[], opts: { obscured?: boolean; encounter?: R } = {}): unknown[] {
  const comp: R = {
    resourceType: 'Composition',
    id: `comp-${id}`,
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:oid:2.16.840.1.113883.2.9.2.120.4.4.${id}` },
    status: 'final',
    type: { coding: [{ system: LOINC, code: loinc, display: title }] },
    subject: patientRef,
    date,
    title,
    author: [{ reference: 'Practitioner/mmg1' }],
    section: sections.map((s) => ({
      title: s.title,
      code: { coding: [{ system: LOINC, code: s.code }] },
      ...(s.text ? { text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${s.text}</div>` } } : {}),
      entry: s.entries.map(ref),
    })),
  };
  if (opts.encounter) comp.encounter = ref(opts.encounter);
  const resources = [comp, ...(opts.encounter ? [opts.encounter] : []), ...sections.flatMap((s) => s.entries)];
  const out: unknown[] = [
    {
      resourceType: 'Bundle',
      id: `doc-${id}`,
      type: 'document',
      identifier: { system: 'urn:ietf:rfc:3986', value: `urn:oid:2.16.840.1.113883.2.9.2.120.4.4.${id}` },
      timestamp: date,
      entry: resources.map((r) => ({ fullUrl: `urn:uuid:${r.id as string}`, resource: r })),
    },
  ];
  if (opts.obscured) {
    out.push({
      resourceType: 'DocumentReference',
      id: `dr-${id}`,
      status: 'current',
      masterIdentifier: { system: 'urn:ietf:rfc:3986', value: `urn:oid:2.16.840.1.113883.2.9.2.120.4.4.${id}` },
      type: { coding: [{ system: LOINC, code: loinc }] },
      subject: patientRef,
      date,
      content: [{ attachment: { contentType: 'application/fhir+json' } }],
      context: {
        event: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3', code: 'P99' }] }],
        related: [{ reference: `Composition/comp-${id}` }],
      },
    });
  }
  return out;
}

function statement(id: string, m: ReturnType<typeof med>, since: string, dosage: string): R {
  return { resourceType: 'MedicationStatement', id, status: 'active', medicationCodeableConcept: m, subject: patientRef, effectivePeriod: { start: since }, dosage: [{ text: dosage }] };
}

function request(id: string, m: ReturnType<typeof med>, at: string, nre: string, dosage: string, status = 'active'): R {
  return {
    resourceType: 'MedicationRequest',
    id,
    identifier: [{ system: NRE_SYSTEM, value: nre }],
    status,
    intent: 'order',
    medicationCodeableConcept: m,
    subject: patientRef,
    authoredOn: at,
    requester: { reference: 'Practitioner/mmg1' },
    dosageInstruction: [{ text: dosage }],
    dispenseRequest: { quantity: { value: 2, unit: 'confezioni' } },
  };
}

function dispense(id: string, m: ReturnType<typeof med>, at: string, nre: string, rx: R): R {
  return {
    resourceType: 'MedicationDispense',
    id,
    identifier: [{ system: NRE_SYSTEM, value: nre }],
    status: 'completed',
    medicationCodeableConcept: m,
    subject: patientRef,
    location: { display: 'Farmacia Comunale 12, Torino' },
    authorizingPrescription: [ref(rx)],
    quantity: { value: 2, unit: 'confezioni' },
    whenHandedOver: at,
  };
}

function obs(id: string, loinc: string, name: string, at: string, value: number | undefined, unit: string | undefined, range?: R, extra: R = {}): R {
  const r: R = {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: LOINC, code: loinc, display: name }], text: name },
    subject: patientRef,
    effectiveDateTime: at,
    ...extra,
  };
  if (value !== undefined) r.valueQuantity = unit ? { value, unit } : { value };
  if (range) r.referenceRange = [range];
  return r;
}

export const XARELTO = med('B01AF01', 'Rivaroxaban', 'Xarelto 20 mg 28 compresse rivestite con film');
export const COUMADIN = med('B01AA03', 'Warfarin', 'Coumadin 5 mg 30 compresse');
export const LASIX = med('C03CA01', 'Furosemide', 'Lasix 25 mg 30 compresse');

export interface FixtureOptions {
  /** Add the document the citizen obscured. */
  obscured?: boolean;
  /** Add allergies (else only the PSS's "nessuna allergia nota"). */
  allergies?: boolean;
  /** Leave out the PSS (so nothing says anything about allergies). */
  noPss?: boolean;
  /** Extra resources to add (bad-input cases). */
  extra?: unknown[];
  /**
   * Add an organ-donation dissent (a PSS section coded 42348-3 with its Observation, as the
   * gateway writes it) and advance directives (a PSS section coded 42348-3 titled as such); with
   * `obscured`, advance directives in the obscured document too.
   */
  declarations?: boolean;
  /**
   * Group the lab results into panels (a DiagnosticReport in the same document naming its
   * results): "Funzionalità renale" (creatinine, potassium), "Coagulazione" (INR), "Emocromo"
   * (haemoglobin); with `obscured`, "Pannello virologico" over the obscured document's only value.
   */
  panels?: boolean;
}

/** A lab panel: a DiagnosticReport naming its results (to be put in the same document). */
function report(id: string, title: string, at: string, results: R[]): R {
  return { resourceType: 'DiagnosticReport', id, status: 'final', code: { text: title }, subject: patientRef, effectiveDateTime: at, result: results.map(ref) };
}

export function fhirInput(opts: FixtureOptions = {}): unknown[] {
  const resources: unknown[] = [
    patientResource(CF, 'Rossi', 'Maria', '1960-01-01'),
    { resourceType: 'Practitioner', id: 'mmg1', name: [{ family: 'Verdi', given: ['Marco'], prefix: ['Dott.'] }] },
    {
      resourceType: 'Consent',
      id: 'cons1',
      status: 'active',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
      category: [{ coding: [{ system: LOINC, code: '59284-0' }] }],
      patient: patientRef,
      dateTime: '2024-05-01',
      provision: { type: 'permit', purpose: [{ system: 'https://percorso.dev/fhir/CodeSystem/finalita-consultazione', code: 'cura' }] },
    },
    {
      resourceType: 'Coverage',
      id: 'cov1',
      status: 'active',
      type: { coding: [{ system: LOINC, code: 'LP199190-2', display: 'Patologia' }] },
      beneficiary: patientRef,
      period: { start: '2025-04-01' },
      class: [{ type: { coding: [{ code: 'plan' }] }, value: '0A02', name: 'Affezioni del sistema circolatorio' }],
    },
  ];
  const af = { resourceType: 'Condition', id: 'cond-af', clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: ICD9, code: '427.31', display: 'Fibrillazione atriale' }], text: 'Fibrillazione atriale' }, subject: patientRef, onsetDateTime: '2025-02-01' };
  const resolved = { resourceType: 'Condition', id: 'cond-old', clinicalStatus: { coding: [{ code: 'resolved' }] }, code: { coding: [{ system: ICD9, code: '466.0', display: 'Bronchite acuta' }], text: 'Bronchite acuta' }, subject: patientRef, onsetDateTime: '2019-02-01' };
  if (!opts.noPss) {
    const nka = { resourceType: 'AllergyIntolerance', id: 'nka', clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: SNOMED, code: '716186003', display: 'Nessuna allergia nota' }] }, patient: patientRef, recordedDate: '2025-05-10' };
    resources.push(
      ...docBundle('pss', '60591-5', 'Profilo sanitario sintetico', '2025-05-10T10:00:00+02:00', [
        { title: 'Allergie', code: '48765-2', text: 'Nessuna allergia nota.', entries: [nka] },
        { title: 'Terapia farmacologica in atto', code: '10160-0', entries: [statement('st-pss-coumadin', COUMADIN, '2025-02-05', '1 compressa la sera secondo INR'), statement('st-pss-lasix', LASIX, '2024-01-01', '1 compressa al mattino')] },
        { title: 'Lista dei problemi', code: '11450-4', entries: [af, resolved] },
        ...(opts.declarations
          ? [
              {
                title: 'Assenso / Dissenso Donazione Organi',
                code: '42348-3',
                entries: [{ resourceType: 'Observation', id: 'obs-donation', status: 'final', code: { coding: [{ system: LOINC, code: '42348-3', display: 'Dichiarazioni anticipate di trattamento' }] }, subject: patientRef, valueCodeableConcept: { text: 'Dissenso' }, note: [{ text: 'Donazione organi: dissenso espresso il 12/03/2024 presso l’anagrafe del Comune' }] }],
              },
              { title: 'Disposizioni anticipate di trattamento', code: '42348-3', text: 'DAT depositate presso il Comune di Torino il 3 aprile 2023: nessun accanimento terapeutico; fiduciaria la figlia.', entries: [] },
            ]
          : []),
      ]),
    );
  }
  const stay = { resourceType: 'Encounter', id: 'enc-stay', status: 'finished', class: { code: 'IMP' }, subject: patientRef, period: { start: '2026-02-14T09:00:00+01:00', end: '2026-02-20T11:00:00+01:00' }, serviceProvider: { display: 'AOU Città della Salute' }, reasonCode: [{ text: 'Fibrillazione atriale ad alta risposta' }] };
  const ablation = { resourceType: 'Procedure', id: 'proc-abl', status: 'completed', code: { coding: [{ system: ICD9P, code: '37.34', display: 'Ablazione transcatetere' }], text: 'Ablazione transcatetere' }, subject: patientRef, performedDateTime: '2026-02-16' };
  const ecg = { resourceType: 'Procedure', id: 'proc-ecg', status: 'completed', code: { coding: [{ system: ICD9P, code: '89.52', display: 'Elettrocardiogramma' }], text: 'Elettrocardiogramma' }, subject: patientRef, performedDateTime: '2026-02-15' };
  const ldoEntries: R[] = [statement('st-ldo-xarelto', XARELTO, '2026-02-20', '1 compressa al giorno, a cena'), statement('st-ldo-lasix', LASIX, '2026-02-20', '2 compresse al mattino')];
  const allergyEntries: R[] = opts.allergies
    ? [{ resourceType: 'AllergyIntolerance', id: 'all-pen', clinicalStatus: { coding: [{ code: 'active' }] }, type: 'allergy', criticality: 'high', category: ['medication'], code: { coding: [{ system: ATC, code: 'J01CA04', display: 'Amoxicillina' }], text: 'Amoxicillina' }, patient: patientRef, recordedDate: '2026-02-15', reaction: [{ manifestation: [{ text: 'Orticaria diffusa' }] }] }]
    : [];
  resources.push(
    ...docBundle(
      'ldo',
      '34105-7',
      'Lettera di dimissione ospedaliera',
      '2026-02-20T12:00:00+01:00',
      [
        { title: 'Terapia alla dimissione', code: '10183-2', entries: ldoEntries },
        { title: 'Procedure', code: '47519-4', entries: [ablation, ecg] },
        ...(allergyEntries.length ? [{ title: 'Allergie', code: '48765-2', entries: allergyEntries }] : []),
      ],
      { encounter: stay },
    ),
  );
  // Prescriptions: one dispensed, one waiting, one expired.
  const rx1 = request('rx1', XARELTO, '2026-02-21T10:00:00+01:00', '010A00000001', '1 compressa al giorno, a cena', 'completed');
  resources.push(...docBundle('rx1', '57833-6', 'Prescrizione farmaceutica: Rivaroxaban', '2026-02-21T10:00:00+01:00', [{ title: 'Prescrizione', code: '57828-6', entries: [rx1] }]));
  resources.push(...docBundle('disp1', '29304-3', 'Erogazione farmaceutica: Rivaroxaban', '2026-02-23T17:20:00+01:00', [{ title: 'Farmaci erogati', code: '60590-7', entries: [dispense('disp1', XARELTO, '2026-02-23T17:20:00+01:00', '010A00000001', rx1)] }]));
  const rx2 = request('rx2', XARELTO, '2026-03-12T10:00:00+01:00', '010A00000002', '1 compressa al giorno, a cena');
  resources.push(...docBundle('rx2', '57833-6', 'Prescrizione farmaceutica: Rivaroxaban', '2026-03-12T10:00:00+01:00', [{ title: 'Prescrizione', code: '57828-6', entries: [rx2] }]));
  const rx3 = request('rx3', LASIX, '2025-12-01T10:00:00+01:00', '010A00000003', '1 compressa al mattino');
  resources.push(...docBundle('rx3', '57833-6', 'Prescrizione farmaceutica: Furosemide', '2025-12-01T10:00:00+01:00', [{ title: 'Prescrizione', code: '57828-6', entries: [rx3] }]));
  // With `panels`, a lab section's results grouped by the panels they belong to (glucose in none).
  const PANEL_OF: Record<string, string> = { '2160-0': 'Funzionalità renale', '2823-3': 'Funzionalità renale', '6301-6': 'Coagulazione', '718-7': 'Emocromo' };
  const panelled = (results: R[], at: string, doc: string): R[] => {
    if (!opts.panels) return results;
    const byTitle = new Map<string, R[]>();
    for (const r of results) {
      const title = PANEL_OF[((r.code as { coding: { code: string }[] }).coding[0]!.code)];
      if (title) byTitle.set(title, [...(byTitle.get(title) ?? []), r]);
    }
    return [...[...byTitle].map(([title, rs], i) => report(`dr-${doc}-${i}`, title, at, rs)), ...results];
  };
  // Labs: creatinine falling three times, INR, a range only in words, a value without a unit, an impossible value.
  const creat = (id: string, at: string, v: number) => obs(id, '2160-0', 'Creatinina', at, v, 'mg/dL', { low: { value: 0.5, unit: 'mg/dL' }, high: { value: 1.1, unit: 'mg/dL' } });
  resources.push(
    ...docBundle('lab1', '11502-2', 'Referto di laboratorio', '2025-09-01T09:00:00+02:00', [
      { title: 'Chimica clinica', code: '18719-5', entries: panelled([creat('cr1', '2025-09-01T08:00:00+02:00', 1.6), obs('inr1', '6301-6', 'INR', '2025-09-01T08:00:00+02:00', 2.4, '{INR}', { text: 'range terapeutico 2-3' })], '2025-09-01T08:00:00+02:00', 'lab1') },
    ]),
    ...docBundle('lab2', '11502-2', 'Referto di laboratorio', '2025-12-01T09:00:00+01:00', [
      { title: 'Chimica clinica', code: '18719-5', entries: panelled([creat('cr2', '2025-12-01T08:00:00+01:00', 1.4), obs('hb1', '718-7', 'Emoglobina', '2025-12-01T08:00:00+01:00', 13.1, 'g/dL', { low: { value: 12 }, high: { value: 16 } })], '2025-12-01T08:00:00+01:00', 'lab2') },
    ]),
    ...docBundle('lab3', '11502-2', 'Referto di laboratorio', '2026-03-01T09:00:00+01:00', [
      {
        title: 'Chimica clinica',
        code: '18719-5',
        entries: panelled(
          [
            creat('cr3', '2026-03-01T08:00:00+01:00', 1.2),
            obs('hb2', '718-7', 'Emoglobina', '2026-03-01T08:00:00+01:00', 125, 'g/L', { low: { value: 120 }, high: { value: 160 } }),
            obs('k1', '2823-3', 'Potassio', '2026-03-01T08:00:00+01:00', 4.1, undefined, { text: 'vedi referto cartaceo' }),
            obs('glu1', '2345-7', 'Glucosio', '2026-03-01T08:00:00+01:00', -40, 'mg/dL', { low: { value: 70 }, high: { value: 100 } }),
          ],
          '2026-03-01T08:00:00+01:00',
          'lab3',
        ),
      },
    ]),
  );
  // Taccuino heart rate (written by the patient) and the care path with its goal.
  resources.push(
    obs('hr1', '8867-4', 'Frequenza cardiaca', '2026-03-05T07:30:00+01:00', 96, 'battiti/min', undefined, { performer: [patientRef] }),
    obs('hr2', '8867-4', 'Frequenza cardiaca', '2026-03-10T07:30:00+01:00', 118, 'battiti/min', undefined, { performer: [patientRef] }),
    { resourceType: 'Goal', id: 'goal-hr', lifecycleStatus: 'active', description: { text: 'Frequenza cardiaca a riposo sotto controllo' }, subject: patientRef, target: [{ detailString: 'meno di 110 battiti al minuto' }] },
    {
      resourceType: 'CarePlan',
      id: 'cp-af',
      status: 'active',
      intent: 'plan',
      title: 'PDTA Fibrillazione atriale',
      category: [{ coding: [{ system: TIPO, code: 'PDTA' }] }],
      subject: patientRef,
      period: { start: '2025-02-01' },
      addresses: [{ reference: 'Condition/cond-af' }],
      goal: [{ reference: 'Goal/goal-hr' }],
      activity: [{ reference: { reference: 'MedicationRequest/rx2' } }, { outcomeReference: [{ reference: 'Observation/cr3' }], detail: { code: { coding: [{ system: LOINC, code: '2160-0' }] }, status: 'completed', description: 'Creatinina' } }],
    },
  );
  if (opts.obscured) {
    const secretMed = med('N07BC02', 'Metadone', SECRET_MEDICINE);
    const secretRx = request('rx-secret', secretMed, '2026-03-01T10:00:00+01:00', '010A00000099', '1 flacone al giorno');
    resources.push(
      ...docBundle(
        'secret',
        '57833-6',
        'Prescrizione farmaceutica',
        '2026-03-01T10:00:00+01:00',
        [
          { title: 'Prescrizione', code: '57828-6', entries: [secretRx] },
          { title: 'Allergie', code: '48765-2', entries: [{ resourceType: 'AllergyIntolerance', id: 'all-secret', clinicalStatus: { coding: [{ code: 'active' }] }, code: { text: SECRET_ALLERGY }, patient: patientRef, recordedDate: '2026-03-01' }] },
          { title: 'Esami', code: '30954-2', entries: ((vl: R) => (opts.panels ? [report('dr-secret', SECRET_PANEL, '2026-03-01T08:00:00+01:00', [vl]), vl] : [vl]))(obs('vl1', '20447-9', SECRET_ANALYTE, '2026-03-01T08:00:00+01:00', 50, 'copie/mL', { high: { value: 20 } })) },
          ...(opts.declarations ? [{ title: 'Disposizioni anticipate di trattamento', code: '42348-3', text: SECRET_DIRECTIVE, entries: [] }] : []),
        ],
        { obscured: true },
      ),
    );
  }
  return [...resources, ...(opts.extra ?? [])];
}

/** A view of the fixture for a role, through fromFhir and viewFor. */
export function fixtureView(role: ViewerRole = 'citizen', opts: FixtureOptions = {}): FseView {
  const { record, issues } = fromFhir(fhirInput(opts), { now: NOW });
  return viewFor(record, { role, now: NOW }, issues);
}

/** `n` administrations of one medicine (bad input: 10 000 doses of enoxaparin). */
export function manyDoses(n: number): unknown[] {
  const m = med('B01AB05', 'Enoxaparina', 'Clexane 4000 UI');
  const out: unknown[] = [];
  // Hourly, ending just before "now": a current medicine.
  const start = NOW - n * 3_600_000;
  for (let i = 0; i < n; i++) {
    out.push({
      resourceType: 'MedicationAdministration',
      id: `adm-${i}`,
      status: 'completed',
      medicationCodeableConcept: m,
      subject: patientRef,
      effectiveDateTime: new Date(start + i * 3_600_000).toISOString(),
    });
  }
  return out;
}

