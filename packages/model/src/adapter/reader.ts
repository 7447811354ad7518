/**
 * The state one `fromFhir` call reads into, and the helpers every family of resources uses: the
 * person a resource is about, new events, NREs, notes, performers and body sites. The families
 * (patients.ts, documents.ts, the clinical readers listed in readers.ts, care-plans.ts,
 * consents.ts, delegations.ts, access-log.ts) read into a {@link Reader}; from-fhir.ts runs the
 * passes in order.
 */
import { CF_SYSTEMS, NRE_SYSTEMS } from '../codes.js';
import { bodySitesFromCodings } from '../body-regions.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../dates.js';
import type {
  AccessLogEntry, Actor, BodySite, CarePath, ClinicalEvent, Coding, Consent, ConsultationPurpose, Delegation, DocumentMeta, EventKind, FromFhirOptions,
  FuzzyDate, Patient,
} from '../types.js';
import { Index, type Res } from './collect.js';
import { cfOf, Ctx } from './context.js';
import { IssueLog } from './issues.js';
import type { PendingPanel } from './labs.js';
import { arr, describe, isObj, isPlaceholder, MAX_NARRATIVE, obj, str, xhtmlToText, type Json } from './json.js';
import { defaultPrivacy } from './privacy.js';

/** A document being read: its event, its metadata and the resources it came from. */
export interface Doc {
  ev: ClinicalEvent;
  meta: DocumentMeta;
  comp?: Res;
  dref?: Res;
  excluded: boolean;
  encounter?: Res;
  /** Notes already given to an event of this document. */
  notes?: Set<string>;
}

/**
 * A note or conclusion as plain text: `#ref` pointers to the narrative (and `#[REF_…]` template
 * leftovers) are not notes; XHTML, as CDA→FHIR converters write notes, is read as text.
 */
export function noteText(v: unknown): string | undefined {
  const t = str(v, MAX_NARRATIVE * 4);
  if (!t || t.charCodeAt(0) === 35) return undefined;
  if (t.charCodeAt(0) !== 60 /* < */) return t.length > MAX_NARRATIVE ? t.slice(0, MAX_NARRATIVE) : t;
  return xhtmlToText(t) || undefined;
}

/** Placeholder date of an event whose date is decided at the end (undated). */
export const PENDING_DATE: FuzzyDate = Object.freeze({ iso: '', precision: 'day', start: Number.NaN, end: Number.NaN }) as FuzzyDate;

/** `options.now` outside these years is refused (the same range as dates in the input). */
const MIN_NOW = Date.UTC(1800, 0, 1);
const MAX_NOW = Date.UTC(2200, 0, 1);

