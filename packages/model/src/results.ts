/**
 * Every measured value of a view, as series by analyte, for `<fse-results>`: lab results, vital
 * signs and taccuino measurements with a number. One series per LOINC code (else per code system,
 * code and unit); units are converted only where the conversion is known (unit spellings and
 * powers of ten of the same quantity), otherwise the values stay a separate series and say so.
 * Reference ranges are read from their words ("3,5–5,0 mmol/L", "≥ 60", "< 200"); a range given
 * only as text stays text. Impossible values (a negative concentration, absurd magnitudes) and
 * values without a unit are kept and flagged, never dropped.
 *
 * Pure and DOM-free; it reads only the view, so nothing the viewer may not see reaches a point, a
 * range or a count.
 */
import { LOINC } from './codes.js';
import type { CarePathGoal, ClinicalEvent, Coding, FseView } from './types.js';

export interface ResultPoint {
  eventId: string;
  /** The document the value was read from, when known. */
  documentId?: string;
  /** Epoch ms of the measurement (start of its date). */
  t: number;
  value: number;
  /** As the source wrote it, with its unit. */
  text: string;
  /** Against the range in force for this value: below, above, within, or unknown. */
  flag: 'low' | 'high' | 'normal' | 'unknown';
  /** Problems with this value: `no-unit`, `implausible`, `converted` (from another unit). Values without one share one frozen empty list. */
  problems: readonly ('no-unit' | 'implausible' | 'converted')[];
  taccuino: boolean;
}

export interface NumericRange {
  low?: number;
  high?: number;
}

export interface ResultSeries {
  /** LOINC code, else `system|code|unit`. */
  key: string;
  name: string;
  codes: Coding[];
  loinc?: string;
  unit: string;
  /** Oldest first. */
  points: ResultPoint[];
  /** The newest numeric reference range, when one could be read. */
  range?: NumericRange;
  /** A range given only in words (or that could not be read as numbers). */
  rangeText?: string;
  /**
   * Lab panels the values belong to, in words (the titles of `observation.panel`: the report or
   * panel Observation, the CDA organizer that groups them, e.g. "Emocromo"). Only panels of values
   * in the view: a panel whose values are all hidden from the viewer is named by no series.
   */
  panels: string[];
  carePathIds: string[];
  /** Values in another unit of the same analyte that could not be converted are their own series: this says which. */
  unitSplit: boolean;
  trend: Trend;
  /** Care-path goals that speak of this analyte, with the target read as numbers when possible. */
  goals: { carePathId: string; text: string; target?: string; range?: NumericRange }[];
}

/** The last run of measurements: rising, falling or steady, over `count` measurements. */
export interface Trend {
  direction: 'up' | 'down' | 'steady' | 'none';
  /** Measurements in the run (≥ 2 for up/down). */
  count: number;
}

// ───────────── units ─────────────

/** Unit spellings that mean the same unit (UCUM code and the words labs print). */
const UNIT_ALIASES: Record<string, string> = {
  'mm[hg]': 'mmHg',
  mmhg: 'mmHg',
  '/min': 'battiti/min',
  bpm: 'battiti/min',
  'battiti/min': 'battiti/min',
  'beats/min': 'battiti/min',
  'mg/dl': 'mg/dL',
  'g/dl': 'g/dL',
  'g/l': 'g/L',
  'mg/l': 'mg/L',
  'mmol/l': 'mmol/L',
  'umol/l': 'µmol/L',
  'µmol/l': 'µmol/L',
  'u/l': 'U/L',
  'ui/l': 'U/L',
  'iu/l': 'U/L',
  kg: 'kg',
  '{inr}': 'INR',
  inr: 'INR',
  '%': '%',
  '10*3/ul': '10^3/µL',
  '10^3/µl': '10^3/µL',
  '10^3/ul': '10^3/µL',
  '/ul': '/µL',
  'ml/min/1.73m2': 'mL/min/1,73 m²',
  'ml/min/{1.73_m2}': 'mL/min/1,73 m²',
};
/** Same quantity, another power of ten: factor to the first unit. */
const CONVERSIONS: Record<string, Record<string, number>> = {
  'g/L': { 'g/dL': 10, 'mg/dL': 0.01 },
  'g/dL': { 'g/L': 0.1, 'mg/dL': 0.001 },
  'mg/dL': { 'mg/L': 0.1, 'g/L': 100, 'g/dL': 1000 },
  'mg/L': { 'mg/dL': 10 },
};

