/**
 * The time axis in the element's time zone and language: ticks on local midnights, months and
 * years (a day tick on a DST day is still local midnight), labels from the shared Intl formatter,
 * never d3-time-format's English.
 */
import {
  utcDay,
  utcHour,
  utcMinute,
  utcMonth,
  utcWeek,
  utcYear,
  type CountableTimeInterval,
} from 'd3-time';
import { zoneOffset } from '@percorso/model';
import { dateTimeFormat, type Lang } from '../internal/format.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Wall-clock time (as if UTC) → instant, in a time zone (the earlier instant on a DST fold). */
export function fromWall(wall: number, timeZone: string): number {
  let t = wall - zoneOffset(wall, timeZone);
  t = wall - zoneOffset(t, timeZone);
  return t;
}

export interface Tick {
  t: number;
  label: string;
  /** A major tick (start of a year, month or day, depending on the level). */
  major: boolean;
}

interface Level {
  interval: CountableTimeInterval;
  step: number;
  span: number;
  format: Intl.DateTimeFormatOptions;
  major: (wall: Date) => boolean;
}

const yearFmt: Intl.DateTimeFormatOptions = { year: 'numeric' };
const monthFmt: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };
const monthOnly: Intl.DateTimeFormatOptions = { month: 'short' };
const dayFmt: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const timeFmt: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

const LEVELS: Level[] = [
  { interval: utcMinute, step: 15, span: 15 * 60_000, format: timeFmt, major: (d) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0 },
  { interval: utcMinute, step: 30, span: 30 * 60_000, format: timeFmt, major: (d) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0 },
  { interval: utcHour, step: 1, span: HOUR, format: timeFmt, major: (d) => d.getUTCHours() === 0 },
  { interval: utcHour, step: 3, span: 3 * HOUR, format: timeFmt, major: (d) => d.getUTCHours() === 0 },
  { interval: utcHour, step: 6, span: 6 * HOUR, format: timeFmt, major: (d) => d.getUTCHours() === 0 },
  { interval: utcHour, step: 12, span: 12 * HOUR, format: timeFmt, major: (d) => d.getUTCHours() === 0 },
  { interval: utcDay, step: 1, span: DAY, format: dayFmt, major: (d) => d.getUTCDate() === 1 },
  { interval: utcDay, step: 2, span: 2 * DAY, format: dayFmt, major: (d) => d.getUTCDate() === 1 },
  { interval: utcWeek, step: 1, span: 7 * DAY, format: dayFmt, major: (d) => d.getUTCDate() <= 7 },
  { interval: utcMonth, step: 1, span: 30 * DAY, format: monthOnly, major: (d) => d.getUTCMonth() === 0 },
  { interval: utcMonth, step: 3, span: 91 * DAY, format: monthFmt, major: (d) => d.getUTCMonth() === 0 },
  { interval: utcMonth, step: 6, span: 182 * DAY, format: monthFmt, major: (d) => d.getUTCMonth() === 0 },
  { interval: utcYear, step: 1, span: 365 * DAY, format: yearFmt, major: (d) => d.getUTCFullYear() % 10 === 0 },
  { interval: utcYear, step: 2, span: 730 * DAY, format: yearFmt, major: (d) => d.getUTCFullYear() % 10 === 0 },
  { interval: utcYear, step: 5, span: 1826 * DAY, format: yearFmt, major: (d) => d.getUTCFullYear() % 50 === 0 },
  { interval: utcYear, step: 10, span: 3652 * DAY, format: yearFmt, major: (d) => d.getUTCFullYear() % 100 === 0 },
  { interval: utcYear, step: 20, span: 7305 * DAY, format: yearFmt, major: (d) => d.getUTCFullYear() % 100 === 0 },
  { interval: utcYear, step: 50, span: 18262 * DAY, format: yearFmt, major: (d) => d.getUTCFullYear() % 100 === 0 },
];

/**
 * Ticks for [t0, t1] over `width` px, about one per `minPx` px, on local calendar boundaries of
 * `timeZone`, labelled in `lang`. At the month level, January shows its year.
 */
export function timeTicks(t0: number, t1: number, width: number, lang: Lang, timeZone: string, minPx = 90): Tick[] {
  if (!(t1 > t0) || !(width > 0)) return [];
  const msPerPx = (t1 - t0) / width;
  const level = LEVELS.find((l) => l.span / msPerPx >= minPx) ?? LEVELS[LEVELS.length - 1];
  // The wall-clock range, widened by the largest offset any zone has (±14 h): the ticks are then
  // placed exactly, and their offsets (on calendar boundaries) stay cached while one pans.
  const w0 = t0 - 14 * HOUR;
  const w1 = t1 + 14 * HOUR;
  const interval = level.step > 1 ? level.interval.every(level.step) : level.interval;
  if (!interval) return [];
  const walls = interval.range(new Date(w0), new Date(w1 + 1));
  const out: Tick[] = [];
  const tickFmt = dateTimeFormat(lang, 'UTC', level.format);
  const yearLabel = dateTimeFormat(lang, 'UTC', monthFmt);
  const dayLabel = dateTimeFormat(lang, 'UTC', dayFmt);
  for (const w of walls) {
    if (out.length > 400) break;
    const t = fromWall(+w, timeZone);
    if (t < t0 - 1 || t > t1 + 1) continue;
    const major = level.major(w);
    const label =
      level.format === monthOnly && w.getUTCMonth() === 0
        ? yearLabel.format(w)
        : level.format === timeFmt && major
          ? dayLabel.format(w)
          : tickFmt.format(w);
    out.push({ t, label, major });
  }
  return out;
}
