/**
 * The one place dates and numbers are formatted: Intl formatters, cached per language, time zone
 * and options (creating an Intl.DateTimeFormat costs far more than using one).
 *
 * Date-only values (`2019`, `2019-03`, `2019-03-30`) are formatted from the digits they were
 * written with, so they show the same day in every time zone and across DST changes; instants
 * are formatted in the element's time zone (Europe/Rome by default).
 */
import type { FuzzyDate } from '@percorso/model';

/**
 * A language: the primary subtag of a BCP 47 tag (`it`, `en`, `de`, `fr`, `sl`…). Italian is built
 * in; the others are registered (see `registerLocale` in localize.ts).
 */
export type Lang = string;

/** The Intl locale each language formats dates and numbers with (`registerLocale`'s `intl` option adds one). */
const LOCALES = new Map<Lang, string>([
  ['it', 'it-IT'],
  ['en', 'en-GB'],
  ['de', 'de-DE'],
  ['fr', 'fr-FR'],
  ['sl', 'sl-SI'],
]);

/** Sets the Intl locale a language formats with (`fr` → `fr-CH`, say); formatters made for it are dropped. */
export function setIntlLocale(lang: Lang, locale: string): void {
  if (LOCALES.get(lang) === locale) return;
  LOCALES.set(lang, locale);
  dtfCache.clear();
  nfCache.clear();
  prCache.clear();
  rtfCache.clear();
}

const intlLocale = (lang: Lang): string => LOCALES.get(lang) ?? lang;

const dtfCache = new Map<string, Intl.DateTimeFormat>();
/** A cached Intl.DateTimeFormat. */
export function dateTimeFormat(lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let f = dtfCache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone });
    } catch {
      // An unknown time zone from the host page: fall back to Europe/Rome rather than throw.
      f = new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: 'Europe/Rome' });
    }
    dtfCache.set(key, f);
  }
  return f;
}

const nfCache = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = nfCache.get(key);
  if (!f) nfCache.set(key, (f = new Intl.NumberFormat(intlLocale(lang), options)));
  return f.format(n);
}

const collatorCache = new Map<Lang, Intl.Collator>();
/** The language's collator for sorting names (one per language: building one costs more than sorting a few names). */
export function collatorFor(lang: Lang): Intl.Collator {
  let c = collatorCache.get(lang);
  if (!c) collatorCache.set(lang, (c = new Intl.Collator(intlLocale(lang))));
  return c;
}

const prCache = new Map<Lang, Intl.PluralRules>();
export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  let p = prCache.get(lang);
  if (!p) prCache.set(lang, (p = new Intl.PluralRules(intlLocale(lang))));
  return p.select(n);
}

export type DateStyle = 'short' | 'long';

const ISO_DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Year, month and day as written in a FuzzyDate's ISO string. */
function writtenParts(iso: string): { y: number; m: number; d: number } | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: m[3] ? Number(m[3]) : 1 };
}

/**
 * A FuzzyDate in words, keeping its precision: `2019`, `marzo 2019`, `30 marzo 2019`,
 * `30 marzo 2019, 11:24`.
 */
export function formatFuzzyDate(date: FuzzyDate, lang: Lang, timeZone: string, style: DateStyle = 'long'): string {
  const month = style === 'long' ? 'long' : 'short';
  if (date.precision === 'year' || date.precision === 'month' || date.precision === 'day') {
    const p = writtenParts(date.iso);
    if (!p) return date.iso;
    if (date.precision === 'year') return String(p.y);
    const utc = Date.UTC(p.y, p.m - 1, p.d);
    const opts: Intl.DateTimeFormatOptions =
      date.precision === 'month' ? { year: 'numeric', month } : { year: 'numeric', month, day: 'numeric' };
    return dateTimeFormat(lang, 'UTC', opts).format(utc);
  }
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month, day: 'numeric', hour: '2-digit', minute: '2-digit' };
  if (date.precision === 'second' && style === 'long') opts.second = '2-digit';
  return dateTimeFormat(lang, timeZone, opts).format(date.start);
}

/** An instant (epoch ms) as a date, or date and time. */
export function formatInstant(ms: number, lang: Lang, timeZone: string, withTime = false, style: DateStyle = 'short'): string {
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: style === 'long' ? 'long' : 'short', day: 'numeric' };
  if (withTime) Object.assign(opts, { hour: '2-digit', minute: '2-digit' });
  return dateTimeFormat(lang, timeZone, opts).format(ms);
}

/**
 * A span of time in as few words as its length needs: `2019–2021`, `mar 2019 – feb 2020`,
 * `3–18 mar 2019`, `30 mar 2019, 08:00–14:00`.
 */
export function formatSpan(startMs: number, endMs: number, lang: Lang, timeZone: string): string {
  const day = 86_400_000;
  const len = Math.max(0, endMs - startMs);
  let opts: Intl.DateTimeFormatOptions;
  if (len > 3 * 365 * day) opts = { year: 'numeric' };
  else if (len > 62 * day) opts = { year: 'numeric', month: 'short' };
  else if (len > 2 * day) opts = { year: 'numeric', month: 'short', day: 'numeric' };
  else opts = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  const f = dateTimeFormat(lang, timeZone, opts);
  // The end of a span is exclusive: show its last instant.
  const last = Math.max(startMs, endMs - 1);
  return f.formatRange(startMs, last);
}

/** A period from two optional FuzzyDates: `dal 3 marzo 2019`, `3 marzo 2019 – 9 marzo 2019`. */
export function formatPeriod(
  start: FuzzyDate | undefined,
  end: FuzzyDate | undefined,
  lang: Lang,
  timeZone: string,
  words: { from: string; until: string },
  style: DateStyle = 'long',
): string {
  if (start && end) return `${formatFuzzyDate(start, lang, timeZone, style)} – ${formatFuzzyDate(end, lang, timeZone, style)}`;
  if (start) return `${words.from} ${formatFuzzyDate(start, lang, timeZone, style)}`;
  if (end) return `${words.until} ${formatFuzzyDate(end, lang, timeZone, style)}`;
  return '';
}

const rtfCache = new Map<Lang, Intl.RelativeTimeFormat>();
/**
 * How long ago an instant was, in the largest unit that fits ("3 settimane fa", "vor 2 Jahren",
 * "today"), for saying how old a piece of information is.
 */
export function formatAge(ms: number, now: number, lang: Lang): string {
  let f = rtfCache.get(lang);
  if (!f) rtfCache.set(lang, (f = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' })));
  const days = Math.round((ms - now) / 86_400_000);
  const abs = Math.abs(days);
  if (abs < 14) return f.format(days, 'day');
  if (abs < 62) return f.format(Math.round(days / 7), 'week');
  if (abs < 730) return f.format(Math.round(days / 30.44), 'month');
  return f.format(Math.round(days / 365.25), 'year');
}
