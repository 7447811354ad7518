/**
 * The base class of every Percorso element: theme, language, time zone, and the `.view` life
 * cycle — none, loading (a promise), ready, invalid — with `fse-error` and the shared state
 * templates, so each element only renders a ready view.
 */
import { adoptStyles, html, isServer, LitElement, nothing, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClinicalEvent, FseView, Issue } from '@percorso/model';
import { ContextConsumer } from '@lit/context';
import { FseErrorEvent, FseRetryRequestEvent, type FseErrorReason } from './events.js';
import { LocalizeController, plainIssue, type Catalog } from './localize.js';
import { recordContext, type RecordState } from './record.js';
import { baseStyles, otherThemeStyles, themeStyles } from './styles.js';

export type ViewInput = FseView | PromiseLike<FseView> | null | undefined;
/** How far a record being read has got (`loadFhirRecord`'s `onProgress` gives one): resources arrived, and expected. */
export interface FseLoadProgress {
  loaded: number;
  /** Expected in all; undefined when unknown. */
  total?: number;
  /** `total` is an estimate (the server gave no total). */
  approximate?: boolean;
}
export type DataState = 'none' | 'loading' | 'ready' | 'invalid';
export type ThemeAttribute = 'light' | 'dark' | 'high-contrast' | 'auto';

function isThenable(v: unknown): v is PromiseLike<unknown> {
  try {
    return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
  } catch {
    return false; // a `then` getter that throws: not a promise, and invalid as a view
  }
}

/** Longest rejection reason shown to a person; the full one goes to `fse-error`. */
const REASON_MAX = 300;

/**
 * The printable reason of a rejection, or '' when it has none. A promise may reject with anything —
 * `undefined`, a Symbol, an object whose `toString` throws, a revoked Proxy — and none of it may
 * stop the element from showing its error state.
 */
export function rejectionReason(err: unknown): string {
  try {
    if (typeof err === 'string') return err.trim();
    if (typeof err === 'number' || typeof err === 'bigint' || typeof err === 'boolean') return String(err);
    if (typeof err === 'object' && err !== null) {
      const message = (err as { message?: unknown }).message;
      if (typeof message === 'string') return message.trim();
    }
  } catch {
    // a getter or proxy trap that throws: no printable reason
  }
  return '';
}

/**
 * Why a value cannot be used as an FseView at all (in English, for developers), or undefined when
 * it can. Bad entries inside its arrays do not make it unusable: {@link skipInvalidEntries} leaves
 * them out and reports them.
 */
export function invalidViewReason(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'the view is not an object (pass the result of viewFor)';
  const view = v as Partial<FseView>;
  if (typeof view.viewer !== 'object' || view.viewer === null || typeof view.viewer.role !== 'string')
    return 'the view has no viewer (pass the result of viewFor, not the record)';
  if (typeof view.patient !== 'object' || view.patient === null) return 'the view has no patient';
  if (!Array.isArray(view.events)) return 'the view has no events array';
  for (const key of VIEW_LISTS) {
    if (view[key] !== undefined && !Array.isArray(view[key])) return `view.${key} is not an array`;
  }
  return undefined;
}

