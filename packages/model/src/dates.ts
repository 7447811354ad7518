/**
 * FHIR dates and instants → {@link FuzzyDate}s that keep their precision.
 *
 * - `YYYY`, `YYYY-MM`, `YYYY-MM-DD` span local midnight → local midnight in the record's time zone
 *   (Europe/Rome by default), so a DST day is 23 or 25 hours long and a date never moves to
 *   another day;
 * - `YYYY-MM-DDThh:mm[:ss[.sss]](Z|±hh:mm)` keeps its offset; its span is one minute or one second;
 * - anything else (impossible dates such as 2019-02-30, years outside {@link MIN_YEAR}…{@link MAX_YEAR},
 *   non-ISO text) is refused with a reason, never guessed.
 *
 * Hand-written scanners, no regular expressions: this runs once per date of every event.
 */
import type { FuzzyDate, Precision } from './types.js';

export const DEFAULT_TIME_ZONE = 'Europe/Rome';
/** Years outside this range are refused (`date-out-of-range`): typos such as 0219 or 20019. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

export type DateProblem = 'invalid-date' | 'date-out-of-range' | 'not-iso-date';

export type DateResult = { ok: true; date: FuzzyDate; noOffset?: boolean } | { ok: false; problem: DateProblem };

const MINUTE = 60_000;
const DAY_MS = 86_400_000;

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// ───────────── time zones ─────────────

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(tz: string): Intl.DateTimeFormat | null {
  let f = formatters.get(tz);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(tz, f);
  }
  return f;
}

/** Whether `tz` is an IANA time zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  return typeof tz === 'string' && tz.length > 0 && formatterFor(tz) !== null;
}

const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * Offset of `tz` from UTC at the instant `t` (ms): local wall clock − UTC. Cached per zone and
 * quarter of an hour (time zones change offset on quarter hours), since a timeline axis or a large
 * record asks for the same few thousand offsets again and again.
 */
export function zoneOffset(t: number, tz: string): number {
  const slot = Math.floor(t / QUARTER_HOUR);
  let cache = offsetCache.get(tz);
  if (!cache) offsetCache.set(tz, (cache = new Map()));
  let off = cache.get(slot);
  if (off === undefined) {
    off = computeOffset(slot * QUARTER_HOUR, tz);
    if (cache.size > 100_000) cache.clear();
    cache.set(slot, off);
  }
  return off;
}

function computeOffset(t: number, tz: string): number {
  const f = formatterFor(tz);
  if (!f) return 0;
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = f.formatToParts(t);
  } catch {
    return 0; // outside the range a Date can hold
  }
  for (const p of parts) {
    switch (p.type) {
      case 'year': y = +p.value; break;
      case 'month': mo = +p.value; break;
      case 'day': d = +p.value; break;
      case 'hour': h = +p.value; break;
      case 'minute': mi = +p.value; break;
      case 'second': s = +p.value; break;
    }
  }
  const asUtc = Date.UTC(y, mo - 1, d, h === 24 ? 0 : h, mi, s);
  return asUtc - (t - (t % 1000 + 1000) % 1000);
}

/**
 * Epoch ms of the wall-clock time y-m-d h:mi:s in `tz`: the first one when a DST change repeats it
 * (02:30 on the last Sunday of October in Rome is 00:30 UTC, not 01:30 UTC), and the instant just
 * past the gap when a change skips it (02:30 on the last Sunday of March is read as 03:30 CEST).
 * A zone changes its offset at most once a day, so the offsets a day before and a day after are
 * the only candidates.
 */
export function localToEpoch(y: number, m: number, d: number, tz: string, h = 0, mi = 0, s = 0): number {
  const wall = Date.UTC(y, m - 1, d, h, mi, s);
  const before = zoneOffset(wall - DAY_MS, tz);
  const after = zoneOffset(wall + DAY_MS, tz);
  const tBefore = wall - before;
  if (before === after) return tBefore;
  const tAfter = wall - after;
  const beforeHolds = zoneOffset(tBefore, tz) === before;
  const afterHolds = zoneOffset(tAfter, tz) === after;
  if (beforeHolds && afterHolds) return Math.min(tBefore, tAfter);
  if (beforeHolds) return tBefore;
  if (afterHolds) return tAfter;
  return Math.max(tBefore, tAfter);
}

const midnightCache = new Map<string, number>();

/** Local midnight starting day y-m-d in `tz`, cached (records repeat the same days). */
function localMidnight(y: number, m: number, d: number, tz: string): number {
  // normalise month/day overflow (m = 13 → next year) through Date.UTC
  const n = new Date(Date.UTC(y, m - 1, d));
  const ny = n.getUTCFullYear(), nm = n.getUTCMonth() + 1, nd = n.getUTCDate();
  const key = `${tz}|${ny}|${nm}|${nd}`;
  let v = midnightCache.get(key);
  if (v === undefined) {
    v = localToEpoch(ny, nm, nd, tz);
    if (midnightCache.size > 200_000) midnightCache.clear();
    midnightCache.set(key, v);
  }
  return v;
}

