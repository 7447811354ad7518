/**
 * Where on the body an event is: the regions of `<fse-body-map>`.
 *
 * Ordered fallback (`shared/domain/fse-2.0.md` §5.2), the first tier that names a region wins:
 * 1. the body sites the source states (`event.bodySites`, read by the adapter from FHIR
 *    `bodySite`; `confidence: 'explicit'`), then body-site codes among the event's own codes
 *    (SNOMED CT body structures, HL7 ActSite);
 * 2. ICD-9-CM procedure codes (volume 3), chapter then code level (87.44, 88.72, 89.52…);
 * 3. ICD-9-CM diagnosis codes, chapter then 3-digit category then code (427.31, 153, 162…);
 * 4. LOINC codes whose System axis carries the site (36554-4 chest radiograph, urine, blood);
 * 5. the ATC anatomical group of a medicine (C cardiovascular → heart, R03 → lungs…), from the
 *    event's codes and its `medication` codings (prescriptions and dispensations carry no other);
 * 6. the practice setting AD_PSCxxx of the event, or of its document.
 * Tiers 2–6 give `confidence: 'derived'`. A code a table knows but that names no single region
 * (a general visit 89.7, osteoarthrosis 715) does not stop the fallback. Nothing mapped → `[]`,
 * which the body map counts under "non localizzato".
 *
 * Documents: the regions of a document come from its own metadata and codes only (its type
 * code, practice setting), never from the events read from inside it. The body map counts per
 * view event, and those events carry their own regions, so a discharge letter and the ECG inside
 * it are two events each counted once — a document never absorbs (and double counts) its contents.
 *
 * Items of a view and their links ({@link itemSitesOf}, issue 11 §2): what the body map counts and
 * the journey's region filter keeps is an ITEM of the view (a document, or an event not read from a
 * document of the view; `itemsOf` in `counts.ts`). Its places are, in this order:
 * 1. its own: the regions of the item and of the events read from inside it (above);
 * 2. its care paths': an item linked to a care path — listed by the path (`eventIds`,
 *    `therapyIds`), naming it (`carePathIds`, also on an event inside it), or a prescription,
 *    dispensation or administration of a medicine that is one of the path's therapies (same ATC
 *    code), from the path's start on — counts where the path's conditions sit
 *    ({@link carePathSites}): the anticoagulant of an atrial-fibrillation path counts on the heart
 *    as well as on the blood;
 * 3. its fulfilment's: a prescription (a PRESC_FARM / PRESC_SPEC document, a medication event of kind
 *    `prescription`) counts where the items carrying one of its NREs do (the visit, the exam, the
 *    report that fulfils it), with their own and care-path places — never the other way round.
 * Linked places have `confidence: 'derived'` and `mapping` `care-path` or `prescription`.
 *
 * Every table is data in `tables/`, with its source named at the table; `BodySite.mapping` names
 * the table a region came from.
 */
import { ATC, canonicalSystem, ICD9CM, ICD9CM_PROCEDURES, LOINC, SNOMED, V3_ACT_SITE } from './codes.js';
import { atcRegions } from './tables/atc.js';
import { HL7_ACTSITE } from './tables/hl7-actsite.js';
import {
  ICD9CM_DIAGNOSIS_CODES,
  ICD9CM_DIAGNOSIS_RANGES,
  ICD9CM_PROCEDURE_CODES,
  ICD9CM_PROCEDURE_RANGES,
  rangeTable,
} from './tables/icd9cm.js';
import { LOINC_CODES, LOINC_SYSTEM_WORDS } from './tables/loinc.js';
import { PRACTICE_SETTING } from './tables/practice-setting.js';
import { SNOMED_BODY_SITE, SNOMED_LATERALITY, type Laterality, type SiteEntry } from './tables/snomed-body-site.js';
import { issuedNres, normaliseNre } from './cascade.js';
import { itemsOf } from './counts.js';
import type { BodyRegion, BodySite, CarePath, ClinicalEvent, Coding, FseView } from './types.js';

