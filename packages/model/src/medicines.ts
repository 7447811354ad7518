/**
 * The therapy of a view, for `<fse-medications>` and `<fse-summary>`: one medicine per active
 * substance and strength (ATC and AIC tables), grouping its prescriptions, dispensations,
 * statements and administrations, the periods it was taken (stated, estimated from the quantity, or
 * assumed) with their gaps, the state of each prescription; and the therapy lists of documents,
 * each kept as its document wrote it, with their disagreements.
 *
 * Pure and DOM-free; it reads only an {@link FseView}.
 */
import { AIC, ATC } from './codes.js';
import { DAY, indexOf, newestFirst, nowOf, sourced, type SourcedLine } from './sourced.js';
import { criticalClassOf, type CriticalClass } from './tables/critical-medicines.js';
import { AIC_PACKS, ATC_SUBSTANCES } from './tables/medicines.js';
import type { ClinicalEvent, FseView, FuzzyDate, MedicationDetail } from './types.js';

// ───────────────────────────── medicines ─────────────────────────────

/** The facts one medication event gives about its medicine. */
export interface MedicineIdentity {
  /** Grouping key: ATC (level 5) or the substance's words, plus the strength. */
  key: string;
  substance: string;
  atc?: string;
  strength?: string;
  /** The brand or pack as the source names it ("Xarelto 20 mg 28 compresse", "NORVASC*5MG 28 CPR"). */
  brand?: string;
  /** Units in one pack, when known. */
  unitsPerPack?: number;
}

const STRENGTH = /(\d+(?:[.,]\d+)?)\s*(mg|g|mcg|µg|microgrammi|ui|u\.i\.|unità|ml)\b(?:\s*\/\s*(\d+(?:[.,]\d+)?)\s*(ml))?(?:\s*\+\s*(\d+(?:[.,]\d+)?)\s*(mg|g))?/i;
const PACK_UNITS = /(\d+)\s*(cpr|compresse|capsule|cps|cp|sir\.?|siringhe|fl|fiale|flaconi|bustine|cerotti)\b/i;

function normStrength(m: RegExpExecArray): string {
  const unit = (u: string) => {
    const l = u.toLowerCase();
    return l === 'microgrammi' || l === 'µg' ? 'mcg' : l === 'u.i.' || l === 'unità' ? 'UI' : l === 'ml' ? 'mL' : l;
  };
  let s = `${m[1]!.replace(',', '.')} ${unit(m[2]!)}`;
  if (m[3] && m[4]) s += `/${m[3].replace(',', '.')} mL`;
  if (m[5] && m[6]) s += ` + ${m[5].replace(',', '.')} ${unit(m[6])}`;
  return s;
}

/** Who, what and how strong: the identity of the medicine of a medication event. */
export function medicineOf(ev: ClinicalEvent): MedicineIdentity {
  const codes = ev.medication?.medication.length ? ev.medication.medication : ev.codes;
  const atcCoding = codes.find((c) => c.system === ATC && /^[A-Z]\d\d[A-Z]{2}\d\d$/i.test(c.code));
  const aicCoding = codes.find((c) => c.system === AIC);
  const pack = aicCoding ? AIC_PACKS[aicCoding.code] : undefined;
  const atc = (atcCoding?.code ?? pack?.atc)?.toUpperCase();
  const texts = [ev.title, aicCoding?.display, pack?.pack].filter((t): t is string => !!t);
  let strength: string | undefined;
  for (const t of texts) {
    const m = STRENGTH.exec(t);
    if (m) {
      strength = normStrength(m);
      break;
    }
  }
  let unitsPerPack = pack?.units;
  if (unitsPerPack === undefined) {
    for (const t of texts) {
      const m = PACK_UNITS.exec(t);
      if (m) {
        unitsPerPack = Number(m[1]);
        break;
      }
    }
  }
  const substance = (atc ? ATC_SUBSTANCES[atc] : undefined) ?? atcCoding?.display ?? (pack ? pack.brand : undefined) ?? ev.title;
  const base = atc ?? `text:${substance.toLowerCase().replace(/\s+/g, ' ').trim()}`;
  const id: MedicineIdentity = { key: strength ? `${base}|${strength}` : base, substance };
  if (atc) id.atc = atc;
  if (strength) id.strength = strength;
  const brand = pack ? pack.pack : ev.title && ev.title !== substance ? ev.title : undefined;
  if (brand) id.brand = brand;
  if (unitsPerPack !== undefined && unitsPerPack > 0) id.unitsPerPack = unitsPerPack;
  return id;
}

