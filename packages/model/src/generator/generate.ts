/**
 * `generateFhir`: deterministic synthetic FHIR R4 for a realistic Italian patient, written as
 * `packages/model/FHIR.md` says Percorso reads it. One `collection` Bundle holding a life from
 * birth: vaccinations, laboratory reports, emergency visits, a hospital stay with its discharge
 * letter, radiology and specialist reports linked to their prescriptions by NRE, an
 * atrial-fibrillation PDTA with done, booked, overdue and planned steps, a screening path,
 * obscured and protected documents, consents, delegations, a year of access log, bookings,
 * taccuino entries and exemptions. Same options, same bytes: every draw comes from one seeded
 * generator and "now" defaults to {@link SAMPLE_NOW}, never to the clock.
 */
import { codiceFiscale } from './cf.js';
import {
  ACT_SITES, CHEST_XRAY, COMUNI, CREATININE, DOC_TYPES, DRUGS, FACILITIES, FEMALE_NAMES, LAB_TESTS, MALE_NAMES, PSC,
  RAD_EXAMS, STREETS, SURNAMES, SYS, VACCINES, VISITS,
  type DocTypeKey, type DrugKey, type LabTest, type PscKey, type RadDef, type VaccineKey, type VisitDef,
} from './data.js';
import { Rng } from './random.js';
import { DAY, HOUR, MINUTE, YEAR, addYears, atLocal, compact, dateOnly, instant, monthOnly, romeFields, romeTime } from './time.js';

/** "Now" of the sample record: 15 November 2026, 10:00 in Rome (09:00 UTC). */
export const SAMPLE_NOW = Date.UTC(2026, 10, 15, 9, 0, 0);

export interface GenerateFhirOptions {
  /** Seed of the pseudo-random generator: the same options give byte-identical output. */
  seed: number;
  /** Approximate number of clinical events `fromFhir` will read (50 to 100 000; within ±10 %). */
  events: number;
  /** "Now", epoch ms: bookings after it are future, overdue steps are due before it. Default {@link SAMPLE_NOW}. */
  now?: number;
  sex?: 'female' | 'male';
  /** Year of birth; kept between 100 and 25 years before `now`. Default: drawn, 1962–1970. */
  birthYear?: number;
  given?: string;
  family?: string;
}

/** A FHIR resource as plain JSON. */
export interface FhirResource {
  resourceType: string;
  id: string;
  [key: string]: unknown;
}

export interface FhirBundleEntry {
  fullUrl: string;
  resource: FhirResource;
}

/** A FHIR R4 Bundle of type `collection`, plain JSON. */
export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  meta: { lastUpdated: string; tag: { system: string; code: string; display: string }[] };
  type: 'collection';
  timestamp: string;
  entry: FhirBundleEntry[];
}

type Ref = { reference: string; display?: string };
type Coding = { system: string; code: string; display?: string };
type Sex = 'female' | 'male';

const BASE = 'https://fse.regione.piemonte.example/fhir/';
const MIN_EVENTS = 50;
const MAX_EVENTS = 100_000;
/** Above this size the life is told in full (whole vaccination calendar, every follow-up). */
const FULL_LIFE = 400;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const narratives = new Map<string, { status: string; div: string }>();
/** Section narrative (XHTML, text escaped); identical texts share one object. */
const narrative = (text: string): { status: string; div: string } => {
  let n = narratives.get(text);
  if (!n) {
    n = { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${esc(text)}</p></div>` };
    if (narratives.size < 5000) narratives.set(text, n);
  }
  return n;
};
const ccCache = new Map<string, { coding: Coding[]; text?: string }>();
/**
 * A CodeableConcept. Identical ones are one shared object (the bundle is plain JSON meant to be
 * serialised or read, and sharing keeps generating 100 000 events fast); treat it as read-only.
 */
const cc = (system: string, code: string, display?: string, text?: string): { coding: Coding[]; text?: string } => {
  const key = `${system}|${code}|${display ?? ''}|${text ?? ''}`;
  let v = ccCache.get(key);
  if (!v) {
    const coding: Coding = display === undefined ? { system, code } : { system, code, display };
    v = text === undefined ? { coding: [coding] } : { coding: [coding], text };
    ccCache.set(key, v);
  }
  return v;
};
const round = (v: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

interface Person {
  ref: Ref;
  name: string;
  given: string;
  family: string;
  sex: Sex;
  cf: string;
}

interface Section {
  title: string;
  code: string;
  text: string;
  entries?: Ref[];
}

interface DocSpec {
  type: DocTypeKey;
  title: string;
  /** Creation time of the document. */
  date: number;
  /** Service period (defaults to the creation time). */
  period?: [number, number?];
  author: Person;
  facility: string;
  psc: PscKey;
  sections: Section[];
  encounter?: Ref;
  obscured?: boolean;
  hiddenFromParent?: boolean;
  protectedCategory?: 'HIV' | 'CONSULTORIO';
  confidentiality?: 'N' | 'R' | 'V';
  /** NRE this document is or fulfils. */
  nre?: string[];
}

interface DocInfo {
  compositionRef: Ref;
  docRef: Ref;
  date: number;
  visible: boolean;
}

const docTypeConstants = new Map<DocTypeKey, { type: { coding: Coding[] }; category: { coding: Coding[] }[] }>();
function docConstants(type: DocTypeKey): { type: { coding: Coding[] }; category: { coding: Coding[] }[] } {
  let k = docTypeConstants.get(type);
  if (!k) {
    const t = DOC_TYPES[type];
    k = { type: cc(SYS.loinc, t.loinc, t.display), category: [cc(SYS.classCode, t.cls)] };
    docTypeConstants.set(type, k);
  }
  return k;
}

const facilityCache = new Map<string, { code: string; type: { coding: Coding[] } }>();
function facilityConstants(key: string): { code: string; type: { coding: Coding[] } } {
  let f = facilityCache.get(key);
  if (!f) {
    const def = FACILITIES.find((x) => x.key === key);
    f = { code: def?.code ?? '010', type: cc(SYS.facilityType, def?.type ?? 'Territorio', def?.type ?? 'Territorio') };
    facilityCache.set(key, f);
  }
  return f;
}

const practiceSetting = (psc: PscKey): { coding: Coding[] } => cc(SYS.practiceSetting, PSC[psc].code, PSC[psc].display);
const SECURITY_LABELS = {
  N: [cc(SYS.confidentiality, 'N', 'normal')],
  R: [cc(SYS.confidentiality, 'R', 'restricted')],
  V: [cc(SYS.confidentiality, 'V', 'very restricted')],
} as const;
/** The document itself travels as FHIR JSON (the Composition in this Bundle). */
const FHIR_CONTENT = [{ attachment: { contentType: 'application/fhir+json', language: 'it-IT' } }];

class Builder {
  readonly entries: FhirBundleEntry[] = [];
  /** Clinical events as `fromFhir` counts them: documents and the clinical resources in and around them (care plans become care paths, not events). */
  events = 0;
  readonly docs: DocInfo[] = [];
  private readonly counters = new Map<string, number>();
  private readonly orgs = new Map<string, Ref>();
  private readonly specialists = new Map<string, Person>();
  private docSerial = 0;
  private nreSerial = 0;
  patient!: Person;
  patientRef!: Ref;

  constructor(readonly rng: Rng, readonly now: number) {}

  id(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}-${n}`;
  }

  add(resource: FhirResource, isEvent: boolean): Ref {
    const key = resource.resourceType + '/' + resource.id;
    this.entries.push({ fullUrl: BASE + key, resource });
    if (isEvent) this.events++;
    return { reference: key };
  }

  org(key: string): Ref {
    let ref = this.orgs.get(key);
    if (ref) return ref;
    const def = FACILITIES.find((f) => f.key === key);
    if (!def) throw new Error(`unknown facility ${key}`);
    const partOf = def.partOf ? this.org(def.partOf) : undefined;
    const [line, rest] = def.address.split(', ');
    const [cap, ...cityParts] = rest.split(' ');
    const province = cityParts.pop() ?? '';
    const resource: FhirResource = {
      resourceType: 'Organization',
      id: `org-${key}`,
      identifier: [{ system: SYS.facility, value: def.code }],
      active: true,
      type: [cc(SYS.facilityType, def.type, def.type)],
      name: def.name,
      address: [{ line: [line], city: cityParts.join(' '), district: province, postalCode: cap, country: 'IT' }],
    };
    if (partOf) resource.partOf = partOf;
    ref = { ...this.add(resource, false), display: def.name };
    this.orgs.set(key, ref);
    return ref;
  }

  /** A practitioner with a valid codice fiscale of their own. */
  practitioner(sex: Sex, qualification: string, title = sex === 'female' ? 'Dott.ssa' : 'Dott.'): Person {
    const rng = this.rng;
    const given = rng.pick(sex === 'female' ? FEMALE_NAMES : MALE_NAMES);
    const family = rng.pick(SURNAMES);
    const cf = codiceFiscale({
      family, given, sex, year: rng.int(1955, 1990), month: rng.int(1, 12), day: rng.int(1, 28), belfiore: rng.pick(COMUNI).belfiore,
    });
    const id = this.id('prac');
    const name = `${title} ${given} ${family}`;
    const ref = this.add(
      {
        resourceType: 'Practitioner',
        id,
        identifier: [{ system: SYS.cf, value: cf }],
        active: true,
        name: [{ family, given: [given], prefix: [title], text: name }],
        gender: sex,
        qualification: [{ code: { text: qualification } }],
      },
      false,
    );
    return { ref: { ...ref, display: name }, name, given, family, sex, cf };
  }

  /** The practitioner playing a role across the record (one cardiologist, one laboratory director…). */
  specialist(key: string, qualification: string, opts: { sex?: Sex; title?: string } = {}): Person {
    let p = this.specialists.get(key);
    if (!p) {
      p = this.practitioner(opts.sex ?? (this.rng.chance(0.5) ? 'female' : 'male'), qualification, opts.title);
      this.specialists.set(key, p);
    }
    return p;
  }

  nre(): string {
    this.nreSerial++;
    // 15 characters: region 010, series A, then a progressive number.
    return `010A${String(4_200_000_000 + this.nreSerial * 7919 + this.rng.int(0, 7000)).padStart(11, '0')}`;
  }

  /** A document: a Composition (the document) and its DocumentReference (the metadata INI indexes). */
  doc(spec: DocSpec): DocInfo {
    const k = docConstants(spec.type);
    const fac = facilityConstants(spec.facility);
    const facility = this.org(spec.facility);
    this.docSerial++;
    const identifier = {
      system: SYS.docId,
      value: `${fac.code}.${this.patient.cf}.${compact(spec.date)}.${String(this.docSerial).padStart(6, '0')}`,
    };
    const date = instant(spec.date);
    const author = [spec.author.ref];
    const confidentiality = spec.confidentiality ?? 'N';
    const composition: FhirResource = {
      resourceType: 'Composition',
      id: this.id('comp'),
      language: 'it-IT',
      identifier,
      status: 'final',
      type: k.type,
      category: k.category,
      subject: this.patientRef,
      date,
      author,
      title: spec.title,
      confidentiality,
      custodian: facility,
      section: spec.sections.map((s) => {
        const section: Record<string, unknown> = { title: s.title, code: cc(SYS.loinc, s.code, s.title), text: narrative(s.text) };
        if (s.entries?.length) section.entry = s.entries;
        return section;
      }),
    };
    if (spec.encounter) composition.encounter = spec.encounter;
    const compositionRef = this.add(composition, true);

    const context: Record<string, unknown> = {};
    if (spec.obscured || spec.hiddenFromParent) {
      const event: { coding: Coding[] }[] = [];
      if (spec.obscured) event.push(cc(SYS.eventCode, 'P99', 'Oscuramento del documento'));
      if (spec.hiddenFromParent) event.push(cc(SYS.eventCode, 'P97', 'Oscuramento al genitore'));
      context.event = event;
    }
    let securityLabel: readonly { coding: Coding[] }[] = SECURITY_LABELS[confidentiality];
    if (spec.protectedCategory === 'HIV') securityLabel = [...securityLabel, cc(SYS.actCode, 'HIV', 'HIV/AIDS information sensitivity')];
    // Family counselling services have no v3 sensitivity code: Percorso's own code system (FHIR.md).
    if (spec.protectedCategory === 'CONSULTORIO') securityLabel = [...securityLabel, cc(SYS.categoriaProtetta, 'CONSULTORIO', 'Consultorio familiare')];
    const [start, end] = spec.period ?? [spec.date];
    context.period = end === undefined ? { start: start === spec.date ? date : instant(start) } : { start: instant(start), end: instant(end) };
    context.facilityType = fac.type;
    context.practiceSetting = practiceSetting(spec.psc);
    context.related = spec.nre?.length ? [compositionRef, ...spec.nre.map((value) => ({ identifier: { system: SYS.nre, value } }))] : [compositionRef];
    const docRef = this.add(
      {
        resourceType: 'DocumentReference',
        id: this.id('docref'),
        masterIdentifier: identifier,
        status: 'current',
        type: k.type,
        category: k.category,
        subject: this.patientRef,
        date,
        author,
        custodian: facility,
        description: spec.title,
        securityLabel,
        content: FHIR_CONTENT,
        context,
      },
      false,
    );
    const info: DocInfo = { compositionRef, docRef, date: spec.date, visible: !spec.obscured && !spec.protectedCategory && !spec.hiddenFromParent };
    this.docs.push(info);
    return info;
  }
}

/** A random working-hours instant on the local day of `epoch`. */
function workHours(rng: Rng, epoch: number, from = 8, to = 17): number {
  return atLocal(epoch, rng.int(from, to - 1), rng.pick([0, 10, 15, 20, 30, 40, 45, 50]));
}

interface Ctx {
  b: Builder;
  rng: Rng;
  now: number;
  birth: number;
  sex: Sex;
  full: boolean;
  mmg: Person;
}

// ───────────────────────────── clinical building blocks ─────────────────────────────

function labValue(rng: Rng, t: LabTest, sex: Sex, shift = 0): number {
  let mean = t.mean + shift * t.sd;
  if (t.loinc === '718-7' && sex === 'male') mean += 1.2;
  return round(Math.max(t.decimals ? 0.01 : 1, rng.normal(mean, t.sd)), t.decimals);
}

const INTERPRETATION = {
  H: [cc(SYS.interpretation, 'H', 'Alto')],
  L: [cc(SYS.interpretation, 'L', 'Basso')],
  N: [cc(SYS.interpretation, 'N', 'Normale')],
} as const;
/** Per test, the parts every result of it shares (code, reference range). */
const labConstants = new WeakMap<LabTest, { code: { coding: Coding[] }; range: Record<string, unknown>[] }>();
const LAB_CATEGORY = [cc(SYS.obsCategory, 'laboratory', 'Laboratory')];

function observation(ctx: Ctx, t: LabTest, at: number, value: number): Ref {
  const { b } = ctx;
  const interp = t.high !== undefined && value > t.high ? 'H' : t.low !== undefined && value < t.low ? 'L' : 'N';
  let k = labConstants.get(t);
  if (!k) {
    k = { code: cc(SYS.loinc, t.loinc, t.display), range: referenceRange(t) };
    labConstants.set(t, k);
  }
  return b.add(
    {
      resourceType: 'Observation',
      id: b.id('obs'),
      status: 'final',
      category: LAB_CATEGORY,
      code: k.code,
      subject: b.patientRef,
      effectiveDateTime: instant(at),
      issued: instant(at + 6 * HOUR),
      valueQuantity: { value, unit: t.unit, system: SYS.ucum, code: t.ucum },
      interpretation: INTERPRETATION[interp],
      referenceRange: k.range,
    },
    true,
  );
}

function referenceRange(t: LabTest): Record<string, unknown>[] {
  const r: Record<string, unknown> = {};
  if (t.low !== undefined) r.low = { value: t.low, unit: t.unit, system: SYS.ucum, code: t.ucum };
  if (t.high !== undefined) r.high = { value: t.high, unit: t.unit, system: SYS.ucum, code: t.ucum };
  r.text = t.low !== undefined && t.high !== undefined ? `${t.low}–${t.high} ${t.unit}` : t.low !== undefined ? `> ${t.low} ${t.unit}` : `< ${t.high} ${t.unit}`;
  return [r];
}

/** A laboratory report with the given tests. Returns the document and the observations by LOINC. */
function labReport(
  ctx: Ctx,
  at: number,
  tests: readonly LabTest[],
  opts: { nre?: string; facility?: string; obscured?: boolean; shift?: number } = {},
): { doc: DocInfo; obs: Map<string, Ref> } {
  const { b, rng } = ctx;
  const obs = new Map<string, Ref>();
  const draw = atLocal(at, rng.int(7, 9), rng.pick([0, 15, 30, 45]));
  for (const t of tests) obs.set(t.loinc, observation(ctx, t, draw, labValue(rng, t, ctx.sex, opts.shift)));
  const lab = b.specialist('lab', 'Biologa, direttrice del laboratorio', { sex: 'female' });
  const doc = b.doc({
    type: 'LAB',
    title: 'Referto di medicina di laboratorio',
    date: draw + rng.int(6, 30) * HOUR,
    period: [draw],
    author: lab,
    facility: opts.facility ?? rng.pick(['molinette', 'mariavittoria', 'sgb', 'mauriziano']),
    psc: 'laboratorio',
    obscured: opts.obscured,
    nre: opts.nre ? [opts.nre] : undefined,
    sections: [
      {
        title: 'Chimica clinica ed ematologia',
        code: '18719-5',
        text: `Esami eseguiti: ${tests.map((t) => t.display.split(' [')[0]).join(', ')}.`,
        entries: [...obs.values()],
      },
    ],
  });
  return { doc, obs };
}

function pickTests(rng: Rng, k: number): LabTest[] {
  const pool = LAB_TESTS.slice();
  const out: LabTest[] = [];
  while (out.length < k && pool.length) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]);
  // Reports list tests in the laboratory's order.
  return out.sort((a, c) => LAB_TESTS.indexOf(a) - LAB_TESTS.indexOf(c));
}

