/**
 * What every part of the generator writes with: the {@link Builder} (ids, organisations,
 * practitioners, NREs, documents as Composition + DocumentReference), shared CodeableConcepts and
 * narratives, and the context of one generated life ({@link Ctx}).
 */
import { COMUNI, DOC_TYPES, type DocTypeKey, FACILITIES, FEMALE_NAMES, MALE_NAMES, PSC, type PscKey, SURNAMES, SYS } from './data.js';
import type { FhirBundleEntry, FhirResource } from './generate.js';
import { codiceFiscale } from './patient/cf.js';
import type { Rng } from './random.js';
import { atLocal, compact, instant } from './time.js';

export type Ref = { reference: string; display?: string };

export type Coding = { system: string; code: string; display?: string };

export type Sex = 'female' | 'male';

const BASE = 'https://fse.regione.piemonte.example/fhir/';

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
export const cc = (system: string, code: string, display?: string, text?: string): { coding: Coding[]; text?: string } => {
  const key = `${system}|${code}|${display ?? ''}|${text ?? ''}`;
  let v = ccCache.get(key);
  if (!v) {
    const coding: Coding = display === undefined ? { system, code } : { system, code, display };
    v = text === undefined ? { coding: [coding] } : { coding: [coding], text };
    ccCache.set(key, v);
  }
  return v;
};

export const round = (v: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

export interface Person {
  ref: Ref;
  name: string;
  given: string;
  family: string;
  sex: Sex;
  cf: string;
}

export interface Section {
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

export interface DocInfo {
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

export const practiceSetting = (psc: PscKey): { coding: Coding[] } => cc(SYS.practiceSetting, PSC[psc].code, PSC[psc].display);

export const SECURITY_LABELS = {
  N: [cc(SYS.confidentiality, 'N', 'normal')],
  R: [cc(SYS.confidentiality, 'R', 'restricted')],
  V: [cc(SYS.confidentiality, 'V', 'very restricted')],
} as const;

/** The document itself travels as FHIR JSON (the Composition in this Bundle). */
const FHIR_CONTENT = [{ attachment: { contentType: 'application/fhir+json', language: 'it-IT' } }];

export class Builder {
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

  /**
   * @param ns Prefix of every id this builder makes (`prac-1` → `f1-prac-1`): the records of one
   *   family go to the same server, where ids must not collide. Organisations keep their ids, being
   *   the same resources in every record.
   */
  constructor(readonly rng: Rng, readonly now: number, readonly ns = '') {}

  id(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${this.ns}${prefix}-${n}`;
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
export function workHours(rng: Rng, epoch: number, from = 8, to = 17): number {
  return atLocal(epoch, rng.int(from, to - 1), rng.pick([0, 10, 15, 20, 30, 40, 45, 50]));
}

export interface Ctx {
  b: Builder;
  rng: Rng;
  now: number;
  birth: number;
  sex: Sex;
  full: boolean;
  mmg: Person;
}