export { ATC_GROUPS } from './tables/atc.js';
export { HL7_ACTSITE } from './tables/hl7-actsite.js';
export { ICD9CM_DIAGNOSIS_CODES, ICD9CM_DIAGNOSIS_RANGES, ICD9CM_PROCEDURE_CODES, ICD9CM_PROCEDURE_RANGES } from './tables/icd9cm.js';
export { LOINC_CODES } from './tables/loinc.js';
export { PRACTICE_SETTING } from './tables/practice-setting.js';
export { SNOMED_BODY_SITE, SNOMED_LATERALITY } from './tables/snomed-body-site.js';

/** Names of the mapping tables, as written in `BodySite.mapping`. */
export const BODY_SITE_MAPPINGS = {
  snomed: 'snomed-body-site',
  actSite: 'hl7-actsite',
  procedure: 'icd9cm-procedure',
  diagnosis: 'icd9cm-diagnosis',
  loinc: 'loinc',
  atc: 'atc',
  practiceSetting: 'practice-setting',
  carePath: 'care-path',
  prescription: 'prescription',
} as const;

/** SNOMED CT attribute "Laterality", used in post-coordinated expressions (`368209003:272741003=7771000`). */
const LATERALITY_ATTRIBUTE = '272741003';

const DIAGNOSIS_BY_CATEGORY = rangeTable(ICD9CM_DIAGNOSIS_RANGES, 1000);
const PROCEDURE_BY_CATEGORY = rangeTable(ICD9CM_PROCEDURE_RANGES, 100);

function site(entry: SiteEntry, from: Coding, mapping: string, confidence: BodySite['confidence']): BodySite {
  const s: BodySite = { region: entry.region, from, confidence, mapping };
  if (entry.laterality) s.laterality = entry.laterality;
  return s;
}

/** A SNOMED CT code, possibly post-coordinated with a laterality: the focus concept and the laterality. */
function snomedParts(code: string): { focus: string; laterality?: Laterality } {
  const colon = code.indexOf(':');
  if (colon < 0) return { focus: code.trim() };
  const focus = code.slice(0, colon).trim();
  const m = new RegExp(`${LATERALITY_ATTRIBUTE}\\s*=\\s*(\\d+)`).exec(code.slice(colon + 1));
  const lat = m ? SNOMED_LATERALITY[m[1]!] : undefined;
  return lat ? { focus, laterality: lat } : { focus };
}

/**
 * The body site a single body-site code names: a SNOMED CT body structure (optionally
 * post-coordinated with a laterality) or an HL7 ActSite code, with `confidence: 'explicit'`.
 * `undefined` for any other code, and for a laterality on its own (see {@link bodySitesFromCodings}).
 * For the adapter, to turn FHIR `bodySite` codes into `ClinicalEvent.bodySites`.
 */
export function bodySiteFromCoding(coding: Coding): BodySite | undefined {
  if (!coding || typeof coding.code !== 'string' || typeof coding.system !== 'string') return undefined;
  const system = canonicalSystem(coding.system);
  if (system === SNOMED) {
    const { focus, laterality } = snomedParts(coding.code);
    const entry = SNOMED_BODY_SITE[focus];
    if (!entry) return undefined;
    const s = site(entry, coding, BODY_SITE_MAPPINGS.snomed, 'explicit');
    if (laterality) s.laterality = laterality;
    return s;
  }
  if (system === V3_ACT_SITE || system === 'urn:oid:2.16.840.1.113883.5.1052') {
    const entry = HL7_ACTSITE[coding.code.trim().toUpperCase()];
    return entry ? site(entry, coding, BODY_SITE_MAPPINGS.actSite, 'explicit') : undefined;
  }
  return undefined;
}

/**
 * The body sites of a list of body-site codes (one FHIR `bodySite`, or several): each site code
 * gives a site, and a SNOMED laterality given alongside (7771000 left, 24028007 right, 51440002
 * bilateral, as in the gateway's RAP example) applies to the sites that have none.
 */