const VIEW_LISTS = ['carePaths', 'consents', 'delegations', 'accessLog', 'issues'] as const;
const EVENT_LISTS = ['codes', 'carePathIds', 'bodySites', 'source'] as const;
const PATH_LISTS = ['steps', 'conditions', 'team', 'goals', 'therapyIds', 'eventIds', 'patientNotes'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why an event cannot be shown (developers' English), or undefined when it can. */
function badEvent(e: unknown): string | undefined {
  if (!isObject(e)) return 'not an object';
  if (typeof e.id !== 'string' || typeof e.kind !== 'string') return 'no id or kind';
  const d = e.date as { start?: unknown; end?: unknown } | null;
  if (!isObject(d) || !Number.isFinite(d.start) || !Number.isFinite(d.end)) return 'no usable date';
  // Without its privacy nobody can tell who may see it: never shown.
  if (!isObject(e.privacy)) return 'no privacy';
  return undefined;
}

function badPath(p: unknown): string | undefined {
  if (!isObject(p)) return 'not an object';
  if (typeof p.id !== 'string' || typeof p.title !== 'string') return 'no id or title';
  if (!isObject(p.privacy)) return 'no privacy';
  if (!Array.isArray(p.steps)) return 'no steps array';
  return undefined;
}

/** The issue that reports one entry left out of a view. */
function skippedIssue(path: string, why: string): Issue {
  return {
    severity: 'warning',
    code: 'invalid-view-entry',
    path,
    message: { it: `${path}: voce non valida (${why}), tralasciata.`, en: `${path}: invalid entry (${why}), left out.` },
    plain: {
      it: 'Una voce dei dati ricevuti non era leggibile ed è stata tralasciata.',
      en: 'An item of the data received could not be read and was left out.',
    },
  };
}

/** Why an entry is left out. */
class Skip {
  constructor(readonly why: string) {}
}

/**
 * A list without its unusable entries, each one reported. `check` returns a Skip saying why an entry
 * cannot be used, or the entry to keep (itself, or a cleaned copy). The same array when nothing changed.
 * Paths are built only for what is reported: a view of 100 000 good events costs no string.
 */
function keepUsable<T>(list: readonly T[], path: string, check: (v: T, at: () => string) => T | Skip, issues: Issue[]): readonly T[] {
  let out: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const r = check(list[i], () => `${path}[${i}]`);
    if (r instanceof Skip) {
      out ??= list.slice(0, i);
      issues.push(skippedIssue(`${path}[${i}]`, r.why));
    } else if (out) out.push(r as T);
    else if (r !== list[i]) (out = list.slice(0, i)).push(r as T);
  }
  return out ?? list;
}

function hasNull(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === null || list[i] === undefined) return true;
  return false;
}

const keepNonNull = (v: unknown): unknown => (v === null || v === undefined ? new Skip('null') : v);

/** An object whose inner lists lose their null entries (the same object when they have none). */
function withoutNulls<T extends object>(o: T, keys: readonly string[], at: () => string, issues: Issue[]): T {
  let copy: T | undefined;
  for (const key of keys) {
    const list = (o as Record<string, unknown>)[key];
    if (!Array.isArray(list) || !hasNull(list)) continue;
    const kept = keepUsable(list, `${at()}.${key}`, keepNonNull, issues);
    if (kept !== list) (copy ??= { ...o } as T)[key as keyof T] = kept as T[keyof T];
  }
  return copy ?? o;
}

/**
 * The view without the entries that cannot be shown — `null`s in its lists, events or care paths
 * without id, date or privacy — and the warnings that report them (`invalid-view-entry`, with a
 * plain message that names nothing of the entry). The same view when everything is usable, so a
 * good view costs one pass and no copy.
 */
export function skipInvalidEntries(view: FseView): { view: FseView; skipped: Issue[] } {
  // Views are not changed after viewFor (the model's own caches, resultSeriesOf and the clinical
  // picture, key on the view object too): the elements sharing one view check it once.
  let checked = checkedViews.get(view);
  if (!checked) checkedViews.set(view, (checked = checkEntries(view)));
  return checked;
}
const checkedViews = new WeakMap<FseView, { view: FseView; skipped: Issue[] }>();

function checkEntries(view: FseView): { view: FseView; skipped: Issue[] } {
  const skipped: Issue[] = [];
  const out: FseView = { ...view };
  let changed = false;
  const set = <K extends keyof FseView>(key: K, value: FseView[K]): void => {
    if (value === view[key]) return;
    out[key] = value;
    changed = true;
  };
  set(
    'events',
    keepUsable(view.events, 'view.events', (e, at) => {
      const why = badEvent(e);
      return why ? new Skip(why) : withoutNulls(e, EVENT_LISTS, at, skipped);
    }, skipped) as ClinicalEvent[],
  );
  if (view.carePaths) {
    set(
      'carePaths',
      keepUsable(view.carePaths, 'view.carePaths', (p, at) => {
        const why = badPath(p);
        return why ? new Skip(why) : withoutNulls(p, PATH_LISTS, at, skipped);
      }, skipped) as FseView['carePaths'],
    );
  }
  for (const key of ['consents', 'delegations', 'accessLog', 'issues'] as const) {
    const list = view[key] as readonly unknown[] | undefined;
    if (list) set(key, keepUsable(list, `view.${key}`, (v) => (isObject(v) ? v : new Skip('not an object')), skipped) as never);
  }
  if (!skipped.length && !changed) return { view, skipped };
  out.issues = [...(out.issues ?? []), ...skipped];
  return { view: out, skipped };
}

