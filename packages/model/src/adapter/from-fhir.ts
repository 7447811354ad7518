/**
 * `fromFhir`: FHIR R4 (gateway transaction Bundles, regional searchset/collection/document
 * Bundles, arrays, several bundles of one patient) → one {@link FseRecord}, with every problem
 * reported as an {@link Issue}. The encoding read is `packages/model/FHIR.md`.
 *
 * Passes: (1) walk + index every resource once (collect.ts); (2) patients: pick the record's
 * person, merge their Patient resources, set the others aside; (3) documents: Compositions and
 * DocumentReferences, membership of every other resource; (4) every resource once, by type;
 * (5) care paths, consents, delegations, access log; (6) undated events, links, sort.
 */
import {
  ACCESS_RULES, CONFIDENTIALITY_RANK, DELEGATION_BASIS_BY_V3, EXEMPTION_KIND, FACILITY_TYPES, LOINC, NATIONAL_TYPE_LABEL,
  nationalTypeOf, NRE_SYSTEMS, PERCORSO_CS, PERCORSO_SD, PROTECTED_BY_V3, PROTECTED_CATEGORIES, PROTECTED_SYSTEM,
  PURPOSE_BY_V3, PURPOSES, V3_ACT_CODE, V3_CONFIDENTIALITY,
} from '../codes.js';
import { bodySitesFromCodings } from '../body-regions.js';
import { DEFAULT_TIME_ZONE, dayOf, isValidTimeZone } from '../dates.js';
import type {
  AccessLogEntry, Actor, BodySite, CarePath, CarePathGoal, CarePathStep, ClinicalEvent, Coding, Consent, ConsultationPurpose, Delegation,
  DocumentMeta, DocumentSection, EventKind, Exemption, FacilityType, FromFhirOptions, FromFhirResult, FseRecord, FuzzyDate,
  Identifier, Patient, Privacy, ProtectedCategory, Purpose, StepStatus,
} from '../types.js';
import { Index, LOOKUP_TYPES, type Group, type Res } from './collect.js';
import { address, cfOf, Ctx, humanName, looksLikeCf, splitName } from './context.js';
import { IssueLog } from './issues.js';
import { arr, describe, isObj, MAX_NARRATIVE, num, obj, str, xhtmlToText, type Json } from './json.js';
import { narrativeOfXhtml } from '../narrative.js';

/** Thrown only when the input is not an object or an array at all. */
export class FhirInputError extends TypeError {
  override name = 'FhirInputError';
  constructor(readonly received: string) {
    super(`fromFhir expects a FHIR resource, Bundle or array of them (JSON object or array), received ${received}`);
  }
}

interface Doc {
  ev: ClinicalEvent;
  meta: DocumentMeta;
  comp?: Res;
  dref?: Res;
  excluded: boolean;
  encounter?: Res;
}

const CLINICAL_KIND = new Map<string, EventKind>([
  ['Encounter', 'encounter'],
  ['Condition', 'condition'],
  ['AllergyIntolerance', 'condition'],
  ['Procedure', 'procedure'],
  ['Observation', 'observation'],
  ['DiagnosticReport', 'observation'],
  ['ImagingStudy', 'imaging'],
  ['Immunization', 'vaccination'],
  ['MedicationRequest', 'medication'],
  ['MedicationDispense', 'medication'],
  ['MedicationStatement', 'medication'],
  ['MedicationAdministration', 'medication'],
  ['Appointment', 'appointment'],
]);

const uniqueSets = new WeakMap<string[], Set<string>>();
/** Appends `v` unless present; lists that grow long get a Set beside them, so this stays O(1). */
function pushUnique(list: string[], v: string): void {
  if (list.length < 16) {
    if (!list.includes(v)) list.push(v);
    return;
  }
  let set = uniqueSets.get(list);
  if (!set) {
    set = new Set(list);
    uniqueSets.set(list, set);
  }
  if (!set.has(v)) {
    set.add(v);
    list.push(v);
  }
}

/** `options.now` outside these years is refused (the same range as dates in the input). */
const MIN_NOW = Date.UTC(1800, 0, 1);
const MAX_NOW = Date.UTC(2200, 0, 1);

/** Bundle types whose single Composition owns every resource of the Bundle. */
const WHOLE_BUNDLE_TYPES = new Set(['document', 'transaction', 'batch', 'transaction-response', 'batch-response', 'message', 'unknown']);

/** LOINC 11283-9 "Acuity assessment": the ER triage Observation of the gateway's VPS. */
const TRIAGE_LOINC = '11283-9';

const TITLE_BY_TYPE = new Map<string, string>([
  ['Encounter', 'Contatto'],
  ['Condition', 'Problema clinico'],
  ['AllergyIntolerance', 'Allergia o intolleranza'],
  ['Procedure', 'Procedura'],
  ['Observation', 'Osservazione'],
  ['DiagnosticReport', 'Referto'],
  ['ImagingStudy', 'Esame di diagnostica per immagini'],
  ['Immunization', 'Vaccinazione'],
  ['MedicationRequest', 'Prescrizione farmaceutica'],
  ['MedicationDispense', 'Erogazione di farmaci'],
  ['MedicationStatement', 'Terapia farmacologica'],
  ['MedicationAdministration', 'Somministrazione di farmaci'],
  ['Appointment', 'Appuntamento'],
]);

const ENCOUNTER_TITLE = new Map<string, string>([
  ['EMER', 'Accesso in pronto soccorso'],
  ['IMP', 'Ricovero'],
  ['ACUTE', 'Ricovero'],
  ['NONAC', 'Ricovero'],
  ['SS', 'Day hospital'],
  ['AMB', 'Visita ambulatoriale'],
  ['HH', 'Assistenza domiciliare'],
  ['VR', 'Televisita'],
  ['OBSENC', 'Osservazione breve'],
  ['PRENC', 'Pre-ricovero'],
]);

const BOOKING_STATUS = new Map<string, 'proposed' | 'booked' | 'fulfilled' | 'cancelled' | 'noshow' | 'other'>([
  ['proposed', 'proposed'],
  ['pending', 'proposed'],
  ['waitlist', 'proposed'],
  ['booked', 'booked'],
  ['arrived', 'booked'],
  ['checked-in', 'booked'],
  ['fulfilled', 'fulfilled'],
  ['cancelled', 'cancelled'],
  ['entered-in-error', 'cancelled'],
  ['noshow', 'noshow'],
]);

const PURPOSE_BY_CODE = new Map<string, ConsultationPurpose>([
  ['cura', 'care'],
  ['prevenzione', 'prevention'],
  ['profilassi', 'prophylaxis'],
  ['TREAT', 'care'],
  ['PUBHLTH', 'prevention'],
]);

const CONSENT_SCOPE_BY_CODE = new Map<string, Consent['scope']>([
  ['alimentazione', 'feeding'],
  ['opposizione-pregresso', 'pregresso-opposition'],
  ['notifiche', 'notifications'],
  ['visibilita-categoria-protetta', 'protected-visibility'],
]);

const CAREPATH_KIND = new Map<string, CarePath['kind']>([
  ['PDTA', 'PDTA'],
  ['PAI', 'PAI'],
  ['THERAPEUTIC_PLAN', 'THERAPEUTIC_PLAN'],
  ['SCREENING', 'SCREENING'],
]);

const CAREPATH_STATUS = new Set(['draft', 'active', 'on-hold', 'completed', 'revoked', 'unknown']);
const DELEGATION_BASIS = new Set(['parental', 'tutor', 'support-admin', 'curator', 'voluntary']);
const DELEGATION_STATUS = new Set(['pending', 'active', 'rejected', 'revoked', 'expired']);
const AUDIT_ACTION = new Map<string, AccessLogEntry['action']>([
  ['C', 'create'],
  ['R', 'read'],
  ['U', 'update'],
  ['D', 'delete'],
  ['E', 'search'],
]);

function defaultPrivacy(): Privacy {
  return { confidentiality: 'N', obscured: false, hiddenFromParent: false, hiddenFromPatient: false };
}

/** Strictest of two privacies (the document's applies to everything read from it). */
function mergePrivacy(into: Privacy, from: Privacy): void {
  if ((CONFIDENTIALITY_RANK.get(from.confidentiality) ?? 0) > (CONFIDENTIALITY_RANK.get(into.confidentiality) ?? 0)) into.confidentiality = from.confidentiality;
  if (from.obscured) into.obscured = true;
  if (from.hiddenFromParent) into.hiddenFromParent = true;
  if (from.hiddenFromPatient) into.hiddenFromPatient = true;
  if (from.protectedCategory && !into.protectedCategory) into.protectedCategory = from.protectedCategory;
  if (from.protectedVisible) into.protectedVisible = true;
}

/** Reads FHIR R4 into the normalised model. Throws only {@link FhirInputError}. */
export function fromFhir(input: unknown, options: FromFhirOptions = {}): FromFhirResult {
  if (typeof input !== 'object' || input === null) {
    throw new FhirInputError(input === null ? 'null' : typeof input);
  }
  return new Reader(input as Json | unknown[], options ?? {}).run();
}

class Reader {
  private issues = new IssueLog();
  private index: Index;
  private ctx: Ctx;
  private tz: string;
  private now: number;
  private events: ClinicalEvent[] = [];
  private docs: Doc[] = [];
  private compDoc = new Map<Res, Doc>();
  /** Person key (`cf:…` or `id:Patient/x`) of every Patient resource. */
  private personOf = new Map<Res, string>();
  private recordPerson?: string;
  private excludedPersons = new Set<string>();
  private undated: { ev: ClinicalEvent; res: Res }[] = [];
  private carePaths: CarePath[] = [];
  private consents: Consent[] = [];
  private delegations: Delegation[] = [];
  private accessLog: AccessLogEntry[] = [];
  private patient!: Patient;
  private otherPatients: Patient[] = [];
  private protectedVisibleDocs = new Set<string>();

  constructor(
    private input: Json | unknown[],
    private options: FromFhirOptions,
  ) {
    let tz = DEFAULT_TIME_ZONE;
    if (options.timeZone !== undefined) {
      if (typeof options.timeZone === 'string' && isValidTimeZone(options.timeZone)) tz = options.timeZone;
      else this.issues.add('invalid-time-zone', '$', undefined, { value: describe(options.timeZone) });
    }
    this.tz = tz;
    const okNow = typeof options.now === 'number' && options.now >= MIN_NOW && options.now <= MAX_NOW;
    if (options.now !== undefined && !okNow) this.issues.add('invalid-value', '$', undefined, { field: 'options.now' });
    this.now = okNow ? (options.now as number) : Date.now();
    this.index = new Index(this.issues);
    this.ctx = new Ctx(this.index, this.issues, tz, this.now);
  }