const WORD_NUMBERS: Record<string, number> = { mezza: 0.5, una: 1, un: 1, uno: 1, due: 2, tre: 3, quattro: 4 };

/**
 * Units taken per day from a dosage in words ("1 compressa al giorno", "1 compressa ogni 12 ore",
 * "due volte al giorno"); undefined when the words do not say (as needed, unknown wording).
 */
export function unitsPerDay(dosage: string | undefined): number | undefined {
  if (!dosage) return undefined;
  const d = dosage.toLowerCase();
  if (/al bisogno|se necessario|as needed|bei bedarf/.test(d)) return undefined;
  const perDose = /(\d+(?:[.,]\d+)?|mezza|una|un|uno|due|tre|quattro)\s*(compress|cpr|cp\b|capsul|fial|fl\b|bustin|siring|sir\b|tablet|unità|gocc|puff|cerott)/.exec(d);
  const n = perDose ? (WORD_NUMBERS[perDose[1]!] ?? Number(perDose[1]!.replace(',', '.'))) : 1;
  let times: number | undefined;
  const every = /ogni\s*(\d+)\s*or[ae]|every\s*(\d+)\s*h/.exec(d);
  if (every) times = 24 / Number(every[1] ?? every[2]);
  else if (/(due|2)\s*volte al giorno|twice a day|x\s*2\b/.test(d)) times = 2;
  else if (/(tre|3)\s*volte al giorno|three times a day|x\s*3\b/.test(d)) times = 3;
  else if (/al giorno|die\b|\/die|la sera|alla sera|al mattino|a cena|a digiuno|a pranzo|once a day|daily|täglich|ore \d/.test(d)) times = 1;
  if (times === undefined || !Number.isFinite(times) || times <= 0 || !Number.isFinite(n) || n <= 0) return undefined;
  return n * times;
}

/** How many days a dispensed or prescribed quantity lasts; undefined when it cannot be said. */
function daysOf(med: MedicationDetail, unitsPerPack: number | undefined): number | undefined {
  const q = med.quantity ? /^(\d+(?:[.,]\d+)?)\s*(.*)$/.exec(med.quantity.trim()) : null;
  if (!q) return undefined;
  const value = Number(q[1]!.replace(',', '.'));
  const unit = q[2]!.toLowerCase();
  let units: number | undefined;
  if (/conf|pack|scatol|box/.test(unit) || unit === '') units = unitsPerPack !== undefined ? value * unitsPerPack : undefined;
  else if (PACK_UNITS.test(`${value} ${unit}`) || /compress|capsul|tablet/.test(unit)) units = value;
  const perDay = unitsPerDay(med.dosage);
  if (units === undefined || perDay === undefined) return undefined;
  let days = units / perDay;
  const course = med.dosage ? /per\s*(\d+)\s*giorni|for\s*(\d+)\s*days/.exec(med.dosage.toLowerCase()) : null;
  if (course) days = Math.min(days, Number(course[1] ?? course[2]));
  return days > 0 && Number.isFinite(days) ? days : undefined;
}

/**
 * Days assumed for a dispensation or prescription whose quantity or dosage does not say how long
 * it lasts: one month, the usual cover of one SSN prescription of a chronic medicine (up to two
 * packs, about 30 days of therapy; L. 405/2001 art. 9 and DM 2 novembre 2011 on the ricetta
 * dematerializzata). Said to be an assumption wherever it is shown.
 */
export const ASSUMED_DAYS = 30;
/** A pharmaceutical prescription (ricetta dematerializzata) is valid 30 days after the day it is written (DM 2 novembre 2011). */
export const PRESCRIPTION_VALID_DAYS = 30;

/** A stretch of time the medicine was taken: `stated` by the source, or estimated from a `quantity`, or `assumed` (a month). */
export interface TakenPeriod {
  start: number;
  end: number;
  basis: 'stated' | 'quantity' | 'assumed';
  eventIds: string[];
}

export interface PrescriptionLine extends SourcedLine {
  eventId: string;
  nre?: string;
  date: FuzzyDate;
  /** Last day it can be collected (exclusive end, epoch ms). */
  validUntil: number;
  /** to-collect: not yet dispensed and still valid; dispensed; expired: not dispensed in time; closed: the source says completed without a dispensation in view; cancelled. */
  state: 'to-collect' | 'dispensed' | 'expired' | 'closed' | 'cancelled';
  dosage?: string;
  quantity?: string;
  prescriber?: string;
  dispensation?: { eventId: string; documentId?: string; date: FuzzyDate; where?: string; quantity?: string };
}