export abstract class FseElement extends LitElement {
  // In the browser the light theme only; the others are adopted when `theme` asks (adoptThemes).
  static override styles = isServer ? [themeStyles, otherThemeStyles, baseStyles] : [themeStyles, baseStyles];

  /** Element messages on top of the shared ones; subclasses set their catalogue. */
  static messages: Partial<Catalog> = {};

  /**
   * Language of the element: `it` (default) or a registered one (`en`, `de`, `fr`, `sl` once their
   * `@percorso/elements/locales/….js` is imported, or any `registerLocale` adds); else the nearest
   * `[lang]`, then the document's.
   */
  @property({ reflect: true }) override lang = '';

  /** Theme: `light` (default), `dark`, `high-contrast`, or `auto` (follows the system). Page-level `--fse-*` tokens win. */
  @property({ reflect: true }) theme: ThemeAttribute = 'light';

  /** IANA time zone for times of day; date-only values never shift. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone = 'Europe/Rome';

  /**
   * What to show: the result of `viewFor(record, viewer)`, or a promise of it (the element shows a
   * loading state until it settles).
   */
  @property({ attribute: false }) view: ViewInput;

  /**
   * While the record is still arriving page by page: how far it has got. The element shows what has
   * arrived (`view`, set again as pages land) with a progress bar and "Caricamento: 1200 documenti su
   * circa 3400"; `null` when the record is complete.
   */
  @property({ attribute: false }) progress: FseLoadProgress | null = null;

  /**
   * Milliseconds a view promise may stay pending before the element says it is still loading and
   * offers to try again (`fse-retry-request`). Default 30 000.
   */
  @property({ attribute: 'loading-timeout', type: Number }) loadingTimeout = 30_000;

  /** The view promise has been pending longer than `loadingTimeout`. */
  @state() protected stillLoading = false;
  private loadingTimer?: ReturnType<typeof setTimeout>;

  /** Where the view is in its life cycle. */
  @state() protected dataState: DataState = 'none';
  /** The ready view. */
  protected data?: FseView;
  /** Why the view could not be shown, in the element's language. */
  protected dataProblem = '';

  protected readonly l: LocalizeController;
  private viewToken = 0;

  /**
   * The record this element is inside (`<fse-record>`, `<fse-journey>`), if any: its view, shown
   * when the element has no `.view` of its own, and its selection (see internal/record.ts).
   */
  protected record?: RecordState;
  private recordViewChanged = false;
  private readonly recordConsumer: ContextConsumer<typeof recordContext, this>;

  constructor() {
    super();
    this.l = new LocalizeController(this, (this.constructor as typeof FseElement).messages);
    this.recordConsumer = new ContextConsumer(this, { context: recordContext, subscribe: true, callback: (state) => this.takeRecord(state) });
  }

  /**
   * Asks for the record again: `<fse-record>` calls it on the elements inside it that were
   * upgraded before it was (their first request found no record). Not for pages to call.
   */
  joinRecord(): void {
    if (!this.record && this.isConnected) this.recordConsumer.hostConnected();
  }

  private takeRecord(state: RecordState | undefined): void {
    if (state?.view !== this.record?.view) this.recordViewChanged = true;
    this.record = state;
    if (state) this.recordChanged(state);
    this.requestUpdate();
  }