function encounter(
  ctx: Ctx,
  cls: 'AMB' | 'EMER' | 'IMP',
  start: number,
  end: number,
  opts: { facility: string; practitioner?: Person; partOf?: Ref; type?: string; priority?: Coding; discharge?: Coding; reason?: string },
): Ref {
  const { b } = ctx;
  const display = { AMB: 'ambulatory', EMER: 'emergency', IMP: 'inpatient encounter' }[cls];
  const resource: FhirResource = {
    resourceType: 'Encounter',
    id: b.id('enc'),
    status: end <= ctx.now ? 'finished' : 'in-progress',
    class: { system: SYS.actCode, code: cls, display },
    subject: b.patientRef,
    period: { start: instant(start), end: instant(end) },
    serviceProvider: b.org(opts.facility),
  };
  if (opts.type) resource.type = [{ text: opts.type }];
  if (opts.priority) resource.priority = { coding: [opts.priority] };
  if (opts.practitioner) resource.participant = [{ individual: opts.practitioner.ref }];
  if (opts.reason) resource.reasonCode = [{ text: opts.reason }];
  if (opts.discharge) resource.hospitalization = { dischargeDisposition: { coding: [opts.discharge] } };
  if (opts.partOf) resource.partOf = opts.partOf;
  return b.add(resource, true);
}

function procedure(ctx: Ctx, code: { code: string; display: string }, at: number, opts: { loinc?: { code: string; display: string }; site?: Coding[]; performer?: Person; note?: string } = {}): Ref {
  const { b } = ctx;
  const coding: Coding[] = [{ system: SYS.icd9proc, code: code.code, display: code.display }];
  if (opts.loinc) coding.push({ system: SYS.loinc, code: opts.loinc.code, display: opts.loinc.display });
  const resource: FhirResource = {
    resourceType: 'Procedure',
    id: b.id('proc'),
    status: 'completed',
    code: { coding, text: code.display },
    subject: b.patientRef,
    performedDateTime: instant(at),
  };
  if (opts.site) resource.bodySite = [{ coding: opts.site }];
  if (opts.performer) resource.performer = [{ actor: opts.performer.ref }];
  if (opts.note) resource.note = [{ text: opts.note }];
  return b.add(resource, true);
}

function condition(ctx: Ctx, icd9: Coding, snomed: Coding | undefined, onset: number, category = 'encounter-diagnosis'): Ref {
  const { b } = ctx;
  const coding: Coding[] = [icd9];
  if (snomed) coding.push(snomed);
  return b.add(
    {
      resourceType: 'Condition',
      id: b.id('cond'),
      clinicalStatus: cc(SYS.conditionClinical, 'active'),
      verificationStatus: cc('http://terminology.hl7.org/CodeSystem/condition-ver-status', 'confirmed'),
      category: [cc(SYS.conditionCategory, category)],
      code: { coding, text: icd9.display },
      subject: b.patientRef,
      onsetDateTime: dateOnly(onset),
      recordedDate: instant(onset),
    },
    true,
  );
}

const AF_ICD9: Coding = { system: SYS.icd9dx, code: '427.31', display: 'Fibrillazione atriale' };
const AF_SNOMED: Coding = { system: SYS.snomed, code: '49436004', display: 'Atrial fibrillation' };
const HEART_SITE: Coding = { system: SYS.snomed, code: '80891009', display: 'Cuore' };

