/**
 * The one localisation controller, and the registry of languages a portal can extend.
 *
 * Language comes from the element's `lang`, then the nearest ancestor with `lang` (across shadow
 * roots), then the document; Italian when none is a registered language (said once per language in
 * the console). Italian is built into
 * every element; other languages are registered — the bundled ones by importing
 * `@percorso/elements/locales/en.js` (`de`, `fr`, `sl`), any other by `registerLocale` — so a portal
 * that ships Italian only downloads no other language (the way Shoelace and Web Awesome ship their
 * translations). `overrideMessages` changes single strings of any language, Italian included.
 *
 * Messages are per element (`static messages`, under the element's tag in a locale) on top of the
 * shared ones in `messages.ts` (`shared` in a locale); plurals go through Intl.PluralRules. Each
 * (language, element) pair is merged once into one table, rebuilt only when a locale changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FuzzyDate, GlossaryText, GlossaryTexts, Issue } from '@percorso/model';
import {
  formatAge,
  formatFuzzyDate,
  formatInstant,
  formatNumber,
  formatPeriod,
  formatSpan,
  pluralCategory,
  setIntlLocale,
  type DateStyle,
  type Lang,
} from './format.js';
import { sharedMessages as shared } from './messages.js';

export type { Lang } from './format.js';

export type Params = Record<string, string | number | undefined>;
/** A message: a string with `{name}` placeholders, or a function for plurals and grammar. */
export type Message = string | ((p: Params, l: LocalizeController) => string);
export type Messages = Record<string, Message>;
/**
 * An element's built-in catalogue: Italian, the reference, with every key (other languages are
 * registered through a {@link Locale}).
 */
export type Catalog<K extends string = string> = { it: Record<K, Message> } & Partial<Record<Lang, Record<K, Message>>>;

/** A glossary text in one language: the thing's name and one or two plain sentences (the model's type). */
export type { GlossaryText };

/**
 * One language's strings, for `registerLocale` and `overrideMessages`: the messages every element
 * uses (`shared`), each element's own under its tag (`'fse-timeline'`), the plain message of each
 * model issue code (`issues`), and the glossary (`glossary.documentTypes` by national document type,
 * `glossary.analytes` by LOINC code). Any part may be left out; keys left out fall back to Italian.
 */
export interface Locale {
  shared?: Messages;
  issues?: Record<string, string>;
  glossary?: GlossaryTexts;
  [tag: `fse-${string}`]: Messages | undefined;
}

export interface LocaleOptions {
  /** The Intl locale dates and numbers are formatted with (default: the bundled one, else the language itself): `fr-CH`, `sl-SI`. */
  intl?: string;
}

const registered = new Map<Lang, Locale[]>();
const overridden = new Map<Lang, Locale[]>();
/** Languages an element may speak: Italian, and each registered one. */
const languages = new Set<Lang>(['it']);
/** Merged tables per catalogue and language; dropped whenever a locale changes. */
let merged = new WeakMap<object, Map<Lang, Messages>>();
/** Bumped whenever a locale changes, so a controller's table made before is not used again. */
let version = 0;

const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function localesChanged(): void {
  merged = new WeakMap();
  version++;
  for (const c of hosts) c.refresh(true);
}

/**
 * Adds a language (or more strings to one): `registerLocale('fr', fr)`. Elements on the page that
 * ask for it re-render in it. The bundled languages register themselves when their module is
 * imported (`import '@percorso/elements/locales/fr.js'`); a region can register any other.
 */
export function registerLocale(lang: string, locale: Locale, options: LocaleOptions = {}): void {
  const l = baseLang(lang);
  if (!l) throw new TypeError(`Percorso: "${lang}" is not a language tag`);
  languages.add(l);
  if (options.intl) setIntlLocale(l, options.intl);
  registered.set(l, [...(registered.get(l) ?? []), locale]);
  localesChanged();
}

/**
 * Replaces single strings of a language, built-in or registered, Italian included: a region's own
 * wording (`overrideMessages('it', { 'fse-timeline': { 'lane.reports': 'Referti ed esami' } })`),
 * a glossary text, an issue's plain message. Later overrides win; elements re-render.
 */
export function overrideMessages(lang: string, locale: Locale): void {
  const l = baseLang(lang);
  if (!l) throw new TypeError(`Percorso: "${lang}" is not a language tag`);
  overridden.set(l, [...(overridden.get(l) ?? []), locale]);
  localesChanged();
}

/** The languages elements can speak now: Italian and every registered one. */
export function registeredLanguages(): Lang[] {
  return [...languages];
}

function baseLang(value: string | null | undefined): Lang | undefined {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return base && /^[a-z]{2,3}$/.test(base) ? base : undefined;
}

/** Normalises `it-IT`, `de_CH`, `EN` to a registered language, or undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const base = baseLang(value);
  return base && languages.has(base) ? base : undefined;
}

function observeDocumentLang(): void {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const c of hosts) c.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

type LangNode = { getAttribute?(name: string): string | null; parentNode?: LangNode | null; host?: LangNode };

/**
 * The language for an element: its own `lang`, the nearest `[lang]` across shadow roots, the
 * document's. Reads attributes only, so it also runs where there is no DOM but the element's own
 * (server rendering, where the element's `lang` is all there is).
 */
export function resolveLang(el: LangNode): Lang {
  let node: LangNode | null | undefined = el;
  while (node) {
    const l = typeof node.getAttribute === 'function' ? node.getAttribute('lang') : null;
    if (l) return toLang(l) ?? italianFor(l);
    node = node.parentNode ?? node.host;
  }
  const page = typeof document !== 'undefined' ? document.documentElement?.lang : undefined;
  return page ? (toLang(page) ?? italianFor(page)) : 'it';
}

