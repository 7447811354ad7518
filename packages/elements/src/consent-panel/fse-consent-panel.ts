import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  isValidCf,
  DEFAULT_TIME_ZONE,
  obscuringCascade,
  type AccessLogEntry,
  type ClinicalEvent,
  type Consent,
  type ConsultationPurpose,
  type Delegation,
  type FseView,
  type FuzzyDate,
  type ProtectedCategory,
  type RoleCode,
} from '@percorso/model';
import { FseElement } from '../internal/base-element.js';
import { styleProps } from '../internal/style-props.js';
import {
  FseConsentRequestEvent,
  FseDelegationRequestEvent,
  FseNotificationsRequestEvent,
  FseObscureRequestEvent,
  FseProtectedVisibilityRequestEvent,
  looksLikeView,
  type NewDelegate,
} from './events.js';
import {
  birthdayOf,
  dayDate,
  dayIn,
  daysLeft,
  documentsOf,
  download,
  filterLog,
  isAdult,
  isLive,
  latestConsent,
  notificationsOn,
  PERIODS,
  protectedVisibilityOf,
  PURPOSES,
  refusalReason,
  rolesIn,
  toCsv,
  type LogFilter,
  type PeriodFilter,
} from './derive.js';
import { alertIcon, checkIcon, clockIcon, eyeOffIcon, lockIcon, sirenIcon } from './icons.js';
import { messages } from './messages.js';
import { nextRequestId, RequestTracker, type Outcome, type Tracked } from './requests.js';
import { FseOpenEvent } from '../document/events.js';
import '../document.js';
import { consentPanelStyles } from './styles.js';

export type ConsentSection = 'consent' | 'history' | 'documents' | 'delegations' | 'log' | 'notifications' | 'index';
const ALL_SECTIONS: readonly ConsentSection[] = ['consent', 'history', 'documents', 'delegations', 'log', 'notifications', 'index'];

type Decision = Consent['decision'];
interface ConsentValue {
  decision: Decision;
  reconfirmed: boolean;
}
type DelegationValue = Delegation['status'];

interface Confirm {
  kind: 'revoke-consent' | 'obscure' | 'protected' | 'revoke-delegation';
  title: string;
  confirmLabel: string;
  danger: boolean;
  body: () => TemplateResult;
  run: () => void;
  returnTo?: HTMLElement | null;
}

const PAGE = 50;
const OVERSCAN = 8;

/**
 * The citizen's privacy controls, as the law gives them (DM 7 settembre 2023): consultation
 * consent per purpose, the historical feeding consent and the "pregresso" opposition, obscuring
 * documents (with the Patient Summary warning and the prescription cascade), protected-category
 * documents hidden by default, delegations (minors and the re-confirmation at 18 included), the
 * access log (emergency accesses flagged, filters, CSV export), notifications and the printable
 * index of documents.
 *
 * **It never persists anything.** Each change is a cancellable request event whose `detail` says
 * exactly what was asked and which the host answers with a promise, inside its listener:
 * `event.respond(promise)` (or `event.detail.answer = promise`). The panel shows the request as
 * pending, then done, or failed and rolled back with the rejection's message (announced with
 * `role="alert"`). If the promise resolves to an FseView, it is applied at once; otherwise set the
 * new `.view` (or call {@link FseConsentPanel.applyView}) when the host has it: settled requests
 * then yield to the view, pending ones stay shown over it. A request for the same target while one
 * is pending is ignored (no double submission). A request no listener answers is rolled back at
 * once with "Il portale non ha gestito la richiesta" (and with "Il portale non ha accettato la
 * richiesta" when a listener called `preventDefault()` without answering): the panel never waits
 * for an answer that cannot come.
 *
 * Citizen-only: for a view whose viewer is not the citizen, an active delegate or a parent, it
 * shows a clear refusal and fires `fse-error` with reason `not-permitted`.
 *
 * Keyboard: every control is a native button, input, select or checkbox in reading order;
 * confirmations are modal native `<dialog>`s (Esc cancels) and focus returns to the control that
 * opened them; the access log is a focusable scroll region (arrow keys, Page Up/Down) that renders
 * only the rows in view.
 *
 * @tagname fse-consent-panel
 * @summary The citizen's privacy controls: consents, obscuring, protected documents, delegations, access log, notifications, index.
 *
 * @fires fse-consent-request - {@link FseConsentRequestEvent}: give, refuse, revoke or re-confirm consultation consent for one purpose. Cancellable; answer with `respond(promise)`.
 * @fires fse-obscure-request - {@link FseObscureRequestEvent}: obscure or un-obscure a document; `detail.cascade` lists the linked documents hidden with it. Cancellable; answer with `respond(promise)`.
 * @fires fse-protected-visibility-request - {@link FseProtectedVisibilityRequestEvent}: make a protected-category document visible to professionals, or hide it again. Cancellable; answer with `respond(promise)`.
 * @fires fse-delegation-request - {@link FseDelegationRequestEvent}: add a delegate, revoke a delegation, accept or reject an incoming one. Cancellable; answer with `respond(promise)`.
 * @fires fse-notifications-request - {@link FseNotificationsRequestEvent}: turn notifications on or off. Cancellable; answer with `respond(promise)`.
 * @fires fse-error - The view cannot be shown (`invalid-view`, `load-failed`), its viewer may not use the panel (`not-permitted`), or it came with error-level issues.
 *
 * @csspart header - Title, patient and who is acting.
 * @csspart section - Every section; also `section-consent`, `section-history`, `section-documents`, `section-delegations`, `section-log`, `section-notifications`, `section-index`.
 * @csspart purpose - One consultation purpose (a fieldset). Also `purpose-permit`, `purpose-deny`, `purpose-not-expressed`.
 * @csspart reconfirm - The notice asking a patient who came of age to re-confirm consents their parents gave.
 * @csspart document - One document row. Also `document-obscured`, `document-protected`.
 * @csspart delegation - One delegation. Also `delegation-pending`, `delegation-active`, `delegation-expiring`.
 * @csspart delegate-form - The form to add a delegate.
 * @csspart log-filters - The access-log filters.
 * @csspart log - The access-log scroll region.
 * @csspart log-row - One access. Also `log-row-emergency`.
 * @csspart emergency - The emergency flag (icon and words) of an access.
 * @csspart notifications - The notifications switch.
 * @csspart index - The printable index of documents.
 * @csspart button - Every button; also `button-primary`, `button-danger`.
 * @csspart request-status - Pending / done / failed text beside a control.
 * @csspart dialog - The confirmation dialog.
 * @csspart state - Loading, error and refusal states.
 *
 * @cssprop [--fse-consent-log-height=28rem] - Height of the access-log scroll region.
 * @cssprop --fse-color-primary - Buttons, links, focus.
 * @cssprop --fse-color-danger - Revocations, emergency accesses, errors.
 * @cssprop --fse-color-success - Consents given, requests done.
 * @cssprop --fse-color-warning - Pending requests, expiring delegations, the Patient Summary warning.
 */
export class FseConsentPanel extends FseElement {
  static override styles = [...FseElement.styles, consentPanelStyles];
  static override messages = messages;

  /** ARIA level of the panel's title (1–5, default 2); section titles are one level deeper. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** Which sections to show, space-separated (default all): `consent history documents delegations log notifications index`. */
  @property({ reflect: true }) sections = '';

  /** "Now" (epoch ms) for ages, expiries and the log's periods. Default: the viewer's `now`, else the current time. */
  @property({ attribute: false }) now?: number;

  @state() private logFilter: LogFilter = { period: '365d', role: '', emergencyOnly: false };
  @state() private docQuery = '';
  /** The document the citizen opened to read (before deciding to obscure it). */
  @state() private readingDoc?: string;
  @state() private docLimit = PAGE;
  @state() private logStart = 0;
  @state() private rowHeight = 56;
  @state() private confirm?: Confirm;
  @state() private statusText = '';
  @state() private alertText = '';
  @state() private formErrors: { name?: string; cf?: string; validTo?: string } = {};
  @state() private printing = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  /** Bumped whenever a request changes state, so the guarded sections know to re-render. */
  private rev = 0;
  private readonly requests = new RequestTracker(
    {
      addController: (c) => this.addController(c),
      removeController: (c) => this.removeController(c),
      requestUpdate: () => {
        this.rev++;
        this.requestUpdate();
      },
      get updateComplete() {
        return Promise.resolve(true);
      },
    },
    (t, o) => this.onSettled(t, o),
  );
  private byId = new Map<string, ClinicalEvent>();
  /** obscuringCascade per document of the current view (it walks every event: computed once). */
  private cascades = new Map<string, string[]>();
  private refusal = '';
  private patientId?: string;
  private lastFocused?: { el: HTMLElement; section: string; anchor?: HTMLElement | null };
  private scrollRaf = 0;
  /** The filtered log, kept while the log, the filter and "now" stay the same (scrolling re-renders often). */
  private logMemo?: { log: readonly AccessLogEntry[]; filter: LogFilter; now: number; rows: AccessLogEntry[]; roles: RoleCode[]; emergencies: number };
  private docsMemo?: { events: readonly ClinicalEvent[]; docs: ClinicalEvent[] };
  private announceToken = 0;