/** A medicine prescription (PRESC_FARM, NRE) and, when dispensed, its dispensation (EROG_FARM). */
function drugChain(ctx: Ctx, drug: DrugKey, at: number, opts: { prescriber?: Person; dispensed?: boolean; active?: boolean } = {}): { request: Ref; nre: string } {
  const { b, rng } = ctx;
  const d = DRUGS[drug];
  const prescriber = opts.prescriber ?? ctx.mmg;
  const nre = b.nre();
  const med = { coding: [{ system: SYS.atc, code: d.atc, display: d.display }], text: d.product };
  const request = b.add(
    {
      resourceType: 'MedicationRequest',
      id: b.id('medreq'),
      identifier: [{ system: SYS.nre, value: nre }],
      status: opts.active ? 'active' : 'completed',
      intent: 'order',
      medicationCodeableConcept: med,
      subject: b.patientRef,
      authoredOn: instant(at),
      requester: prescriber.ref,
      dosageInstruction: [{ text: d.dosage }],
      dispenseRequest: { numberOfRepeatsAllowed: 0, quantity: { value: 2, unit: 'confezioni' } },
      insurance: [{ display: 'SSN' }],
    },
    true,
  );
  b.doc({
    type: 'PRESC_FARM',
    title: `Prescrizione farmaceutica: ${d.display}`,
    date: at,
    author: prescriber,
    facility: 'asl',
    psc: 'medicinaBase',
    nre: [nre],
    sections: [{ title: 'Prescrizione', code: '57828-6', text: `${d.product} — ${d.dosage}. Ricetta elettronica ${nre}.`, entries: [request] }],
  });
  if (opts.dispensed !== false) {
    const when = atLocal(at + rng.int(0, 4) * DAY, rng.int(9, 19), rng.pick([0, 20, 40]));
    if (when < ctx.now) {
      const pharmacist = b.specialist('pharmacist', 'Farmacista');
      const dispense = b.add(
        {
          resourceType: 'MedicationDispense',
          id: b.id('meddisp'),
          identifier: [{ system: SYS.nre, value: nre }],
          status: 'completed',
          medicationCodeableConcept: med,
          subject: b.patientRef,
          performer: [{ actor: pharmacist.ref }],
          location: { display: 'Farmacia Comunale 12, Torino' },
          authorizingPrescription: [request],
          quantity: { value: 2, unit: 'confezioni' },
          whenHandedOver: instant(when),
        },
        true,
      );
      b.doc({
        type: 'EROG_FARM',
        title: `Erogazione farmaceutica: ${d.display}`,
        date: when,
        author: pharmacist,
        facility: 'farmacia',
        psc: 'territoriale',
        nre: [nre],
        sections: [{ title: 'Farmaci erogati', code: '60590-7', text: `${d.product}, 2 confezioni.`, entries: [dispense] }],
      });
    }
  }
  return { request, nre };
}

/**
 * A medicine in a document's therapy list (MedicationStatement): taken since `since`, with its
 * dosage as the document writes it, so that summaries can show the list as each source gave it.
 */
function therapyStatement(ctx: Ctx, drug: DrugKey, since: number, dosage: string = DRUGS[drug].dosage): Ref {
  const { b } = ctx;
  const d = DRUGS[drug];
  return b.add(
    {
      resourceType: 'MedicationStatement',
      id: b.id('medstat'),
      status: 'active',
      medicationCodeableConcept: { coding: [{ system: SYS.atc, code: d.atc, display: d.display }], text: d.product },
      subject: b.patientRef,
      effectivePeriod: { start: dateOnly(since) },
      dosage: [{ text: dosage }],
    },
    true,
  );
}

/**
 * The PSS's allergy entry: a SNOMED "no known allergy" statement (716186003) for men, an
 * intolerance to acetylsalicylic acid for women — so that records show both a stated "nessuna
 * allergia nota" and a list, deterministically, without drawing from the random stream.
 */
function allergyEntry(ctx: Ctx, at: number): { ref: Ref; text: string } {
  const { b, sex } = ctx;
  if (sex === 'male') {
    const ref = b.add(
      {
        resourceType: 'AllergyIntolerance',
        id: b.id('allergy'),
        clinicalStatus: cc('http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', 'active'),
        verificationStatus: cc('http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', 'confirmed'),
        code: cc(SYS.snomed, '716186003', 'Nessuna allergia nota'),
        patient: b.patientRef,
        recordedDate: instant(at),
      },
      true,
    );
    return { ref, text: 'Nessuna allergia nota.' };
  }
  const ref = b.add(
    {
      resourceType: 'AllergyIntolerance',
      id: b.id('allergy'),
      clinicalStatus: cc('http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', 'active'),
      verificationStatus: cc('http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', 'confirmed'),
      type: 'intolerance',
      category: ['medication'],
      criticality: 'low',
      code: { coding: [{ system: SYS.atc, code: 'B01AC06', display: 'Acido acetilsalicilico' }], text: 'Acido acetilsalicilico' },
      patient: b.patientRef,
      recordedDate: instant(at),
      reaction: [{ manifestation: [{ text: 'Orticaria' }] }],
    },
    true,
  );
  return { ref, text: 'Intolleranza all’acido acetilsalicilico (orticaria).' };
}

/** A specialist prescription (PRESC_SPEC) for the visit or exam; returns its NRE. */
function specPrescription(ctx: Ctx, at: number, what: string, opts: { obscured?: boolean; prescriber?: Person } = {}): string {
  const { b } = ctx;
  const nre = b.nre();
  b.doc({
    type: 'PRESC_SPEC',
    title: `Prescrizione specialistica: ${what}`,
    date: at,
    author: opts.prescriber ?? ctx.mmg,
    facility: 'asl',
    psc: 'medicinaBase',
    obscured: opts.obscured,
    nre: [nre],
    sections: [{ title: 'Prestazioni richieste', code: '62387-6', text: `${what}. Priorità: programmabile (P). Ricetta elettronica ${nre}.` }],
  });
  return nre;
}

/** A specialist visit report (RSA) with its encounter and, optionally, procedures. */
function visitReport(
  ctx: Ctx,
  at: number,
  def: { psc: PscKey; title: string; specialist: Person; facility: string; findings: string; procedures?: Ref[]; diagnoses?: Ref[] },
  opts: { nre?: string; obscured?: boolean; hiddenFromParent?: boolean; protectedCategory?: 'CONSULTORIO' } = {},
): { doc: DocInfo; encounter: Ref } {
  const { b, rng } = ctx;
  const end = at + rng.int(20, 45) * MINUTE;
  const enc = encounter(ctx, 'AMB', at, end, { facility: def.facility, practitioner: def.specialist, type: def.title });
  const sections: Section[] = [
    { title: 'Quesito diagnostico', code: '29299-5', text: 'Controllo clinico.' },
    { title: 'Referto', code: '47045-0', text: def.findings },
  ];
  if (def.procedures?.length) sections.push({ title: 'Prestazioni', code: '62387-6', text: 'Prestazioni eseguite durante la visita.', entries: def.procedures });
  if (def.diagnoses?.length) sections.push({ title: 'Diagnosi', code: '29548-5', text: 'Diagnosi.', entries: def.diagnoses });
  const doc = b.doc({
    type: 'RSA',
    title: def.title,
    date: end + rng.int(5, 60) * MINUTE,
    period: [at, end],
    author: def.specialist,
    facility: def.facility,
    psc: def.psc,
    encounter: enc,
    obscured: opts.obscured,
    hiddenFromParent: opts.hiddenFromParent,
    protectedCategory: opts.protectedCategory,
    confidentiality: opts.protectedCategory ? 'R' : undefined,
    nre: opts.nre ? [opts.nre] : undefined,
    sections,
  });
  return { doc, encounter: enc };
}

function radReport(ctx: Ctx, at: number, def: RadDef, opts: { nre?: string; facility?: string } = {}): { doc: DocInfo; procedure: Ref } {
  const { b, rng } = ctx;
  const radiologist = b.specialist('radiologist', 'Medico radiologo');
  const site: Coding[] = [{ system: SYS.snomed, code: def.site.code, display: def.site.display }];
  if (def.laterality) site.push({ system: SYS.snomed, code: def.laterality.code, display: def.laterality.display });
  const proc = procedure(ctx, def.icd9, at, { loinc: def.loinc, site, performer: radiologist, note: def.conclusion });
  const doc = b.doc({
    type: 'RAD',
    title: `Referto di radiologia: ${def.title}`,
    date: at + rng.int(2, 48) * HOUR,
    period: [at],
    author: radiologist,
    facility: opts.facility ?? 'molinette',
    psc: 'radiologia',
    nre: opts.nre ? [opts.nre] : undefined,
    sections: [
      { title: 'Esame eseguito', code: '55111-9', text: def.title, entries: [proc] },
      { title: 'Referto', code: '18782-3', text: def.findings },
      { title: 'Conclusioni', code: '55110-1', text: def.conclusion },
    ],
  });
  return { doc, procedure: proc };
}

function vaccination(ctx: Ctx, key: VaccineKey, at: number, dose: number, opts: { site?: keyof typeof ACT_SITES; oral?: boolean; precision?: 'year' | 'month' | 'day' | 'instant' } = {}): void {
  const { b, rng } = ctx;
  const v = VACCINES[key];
  const nurse = b.specialist('vaccinator', 'Assistente sanitaria', { sex: 'female', title: 'AS' });
  const precision = opts.precision ?? 'instant';
  const occurrence = precision === 'year' ? dateOnly(at).slice(0, 4) : precision === 'month' ? monthOnly(at) : precision === 'day' ? dateOnly(at) : instant(at);
  const imm: FhirResource = {
    resourceType: 'Immunization',
    id: b.id('imm'),
    status: 'completed',
    vaccineCode: { coding: [{ system: SYS.atc, code: v.atc, display: v.display }], text: v.display },
    patient: b.patientRef,
    occurrenceDateTime: occurrence,
    primarySource: precision === 'instant',
    lotNumber: `${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}${rng.digits(4)}`,
  };
  if (opts.oral) {
    imm.route = cc('http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration', 'PO', 'Swallow, oral');
  } else {
    const site = opts.site ?? 'LD';
    imm.site = cc(SYS.actSite, site, ACT_SITES[site]);
    imm.route = cc('http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration', 'IM', 'Injection, intramuscular');
  }
  imm.performer = [{ actor: nurse.ref }];
  imm.protocolApplied = [{ doseNumberPositiveInt: dose, targetDisease: v.targets.map(([code, display]) => cc(SYS.snomed, code, display)) }];
  const ref = b.add(imm, true);
  b.doc({
    type: 'VACC_SINGOLA',
    title: `Vaccinazione: ${v.display}`,
    date: precision === 'instant' ? at + 30 * MINUTE : atLocal(at, 12, 0),
    author: nurse,
    facility: 'vaccini',
    psc: 'territoriale',
    sections: [{ title: 'Vaccinazioni', code: '11369-6', text: `${v.display}, dose ${dose}.`, entries: [ref] }],
  });
}

function appointment(ctx: Ctx, at: number, status: 'booked' | 'fulfilled' | 'cancelled', service: Coding, where: string, who?: Person, minutes = 30): Ref {
  const { b } = ctx;
  const participant: Record<string, unknown>[] = [{ actor: b.patientRef, status: 'accepted' }];
  if (who) participant.push({ actor: who.ref, status: 'accepted' });
  participant.push({ actor: { display: where }, status: 'accepted' });
  const resource: FhirResource = {
    resourceType: 'Appointment',
    id: b.id('appt'),
    status,
    serviceType: [{ coding: [service], text: service.display }],
    description: service.display,
    start: instant(at),
    end: instant(at + minutes * MINUTE),
    created: instant(at - 40 * DAY),
    participant,
  };
  if (status === 'cancelled') resource.cancelationReason = { text: 'Disdetta dall’assistito' };
  return b.add(resource, true);
}

function taccuinoObservation(ctx: Ctx, at: number, kind: 'weight' | 'hr'): void {
  const { b, rng } = ctx;
  const weight = kind === 'weight';
  const value = weight ? round(rng.normal(ctx.sex === 'male' ? 80 : 66, 2), 1) : rng.int(62, 92);
  b.add(
    {
      resourceType: 'Observation',
      id: b.id('obs'),
      status: 'final',
      category: [cc(SYS.obsCategory, 'vital-signs', 'Vital Signs')],
      code: weight ? cc(SYS.loinc, '29463-7', 'Peso corporeo') : cc(SYS.loinc, '8867-4', 'Frequenza cardiaca'),
      subject: b.patientRef,
      effectiveDateTime: instant(at),
      performer: [b.patientRef],
      valueQuantity: weight ? { value, unit: 'kg', system: SYS.ucum, code: 'kg' } : { value, unit: 'battiti/min', system: SYS.ucum, code: '/min' },
      note: [{ text: weight ? 'Pesata a casa, al mattino.' : 'Misurata con il misuratore da polso.' }],
    },
    true,
  );
}