export function bodySitesFromCodings(codings: readonly Coding[]): BodySite[] {
  const sites: BodySite[] = [];
  let laterality: Laterality | undefined;
  for (const c of codings) {
    if (!c || typeof c.code !== 'string' || typeof c.system !== 'string') continue;
    if (canonicalSystem(c.system) === SNOMED && SNOMED_LATERALITY[c.code.trim()]) {
      laterality = SNOMED_LATERALITY[c.code.trim()];
      continue;
    }
    const s = bodySiteFromCoding(c);
    if (s) sites.push(s);
  }
  if (laterality) for (const s of sites) if (!s.laterality) s.laterality = laterality;
  return dedupe(sites);
}

function dedupe(sites: BodySite[]): BodySite[] {
  if (sites.length < 2) return sites;
  const seen = new Set<string>();
  const out: BodySite[] = [];
  for (const s of sites) {
    const key = `${s.region}|${s.laterality ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

/** An ICD-9-CM code as `NN.NN` (procedure) or `NNN.NN` (diagnosis), or undefined when it is neither. */
function icd9Shape(code: string, system: string, kind: ClinicalEvent['kind']): { procedure: boolean; code: string } | undefined {
  const c = code.trim().toUpperCase();
  if (!/^[0-9VE][0-9]*(\.[0-9]*)?$/.test(c)) return undefined;
  if (c[0] === 'V' || c[0] === 'E') return { procedure: false, code: c };
  const dot = c.indexOf('.');
  if (system === ICD9CM_PROCEDURES) {
    return { procedure: true, code: dot < 0 && c.length > 2 ? `${c.slice(0, 2)}.${c.slice(2)}` : c };
  }
  if (dot >= 0) return { procedure: dot <= 2, code: c };
  // No dot: a diagnosis on a condition or with 5 digits, else a procedure (Italian catalogues
  // write procedures as 8952 and diagnoses as 42731).
  const diagnosis = kind === 'condition' || c.length === 5 || (c.length === 3 && kind !== 'procedure');
  if (diagnosis) return { procedure: false, code: c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c };
  return { procedure: true, code: c.length > 2 ? `${c.slice(0, 2)}.${c.slice(2)}` : c };
}

/** Longest-prefix lookup in a code-level table, then the category table. */
function lookupIcd9(
  code: string,
  codes: Readonly<Record<string, readonly BodyRegion[]>>,
  byCategory: (readonly BodyRegion[] | undefined)[],
  categoryDigits: number,
): readonly BodyRegion[] | undefined {
  for (let p = code; p.length > categoryDigits; p = p.slice(0, -1)) {
    const hit = codes[p.endsWith('.') ? p.slice(0, -1) : p];
    if (hit) return hit;
  }
  const n = Number(code.slice(0, categoryDigits));
  return Number.isInteger(n) ? byCategory[n] : undefined;
}

function loincRegions(coding: Coding): readonly BodyRegion[] | undefined {
  const hit = LOINC_CODES[coding.code.trim()];
  if (hit) return hit;
  if (coding.display) for (const [re, regions] of LOINC_SYSTEM_WORDS) if (re.test(coding.display)) return regions;
  return undefined;
}

/** What one coding says about the body, independent of the event (but for ICD-9-CM's kind rule). */
type CodeClass =
  | { t: 'site'; site: SiteEntry; laterality?: Laterality; mapping: string }
  | { t: 'lat'; laterality: Laterality }
  | { t: 'proc' | 'diag' | 'loinc' | 'atc'; regions: readonly BodyRegion[] };

function classify(coding: Coding, kind: ClinicalEvent['kind']): CodeClass | null {
  const system = canonicalSystem(coding.system);
  if (system === SNOMED) {
    const code = coding.code.trim();
    const lat = SNOMED_LATERALITY[code];
    if (lat) return { t: 'lat', laterality: lat };
    const { focus, laterality } = snomedParts(code);
    const entry = SNOMED_BODY_SITE[focus];
    if (!entry) return null;
    return laterality ? { t: 'site', site: entry, laterality, mapping: BODY_SITE_MAPPINGS.snomed } : { t: 'site', site: entry, mapping: BODY_SITE_MAPPINGS.snomed };
  }
  if (system === V3_ACT_SITE || system === 'urn:oid:2.16.840.1.113883.5.1052') {
    const entry = HL7_ACTSITE[coding.code.trim().toUpperCase()];
    return entry ? { t: 'site', site: entry, mapping: BODY_SITE_MAPPINGS.actSite } : null;
  }
  if (system === ICD9CM || system === ICD9CM_PROCEDURES) {
    const shape = icd9Shape(coding.code, system, kind);
    if (!shape) return null;
    if (shape.procedure) {
      const r = lookupIcd9(shape.code, ICD9CM_PROCEDURE_CODES, PROCEDURE_BY_CATEGORY, 2);
      return r ? { t: 'proc', regions: r } : null;
    }
    if (shape.code[0] === 'V' || shape.code[0] === 'E') return null;
    const r = lookupIcd9(shape.code, ICD9CM_DIAGNOSIS_CODES, DIAGNOSIS_BY_CATEGORY, 3);
    return r ? { t: 'diag', regions: r } : null;
  }
  if (system === LOINC) {
    const r = loincRegions(coding);
    return r ? { t: 'loinc', regions: r } : null;
  }
  if (system === ATC) {
    const r = atcRegions(coding.code);
    return r ? { t: 'atc', regions: r } : null;
  }
  return null;
}

/**
 * Classifications are memoised per code system and code (a record repeats the same few thousand
 * codes), so a 100 000-event body map costs two Map lookups per code. Where the answer also
 * depends on the event kind (ICD-9-CM without a dot) or on the display (a LOINC code read by its
 * long name), that is part of the key. Bounded: emptied at {@link MEMO_LIMIT} entries.
 */
const MEMO_LIMIT = 50_000;
interface SystemMemo {
  icd9: boolean;
  loinc: boolean;
  byCode: Map<string, CodeClass | null>;
}
const memo = new Map<string, SystemMemo>();
let memoSize = 0;

/**
 * Empties the classification memo (it refills on demand): frees its memory, and lets the mutation
 * tests start each run from nothing (a class memoised while one mutant was active must not answer
 * for the next).
 */
export function clearRegionMemo(): void {
  memo.clear();
  memoSize = 0;
}

function classifyCached(coding: Coding, kind: ClinicalEvent['kind']): CodeClass | null {
  let sys = memo.get(coding.system);
  if (sys === undefined) {
    const canonical = canonicalSystem(coding.system);
    sys = { icd9: canonical === ICD9CM || canonical === ICD9CM_PROCEDURES, loinc: canonical === LOINC, byCode: new Map() };
    memo.set(coding.system, sys);
  }
  let key = coding.code;
  if (sys.icd9 && key.indexOf('.') < 0) key = `${kind === 'condition' ? 'c' : kind === 'procedure' ? 'p' : 'o'}\u0000${key}`;
  else if (sys.loinc && coding.display !== undefined && LOINC_CODES[key] === undefined) key = `${key}\u0000${coding.display}`;
  let c = sys.byCode.get(key);
  if (c === undefined) {
    c = classify(coding, kind);
    if (++memoSize > MEMO_LIMIT) {
      for (const m of memo.values()) m.byCode.clear();
      memoSize = 1;
    }
    sys.byCode.set(key, c);
  }
  return c;
}

/** Derived tiers, best first, and the table each names in `BodySite.mapping`. */
const TIER = { proc: 0, diag: 1, loinc: 2, atc: 3 } as const;
const MAPPING_OF = {
  proc: BODY_SITE_MAPPINGS.procedure,
  diag: BODY_SITE_MAPPINGS.diagnosis,
  loinc: BODY_SITE_MAPPINGS.loinc,
  atc: BODY_SITE_MAPPINGS.atc,
} as const;

function derived(regions: readonly BodyRegion[], from: Coding, mapping: string, out: BodySite[]): void {
  for (const region of regions) out.push({ region, from, confidence: 'derived', mapping });
}

/**
 * The body regions of an event, by the ordered fallback described at the top of this module.
 * `[]` when nothing maps.
 */
export function bodyRegionsOf(event: ClinicalEvent): BodySite[] {
  // 1. explicit body sites
  if (event.bodySites && event.bodySites.length > 0) return dedupe(event.bodySites.slice());
  const own: readonly Coding[] = Array.isArray(event.codes) ? event.codes : [];
  const medicine = event.medication?.medication;
  const codes: readonly Coding[] = Array.isArray(medicine) && medicine.length > 0 ? [...own, ...medicine] : own;
  let sites: BodySite[] | undefined;
  let laterality: Laterality | undefined;
  let best = 4; // 0 proc, 1 diag, 2 loinc, 3 atc; 4 none yet
  let tiered: BodySite[] | undefined;
  for (const coding of codes) {
    if (!coding || typeof coding.code !== 'string' || typeof coding.system !== 'string') continue;
    const c = classifyCached(coding, event.kind);
    if (!c) continue;
    if (c.t === 'lat') laterality = c.laterality;
    else if (c.t === 'site') {
      const s = site(c.site, coding, c.mapping, 'explicit');
      if (c.laterality) s.laterality = c.laterality;
      (sites ??= []).push(s);
    } else if (c.regions.length > 0) {
      const tier = TIER[c.t];
      if (tier > best) continue;
      if (tier < best) {
        best = tier;
        tiered = [];
      }
      derived(c.regions, coding, MAPPING_OF[c.t], tiered!);
    }
  }
  // body-site codes among the event's codes, with a laterality given beside them
  if (sites) {
    if (laterality) for (const s of sites) if (!s.laterality) s.laterality = laterality;
    return dedupe(sites);
  }
  // 2–5: the best tier that named a region
  if (tiered) return dedupe(tiered);
  // 6. practice setting, of the event or of its document metadata
  const setting = event.practiceSetting ?? event.document?.practiceSetting;
  if (setting && typeof setting.code === 'string') {
    const r = PRACTICE_SETTING[setting.code.trim().toUpperCase()];
    if (r && r.length > 0) {
      const out: BodySite[] = [];
      derived(r, setting, BODY_SITE_MAPPINGS.practiceSetting, out);
      return out;
    }
  }
  return [];
}

// ───────────────────────────── items of a view, with their links ─────────────────────────────

/** How an item's places are found: the model's tiers by default (a host may pass its own). */
export type RegionsOf = (event: ClinicalEvent) => readonly BodySite[];

function safeSites(regionsOf: RegionsOf, e: ClinicalEvent): readonly BodySite[] {
  try {
    const r = regionsOf(e);
    return Array.isArray(r) ? r : [];
  } catch {
    return [];
  }
}

/**
 * Where a care path's conditions sit: the regions of its condition codes (ICD-9-CM diagnoses,
 * SNOMED CT…, read as a condition's codes are), as `confidence: 'derived'`, `mapping: 'care-path'`.
 * `[]` for a path without conditions that map (a screening, discharge instructions).
 */
export function carePathSites(path: CarePath, regionsOf: RegionsOf = bodyRegionsOf): BodySite[] {
  const conditions = Array.isArray(path?.conditions) ? path.conditions : [];
  if (!conditions.length) return [];
  const probe: ClinicalEvent = {
    id: path.id,
    kind: 'condition',
    title: path.title,
    date: { iso: '', precision: 'day', start: 0, end: 1 },
    codes: conditions,
    carePathIds: [],
    bodySites: [],
    privacy: path.privacy,
    source: [],
  };
  return dedupe(safeSites(regionsOf, probe).map((s) => ({ ...s, confidence: 'derived' as const, mapping: BODY_SITE_MAPPINGS.carePath })));
}

/** ATC codes of a medication event (its medicine's codings, then its own codes), upper case. */
function atcCodes(e: ClinicalEvent): string[] {
  if (e.kind !== 'medication') return [];
  const out: string[] = [];
  for (const list of [e.medication?.medication, e.codes]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) if (c && typeof c.code === 'string' && typeof c.system === 'string' && canonicalSystem(c.system) === ATC) out.push(c.code.trim().toUpperCase());
  }
  return out;
}

/** NREs an item carries as the one it fulfils (a report, a visit, a dispensation): not a prescription's own. */
function fulfilledNres(e: ClinicalEvent): string[] {
  if (issuedNres(e).length) return [];
  const out: string[] = [];
  if (e.kind === 'document' && Array.isArray(e.document?.nre)) for (const n of e.document.nre) if (typeof n === 'string') out.push(normaliseNre(n));
  if (e.kind === 'medication' && typeof e.medication?.nre === 'string') out.push(normaliseNre(e.medication.nre));
  return out;
}

/**
 * The places of every item of a view (keyed by the item's id, in the view's order), by the rule at
 * the top of this module: its own, its care paths', and for a prescription its fulfilment's.
 * `regionsOf` gives an event's own places (default {@link bodyRegionsOf}). An item with no place has
 * `[]`. Pure; O(events + paths).
 */
export function itemSitesOf(view: Pick<FseView, 'events' | 'carePaths'>, regionsOf: RegionsOf = bodyRegionsOf): Map<string, BodySite[]> {
  const items = itemsOf(view);
  const paths = Array.isArray(view.carePaths) ? view.carePaths : [];
  // the care paths' places, and who links to them
  const pathSites = new Map<string, BodySite[]>();
  const pathsOfEvent = new Map<string, Set<string>>();
  const therapyAtc = new Map<string, { path: string; from: number }[]>();
  const byId = new Map<string, ClinicalEvent>();
  for (const { item, members } of items.values()) for (const e of [item, ...members]) byId.set(e.id, e);
  const link = (eventId: string, pathId: string) => (pathsOfEvent.get(eventId) ?? pathsOfEvent.set(eventId, new Set()).get(eventId)!).add(pathId);
  for (const p of paths) {
    if (!p || typeof p.id !== 'string') continue;
    const sites = carePathSites(p, regionsOf);
    if (!sites.length) continue;
    pathSites.set(p.id, sites);
    for (const id of [...(p.eventIds ?? []), ...(p.therapyIds ?? [])]) link(id, p.id);
    const from = p.period?.start?.start ?? -Infinity;
    for (const id of p.therapyIds ?? []) {
      const therapy = byId.get(id);
      for (const atc of therapy ? atcCodes(therapy) : []) (therapyAtc.get(atc) ?? therapyAtc.set(atc, []).get(atc)!).push({ path: p.id, from });
    }
  }
  const pathsOf = (e: ClinicalEvent, into: Set<string>): void => {
    for (const id of Array.isArray(e.carePathIds) ? e.carePathIds : []) if (pathSites.has(id)) into.add(id);
    for (const id of pathsOfEvent.get(e.id) ?? []) into.add(id);
    for (const atc of therapyAtc.size ? atcCodes(e) : []) {
      for (const t of therapyAtc.get(atc) ?? []) if (e.undated || e.date.end > t.from) into.add(t.path);
    }
  };
  // 1 and 2: own and care paths'
  const out = new Map<string, BodySite[]>();
  const fulfilment = new Map<string, BodySite[]>();
  for (const [id, { item, members }] of items) {
    const sites: BodySite[] = [];
    const linked = new Set<string>();
    for (const e of [item, ...members]) {
      sites.push(...safeSites(regionsOf, e));
      pathsOf(e, linked);
    }
    for (const p of linked) sites.push(...pathSites.get(p)!);
    const own = dedupe(sites);
    out.set(id, own);
    if (!own.length) continue;
    for (const e of [item, ...members]) {
      for (const nre of fulfilledNres(e)) (fulfilment.get(nre) ?? fulfilment.set(nre, []).get(nre)!).push(...own);
    }
  }
  // 3: a prescription counts where what fulfils it does
  if (fulfilment.size) {
    for (const [id, { item, members }] of items) {
      const extra: BodySite[] = [];
      for (const e of [item, ...members]) {
        for (const nre of issuedNres(e)) {
          for (const s of fulfilment.get(normaliseNre(nre)) ?? []) extra.push({ ...s, confidence: 'derived', mapping: BODY_SITE_MAPPINGS.prescription });
        }
      }
      if (extra.length) out.set(id, dedupe([...out.get(id)!, ...extra]));
    }
  }
  return out;
}