const told = new Set<Lang>();
/** The languages Percorso bundles as modules (`@percorso/elements/locales/<lang>.js`). */
const BUNDLED: readonly Lang[] = ['en', 'de', 'fr', 'sl'];

/**
 * Italian, for a language asked for that is not registered: said once per language in the console,
 * with the module to import (a bundled language) or the call to make (any other), as a portal that
 * forgot `import '@percorso/elements/locales/de.js'` would otherwise see Italian with no reason.
 */
function italianFor(value: string): Lang {
  const l = baseLang(value);
  if (l && !told.has(l)) {
    told.add(l);
    const how = BUNDLED.includes(l) ? `import '@percorso/elements/locales/${l}.js'` : `registerLocale('${l}', …)`;
    console.warn(`Percorso: lang="${value}" is not a registered language, so elements show Italian (${how} adds it).`);
  }
  return 'it';
}

/** The parts of a language's locales, registered first, then overrides (later ones win). */
function layers(lang: Lang): Locale[] {
  return [...(registered.get(lang) ?? []), ...(overridden.get(lang) ?? [])];
}

/**
 * One table of every message an element says in `lang`: Italian first (shared, the element's
 * built-in, registered and overridden), then the language's own on top, so a key a language lacks
 * is said in Italian.
 */
function table(catalog: Partial<Catalog>, tag: string, lang: Lang): Messages {
  let byLang = merged.get(catalog);
  if (!byLang) merged.set(catalog, (byLang = new Map()));
  let t = byLang.get(lang);
  if (t) return t;
  t = {};
  for (const l of lang === 'it' ? ['it'] : ['it', lang]) {
    Object.assign(t, (shared as Partial<Catalog>)[l], catalog[l]);
    for (const layer of layers(l)) Object.assign(t, layer.shared, layer[tag as `fse-${string}`]);
  }
  byLang.set(lang, t);
  return t;
}

/** A shared message in a language, for code that runs without an element controller (trusted-types.ts). */
export function sharedMessage(lang: Lang, key: string): string {
  const m = table({}, '', lang)[key];
  return typeof m === 'string' ? m : key;
}

/**
 * The plain words of an issue in a language: an override or registered text for its code (each
 * bundled locale module holds every code's), else the issue's own in that language, else the same
 * in Italian. An issue made elsewhere, with no plain words of its own, has none: elements show a
 * general notice, never the developer's message.
 */
export function plainIssue(issue: Issue, lang: Lang): string | undefined {
  const plain = issue.plain as Partial<Record<Lang, string>> | undefined;
  if (!plain) return undefined;
  return registeredIssue(issue.code, lang) ?? plain[lang] ?? (lang === 'it' ? undefined : registeredIssue(issue.code, 'it')) ?? plain.it;
}

function registeredIssue(code: string, lang: Lang): string | undefined {
  for (const layer of layers(lang).reverse()) {
    const text = layer.issues?.[code];
    if (text) return text;
  }
  return undefined;
}

/**
 * A glossary entry's name and text in a language: an override or registered text (the locale
 * modules hold every entry's), else the model's own (Italian).
 */
export function glossaryText(
  kind: 'documentTypes' | 'analytes',
  key: string,
  entry: { name: Partial<Record<string, string>>; text: Partial<Record<string, string>> },
  lang: Lang,
): { name: string; text: string } {
  let name = entry.name[lang];
  let text = entry.text[lang];
  for (const layer of layers(lang)) {
    const g = layer.glossary?.[kind]?.[key];
    if (g?.name) name = g.name;
    if (g?.text) text = g.text;
  }
  if (lang !== 'it' && (!name || !text)) {
    const it = glossaryText(kind, key, entry, 'it');
    name ||= it.name;
    text ||= it.text;
  }
  return { name: name ?? '', text: text ?? '' };
}

export class LocalizeController implements ReactiveController {
  lang: Lang = 'it';
  private readonly host: ReactiveControllerHost & HTMLElement & { timeZone?: string };
  private readonly catalog: Partial<Catalog>;
  private messages?: Messages;
  private messagesVersion = -1;

  constructor(host: ReactiveControllerHost & HTMLElement & { timeZone?: string }, catalog: Partial<Catalog> = {}) {
    this.host = host;
    this.catalog = catalog;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    observeDocumentLang();
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /**
   * Re-reads the language (call when `lang` changes); asks the host to re-render if it changed, or
   * when `localesChanged` (a locale was registered or overridden).
   */
  refresh(localesChanged = false): void {
    const next = resolveLang(this.host);
    if (next !== this.lang || localesChanged) {
      this.lang = next;
      this.messages = undefined;
      this.host.requestUpdate();
    }
  }

  /** Every message of this element in its language (merged once per language). */
  private get table(): Messages {
    if (!this.messages || this.messagesVersion !== version) {
      this.messages = table(this.catalog, this.host.localName ?? '', this.lang);
      this.messagesVersion = version;
    }
    return this.messages;
  }

  get timeZone(): string {
    return this.host.timeZone || 'Europe/Rome';
  }

  /** Has a message for this key (in the element's or the shared catalogue). */
  has(key: string): boolean {
    return key in this.table;
  }

  /** The message for `key` in the current language (Italian, then the key itself, as fallbacks). */
  t(key: string, params: Params = {}): string {
    const m = this.table[key];
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