function base64(ascii: string): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < ascii.length; i += 3) {
    const n = (ascii.charCodeAt(i) << 16) | ((ascii.charCodeAt(i + 1) || 0) << 8) | (ascii.charCodeAt(i + 2) || 0);
    out += chars[(n >> 18) & 63] + chars[(n >> 12) & 63] + (i + 1 < ascii.length ? chars[(n >> 6) & 63] : '=') + (i + 2 < ascii.length ? chars[n & 63] : '=');
  }
  return out;
}

function taccuinoDocument(ctx: Ctx, at: number, title: string, text: string): void {
  const { b } = ctx;
  const t = DOC_TYPES.TACCUINO;
  b.add(
    {
      resourceType: 'DocumentReference',
      id: b.id('docref'),
      status: 'current',
      type: cc(SYS.loinc, t.loinc, t.display),
      category: [cc(SYS.classCode, t.cls)],
      subject: b.patientRef,
      date: instant(at),
      author: [b.patientRef],
      description: title,
      securityLabel: SECURITY_LABELS.N,
      content: [{ attachment: { contentType: 'text/plain', language: 'it-IT', title, data: base64(text) } }],
      context: {
        period: { start: instant(at) },
        facilityType: cc(SYS.facilityType, 'Cittadino', 'Cittadino'),
        practiceSetting: cc(SYS.practiceSetting, PSC.altro.code, PSC.altro.display),
      },
    },
    true,
  );
}

// ───────────────────────────── the life ─────────────────────────────

/**
 * The childhood calendar of the patient's time (Italian law): hexavalent, pneumococcal and MPR(V)
 * since 2000; diphtheria-tetanus and oral polio (Sabin, 1964) with hepatitis B (1991, for those born
 * from 1979) before; inactivated polio (Salk, 1957) and smallpox (until 1977) for older patients;
 * only smallpox before diphtheria became compulsory (1939).
 */
function childhoodVaccinations(ctx: Ctx): void {
  const { birth, rng, full } = ctx;
  const y = romeFields(birth).year;
  const at = (months: number): number => workHours(rng, birth + months * 30.44 * DAY, 9, 12);
  // Historical entries transcribed from the vaccination registry keep the precision it had.
  const precision = y < 1990 ? 'day' : 'instant';
  if (y >= 2000) {
    vaccination(ctx, 'esavalente', at(3), 1, { site: 'LT', precision });
    vaccination(ctx, 'mpr', at(13), 1, { site: 'LD', precision });
    if (!full) return;
    vaccination(ctx, 'pneumococco', at(3) + 20 * MINUTE, 1, { site: 'RT', precision });
    vaccination(ctx, 'esavalente', at(5), 2, { site: 'RT', precision });
    vaccination(ctx, 'esavalente', at(11), 3, { site: 'LT', precision });
    vaccination(ctx, 'mprv', at(6 * 12 + 2), 2, { site: 'LD', precision });
    vaccination(ctx, 'dtpaIpv', at(6 * 12 + 2) + 20 * MINUTE, 1, { site: 'RD', precision });
  } else if (y >= 1964) {
    vaccination(ctx, 'dt', at(3), 1, { site: 'LT', precision: 'month' });
    vaccination(ctx, 'polioOrale', at(3), 1, { oral: true, precision });
    if (!full) return;
    vaccination(ctx, 'dt', at(5), 2, { site: 'RT', precision });
    vaccination(ctx, 'polioOrale', at(5), 2, { oral: true, precision });
    vaccination(ctx, 'dt', at(11), 3, { site: 'LT', precision });
    vaccination(ctx, 'polioOrale', at(11), 3, { oral: true, precision });
    if (y >= 1979) vaccination(ctx, 'epatiteB', at(12 * 12), 1, { site: 'LD', precision });
    vaccination(ctx, 'dt', at(6 * 12), 4, { site: 'LD', precision });
  } else if (y >= 1939) {
    vaccination(ctx, 'dt', at(4), 1, { site: 'LT', precision: 'month' });
    vaccination(ctx, 'vaiolo', at(14), 1, { site: 'LA', precision: 'month' });
    if (!full) return;
    vaccination(ctx, 'dt', at(6), 2, { site: 'RT', precision: 'month' });
    if (y >= 1957) vaccination(ctx, 'polioSalk', at(8), 1, { site: 'LT', precision: 'month' });
    vaccination(ctx, 'vaiolo', at(8 * 12), 2, { site: 'LA', precision: 'year' });
  } else {
    vaccination(ctx, 'vaiolo', at(14), 1, { site: 'LA', precision: 'year' });
  }
}

function adultVaccinations(ctx: Ctx, afDx: number): void {
  const { now, rng, birth } = ctx;
  const nowYear = romeFields(now).year;
  // Yearly flu shots once over 65 or chronically ill (AF), as the national plan recommends; records from 2015.
  const from = Math.max(2015, Math.min(romeFields(afDx).year, romeFields(birth).year + 65));
  for (let y = from; y <= nowYear; y++) {
    const at = romeTime(y, rng.pick([10, 11]), rng.int(2, 28), rng.int(9, 16), rng.pick([0, 15, 30, 45]));
    if (at < now) vaccination(ctx, 'influenza', at, 1, { site: 'LD' });
  }
  const covid = [romeTime(2021, 5, rng.int(3, 28), 10, 30), romeTime(2021, 6, rng.int(20, 30), 11, 0), romeTime(2021, 12, rng.int(1, 20), 15, 30)];
  covid.forEach((at, i) => { if (at > birth + 18 * YEAR && at < now) vaccination(ctx, 'covid', at, i + 1, { site: i % 2 ? 'RD' : 'LD' }); });
}

interface AfResult {
  carePlan: Ref;
}

/** ER visit for palpitations, admission to Cardiology, discharge letter, follow-ups and the PDTA. */
/** The discharge dose of the beta-blocker, halved later by the MMG: the PSS and the LDO disagree, as real records do. */
const LDO_BISOPROLOL = '1/2 compressa al mattino';