const uniqueSets = new WeakMap<string[], Set<string>>();
/** Appends `v` unless present; lists that grow long get a Set beside them, so this stays O(1). */
export function pushUnique(list: string[], v: string): void {
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

/** What one `fromFhir` call has read so far, and the helpers shared by the families of resources. */
export class Reader {
  readonly issues = new IssueLog();
  readonly index: Index;
  readonly ctx: Ctx;
  readonly tz: string;
  readonly now: number;
  readonly events: ClinicalEvent[] = [];
  readonly docs: Doc[] = [];
  readonly compDoc = new Map<Res, Doc>();
  /** Person key (`cf:…` or `id:Patient/x`) of every Patient resource. */
  readonly personOf = new Map<Res, string>();
  recordPerson?: string;
  readonly excludedPersons = new Set<string>();
  readonly undated: { ev: ClinicalEvent; res: Res }[] = [];
  readonly carePaths: CarePath[] = [];
  readonly consents: Consent[] = [];
  readonly delegations: Delegation[] = [];
  readonly accessLog: AccessLogEntry[] = [];
  patient!: Patient;
  readonly otherPatients: Patient[] = [];
  readonly protectedVisibleDocs = new Set<string>();
  /** The latest consultation consent per purpose, and where it was read. */
  readonly consultation = new Map<ConsultationPurpose, { c: Consent; res: Res }>();
  /** Explicit body sites no table maps: kept as codes of their event at the end. */
  readonly pendingSites: { ev: ClinicalEvent; coding: Coding }[] = [];
  /** ER triage codes, given to their visit at the end (unless it has a priority of its own). */
  readonly triage: { encounter: Res; coding: Coding }[] = [];
  /** Lab panels (DiagnosticReport.result, Observation.hasMember), given to their results at the end (labs.ts). */
  readonly panels: PendingPanel[] = [];
  /** Resources of kinds the record does not show, by type: one `unused-resources` issue per kind (readers.ts). */
  readonly unused = new Map<string, Res[]>();

  constructor(readonly options: FromFhirOptions) {
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

  // ───────────────────────────── whose resource ─────────────────────────────

  personKeyOfPatient(res: Res): string {
    let k = this.personOf.get(res);
    if (k === undefined) {
      const cf = cfOf(res.r.identifier);
      k = cf ? `cf:${cf}` : `id:${(res.duplicateOf ?? res).key}`;
      this.personOf.set(res, k);
    }
    return k;
  }

  /**
   * The person a resource is about (its subject / patient / beneficiary), if it names one: the
   * person key of the Patient it points to; `cf:…` for a logical reference by codice fiscale;
   * `absent:…` for a reference to a Patient that is not in the input (someone we cannot see, so
   * never the record's patient).
   */
  private subjectPerson(res: Res): string | undefined {
    const r = res.r;
    const ref = r.subject ?? r.patient ?? r.beneficiary;
    if (!isObj(ref)) return undefined;
    const target = this.ctx.ref(res, ref, r.subject !== undefined ? 'subject' : r.patient !== undefined ? 'patient' : 'beneficiary');
    if (target) return target.type === 'Patient' ? this.personKeyOfPatient(target) : undefined;
    const reference = str(ref.reference, 4096);
    if (reference) {
      const hist = reference.indexOf('/_history/');
      const path = hist > 0 ? reference.slice(0, hist) : reference;
      const at = path.lastIndexOf('Patient/');
      const named = (typeof ref.type === 'string' && ref.type.trim() === 'Patient') || path.startsWith('Patient?') || (at >= 0 && (at === 0 || path.charCodeAt(at - 1) === 47));
      return named ? `absent:${reference}` : undefined;
    }
    const ident = obj(ref.identifier);
    const system = ident ? str(ident.system, 256) : undefined;
    const value = ident ? str(ident.value, 64) : undefined;
    if (value && system && CF_SYSTEMS.has(system)) return `cf:${value.toUpperCase()}`;
    return undefined;
  }

  subjectOf(res: Res): string | undefined {
    if (res.subject !== undefined) return res.subject ?? undefined;
    const p = res.type === 'Patient' || res.type === 'RelatedPerson' ? undefined : this.subjectPerson(res);
    res.subject = p ?? null;
    return p;
  }

  /**
   * Whether a resource is about someone other than the record's patient — another Patient of the
   * input, or a patient absent from it (reported once, left out). Without any Patient in the input
   * nothing can be told apart, and nothing is left out.
   */
  isOtherPerson(res: Res): boolean {
    const p = this.subjectOf(res);
    return p !== undefined && this.recordPerson !== undefined && p !== this.recordPerson;
  }

  leaveOut(res: Res): void {
    const p = this.subjectOf(res);
    if (p?.startsWith('absent:')) this.issues.add('absent-patient-resource', res.loc, undefined, { key: res.key, ref: p.slice(7) }, [res.key]);
    else this.issues.add('other-patient-resource', res.loc, undefined, { key: res.key }, [res.key]);
  }

  /** Keeps a resource of a kind the record does not show, for its kind's one issue. */
  setAside(res: Res): void {
    const list = this.unused.get(res.type);
    if (list) list.push(res);
    else this.unused.set(res.type, [res]);
  }

  // ───────────────────────────── events ─────────────────────────────

  newEvent(res: Res, kind: EventKind, title: string, date: FuzzyDate | undefined): ClinicalEvent {
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

  pushEvent(ev: ClinicalEvent, res: Res, undated: boolean): void {
    this.events.push(ev);
    res.ev = ev;
    if (undated) this.undated.push({ ev, res });
  }

  // ───────────────────────────── shared fields ─────────────────────────────

  addNre(list: string[], ident: Json | undefined, res: Res, field: string): void {
    if (!ident || typeof ident.system !== 'string' || !NRE_SYSTEMS.has(ident.system.trim())) return;
    const v = str(ident.value, 64);
    if (!v) return;
    if (isPlaceholder(v) /* [NRE], @NRE@ */) {
      this.issues.add('placeholder-value', res.loc, field, { value: v }, [res.key]);
      return;
    }
    pushUnique(list, v);
  }

  collectNreExtensions(exts: unknown, list: string[], res: Res | undefined, depth = 0): void {
    if (!res || depth > 4) return;
    for (const e of arr(exts)) {
      if (!isObj(e)) continue;
      if (isObj(e.valueIdentifier)) this.addNre(list, e.valueIdentifier, res, 'extension');
      if (e.extension) this.collectNreExtensions(e.extension, list, res, depth + 1);
    }
  }

  performer(res: Res, list: unknown): Actor | undefined {
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

  /** The notes of a resource as plain text, each once (an XHTML note, as converters write them, read as text). */
  note(notes: unknown): string | undefined {
    const texts: string[] = [];
    for (const n of arr(notes)) {
      const t = isObj(n) ? noteText(n.text) : undefined;
      if (t && !texts.includes(t)) texts.push(t);
    }
    return texts.length ? texts.join('\n') : undefined;
  }

  /** bodySite codes become explicit body sites (tables in body-regions.ts); unmapped ones stay as codes of the event. */
  bodySites(res: Res, ev: ClinicalEvent, value: unknown, field: string): void {
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
}