const unitCache = new Map<string, string>();
export function normaliseUnit(unit: string | undefined): string {
  if (!unit) return '';
  let n = unitCache.get(unit);
  if (n === undefined) {
    const u = unit.trim();
    n = UNIT_ALIASES[u.toLowerCase()] ?? u;
    if (unitCache.size < 10_000) unitCache.set(unit, n);
  }
  return n;
}

/** The factor that turns a value in `from` into `to`, when the conversion is known. */
export function unitFactor(from: string, to: string): number | undefined {
  if (from === to) return 1;
  return CONVERSIONS[to]?.[from];
}

// ───────────── ranges ─────────────

const NUM = '(-?\\d+(?:[.,]\\d+)?)';
const RANGE_BETWEEN = new RegExp(`^\\s*${NUM}\\s*(?:–|-|—|a|to|bis)\\s*${NUM}`);
const RANGE_LOW = new RegExp(`^\\s*(?:≥|>=|>|min\\.?)\\s*${NUM}`);
const RANGE_HIGH = new RegExp(`^\\s*(?:≤|<=|<|max\\.?)\\s*${NUM}`);
const num = (s: string) => Number(s.replace(',', '.'));

const rangeCache = new Map<string, NumericRange | undefined>();

/** A reference range read from its words; undefined when the words are not numbers. Cached (labs repeat the same few ranges), so the result is frozen. */
export function parseRange(text: string | undefined): NumericRange | undefined {
  if (!text) return undefined;
  if (rangeCache.has(text)) return rangeCache.get(text);
  const r = readRange(text);
  if (r) Object.freeze(r);
  if (rangeCache.size > 10_000) rangeCache.clear();
  rangeCache.set(text, r);
  return r;
}

function readRange(text: string): NumericRange | undefined {
  let m = RANGE_BETWEEN.exec(text);
  if (m) {
    const low = num(m[1]!), high = num(m[2]!);
    return Number.isFinite(low) && Number.isFinite(high) && low <= high ? { low, high } : undefined;
  }
  if ((m = RANGE_LOW.exec(text))) return { low: num(m[1]!) };
  if ((m = RANGE_HIGH.exec(text))) return { high: num(m[1]!) };
  return undefined;
}

/** A target of a care-path goal in words ("meno di 110 battiti al minuto", "tra 2 e 3") as numbers. */
export function parseTarget(text: string | undefined): NumericRange | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  let m = new RegExp(`(?:tra|fra|between|zwischen)\\s*${NUM}\\s*(?:e|and|und|-|–)\\s*${NUM}`).exec(t);
  if (m) return { low: num(m[1]!), high: num(m[2]!) };
  if ((m = new RegExp(`(?:meno di|sotto|inferiore a|below|less than|under|unter|<|≤)\\s*${NUM}`).exec(t))) return { high: num(m[1]!) };
  if ((m = new RegExp(`(?:più di|almeno|sopra|superiore a|above|more than|at least|über|mindestens|>|≥)\\s*${NUM}`).exec(t))) return { low: num(m[1]!) };
  return parseRange(text);
}

const HIGH_CODES = new Set(['H', 'HH', 'HU', '>', 'A', 'AA']);
const LOW_CODES = new Set(['L', 'LL', 'LU', '<']);

/** Units of quantities that cannot be negative; and magnitudes no human measure reaches. */
const MAX_PLAUSIBLE = 1e7;

function flagOf(value: number, range: NumericRange | undefined, interp: readonly Coding[] | undefined): ResultPoint['flag'] {
  if (range && (range.low !== undefined || range.high !== undefined)) {
    if (range.low !== undefined && value < range.low) return 'low';
    if (range.high !== undefined && value > range.high) return 'high';
    return 'normal';
  }
  for (const c of interp ?? []) {
    if (HIGH_CODES.has(c.code)) return 'high';
    if (LOW_CODES.has(c.code)) return 'low';
    if (c.code === 'N') return 'normal';
  }
  return 'unknown';
}