function atrialFibrillation(ctx: Ctx, afDx: number): AfResult {
  const { b, rng, now, full, mmg } = ctx;
  const erDoc = b.specialist('er', 'Medico di medicina d’urgenza');
  const cardiologist = b.specialist('cardiologist', 'Cardiologo');
  const ward = b.specialist('ward', 'Cardiologo di reparto');

  // Emergency department visit: EMER encounter, phases partOf it, triage code.
  const arrive = atLocal(afDx, 21, rng.int(5, 55));
  const erEnd = arrive + rng.int(4, 6) * HOUR;
  const er = encounter(ctx, 'EMER', arrive, erEnd, {
    facility: 'molinette',
    practitioner: erDoc,
    reason: 'Cardiopalmo insorto da alcune ore',
    priority: { system: SYS.triage, code: '3', display: 'Azzurro — urgenza differibile' },
    discharge: { system: SYS.dischargeDisposition, code: 'oth', display: 'Ricovero in reparto di degenza (Cardiologia)' },
  });
  const triage = encounter(ctx, 'EMER', arrive + 8 * MINUTE, arrive + 20 * MINUTE, { facility: 'molinette', partOf: er, type: 'Triage' });
  const visit = encounter(ctx, 'EMER', arrive + 50 * MINUTE, erEnd, { facility: 'molinette', partOf: er, type: 'Visita medica e osservazione', practitioner: erDoc });
  b.doc({
    type: 'VPS',
    title: 'Verbale di pronto soccorso',
    date: erEnd + 10 * MINUTE,
    period: [arrive, erEnd],
    author: erDoc,
    facility: 'molinette',
    psc: 'prontoSoccorso',
    encounter: er,
    sections: [
      { title: 'Motivo della visita', code: '46239-0', text: 'Cardiopalmo e lieve dispnea da sforzo insorti nel pomeriggio.' },
      { title: 'Triage', code: '54094-8', text: 'Codice 3 — azzurro. PA 145/90 mmHg, FC 132 bpm aritmica, SpO2 97%.' },
      { title: 'Fasi del pronto soccorso', code: '46240-8', text: 'Triage, visita medica, osservazione.', entries: [triage, visit] },
      { title: 'Esito', code: '28574-2', text: 'ECG: fibrillazione atriale ad alta risposta ventricolare. Ricovero in Cardiologia.' },
    ],
  });

  // Hospital stay and discharge letter, with a chest X-ray on the first day.
  const admit = erEnd;
  const discharge = atLocal(admit + rng.int(3, 5) * DAY, 11, 0);
  const stay = encounter(ctx, 'IMP', admit, discharge, {
    facility: 'molinette',
    practitioner: ward,
    reason: 'Fibrillazione atriale di nuova insorgenza',
    discharge: { system: SYS.dischargeDisposition, code: 'home', display: 'Dimissione a domicilio' },
  });
  radReport(ctx, atLocal(admit + DAY, 9, 30), CHEST_XRAY);
  const afCondition = condition(ctx, AF_ICD9, AF_SNOMED, arrive);

  // First cardiology visit after discharge, prescribed by the MMG: ECG and echocardiogram.
  const visit1 = workHours(rng, discharge + rng.int(28, 40) * DAY, 9, 13);
  const nre1 = specPrescription(ctx, discharge + rng.int(2, 6) * DAY, 'Visita cardiologica di controllo (89.7), ecocardiogramma (88.72)');
  const ecg1 = procedure(ctx, { code: '89.52', display: 'Elettrocardiogramma' }, visit1 + 5 * MINUTE, { site: [HEART_SITE], performer: cardiologist });
  const echo1 = procedure(ctx, { code: '88.72', display: 'Ecocardiogramma' }, visit1 + 20 * MINUTE, { site: [HEART_SITE], performer: cardiologist, note: 'FE 55%, atrio sinistro lievemente dilatato.' });
  const first = visitReport(
    ctx,
    visit1,
    {
      psc: 'cardiologia',
      title: 'Visita cardiologica',
      specialist: cardiologist,
      facility: 'mauriziano',
      findings: 'Fibrillazione atriale persistente a frequenza controllata. CHA2DS2-VASc 2: indicata la terapia anticoagulante orale. Ecocardiogramma: FE 55%.',
      procedures: [ecg1, echo1],
    },
    { nre: nre1 },
  );

  // Follow-up plan written in the discharge letter (a CarePlan inside the LDO).
  const followUp = b.add(
    {
      resourceType: 'CarePlan',
      id: b.id('careplan'),
      status: 'completed',
      intent: 'plan',
      title: 'Indicazioni alla dimissione',
      subject: b.patientRef,
      period: { start: dateOnly(discharge), end: dateOnly(visit1) },
      author: ward.ref,
      activity: [
        { outcomeReference: [first.encounter], detail: { code: { text: 'Visita cardiologica a 30 giorni' }, status: 'completed', scheduledString: dateOnly(visit1), description: 'Visita cardiologica di controllo a 30 giorni' } },
        { outcomeReference: [echo1], detail: { code: cc(SYS.icd9proc, '88.72', 'Ecocardiogramma'), status: 'completed', scheduledString: dateOnly(visit1), description: 'Ecocardiogramma' } },
      ],
    },
    false,
  );
  b.doc({
    type: 'LDO',
    title: 'Lettera di dimissione ospedaliera',
    date: discharge + 30 * MINUTE,
    period: [admit, discharge],
    author: ward,
    facility: 'molinette',
    psc: 'cardiologia',
    encounter: stay,
    sections: [
      { title: 'Motivo del ricovero', code: '46241-6', text: 'Fibrillazione atriale ad alta risposta ventricolare di nuova insorgenza.' },
      { title: 'Decorso ospedaliero', code: '8648-8', text: 'Controllo della frequenza con beta-bloccante, avvio di anticoagulazione orale. Decorso regolare.' },
      { title: 'Diagnosi di dimissione', code: '11535-2', text: 'Fibrillazione atriale (427.31).', entries: [afCondition] },
      {
        title: 'Terapia farmacologica alla dimissione',
        code: '10183-2',
        text: `${DRUGS.rivaroxaban.product}: ${DRUGS.rivaroxaban.dosage}. ${DRUGS.bisoprolol.product}: ${LDO_BISOPROLOL}.`,
        entries: [therapyStatement(ctx, 'rivaroxaban', discharge), therapyStatement(ctx, 'bisoprolol', admit, LDO_BISOPROLOL)],
      },
      { title: 'Istruzioni di follow-up', code: '18776-5', text: 'Visita cardiologica ed ecocardiogramma a 30 giorni.', entries: [followUp] },
    ],
  });

  // Anticoagulant: prescribed by the MMG after discharge, then every ~2 months (full life).
  let therapy = drugChain(ctx, 'rivaroxaban', atLocal(discharge + 2 * DAY, 10, 0), { active: !full });
  if (full) {
    for (let t = discharge + 58 * DAY; t < now - 5 * DAY; t += rng.int(50, 62) * DAY) {
      therapy = drugChain(ctx, 'rivaroxaban', workHours(rng, t), { active: t + 62 * DAY >= now - 5 * DAY });
    }
  }

  // Periodic follow-ups every ~6 months until a few weeks ago (full life): visit with ECG, creatinine.
  const activities: Record<string, unknown>[] = [
    {
      outcomeReference: [ecg1],
      detail: { code: cc(SYS.icd9proc, '89.52', 'Elettrocardiogramma'), status: 'completed', scheduledString: dateOnly(visit1), description: 'ECG alla presa in carico' },
    },
    {
      outcomeReference: [echo1],
      detail: { code: cc(SYS.icd9proc, '88.72', 'Ecocardiogramma'), status: 'completed', scheduledString: dateOnly(visit1), description: 'Ecocardiogramma basale' },
    },
  ];
  const creatLab = labReport(ctx, visit1 - rng.int(3, 8) * DAY, [CREATININE, LAB_TESTS[14], LAB_TESTS[11]], { facility: 'mauriziano' });
  activities.push({
    outcomeReference: [creatLab.obs.get(CREATININE.loinc)],
    detail: { code: cc(SYS.loinc, CREATININE.loinc, 'Creatinina'), status: 'completed', scheduledString: dateOnly(visit1), description: 'Creatinina e funzione renale' },
  });
  const overdueDue = atLocal(now - rng.int(25, 55) * DAY, 12, 0);
  if (full) {
    for (let t = visit1 + 182 * DAY; t < overdueDue - 60 * DAY; t += rng.int(170, 190) * DAY) {
      const at = workHours(rng, t, 9, 13);
      const nre = specPrescription(ctx, at - rng.int(15, 30) * DAY, 'Visita cardiologica di controllo (89.01), elettrocardiogramma (89.52)');
      const ecg = procedure(ctx, { code: '89.52', display: 'Elettrocardiogramma' }, at + 5 * MINUTE, { site: [HEART_SITE], performer: cardiologist });
      const v = visitReport(ctx, at, { psc: 'cardiologia', title: 'Visita cardiologica di controllo', specialist: cardiologist, facility: 'mauriziano', findings: rng.pick(VISITS[0].findings), procedures: [ecg] }, { nre });
      const lab = labReport(ctx, at - rng.int(5, 12) * DAY, [LAB_TESTS[5], CREATININE, LAB_TESTS[14]], { facility: 'mauriziano' });
      activities.push({
        outcomeReference: [v.encounter, ecg],
        detail: { code: { text: 'Visita cardiologica di controllo con ECG' }, status: 'completed', scheduledString: dateOnly(at), description: 'Visita cardiologica di controllo con ECG' },
      });
      activities.push({
        outcomeReference: [lab.obs.get(CREATININE.loinc)],
        detail: { code: cc(SYS.loinc, CREATININE.loinc, 'Creatinina'), status: 'completed', scheduledString: dateOnly(at), description: 'Creatinina e funzione renale' },
      });
    }
  }
  activities.push({ reference: therapy.request });
  // Overdue: the six-monthly renal function check, due weeks ago and not done.
  activities.push({
    detail: {
      code: cc(SYS.loinc, CREATININE.loinc, 'Creatinina'),
      status: 'not-started',
      scheduledPeriod: { start: dateOnly(overdueDue) },
      description: 'Controllo della creatinina e della funzione renale (semestrale)',
    },
  });
  // Booked: the next cardiology visit, in a few weeks.
  const next = workHours(rng, now + rng.int(10, 30) * DAY, 9, 12);
  const booked = appointment(ctx, next, 'booked', { system: SYS.icd9proc, code: '89.01', display: 'Visita cardiologica di controllo' }, 'Ambulatorio di Cardiologia — AO Ordine Mauriziano di Torino', cardiologist);
  activities.push({ reference: booked });
  // Planned: the yearly echocardiogram, in a few months.
  activities.push({
    detail: {
      code: cc(SYS.icd9proc, '88.72', 'Ecocardiogramma'),
      status: 'scheduled',
      scheduledPeriod: { start: dateOnly(now + rng.int(120, 180) * DAY) },
      description: 'Ecocardiogramma di controllo (annuale)',
    },
  });
  // Cancelled: a Holter the cardiologist no longer needs.
  activities.push({ detail: { code: cc(SYS.icd9proc, '89.50', 'ECG dinamico (Holter)'), status: 'cancelled', description: 'ECG Holter delle 24 ore' } });

  const team = b.add(
    {
      resourceType: 'CareTeam',
      id: b.id('team'),
      status: 'active',
      name: 'Ambulatorio fibrillazione atriale',
      subject: b.patientRef,
      participant: [
        { role: [{ text: 'Cardiologo responsabile' }], member: cardiologist.ref },
        { role: [{ text: 'Medico di medicina generale' }], member: mmg.ref },
        { role: [{ text: 'Infermiere dell’ambulatorio anticoagulanti' }], member: b.specialist('af-nurse', 'Infermiere dell’ambulatorio anticoagulanti', { title: 'Inf.' }).ref },
      ],
    },
    false,
  );
  const goals = [
    b.add(
      {
        resourceType: 'Goal',
        id: b.id('goal'),
        lifecycleStatus: 'active',
        description: { text: 'Frequenza cardiaca a riposo sotto controllo' },
        subject: b.patientRef,
        target: [{ detailString: 'meno di 110 battiti al minuto', dueDate: dateOnly(now + 180 * DAY) }],
      },
      false,
    ),
    b.add(
      {
        resourceType: 'Goal',
        id: b.id('goal'),
        lifecycleStatus: 'active',
        description: { text: 'Prevenzione dell’ictus con la terapia anticoagulante' },
        subject: b.patientRef,
        target: [{ detailString: 'assunzione regolare di Xarelto ogni giorno' }],
      },
      false,
    ),
  ];
  const carePlan = b.add(
    {
      resourceType: 'CarePlan',
      id: b.id('careplan'),
      status: 'active',
      intent: 'plan',
      category: [cc(SYS.tipoPercorso, 'PDTA', 'Percorso diagnostico terapeutico assistenziale')],
      title: 'PDTA Fibrillazione atriale',
      description: 'Percorso diagnostico terapeutico assistenziale per la fibrillazione atriale, ASL Città di Torino.',
      subject: b.patientRef,
      period: { start: dateOnly(arrive) },
      created: dateOnly(visit1),
      author: cardiologist.ref,
      careTeam: [team],
      addresses: [afCondition],
      goal: goals,
      note: [
        { text: 'Prenda Xarelto ogni sera con la cena, senza saltare dosi.' },
        { text: 'Se nota sanguinamenti, feci scure o lividi estesi, contatti subito il medico.' },
        { text: 'Porti con sé l’elenco dei farmaci a ogni visita.' },
      ],
      activity: activities,
    },
    false,
  );
  return { carePlan };
}

function screening(ctx: Ctx): void {
  const { b, rng, now, sex, full } = ctx;
  const female = sex === 'female';
  const invite = workHours(rng, now - rng.int(300, 420) * DAY);
  const title = female ? 'Screening mammografico — Prevenzione Serena' : 'Screening del tumore del colon-retto — Prevenzione Serena';
  const operator = b.specialist('screening', 'Medico del programma di screening');
  b.doc({
    type: 'INVITO_SCREENING',
    title: 'Lettera di invito per screening',
    date: invite,
    author: operator,
    facility: 'screening',
    psc: 'territoriale',
    sections: [{
      title: 'Invito',
      code: '51898-5',
      text: female
        ? 'È invitata a eseguire la mammografia di screening presso il centro Prevenzione Serena. L’esame è gratuito.'
        : 'È invitato a ritirare in farmacia il kit per il test del sangue occulto nelle feci. L’esame è gratuito.',
    }],
  });
  const doneAt = workHours(rng, invite + rng.int(20, 50) * DAY);
  const done: Record<string, unknown> = {
    detail: { code: { text: female ? 'Mammografia di screening' : 'Test del sangue occulto nelle feci' }, status: 'completed', scheduledString: dateOnly(doneAt), description: female ? 'Mammografia di screening' : 'Test del sangue occulto nelle feci' },
  };
  if (full) {
    if (female) {
      const r = radReport(ctx, doneAt, {
        title: 'Mammografia bilaterale di screening',
        icd9: { code: '87.37', display: 'Altra mammografia' },
        loinc: { code: '24606-6', display: 'MG Mammella Screening' },
        site: { code: '76752008', display: 'Mammella' },
        laterality: { code: '51440002', display: 'Bilaterale' },
        findings: 'Mammelle a prevalente componente adiposa. Non opacità né microcalcificazioni sospette.',
        conclusion: 'Negativa (BI-RADS 1).',
      }, { facility: 'screening' });
      done.outcomeReference = [r.procedure];
    } else {
      const fit: LabTest = { loinc: '29771-3', display: 'Emoglobina gastrointestinale [Presenza] nelle Feci tramite metodo immunologico', unit: 'ng/mL', ucum: 'ng/mL', high: 100, mean: 20, sd: 8, decimals: 0 };
      const lab = labReport(ctx, doneAt, [fit], { facility: 'screening' });
      done.outcomeReference = [lab.obs.get(fit.loinc)];
    }
  }
  b.add(
    {
      resourceType: 'CarePlan',
      id: b.id('careplan'),
      status: 'active',
      intent: 'plan',
      category: [cc(SYS.tipoPercorso, 'SCREENING', 'Screening')],
      title,
      subject: b.patientRef,
      period: { start: dateOnly(invite) },
      author: operator.ref,
      note: [{ text: 'Il prossimo invito arriverà per posta: non serve prenotare.' }],
      activity: [
        done,
        {
          detail: {
            code: { text: female ? 'Mammografia di screening (round successivo)' : 'Test del sangue occulto nelle feci (round successivo)' },
            status: 'scheduled',
            scheduledPeriod: { start: dateOnly(doneAt + 2 * YEAR) },
            description: 'Prossimo round dello screening (ogni due anni)',
          },
        },
      ],
    },
    false,
  );
}