  run(): FromFhirResult {
    this.index.walk(this.input);
    this.readPatients();
    this.readDocuments();
    this.readResources();
    this.readCarePlans();
    this.finishConsents();
    this.finish();
    const record: FseRecord = {
      patient: this.patient,
      events: this.events,
      carePaths: this.carePaths,
      consents: this.consents,
      delegations: this.delegations,
      accessLog: this.accessLog,
      timeZone: this.tz,
    };
    return { record, issues: this.issues.list, otherPatients: this.otherPatients };
  }

  // ───────────────────────────── patients ─────────────────────────────

  private personKeyOfPatient(res: Res): string {
    let k = this.personOf.get(res);
    if (k === undefined) {
      const cf = cfOf(res.r.identifier);
      k = cf ? `cf:${cf}` : `id:${(res.duplicateOf ?? res).key}`;
      this.personOf.set(res, k);
    }
    return k;
  }

  /** The person a resource is about (its subject / patient / beneficiary), if it names one. */
  private subjectPerson(res: Res): string | undefined {
    const r = res.r;
    const ref = r.subject ?? r.patient ?? r.beneficiary;
    if (!isObj(ref)) return undefined;
    const target = this.ctx.ref(res, ref, r.subject !== undefined ? 'subject' : r.patient !== undefined ? 'patient' : 'beneficiary');
    if (!target || target.type !== 'Patient') return undefined;
    return this.personKeyOfPatient(target);
  }

  private subjectOf(res: Res): string | undefined {
    if (res.subject !== undefined) return res.subject ?? undefined;
    const p = res.type === 'Patient' || res.type === 'RelatedPerson' ? undefined : this.subjectPerson(res);
    res.subject = p ?? null;
    return p;
  }

  private readPatients(): void {
    const byPerson = new Map<string, Res[]>();
    for (const res of this.index.all) {
      if (res.type !== 'Patient') continue;
      const k = this.personKeyOfPatient(res);
      const list = byPerson.get(k);
      if (list) list.push(res);
      else byPerson.set(k, [res]);
    }
    // The person of the record: asked for, else the one most resources are about.
    let chosen: string | undefined;
    const wanted = typeof this.options.patient === 'string' ? this.options.patient.trim() : '';
    if (wanted) {
      const up = wanted.toUpperCase();
      if (byPerson.has(`cf:${up}`)) chosen = `cf:${up}`;
      else
        for (const [k, list] of byPerson)
          if (list.some((p) => p.id === wanted || p.key === wanted)) {
            chosen = k;
            break;
          }
    }
    if (wanted && !chosen) this.issues.add('patient-not-found', '$', undefined, { value: wanted });
    if (!chosen && byPerson.size > 1) {
      const votes = new Map<string, number>();
      for (const res of this.index.all) {
        if (res.type === 'Patient' || LOOKUP_TYPES.has(res.type)) continue;
        const p = this.subjectOf(res);
        if (p) votes.set(p, (votes.get(p) ?? 0) + 1);
      }
      let best = -1;
      for (const k of byPerson.keys()) {
        const v = votes.get(k) ?? 0;
        if (v > best) {
          best = v;
          chosen = k;
        }
      }
    }
    if (!chosen) chosen = byPerson.keys().next().value;
    if (!chosen) {
      this.issues.add('no-patient', '$');
      this.patient = { id: 'unknown-patient', identifiers: [], given: '', family: '', name: '', exemptions: [], source: [] };
      return;
    }
    this.recordPerson = chosen;
    this.patient = this.mergePatients(byPerson.get(chosen)!, true);
    for (const [k, list] of byPerson) {
      if (k === chosen) continue;
      this.excludedPersons.add(k);
      const other = this.mergePatients(list, false);
      this.otherPatients.push(other);
      this.issues.add('other-patient', list[0]!.loc, undefined, { who: other.cf ?? other.id }, [other.id]);
    }
  }

  private mergePatients(list: Res[], report: boolean): Patient {
    const first = list[0]!;
    const identifiers: Identifier[] = [];
    const seenIds = new Set<string>();
    const p: Patient = { id: first.duplicateOf?.key ?? first.key, identifiers, given: '', family: '', name: '', exemptions: [], source: [] };
    const births: { date: FuzzyDate; res: Res }[] = [];
    const sexes: { sex: NonNullable<Patient['sex']>; res: Res }[] = [];
    for (const res of list) {
      const r = res.r;
      p.source.push({ kind: 'fhir', ref: res.key });
      for (const ident of arr(r.identifier)) {
        if (!isObj(ident)) continue;
        const value = str(ident.value, 256);
        if (!value) continue;
        const system = str(ident.system, 256) ?? '';
        const k = `${system}|${value}`;
        if (!seenIds.has(k)) {
          seenIds.add(k);
          identifiers.push({ system, value });
        }
      }
      const cf = cfOf(r.identifier);
      if (cf && !p.cf) {
        p.cf = cf;
        if (report && !looksLikeCf(cf)) this.issues.add('invalid-cf', res.loc, 'identifier', { value: cf });
      }
      if (!p.name) {
        const n = splitName(r.name);
        const full = humanName(r.name);
        if (n.given || n.family || full) {
          p.given = n.given;
          p.family = n.family;
          p.name = [n.given, n.family].filter(Boolean).join(' ') || full || '';
        }
      }
      const bd = this.ctx.date(res, r.birthDate, 'birthDate');
      if (bd) births.push({ date: bd, res });
      const g = r.gender;
      if (g === 'male' || g === 'female' || g === 'other' || g === 'unknown') sexes.push({ sex: g, res });
      else if (g !== undefined) this.issues.add('invalid-value', res.loc, 'gender', { field: 'gender' }, [p.id]);
      if (r.deceasedBoolean === true && p.deceased === undefined) p.deceased = true;
      const dd = this.ctx.date(res, r.deceasedDateTime, 'deceasedDateTime');
      if (dd) p.deceased = dd;
      if (!p.address) {
        const a = address(Array.isArray(r.address) ? r.address[0] : r.address);
        if (a) p.address = a;
      }
      for (const t of arr(r.telecom)) {
        if (!isObj(t)) continue;
        const v = str(t.value, 256);
        if (!v) continue;
        if (t.system === 'phone' && !p.phone) p.phone = v;
        if (t.system === 'email' && !p.email) p.email = v;
      }
      if (!p.generalPractitioner) {
        const gp = this.ctx.refs(res, r.generalPractitioner, 'generalPractitioner')[0];
        if (gp) p.generalPractitioner = this.ctx.actor(gp);
      }
      this.patientExemptions(res, p);
    }
    if (births.length) {
      p.birthDate = births[0]!.date;
      const distinct = [...new Set(births.map((b) => b.date.iso))];
      if (distinct.length > 1 && report) {
        this.issues.add('conflicting-patient-data', births.find((b) => b.date.iso !== distinct[0])!.res.loc, 'birthDate', { field: 'birthDate', values: distinct.join(', '), kept: distinct[0] }, [p.id]);
      }
    }
    if (sexes.length) {
      p.sex = sexes[0]!.sex;
      const distinct = [...new Set(sexes.map((s) => s.sex))];
      if (distinct.length > 1 && report) {
        this.issues.add('conflicting-patient-data', sexes.find((s) => s.sex !== distinct[0])!.res.loc, 'gender', { field: 'gender', values: distinct.join(', '), kept: distinct[0] }, [p.id]);
      }
    }
    if (report && !p.cf) this.issues.add('patient-without-cf', first.loc, 'identifier', {}, [p.id]);
    return p;
  }

  /** Exemptions carried as Patient extensions (a CodeableConcept with LP267463-0 / LP199190-2). */
  private patientExemptions(res: Res, p: Patient): void {
    const walk = (exts: unknown, depth: number): void => {
      if (depth > 4) return;
      for (const e of arr(exts)) {
        if (!isObj(e)) continue;
        const codings = this.ctx.codings(e.valueCodeableConcept);
        const kindCoding = codings.find((c) => EXEMPTION_KIND.has(c.code));
        if (kindCoding) {
          const code = codings.find((c) => c !== kindCoding) ?? kindCoding;
          const ex: Exemption = { code: code.code, kind: EXEMPTION_KIND.get(kindCoding.code)! };
          if (code.display) ex.display = code.display;
          p.exemptions.push(ex);
        }
        if (e.extension) walk(e.extension, depth + 1);
      }
    };
    walk(res.r.extension, 0);
  }

  /** Whether a resource is about someone other than the record's patient (reported once, left out). */
  private isOtherPerson(res: Res): boolean {
    const p = this.subjectOf(res);
    return p !== undefined && p !== this.recordPerson && this.excludedPersons.has(p);
  }

  private leaveOut(res: Res): void {
    this.issues.add('other-patient-resource', res.loc, undefined, { key: res.key }, [res.key]);
  }

  // ───────────────────────────── documents ─────────────────────────────

  private readDocuments(): void {
    // Compositions, and the DocumentReference that describes each.
    const compByIdentifier = new Map<string, Res>();
    const comps: Res[] = [];
    for (const res of this.index.all) {
      if (res.type !== 'Composition' || res.duplicateOf) continue;
      comps.push(res);
      const ident = obj(res.r.identifier);
      const v = ident ? str(ident.value, 512) : undefined;
      if (v && !compByIdentifier.has(v)) compByIdentifier.set(v, res);
    }
    const drefOfComp = new Map<Res, Res>();
    const loneDrefs: Res[] = [];
    for (const res of this.index.all) {
      if (res.type !== 'DocumentReference' || res.duplicateOf) continue;
      const r = res.r;
      let comp: Res | undefined;
      const ctxObj = obj(r.context);
      if (ctxObj) {
        const related = arr(ctxObj.related);
        for (let i = 0; i < related.length && !comp; i++) {
          const t = this.ctx.ref(res, related[i], `context.related[${i}]`);
          if (t && t.type === 'Composition') comp = t;
        }
      }
      if (!comp) {
        const mi = obj(r.masterIdentifier);
        const v = mi ? str(mi.value, 512) : undefined;
        if (v) comp = compByIdentifier.get(v);
      }
      if (comp && !drefOfComp.has(comp)) drefOfComp.set(comp, res);
      else loneDrefs.push(res);
    }
    for (const comp of comps) {
      const doc = this.readDocument(comp, drefOfComp.get(comp));
      this.compDoc.set(comp, doc);
      const dref = drefOfComp.get(comp);
      if (dref) dref.doc = doc;
      comp.doc = doc;
    }
    for (const dref of loneDrefs) {
      const doc = this.readDocument(undefined, dref);
      dref.doc = doc;
    }
    // A document that replaces another (XDS replace: relatesTo code `replaces`) supersedes it.
    for (const doc of this.docs) {
      for (const res of [doc.comp, doc.dref]) {
        if (!res) continue;
        const rel = arr(res.r.relatesTo);
        for (let i = 0; i < rel.length; i++) {
          const rt = obj(rel[i]);
          if (!rt || rt.code !== 'replaces') continue;
          const targetRef = rt.target ?? rt.targetReference;
          const t = this.ctx.ref(res, targetRef, res.type === 'Composition' && rt.targetReference !== undefined ? `relatesTo[${i}].targetReference` : `relatesTo[${i}].target`);
          const old = t ? (t.doc as Doc | undefined) : undefined;
          if (old && old !== doc && old.meta.status === 'current') old.meta.status = 'superseded';
        }
      }
    }
    // Membership of the other resources.
    for (const g of this.index.groups) this.assignMembers(g);
  }