export interface Medicine {
  key: string;
  substance: string;
  atc?: string;
  strength?: string;
  /** Brand names and packs as prescribed or dispensed, most recent first, each once. */
  brands: string[];
  critical?: CriticalClass;
  /** Every medication event of this medicine in the view. */
  eventIds: string[];
  /** How many events of each kind: prescriptions, dispensations, statements, administrations. */
  counts: Record<MedicationDetail['kind'], number>;
  prescriptions: PrescriptionLine[];
  /** Periods taken, merged where they touch, oldest first. */
  periods: TakenPeriod[];
  /** Holes between periods, oldest first. */
  gaps: { start: number; end: number }[];
  /** Whether any period is an estimate rather than stated. */
  estimated: boolean;
  /** Taken now (a period reaches now, or a prescription waits to be collected). */
  current: boolean;
  first: FuzzyDate;
  last: FuzzyDate;
  /** The latest dosage in words. */
  dosage?: string;
  carePathIds: string[];
  /** Documents listing it in a therapy list (statements), newest first. */
  listedIn: string[];
  /** The newest event of the medicine and its document: where the line's information comes from. */
  source: SourcedLine;
}

const CLOSED = new Set(['cancelled', 'stopped', 'entered-in-error', 'revoked']);
/** A period ending less than this before the next one starts is not a gap (missed collection by a few days). */
const GAP_TOLERANCE = 7 * DAY;

/**
 * The therapy of a view: one {@link Medicine} per active substance and strength, current ones
 * first, then by most recent event. Nothing is dropped: a medicine with 10 000 administrations is
 * one row whose counts say so.
 */