  constructor() {
    super();
    this.addEventListener('focusin', (e) => {
      const el = e.composedPath()[0];
      if (!(el instanceof HTMLElement) || !this.shadowRoot?.contains(el)) return;
      if (el.closest('dialog')) return;
      const section = el.closest<HTMLElement>('section[data-section]')?.dataset.section ?? '';
      this.lastFocused = { el, section, anchor: el.closest<HTMLElement>('fieldset, li') };
    });
  }

  /** Shows the view the host has after persisting a change (the same as setting `.view`). */
  applyView(view: FseView | PromiseLike<FseView>): void {
    this.view = view;
  }

  protected override viewChanged(view: FseView | undefined): void {
    this.byId = new Map();
    this.cascades = new Map();
    this.refusal = '';
    if (!view) return;
    if (view.patient?.id !== this.patientId) {
      this.requests.clear();
      this.patientId = view.patient?.id;
      this.docLimit = PAGE;
      this.logStart = 0;
    } else {
      this.requests.reconcile();
    }
    const reason = refusalReason(view);
    if (reason) {
      this.refusal = view.restriction === 'inactive-delegation' ? 'refused.inactive' : 'refused.role';
      this.fail('not-permitted', reason);
      return;
    }
    for (const e of view.events) this.byId.set(e.id, e);
  }

  private get currentNow(): number {
    return this.now ?? this.data?.viewer.now ?? Date.now();
  }

  /** The day of a document, or "data non disponibile" when the source gives it none (never a made-up date). */
  private when(d: ClinicalEvent, view?: FseView): string {
    return d.undated ? this.l.t('date.unknown') : this.day(d.date, view);
  }

  /** A date as its day in the record's time zone ("2 maggio 2024"), whatever its precision. */
  private day(d: FuzzyDate, view?: FseView): string {
    if (d.precision === 'year' || d.precision === 'month' || d.precision === 'day') return this.l.date(d);
    return this.l.date(dayDate(dayIn(d.start, view?.timeZone ?? this.data?.timeZone ?? DEFAULT_TIME_ZONE)));
  }

  /** Whether an actor is the patient (a consent the patient expressed needs no "espresso da"). */
  private isPatient(view: FseView, a: { cf?: string; name?: string; id?: string }): boolean {
    const p = view.patient;
    if (a.cf && p.cf) return a.cf.toUpperCase() === p.cf.toUpperCase();
    if (a.id && a.id === p.id) return true;
    return !!a.name && a.name.trim().toLowerCase() === p.name.trim().toLowerCase();
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 2;
  }

  private shown(section: ConsentSection): boolean {
    const list = this.sections.trim() ? this.sections.trim().split(/\s+/) : ALL_SECTIONS;
    return list.includes(section);
  }

  // ───────────────────────────── rendering ─────────────────────────────

  protected renderView(view: FseView): unknown {
    if (this.refusal) {
      return html`<div class="state state--error" part="state" role="alert">
        ${lockIcon()}<span>${this.l.t(this.refusal, { role: this.l.t(`viewer.${view.viewer.role}`) })}</span>
      </div>`;
    }
    const lv = this.level;
    // Scrolling the access log re-renders often: the other sections only when what they show changed.
    const deps = [view, this.rev, this.l.lang, this.docQuery, this.docLimit, this.formErrors, this.printing, this.currentNow, this.timeZone, this.sections, lv, this.readingDoc, this.theme];
    const logDeps = [view, this.l.lang, this.logFilter, this.logStart, this.rowHeight, this.currentNow, this.timeZone, this.sections, lv];
    return html`<div class="panel ${this.printing ? 'is-printing' : ''}">
      <header part="header" class="header">
        <div role="heading" aria-level=${lv} class="title">${this.l.t('title')}</div>
        <p class="who">${this.whoLine(view)}</p>
      </header>
      ${guard(deps, () => this.renderIssues(this.panelIssues(view)))} ${guard(deps, () => this.renderReconfirm(view))}
      ${guard(deps, () => (this.shown('consent') ? this.renderConsents(view) : nothing))}
      ${guard(deps, () => (this.shown('history') ? this.renderHistory(view) : nothing))}
      ${guard(deps, () => (this.shown('documents') ? this.renderDocuments(view) : nothing))}
      ${guard(deps, () => (this.shown('delegations') ? this.renderDelegations(view) : nothing))}
      ${guard(logDeps, () => (this.shown('log') ? this.renderLog(view) : nothing))}
      ${guard(deps, () => (this.shown('notifications') ? this.renderNotifications(view) : nothing))}
      ${guard(deps, () => (this.shown('index') ? this.renderIndex(view) : nothing))}
      <div class="visually-hidden" role="status" aria-live="polite">${this.statusText}</div>
      <div class="visually-hidden" role="alert">${this.alertText}</div>
      ${this.renderDialog()}
    </div>`;
  }

  private whoLine(view: FseView): string {
    const name = view.patient.name;
    const role = view.viewer.role;
    if (role === 'citizen') return this.l.t('who.citizen', { name });
    return this.l.t(`who.${role}`, { name, viewer: view.viewer.name ?? '' });
  }

  /** Only the issues about consents, delegations and the access log: other elements show the rest. */
  private panelIssues(view: FseView): FseView {
    const ids = new Set<string>();
    for (const c of view.consents ?? []) ids.add(c.id);
    for (const d of view.delegations ?? []) ids.add(d.id);
    for (const a of view.accessLog ?? []) ids.add(a.id);
    return { ...view, issues: (view.issues ?? []).filter((i) => i.subjectIds?.some((id) => ids.has(id))) };
  }

  private sectionTitle(id: string, key: string): TemplateResult {
    return html`<div role="heading" aria-level=${this.level + 1} class="section-title" id=${`h-${id}`} tabindex="-1">
      ${this.l.t(key)}
    </div>`;
  }

  private button(
    label: string,
    onClick: (e: Event) => void,
    opts: { kind?: 'primary' | 'danger'; pending?: boolean; describedBy?: string; extra?: string; id?: string } = {},
  ): TemplateResult {
    const parts = ['button', opts.kind ? `button-${opts.kind}` : ''].filter(Boolean).join(' ');
    return html`<button
      type="button"
      id=${opts.id ?? nothing}
      class="fse-button ${opts.kind ?? ''}"
      part=${parts}
      aria-disabled=${opts.pending ? 'true' : nothing}
      aria-describedby=${opts.describedBy ?? nothing}
      @click=${(e: Event) => {
        if (opts.pending) return;
        onClick(e);
      }}
    >
      ${label}${opts.extra ? html`<span class="visually-hidden">: ${opts.extra}</span>` : nothing}
    </button>`;
  }

  /** The pending / done / failed line of a request, beside its control. */
  private requestStatus(key: string, id?: string): unknown {
    const t = this.requests.get(key);
    if (!t) return nothing;
    if (t.status === 'pending')
      return html`<p class="req req--pending" part="request-status" id=${id ?? nothing}>
        <span class="spinner" aria-hidden="true"></span>${this.l.t('req.pending')}
      </p>`;
    if (t.status === 'done')
      return html`<p class="req req--done" part="request-status" id=${id ?? nothing}>${checkIcon()}${this.l.t('req.done')}</p>`;
    return html`<p class="req req--failed" part="request-status" id=${id ?? nothing}>
      ${alertIcon()}<span>${this.failureText(t)}</span>
    </p>`;
  }

  private failureText(t: Tracked): string {
    return t.message ?? this.l.t('req.failed.generic');
  }

  // ── re-confirmation at 18 ──