  private assignMembers(g: Group): void {
    const comps = g.resources.filter((r) => r.type === 'Composition' && !r.duplicateOf);
    if (comps.length === 0) return;
    // A document Bundle (or a gateway transaction: one document per transaction) with one
    // Composition is that document. A collection or searchset holding one document among other
    // data is read like several documents: by section.entry and encounter.
    if (comps.length === 1 && WHOLE_BUNDLE_TYPES.has(g.type ?? '')) {
      const doc = this.compDoc.get(comps[0]!)!;
      for (const res of g.resources) if (!(res.doc !== undefined) && res.type !== 'Patient') (res.doc = doc);
      return;
    }
    // Several documents in one group: follow section.entry (recursively) and encounter.
    for (const comp of comps) {
      const doc = this.compDoc.get(comp)!;
      const seen = new Set<unknown>();
      const walk = (sections: unknown, field: string, depth: number) => {
        if (depth > 16) return;
        const list = arr(sections);
        for (let i = 0; i < list.length; i++) {
          const s = list[i];
          if (!isObj(s) || seen.has(s)) continue;
          seen.add(s);
          const entries = arr(s.entry);
          for (let j = 0; j < entries.length; j++) {
            const t = this.ctx.ref(comp, entries[j], `${field}[${i}].entry[${j}]`);
            if (t && !(t.doc !== undefined) && t.type !== 'Patient') {
              t.doc = doc;
              this.followMembers(t, doc, 0);
            }
          }
          if (s.section) walk(s.section, `${field}[${i}].section`, depth + 1);
        }
      };
      walk(comp.r.section, 'section', 0);
    }
    const byEncounter = new Map<Res, Doc>();
    for (const comp of comps) {
      const doc = this.compDoc.get(comp)!;
      if (doc.encounter && !byEncounter.has(doc.encounter)) byEncounter.set(doc.encounter, doc);
    }
    if (byEncounter.size) {
      for (const res of g.resources) {
        if ((res.doc !== undefined) || res.type === 'Patient') continue;
        const enc = res.r.encounter ?? res.r.context;
        if (!isObj(enc)) continue;
        const t = this.index.resolveString(typeof enc.reference === 'string' ? enc.reference : '');
        const doc = t ? byEncounter.get(t) : undefined;
        if (doc) res.doc = doc;
        else if (byEncounter.has(res)) res.doc = byEncounter.get(res);
      }
      for (const [enc, doc] of byEncounter) if (!(enc.doc !== undefined)) (enc.doc = doc);
    }
  }

  /** A DiagnosticReport listed in a section brings its results; an Observation its members. */
  private followMembers(res: Res, doc: Doc, depth: number): void {
    if (depth > 8) return;
    const r = res.r;
    for (const field of ['result', 'hasMember', 'imagingStudy'] as const) {
      const list = arr(r[field]);
      for (const item of list) {
        const ref = obj(item);
        const t = ref && typeof ref.reference === 'string' ? this.index.resolveString(ref.reference) : undefined;
        if (t && !(t.doc !== undefined)) {
          t.doc = doc;
          this.followMembers(t, doc, depth + 1);
        }
      }
    }
  }

  private readDocument(comp: Res | undefined, dref: Res | undefined): Doc {
    const main = (comp ?? dref)!;
    const c = comp?.r;
    const d = dref?.r;
    const dctx = d ? obj(d.context) : undefined;
    // The Composition and its DocumentReference usually repeat the same type code: keep it once.
    const typeCodings = [...(comp ? this.ctx.codings(c!.type, comp, 'type') : []), ...(dref ? this.ctx.codings(d!.type, dref, 'type') : [])].filter(
      (t, i, all) => all.findIndex((o) => o.system === t.system && o.code === t.code) === i,
    );
    const content0 = d ? obj(arr(d.content)[0]) : undefined;
    const attachment = content0 ? obj(content0.attachment) : undefined;
    const formatCode = content0 ? str(obj(content0.format)?.code, 256) : undefined;
    const classCode = d ? str(this.ctx.code(arr(d.category)[0]), 64) : undefined;
    let nationalType = nationalTypeOf(typeCodings, formatCode);
    if (!nationalType && classCode === 'TAC') nationalType = 'TACCUINO';
    if (!nationalType) {
      nationalType = 'OTHER';
      const code = typeCodings[0];
      this.issues.add('unknown-document-type', main.loc, 'type', { code: code ? `${code.system} ${code.code}` : '—' }, [main.key]);
    }
    const typeCode = typeCodings.find((t) => t.system === LOINC) ?? typeCodings[0];
    const creationTime = (comp ? this.ctx.date(comp, c!.date, 'date') : undefined) ?? (dref ? this.ctx.date(dref, d!.date, 'date') : undefined) ?? (dref && attachment ? this.ctx.date(dref, attachment.creation, 'content[0].attachment.creation') : undefined);
    const service = dref && dctx?.period !== undefined ? this.ctx.period(dref, dctx.period, 'context.period') : undefined;
    const title =
      str(c?.title) ?? str(d?.description) ?? (attachment && str(attachment.title) !== 'string' ? str(attachment.title) : undefined) ?? this.ctx.text(c?.type ?? d?.type) ?? NATIONAL_TYPE_LABEL.get(nationalType)!;

    let status: DocumentMeta['status'] = 'current';
    if (d?.status === 'superseded') status = 'superseded';
    if (d?.status === 'entered-in-error' || c?.status === 'entered-in-error' || d?.docStatus === 'entered-in-error') status = 'entered-in-error';

    const meta: DocumentMeta = { nationalType, status, nre: [], sections: [], eventIds: [] };
    if (typeCode) meta.typeCode = typeCode;
    if (classCode) meta.classCode = classCode;
    if (formatCode) meta.formatCode = formatCode;
    const uniqueId = str(obj(d?.masterIdentifier)?.value, 512) ?? str(obj(c?.identifier)?.value, 512);
    if (uniqueId) meta.uniqueId = uniqueId;
    if (creationTime) meta.creationTime = creationTime;
    const mime = attachment ? str(attachment.contentType, 128) : undefined;
    if (mime) meta.mimeType = mime;
    for (const e of arr(c?.extension)) {
      if (isObj(e) && typeof e.url === 'string' && e.url.endsWith('versionNumber')) {
        const v = str(e.valueString, 32) ?? (typeof e.valueInteger === 'number' ? String(e.valueInteger) : undefined);
        if (v) meta.version = v;
      }
    }
    if (dctx) {
      const ps = this.ctx.codings(dctx.practiceSetting)[0];
      if (ps) meta.practiceSetting = ps;
      const ft = this.ctx.codings(dctx.facilityType).find((x) => FACILITY_TYPES.has(x.code as FacilityType));
      if (ft) meta.facilityType = ft.code as FacilityType;
      for (const rel of arr(dctx.related)) {
        const ident = isObj(rel) ? obj(rel.identifier) : undefined;
        this.addNre(meta.nre, ident, dref!, 'context.related');
      }
    }
    this.collectNreExtensions(c?.extension, meta.nre, comp);
    // sections
    if (comp) this.readSections(comp, c!.section, 'section', meta.sections, 0, new Set());
    // legal authenticator
    if (comp) {
      const att = arr(c!.attester);
      for (let i = 0; i < att.length; i++) {
        const a = obj(att[i]);
        if (a && a.mode === 'legal') {
          const who = this.ctx.ref(comp, a.party, `attester[${i}].party`);
          const actor = this.ctx.actor(who, obj(a.party)?.display);
          if (actor) meta.legalAuthenticator = actor;
          break;
        }
      }
    }
    // author, custodian
    let author: Actor | undefined;
    for (const [res, list] of [[comp, c?.author], [dref, d?.author]] as const) {
      if (author || !res) continue;
      const a = arr(list);
      for (let i = 0; i < a.length && !author; i++) {
        const t = this.ctx.ref(res, a[i], `author[${i}]`);
        author = this.ctx.actor(t, obj(a[i])?.display);
      }
    }
    let facility;
    for (const res of [comp, dref]) {
      if (facility || !res) continue;
      const t = this.ctx.ref(res, res.r.custodian, 'custodian');
      if (t && t.type === 'Organization') facility = this.ctx.organization(t);
    }
    const encounter = comp ? this.ctx.ref(comp, c!.encounter, 'encounter') : dref && dctx ? this.ctx.refs(dref, dctx.encounter, 'context.encounter')[0] : undefined;

    const privacy = defaultPrivacy();
    if (comp) this.readPrivacy(comp, privacy, true);
    if (dref) this.readPrivacy(dref, privacy, false);

    const date = service?.start ?? creationTime;
    const kind: EventKind = nationalType === 'TACCUINO' ? 'taccuino' : 'document';
    const ev = this.newEvent(main, kind, title, date);
    ev.id = main.key;
    if (service?.end) ev.end = service.end;
    ev.codes = typeCodings;
    if (author) ev.author = author;
    if (facility) ev.facility = facility;
    if (meta.practiceSetting) ev.practiceSetting = meta.practiceSetting;
    const st = str(c?.status, 64) ?? str(d?.status, 64);
    if (st) ev.status = st;
    ev.privacy = privacy;
    ev.document = meta;
    if (comp && dref) ev.source.push({ kind: 'fhir', ref: dref.key });
    if (encounter) ev.encounterId = encounter.key;
    if (!comp) this.issues.add('document-without-composition', dref!.loc, undefined, {}, [ev.id]);
    const excluded = (comp ? this.isOtherPerson(comp) : false) || (dref ? this.isOtherPerson(dref) : false);
    const doc: Doc = { ev, meta, comp, dref, excluded, encounter };
    if (excluded) {
      this.leaveOut(main);
      if (comp && dref) this.leaveOut(dref);
    } else {
      this.pushEvent(ev, main, !date);
      if (comp && dref) dref.ev = ev;
    }
    this.docs.push(doc);
    return doc;
  }