export function medicinesOf(view: FseView, now?: number): Medicine[] {
  const t = nowOf(view, now);
  const groups = new Map<string, { id: MedicineIdentity; events: ClinicalEvent[] }>();
  for (const ev of view.events) {
    if (ev.kind !== 'medication' || !ev.medication) continue;
    const id = medicineOf(ev);
    let g = groups.get(id.key);
    if (!g) groups.set(id.key, (g = { id, events: [] }));
    g.events.push(ev);
  }
  const byId = indexOf(view).byId;
  // The newest therapy list (a document with statements): what it lists counts as taken now.
  let newestList: ClinicalEvent | undefined;
  for (const { events } of groups.values())
    for (const ev of events) {
      const doc = ev.medication!.kind === 'statement' && ev.documentId ? byId.get(ev.documentId) : undefined;
      if (doc && (!newestList || doc.date.start > newestList.date.start)) newestList = doc;
    }
  const out: Medicine[] = [];
  for (const { id, events } of groups.values()) {
    events.sort((a, b) => a.date.start - b.date.start || (a.id < b.id ? -1 : 1));
    const counts = { prescription: 0, dispensation: 0, statement: 0, administration: 0 };
    const brands: string[] = [];
    const carePaths = new Set<string>();
    const listedIn: string[] = [];
    const raw: TakenPeriod[] = [];
    const dispensedByNre = new Map<string, ClinicalEvent>();
    let unitsPerPack = id.unitsPerPack;
    for (const ev of events) {
      const m = medicineOf(ev);
      if (m.unitsPerPack) unitsPerPack ??= m.unitsPerPack;
      if (ev.medication!.kind === 'dispensation' && ev.medication!.nre) dispensedByNre.set(ev.medication!.nre, ev);
    }
    let dosage: string | undefined;
    const prescriptions: PrescriptionLine[] = [];
    for (let i = events.length - 1; i >= 0; i--) {
      const ev = events[i]!;
      const med = ev.medication!;
      counts[med.kind]++;
      const brand = medicineOf(ev).brand;
      if (brand && !brands.includes(brand)) brands.push(brand);
      for (const c of ev.carePathIds) carePaths.add(c);
      dosage ??= med.dosage;
      if (med.kind === 'statement' && ev.documentId && !listedIn.includes(ev.documentId)) listedIn.push(ev.documentId);
    }
    const lastDosage = new Map<string, string>();
    for (const ev of events) {
      const med = ev.medication!;
      if (med.kind === 'prescription' && med.nre && med.dosage) lastDosage.set(med.nre, med.dosage);
      if (med.kind === 'statement' || med.kind === 'administration') {
        // A stated period; a statement without an end says the medicine was taken at least up to
        // the day it was written (its document's date).
        const doc = ev.documentId ? byId.get(ev.documentId) : undefined;
        const end = ev.end ? ev.end.end : Math.max(ev.date.end, doc?.date.end ?? 0);
        raw.push({ start: ev.date.start, end: Math.max(end, ev.date.start + DAY), basis: 'stated', eventIds: [ev.id] });
      } else if (med.kind === 'dispensation') {
        const withDosage = med.dosage ? med : { ...med, dosage: med.nre ? lastDosage.get(med.nre) : undefined };
        const days = daysOf(withDosage, unitsPerPack);
        raw.push({
          start: ev.date.start,
          end: ev.date.start + (days ?? ASSUMED_DAYS) * DAY,
          basis: days !== undefined ? 'quantity' : 'assumed',
          eventIds: [ev.id],
        });
      } else {
        // A prescription: what it orders is taken from when it is dispensed; not dispensed, it
        // counts only while it can still be collected (to-collect) — never as taken.
        const disp = med.nre ? dispensedByNre.get(med.nre) : undefined;
        const validUntil = ev.end ? ev.end.end : ev.date.start + (PRESCRIPTION_VALID_DAYS + 1) * DAY;
        let state: PrescriptionLine['state'];
        if (ev.status && CLOSED.has(ev.status)) state = 'cancelled';
        else if (disp) state = 'dispensed';
        else if (t >= validUntil) state = ev.status === 'completed' ? 'closed' : 'expired';
        else state = ev.status === 'completed' ? 'closed' : 'to-collect';
        const line: PrescriptionLine = { ...sourced(view, ev, `rx:${ev.id}`), eventId: ev.id, date: ev.date, validUntil, state };
        if (med.nre) line.nre = med.nre;
        if (med.dosage) line.dosage = med.dosage;
        if (med.quantity) line.quantity = med.quantity;
        if (ev.author?.name) line.prescriber = ev.author.name;
        if (disp) {
          line.eventIds = [ev.id, disp.id];
          const d: NonNullable<PrescriptionLine['dispensation']> = { eventId: disp.id, date: disp.date };
          const dd = disp.documentId ? byId.get(disp.documentId) : undefined;
          if (dd) d.documentId = dd.id;
          const where = disp.facility?.name ?? disp.author?.organization?.name;
          if (where) d.where = where;
          if (disp.medication?.quantity) d.quantity = disp.medication.quantity;
          line.dispensation = d;
        }
        prescriptions.push(line);
        if (!disp && state !== 'cancelled' && state !== 'expired' && state !== 'to-collect' && !(med.nre && dispensedByNre.has(med.nre))) {
          // Closed without a dispensation in view (a hospital order, a private purchase): assume it was taken.
          const days = daysOf(med, unitsPerPack);
          raw.push({ start: ev.date.start, end: ev.date.start + (days ?? ASSUMED_DAYS) * DAY, basis: days !== undefined ? 'quantity' : 'assumed', eventIds: [ev.id] });
        }
      }
    }
    prescriptions.sort((a, b) => b.date.start - a.date.start || (a.eventId < b.eventId ? -1 : 1));
    const { periods, gaps } = mergePeriods(raw);
    const lastEnd = periods.length ? periods[periods.length - 1]!.end : -Infinity;
    const current =
      lastEnd >= t - GAP_TOLERANCE ||
      prescriptions.some((p) => p.state === 'to-collect') ||
      (!!newestList && listedIn.includes(newestList.id) && events.some((e) => e.documentId === newestList!.id && !CLOSED.has(e.status ?? '') && e.status !== 'completed'));
    const m: Medicine = {
      key: id.key,
      substance: id.substance,
      brands,
      eventIds: events.map((e) => e.id),
      counts,
      prescriptions,
      periods,
      gaps,
      estimated: periods.some((p) => p.basis !== 'stated'),
      current,
      first: events[0]!.date,
      last: events[events.length - 1]!.date,
      carePathIds: [...carePaths],
      listedIn,
      source: sourced(view, events[events.length - 1]!, `med:${id.key}`, events.map((e) => e.id)),
    };
    if (id.atc) {
      m.atc = id.atc;
      const c = criticalClassOf(id.atc);
      if (c) m.critical = c;
    }
    if (id.strength) m.strength = id.strength;
    if (dosage) m.dosage = dosage;
    out.push(m);
  }
  return out.sort(
    (a, b) => Number(b.current) - Number(a.current) || Number(!!b.critical) - Number(!!a.critical) || b.last.start - a.last.start || (a.key < b.key ? -1 : 1),
  );
}

