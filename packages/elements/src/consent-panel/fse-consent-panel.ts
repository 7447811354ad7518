import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { AccessLogEntry, ClinicalEvent, FseView } from '@percorso/model';
import { FseElement } from '../internal/base-element.js';
import { RequestTracker, type FseRequestBase, type FseRequestEvent, type Outcome, type Tracked } from '../internal/requests.js';
import { looksLikeView, type NewDelegate } from './events.js';
import { documentsOf, refusalReason } from './derive.js';
import { lockIcon } from './icons.js';
import { messages } from './messages.js';
import { confirmStyles } from './confirm-styles.js';
import { consentPanelStyles } from './styles.js';
import { ALL_SECTIONS, answerConfirm, confirmDialog, showConfirm, failureMessage, liveObject, type Confirm, type ConsentSection, type PanelContext, type PanelRequestEvent, type PanelState } from './sections/context.js';
import { ConsentsSection } from './sections/consents.js';
import { ObscuringSection } from './sections/obscuring.js';
import { ProtectedSection } from './sections/protected.js';
import { DelegationsSection } from './sections/delegations.js';
import { AccessLogSection } from './sections/access-log.js';
import { NotificationsSection } from './sections/notifications.js';
import { DocumentIndexSection } from './sections/document-index.js';

export type { ConsentSection } from './sections/context.js';

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
 * Keyboard: a navigation at the top reaches each section's title; the documents list is one tab
 * stop (↑ ↓ Home End between documents, ← → between a document's buttons); every other control is
 * a native button, input, select or checkbox in reading order;
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
 * @fires fse-notifications-request - {@link FseNotificationsRequestEvent}: turn the notifications of one kind (`document`, `prescription`, `access`) on or off. Cancellable; answer with `respond(promise)`.
 * @fires fse-error - The view cannot be shown (`invalid-view`, `load-failed`), its viewer may not use the panel (`not-permitted`), or it came with error-level issues.
 *
 * @csspart header - Title, patient and who is acting.
 * @csspart nav - The in-panel navigation: one link per section shown, to its title.
 * @csspart emergency-access - In the revoke dialog: emergency access still applies (DM 7/9/2023 art. 20).
 * @csspart emergency-use - In the obscure dialog: the document is one a clinician needs in an emergency (the Patient Summary, a critical medicine).
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
 * @csspart notifications - Each notification switch (one per kind).
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
  static override styles = [...FseElement.styles, confirmStyles, consentPanelStyles];
  static override messages = messages;

  /** ARIA level of the panel's title (1–5, default 2); section titles are one level deeper. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** Which sections to show, space-separated (default all): `consent history documents delegations log notifications index`. */
  @property({ reflect: true }) sections = '';

  /** "Now" (epoch ms) for ages, expiries and the log's periods. Default: the viewer's `now`, else the current time. */
  @property({ attribute: false }) now?: number;

  @state() private confirm?: Confirm;
  @state() private statusText = '';
  @state() private alertText = '';

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
  private refusal = '';
  private patientId?: string;
  private lastFocused?: { el: HTMLElement; section: string; anchor?: HTMLElement | null };
  private docsMemo?: { events: readonly ClinicalEvent[]; docs: ClinicalEvent[] };
  private announceToken = 0;

  /** The panel as its sections see it (`sections/context.ts`): its state read when they read it. */
  private readonly ctx: PanelContext = Object.assign(
    liveObject<PanelState>({
      l: () => this.l,
      requests: () => this.requests,
      view: () => this.data,
      now: () => this.currentNow,
      level: () => this.level,
      theme: () => this.theme,
      timeZone: () => this.timeZone,
      root: () => this.shadowRoot,
      updateComplete: () => this.updateComplete,
    }),
    {
      requestUpdate: () => this.requestUpdate(),
      event: (id: string) => this.byId.get(id),
      documents: (view: FseView) => this.documents(view),
      send: <V>(key: string, value: V, ev: PanelRequestEvent) => this.send(key, value, ev),
      openConfirm: (c: Confirm) => this.openConfirm(c),
      announce: (text: string) => this.announce(text),
      emit: (e: Event) => this.emit(e),
    },
  );

  private readonly consents = new ConsentsSection(this.ctx);
  private readonly protectedDocs = new ProtectedSection(this.ctx);
  private readonly obscuring = new ObscuringSection(this.ctx, this.protectedDocs);
  private readonly delegations = new DelegationsSection(this.ctx);
  private readonly log = new AccessLogSection(this.ctx);
  private readonly notifications = new NotificationsSection(this.ctx);
  private readonly index = new DocumentIndexSection(this.ctx, this.obscuring, this.protectedDocs);

  constructor() {
    super();
    this.addController(this.log);
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
    this.refusal = '';
    if (!view) {
      this.obscuring.viewChanged(false);
      return;
    }
    const newPatient = view.patient?.id !== this.patientId;
    if (newPatient) {
      this.requests.clear();
      this.patientId = view.patient?.id;
    } else {
      this.requests.reconcile();
    }
    this.obscuring.viewChanged(newPatient);
    this.log.viewChanged(newPatient);
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

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 2;
  }

  private shown(section: ConsentSection): boolean {
    const list = this.sections.trim() ? this.sections.trim().split(/\s+/) : ALL_SECTIONS;
    return list.includes(section);
  }

  private documents(view: FseView): ClinicalEvent[] {
    if (this.docsMemo?.events !== view.events) this.docsMemo = { events: view.events, docs: documentsOf(view) };
    return this.docsMemo.docs;
  }

  // ───────────────────────────── rendering ─────────────────────────────

  protected renderView(view: FseView): unknown {
    if (this.refusal) {
      return html`<div class="state state--error" part="state" role="alert">
        ${lockIcon()}<span>${this.l.t(this.refusal, { role: this.l.t(`viewer.${view.viewer.role}`) })}</span>
      </div>`;
    }
    const lv = this.level;
    // Scrolling the access log re-renders often: each section only when what it shows changed.
    const deps = [view, this.rev, this.l.lang, this.currentNow, this.timeZone, this.sections, lv, this.theme];
    const logDeps = [view, this.l.lang, this.currentNow, this.timeZone, this.sections, lv, ...this.log.deps];
    const section = (name: ConsentSection, more: unknown[], render: () => unknown) =>
      guard([...deps, ...more], () => (this.shown(name) ? render() : nothing));
    return html`<div class="panel ${this.index.isPrinting ? 'is-printing' : ''}">
      <header part="header" class="header">
        <div role="heading" aria-level=${lv} class="title">${this.l.t('title')}</div>
        <p class="who">${this.whoLine(view)}</p>
      </header>
      ${guard(deps, () => this.renderNav(view))}
      ${guard(deps, () => this.renderIssues(this.panelIssues(view)))} ${section('consent', [], () => this.consents.renderReconfirm(view))}
      ${section('consent', [], () => this.consents.render(view))} ${section('history', [], () => this.consents.renderHistory(view))}
      ${section('documents', this.obscuring.deps, () => this.obscuring.render(view))}
      ${section('delegations', this.delegations.deps, () => this.delegations.render(view))}
      ${guard(logDeps, () => (this.shown('log') ? this.log.render(view) : nothing))}
      ${section('notifications', [], () => this.notifications.render(view))} ${section('index', this.index.deps, () => this.index.render(view))}
      <div class="visually-hidden" role="status" aria-live="polite">${this.statusText}</div>
      <div class="visually-hidden" role="alert">${this.alertText}</div>
      ${this.renderDialog()}
    </div>`;
  }

  /** In-panel navigation: one link per section shown, to its title (focused, so reading and Tab go on from there). */
  private renderNav(view: FseView): unknown {
    const titles: [ConsentSection, string][] = [
      ['consent', 'consent.title'],
      ['history', 'history.title'],
      ['documents', 'docs.title'],
      ['delegations', 'deleg.title'],
      ['log', 'log.title'],
      ['notifications', 'notif.title'],
      ['index', 'index.title'],
    ];
    const shown = titles.filter(([s]) => this.shown(s) && (s !== 'history' || this.consents.hasHistory(view)));
    if (shown.length < 2) return nothing;
    return html`<nav class="section-nav" part="nav" aria-labelledby="nav-label">
      <span class="nav-label" id="nav-label">${this.l.t('nav.label')}</span>
      <ul>
        ${shown.map(
          ([s, key]) => html`<li>
            <a
              href=${`#h-${s}`}
              @click=${(e: Event) => {
                e.preventDefault();
                this.focusSection(s);
              }}
              >${this.l.t(key)}</a
            >
          </li>`,
        )}
      </ul>
    </nav>`;
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

  /** The filtered access log as CSV rows (header first), in the panel's language. */
  logCsv(rows?: readonly AccessLogEntry[]): string {
    return this.log.csv(rows);
  }

  /**
   * Prints the index of documents: the panel renders a printable table and, in print, hides
   * everything else of itself; while it prints it has the `printing` attribute, so the host page
   * can print it alone (`@media print { body:has(fse-consent-panel[printing]) … }`).
   * The browser's dialog offers "Salva come PDF".
   */
  printIndex(): Promise<void> {
    return this.index.print();
  }

  // ───────────────────────────── requests ─────────────────────────────

  private send<V>(key: string, value: V, ev: PanelRequestEvent): void {
    const sent = this.requests.submit(key, value, ev as FseRequestEvent<FseRequestBase>, (e) => this.emit(e));
    if (sent && this.requests.isPending(key)) this.announce(this.l.t('req.pending.announce'));
  }

  private onSettled(t: Tracked, o: Outcome): void {
    if (o.kind === 'done') {
      if (t.key.startsWith('delegation:add:')) this.delegations.added(t.value as NewDelegate);
      else this.announce(this.l.t('req.done.announce'));
      if (looksLikeView(o.value)) this.applyView(o.value);
      return;
    }
    t.message = failureMessage(this.l, o);
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
    void this.updateComplete.then(() => showConfirm(this.dialog));
  }

  private closeConfirm(confirmed: boolean): void {
    const c = this.confirm;
    if (!c) return;
    this.confirm = undefined;
    answerConfirm(this.dialog, c, confirmed);
    const back = c.returnTo;
    const anchor = back?.closest<HTMLElement>('fieldset, li');
    const section = back?.closest<HTMLElement>('section[data-section]')?.dataset.section;
    void this.updateComplete.then(() => {
      if (back && back.isConnected) back.focus();
      else this.focusNear(anchor, section);
    });
  }

  private renderDialog(): TemplateResult {
    return confirmDialog(this.l, this.level, this.confirm, (ok) => this.closeConfirm(ok));
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
    const title = this.shadowRoot?.querySelector<HTMLElement>(`#h-${section}`);
    title?.focus();
    title?.scrollIntoView({ block: 'start' });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // While the index prints, the page can tell (`fse-consent-panel[printing]`) and print it alone.
    this.toggleAttribute('printing', this.index.isPrinting);
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
  }
}
