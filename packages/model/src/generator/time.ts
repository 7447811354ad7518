/**
 * Instants and dates as FHIR writes them, in Europe/Rome: `2026-11-15T10:00:00+01:00`,
 * `2026-11-15`. Computed by hand (EU summer time: last Sunday of March 01:00 UTC to last Sunday
 * of October 01:00 UTC) rather than through Intl, so that generating 100 000 events stays fast
 * and gives the same text in every engine. Italy's pre-1996 summer-time calendar differed by a few
 * weeks; the generator applies the current rule to every year (the instants stay exact, only the
 * written offset of a few historical September dates would differ).
 */

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const YEAR = 365.25 * DAY;

const dstCache = new Map<number, [number, number]>();

function lastSunday(year: number, month0: number): number {
  const last = new Date(Date.UTC(year, month0 + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

function dstSpan(year: number): [number, number] {
  let span = dstCache.get(year);
  if (!span) {
    span = [Date.UTC(year, 2, lastSunday(year, 2), 1), Date.UTC(year, 9, lastSunday(year, 9), 1)];
    dstCache.set(year, span);
  }
  return span;
}

/** Civil date of a day count since 1970-01-01 (H. Hinnant's algorithm): no Date objects, no allocation. */
function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Offset of Europe/Rome from UTC at an instant, in hours (1 or 2). */
export function romeOffset(epoch: number): number {
  const month = civil(Math.floor(epoch / DAY));
  const [start, end] = dstSpan(month[0]);
  return epoch >= start && epoch < end ? 2 : 1;
}

/** The instant of a wall-clock time in Rome. */
export function romeTime(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  return guess - romeOffset(guess - HOUR) * HOUR;
}

const P2: string[] = Array.from({ length: 60 }, (_, i) => (i < 10 ? '0' + i : String(i)));
const p2 = (n: number): string => P2[n] ?? String(n);

/** `YYYY-MM-DD` per local day number, built once per day: the generator writes many instants a day. */
const dayText = new Map<number, string>();
function localDay(days: number): string {
  let s = dayText.get(days);
  if (s === undefined) {
    const [y, m, d] = civil(days);
    s = `${y}-${p2(m)}-${p2(d)}`;
    dayText.set(days, s);
  }
  return s;
}

/** `THH:MM:00+0X:00` per minute of the day and offset, built once. */
const minuteText: string[] = [];
function localMinute(minuteOfDay: number, off: number): string {
  const i = minuteOfDay * 2 + (off - 1);
  let s = minuteText[i];
  if (s === undefined) {
    s = `T${p2(Math.floor(minuteOfDay / 60))}:${p2(minuteOfDay % 60)}:00+0${off}:00`;
    minuteText[i] = s;
  }
  return s;
}

/** `2026-11-15T10:00:00+01:00`. */
export function instant(epoch: number): string {
  const off = romeOffset(epoch);
  const local = epoch + off * HOUR;
  const days = Math.floor(local / DAY);
  const ms = local - days * DAY;
  const secs = Math.floor(ms / 1000);
  if (secs % 60 === 0) return localDay(days) + localMinute(secs / 60, off);
  return `${localDay(days)}T${p2(Math.floor(secs / 3600))}:${p2(Math.floor(secs / 60) % 60)}:${p2(secs % 60)}+0${off}:00`;
}

/** `2026-11-15`, the local date in Rome. */
export function dateOnly(epoch: number): string {
  return localDay(Math.floor((epoch + romeOffset(epoch) * HOUR) / DAY));
}

/** `2026-11`. */
export function monthOnly(epoch: number): string {
  return dateOnly(epoch).slice(0, 7);
}

/** `20261115100000`, the compact form used in document identifiers. */
export function compact(epoch: number): string {
  const s = instant(epoch);
  return s.slice(0, 4) + s.slice(5, 7) + s.slice(8, 10) + s.slice(11, 13) + s.slice(14, 16) + s.slice(17, 19);
}

/** Local calendar fields in Rome. */
export function romeFields(epoch: number): { year: number; month: number; day: number; hour: number } {
  const d = new Date(epoch + romeOffset(epoch) * HOUR);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours() };
}

/** The same wall-clock day moved to a given local hour and minute. */
export function atLocal(epoch: number, hour: number, minute: number): number {
  const f = romeFields(epoch);
  return romeTime(f.year, f.month, f.day, hour, minute);
}

/** Adds calendar years in Rome (birthdays). */
export function addYears(epoch: number, years: number): number {
  const f = romeFields(epoch);
  return romeTime(f.year + years, f.month, f.day, 12, 0);
}