  private reconfirmPurposes(view: FseView): ConsultationPurpose[] {
    if (view.viewer.role !== 'citizen') return [];
    if (!isAdult(view.patient.birthDate, this.currentNow, view.timeZone)) return [];
    return PURPOSES.filter((p) => {
      const c = latestConsent(view.consents ?? [], 'consultation', p);
      const v = this.consentValue(view, p);
      return c?.needsReconfirmAt18 && !v.reconfirmed && v.decision === c.decision;
    });
  }

  private renderReconfirm(view: FseView): unknown {
    const purposes = this.reconfirmPurposes(view);
    if (!purposes.length || !this.shown('consent')) return nothing;
    return html`<div class="notice notice--warning" part="reconfirm" role="region" aria-labelledby="reconfirm-title">
      ${alertIcon()}
      <div>
        <p class="notice-title" id="reconfirm-title"><strong>${this.l.t('reconfirm.title')}</strong></p>
        <p>${this.l.t('reconfirm.text', { purposes: purposes.map((p) => this.l.t(`purpose.${p}`)).join(', ') })}</p>
      </div>
    </div>`;
  }

  // ── 1. consultation consent ──

  private consentValue(view: FseView, purpose: ConsultationPurpose): ConsentValue {
    const c = latestConsent(view.consents ?? [], 'consultation', purpose);
    return this.requests.valueOf<ConsentValue>(`consent:${purpose}`, {
      decision: c?.decision ?? 'not-expressed',
      reconfirmed: false,
    });
  }

  private renderConsents(view: FseView): TemplateResult {
    const reconfirm = new Set(this.reconfirmPurposes(view));
    return html`<section class="section" part="section section-consent" data-section="consent" aria-labelledby="h-consent">
      ${this.sectionTitle('consent', 'consent.title')}
      <p class="intro">${this.l.t('consent.intro')}</p>
      <div class="purposes">${PURPOSES.map((p) => this.renderPurpose(view, p, reconfirm.has(p)))}</div>
    </section>`;
  }

  private renderPurpose(view: FseView, purpose: ConsultationPurpose, reconfirm: boolean): TemplateResult {
    const c = latestConsent(view.consents ?? [], 'consultation', purpose);
    const v = this.consentValue(view, purpose);
    const key = `consent:${purpose}`;
    const pending = this.requests.isPending(key);
    const descId = `purpose-${purpose}-desc`;
    const lastId = `purpose-${purpose}-last`;
    const reqId = `purpose-${purpose}-req`;
    const t = this.requests.get(key);
    const changed = t?.override;
    const adult = isAdult(view.patient.birthDate, this.currentNow, view.timeZone);
    const byParent = c?.needsReconfirmAt18 && !changed;
    return html`<fieldset class="purpose purpose--${v.decision}" part="purpose purpose-${v.decision}" aria-describedby=${`${descId} ${lastId}`}>
      <legend>${this.l.t(`purpose.${purpose}`)}</legend>
      <p class="desc" id=${descId}>${this.l.t(`purpose.${purpose}.desc`)}</p>
      <p class="decision decision--${v.decision}">
        ${v.decision === 'permit' ? checkIcon() : v.decision === 'deny' ? lockIcon() : clockIcon()}
        <strong>${this.l.t(`decision.${v.decision}`)}</strong>
      </p>
      <p class="last" id=${lastId}>
        ${changed
          ? this.l.t(t?.status === 'pending' ? 'consent.last.pending' : 'consent.last.now')
          : c?.date
            ? this.l.t(c.channel ? 'consent.last' : 'consent.last.noChannel', {
                date: this.day(c.date, view),
                channel: c.channel ?? '',
              })
            : this.l.t('consent.last.never')}
        ${!changed && c?.expressedBy?.name && !this.isPatient(view, c.expressedBy) ? html`<br />${this.l.t('consent.by', { name: c.expressedBy.name })}` : nothing}
      </p>
      ${byParent && reconfirm
        ? html`<p class="reconfirm-note"><strong>${this.l.t('reconfirm.purpose')}</strong></p>`
        : byParent && adult === false
          ? html`<p class="reconfirm-note">${this.l.t(view.viewer.role === 'parent' ? 'reconfirm.later.parent' : 'reconfirm.later')}</p>`
          : nothing}
      <div class="actions">
        ${reconfirm
          ? html`${this.button(this.l.t('consent.reconfirm'), () => this.requestConsent(view, purpose, 'permit', true), {
                kind: 'primary',
                pending,
                describedBy: descId,
              })}
              ${this.button(this.l.t('consent.revoke'), (e) => this.askRevoke(view, purpose, e), { kind: 'danger', pending, describedBy: descId })}`
          : v.decision === 'permit'
            ? this.button(this.l.t('consent.revoke'), (e) => this.askRevoke(view, purpose, e), { kind: 'danger', pending, describedBy: descId })
            : html`${this.button(this.l.t(v.decision === 'deny' ? 'consent.giveAgain' : 'consent.give'), () => this.requestConsent(view, purpose, 'permit', false), {
                  kind: 'primary',
                  pending,
                  describedBy: descId,
                })}
                ${v.decision === 'not-expressed'
                  ? this.button(this.l.t('consent.deny'), () => this.requestConsent(view, purpose, 'deny', false), { pending, describedBy: descId })
                  : nothing}`}
      </div>
      ${this.requestStatus(key, reqId)}
    </fieldset>`;
  }

  private askRevoke(view: FseView, purpose: ConsultationPurpose, e: Event): void {
    this.openConfirm({
      kind: 'revoke-consent',
      title: this.l.t('revoke.title', { purpose: this.l.t(`purpose.${purpose}`) }),
      confirmLabel: this.l.t('revoke.confirm'),
      danger: true,
      body: () => html`<p>${this.l.t(`revoke.${purpose}.effect`)}</p>
        <p>${this.l.t('revoke.you')}</p>
        <p>${this.l.t('revoke.again')}</p>`,
      run: () => this.requestConsent(view, purpose, 'deny', false),
      returnTo: e.currentTarget as HTMLElement,
    });
  }

  private requestConsent(view: FseView, purpose: ConsultationPurpose, decision: 'permit' | 'deny', reconfirm: boolean): void {
    const c = latestConsent(view.consents ?? [], 'consultation', purpose);
    const previous = this.consentValue(view, purpose).decision;
    const ev = new FseConsentRequestEvent({
      requestId: nextRequestId(),
      scope: 'consultation',
      purpose,
      decision,
      previous,
      reconfirm,
      consentId: c?.id,
    });
    this.send(`consent:${purpose}`, { decision, reconfirmed: reconfirm } satisfies ConsentValue, ev);
  }

  // ── 2. history: feeding consent and pregresso opposition ──

  private renderHistory(view: FseView): unknown {
    const feeding = latestConsent(view.consents ?? [], 'feeding');
    const pregresso = latestConsent(view.consents ?? [], 'pregresso-opposition');
    if (!feeding && !pregresso) return nothing;
    const when = (c: Consent) => (c.date ? this.day(c.date, view) : this.l.t('history.undated'));
    return html`<section class="section" part="section section-history" data-section="history" aria-labelledby="h-history">
      ${this.sectionTitle('history', 'history.title')}
      <dl class="history">
        ${feeding
          ? html`<div>
              <dt>${this.l.t('history.feeding')}</dt>
              <dd>
                <strong>${this.l.t(`history.feeding.${feeding.decision}`, { date: when(feeding) })}</strong>
                <p class="desc">${this.l.t('history.feeding.desc')}</p>
              </dd>
            </div>`
          : nothing}
        ${pregresso
          ? html`<div>
              <dt>${this.l.t('history.pregresso')}</dt>
              <dd>
                <strong>${this.l.t(`history.pregresso.${pregresso.decision}`, { date: when(pregresso) })}</strong>
                <p class="desc">${this.l.t('history.pregresso.desc')}</p>
              </dd>
            </div>`
          : nothing}
      </dl>
      <p class="readonly-note">${this.l.t('history.readonly')}</p>
    </section>`;
  }

  // ── 3–4. documents: obscuring and protected categories ──

  private obscuredValue(doc: ClinicalEvent): boolean {
    return this.requests.valueOf(`obscure:${doc.id}`, doc.privacy.obscured);
  }

  private protectedVisibleValue(view: FseView, doc: ClinicalEvent): boolean {
    const fromConsent = protectedVisibilityOf(view.consents ?? [], doc.id);
    const base = fromConsent ? fromConsent.decision === 'permit' : doc.privacy.protectedVisible === true;
    return this.requests.valueOf(`protected:${doc.id}`, base);
  }