/** Merges periods that overlap or touch (within the gap tolerance); the holes left are the gaps. */
export function mergePeriods(raw: readonly TakenPeriod[]): { periods: TakenPeriod[]; gaps: { start: number; end: number }[] } {
  const sorted = [...raw].sort((a, b) => a.start - b.start);
  const periods: TakenPeriod[] = [];
  for (const p of sorted) {
    const last = periods[periods.length - 1];
    if (last && p.start <= last.end + GAP_TOLERANCE) {
      // Joined periods: the strongest basis is kept only when both agree; an estimate stays an estimate.
      last.end = Math.max(last.end, p.end);
      if (last.basis !== p.basis) last.basis = last.basis === 'assumed' || p.basis === 'assumed' ? 'assumed' : 'quantity';
      for (const id of p.eventIds) last.eventIds.push(id);
    } else periods.push({ start: p.start, end: p.end, basis: p.basis, eventIds: [...p.eventIds] });
  }
  const gaps: { start: number; end: number }[] = [];
  for (let i = 1; i < periods.length; i++) gaps.push({ start: periods[i - 1]!.end, end: periods[i]!.start });
  return { periods, gaps };
}

// ───────────────────────────── therapy lists ─────────────────────────────

export interface TherapyListItem {
  medicineKey: string;
  substance: string;
  brand?: string;
  strength?: string;
  dosage?: string;
  eventId: string;
  critical?: CriticalClass;
}

/** A document's list of the medicines taken (a PSS's "Terapia farmacologica in atto", an LDO's discharge therapy). */
export interface TherapyList extends SourcedLine {
  documentId: string;
  title: string;
  items: TherapyListItem[];
}

/**
 * Therapy lists, newest first, each kept as its document wrote it — never merged — and the
 * disagreements between them: a medicine one list has and another lacks, or a different dosage.
 */
export interface TherapyLists {
  lists: TherapyList[];
  disagreements: { medicineKey: string; substance: string; kind: 'missing' | 'dosage'; documentIds: string[] }[];
}

export function therapyListsOf(view: FseView): TherapyLists {
  const byDoc = new Map<string, TherapyList>();
  const byId = indexOf(view).byId;
  for (const ev of view.events) {
    if (ev.kind !== 'medication' || ev.medication?.kind !== 'statement' || !ev.documentId) continue;
    const doc = byId.get(ev.documentId);
    if (!doc) continue;
    let list = byDoc.get(doc.id);
    if (!list) {
      const s = sourced(view, doc, `list:${doc.id}`, [doc.id]);
      byDoc.set(doc.id, (list = { ...s, documentId: doc.id, title: doc.title, items: [] }));
    }
    const id = medicineOf(ev);
    const item: TherapyListItem = { medicineKey: id.key, substance: id.substance, eventId: ev.id };
    if (id.brand) item.brand = id.brand;
    if (id.strength) item.strength = id.strength;
    if (ev.medication.dosage) item.dosage = ev.medication.dosage;
    const c = id.atc ? criticalClassOf(id.atc) : undefined;
    if (c) item.critical = c;
    list.items.push(item);
    list.eventIds.push(ev.id);
  }
  const lists = [...byDoc.values()].sort(newestFirst) as TherapyList[];
  const disagreements: TherapyLists['disagreements'] = [];
  const keys = new Map<string, string>();
  for (const l of lists) for (const it of l.items) keys.set(it.medicineKey, it.substance);
  for (const [key, substance] of keys) {
    const having = lists.filter((l) => l.items.some((i) => i.medicineKey === key));
    if (having.length !== lists.length) {
      disagreements.push({ medicineKey: key, substance, kind: 'missing', documentIds: lists.map((l) => l.documentId) });
      continue;
    }
    const dosages = new Set(having.map((l) => l.items.find((i) => i.medicineKey === key)!.dosage ?? ''));
    if (dosages.size > 1) disagreements.push({ medicineKey: key, substance, kind: 'dosage', documentIds: having.map((l) => l.documentId) });
  }
  return { lists, disagreements };
}