// ───────────── parsing ─────────────

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const pad4 = (n: number) => String(n).padStart(4, '0');

/**
 * Reads a FHIR `date`, `dateTime` or `instant`. Accepts the HL7 TS form the gateway's CDA uses
 * (`20220330112426+0100`) too. Never throws.
 */
export function readFuzzyDate(value: unknown, timeZone: string = DEFAULT_TIME_ZONE): DateResult {
  if (typeof value !== 'string') return { ok: false, problem: 'not-iso-date' };
  // Date-only values repeat a lot in a record: read each once per time zone (results are frozen).
  if (value.length <= 10) {
    const key = timeZone === DEFAULT_TIME_ZONE ? value : `${timeZone}|${value}`;
    let hit = shortCache.get(key);
    if (!hit) {
      hit = readUncached(value, timeZone);
      if (hit.ok) Object.freeze(hit.date);
      Object.freeze(hit);
      if (shortCache.size > 100_000) shortCache.clear();
      shortCache.set(key, hit);
    }
    return hit;
  }
  return readUncached(value, timeZone);
}

const shortCache = new Map<string, DateResult>();

/**
 * Empties the memo caches of this module (formatters, zone offsets, local midnights, date-only
 * values). Each is bounded and refills on demand; a process reading records in many time zones
 * can free their memory, and the mutation tests start each run from nothing (a value cached while
 * one mutant was active must not answer for the next).
 */
export function clearDateCaches(): void {
  formatters.clear();
  offsetCache.clear();
  midnightCache.clear();
  shortCache.clear();
}

function readUncached(value: string, timeZone: string): DateResult {
  const s = value.length > 64 ? '' : value.trim();
  const n = s.length;
  if (n < 4) return { ok: false, problem: 'not-iso-date' };
  // HL7 TS (YYYYMM, YYYYMMDD…): digits where ISO has its first '-'
  if ((n === 6 && digits(s, 0, 6) >= 0) || (n >= 8 && digits(s, 0, 8) >= 0 && (n === 8 || s.charCodeAt(8) !== 45))) return readCompact(s, timeZone);
  const y = digits(s, 0, 4);
  if (y < 0) return { ok: false, problem: 'not-iso-date' };
  if (n === 4) return y < MIN_YEAR || y > MAX_YEAR ? bad('date-out-of-range') : span(pad4(y), 'year', y, 1, 1, y + 1, 1, 1, timeZone);
  if (s.charCodeAt(4) !== 45 || n < 7) return bad('not-iso-date');
  const m = digits(s, 5, 2);
  if (m < 0) return bad('not-iso-date');
  if (m < 1 || m > 12) return bad('invalid-date');
  if (n === 7) {
    if (y < MIN_YEAR || y > MAX_YEAR) return bad('date-out-of-range');
    return span(`${pad4(y)}-${pad2(m)}`, 'month', y, m, 1, y, m + 1, 1, timeZone);
  }
  if (s.charCodeAt(7) !== 45 || n < 10) return bad('not-iso-date');
  const d = digits(s, 8, 2);
  if (d < 0) return bad('not-iso-date');
  if (d < 1 || d > daysInMonth(y, m)) return bad('invalid-date');
  if (n === 10) {
    if (y < MIN_YEAR || y > MAX_YEAR) return bad('date-out-of-range');
    return span(`${pad4(y)}-${pad2(m)}-${pad2(d)}`, 'day', y, m, d, y, m, d + 1, timeZone);
  }
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 116 && sep !== 32) return bad('not-iso-date'); // T, t, space
  return readTime(s, 11, y, m, d, timeZone);
}

function bad(problem: DateProblem): DateResult {
  return { ok: false, problem };
}

function span(iso: string, precision: Precision, y: number, m: number, d: number, y2: number, m2: number, d2: number, tz: string): DateResult {
  const start = localMidnight(y, m, d, tz);
  const end = localMidnight(y2, m2, d2, tz);
  return { ok: true, date: { iso, precision, start, end } };
}