  private cascadeOf(view: FseView, documentId: string): string[] {
    const known = this.cascades.get(documentId);
    if (known) return known;
    const c = obscuringCascade(view.events, documentId);
    this.cascades.set(documentId, c);
    return c;
  }

  /** Documents hidden because a document they depend on (their prescription) is obscured: id → that document. */
  private cascadeSources(view: FseView, docs: ClinicalEvent[]): Map<string, ClinicalEvent> {
    const out = new Map<string, ClinicalEvent>();
    for (const d of docs) {
      if (!this.obscuredValue(d)) continue;
      for (const id of this.cascadeOf(view, d.id)) if (!out.has(id)) out.set(id, d);
    }
    return out;
  }

  private renderDocuments(view: FseView): TemplateResult {
    const docs = this.documents(view);
    const prot = docs.filter((d) => d.privacy.protectedCategory);
    const others = docs.filter((d) => !d.privacy.protectedCategory);
    const q = this.docQuery.trim().toLocaleLowerCase(this.l.lang);
    const matches = q ? others.filter((d) => this.docSearchText(d).includes(q)) : others;
    const shownDocs = matches.slice(0, this.docLimit);
    const cascade = this.cascadeSources(view, docs);
    const obscuredCount = others.filter((d) => this.obscuredValue(d)).length;
    return html`<section class="section" part="section section-documents" data-section="documents" aria-labelledby="h-documents">
      ${this.sectionTitle('documents', 'docs.title')}
      <p class="intro">${this.l.t('docs.intro')}</p>
      ${prot.length
        ? html`<div class="protected" aria-labelledby="h-protected" role="group">
            <div role="heading" aria-level=${this.level + 2} id="h-protected" class="sub-title">${this.l.t('protected.title')}</div>
            <p class="desc">${this.l.t('protected.intro')}</p>
            <ul class="doc-list">
              ${repeat(prot, (d) => d.id, (d) => this.renderProtectedDoc(view, d))}
            </ul>
          </div>`
        : nothing}
      ${others.length
        ? html`<div class="doc-tools">
              <label for="doc-search">${this.l.t('docs.search')}</label>
              <input
                id="doc-search"
                type="search"
                .value=${live(this.docQuery)}
                autocomplete="off"
                aria-describedby="doc-count"
                @input=${(e: Event) => {
                  this.docQuery = (e.target as HTMLInputElement).value;
                  this.docLimit = PAGE;
                }}
              />
              <p id="doc-count" class="count" role="status">
                ${this.l.t('docs.count', { shown: matches.length, total: others.length, obscured: obscuredCount })}
              </p>
            </div>
            <ul class="doc-list" aria-label=${this.l.t('docs.listLabel')}>
              ${repeat(shownDocs, (d) => d.id, (d) => this.renderDoc(view, d, cascade.get(d.id)))}
            </ul>
            ${matches.length > shownDocs.length
              ? html`<p>
                  ${this.button(this.l.t('docs.more', { count: Math.min(PAGE, matches.length - shownDocs.length) }), () => this.showMoreDocs(shownDocs.length))}
                </p>`
              : nothing}`
        : html`<p class="empty">${this.l.t('docs.empty')}</p>`}
    </section>`;
  }

  private showMoreDocs(firstNew: number): void {
    this.docLimit += PAGE;
    // Focus the first newly shown document, so the keyboard user continues where the list grew.
    void this.updateComplete.then(() => {
      const rows = this.shadowRoot?.querySelectorAll<HTMLElement>('[data-section="documents"] .doc-list:not(.protected .doc-list) > li .doc-title');
      const target = rows?.[firstNew];
      target?.focus();
    });
  }

  private docSearchText(d: ClinicalEvent): string {
    return [d.title, d.author?.name, d.facility?.name, d.document?.typeCode?.display]
      .filter(Boolean)
      .join(' ')
      .toLocaleLowerCase(this.l.lang);
  }

  private docMeta(d: ClinicalEvent): string {
    return [this.when(d), d.facility?.name ?? d.author?.organization?.name, d.author?.name].filter(Boolean).join(' · ');
  }

  private renderDoc(view: FseView, d: ClinicalEvent, cascadeFrom: ClinicalEvent | undefined): TemplateResult {
    const obscured = this.obscuredValue(d);
    const key = `obscure:${d.id}`;
    const pending = this.requests.isPending(key);
    const statusId = `doc-${d.id}-status`;
    const parts = ['document', obscured ? 'document-obscured' : ''].filter(Boolean).join(' ');
    return html`<li class="doc ${obscured ? 'is-obscured' : ''}" part=${parts} data-id=${d.id}>
      <div class="doc-main">
        <p class="doc-title" tabindex="-1">${d.title}</p>
        <p class="doc-meta">${this.docMeta(d)}</p>
        <p class="doc-status" id=${statusId}>
          ${obscured
            ? html`${eyeOffIcon()}<span>${this.l.t('privacy.obscured')}</span>`
            : cascadeFrom
              ? html`${eyeOffIcon()}<span>${this.l.t('docs.cascadeHidden', { title: cascadeFrom.title })}</span>`
              : html`<span>${this.l.t('docs.visible')}</span>`}
        </p>
        ${this.requestStatus(key)}
      </div>
      <div class="actions">
        ${obscured
          ? this.button(this.l.t('docs.unobscure'), () => this.requestObscure(view, d, false), { pending, extra: d.title, describedBy: statusId })
          : this.button(this.l.t('docs.obscure'), (e) => this.askObscure(view, d, e), { pending, extra: d.title, describedBy: statusId })}
        ${d.document
          ? html`<button
              type="button"
              class="fse-button"
              part="button"
              data-open=${d.id}
              aria-expanded=${this.readingDoc === d.id ? 'true' : 'false'}
              @click=${() => this.toggleReading(d.id)}
            >
              ${this.l.t('docs.open')}<span class="visually-hidden">: ${d.title}</span>
            </button>`
          : nothing}
      </div>
      ${this.readingDoc === d.id
        ? html`<fse-document
            class="reading"
            .view=${view}
            lang=${this.l.lang}
            theme=${this.theme}
            time-zone=${this.timeZone}
            document-id=${d.id}
            heading-level="4"
            closable
            @fse-close=${(e: Event) => (e.stopPropagation(), this.toggleReading(d.id))}
          ></fse-document>`
        : nothing}
    </li>`;
  }