  private readSections(comp: Res, sections: unknown, field: string, out: DocumentSection[], depth: number, seen: Set<unknown>): void {
    if (depth > 16) return;
    const list = arr(sections);
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      if (!isObj(s) || seen.has(s)) continue;
      seen.add(s);
      const code = this.ctx.codings(s.code)[0];
      const title = str(s.title) ?? this.ctx.text(s.code) ?? '';
      const sec: DocumentSection = { title };
      if (code) sec.code = code;
      const text = obj(s.text);
      if (text && typeof text.div === 'string') {
        if (text.div.length > MAX_NARRATIVE * 4) this.issues.add('value-too-long', comp.loc, `${field}[${i}].text.div`, { length: text.div.length }, [comp.key]);
        const t = xhtmlToText(text.div);
        if (t) sec.text = t;
        const n = narrativeOfXhtml(text.div, t);
        if (n.nodes.length) sec.narrative = n.nodes;
        for (const pr of n.problems) this.issues.add(pr.code, comp.loc, `${field}[${i}].text.div`, { what: pr.what, length: pr.what }, [comp.key]);
      }
      out.push(sec);
      if (s.section) this.readSections(comp, s.section, `${field}[${i}].section`, out, depth + 1, seen);
    }
  }

  private addNre(list: string[], ident: Json | undefined, res: Res, field: string): void {
    if (!ident || typeof ident.system !== 'string' || !NRE_SYSTEMS.has(ident.system)) return;
    const v = str(ident.value, 64);
    if (!v) return;
    if (v.charCodeAt(0) === 91 /* [NRE] placeholder */) {
      this.issues.add('placeholder-value', res.loc, field, { value: v }, [res.key]);
      return;
    }
    pushUnique(list, v);
  }

  private collectNreExtensions(exts: unknown, list: string[], res: Res | undefined, depth = 0): void {
    if (!res || depth > 4) return;
    for (const e of arr(exts)) {
      if (!isObj(e)) continue;
      if (isObj(e.valueIdentifier)) this.addNre(list, e.valueIdentifier, res, 'extension');
      if (e.extension) this.collectNreExtensions(e.extension, list, res, depth + 1);
    }
  }

  /** Access rules, confidentiality and protected categories of a document's resources. */
  private readPrivacy(res: Res, p: Privacy, isComposition: boolean): void {
    const r = res.r;
    if (isComposition && r.confidentiality !== undefined) this.confidentiality(res, r.confidentiality, 'confidentiality', p);
    const labels: [unknown, string][] = [];
    const meta = obj(r.meta);
    if (meta && Array.isArray(meta.security)) meta.security.forEach((x, i) => labels.push([{ coding: [x] }, `meta.security[${i}]`]));
    if (Array.isArray(r.securityLabel)) r.securityLabel.forEach((x, i) => labels.push([isObj(x) && Array.isArray(x.coding) ? x : { coding: [x] }, `securityLabel[${i}]`]));
    for (const [cc] of labels) {
      for (const c of this.ctx.codings(cc)) {
        if (c.system === V3_CONFIDENTIALITY && CONFIDENTIALITY_RANK.has(c.code)) this.confidentiality(res, c.code, '', p);
        else if (c.system === V3_ACT_CODE && PROTECTED_BY_V3.has(c.code)) p.protectedCategory ??= PROTECTED_BY_V3.get(c.code);
        else if (c.system === PROTECTED_SYSTEM && PROTECTED_CATEGORIES.has(c.code as ProtectedCategory)) p.protectedCategory ??= c.code as ProtectedCategory;
      }
    }
    const dctx = obj(r.context);
    if (dctx) {
      const events = arr(dctx.event);
      let deobscured = false;
      for (const cc of events) {
        for (const c of this.ctx.codings(cc)) {
          if (c.code === ACCESS_RULES.OBSCURED) p.obscured = true;
          else if (c.code === ACCESS_RULES.HIDDEN_FROM_PARENT) p.hiddenFromParent = true;
          else if (c.code === ACCESS_RULES.HIDDEN_FROM_PATIENT) p.hiddenFromPatient = true;
          else if (c.code === ACCESS_RULES.DEOBSCURED) deobscured = true;
        }
      }
      // P00: de-obscured at feeding — the document is not obscured even if an older P99 is listed.
      if (deobscured) p.obscured = false;
    }
  }

  private confidentiality(res: Res, value: unknown, field: string, p: Privacy): void {
    const v = typeof value === 'string' ? value.trim().toUpperCase() : '';
    const rank = CONFIDENTIALITY_RANK.get(v);
    if (rank === undefined) {
      this.issues.add('invalid-confidentiality', res.loc, field || undefined, { value: describe(value, 20) }, [res.key]);
      return;
    }
    if (rank > (CONFIDENTIALITY_RANK.get(p.confidentiality) ?? 0)) p.confidentiality = v as Privacy['confidentiality'];
  }

  // ───────────────────────────── events ─────────────────────────────

  private newEvent(res: Res, kind: EventKind, title: string, date: FuzzyDate | undefined): ClinicalEvent {
    return {
      id: res.key,
      kind,
      title,
      date: date ?? PENDING_DATE,
      codes: [],
      carePathIds: [],
      bodySites: [],
      privacy: defaultPrivacy(),
      source: [{ kind: 'fhir', ref: res.key }],
    };
  }

  private pushEvent(ev: ClinicalEvent, res: Res, undated: boolean): void {
    this.events.push(ev);
    res.ev = ev;
    if (undated) this.undated.push({ ev, res });
  }

  private readResources(): void {
    for (const res of this.index.all) {
      if (res.duplicateOf) continue;
      const type = res.type;
      if (type === 'Composition' || type === 'DocumentReference' || type === 'Patient') continue;
      if (LOOKUP_TYPES.has(type)) {
        if (type === 'ServiceRequest' || type === 'MedicationRequest') this.nreOfOrder(res);
        continue;
      }
      const doc = (res.doc as Doc | undefined);
      if (type !== 'RelatedPerson' && (this.isOtherPerson(res) || doc?.excluded)) {
        this.leaveOut(res);
        continue;
      }
      switch (type) {
        case 'CarePlan':
          continue; // read after the events they link (readCarePlans)
        case 'Consent':
          this.readConsent(res);
          continue;
        case 'AuditEvent':
          this.readAudit(res);
          continue;
        case 'RelatedPerson':
          this.readRelatedPerson(res);
          continue;
        case 'Coverage':
          this.readCoverage(res);
          continue;
      }
      this.readClinical(res, doc);
    }
  }

  /** NRE of an order (ServiceRequest, MedicationRequest) → the document it is in. */
  private nreOfOrder(res: Res): void {
    const doc = res.doc as Doc | undefined;
    if (!doc || doc.excluded) return;
    const r = res.r;
    for (const ident of arr(r.identifier)) this.addNre(doc.meta.nre, obj(ident), res, 'identifier');
    if (isObj(r.groupIdentifier)) this.addNre(doc.meta.nre, r.groupIdentifier, res, 'groupIdentifier');
  }

  private readClinical(res: Res, doc: Doc | undefined): void {
    const r = res.r;
    const type = res.type;
    let kind = CLINICAL_KIND.get(type);
    if (!kind) {
      kind = 'other';
      this.issues.add('unclassified-resource', res.loc, undefined, { type }, [res.key]);
    }
    const mainCodeField = type === 'Immunization' ? 'vaccineCode' : type === 'Appointment' ? 'serviceType' : type.startsWith('Medication') ? 'medicationCodeableConcept' : 'code';
    const mainCode = type === 'Appointment' ? arr(r.serviceType)[0] : r[mainCodeField];
    const codes = type === 'Appointment' ? this.ctx.codingsOf(r.serviceType) : this.ctx.codings(mainCode, res, mainCodeField);
    let title = this.ctx.text(mainCode);
    let date: FuzzyDate | undefined;
    let end: FuzzyDate | undefined;
    const ev = this.newEvent(res, kind, '', undefined);
    ev.codes = codes;
    const status = str(r.status, 64);
    if (status) ev.status = status;

    const setPeriod = (field: string) => {
      const p = this.ctx.period(res, r[field], field);
      if (p) {
        date ??= p.start ?? undefined;
        if (p.end) end = p.end;
        if (!p.start && p.end) date = p.end;
      }
    };
    const d = (field: string) => {
      if (date || r[field] === undefined) return;
      date = this.ctx.date(res, r[field], field);
    };

    switch (type) {
      case 'Encounter': {
        const cls = obj(r.class);
        const clsCode = cls ? str(cls.code, 32) : undefined;
        const enc: NonNullable<ClinicalEvent['encounter']> = {};
        if (clsCode) enc.class = clsCode;
        const partOf = this.ctx.ref(res, r.partOf, 'partOf');
        if (partOf) enc.partOf = partOf.key;
        const prio = this.ctx.codings(r.priority)[0];
        if (prio) enc.priority = prio;
        const hosp = obj(r.hospitalization);
        const dd = hosp ? this.ctx.codings(hosp.dischargeDisposition)[0] : undefined;
        if (dd) enc.dischargeDisposition = dd;
        ev.encounter = enc;
        const types = this.ctx.codingsOf(r.type);
        if (!ev.codes.length) ev.codes = types;
        title = this.ctx.text(arr(r.type)[0]) ?? this.ctx.text(arr(r.reasonCode)[0]) ?? (clsCode ? ENCOUNTER_TITLE.get(clsCode) : undefined);
        setPeriod('period');
        if (status === 'in-progress' && !end) ev.ongoing = true;
        const sp = this.ctx.ref(res, r.serviceProvider, 'serviceProvider');
        if (sp && sp.type === 'Organization') ev.facility = this.ctx.organization(sp);
        // The attending / primary performer, else any participant but the referrer or admitter.
        const part = arr(r.participant);
        let rank = 99;
        for (let i = 0; i < part.length; i++) {
          const pp = obj(part[i]);
          if (!pp || pp.individual === undefined) continue;
          const types = this.ctx.codingsOf(pp.type).map((c) => c.code);
          const rk = types.includes('ATND') || types.includes('PPRF') ? 0 : types.includes('REF') || types.includes('ADM') || types.includes('DIS') ? 2 : 1;
          if (rk >= rank) continue;
          const a = this.ctx.actor(this.ctx.ref(res, pp.individual, `participant[${i}].individual`), obj(pp.individual)?.display);
          if (a) {
            ev.author = a;
            rank = rk;
          }
        }
        break;
      }
      case 'Condition':
      case 'AllergyIntolerance': {
        d('onsetDateTime');
        if (!date && r.onsetPeriod !== undefined) setPeriod('onsetPeriod');
        d('onsetString');
        d('recordedDate');
        d('assertedDate');
        if (r.abatementDateTime !== undefined) end = this.ctx.date(res, r.abatementDateTime, 'abatementDateTime');
        const cs = this.ctx.text(r.clinicalStatus);
        if (cs) ev.status = this.ctx.code(r.clinicalStatus) ?? cs;
        this.bodySites(res, ev, r.bodySite, 'bodySite');
        const note = this.note(r.note);
        if (note) ev.note = note;
        break;
      }
      case 'Procedure': {
        d('performedDateTime');
        if (!date && r.performedPeriod !== undefined) setPeriod('performedPeriod');
        d('performedString');
        this.bodySites(res, ev, r.bodySite, 'bodySite');
        const note = this.note(r.note);
        if (note) ev.note = note;
        ev.author = this.performer(res, r.performer);
        break;
      }
      case 'Observation': {
        d('effectiveDateTime');
        if (!date && r.effectivePeriod !== undefined) setPeriod('effectivePeriod');
        d('effectiveInstant');
        d('issued');
        this.bodySites(res, ev, r.bodySite, 'bodySite');
        ev.observation = this.observationValue(res);
        const note = this.note(r.note);
        if (note) ev.note = note;
        // An observation the patient wrote (performer = the Patient) is a taccuino entry.
        for (const pr of arr(r.performer)) {
          const t = this.ctx.ref(res, pr, 'performer');
          if (t && t.type === 'Patient') {
            ev.kind = 'taccuino';
            break;
          }
        }
        if (ev.kind !== 'taccuino') ev.author = this.performer(res, r.performer);
        break;
      }
      case 'DiagnosticReport': {
        d('effectiveDateTime');
        if (!date && r.effectivePeriod !== undefined) setPeriod('effectivePeriod');
        d('issued');
        const concl = str(r.conclusion, MAX_NARRATIVE);
        if (concl && concl.charCodeAt(0) !== 35) ev.note = concl;
        const cats = this.ctx.codingsOf(r.category);
        if (cats.some((c) => c.code === 'RAD' || c.code === 'LP29684-5') || arr(r.imagingStudy).length) ev.kind = 'imaging';
        ev.author = this.performer(res, r.performer);
        break;
      }
      case 'ImagingStudy': {
        d('started');
        const series = arr(r.series);
        const modalities = this.ctx.codingsOf(r.modality);
        for (let i = 0; i < series.length; i++) {
          const s = obj(series[i]);
          if (!s) continue;
          const m = this.ctx.codings({ coding: [s.modality] });
          modalities.push(...m);
          if (s.bodySite) this.bodySites(res, ev, { coding: [s.bodySite] }, `series[${i}].bodySite`);
        }
        if (!ev.codes.length) ev.codes = [...this.ctx.codingsOf(r.procedureCode), ...modalities];
        title = str(r.description) ?? this.ctx.text(arr(r.procedureCode)[0]);
        break;
      }
      case 'Immunization': {
        d('occurrenceDateTime');
        d('occurrenceString');
        d('recorded');
        const pa = obj(arr(r.protocolApplied)[0]);
        const vacc: NonNullable<ClinicalEvent['vaccination']> = { vaccine: codes, targetDiseases: [] };
        if (pa) {
          const dose = num(pa.doseNumberPositiveInt) ?? (typeof pa.doseNumberString === 'string' ? Number.parseInt(pa.doseNumberString, 10) : undefined);
          if (dose !== undefined && Number.isFinite(dose)) vacc.doseNumber = dose;
          vacc.targetDiseases = this.ctx.codingsOf(pa.targetDisease);
        }
        const lot = str(r.lotNumber, 128);
        if (lot) vacc.lot = lot;
        if (status) vacc.status = status;
        ev.vaccination = vacc;
        this.bodySites(res, ev, r.site, 'site');
        ev.author = this.performer(res, r.performer);
        break;
      }
      case 'MedicationRequest':
      case 'MedicationDispense':
      case 'MedicationStatement':
      case 'MedicationAdministration': {
        const medKind = type === 'MedicationRequest' ? 'prescription' : type === 'MedicationDispense' ? 'dispensation' : type === 'MedicationStatement' ? 'statement' : 'administration';
        let medication = codes;
        if (!medication.length && r.medicationReference !== undefined) {
          const m = this.ctx.ref(res, r.medicationReference, 'medicationReference');
          if (m) {
            medication = this.ctx.codings(m.r.code);
            title ??= this.ctx.text(m.r.code);
          }
          title ??= str(obj(r.medicationReference)?.display);
        }
        ev.codes = medication;
        const med: NonNullable<ClinicalEvent['medication']> = { kind: medKind, medication };
        const dosages = arr(r.dosageInstruction ?? r.dosage);
        const dosage0 = obj(dosages[0]) ?? obj(r.dosage);
        const dosageText = dosage0 ? str(dosage0.text, 1024) : undefined;
        if (dosageText) med.dosage = dosageText;
        const qty = obj(r.quantity) ?? obj(obj(r.dispenseRequest)?.quantity);
        if (qty && num(qty.value) !== undefined) med.quantity = `${qty.value}${str(qty.unit, 32) ? ' ' + str(qty.unit, 32) : ''}`;
        const nres: string[] = [];
        for (const ident of arr(r.identifier)) this.addNre(nres, obj(ident), res, 'identifier');
        if (isObj(r.groupIdentifier)) this.addNre(nres, r.groupIdentifier, res, 'groupIdentifier');
        if (nres[0]) {
          med.nre = nres[0];
          if (doc) for (const n of nres) pushUnique(doc.meta.nre, n);
        }
        const cov = this.ctx.codingsOf(r.courseOfTherapyType);
        for (const c of [...cov, ...this.ctx.codingsOf(r.category)]) {
          if (c.code === 'PUBLICPOL') med.ssn = true;
          else if (c.code === 'pay') med.ssn = false;
        }
        ev.medication = med;
        if (type === 'MedicationRequest') d('authoredOn');
        else if (type === 'MedicationDispense') {
          d('whenHandedOver');
          d('whenPrepared');
        } else {
          d('effectiveDateTime');
          if (!date && r.effectivePeriod !== undefined) setPeriod('effectivePeriod');
          d('effectiveInstant');
          d('dateAsserted');
        }
        if (type === 'MedicationRequest') {
          const vp = obj(obj(r.dispenseRequest)?.validityPeriod);
          if (vp && !end) {
            const e2 = this.ctx.date(res, vp.end, 'dispenseRequest.validityPeriod.end');
            if (e2 && date && e2.end >= date.start) end = e2;
          }
          ev.author = this.ctx.actor(this.ctx.ref(res, r.requester, 'requester'));
        } else ev.author = this.performer(res, r.performer);
        const note = this.note(r.note);
        if (note) ev.note = note;
        break;
      }
      case 'Appointment': {
        d('start');
        if (r.end !== undefined) {
          const e2 = this.ctx.date(res, r.end, 'end');
          if (e2 && date && e2.end < date.start) this.issues.add('end-before-start', res.loc, 'end', {}, [res.key]);
          else if (e2) end = e2;
        }
        if (!date && r.requestedPeriod !== undefined) {
          const rp = arr(r.requestedPeriod)[0];
          const p = this.ctx.period(res, rp, 'requestedPeriod[0]');
          date = p?.start;
        }
        d('created');
        const bstatus = BOOKING_STATUS.get(status ?? '') ?? 'other';
        const booking: NonNullable<ClinicalEvent['booking']> = { status: bstatus, service: codes };
        const prio = r.priority;
        const prioCode = typeof prio === 'string' ? prio : this.ctx.code(prio);
        if (prioCode === 'U' || prioCode === 'B' || prioCode === 'D' || prioCode === 'P') booking.priority = prioCode;
        ev.booking = booking;
        title ??= str(r.description) ?? this.ctx.text(arr(r.appointmentType)[0] ?? r.appointmentType);
        for (const p of arr(r.participant)) {
          const pp = obj(p);
          const t = pp ? this.ctx.ref(res, pp.actor, 'participant') : undefined;
          if (t && t.type !== 'Patient' && !ev.author && t.type !== 'Location') ev.author = this.ctx.actor(t);
          if (t && t.type === 'Location') {
            const mo = this.ctx.ref(t, t.r.managingOrganization, 'managingOrganization');
            if (mo) ev.facility = this.ctx.organization(mo);
          }
        }
        break;
      }
      default: {
        // unclassified: best effort on the usual date fields
        for (const f of ['effectiveDateTime', 'occurrenceDateTime', 'performedDateTime', 'date', 'authoredOn', 'recordedDate', 'issued', 'created']) d(f);
        for (const f of ['effectivePeriod', 'occurrencePeriod', 'performedPeriod', 'period']) if (!date && r[f] !== undefined) setPeriod(f);
        title ??= this.ctx.text(r.type) ?? str(r.title) ?? str(r.description);
      }
    }
    if (!ev.author && r.recorder !== undefined) ev.author = this.ctx.actor(this.ctx.ref(res, r.recorder, 'recorder'));
    if (!ev.author) delete ev.author;
    ev.title = title ?? TITLE_BY_TYPE.get(type) ?? type;
    const encRes = r.encounter !== undefined ? this.ctx.ref(res, r.encounter, 'encounter') : r.context !== undefined && isObj(r.context) && typeof r.context.reference === 'string' ? this.ctx.ref(res, r.context, 'context') : undefined;
    if (encRes && encRes.type === 'Encounter') {
      ev.encounterId = encRes.key;
      // ER triage (VPS): an acuity Observation (LOINC 11283-9) of the visit gives the visit its priority.
      if (type === 'Observation' && codes.some((c) => c.code === TRIAGE_LOINC && c.system === LOINC)) {
        const colour = this.ctx.codings(r.valueCodeableConcept)[0];
        if (colour) this.triage.push({ encounter: encRes, coding: colour });
      }
    }
    if (end && date && end.end < date.start) {
      this.issues.add('end-before-start', res.loc, undefined, {}, [res.key]);
      end = undefined;
    }
    if (date) ev.date = date;
    if (end) ev.end = end;
    // own privacy labels, then the document's
    const meta = obj(r.meta);
    if (meta && Array.isArray(meta.security)) this.readPrivacy(res, ev.privacy, false);
    if (doc) {
      ev.documentId = doc.ev.id;
      mergePrivacy(ev.privacy, doc.ev.privacy);
      if (!ev.facility && doc.ev.facility) ev.facility = doc.ev.facility;
      if (!ev.practiceSetting && doc.ev.practiceSetting) ev.practiceSetting = doc.ev.practiceSetting;
    }
    this.pushEvent(ev, res, !date);
  }

  private performer(res: Res, list: unknown): Actor | undefined {
    const a = arr(list);
    for (let i = 0; i < a.length; i++) {
      const p = obj(a[i]);
      if (!p) continue;
      const ref = isObj(p.actor) ? p.actor : p; // Procedure/Immunization: performer.actor; Observation: Reference
      const t = this.ctx.ref(res, ref, isObj(p.actor) ? `performer[${i}].actor` : `performer[${i}]`);
      const actor = this.ctx.actor(t, obj(ref)?.display);
      if (actor) return actor;
    }
    return undefined;
  }

  private note(notes: unknown): string | undefined {
    const texts: string[] = [];
    for (const n of arr(notes)) {
      const t = isObj(n) ? str(n.text, MAX_NARRATIVE) : undefined;
      if (t && t.charCodeAt(0) !== 35) texts.push(t);
    }
    return texts.length ? texts.join('\n') : undefined;
  }

  /** bodySite codes become explicit body sites (tables in body-regions.ts); unmapped ones stay as codes of the event. */
  private bodySites(res: Res, ev: ClinicalEvent, value: unknown, field: string): void {
    if (value === undefined) return;
    const list = Array.isArray(value) ? value : [value];
    for (let i = 0; i < list.length; i++) {
      const codings = this.ctx.codings(list[i], res, Array.isArray(value) ? `${field}[${i}]` : field);
      if (!codings.length) continue;
      let sites: BodySite[] = [];
      try {
        sites = bodySitesFromCodings(codings);
      } catch {
        sites = [];
      }
      for (const s of sites) ev.bodySites.push(s);
      if (!sites.length) for (const c of codings) this.pendingSites.push({ ev, coding: c });
    }
  }
  private pendingSites: { ev: ClinicalEvent; coding: Coding }[] = [];
  private triage: { encounter: Res; coding: Coding }[] = [];

  private observationValue(res: Res): ClinicalEvent['observation'] {
    const r = res.r;
    const o: NonNullable<ClinicalEvent['observation']> = {};
    const q = obj(r.valueQuantity);
    if (q) {
      const v = num(q.value);
      if (v !== undefined) {
        const unit = str(q.unit, 64) ?? str(q.code, 64);
        o.numeric = unit ? { value: v, unit } : { value: v };
        o.value = `${String(v).replace('.', ',')}${unit ? ' ' + unit : ''}`;
      } else if (q.value !== undefined) this.issues.add('invalid-value', res.loc, 'valueQuantity.value', { field: 'valueQuantity.value' }, [res.key]);
    } else if (typeof r.valueString === 'string') o.value = str(r.valueString, MAX_NARRATIVE);
    else if (r.valueCodeableConcept !== undefined) o.value = this.ctx.text(r.valueCodeableConcept);
    else if (typeof r.valueBoolean === 'boolean') o.value = r.valueBoolean ? 'Sì' : 'No';
    else if (num(r.valueInteger) !== undefined) {
      o.numeric = { value: r.valueInteger as number };
      o.value = String(r.valueInteger);
    } else if (r.valueDateTime !== undefined) {
      const dt = this.ctx.date(res, r.valueDateTime, 'valueDateTime');
      if (dt) o.value = dt.iso;
    }
    const interp = this.ctx.codingsOf(r.interpretation);
    if (interp.length) o.interpretation = interp;
    const rr = obj(arr(r.referenceRange)[0]);
    if (rr) {
      const t = str(rr.text, 256);
      const lo = obj(rr.low), hi = obj(rr.high);
      const lv = lo ? num(lo.value) : undefined, hv = hi ? num(hi.value) : undefined;
      const unit = str(lo?.unit, 64) ?? str(hi?.unit, 64);
      const range = t ?? (lv !== undefined && hv !== undefined ? `${lv}–${hv}` : lv !== undefined ? `≥ ${lv}` : hv !== undefined ? `≤ ${hv}` : undefined);
      if (range) o.referenceRange = unit && !t ? `${range} ${unit}` : range;
    }
    if (o.value === undefined) delete o.value;
    return Object.keys(o).length ? o : undefined;
  }

  // ───────────────────────────── care paths ─────────────────────────────

  private readCarePlans(): void {
    // Appointments that point at a CarePlan (basedOn / supportingInformation).
    const bookingsOfPlan = new Map<Res, Res[]>();
    const linkedToPlan = new Map<Res, Res[]>();
    for (const res of this.index.all) {
      if (res.duplicateOf || res.type === 'CarePlan') continue;
      const r = res.r;
      if (r.basedOn === undefined && r.supportingInformation === undefined) continue;
      for (const field of ['basedOn', 'supportingInformation'] as const) {
        for (const ref of arr(r[field])) {
          const rf = obj(ref);
          const t = rf && typeof rf.reference === 'string' ? this.index.resolveString(rf.reference) : undefined;
          if (!t || t.type !== 'CarePlan') continue;
          const m = res.type === 'Appointment' ? bookingsOfPlan : linkedToPlan;
          const list = m.get(t);
          if (list) list.push(res);
          else m.set(t, [res]);
        }
      }
    }
    for (const res of this.index.all) {
      if (res.type !== 'CarePlan' || res.duplicateOf) continue;
      const doc = (res.doc as Doc | undefined);
      if (this.isOtherPerson(res) || doc?.excluded) continue; // reported in readResources
      this.readCarePlan(res, doc, bookingsOfPlan.get(res) ?? [], linkedToPlan.get(res) ?? []);
    }
  }

  private readCarePlan(res: Res, doc: Doc | undefined, bookings: Res[], linked: Res[]): void {
    const r = res.r;
    const cats = this.ctx.codingsOf(r.category);
    const title = str(r.title) ?? str(r.description) ?? this.ctx.text(arr(r.category)[0]) ?? 'Percorso di cura';
    let kind: CarePath['kind'] | undefined;
    for (const c of cats) if (c.system === `${PERCORSO_CS}tipo-percorso` && CAREPATH_KIND.has(c.code)) kind = CAREPATH_KIND.get(c.code);
    if (!kind) {
      const t = title.toLowerCase();
      kind = t.includes('pdta') ? 'PDTA' : t.includes('pai') || t.includes('assistenziale individuale') ? 'PAI' : t.includes('screening') ? 'SCREENING' : t.includes('piano terapeutico') ? 'THERAPEUTIC_PLAN' : 'OTHER';
    }
    const st = typeof r.status === 'string' ? r.status : 'unknown';
    const status = (CAREPATH_STATUS.has(st) ? st : st === 'entered-in-error' ? 'revoked' : 'unknown') as CarePath['status'];
    const path: CarePath = {
      id: res.key,
      kind,
      title,
      conditions: [],
      status,
      team: [],
      goals: [],
      steps: [],
      therapyIds: [],
      eventIds: [],
      patientNotes: [],
      privacy: defaultPrivacy(),
      source: [{ kind: 'fhir', ref: res.key }],
    };
    const period = r.period !== undefined ? this.ctx.period(res, r.period, 'period') : undefined;
    if (period) path.period = period;
    const addEvent = (t: Res | undefined): ClinicalEvent | undefined => {
      const ev = t ? (t.ev as ClinicalEvent | undefined) : undefined;
      if (ev) {
        pushUnique(path.eventIds, ev.id);
        pushUnique(ev.carePathIds, path.id);
      }
      return ev;
    };
    // conditions
    const addresses = arr(r.addresses);
    for (let i = 0; i < addresses.length; i++) {
      const t = this.ctx.ref(res, addresses[i], `addresses[${i}]`);
      if (t) {
        for (const c of this.ctx.codings(t.r.code)) path.conditions.push(c);
        addEvent(t);
      } else {
        const disp = str(obj(addresses[i])?.display);
        if (disp) path.conditions.push({ system: '', code: disp, display: disp });
      }
    }
    // manager, team
    const authorRes = this.ctx.ref(res, r.author, 'author');
    const manager = this.ctx.actor(authorRes, obj(r.author)?.display);
    if (manager) path.manager = manager;
    const seenActors = new Set<string>();
    const teams = arr(r.careTeam);
    for (let i = 0; i < teams.length; i++) {
      const team = this.ctx.ref(res, teams[i], `careTeam[${i}]`);
      if (!team) continue;
      const parts = arr(team.r.participant);
      for (let j = 0; j < parts.length; j++) {
        const pp = obj(parts[j]);
        if (!pp) continue;
        const m = this.ctx.ref(team, pp.member, `participant[${j}].member`);
        const base = this.ctx.actor(m, obj(pp.member)?.display);
        if (!base) continue;
        const a: Actor = { ...base };
        const roleText = this.ctx.text(arr(pp.role)[0]);
        if (roleText) a.roleText = roleText;
        const k = a.id ?? a.name ?? String(j);
        if (seenActors.has(k)) continue;
        seenActors.add(k);
        path.team.push(a);
      }
    }
    if (manager && !path.team.some((a) => a.id && a.id === manager.id)) path.team.unshift(manager);
    // goals
    const goals = arr(r.goal);
    for (let i = 0; i < goals.length; i++) {
      const g = this.ctx.ref(res, goals[i], `goal[${i}]`);
      if (!g) continue;
      const text = this.ctx.text(g.r.description) ?? 'Obiettivo';
      const goal: CarePathGoal = { text };
      const target = obj(arr(g.r.target)[0]);
      if (target) {
        const q = obj(target.detailQuantity);
        const tgt = str(target.detailString) ?? this.ctx.text(target.detailCodeableConcept) ?? (q && num(q.value) !== undefined ? `${q.value}${str(q.unit, 32) ? ' ' + str(q.unit, 32) : ''}` : undefined);
        if (tgt) goal.target = tgt;
        const due = this.ctx.date(g, target.dueDate, 'target[0].dueDate');
        if (due) goal.due = due;
      }
      const gs = str(g.r.lifecycleStatus, 32) ?? this.ctx.code(g.r.achievementStatus);
      if (gs) goal.status = gs;
      path.goals.push(goal);
    }
    // notes for the patient
    for (const n of arr(r.note)) {
      const t = isObj(n) ? str(n.text, MAX_NARRATIVE) : undefined;
      if (t) path.patientNotes.push(t);
    }
    // steps
    const activities = arr(r.activity);
    const usedBookings = new Set<Res>();
    for (let i = 0; i < activities.length; i++) {
      const act = obj(activities[i]);
      if (!act) continue;
      const field = `activity[${i}]`;
      const outcomes = this.ctx.refs(res, act.outcomeReference, `${field}.outcomeReference`);
      const target = act.reference !== undefined ? this.ctx.ref(res, act.reference, `${field}.reference`) : undefined;
      const detail = obj(act.detail);
      const step: CarePathStep = { id: `${res.key}#${field}`, title: '', status: 'planned', eventIds: [] };
      let detailStatus: string | undefined;
      if (target && target.type === 'MedicationRequest') {
        // a therapy of the path, not a step
        const ev = addEvent(target);
        const ms = target.r.status;
        if (ev && (ms === 'active' || ms === undefined)) pushUnique(path.therapyIds, ev.id);
        continue;
      }
      if (target) {
        const tr = target.r;
        step.title = this.ctx.text(target.type === 'Appointment' ? arr(tr.serviceType)[0] : tr.code) ?? str(tr.description) ?? TITLE_BY_TYPE.get(target.type) ?? 'Attività';
        const code = this.ctx.codings(target.type === 'Appointment' ? arr(tr.serviceType)[0] : tr.code)[0];
        if (code) step.code = code;
        if (target.type === 'Appointment') {
          usedBookings.add(target);
          const ev = addEvent(target);
          const bs = BOOKING_STATUS.get(typeof tr.status === 'string' ? tr.status : '');
          if (ev) {
            step.due = ev.date;
            if (bs === 'booked' || bs === 'proposed' || bs === 'fulfilled') step.bookingId = ev.id;
            if (ev.booking) ev.booking.carePathStepId = step.id;
          }
          detailStatus = bs === 'booked' ? 'booked' : bs === 'fulfilled' ? 'completed' : bs === 'cancelled' ? 'cancelled' : bs === 'noshow' ? 'not-started' : 'scheduled';
        } else {
          const ev = addEvent(target);
          if (ev) step.due = ev.date;
          detailStatus = typeof tr.status === 'string' ? (tr.status === 'active' ? 'scheduled' : tr.status) : undefined;
          const occ = tr.occurrenceDateTime ?? obj(tr.occurrencePeriod)?.start;
          if (!step.due && occ !== undefined) step.due = this.ctx.date(target, occ, 'occurrenceDateTime');
        }
      }
      if (detail) {
        step.title = str(detail.description) ?? this.ctx.text(detail.code) ?? step.title;
        const code = this.ctx.codings(detail.code)[0];
        if (code) step.code = code;
        if (typeof detail.status === 'string') detailStatus = detail.status;
        const sp = detail.scheduledPeriod !== undefined ? this.ctx.period(res, detail.scheduledPeriod, `${field}.detail.scheduledPeriod`) : undefined;
        if (sp?.start) step.due = sp.start;
        else if (sp?.end) step.due = sp.end;
        const timing = obj(detail.scheduledTiming);
        if (timing) {
          const ev0 = arr(timing.event)[0];
          if (ev0 !== undefined && !step.due) step.due = this.ctx.date(res, ev0, `${field}.detail.scheduledTiming.event[0]`);
          const rep = obj(timing.repeat);
          if (rep) {
            const bp = obj(rep.boundsPeriod);
            if (bp && !step.due) step.due = this.ctx.date(res, bp.start, `${field}.detail.scheduledTiming.repeat.boundsPeriod.start`);
            const period = num(rep.period);
            const unit = typeof rep.periodUnit === 'string' ? rep.periodUnit : '';
            const iso = new Map([['a', 'Y'], ['mo', 'M'], ['wk', 'W'], ['d', 'D']]).get(unit);
            if (period && iso && Number.isInteger(period) && period > 0) step.recurrence = `P${period}${iso}`;
          }
        }
        if (detail.scheduledString !== undefined && !step.due) {
          // free text; a date in it is used, otherwise it is only words
          const r2 = typeof detail.scheduledString === 'string' ? this.ctx.date(res, detail.scheduledString, `${field}.detail.scheduledString`) : undefined;
          if (r2) step.due = r2;
        }
      }
      if (!step.title) step.title = 'Attività';
      for (const o of outcomes) {
        const ev = addEvent(o);
        if (ev && !step.eventIds.includes(ev.id)) step.eventIds.push(ev.id);
      }
      if (target && target.type !== 'Appointment') {
        const ev = (target.ev as ClinicalEvent | undefined);
        if (ev && !step.eventIds.includes(ev.id)) step.eventIds.push(ev.id);
      }
      step.status = this.stepStatus(detailStatus, outcomes.length > 0, step.due);
      path.steps.push(step);
    }
    // Bookings that point at the plan: they book a matching step, or are steps of their own.
    for (const b of bookings) {
      if (usedBookings.has(b)) continue;
      const ev = addEvent(b);
      if (!ev || !ev.booking) continue;
      const bs = ev.booking.status;
      const codes = new Set(ev.codes.map((c) => c.code));
      const match = path.steps.find((s) => !s.bookingId && s.status !== 'done' && s.status !== 'cancelled' && s.code && codes.has(s.code.code));
      const booked = bs === 'booked' || bs === 'proposed';
      if (match) {
        if (booked || bs === 'fulfilled') {
          match.bookingId = ev.id;
          match.status = bs === 'fulfilled' ? 'done' : 'booked';
          ev.booking.carePathStepId = match.id;
        }
      } else {
        const step: CarePathStep = { id: `${res.key}#${b.key}`, title: ev.title, due: ev.date, status: bs === 'fulfilled' ? 'done' : booked ? 'booked' : bs === 'cancelled' ? 'cancelled' : 'planned', eventIds: [] };
        if (ev.codes[0]) step.code = ev.codes[0];
        if (booked || bs === 'fulfilled') step.bookingId = ev.id;
        ev.booking.carePathStepId = step.id;
        path.steps.push(step);
      }
    }
    for (const l of linked) {
      const ev = addEvent(l);
      if (ev && ev.kind === 'medication' && (l.r.status === 'active' || l.r.status === undefined)) pushUnique(path.therapyIds, ev.id);
    }
    // privacy: the plan's own labels, and its document's
    const meta = obj(r.meta);
    if (meta && Array.isArray(meta.security)) this.readPrivacy(res, path.privacy, false);
    if (doc) {
      path.documentId = doc.ev.id;
      mergePrivacy(path.privacy, doc.ev.privacy);
    }
    this.carePaths.push(path);
  }

  private stepStatus(detailStatus: string | undefined, hasOutcome: boolean, due: FuzzyDate | undefined): StepStatus {
    if (detailStatus === 'completed' || hasOutcome) return 'done';
    if (detailStatus === 'booked') return 'booked';
    if (detailStatus === 'cancelled' || detailStatus === 'stopped' || detailStatus === 'entered-in-error' || detailStatus === 'revoked') return 'cancelled';
    if ((detailStatus === 'not-started' || detailStatus === 'scheduled' || detailStatus === 'in-progress' || detailStatus === undefined || detailStatus === 'draft' || detailStatus === 'on-hold') && due && due.end <= this.now) return 'overdue';
    return 'planned';
  }

  // ───────────────────────────── consent, delegation, access log, exemptions ─────────────────────────────

  private consultation = new Map<ConsultationPurpose, { c: Consent; res: Res }>();

  private readConsent(res: Res): void {
    const r = res.r;
    const cats = this.ctx.codingsOf(r.category);
    const prov = obj(r.provision);
    const type = prov?.type;
    const decision: Consent['decision'] = type === 'permit' ? 'permit' : type === 'deny' ? 'deny' : 'not-expressed';
    if (type !== undefined && decision === 'not-expressed') this.issues.add('invalid-value', res.loc, 'provision.type', { field: 'provision.type' }, [res.key]);
    const date = this.ctx.date(res, r.dateTime, 'dateTime');
    let channel: string | undefined;
    for (const e of arr(r.extension)) if (isObj(e) && e.url === `${PERCORSO_SD}canale`) channel = str(e.valueString, 128);
    let expressedBy: Actor | undefined;
    let byParent = false;
    const perf = arr(r.performer);
    for (let i = 0; i < perf.length; i++) {
      const t = this.ctx.ref(res, perf[i], `performer[${i}]`);
      if (!t) continue;
      expressedBy = this.ctx.actor(t, obj(perf[i])?.display);
      if (t.type === 'RelatedPerson') {
        for (const c of this.ctx.codingsOf(t.r.relationship)) if (DELEGATION_BASIS_BY_V3.get(c.code) === 'parental' || c.code === 'parental') byParent = true;
      }
      break;
    }
    let scope: Consent['scope'] | undefined;
    for (const c of cats) {
      if (c.system === `${PERCORSO_CS}tipo-consenso` && CONSENT_SCOPE_BY_CODE.has(c.code)) scope = CONSENT_SCOPE_BY_CODE.get(c.code);
    }
    if (!scope && cats.some((c) => c.code === '59284-0')) scope = 'consultation';
    if (!scope) {
      this.issues.add('consent-not-understood', res.loc, 'category', {}, [res.key]);
      return;
    }
    const base = (): Consent => {
      const c: Consent = { id: res.key, scope: scope!, decision, source: [{ kind: 'fhir', ref: res.key }] };
      if (date) c.date = date;
      if (channel) c.channel = channel;
      if (expressedBy) c.expressedBy = expressedBy;
      if (byParent) c.needsReconfirmAt18 = true;
      return c;
    };
    if (scope === 'consultation') {
      const purposes = new Set<ConsultationPurpose>();
      const plist = arr(prov?.purpose);
      for (const p of plist) {
        const coding = obj(p);
        const code = coding ? str(coding.code, 64) : undefined;
        const purpose = code ? PURPOSE_BY_CODE.get(code) : undefined;
        if (purpose) purposes.add(purpose);
      }
      if (!purposes.size) {
        this.issues.add('consent-not-understood', res.loc, 'provision.purpose', {}, [res.key]);
        return;
      }
      for (const purpose of purposes) {
        const c = base();
        c.purpose = purpose;
        if (purposes.size > 1) c.id = `${res.key}#${purpose}`;
        const prev = this.consultation.get(purpose);
        if (prev && (prev.c.date?.start ?? -Infinity) > (date?.start ?? -Infinity)) {
          this.issues.add('consent-superseded', res.loc, undefined, { purpose }, [c.id]);
          continue;
        }
        if (prev) this.issues.add('consent-superseded', prev.res.loc, undefined, { purpose }, [prev.c.id]);
        this.consultation.set(purpose, { c, res });
      }
      return;
    }
    const c = base();
    if (scope === 'protected-visibility') {
      const data = arr(prov?.data);
      for (let i = 0; i < data.length; i++) {
        const d = obj(data[i]);
        const t = d ? this.ctx.ref(res, d.reference, `provision.data[${i}].reference`) : undefined;
        const doc = t ? (t.doc as Doc | undefined) : undefined;
        if (doc) {
          c.documentId = doc.ev.id;
          if (decision === 'permit') this.protectedVisibleDocs.add(doc.ev.id);
          break;
        }
      }
    }
    this.consents.push(c);
  }

  private finishConsents(): void {
    const order: ConsultationPurpose[] = ['care', 'prevention', 'prophylaxis'];
    const consultation: Consent[] = [];
    for (const p of order) {
      const got = this.consultation.get(p);
      consultation.push(got ? got.c : { id: `consent:consultation:${p}`, scope: 'consultation', purpose: p, decision: 'not-expressed', source: [] });
    }
    this.consents.unshift(...consultation);
    if (this.protectedVisibleDocs.size) {
      for (const ev of this.events) {
        const docId = ev.kind === 'document' || ev.kind === 'taccuino' ? (ev.document ? ev.id : ev.documentId) : ev.documentId;
        if (docId && this.protectedVisibleDocs.has(docId) && ev.privacy.protectedCategory) ev.privacy.protectedVisible = true;
      }
      for (const p of this.carePaths) if (p.documentId && this.protectedVisibleDocs.has(p.documentId) && p.privacy.protectedCategory) p.privacy.protectedVisible = true;
    }
  }

  private readRelatedPerson(res: Res): void {
    const r = res.r;
    const rels = this.ctx.codingsOf(r.relationship);
    let basis: Delegation['basis'] | undefined;
    for (const c of rels) {
      if (c.system === `${PERCORSO_CS}tipo-delega` && DELEGATION_BASIS.has(c.code)) basis = c.code as Delegation['basis'];
    }
    if (!basis) for (const c of rels) if (DELEGATION_BASIS_BY_V3.has(c.code)) basis = DELEGATION_BASIS_BY_V3.get(c.code);
    const patientRes = this.ctx.ref(res, r.patient, 'patient');
    const patientPerson = patientRes && patientRes.type === 'Patient' ? this.personKeyOfPatient(patientRes) : undefined;
    const cf = cfOf(r.identifier);
    let direction: Delegation['direction'] | undefined;
    if (patientPerson && patientPerson === this.recordPerson) direction = 'outgoing';
    else if (cf && this.patient.cf && cf === this.patient.cf && patientPerson !== this.recordPerson) direction = 'incoming';
    if (!basis) {
      // Not a delegation (e.g. a relative attesting a Patient Summary): used for names only.
      if (direction && rels.length) this.issues.add('delegation-not-understood', res.loc, 'relationship', {}, [res.key]);
      return;
    }
    if (!direction) {
      if (patientPerson && this.excludedPersons.has(patientPerson)) this.leaveOut(res);
      else this.issues.add('delegation-not-understood', res.loc, 'patient', {}, [res.key]);
      return;
    }
    let person: Delegation['person'];
    if (direction === 'outgoing') {
      person = { name: humanName(r.name) ?? cf ?? 'Persona delegata' };
      if (cf) person.cf = cf;
      const bd = this.ctx.date(res, r.birthDate, 'birthDate');
      if (bd) person.birthDate = bd;
    } else {
      const pr = patientRes?.r;
      const pcf = pr ? cfOf(pr.identifier) : undefined;
      person = { name: (pr ? humanName(pr.name) : undefined) ?? str(obj(r.patient)?.display) ?? pcf ?? 'Persona' };
      if (pcf) person.cf = pcf;
      const bd = pr && patientRes ? this.ctx.date(patientRes, pr.birthDate, 'birthDate') : undefined;
      if (bd) person.birthDate = bd;
    }
    const period = r.period !== undefined ? this.ctx.period(res, r.period, 'period') : undefined;
    let status: Delegation['status'] | undefined;
    for (const e of arr(r.extension)) {
      if (isObj(e) && e.url === `${PERCORSO_SD}stato-delega` && typeof e.valueCode === 'string' && DELEGATION_STATUS.has(e.valueCode)) status = e.valueCode as Delegation['status'];
    }
    if (!status) {
      if (r.active === false) status = period?.end && period.end.end <= this.now ? 'expired' : 'revoked';
      else status = period?.end && period.end.end <= this.now ? 'expired' : 'active';
    }
    const d: Delegation = { id: res.key, direction, person, basis, status, source: [{ kind: 'fhir', ref: res.key }] };
    if (period?.start) d.validFrom = period.start;
    if (period?.end) d.validTo = period.end;
    this.delegations.push(d);
  }

  private readAudit(res: Res): void {
    const r = res.r;
    const at = this.ctx.date(res, r.recorded, 'recorded') ?? (r.period !== undefined ? this.ctx.period(res, r.period, 'period')?.start : undefined);
    const agents = arr(r.agent);
    let requestor: Json | undefined;
    let requestorIndex = 0;
    let orgActor: Actor | undefined;
    for (let i = 0; i < agents.length; i++) {
      const a = obj(agents[i]);
      if (!a) continue;
      const who = this.ctx.ref(res, a.who, `agent[${i}].who`);
      if (who && who.type === 'Organization') {
        orgActor ??= this.ctx.actor(who);
        continue;
      }
      if (!requestor || (a.requestor === true && requestor.requestor !== true)) {
        requestor = a;
        requestorIndex = i;
      }
    }
    if (!at || (!requestor && !orgActor)) {
      this.issues.add('audit-not-understood', res.loc, at ? 'agent' : 'recorded', {}, [res.key]);
      return;
    }
    let actor: Actor = {};
    let purpose: Purpose | undefined;
    let emergency = false;
    if (requestor) {
      const whoRes = this.ctx.ref(res, requestor.who, `agent[${requestorIndex}].who`);
      actor = { ...(this.ctx.actor(whoRes, obj(requestor.who)?.display) ?? {}) };
      const name = str(requestor.name, 256);
      if (name && !actor.name) actor.name = name;
      const role = this.ctx.roleCode([...arr(requestor.role), requestor.type]);
      if (role) actor.role = role;
      else {
        const rt = this.ctx.text(arr(requestor.role)[0]) ?? this.ctx.text(requestor.type);
        if (rt && !actor.roleText) actor.roleText = rt;
      }
      for (const c of this.ctx.codingsOf(requestor.purposeOfUse)) {
        if (c.code === 'BTG') emergency = true;
        const p = PURPOSE_BY_V3.get(c.code) ?? (PURPOSES.has(c.code as Purpose) ? (c.code as Purpose) : undefined);
        if (p && !purpose) purpose = p;
      }
    }
    for (const c of this.ctx.codingsOf(r.purposeOfEvent)) {
      if (c.code === 'BTG') emergency = true;
      const p = PURPOSE_BY_V3.get(c.code) ?? (PURPOSES.has(c.code as Purpose) ? (c.code as Purpose) : undefined);
      if (p && !purpose) purpose = p;
    }
    if (purpose === 'EMERGENCY' || purpose === 'PUBEMERGENCY') emergency = true;
    if (!actor.organization) {
      const src = obj(r.source);
      const obs = src ? this.ctx.ref(res, src.observer, 'source.observer') : undefined;
      const org = orgActor?.organization ?? (obs && obs.type === 'Organization' ? this.ctx.organization(obs) : undefined);
      if (org) actor.organization = org;
      if (!requestor && orgActor) actor = { ...orgActor };
    }
    const documentIds: string[] = [];
    const ents = arr(r.entity);
    for (let i = 0; i < ents.length; i++) {
      const e = obj(ents[i]);
      if (!e) continue;
      const t = this.ctx.ref(res, e.what, `entity[${i}].what`);
      const doc = t ? (t.doc as Doc | undefined) : undefined;
      if (doc && !documentIds.includes(doc.ev.id)) documentIds.push(doc.ev.id);
    }
    const action = AUDIT_ACTION.get(typeof r.action === 'string' ? r.action : '') ?? 'other';
    const outcome: AccessLogEntry['outcome'] = r.outcome === undefined || r.outcome === '0' || r.outcome === 0 ? 'success' : 'failure';
    const entry: AccessLogEntry = { id: res.key, at, actor, action, emergency, documentIds, outcome, source: [{ kind: 'fhir', ref: res.key }] };
    if (purpose) entry.purpose = purpose;
    this.accessLog.push(entry);
  }

  private readCoverage(res: Res): void {
    const r = res.r;
    const typeCodings = this.ctx.codings(r.type);
    const classes = arr(r.class);
    let kind: 'income' | 'pathology' | undefined;
    for (const c of typeCodings) kind ??= EXEMPTION_KIND.get(c.code);
    let exemptCode: string | undefined;
    let display: string | undefined;
    for (const cl of classes) {
      const o = obj(cl);
      if (!o) continue;
      for (const c of this.ctx.codings(o.type)) kind ??= EXEMPTION_KIND.get(c.code);
      exemptCode ??= str(o.value, 64);
      display ??= str(o.name, 256);
    }
    if (!kind) {
      this.issues.add('unused-resource', res.loc, 'type', { type: 'Coverage', whyIt: 'non è un’esenzione', whyEn: 'not an exemption' }, [res.key]);
      return;
    }
    const code = exemptCode ?? typeCodings.find((c) => !EXEMPTION_KIND.has(c.code))?.code ?? str(obj(arr(r.identifier)[0])?.value, 64) ?? kind;
    const ex: Exemption = { code, kind };
    display ??= typeCodings.find((c) => !EXEMPTION_KIND.has(c.code))?.display ?? str(obj(r.type)?.text);
    if (display) ex.display = display;
    const period = r.period !== undefined ? this.ctx.period(res, r.period, 'period') : undefined;
    if (period) ex.period = period;
    this.patient.exemptions.push(ex);
  }

  // ───────────────────────────── finish ─────────────────────────────

  private finish(): void {
    // Undated events: their document's date, else the record's first date (reported).
    if (this.undated.length) {
      let first: FuzzyDate | undefined;
      for (const ev of this.events) if (ev.date !== PENDING_DATE && (!first || ev.date.start < first.start)) first = ev.date;
      for (const { ev, res } of this.undated) {
        const doc = res.doc as Doc | undefined;
        const docDate = doc && doc.ev.date !== PENDING_DATE ? doc.ev.date : undefined;
        if (docDate) {
          ev.date = docDate;
          this.issues.add('date-from-document', res.loc, undefined, {}, [ev.id]);
        } else {
          ev.date = first ?? dayOf(this.now, this.tz);
          this.issues.add('undated', res.loc, undefined, {}, [ev.id]);
        }
      }
    }
    for (const { encounter, coding } of this.triage) {
      const enc = encounter.ev as ClinicalEvent | undefined;
      if (enc?.encounter && !enc.encounter.priority) enc.encounter.priority = coding;
    }
    // Unmapped explicit body sites stay as codes of the event (bodyRegionsOf can map them).
    for (const { ev, coding } of this.pendingSites) if (!ev.codes.some((c) => c.system === coding.system && c.code === coding.code)) ev.codes.push(coding);
    this.events.sort((a, b) => a.date.start - b.date.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const docById = new Map<string, DocumentMeta>();
    for (const d of this.docs) if (!d.excluded) docById.set(d.ev.id, d.meta);
    for (const ev of this.events) {
      if (ev.documentId) docById.get(ev.documentId)?.eventIds.push(ev.id);
    }
  }
}

/** Placeholder date of an event whose date is decided at the end (undated). */
const PENDING_DATE: FuzzyDate = Object.freeze({ iso: '', precision: 'day', start: Number.NaN, end: Number.NaN }) as FuzzyDate;

