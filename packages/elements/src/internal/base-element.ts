/**
 * The base class of every Percorso element: theme, language, time zone, and the `.view` life
 * cycle — none, loading (a promise), ready, invalid — with `fse-error` and the shared state
 * templates, so each element only renders a ready view.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FseView, Issue } from '@percorso/model';
import { FseErrorEvent, type FseErrorReason } from './events.js';
import { LocalizeController, type Catalog } from './localize.js';
import { baseStyles, themeStyles } from './styles.js';

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
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

/**
 * Why a value cannot be used as an FseView (in English, for developers), or undefined when it can.
 * Checks the shape cheaply, every event included, because a bad event would otherwise fail deep in
 * rendering.
 */
export function invalidViewReason(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'the view is not an object (pass the result of viewFor)';
  const view = v as Partial<FseView>;
  if (typeof view.viewer !== 'object' || view.viewer === null || typeof view.viewer.role !== 'string')
    return 'the view has no viewer (pass the result of viewFor, not the record)';
  if (typeof view.patient !== 'object' || view.patient === null) return 'the view has no patient';
  if (!Array.isArray(view.events)) return 'the view has no events array';
  for (const key of ['carePaths', 'consents', 'delegations', 'accessLog', 'issues'] as const) {
    if (view[key] !== undefined && !Array.isArray(view[key])) return `view.${key} is not an array`;
  }
  const events = view.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (
      typeof e !== 'object' || e === null || typeof e.id !== 'string' || typeof e.kind !== 'string' ||
      typeof e.date !== 'object' || e.date === null || !Number.isFinite(e.date.start) || !Number.isFinite(e.date.end)
    )
      return `view.events[${i}] is not a valid event (id, kind and date are required)`;
  }
  return undefined;
}

export abstract class FseElement extends LitElement {
  static override styles = [themeStyles, baseStyles];

  /** Element messages on top of the shared ones; subclasses set their catalogue. */
  static messages: Partial<Catalog> = {};

  /** Language of the element: `it` (default), `en` or `de`; else the nearest `[lang]`, then the document's. */
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

  /** Where the view is in its life cycle. */
  @state() protected dataState: DataState = 'none';
  /** The ready view. */
  protected data?: FseView;
  /** Why the view could not be shown, in the element's language. */
  protected dataProblem = '';

  protected readonly l: LocalizeController;
  private viewToken = 0;

  constructor() {
    super();
    this.l = new LocalizeController(this, (this.constructor as typeof FseElement).messages);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) {
      // The language is resolved from attributes, and Lit reflects a `lang` set as a property
      // (`el.lang = 'de'`) only after willUpdate: reflect it now so this render already uses it.
      if (this.getAttribute('lang') !== this.lang) this.setAttribute('lang', this.lang ?? '');
      this.l.refresh();
    }
    if (changed.has('view')) this.takeView(this.view);
  }

  private takeView(input: ViewInput): void {
    const token = ++this.viewToken;
    if (input === null || input === undefined) {
      this.setData('none');
      return;
    }
    if (isThenable(input)) {
      this.setData('loading');
      Promise.resolve(input).then(
        (v) => {
          if (token === this.viewToken) this.acceptView(v);
        },
        (err: unknown) => {
          if (token !== this.viewToken) return;
          const reason = err instanceof Error ? err.message : String(err);
          this.dataProblem = this.l.t('state.loadFailed', { reason });
          this.setData('invalid');
          this.fail('load-failed', this.dataProblem);
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
    const view = v as FseView;
    this.setData('ready', view);
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

  /** The progress bar and its words while `progress` is set (elements that show a growing view call it). */
  protected renderLoadProgress(): unknown {
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
      case 'ready':
        return this.renderView(this.data as FseView);
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
      <span class="spinner" aria-hidden="true"></span><span>${this.l.t('state.loading')}</span>
    </div>`;
  }

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
    const lang = this.l.lang === 'it' ? 'it' : 'en';
    const lines = new Map<string, { severity: Issue['severity']; text: string; count: number }>();
    for (const i of issues) {
      const text = i.plain?.[lang] ?? this.l.t('issues.general');
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