/** Documents the citizen keeps from view: an obscured prescription with the reports it led to,
 * an obscured visit, a protected-category test (HIV), and an adolescent visit hidden from the parents. */
function privateDocuments(ctx: Ctx): DocInfo | undefined {
  const { b, rng, now, sex, birth } = ctx;
  const female = sex === 'female';
  // Obscured prescription (P99): its reports are linked by NRE and follow it (cascade).
  const at = workHours(rng, now - rng.int(380, 560) * DAY);
  const nre = specPrescription(ctx, at, female ? 'Visita ginecologica (89.26), dosaggio CA 125' : 'Visita urologica (89.7), dosaggio PSA', { obscured: true });
  const specialist = b.specialist(female ? 'gyn' : 'uro', female ? 'Ginecologa' : 'Urologo', { sex: female ? 'female' : 'male' });
  visitReport(
    ctx,
    workHours(rng, at + rng.int(20, 40) * DAY, 9, 13),
    {
      psc: female ? 'ginecologia' : 'urologia',
      title: female ? 'Visita ginecologica' : 'Visita urologica',
      specialist,
      facility: 'poliambulatorio',
      findings: female ? 'Esame obiettivo nella norma. Si consiglia ecografia pelvica di controllo tra un anno.' : 'Prostata lievemente aumentata di volume, di consistenza parenchimatosa. PSA nella norma.',
    },
    { nre },
  );
  const marker: LabTest = female
    ? { loinc: '10334-1', display: 'CA 125 [Unità/Volume] in Siero o Plasma', unit: 'U/mL', ucum: '[U]/mL', high: 35, mean: 14, sd: 5, decimals: 1 }
    : { loinc: '2857-1', display: 'Antigene prostatico specifico (PSA) [Massa/Volume] in Siero o Plasma', unit: 'ng/mL', ucum: 'ng/mL', high: 4, mean: 1.6, sd: 0.5, decimals: 2 };
  labReport(ctx, at + rng.int(8, 15) * DAY, [marker], { nre, facility: 'poliambulatorio' });

  // Protected category (DM 7/9/2023 art. 6): an HIV test.
  const hivAt = atLocal(now - rng.int(4, 9) * YEAR, 8, 30);
  const hiv = b.add(
    {
      resourceType: 'Observation',
      id: b.id('obs'),
      status: 'final',
      category: [cc(SYS.obsCategory, 'laboratory', 'Laboratory')],
      code: cc(SYS.loinc, '56888-1', 'HIV 1+2 anticorpi e HIV 1 antigene p24 [Presenza] in Siero o Plasma'),
      subject: b.patientRef,
      effectiveDateTime: instant(hivAt),
      valueCodeableConcept: cc(SYS.snomed, '260385009', 'Negativo'),
      interpretation: [cc(SYS.interpretation, 'NEG', 'Negativo')],
    },
    true,
  );
  b.doc({
    type: 'LAB',
    title: 'Referto di medicina di laboratorio: test HIV',
    date: hivAt + 2 * DAY,
    period: [hivAt],
    author: b.specialist('infettivologo', 'Infettivologo'),
    facility: 'amedeo',
    psc: 'malattieInfettive',
    protectedCategory: 'HIV',
    confidentiality: 'V',
    sections: [{ title: 'Sierologia', code: '18727-8', text: 'Test combinato HIV 1-2 Ab / Ag p24: negativo.', entries: [hiv] }],
  });

  // Protected (family counselling service), which the citizen chose to show to professionals.
  let visible: DocInfo | undefined;
  if (ctx.full) {
    const at2 = workHours(rng, now - rng.int(700, 1400) * DAY, 9, 17);
    visible = visitReport(
      ctx,
      at2,
      {
        psc: female ? 'ginecologia' : 'territoriale',
        title: female ? 'Visita ostetrico-ginecologica al consultorio' : 'Colloquio di consulenza familiare',
        specialist: b.specialist('consultorio', female ? 'Ostetrica' : 'Assistente sociale', { sex: 'female', title: female ? 'Ost.' : 'AS' }),
        facility: 'consultorio',
        findings: female ? 'Controllo ginecologico periodico nella norma. Consegnato materiale informativo sulla menopausa.' : 'Colloquio di sostegno per l’assistenza a un familiare anziano. Indicati i servizi del distretto.',
      },
      { protectedCategory: 'CONSULTORIO' },
    ).doc;
  }

  // P97: a visit at 16, at the family counselling service, hidden from the parents.
  const teen = workHours(rng, birth + (16 * 12 + rng.int(0, 10)) * 30.44 * DAY, 14, 17);
  visitReport(
    ctx,
    teen,
    { psc: 'psichiatria', title: 'Colloquio psicologico', specialist: b.specialist('psicologo', 'Psicologa', { sex: 'female' }), facility: 'consultorio', findings: 'Colloquio di sostegno. Concordati due ulteriori incontri.' },
    { hiddenFromParent: true },
  );
  return visible;
}

/** The Patient Summary (PSS) the MMG keeps up to date: the first document an emergency access reads. */
function patientSummary(ctx: Ctx, afDx: number): DocInfo {
  const { b, rng, now, mmg, sex } = ctx;
  // Updated some months ago, before the emergency access of the access log.
  const at = workHours(rng, now - rng.int(210, 330) * DAY);
  const problem = condition(ctx, AF_ICD9, AF_SNOMED, at, 'problem-list-item');
  const allergy = allergyEntry(ctx, at);
  const therapy = [therapyStatement(ctx, 'rivaroxaban', afDx), therapyStatement(ctx, 'bisoprolol', afDx)];
  const bp = b.add(
    {
      resourceType: 'Observation',
      id: b.id('obs'),
      status: 'final',
      category: [cc(SYS.obsCategory, 'vital-signs', 'Vital Signs')],
      code: cc(SYS.loinc, '8480-6', 'Pressione arteriosa sistolica'),
      subject: b.patientRef,
      effectiveDateTime: instant(at),
      performer: [mmg.ref],
      valueQuantity: { value: rng.int(124, 142), unit: 'mmHg', system: SYS.ucum, code: 'mm[Hg]' },
    },
    true,
  );
  return b.doc({
    type: 'PSS',
    title: 'Profilo sanitario sintetico',
    date: at,
    author: mmg,
    facility: 'asl',
    psc: 'medicinaBase',
    sections: [
      { title: 'Allergie e intolleranze', code: '48765-2', text: allergy.text, entries: [allergy.ref] },
      { title: 'Terapia farmacologica in atto', code: '10160-0', text: `${DRUGS.rivaroxaban.product}: ${DRUGS.rivaroxaban.dosage}. ${DRUGS.bisoprolol.product}: ${DRUGS.bisoprolol.dosage}.`, entries: therapy },
      { title: 'Lista dei problemi', code: '11450-4', text: 'Fibrillazione atriale in terapia anticoagulante orale.', entries: [problem] },
      { title: 'Parametri vitali', code: '8716-3', text: 'Pressione arteriosa sistolica misurata in ambulatorio.', entries: [bp] },
      { title: 'Stili di vita', code: '29762-2', text: sex === 'female' ? 'Non fumatrice. Attività fisica moderata.' : 'Ex fumatore (smesso nel 2010). Attività fisica moderata.' },
    ],
  });
}

function bookings(ctx: Ctx): void {
  const { rng, now, full } = ctx;
  appointment(ctx, workHours(rng, now - rng.int(200, 280) * DAY), 'fulfilled', { system: SYS.icd9proc, code: '95.02', display: 'Visita oculistica' }, 'Poliambulatorio Via del Ridotto — Oculistica');
  appointment(ctx, workHours(rng, now + rng.int(35, 60) * DAY), 'booked', { system: SYS.icd9proc, code: '88.76.1', display: 'Ecografia addome completo' }, 'Ospedale Maria Vittoria — Radiologia', undefined, 20);
  if (full) {
    appointment(ctx, workHours(rng, now + rng.int(70, 100) * DAY), 'cancelled', { system: SYS.icd9proc, code: '89.7', display: 'Visita dermatologica' }, 'Poliambulatorio Via del Ridotto — Dermatologia');
  }
}

function taccuino(ctx: Ctx): void {
  const { rng, now, full } = ctx;
  taccuinoDocument(ctx, workHours(rng, now - rng.int(20, 60) * DAY, 18, 21), 'Diario della pressione arteriosa', 'Diario della pressione: valori mattino e sera, settimana di controllo. Media 132/82 mmHg.');
  taccuinoObservation(ctx, atLocal(now - rng.int(3, 15) * DAY, 7, 30), 'weight');
  if (full) {
    taccuinoDocument(ctx, workHours(rng, now - rng.int(400, 700) * DAY, 18, 21), 'Referto privato — visita fisiatrica', 'Visita fisiatrica privata: lombalgia, indicati esercizi di rinforzo.');
    for (let i = 1; i <= 6; i++) taccuinoObservation(ctx, atLocal(now - i * 30 * DAY - rng.int(0, 5) * DAY, 7, 30), i % 2 ? 'hr' : 'weight');
  }
}

function secondEmergency(ctx: Ctx): void {
  const { b, rng, birth, now } = ctx;
  const at = atLocal(Math.min(birth + rng.float(38, 46) * YEAR, now - 6 * YEAR), rng.int(10, 18), rng.int(0, 59));
  const erDoc = b.specialist('er2', 'Medico di medicina d’urgenza');
  const end = at + rng.int(3, 5) * HOUR;
  const er = encounter(ctx, 'EMER', at, end, {
    facility: 'sgb',
    practitioner: erDoc,
    reason: 'Trauma al polso destro dopo caduta',
    priority: { system: SYS.triage, code: '4', display: 'Verde — urgenza minore' },
    discharge: { system: SYS.dischargeDisposition, code: 'home', display: 'Dimissione a domicilio' },
  });
  const triage = encounter(ctx, 'EMER', at + 5 * MINUTE, at + 15 * MINUTE, { facility: 'sgb', partOf: er, type: 'Triage' });
  radReport(ctx, at + 70 * MINUTE, RAD_EXAMS[1], { facility: 'sgb' });
  b.doc({
    type: 'VPS',
    title: 'Verbale di pronto soccorso',
    date: end + 5 * MINUTE,
    period: [at, end],
    author: erDoc,
    facility: 'sgb',
    psc: 'prontoSoccorso',
    encounter: er,
    sections: [
      { title: 'Motivo della visita', code: '46239-0', text: 'Caduta accidentale con trauma al polso destro.' },
      { title: 'Triage', code: '54094-8', text: 'Codice 4 — verde. Dolore 6/10.' },
      { title: 'Fasi del pronto soccorso', code: '46240-8', text: 'Triage, radiografia del polso, visita ortopedica.', entries: [triage] },
      { title: 'Esito', code: '28574-2', text: 'Frattura composta del radio distale: apparecchio gessato per 30 giorni. Dimissione a domicilio.' },
    ],
  });
}

// ───────────────────────────── filler: a chronic patient's routine ─────────────────────────────

type Episode = { kind: 'lab'; tests: number } | { kind: 'visit' } | { kind: 'drug'; drug: DrugKey } | { kind: 'rad' } | { kind: 'tac' } | { kind: 'appt' };

const FILLER_DRUGS: DrugKey[] = ['bisoprolol', 'ramipril', 'atorvastatin', 'pantoprazole', 'amoxiclav', 'ibuprofen', 'levothyroxine'];