/**
 * Trend of the last measurements: how many of the newest values fall (or rise) one after the
 * other. "In calo da 3 misure" is a run of 3 values, each lower than the one before.
 */
export function trendOf(values: readonly number[]): Trend {
  const n = values.length;
  if (n < 2) return { direction: 'none', count: n };
  const last = values[n - 1]!, prev = values[n - 2]!;
  const dir = last > prev ? 'up' : last < prev ? 'down' : 'steady';
  let count = 2;
  for (let i = n - 2; i > 0; i--) {
    const a = values[i - 1]!, b = values[i]!;
    const d = b > a ? 'up' : b < a ? 'down' : 'steady';
    if (d !== dir) break;
    count++;
  }
  return { direction: dir, count };
}

function isMeasurement(ev: ClinicalEvent): boolean {
  return (ev.kind === 'observation' || ev.kind === 'taccuino') && !!ev.observation?.numeric;
}

/**
 * The flag of one measured value, as its point in {@link resultSeriesOf} has it (a conversion to
 * another unit scales value and range alike, so the flag is the same); undefined for an event that
 * is not a numeric result. For a caller that needs only this (the timeline's "12 risultati (2 fuori
 * norma)") without the series' grouping and units.
 */
export function resultFlagOf(ev: ClinicalEvent): ResultPoint['flag'] | undefined {
  if (!isMeasurement(ev)) return undefined;
  const o = ev.observation!;
  return flagOf(o.numeric!.value, parseRange(o.referenceRange), o.interpretation);
}

/**
 * Every numeric observation of the view as series by analyte, sorted by name. Values of one
 * analyte in units that convert are shown in the unit of its newest value. Computed once per view
 * object (cached): treat the result as read-only.
 */
export function resultSeriesOf(view: FseView): ResultSeries[] {
  let cached = seriesCache.get(view);
  if (!cached) seriesCache.set(view, (cached = groupSeries(view)));
  return cached;
}

/** Series per view: several elements showing one view (the journey's results and timeline) group it once. */
const seriesCache = new WeakMap<FseView, ResultSeries[]>();

const NO_PROBLEMS: ResultPoint['problems'] = Object.freeze([]);