  /**
   * Opens a document to read it before deciding (asked first of the host with a cancellable
   * `fse-open`), or closes it and returns focus to its button.
   */
  private toggleReading(id: string): void {
    if (this.readingDoc === id) {
      this.readingDoc = undefined;
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>(`button[data-open="${CSS.escape(id)}"]`)?.focus());
      return;
    }
    if (!this.emit(new FseOpenEvent(id, 'consent-panel'))) return;
    this.readingDoc = id;
    void this.updateComplete.then(async () => {
      const doc = this.shadowRoot?.querySelector('fse-document');
      await doc?.updateComplete;
      doc?.focusHeading();
    });
  }

  private askObscure(view: FseView, d: ClinicalEvent, e: Event): void {
    const cascade = this.cascadeOf(view, d.id)
      .map((id) => this.byId.get(id))
      .filter((x): x is ClinicalEvent => !!x);
    this.openConfirm({
      kind: 'obscure',
      title: this.l.t('obscure.title', { title: d.title }),
      confirmLabel: cascade.length ? this.l.t('obscure.confirm.cascade', { count: cascade.length + 1 }) : this.l.t('obscure.confirm'),
      danger: false,
      body: () => html`<p>${this.l.t('obscure.effect')}</p>
        ${cascade.length
          ? html`<div class="cascade" part="cascade">
              <p><strong>${this.l.t('obscure.cascade', { count: cascade.length })}</strong></p>
              <ul>
                ${cascade.map((c) => html`<li>${c.title} <span class="muted">(${this.when(c)})</span></li>`)}
              </ul>
            </div>`
          : nothing}
        <div class="notice notice--warning law">
          ${alertIcon()}
          <p><strong>${this.l.t('obscure.pss.title')}</strong> ${this.l.t('obscure.pss')}</p>
        </div>
        <p class="muted">${this.l.t('obscure.revocable')}</p>`,
      run: () => this.requestObscure(view, d, true),
      returnTo: e.currentTarget as HTMLElement,
    });
  }

  private requestObscure(view: FseView, d: ClinicalEvent, obscured: boolean): void {
    const ev = new FseObscureRequestEvent({
      requestId: nextRequestId(),
      documentId: d.id,
      obscured,
      cascade: [...this.cascadeOf(view, d.id)],
    });
    this.send(`obscure:${d.id}`, obscured, ev);
  }

  private renderProtectedDoc(view: FseView, d: ClinicalEvent): TemplateResult {
    const visible = this.protectedVisibleValue(view, d);
    const key = `protected:${d.id}`;
    const pending = this.requests.isPending(key);
    const statusId = `doc-${d.id}-status`;
    const cat = d.privacy.protectedCategory as ProtectedCategory;
    return html`<li class="doc is-protected" part="document document-protected" data-id=${d.id}>
      <div class="doc-main">
        <p class="doc-title" tabindex="-1">${d.title}</p>
        <p class="doc-meta">${this.docMeta(d)} · ${this.l.t(`category.${cat}`)}</p>
        <p class="doc-status" id=${statusId}>
          ${visible
            ? html`<span>${this.l.t('protected.visible')}</span>`
            : html`${lockIcon()}<span>${this.l.t('privacy.protected')}</span>`}
        </p>
        ${this.requestStatus(key)}
      </div>
      <div class="actions">
        ${visible
          ? this.button(this.l.t('protected.hide'), () => this.requestProtected(d, false), { pending, extra: d.title, describedBy: statusId })
          : this.button(this.l.t('protected.show'), (e) => this.askProtected(d, e), { pending, extra: d.title, describedBy: statusId })}
      </div>
    </li>`;
  }

  private askProtected(d: ClinicalEvent, e: Event): void {
    this.openConfirm({
      kind: 'protected',
      title: this.l.t('protected.ask.title', { title: d.title }),
      confirmLabel: this.l.t('protected.ask.confirm'),
      danger: false,
      body: () => html`<p>${this.l.t('protected.ask.effect')}</p>
        <p>${this.l.t('protected.ask.revocable')}</p>`,
      run: () => this.requestProtected(d, true),
      returnTo: e.currentTarget as HTMLElement,
    });
  }

  private requestProtected(d: ClinicalEvent, visible: boolean): void {
    const ev = new FseProtectedVisibilityRequestEvent({
      requestId: nextRequestId(),
      documentId: d.id,
      category: d.privacy.protectedCategory as ProtectedCategory,
      visible,
    });
    this.send(`protected:${d.id}`, visible, ev);
  }

  // ── 5. delegations ──

  private delegationStatus(d: Delegation): DelegationValue {
    return this.requests.valueOf<DelegationValue>(`delegation:${d.id}`, d.status);
  }

  private renderDelegations(view: FseView): TemplateResult {
    const all = view.delegations ?? [];
    const outgoing = all.filter((d) => d.direction === 'outgoing');
    const incoming = all.filter((d) => d.direction === 'incoming');
    const minors = incoming.filter((d) => d.basis === 'parental');
    const others = incoming.filter((d) => d.basis !== 'parental');
    const knownCfs = new Set(outgoing.map((d) => d.person.cf?.toUpperCase()).filter(Boolean));
    const optimistic = this.requests
      .withPrefix('delegation:add:')
      .filter((t) => t.override && !knownCfs.has((t.value as NewDelegate).cf));
    const adult = isAdult(view.patient.birthDate, this.currentNow, view.timeZone);
    return html`<section class="section" part="section section-delegations" data-section="delegations" aria-labelledby="h-delegations">
      ${this.sectionTitle('delegations', 'deleg.title')}
      <p class="intro">${this.l.t('deleg.intro')}</p>
      <div role="heading" aria-level=${this.level + 2} class="sub-title" id="h-outgoing">${this.l.t('deleg.outgoing')}</div>
      ${outgoing.length || optimistic.length
        ? html`<ul class="deleg-list" aria-labelledby="h-outgoing">
            ${repeat(outgoing, (d) => d.id, (d) => this.renderDelegation(d))}
            ${optimistic.map((t) => this.renderOptimisticDelegation(t))}
          </ul>`
        : html`<p class="empty">${this.l.t('deleg.outgoing.empty')}</p>`}
      ${adult === false ? html`<p class="desc">${this.l.t('deleg.minorCannot')}</p>` : this.renderDelegateForm()}
      ${minors.length
        ? html`<div role="heading" aria-level=${this.level + 2} class="sub-title" id="h-minors">${this.l.t('deleg.minors')}</div>
            <ul class="deleg-list" aria-labelledby="h-minors">
              ${repeat(minors, (d) => d.id, (d) => this.renderMinor(view, d))}
            </ul>`
        : nothing}
      ${others.length
        ? html`<div role="heading" aria-level=${this.level + 2} class="sub-title" id="h-incoming">${this.l.t('deleg.incoming')}</div>
            <ul class="deleg-list" aria-labelledby="h-incoming">
              ${repeat(others, (d) => d.id, (d) => this.renderDelegation(d))}
            </ul>`
        : nothing}
    </section>`;
  }

  private validity(d: Delegation): string {
    const now = this.currentNow;
    const status = this.delegationStatus(d);
    if (d.validTo) {
      const left = daysLeft(d, now) ?? 0;
      if (status === 'expired' || left < 0) return this.l.t('deleg.expired', { date: this.day(d.validTo) });
      if (left <= 30) return this.l.t('deleg.expiresIn', { days: left, date: this.day(d.validTo) });
      return this.l.t('deleg.validTo', { date: this.day(d.validTo) });
    }
    return this.l.t('deleg.noEnd');
  }

  private renderDelegation(d: Delegation): TemplateResult {
    const status = this.delegationStatus(d);
    const key = `delegation:${d.id}`;
    const pending = this.requests.isPending(key);
    const left = daysLeft(d, this.currentNow);
    const expiring = status === 'active' && left !== undefined && left >= 0 && left <= 30;
    const parts = ['delegation', `delegation-${status}`, expiring ? 'delegation-expiring' : ''].filter(Boolean).join(' ');
    const statusId = `deleg-${d.id}-status`;
    const name = d.person.name;
    return html`<li class="deleg deleg--${status} ${expiring ? 'is-expiring' : ''}" part=${parts} data-id=${d.id}>
      <div class="deleg-main">
        <p class="deleg-name">${name}${d.person.cf ? html` <span class="muted cf">${d.person.cf}</span>` : nothing}</p>
        <p class="deleg-meta">${this.l.t(`basis.${d.basis}`)} · ${this.validity(d)}</p>
        <p class="deleg-status status-chip status-chip--${status}" id=${statusId}>
          ${status === 'pending' ? clockIcon() : status === 'active' ? checkIcon() : nothing}${this.l.t(`deleg.status.${d.direction}.${status}`)}
        </p>
        ${this.requestStatus(key)}
      </div>
      <div class="actions">
        ${d.direction === 'incoming' && status === 'pending'
          ? html`${this.button(this.l.t('deleg.accept'), () => this.requestDelegation(d, 'accept'), { kind: 'primary', pending, extra: name, describedBy: statusId })}
            ${this.button(this.l.t('deleg.reject'), () => this.requestDelegation(d, 'reject'), { pending, extra: name, describedBy: statusId })}`
          : isLive({ ...d, status })
            ? this.button(
                this.l.t(d.direction === 'incoming' ? 'deleg.renounce' : status === 'pending' ? 'deleg.cancel' : 'deleg.revoke'),
                (e) => this.askRevokeDelegation(d, e),
                { kind: 'danger', pending, extra: name, describedBy: statusId },
              )
            : nothing}
      </div>
    </li>`;
  }

  private renderOptimisticDelegation(t: Tracked): TemplateResult {
    const v = t.value as NewDelegate;
    return html`<li class="deleg deleg--pending" part="delegation delegation-pending">
      <div class="deleg-main">
        <p class="deleg-name">${v.name} <span class="muted cf">${v.cf}</span></p>
        <p class="deleg-meta">
          ${this.l.t('basis.voluntary')} ·
          ${v.validTo ? this.l.t('deleg.validTo', { date: this.l.date(dayDate(v.validTo)) }) : this.l.t('deleg.noEnd')}
        </p>
        <p class="deleg-status status-chip status-chip--pending">${clockIcon()}${this.l.t('deleg.status.outgoing.pending')}</p>
        ${this.requestStatus(t.key)}
      </div>
    </li>`;
  }

  private renderMinor(view: FseView, d: Delegation): TemplateResult {
    const b = d.person.birthDate;
    const eighteen = b ? birthdayOf(b, 18) : undefined;
    const adult = isAdult(b, this.currentNow, view.timeZone);
    return html`<li class="deleg deleg--${d.status}" part="delegation delegation-${d.status}" data-id=${d.id}>
      <div class="deleg-main">
        <p class="deleg-name">${d.person.name}</p>
        <p class="deleg-meta">
          ${b ? this.l.born(b) : nothing}
          ${eighteen
            ? html` · ${adult ? this.l.t('minor.adult', { date: this.l.date(dayDate(eighteen)) }) : this.l.t('minor.until18', { date: this.l.date(dayDate(eighteen)) })}`
            : nothing}
        </p>
        <p class="deleg-status status-chip status-chip--${d.status}">${this.l.t(`minor.status.${d.status}`)}</p>
      </div>
    </li>`;
  }

  private askRevokeDelegation(d: Delegation, e: Event): void {
    const incoming = d.direction === 'incoming';
    this.openConfirm({
      kind: 'revoke-delegation',
      title: this.l.t(incoming ? 'deleg.renounce.title' : 'deleg.revoke.title', { name: d.person.name }),
      confirmLabel: this.l.t(incoming ? 'deleg.renounce' : 'deleg.revoke'),
      danger: true,
      body: () => html`<p>${this.l.t(incoming ? 'deleg.renounce.effect' : 'deleg.revoke.effect', { name: d.person.name })}</p>`,
      run: () => this.requestDelegation(d, 'revoke'),
      returnTo: e.currentTarget as HTMLElement,
    });
  }

  private requestDelegation(d: Delegation, action: 'revoke' | 'accept' | 'reject'): void {
    const next: DelegationValue = action === 'accept' ? 'active' : action === 'reject' ? 'rejected' : 'revoked';
    const ev = new FseDelegationRequestEvent({ requestId: nextRequestId(), action, delegationId: d.id });
    this.send(`delegation:${d.id}`, next, ev);
  }

  private renderDelegateForm(): TemplateResult {
    const err = this.formErrors;
    const today = dayIn(this.currentNow, this.data?.timeZone ?? DEFAULT_TIME_ZONE);
    const pendingAdd = this.requests.withPrefix('delegation:add:').some((t) => t.status === 'pending');
    return html`<form class="deleg-form" part="delegate-form" novalidate @submit=${this.onAddDelegate}>
      <fieldset>
        <legend>${this.l.t('form.legend')}</legend>
        <p class="desc" id="form-desc">${this.l.t('form.desc')}</p>
        <div class="field">
          <label for="deleg-name">${this.l.t('form.name')}</label>
          <input
            id="deleg-name"
            name="name"
            autocomplete="off"
            required
            aria-invalid=${err.name ? 'true' : 'false'}
            aria-describedby=${err.name ? 'deleg-name-err' : nothing}
          />
          ${err.name ? html`<p class="field-error" id="deleg-name-err">${alertIcon()}${err.name}</p>` : nothing}
        </div>
        <div class="field">
          <label for="deleg-cf">${this.l.t('form.cf')}</label>
          <input
            id="deleg-cf"
            name="cf"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="16"
            required
            aria-invalid=${err.cf ? 'true' : 'false'}
            aria-describedby=${err.cf ? 'deleg-cf-hint deleg-cf-err' : 'deleg-cf-hint'}
          />
          <p class="hint" id="deleg-cf-hint">${this.l.t('form.cf.hint')}</p>
          ${err.cf ? html`<p class="field-error" id="deleg-cf-err">${alertIcon()}${err.cf}</p>` : nothing}
        </div>
        <div class="field">
          <label for="deleg-to">${this.l.t('form.validTo')}</label>
          <input
            id="deleg-to"
            name="validTo"
            type="date"
            min=${today}
            aria-invalid=${err.validTo ? 'true' : 'false'}
            aria-describedby=${err.validTo ? 'deleg-to-hint deleg-to-err' : 'deleg-to-hint'}
          />
          <p class="hint" id="deleg-to-hint">${this.l.t('form.validTo.hint')}</p>
          ${err.validTo ? html`<p class="field-error" id="deleg-to-err">${alertIcon()}${err.validTo}</p>` : nothing}
        </div>
        <button type="submit" class="fse-button primary" part="button button-primary" aria-disabled=${pendingAdd ? 'true' : nothing} aria-describedby="form-desc">
          ${this.l.t('form.submit')}
        </button>
      </fieldset>
    </form>`;
  }

  private onAddDelegate = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const name = (form.elements.namedItem('name') as HTMLInputElement).value.trim();
    const cf = (form.elements.namedItem('cf') as HTMLInputElement).value.trim().toUpperCase();
    const validTo = (form.elements.namedItem('validTo') as HTMLInputElement).value;
    const errors: { name?: string; cf?: string; validTo?: string } = {};
    if (!name) errors.name = this.l.t('form.err.name');
    if (!cf) errors.cf = this.l.t('form.err.cfMissing');
    else if (!isValidCf(cf)) errors.cf = this.l.t('form.err.cf');
    else if (this.data?.patient.cf && cf === this.data.patient.cf.toUpperCase()) errors.cf = this.l.t('form.err.self');
    else if ((this.data?.delegations ?? []).some((d) => d.direction === 'outgoing' && d.person.cf?.toUpperCase() === cf && isLive({ ...d, status: this.delegationStatus(d) })))
      errors.cf = this.l.t('form.err.exists');
    const today = dayIn(this.currentNow, this.data?.timeZone ?? DEFAULT_TIME_ZONE);
    if (validTo && (!/^\d{4}-\d{2}-\d{2}$/.test(validTo) || validTo < today)) errors.validTo = this.l.t('form.err.validTo');
    this.formErrors = errors;
    const first = (['name', 'cf', 'validTo'] as const).find((k) => errors[k]);
    if (first) {
      void this.updateComplete.then(() => (form.elements.namedItem(first) as HTMLInputElement).focus());
      return;
    }
    if (this.requests.withPrefix('delegation:add:').some((t) => t.status === 'pending')) return;
    const delegate: NewDelegate = validTo ? { name, cf, validTo } : { name, cf };
    const ev = new FseDelegationRequestEvent({ requestId: nextRequestId(), action: 'add', delegate });
    this.send(`delegation:add:${cf}`, delegate, ev);
  };

  // ── 6. access log ──

  private renderLog(view: FseView): TemplateResult {
    const log = view.accessLog ?? [];
    const { rows, roles, emergencies } = this.filteredLog(log);
    const rowH = this.rowHeight;
    const visibleCount = Math.ceil(this.logViewport / rowH) + OVERSCAN * 2;
    const start = Math.max(0, Math.min(this.logStart, Math.max(0, rows.length - visibleCount)));
    const end = Math.min(rows.length, start + visibleCount);
    const slice = rows.slice(start, end);
    return html`<section class="section" part="section section-log" data-section="log" aria-labelledby="h-log">
      ${this.sectionTitle('log', 'log.title')}
      <p class="intro">${this.l.t('log.intro')}</p>
      ${emergencies
        ? html`<div class="notice notice--danger" part="emergency-summary">
            ${sirenIcon()}
            <p><strong>${this.l.t('log.emergencies', { count: emergencies })}</strong> ${this.l.t('log.emergencies.why')}</p>
          </div>`
        : nothing}
      ${log.length
        ? html`<fieldset class="log-filters" part="log-filters">
              <legend>${this.l.t('log.filter')}</legend>
              <div class="field">
                <label for="log-period">${this.l.t('log.period')}</label>
                <select id="log-period" @change=${(e: Event) => this.setLogFilter({ period: (e.target as HTMLSelectElement).value as PeriodFilter })}>
                  ${PERIODS.map((p) => html`<option value=${p} ?selected=${this.logFilter.period === p}>${this.l.t(`log.period.${p}`)}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="log-role">${this.l.t('log.role')}</label>
                <select id="log-role" @change=${(e: Event) => this.setLogFilter({ role: (e.target as HTMLSelectElement).value as RoleCode | '' })}>
                  <option value="" ?selected=${!this.logFilter.role}>${this.l.t('log.role.all')}</option>
                  ${roles.map((r) => html`<option value=${r} ?selected=${this.logFilter.role === r}>${this.l.t(`role.${r}`)}</option>`)}
                </select>
              </div>
              <div class="field field--check">
                <input
                  id="log-emergency"
                  type="checkbox"
                  .checked=${this.logFilter.emergencyOnly}
                  @change=${(e: Event) => this.setLogFilter({ emergencyOnly: (e.target as HTMLInputElement).checked })}
                />
                <label for="log-emergency">${this.l.t('log.emergencyOnly')}</label>
              </div>
              <div class="field field--button">
                ${this.button(this.l.t('log.export'), () => this.exportLog(rows), { describedBy: 'log-count' })}
              </div>
            </fieldset>
            <p class="count" id="log-count" role="status">${this.l.t('log.count', { shown: rows.length, total: log.length })}</p>
            ${rows.length
              ? html`<div
                  class="log-scroll"
                  part="log"
                  role="region"
                  tabindex="0"
                  aria-label=${this.l.t('log.regionLabel')}
                  @scroll=${this.onLogScroll}
                >
                  <div role="table" class="log-table" aria-label=${this.l.t('log.tableLabel')} aria-rowcount=${rows.length + 1}>
                    <div role="rowgroup" class="log-head">
                      <div role="row" class="log-row log-row--head" aria-rowindex="1">
                        ${['when', 'who', 'org', 'doc', 'purpose'].map((c) => html`<div role="columnheader" class="c c-${c}">${this.l.t(`log.col.${c}`)}</div>`)}
                      </div>
                    </div>
                    <div role="rowgroup" class="log-body" ${styleProps({ 'block-size': `${rows.length * rowH}px` })}>
                      ${repeat(slice, (e) => e.id, (e, i) => this.renderLogRow(e, start + i, rowH))}
                    </div>
                  </div>
                </div>`
              : html`<p class="empty">${this.l.t('log.noneInFilter')}</p>`}`
        : html`<p class="empty">${this.l.t('log.empty')}</p>`}
    </section>`;
  }

  private filteredLog(log: readonly AccessLogEntry[]): { rows: AccessLogEntry[]; roles: RoleCode[]; emergencies: number } {
    const now = this.currentNow;
    const m = this.logMemo;
    if (m && m.log === log && m.filter === this.logFilter && m.now === now) return m;
    const sameLog = m && m.log === log;
    const next = {
      log,
      filter: this.logFilter,
      now,
      rows: filterLog(log, this.logFilter, now),
      roles: sameLog ? m.roles : rolesIn(log),
      emergencies: sameLog ? m.emergencies : log.filter((e) => e.emergency).length,
    };
    this.logMemo = next;
    return next;
  }

  private documents(view: FseView): ClinicalEvent[] {
    if (this.docsMemo?.events !== view.events) this.docsMemo = { events: view.events, docs: documentsOf(view) };
    return this.docsMemo.docs;
  }

  private get logViewport(): number {
    const el = this.shadowRoot?.querySelector<HTMLElement>('.log-scroll');
    return el?.clientHeight || 448;
  }

  private renderLogRow(e: AccessLogEntry, index: number, rowH: number): TemplateResult {
    const role = e.actor.role ?? 'OTHER';
    const docs = e.documentIds.map((id) => this.byId.get(id)).filter((d): d is ClinicalEvent => !!d);
    const docText = docs.length
      ? docs.length > 1
        ? this.l.t('log.docs.more', { title: docs[0].title, count: docs.length - 1 })
        : docs[0].title
      : e.documentIds.length
        ? this.l.t('log.docs.unavailable')
        : this.l.t(`log.action.${e.action}`);
    const org = e.actor.organization?.name ?? '';
    const parts = ['log-row', e.emergency ? 'log-row-emergency' : ''].filter(Boolean).join(' ');
    return html`<div
      role="row"
      class="log-row ${e.emergency ? 'is-emergency' : ''} ${e.outcome === 'failure' ? 'is-failure' : ''}"
      part=${parts}
      aria-rowindex=${index + 2}
      ${styleProps({ transform: `translateY(${index * rowH}px)` })}
    >
      <div role="cell" class="c c-when">${this.l.date(e.at, 'short')}</div>
      <div role="cell" class="c c-who">
        <span class="who-name">${e.actor.name ?? this.l.t('log.unknownActor')}</span>
        <span class="muted">${this.l.t(`role.${role}`)}${e.actor.roleText ? ` (${e.actor.roleText})` : ''}</span>
      </div>
      <div role="cell" class="c c-org">${org}</div>
      <div role="cell" class="c c-doc">${docText}${e.outcome === 'failure' ? html` <span class="muted">(${this.l.t('log.denied')})</span>` : nothing}</div>
      <div role="cell" class="c c-purpose">
        ${e.emergency
          ? html`<span class="emergency" part="emergency">${sirenIcon()}<strong>${this.l.t('log.emergency')}</strong></span>`
          : e.purpose
            ? this.l.t(`purposeOfUse.${e.purpose}`)
            : ''}
      </div>
    </div>`;
  }

  private onLogScroll = (e: Event): void => {
    const el = e.currentTarget as HTMLElement;
    if (this.scrollRaf) return;
    this.scrollRaf = requestAnimationFrame(() => {
      this.scrollRaf = 0;
      const first = Math.floor(el.scrollTop / this.rowHeight);
      const start = Math.max(0, first - OVERSCAN);
      if (start !== this.logStart) this.logStart = start;
    });
  };

  private setLogFilter(patch: Partial<LogFilter>): void {
    this.logFilter = { ...this.logFilter, ...patch };
    this.logStart = 0;
    const scroller = this.shadowRoot?.querySelector<HTMLElement>('.log-scroll');
    if (scroller) scroller.scrollTop = 0;
  }

  /** The filtered access log as CSV rows (header first), in the panel's language. */
  logCsv(rows?: readonly AccessLogEntry[]): string {
    const view = this.data;
    const entries = rows ?? (view ? this.filteredLog(view.accessLog ?? []).rows : []);
    const head = ['when', 'who', 'role', 'org', 'doc', 'purpose', 'emergency', 'outcome'].map((k) => this.l.t(`csv.${k}`));
    const body = entries.map((e) => [
      this.l.date(e.at, 'short'),
      e.actor.name ?? '',
      this.l.t(`role.${e.actor.role ?? 'OTHER'}`),
      e.actor.organization?.name ?? '',
      e.documentIds.map((id) => this.byId.get(id)?.title ?? id).join(' | '),
      e.purpose ? this.l.t(`purposeOfUse.${e.purpose}`) : '',
      this.l.t(e.emergency ? 'csv.yes' : 'csv.no'),
      this.l.t(`csv.outcome.${e.outcome}`),
    ]);
    return toCsv([head, ...body]);
  }

  private exportLog(rows: readonly AccessLogEntry[]): void {
    const day = dayIn(this.currentNow, this.data?.timeZone ?? DEFAULT_TIME_ZONE);
    download(`${this.l.t('csv.filename')}-${day}.csv`, this.logCsv(rows));
    this.announce(this.l.t('log.exported', { count: rows.length }));
  }

  // ── 7. notifications ──

  private renderNotifications(view: FseView): TemplateResult {
    const key = 'notifications';
    const on = this.requests.valueOf(key, notificationsOn(view.consents ?? []));
    const pending = this.requests.isPending(key);
    return html`<section class="section" part="section section-notifications" data-section="notifications" aria-labelledby="h-notifications">
      ${this.sectionTitle('notifications', 'notif.title')}
      <div class="switch" part="notifications">
        <input
          id="notif"
          type="checkbox"
          role="switch"
          .checked=${live(on)}
          aria-checked=${on ? 'true' : 'false'}
          aria-describedby="notif-desc"
          aria-disabled=${pending ? 'true' : nothing}
          @click=${(e: Event) => {
            if (pending) {
              e.preventDefault();
              return;
            }
          }}
          @change=${(e: Event) => this.requestNotifications((e.target as HTMLInputElement).checked)}
        />
        <label for="notif">${this.l.t('notif.label')}</label>
      </div>
      <p class="desc" id="notif-desc">${this.l.t('notif.desc')}</p>
      <p class="state-line">${this.l.t(on ? 'notif.on' : 'notif.off')}</p>
      ${this.requestStatus(key)}
    </section>`;
  }

  private requestNotifications(enabled: boolean): void {
    const ev = new FseNotificationsRequestEvent({ requestId: nextRequestId(), enabled });
    this.send('notifications', enabled, ev);
  }

  // ── 8. index of documents ──

  private renderIndex(view: FseView): TemplateResult {
    const docs = this.documents(view);
    return html`<section class="section section--index" part="section section-index" data-section="index" aria-labelledby="h-index">
      ${this.sectionTitle('index', 'index.title')}
      <p class="intro">${this.l.t('index.intro', { count: docs.length })}</p>
      <div class="actions">
        ${this.button(this.l.t('index.print'), () => void this.printIndex(), { describedBy: 'index-print-hint' })}
        ${this.button(this.l.t('index.csv'), () => this.downloadIndex())}
      </div>
      <p class="hint" id="index-print-hint">${this.l.t('index.print.hint')}</p>
      ${this.printing ? this.renderPrintIndex(view, docs) : nothing}
    </section>`;
  }

  private indexRows(view: FseView, docs: ClinicalEvent[]): string[][] {
    return docs.map((d) => [
      this.when(d, view),
      d.title,
      d.facility?.name ?? d.author?.organization?.name ?? '',
      d.author?.name ?? '',
      this.visibilityWords(view, d),
    ]);
  }

  private visibilityWords(view: FseView, d: ClinicalEvent): string {
    if (d.privacy.protectedCategory) return this.l.t(this.protectedVisibleValue(view, d) ? 'protected.visible' : 'privacy.protected');
    return this.l.t(this.obscuredValue(d) ? 'privacy.obscured' : 'docs.visible');
  }

  private renderPrintIndex(view: FseView, docs: ClinicalEvent[]): TemplateResult {
    const head = ['date', 'title', 'facility', 'author', 'visibility'];
    return html`<div class="print-index" part="index">
      <p class="print-title"><strong>${this.l.t('index.print.title', { name: view.patient.name })}</strong></p>
      <p>${this.l.t('index.print.when', { date: this.l.instant(this.currentNow, true, 'long') })}</p>
      <table>
        <caption class="visually-hidden">${this.l.t('index.title')}</caption>
        <thead>
          <tr>${head.map((h) => html`<th scope="col">${this.l.t(`index.col.${h}`)}</th>`)}</tr>
        </thead>
        <tbody>
          ${this.indexRows(view, docs).map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  /**
   * Prints the index of documents: the panel renders a printable table and, in print, hides
   * everything else of itself (the host page should hide its own chrome in `@media print`).
   * The browser's dialog offers "Salva come PDF".
   */
  async printIndex(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    const done = () => {
      this.printing = false;
      window.removeEventListener('afterprint', done);
    };
    // The table is hidden on screen (print-only CSS), so a browser that never fires afterprint
    // leaves nothing visible behind.
    window.addEventListener('afterprint', done);
    window.print();
  }

  private downloadIndex(): void {
    const view = this.data;
    if (!view) return;
    const docs = documentsOf(view);
    const head = ['date', 'title', 'facility', 'author', 'visibility'].map((h) => this.l.t(`index.col.${h}`));
    const day = dayIn(this.currentNow, view.timeZone ?? DEFAULT_TIME_ZONE);
    download(`${this.l.t('index.filename')}-${day}.csv`, toCsv([head, ...this.indexRows(view, docs)]));
    this.announce(this.l.t('index.downloaded', { count: docs.length }));
  }

  // ───────────────────────────── requests ─────────────────────────────

  private send<V>(key: string, value: V, ev: FseConsentRequestEvent | FseObscureRequestEvent | FseProtectedVisibilityRequestEvent | FseDelegationRequestEvent | FseNotificationsRequestEvent): void {
    const sent = this.requests.submit(key, value, ev as FseConsentRequestEvent, (e) => this.emit(e));
    if (sent && this.requests.isPending(key)) this.announce(this.l.t('req.pending.announce'));
  }

  private onSettled(t: Tracked, o: Outcome): void {
    if (o.kind === 'done') {
      if (t.key.startsWith('delegation:add:')) {
        const form = this.shadowRoot?.querySelector<HTMLFormElement>('form.deleg-form');
        form?.reset();
        this.formErrors = {};
        this.announce(this.l.t('req.done.delegate', { name: (t.value as NewDelegate).name }));
      } else {
        this.announce(this.l.t('req.done.announce'));
      }
      if (looksLikeView(o.value)) this.applyView(o.value);
      return;
    }
    t.message =
      o.reason === 'rejected'
        ? o.message
          ? this.l.t('req.failed.host', { message: o.message })
          : this.l.t('req.failed.generic')
        : this.l.t(`req.failed.${o.reason}`);
    this.requestUpdate();
    void this.alert(t.message);
  }

  private announce(text: string): void {
    // Cleared first so that the same words are announced again.
    const token = ++this.announceToken;
    this.statusText = '';
    void this.updateComplete.then(() => {
      if (token === this.announceToken) this.statusText = text;
    });
  }

  private async alert(text: string): Promise<void> {
    this.alertText = '';
    await this.updateComplete;
    this.alertText = text;
  }

  // ───────────────────────────── confirmation dialog ─────────────────────────────

  private openConfirm(c: Confirm): void {
    if (this.confirm) return;
    this.confirm = c;
    void this.updateComplete.then(() => {
      const d = this.dialog;
      if (!d || d.open) return;
      d.showModal();
      d.querySelector<HTMLButtonElement>('button.cancel')?.focus();
    });
  }

  private closeConfirm(confirmed: boolean): void {
    const c = this.confirm;
    if (!c) return;
    const d = this.dialog;
    if (d?.open) d.close();
    this.confirm = undefined;
    if (confirmed) c.run();
    const back = c.returnTo;
    const anchor = back?.closest<HTMLElement>('fieldset, li');
    const section = back?.closest<HTMLElement>('section[data-section]')?.dataset.section;
    void this.updateComplete.then(() => {
      if (back && back.isConnected) back.focus();
      else this.focusNear(anchor, section);
    });
  }

  private renderDialog(): TemplateResult {
    const c = this.confirm;
    return html`<dialog
      part="dialog"
      class="confirm"
      aria-labelledby="dlg-title"
      aria-describedby="dlg-body"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.closeConfirm(false);
      }}
    >
      ${c
        ? html`<form method="dialog" @submit=${(e: Event) => e.preventDefault()}>
            <div role="heading" aria-level=${this.level + 1} class="dlg-title" id="dlg-title">${c.title}</div>
            <div class="dlg-body" id="dlg-body">${c.body()}</div>
            <div class="dlg-actions">
              <button type="button" class="fse-button cancel" part="button" @click=${() => this.closeConfirm(false)}>
                ${this.l.t('dialog.cancel')}
              </button>
              <button
                type="button"
                class="fse-button ${c.danger ? 'danger' : 'primary'} ok"
                part="button ${c.danger ? 'button-danger' : 'button-primary'}"
                @click=${() => this.closeConfirm(true)}
              >
                ${c.confirmLabel}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  // ───────────────────────────── focus ─────────────────────────────

  /** Focus the first control left in `anchor` (the purpose, the row), else the section's title. */
  private focusNear(anchor: HTMLElement | null | undefined, section?: string): void {
    const target = anchor?.isConnected ? anchor.querySelector<HTMLElement>('button, input, select') : null;
    if (target) target.focus();
    else this.focusSection(section);
  }

  private focusSection(section?: string): void {
    if (!section) return;
    this.shadowRoot?.querySelector<HTMLElement>(`#h-${section}`)?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A control that had focus went away (a revoked delegation's button, a document that left the
    // list): focus its section's title rather than losing the keyboard user at the page's top.
    const lf = this.lastFocused;
    if (lf && !lf.el.isConnected && !this.confirm) {
      const active = this.shadowRoot?.activeElement;
      if (!active || active === lf.el) {
        this.lastFocused = undefined;
        this.focusNear(lf.anchor, lf.section);
      }
    }
    if (this.dataState === 'ready' && !this.refusal) this.measureRow();
  }

  private measureRow(): void {
    const row = this.shadowRoot?.querySelector<HTMLElement>('.log-body .log-row');
    if (!row) return;
    const h = row.offsetHeight;
    if (h > 0 && Math.abs(h - this.rowHeight) > 0.5) this.rowHeight = h;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.scrollRaf) cancelAnimationFrame(this.scrollRaf);
    this.scrollRaf = 0;
  }
}