function planFiller(rng: Rng, remaining: number): Episode[] {
  const plan: Episode[] = [];
  let left = remaining;
  while (left > 0) {
    if (left <= 1) {
      plan.push({ kind: 'tac' });
      left -= 1;
      continue;
    }
    if (left <= 15) {
      // The last laboratory report takes exactly what is left (a document and its tests).
      plan.push({ kind: 'lab', tests: left - 1 });
      left = 0;
      continue;
    }
    const r = rng.next();
    let e: Episode;
    let n: number;
    if (r < 0.42) {
      const tests = rng.int(4, 12);
      e = { kind: 'lab', tests };
      n = tests + 1;
    } else if (r < 0.62) {
      e = { kind: 'drug', drug: rng.pick(FILLER_DRUGS) };
      n = 4;
    } else if (r < 0.82) {
      e = { kind: 'visit' };
      n = 4; // prescription, report, encounter, procedure-or-condition
    } else if (r < 0.88) {
      e = { kind: 'rad' };
      n = 3; // prescription, report, procedure
    } else if (r < 0.95) {
      e = { kind: 'tac' };
      n = 1;
    } else {
      e = { kind: 'appt' };
      n = 1;
    }
    plan.push(e);
    left -= n;
  }
  return plan;
}

function fillerDates(rng: Rng, count: number, from: number, to: number, recentFrom: number): number[] {
  const dates: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const recent = rng.chance(0.7);
    const lo = recent ? recentFrom : from;
    dates[i] = lo + rng.next() * (to - lo);
  }
  return dates.sort((a, c) => a - c);
}

/** The yearly check-up panel the MMG prescribes. */
const CHECKUP = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10].map((i) => LAB_TESTS[i]);

function filler(ctx: Ctx, remaining: number, from: number): void {
  if (remaining <= 0) return;
  const { b, rng, now, birth } = ctx;
  // Yearly check-up blood tests from 40, when the budget allows them all (and leaves as much again).
  const firstCheckup = Math.max(from, addYears(birth, 40));
  const years = Math.floor((now - 30 * DAY - firstCheckup) / YEAR);
  if (years > 0 && remaining >= years * (CHECKUP.length + 1) * 2) {
    for (let y = 0; y < years; y++) {
      const at = workHours(rng, firstCheckup + y * YEAR + rng.int(-20, 20) * DAY, 7, 10);
      const nre = specPrescription(ctx, at - rng.int(5, 20) * DAY, 'Esami ematochimici di controllo annuale');
      labReport(ctx, at, CHECKUP, { nre });
    }
    remaining -= years * (CHECKUP.length + 2);
  }
  if (remaining <= 0) return;
  const plan = planFiller(rng, remaining);
  const to = now - 6 * DAY;
  const dates = fillerDates(rng, plan.length, from, to, Math.max(from, now - 12 * YEAR));
  plan.forEach((e, i) => {
    const at = workHours(rng, dates[i]);
    switch (e.kind) {
      case 'lab':
        labReport(ctx, at, pickTests(rng, e.tests));
        break;
      case 'drug':
        drugChain(ctx, e.drug, at);
        break;
      case 'visit': {
        const def: VisitDef = rng.pick(VISITS.slice(1));
        const specialist = b.specialist(`visit-${def.psc}`, def.specialist);
        const nre = specPrescription(ctx, at - rng.int(10, 40) * DAY, def.title);
        const extra = def.procedure
          ? [procedure(ctx, def.procedure, at + 10 * MINUTE, { performer: specialist })]
          : [procedure(ctx, { code: '89.7', display: 'Visita generale' }, at, { performer: specialist })];
        visitReport(ctx, at, { psc: def.psc, title: def.title, specialist, facility: rng.pick(['poliambulatorio', 'mariavittoria', 'mauriziano']), findings: rng.pick(def.findings), procedures: extra }, { nre });
        break;
      }
      case 'rad': {
        const def = rng.pick(RAD_EXAMS.filter((r) => r !== RAD_EXAMS[1]));
        const nre = specPrescription(ctx, at - rng.int(10, 40) * DAY, def.title);
        radReport(ctx, at, def, { nre, facility: rng.pick(['molinette', 'mariavittoria']) });
        break;
      }
      case 'tac':
        taccuinoObservation(ctx, atLocal(at, 7, 30), rng.chance(0.5) ? 'weight' : 'hr');
        break;
      case 'appt':
        appointment(ctx, at, 'fulfilled', { system: SYS.icd9proc, code: '89.7', display: 'Visita specialistica' }, 'Poliambulatorio Via del Ridotto');
        break;
    }
  });
}

// ───────────────────────────── consent, delegation, access log, exemptions ─────────────────────────────

function consents(ctx: Ctx, visibleProtected: DocInfo | undefined): void {
  const { b, rng, now } = ctx;
  const consent = (category: Coding, type: 'permit' | 'deny', at: string, channel: string, purpose?: Coding, data?: Ref): void => {
    const provision: Record<string, unknown> = { type };
    if (purpose) provision.purpose = [purpose];
    if (data) provision.data = [{ meaning: 'instance', reference: data }];
    b.add(
      {
        resourceType: 'Consent',
        id: b.id('consent'),
        extension: [{ url: SYS.canale, valueString: channel }],
        status: 'active',
        scope: cc(SYS.consentScope, 'patient-privacy', 'Privacy Consent'),
        category: [{ coding: [category] }],
        patient: b.patientRef,
        dateTime: at,
        performer: [b.patientRef],
        organization: [b.org('regione')],
        policy: [{ uri: 'https://www.gazzettaufficiale.it/eli/id/2023/10/24/23A05829/sg' }],
        provision,
      },
      false,
    );
  };
  const consultation = { system: SYS.loinc, code: '59284-0', display: 'Consenso alla consultazione del FSE' };
  // Dates follow "now": the care consent years ago, the prevention choice more recently.
  consent(consultation, 'permit', instant(atLocal(now - rng.float(5.5, 6.8) * YEAR, 18, 12)), 'online', { system: SYS.finalita, code: 'cura', display: 'Diagnosi, cura e riabilitazione' });
  consent(consultation, 'deny', instant(atLocal(now - rng.float(1.5, 3) * YEAR, 10, 40)), 'MMG/PLS', { system: SYS.finalita, code: 'prevenzione', display: 'Prevenzione' });
  // Profilassi internazionale: never expressed (no Consent).
  consent({ system: SYS.tipoConsenso, code: 'alimentazione', display: 'Consenso all’alimentazione del FSE (storico)' }, 'permit', dateOnly(Math.min(romeTime(2016, 2, rng.int(1, 28), 12), now - 8 * YEAR)), 'sportello');
  if (visibleProtected) {
    consent({ system: SYS.tipoConsenso, code: 'visibilita-categoria-protetta', display: 'Visibilità di un documento a maggiore tutela' }, 'permit', instant(visibleProtected.date + rng.int(1, 20) * DAY), 'online', undefined, visibleProtected.docRef);
  }
  consent({ system: SYS.tipoConsenso, code: 'notifiche', display: 'Notifiche degli accessi' }, 'permit', instant(now - rng.int(200, 500) * DAY), 'online');
}

/** Returns the active delegate (the spouse), whose accesses appear in the log. */
function delegations(ctx: Ctx, spouse: { given: string; family: string; sex: Sex }): { ref: Ref; name: string } {
  const { b, rng, now, birth } = ctx;
  const p = b.patient;
  const rp = (opts: { name: [string, string]; sex: Sex; cf: string; code: string; state: string; start: number; end?: number; incoming?: { ref: Record<string, unknown> } }): Ref => {
    const period: Record<string, string> = { start: dateOnly(opts.start) };
    if (opts.end !== undefined) period.end = dateOnly(opts.end);
    const resource: FhirResource = {
      resourceType: 'RelatedPerson',
      id: b.id('related'),
      extension: [{ url: SYS.statoDelega, valueCode: opts.state }],
      identifier: [{ system: SYS.cf, value: opts.cf }],
      active: opts.state === 'active' || opts.state === 'pending',
      patient: opts.incoming ? opts.incoming.ref : b.patientRef,
      relationship: [cc(SYS.roleCode, opts.code, { POWATT: 'power of attorney', MTH: 'mother', FTH: 'father' }[opts.code])],
      name: [{ family: opts.name[1], given: [opts.name[0]] }],
      gender: opts.sex,
      period,
    };
    if (opts.incoming) resource.birthDate = dateOnly(birth);
    return b.add(resource, false);
  };
  const cfOf = (given: string, family: string, sex: Sex, year: number): string =>
    codiceFiscale({ family, given, sex, year, month: rng.int(1, 12), day: rng.int(1, 28), belfiore: 'L219' });
  const by = romeFields(birth).year;
  // Outgoing, active: the spouse.
  const delegate = rp({ name: [spouse.given, spouse.family], sex: spouse.sex, cf: cfOf(spouse.given, spouse.family, spouse.sex, by + rng.int(-4, 3)), code: 'POWATT', state: 'active', start: now - rng.int(500, 800) * DAY, end: now + rng.int(200, 500) * DAY });
  // Outgoing, pending: asked a few days ago, not yet accepted.
  const friendSex: Sex = rng.chance(0.5) ? 'female' : 'male';
  const friend: [string, string] = [rng.pick(friendSex === 'female' ? FEMALE_NAMES : MALE_NAMES), rng.pick(SURNAMES)];
  rp({ name: friend, sex: friendSex, cf: cfOf(friend[0], friend[1], friendSex, by + rng.int(-6, 6)), code: 'POWATT', state: 'pending', start: now - rng.int(2, 9) * DAY });
  // Outgoing, expired.
  const oldSex: Sex = rng.chance(0.5) ? 'female' : 'male';
  const old: [string, string] = [rng.pick(oldSex === 'female' ? FEMALE_NAMES : MALE_NAMES), rng.pick(SURNAMES)];
  rp({ name: old, sex: oldSex, cf: cfOf(old[0], old[1], oldSex, by - rng.int(20, 30)), code: 'POWATT', state: 'expired', start: now - rng.float(6, 7.5) * YEAR, end: now - rng.float(4, 5.5) * YEAR });
  // Incoming: the patient is the parent of a minor who turns 18 in a few weeks.
  const child18 = atLocal(now + rng.int(15, 60) * DAY, 12, 0);
  const childBirth = addYears(child18, -18);
  const parentAge = (childBirth - birth) / YEAR;
  if (parentAge >= 20 && parentAge <= (p.sex === 'female' ? 48 : 60)) {
    const childSex: Sex = rng.chance(0.5) ? 'female' : 'male';
    const childGiven = rng.pick(childSex === 'female' ? FEMALE_NAMES : MALE_NAMES);
    const childFamily = p.sex === 'male' ? p.family : spouse.family;
    const f = romeFields(childBirth);
    const childCf = codiceFiscale({ family: childFamily, given: childGiven, sex: childSex, year: f.year, month: f.month, day: f.day, belfiore: 'L219' });
    rp({
      name: [p.given, p.family],
      sex: p.sex,
      cf: p.cf,
      code: p.sex === 'female' ? 'MTH' : 'FTH',
      state: 'active',
      start: childBirth,
      end: child18,
      incoming: { ref: { identifier: { system: SYS.cf, value: childCf }, display: `${childGiven} ${childFamily}` } },
    });
  }
  return { ref: delegate, name: `${spouse.given} ${spouse.family}` };
}