function groupSeries(view: FseView): ResultSeries[] {
  const byId = new Map<string, ClinicalEvent>();
  for (const e of view.events) if (e.kind === 'document') byId.set(e.id, e);
  // analyte → unit → events
  const analytes = new Map<string, { codes: Coding[]; name: string; loinc?: string; byUnit: Map<string, ClinicalEvent[]> }>();
  for (const ev of view.events) {
    if (!isMeasurement(ev)) continue;
    const loinc = ev.codes.find((c) => c.system === LOINC);
    const first = loinc ?? ev.codes[0];
    const unit = normaliseUnit(ev.observation!.numeric!.unit);
    const akey = first ? (loinc ? `loinc|${loinc.code}` : `${first.system}|${first.code}`) : `title|${ev.title.toLowerCase()}`;
    let a = analytes.get(akey);
    if (!a) {
      a = { codes: ev.codes, name: ev.title || first?.display || first?.code || '', byUnit: new Map() };
      if (loinc) a.loinc = loinc.code;
      analytes.set(akey, a);
    }
    let list = a.byUnit.get(unit);
    if (!list) a.byUnit.set(unit, (list = []));
    list.push(ev);
  }
  const goals: { carePathId: string; goal: CarePathGoal }[] = [];
  for (const p of view.carePaths) for (const g of p.goals) goals.push({ carePathId: p.id, goal: g });

  const out: ResultSeries[] = [];
  for (const [akey, a] of analytes) {
    // The unit of the newest value leads; others convert into it when they can. A loop, not
    // Math.max(...dates): an analyte may have more values than a call takes arguments.
    const units = [...a.byUnit.entries()].map(([u, evs]) => {
      let newest = -Infinity;
      for (const e of evs) if (e.date.start > newest) newest = e.date.start;
      return { u, evs, newest };
    });
    units.sort((x, y) => y.newest - x.newest);
    // Each group: its unit, and the events of each unit that convert into it with their factor
    // (no object per value: one analyte in one unit, the usual case, is its list of events as read).
    const groups: { unit: string; parts: { factor: number; evs: ClinicalEvent[] }[] }[] = [];
    for (const { u, evs } of units) {
      const target = groups.find((g) => unitFactor(u, g.unit) !== undefined);
      if (target) target.parts.push({ factor: unitFactor(u, target.unit)!, evs });
      else groups.push({ unit: u, parts: [{ factor: 1, evs }] });
    }
    for (const g of groups) {
      const evs: ClinicalEvent[] = g.parts.length === 1 ? g.parts[0]!.evs : g.parts.flatMap((p) => p.evs);
      const factors = g.parts.length === 1 ? undefined : new Map<ClinicalEvent, number>(g.parts.flatMap((p) => p.evs.map((ev) => [ev, p.factor] as const)));
      // Sorted once, and only when the view's order is not already oldest first.
      const before = (x: ClinicalEvent, y: ClinicalEvent) => x.date.start - y.date.start || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
      let sorted = true;
      for (let i = 1; i < evs.length && sorted; i++) sorted = before(evs[i - 1]!, evs[i]!) <= 0;
      if (!sorted) evs.sort(before);
      const panels = new Set<string>();
      const carePaths = new Set<string>();
      let range: NumericRange | undefined;
      let rangeText: string | undefined;
      const points: ResultPoint[] = [];
      for (const ev of evs) {
        const factor = factors?.get(ev) ?? 1;
        const o = ev.observation!;
        const raw = o.numeric!.value;
        const value = raw * factor;
        const parsed = parseRange(o.referenceRange);
        const pr = parsed && factor !== 1 ? { low: parsed.low !== undefined ? parsed.low * factor : undefined, high: parsed.high !== undefined ? parsed.high * factor : undefined } : parsed;
        if (pr) {
          range = pr;
          rangeText = undefined;
        } else if (o.referenceRange) rangeText = o.referenceRange;
        let problems: ResultPoint['problems'] = NO_PROBLEMS;
        const implausible = !Number.isFinite(value) || Math.abs(value) > MAX_PLAUSIBLE || (value < 0 && g.unit !== '' && !/°|‰|%|ΔE|score/i.test(g.unit));
        if (!g.unit || implausible || factor !== 1) {
          const list: ('no-unit' | 'implausible' | 'converted')[] = [];
          if (!g.unit) list.push('no-unit');
          if (implausible) list.push('implausible');
          if (factor !== 1) list.push('converted');
          problems = list;
        }
        const doc = ev.documentId ? byId.get(ev.documentId) : undefined;
        const point: ResultPoint = {
          eventId: ev.id,
          t: ev.date.start,
          value,
          text: o.value ?? String(raw),
          flag: flagOf(value, pr, o.interpretation),
          problems,
          taccuino: ev.kind === 'taccuino',
        };
        if (doc) point.documentId = doc.id;
        if (o.panel?.title) panels.add(o.panel.title);
        for (const c of ev.carePathIds) carePaths.add(c);
        points.push(point);
      }
      const name = a.name;
      const series: ResultSeries = {
        key: groups.length > 1 ? `${akey}|${g.unit}` : akey,
        name,
        codes: a.codes,
        unit: g.unit,
        points,
        panels: [...panels],
        carePathIds: [...carePaths],
        unitSplit: groups.length > 1,
        trend: trendOf(points.map((p) => p.value)),
        goals: [],
      };
      if (a.loinc) series.loinc = a.loinc;
      if (range) series.range = range;
      if (rangeText) series.rangeText = rangeText;
      const lname = name.toLowerCase();
      for (const { carePathId, goal } of goals) {
        if (!lname || !goal.text.toLowerCase().includes(lname)) continue;
        const gl: ResultSeries['goals'][number] = { carePathId, text: goal.text };
        if (goal.target) gl.target = goal.target;
        const r = parseTarget(goal.target);
        if (r) gl.range = r;
        series.goals.push(gl);
        if (!series.carePathIds.includes(carePathId)) series.carePathIds.push(carePathId);
      }
      out.push(series);
    }
  }
  // One collator: localeCompare with a locale builds one per call (seconds for 500 names).
  const collator = new Intl.Collator('it');
  return out.sort((x, y) => collator.compare(x.name, y.name) || (x.key < y.key ? -1 : 1));
}