function readTime(s: string, i: number, y: number, m: number, d: number, tz: string): DateResult {
  const n = s.length;
  const h = digits(s, i, 2);
  if (h < 0 || s.charCodeAt(i + 2) !== 58) return bad('not-iso-date');
  const mi = digits(s, i + 3, 2);
  if (mi < 0) return bad('not-iso-date');
  let p = i + 5;
  let sec = 0;
  let ms = 0;
  let precision: Precision = 'minute';
  if (p < n && s.charCodeAt(p) === 58) {
    sec = digits(s, p + 1, 2);
    if (sec < 0) return bad('not-iso-date');
    precision = 'second';
    p += 3;
    if (p < n && s.charCodeAt(p) === 46) {
      p++;
      let scale = 100;
      const from = p;
      while (p < n) {
        const c = s.charCodeAt(p) - 48;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale /= 10;
        p++;
      }
      if (p === from) return bad('not-iso-date');
      ms = Math.floor(ms);
    }
  }
  if (h > 24 || mi > 59 || sec > 60 || (h === 24 && (mi > 0 || sec > 0))) return bad('invalid-date');
  if (sec === 60) sec = 59; // leap second: keep it inside its minute
  let offset: number | undefined;
  let zone = '';
  if (p < n) {
    const c = s.charCodeAt(p);
    if ((c === 90 || c === 122) && p + 1 === n) {
      offset = 0;
      zone = 'Z';
    } else if (c === 43 || c === 45) {
      const oh = digits(s, p + 1, 2);
      let om: number;
      if (p + 6 === n && s.charCodeAt(p + 3) === 58) om = digits(s, p + 4, 2);
      else if (p + 5 === n) om = digits(s, p + 3, 2);
      else if (p + 3 === n) om = 0;
      else return bad('not-iso-date');
      if (oh < 0 || om < 0) return bad('not-iso-date');
      if (oh > 14 || om > 59) return bad('invalid-date');
      offset = (c === 45 ? -1 : 1) * (oh * 60 + om) * MINUTE;
      zone = `${c === 45 ? '-' : '+'}${pad2(oh)}:${pad2(om)}`;
    } else return bad('not-iso-date');
  }
  if (y < MIN_YEAR || y > MAX_YEAR) return bad('date-out-of-range');
  const unit = precision === 'minute' ? MINUTE : 1000;
  const date = `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
  const time = `${pad2(h)}:${pad2(mi)}${precision === 'second' ? ':' + pad2(sec) : ''}`;
  let start: number;
  if (offset === undefined) {
    start = localToEpoch(y, m, d, tz, h, mi, sec) + ms;
  } else {
    start = Date.UTC(y, m - 1, d, h, mi, sec, ms) - offset;
  }
  const iso = `${date}T${time}${zone}`;
  return { ok: true, date: { iso, precision, start, end: start + unit }, ...(offset === undefined ? { noOffset: true } : {}) };
}

/** HL7 v2/CDA TS: YYYY[MM[DD[HH[MM[SS]]]]][±ZZZZ]. */
function readCompact(s: string, tz: string): DateResult {
  let k = 0;
  while (k < s.length && k < 14) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) break;
    k++;
  }
  const body = s.slice(0, k);
  const rest = s.slice(k);
  if (![4, 6, 8, 12, 14].includes(body.length)) return bad('not-iso-date');
  const y = body.slice(0, 4), m = body.slice(4, 6), d = body.slice(6, 8);
  if (body.length <= 8) {
    if (rest) return bad('not-iso-date');
    return readUncached([y, m, d].filter(Boolean).join('-'), tz);
  }
  const hh = body.slice(8, 10), mi = body.slice(10, 12), ss = body.slice(12, 14);
  let zone = '';
  if (rest) {
    if (rest.length !== 5 || (rest[0] !== '+' && rest[0] !== '-')) return bad('not-iso-date');
    zone = `${rest.slice(0, 3)}:${rest.slice(3)}`;
  }
  return readUncached(`${y}-${m}-${d}T${hh}:${mi}${ss ? ':' + ss : ''}${zone}`, tz);
}

/** A FHIR date/dateTime/instant as a {@link FuzzyDate}, or `undefined` when it is not a usable date. */
export function parseFuzzyDate(value: unknown, timeZone: string = DEFAULT_TIME_ZONE): FuzzyDate | undefined {
  const r = readFuzzyDate(value, timeZone);
  return r.ok ? r.date : undefined;
}

/** The day (date-only FuzzyDate) containing the instant `t` in `timeZone`. */
export function dayOf(t: number, timeZone: string = DEFAULT_TIME_ZONE): FuzzyDate {
  const local = new Date(t + zoneOffset(t, timeZone));
  const y = local.getUTCFullYear(), m = local.getUTCMonth() + 1, d = local.getUTCDate();
  const start = localMidnight(y, m, d, timeZone);
  return { iso: `${pad4(y)}-${pad2(m)}-${pad2(d)}`, precision: 'day', start, end: localMidnight(y, m, d + 1, timeZone) };
}

/** Length of a day-precision span in hours (23, 24 or 25 around DST changes). */
export function spanHours(date: FuzzyDate): number {
  return (date.end - date.start) / 3_600_000;
}

export { DAY_MS };