function accessLog(ctx: Ctx, size: number, delegate: { ref: Ref; name: string }, pss: DocInfo): void {
  const { b, rng, now, mmg } = ctx;
  const visible = b.docs.filter((d) => d.visible && d.date < now).sort((x, y) => x.date - y.date);
  if (!visible.length) return;
  const yearAgo = now - 365 * DAY;
  const docAt = (t: number): DocInfo => {
    // A document that existed at time t, biased to the recent ones.
    let hi = visible.length - 1;
    while (hi > 0 && visible[hi].date > t) hi--;
    return visible[Math.max(0, hi - Math.floor(rng.next() * rng.next() * Math.min(hi + 1, 40)))];
  };
  const regione = b.org('regione');
  const entry = (at: number, who: Ref, whoName: string, role: [string, string], org: Ref | undefined, purpose: Coding | undefined, docs: DocInfo[]): void => {
    const agent: Record<string, unknown>[] = [];
    const a: Record<string, unknown> = { role: [cc(SYS.ruolo, role[0], role[1])], who, name: whoName, requestor: true };
    if (purpose) a.purposeOfUse = [{ coding: [purpose] }];
    agent.push(a);
    if (org) agent.push({ who: org, requestor: false });
    b.add(
      {
        resourceType: 'AuditEvent',
        id: b.id('audit'),
        type: { system: SYS.dicom, code: '110110', display: 'Patient Record' },
        action: 'R',
        recorded: instant(at),
        outcome: '0',
        agent,
        source: { observer: regione, type: [{ system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '4', display: 'Application Server' }] },
        entity: [
          { what: b.patientRef, type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '1', display: 'Person' } },
          ...docs.map((d) => ({ what: d.docRef, type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2', display: 'System Object' } })),
        ],
      },
      false,
    );
  };
  const TREAT = { system: SYS.actReason, code: 'TREAT', display: 'treatment' };
  const scale = Math.max(1, Math.min(10, Math.round(size / 5000)));
  const day = (): number => yearAgo + rng.next() * (now - yearAgo - DAY);
  const asl = b.org('asl');
  for (let i = 0; i < 14 * scale; i++) {
    const at = workHours(rng, day());
    entry(at, mmg.ref, mmg.name, ['APR', 'Medico di medicina generale'], asl, TREAT, [docAt(at)]);
  }
  const cardiologist = b.specialist('cardiologist', 'Cardiologo');
  for (let i = 0; i < 5 * scale; i++) {
    const at = workHours(rng, day(), 9, 13);
    entry(at, cardiologist.ref, cardiologist.name, ['AAS', 'Personale di assistenza ad alta specializzazione'], b.org('mauriziano'), TREAT, [docAt(at), docAt(at)]);
  }
  const pharmacist = b.specialist('pharmacist', 'Farmacista');
  for (let i = 0; i < 2 * scale; i++) {
    const at = workHours(rng, day(), 9, 19);
    entry(at, pharmacist.ref, pharmacist.name, ['FAR', 'Farmacista'], b.org('farmacia'), TREAT, [docAt(at)]);
  }
  // One break-the-glass access by an emergency physician, at night.
  const er = b.specialist('er3', 'Medico di medicina d’urgenza');
  const emergencyAt = atLocal(now - rng.int(60, 200) * DAY, 3, rng.int(0, 59));
  // The PSS first (DM 7/9/2023 art. 20), then the latest report.
  entry(emergencyAt, er.ref, er.name, ['AAS', 'Personale di assistenza ad alta specializzazione'], b.org('sgb'), { system: SYS.actReason, code: 'ETREAT', display: 'Emergency Treatment' }, [pss, docAt(emergencyAt)]);
  // The active delegate (the spouse) reads on the patient's behalf: traced like everyone else.
  for (let i = 0; i < 2 * scale; i++) {
    const at = atLocal(day(), rng.int(8, 21), rng.int(0, 59));
    entry(at, delegate.ref, delegate.name, ['ING', 'Delegato'], undefined, undefined, [docAt(at)]);
  }
  // The citizen's own accesses.
  for (let i = 0; i < 10 * scale; i++) {
    const at = atLocal(day(), rng.int(7, 22), rng.int(0, 59));
    entry(at, b.patientRef, b.patient.name, ['ASS', 'Assistito'], undefined, undefined, [docAt(at)]);
  }
}

function exemptions(ctx: Ctx, afDx: number): void {
  const { b, rng, now, birth } = ctx;
  const age = (now - birth) / YEAR;
  const income = age >= 65 ? ['E01', 'Esenzione per età e reddito: età superiore a 65 anni, reddito familiare inferiore a 36.151,98 euro'] : ['E02', 'Esenzione per reddito: disoccupato e familiari a carico, reddito inferiore a 8.263,31 euro'];
  const nowYear = romeFields(now).year;
  const fy = romeFields(now).month >= 4 ? nowYear : nowYear - 1;
  const coverage = (kind: Coding, classValue: string, name: string, start: string, end?: string): void => {
    const period: Record<string, string> = { start };
    if (end) period.end = end;
    b.add(
      {
        resourceType: 'Coverage',
        id: b.id('coverage'),
        status: 'active',
        type: { coding: [kind] },
        beneficiary: b.patientRef,
        payor: [b.org('asl')],
        period,
        class: [{ type: cc('http://terminology.hl7.org/CodeSystem/coverage-class', 'plan'), value: classValue, name }],
      },
      false,
    );
  };
  coverage({ system: SYS.loinc, code: 'LP267463-0', display: 'Reddito' }, income[0], income[1], `${fy}-04-01`, `${fy + 1}-03-31`);
  coverage({ system: SYS.loinc, code: 'LP199190-2', display: 'Patologia' }, '0A02', 'Affezioni del sistema circolatorio (fibrillazione atriale)', dateOnly(afDx + rng.int(40, 80) * DAY));
}

// ───────────────────────────── entry point ─────────────────────────────

/**
 * Synthetic FHIR R4 for one realistic Italian patient (see the module comment). Deterministic:
 * the same options give byte-identical `JSON.stringify` output.
 */
export function generateFhir(options: GenerateFhirOptions): FhirBundle {
  const seed = Number.isFinite(options.seed) ? Math.trunc(options.seed) : 0;
  const target = Math.round(Math.min(MAX_EVENTS, Math.max(MIN_EVENTS, Number.isFinite(options.events) ? options.events : MIN_EVENTS)));
  const now = options.now !== undefined && Number.isFinite(options.now) ? options.now : SAMPLE_NOW;
  const rng = new Rng(seed);
  const b = new Builder(rng, now);
  const full = target >= FULL_LIFE;

  // The patient.
  const sex: Sex = options.sex ?? (rng.chance(0.5) ? 'female' : 'male');
  const nowYear = romeFields(now).year;
  const birthYear = Math.min(nowYear - 25, Math.max(nowYear - 100, Math.trunc(options.birthYear ?? rng.int(1962, 1970))));
  const birthMonth = rng.int(1, 12);
  const birthDay = rng.int(1, 28);
  const birth = romeTime(birthYear, birthMonth, birthDay, rng.int(0, 23), rng.int(0, 59));
  const given = options.given ?? rng.pick(sex === 'female' ? FEMALE_NAMES : MALE_NAMES);
  const family = options.family ?? rng.pick(SURNAMES);
  const comune = rng.pick(COMUNI);
  const cf = codiceFiscale({ family, given, sex, year: birthYear, month: birthMonth, day: birthDay, belfiore: comune.belfiore });
  const street = rng.pick(STREETS);
  const houseNumber = rng.int(1, 180);

  const mmg = b.practitioner(rng.chance(0.5) ? 'female' : 'male', 'Medico di medicina generale');
  const patientId = `pat-${cf.toLowerCase()}`;
  b.patientRef = { reference: `Patient/${patientId}` };
  b.patient = { ref: b.patientRef, name: `${given} ${family}`, given, family, sex, cf };
  const mail = `${given}.${family}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z.]/g, '').toLowerCase();
  b.add(
    {
      resourceType: 'Patient',
      id: patientId,
      identifier: [{ system: SYS.cf, value: cf }],
      active: true,
      name: [{ use: 'official', family, given: [given] }],
      telecom: [
        { system: 'phone', value: `+39 3${rng.int(20, 49)} ${rng.digits(3)} ${rng.digits(4)}`, use: 'mobile' },
        { system: 'email', value: `${mail}@posta.example.it` },
      ],
      gender: sex,
      birthDate: `${birthYear}-${String(birthMonth).padStart(2, '0')}-${String(birthDay).padStart(2, '0')}`,
      address: [{ use: 'home', line: [`${street.street} ${houseNumber}`], city: 'Torino', district: 'TO', postalCode: street.cap, country: 'IT' }],
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace', valueAddress: { city: comune.name, district: comune.province, country: 'IT' } }],
      generalPractitioner: [mmg.ref],
      managingOrganization: b.org('asl'),
    },
    false,
  );
  const ctx: Ctx = { b, rng, now, birth, sex, full, mmg };

  // The story, oldest first.
  childhoodVaccinations(ctx);
  const visibleProtected = privateDocuments(ctx);
  if (full) secondEmergency(ctx);
  const afDx = Math.max(birth + 22 * YEAR, now - rng.float(2.6, 3.4) * YEAR);
  atrialFibrillation(ctx, afDx);
  if (full) {
    adultVaccinations(ctx, afDx);
    condition(ctx, { system: SYS.icd9dx, code: '401.9', display: 'Ipertensione essenziale non specificata' }, { system: SYS.snomed, code: '59621000', display: 'Essential hypertension' }, afDx - rng.int(2, 6) * YEAR, 'problem-list-item');
  }
  screening(ctx);
  const pss = patientSummary(ctx, afDx);
  bookings(ctx);
  taccuino(ctx);
  filler(ctx, target - b.events, birth + 18 * YEAR);

  const spouseSex: Sex = sex === 'female' ? 'male' : 'female';
  const spouse = { given: rng.pick(spouseSex === 'female' ? FEMALE_NAMES : MALE_NAMES), family: rng.pick(SURNAMES.filter((s) => s !== family)), sex: spouseSex };
  consents(ctx, visibleProtected);
  const delegate = delegations(ctx, spouse);
  accessLog(ctx, target, delegate, pss);
  exemptions(ctx, afDx);

  return {
    resourceType: 'Bundle',
    id: `percorso-${seed}-${target}`,
    meta: {
      lastUpdated: instant(now),
      tag: [{ system: 'https://percorso.dev/fhir/CodeSystem/origine', code: 'synthetic', display: 'Dati sintetici generati da generateFhir' }],
    },
    type: 'collection',
    timestamp: instant(now),
    entry: b.entries,
  };
}

/** The number of clinical events in a generated bundle, counted as the generator counts them. */
export function countGeneratedEvents(bundle: FhirBundle): number {
  let n = 0;
  for (const { resource } of bundle.entry) {
    switch (resource.resourceType) {
      case 'Composition':
      case 'Encounter':
      case 'Condition':
      case 'AllergyIntolerance':
      case 'MedicationStatement':
      case 'Procedure':
      case 'Observation':
      case 'Immunization':
      case 'MedicationRequest':
      case 'MedicationDispense':
      case 'Appointment':
        n++;
        break;
      case 'DocumentReference':
        // A DocumentReference is an event of its own only when no Composition is behind it (taccuino).
        if (!(resource.context as { related?: unknown[] } | undefined)?.related) n++;
        break;
    }
  }
  return n;
}