  /**
   * Inside a record: its state changed (selection, highlight, filter, view). Elements that follow
   * the selection set their own properties here, e.g. `this.selected = record.selectedPath`.
   */
  protected recordChanged(_record: RecordState): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.adoptThemes();
    if (changed.has('lang')) {
      // The language is resolved from attributes, and Lit reflects a `lang` set as a property
      // (`el.lang = 'de'`) only after willUpdate: reflect it now so this render already uses it.
      if (this.getAttribute('lang') !== this.lang) this.setAttribute('lang', this.lang ?? '');
      this.l.refresh();
    }
    if (changed.has('view') || (this.recordViewChanged && (this.view === undefined || this.view === null))) this.takeView(this.view ?? this.record?.view);
    this.recordViewChanged = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLoadingTimer();
  }

  private themesAdopted = false;

  /**
   * The dark, high-contrast and automatic themes' tokens (`otherThemeStyles`), adopted the first
   * time `theme` asks for one of them, before the render in it: an element in the default light
   * theme never parses nor matches them. A server-rendered shadow root already holds them (its
   * styles are the server's, every theme included).
   */
  private adoptThemes(): void {
    if (isServer || this.themesAdopted || !(this.theme === 'dark' || this.theme === 'high-contrast' || this.theme === 'auto')) return;
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    this.themesAdopted = true;
    if (!supportsAdoptingStyleSheets) adoptStyles(root, [otherThemeStyles]); // appends a <style>
    else if (root.adoptedStyleSheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, otherThemeStyles.styleSheet!];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.dataState === 'loading' && !this.stillLoading) this.startLoadingTimer(this.viewToken);
  }

  private startLoadingTimer(token: number): void {
    this.stopLoadingTimer();
    const ms = Number.isFinite(this.loadingTimeout) && this.loadingTimeout >= 0 ? this.loadingTimeout : 30_000;
    this.loadingTimer = setTimeout(() => {
      this.loadingTimer = undefined;
      if (token === this.viewToken && this.dataState === 'loading') this.stillLoading = true;
    }, ms);
  }

  private stopLoadingTimer(): void {
    if (this.loadingTimer !== undefined) clearTimeout(this.loadingTimer);
    this.loadingTimer = undefined;
  }

  private takeView(input: ViewInput): void {
    const token = ++this.viewToken;
    this.stopLoadingTimer();
    this.stillLoading = false;
    if (input === null || input === undefined) {
      this.setData('none');
      return;
    }
    if (isThenable(input)) {
      this.setData('loading');
      this.startLoadingTimer(token);
      let settled: Promise<unknown>;
      try {
        settled = Promise.resolve(input);
      } catch (err) {
        settled = Promise.reject(err);
      }
      settled.then(
        (v) => {
          if (token !== this.viewToken) return;
          this.stopLoadingTimer();
          this.stillLoading = false;
          this.acceptView(v);
        },
        (err: unknown) => {
          if (token !== this.viewToken) return;
          this.stopLoadingTimer();
          this.stillLoading = false;
          const reason = rejectionReason(err);
          const shown = reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX - 1)}…` : reason;
          this.dataProblem = shown ? this.l.t('state.loadFailed', { reason: shown }) : this.l.t('state.loadFailedNoReason');
          this.setData('invalid');
          this.fail('load-failed', reason ? `the view promise was rejected: ${reason}` : 'the view promise was rejected without a printable reason');
        },
      );
      return;
    }
    this.acceptView(input);
  }

  private acceptView(v: unknown): void {
    const reason = invalidViewReason(v);
    if (reason) {
      this.dataProblem = this.l.t('state.invalid', { reason });
      this.setData('invalid');
      this.fail('invalid-view', reason);
      return;
    }
    const { view, skipped } = skipInvalidEntries(v as FseView);
    this.setData('ready', view);
    if (skipped.length) this.fail('invalid-entries', `${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} of the view left out`, skipped);
    const errors = (view.issues ?? []).filter((i) => i.severity === 'error');
    if (errors.length) this.fail('data-issues', `${errors.length} error(s) in the data`, errors);
  }

  private setData(next: DataState, view?: FseView): void {
    this.data = view;
    if (next !== 'invalid') this.dataProblem = '';
    this.dataState = next;
    this.viewChanged(view);
    this.requestUpdate();
  }

  /** Called when the ready view changes (undefined when there is none); index the data here. */
  protected viewChanged(_view: FseView | undefined): void {}

  /** Whether the last renderView placed the load progress itself. */
  private progressPlaced = false;

  /**
   * The progress bar and its words while `progress` is set. An element whose view grows calls it where
   * the bar belongs in its template; one that does not gets it above its content (see render).
   */
  protected renderLoadProgress(): unknown {
    this.progressPlaced = true;
    const p = this.progress;
    if (!p || !Number.isFinite(p.loaded)) return nothing;
    const total = typeof p.total === 'number' && Number.isFinite(p.total) && p.total > 0 ? Math.max(p.total, p.loaded) : undefined;
    const text = this.l.t('progress.loading', { loaded: p.loaded, total, approximate: p.approximate ? 'yes' : '' });
    return html`<div class="fse-progress" part="progress">
      ${total === undefined
        ? html`<progress aria-label=${text}></progress>`
        : html`<progress aria-label=${text} max=${total} .value=${p.loaded}></progress>`}
      <span aria-hidden="true">${text}</span>
    </div>`;
  }

  /** Dispatches `fse-error` (after the current update, so listeners see the rendered state). */
  protected fail(reason: FseErrorReason, message: string, issues: readonly Issue[] = []): void {
    void this.updateComplete.then(() => this.dispatchEvent(new FseErrorEvent(reason, message, issues)));
  }

  override render(): unknown {
    switch (this.dataState) {
      case 'loading':
        return this.renderLoading();
      case 'invalid':
        return this.renderInvalid();
      case 'ready': {
        // Every element shows the load progress: where its template places it (renderLoadProgress),
        // else above what it draws.
        this.progressPlaced = false;
        const body = this.renderView(this.data as FseView);
        return this.progressPlaced ? body : html`${this.renderLoadProgress()}${body}`;
      }
      default:
        return this.renderNone();
    }
  }

  /** The ready state: the element's content for a valid view. */
  protected abstract renderView(view: FseView): unknown;

  protected renderNone(): unknown {
    return nothing;
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="state" part="state" role="status" aria-live="polite" aria-busy="true">
      <span class="spinner" aria-hidden="true"></span><span>${this.l.t(this.stillLoading ? 'state.stillLoading' : 'state.loading')}</span>
      ${this.stillLoading
        ? html`<button type="button" class="retry" part="retry" @click=${this.requestRetry}>${this.l.t('state.retry')}</button>`
        : nothing}
    </div>`;
  }

  private readonly requestRetry = (): void => {
    this.emit(new FseRetryRequestEvent());
  };

  protected renderInvalid(): TemplateResult {
    return html`<div class="state state--error" part="state" role="alert">${this.dataProblem}</div>`;
  }

  /**
   * A quiet, expandable notice of the view's errors and warnings (nothing when there are none).
   * Info-level issues (a value read in a tolerated way) stay on `view.issues` for developers: a
   * citizen gains nothing from a notice about them. What a person reads is each issue's plain
   * message (`issue.plain`: no JSON path, no value from the input — a raw value can name a doctor
   * or a document), the same message once with how many times it occurred; an issue without one
   * (made outside the model) gets a general sentence. Paths and raw values stay on `view.issues`
   * and in `fse-error` for developers.
   */
  protected renderIssues(view: FseView): unknown {
    const issues = (view.issues ?? []).filter((i) => i.severity !== 'info');
    if (!issues.length) return nothing;
    const lines = new Map<string, { severity: Issue['severity']; text: string; count: number }>();
    for (const i of issues) {
      const text = plainIssue(i, this.l.lang) ?? this.l.t('issues.general');
      const key = `${i.severity}|${text}`;
      const line = lines.get(key);
      if (line) line.count++;
      else lines.set(key, { severity: i.severity, text, count: 1 });
    }
    return html`<details class="issues" part="issues">
      <summary>${this.l.t('issues.summary', { count: issues.length })}</summary>
      <ul>
        ${[...lines.values()].slice(0, 200).map(
          (line) => html`<li>
            <strong>${this.l.t(`issues.severity.${line.severity}`)}</strong>: ${line.text} ${line.count > 1 ? this.l.t('issues.times', { count: line.count }) : nothing}
          </li>`,
        )}
      </ul>
    </details>`;
  }

  /** Dispatches an event and returns false if a listener cancelled it. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
