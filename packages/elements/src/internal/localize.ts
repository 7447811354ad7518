/**
 * The one localisation controller. Language comes from the element's `lang`, then the nearest
 * ancestor with `lang` (across shadow roots), then the document; Italian when none is one of
 * the bundled languages (it, en, de). Messages are per element (`static messages`) on top of
 * the shared ones in `messages.ts`; plurals go through Intl.PluralRules.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FuzzyDate } from '@percorso/model';
import {
  formatAge,
  formatFuzzyDate,
  formatInstant,
  formatNumber,
  formatPeriod,
  formatSpan,
  pluralCategory,
  type DateStyle,
  type Lang,
} from './format.js';
import { sharedMessages as shared } from './messages.js';

const sharedMessages = shared as Catalog;

export type { Lang } from './format.js';
export const LANGS: readonly Lang[] = ['it', 'en', 'de'];

export type Params = Record<string, string | number | undefined>;
/** A message: a string with `{name}` placeholders, or a function for plurals and grammar. */
export type Message = string | ((p: Params, l: LocalizeController) => string);
export type Messages = Record<string, Message>;
/** A catalogue: the same keys in every language (Italian is the reference). */
export type Catalog<K extends string = string> = Record<Lang, Record<K, Message>>;

const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function observeDocumentLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const c of hosts) c.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** Normalises `it-IT`, `de_CH`, `EN` to a bundled language, or undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  const base = value.trim().toLowerCase().slice(0, 2) as Lang;
  return LANGS.includes(base) ? base : undefined;
}

/** The language for an element: its own `lang`, the nearest `[lang]` across shadow roots, the document's. */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const l = node.getAttribute('lang');
      if (l) return toLang(l) ?? 'it';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang) ?? 'it';
}

export class LocalizeController implements ReactiveController {
  lang: Lang = 'it';
  private readonly host: ReactiveControllerHost & HTMLElement & { timeZone?: string };
  private readonly catalog: Partial<Catalog>;

  constructor(host: ReactiveControllerHost & HTMLElement & { timeZone?: string }, catalog: Partial<Catalog> = {}) {
    this.host = host;
    this.catalog = catalog;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    observeDocumentLang();
    this.lang = resolveLang(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Re-reads the language (call when `lang` changes); asks the host to re-render if it changed. */
  refresh(): void {
    const next = resolveLang(this.host);
    if (next !== this.lang) {
      this.lang = next;
      this.host.requestUpdate();
    }
  }

  get timeZone(): string {
    return this.host.timeZone || 'Europe/Rome';
  }

  /** Has a message for this key (in the element's or the shared catalogue). */
  has(key: string): boolean {
    return key in (this.catalog[this.lang] ?? {}) || key in (this.catalog.it ?? {}) || key in sharedMessages[this.lang];
  }

  /** The message for `key` in the current language (Italian, then the key itself, as fallbacks). */
  t(key: string, params: Params = {}): string {
    const m =
      this.catalog[this.lang]?.[key] ?? sharedMessages[this.lang][key] ?? this.catalog.it?.[key] ?? sharedMessages.it[key];
    if (m === undefined) return key;
    if (typeof m === 'function') return m(params, this);
    return m.replace(/\{(\w+)\}/g, (_: string, name: string) => {
      const v = params[name];
      return v === undefined ? '' : typeof v === 'number' ? this.number(v) : v;
    });
  }

  /** Picks the plural form of `n`: `l.plural(n, { one: '# documento', other: '# documenti' })`; `#` is the number. */
  plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
    const form = forms[pluralCategory(n, this.lang)] ?? forms.other;
    return form.replace(/#/g, this.number(n));
  }

  number(n: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(n, this.lang, options);
  }

  date(d: FuzzyDate, style: DateStyle = 'long'): string {
    return formatFuzzyDate(d, this.lang, this.timeZone, style);
  }

  /**
   * A birth date as a phrase that keeps its precision and reads right: "nata il 3 marzo 1958",
   * "nata a marzo 1958", "nato nel 1958" (en "born in March 1958", de "geboren im März 1958").
   * A birth instant is said as its day.
   */
  born(d: FuzzyDate, sex?: string): string {
    const coarse = d.precision === 'year' || d.precision === 'month' || d.precision === 'day';
    const date = coarse ? this.date(d) : this.instant(d.start, false, 'long');
    return this.t('born', { date, precision: coarse ? d.precision : 'day', sex });
  }

  instant(ms: number, withTime = false, style: DateStyle = 'short'): string {
    return formatInstant(ms, this.lang, this.timeZone, withTime, style);
  }

  /** How long before `now` an instant was ("3 settimane fa"). */
  age(ms: number, now: number): string {
    return formatAge(ms, now, this.lang);
  }

  span(startMs: number, endMs: number): string {
    return formatSpan(startMs, endMs, this.lang, this.timeZone);
  }

  period(start: FuzzyDate | undefined, end: FuzzyDate | undefined, style: DateStyle = 'long'): string {
    return formatPeriod(start, end, this.lang, this.timeZone, { from: this.t('period.from'), until: this.t('period.until') }, style);
  }
}
