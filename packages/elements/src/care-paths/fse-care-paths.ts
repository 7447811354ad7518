import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { carePathSites, type Actor, type CarePath, type CarePathStep, type ClinicalEvent, type FseView, type FuzzyDate } from '@percorso/model';
import { mapRegionsOfSite } from '../body-map/count.js';
import type { MapRegion } from '../body-map/geometry.js';
import { nextRequestId, RequestTracker, type Outcome, type Tracked } from '../internal/requests.js';
import { FseElement } from '../internal/base-element.js';
import type { RecordState } from '../internal/record.js';
import { moveTabStop, rovingIndex } from '../internal/roving.js';
import { categoryIcon } from '../internal/icons.js';
import {
  conditionSummary,
  indexEvents,
  invalidCarePathsReason,
  orderSteps,
  parseRecurrence,
  sortPaths,
  summarise,
  systemLabel,
  therapyName,
  wordingFor,
  type PathSummary,
  type Wording,
} from './derive.js';
import { FseCarePathSelectEvent, FseStepActionRequestEvent, FseStepSelectEvent, type FseStepActionRequestDetail, type StepAction } from './events.js';
import { FseOpenEvent } from '../document/events.js';
import { calendarIcon, chevron, stepIcon } from './icons.js';
import { messages } from './messages.js';
import { carePathsStyles } from './styles.js';

export type CarePathsLayout = 'compact' | 'expanded';
export type { Wording } from './derive.js';

/**
 * Cards of the patient's care paths (PDTA, PAI, therapeutic plans, screening): the condition in
 * plain words and its code, status, period, who is responsible, current therapies, the steps done,
 * booked, overdue and planned, the next appointment, goals and the notes for the patient.
 *
 * Shows only what its `.view` holds: a care path the viewer may not see is not in the view, and a
 * step's events that the viewer may not see are neither counted nor described.
 *
 * Steps come in the order of what to do: overdue, booked (the next appointment, with its place),
 * planned, cancelled; the done ones are folded behind a disclosure ("10 tappe fatte"). An overdue
 * step offers the citizen its action (book it, ask the doctor for the prescription) as a cancellable
 * `fse-step-action-request` the host answers. Inside a record, the paths about the chosen body
 * region are marked. Citizens read words; clinicians also see the codes (ICD-9-CM, ATC).
 *
 * Keyboard: each card is a list item with two tab stops, its title (Enter/Space selects the card)
 * and its disclosure button; the steps of an expanded card are one tab stop, moved with the arrow
 * keys, Home and End; Enter/Space selects a step. The folded done steps are one more tab stop
 * (their disclosure), then one for their list once open.
 *
 * @tagname fse-care-paths
 * @summary Care-path cards (PDTA / PAI) with steps, therapies, next appointment and notes.
 *
 * @fires fse-carepath-select - {@link FseCarePathSelectEvent}: a card was selected (or the selection cleared); carries `carePathId` and the `eventIds` of that path present in the view. Cancellable.
 * @fires fse-open - {@link FseOpenEvent}: selecting a done step asks to open the result that completed it (its document). Cancellable by a host that routes itself.
 * @fires fse-step-select - {@link FseStepSelectEvent}: a step was selected; carries `carePathId`, `stepId` and the step's `eventIds` present in the view. Cancellable.
 * @fires fse-step-action-request - {@link FseStepActionRequestEvent}: the citizen asked to book an overdue step or to ask for its prescription; the host answers with `e.respond(promise)` and the step shows pending, done or rolled back (announced).
 * @fires fse-error - The view or its care paths cannot be shown, or came with error-level issues.
 *
 * @slot empty - Replaces the default empty state ("Nessun percorso di cura attivo").
 *
 * @csspart list - The list of cards.
 * @csspart card - One card (a list item). Also `card-selected` on the selected card, `card-overdue` on a card with overdue steps and `card-in-region` on a path about the record's chosen body region.
 * @csspart done-toggle - The disclosure of a card's done steps.
 * @csspart step-action - The action buttons of an overdue step (book, ask for the prescription).
 * @csspart header - The card's header: kind, title, status and condition.
 * @csspart status - The care path's status badge.
 * @csspart condition - The condition in words and code.
 * @csspart progress - The progress bar and its text.
 * @csspart overdue - The count of overdue steps.
 * @csspart next-appointment - The next appointment (or that none is booked).
 * @csspart disclosure - The button that shows or hides a card's details.
 * @csspart details - The details of a card.
 * @csspart team - Responsible clinician and team.
 * @csspart therapies - The list of current therapies.
 * @csspart therapy - One therapy.
 * @csspart steps - The list of steps.
 * @csspart step - One step (a button). Also `step-done`, `step-booked`, `step-overdue`, `step-planned`, `step-cancelled`.
 * @csspart step-cancelled-booking - A cancelled (or missed) booking of a step: its date struck through, and the words.
 * @csspart goals - The goals.
 * @csspart notes - The notes for the patient.
 * @csspart empty - The empty state.
 * @csspart state - Loading and error states.
 *
 * @cssprop [--fse-care-paths-card-min=20rem] - Narrowest card before the grid drops a column.
 * @cssprop [--fse-care-paths-gap=1rem] - Space between cards.
 * @cssprop --fse-color-primary - Links, selection, booked steps.
 * @cssprop --fse-color-danger - Overdue steps.
 * @cssprop --fse-color-success - Done steps and active paths.
 * @cssprop --fse-color-cat-carepaths - The care-path accent (card top border, kind icon).
 */
export class FseCarePaths extends FseElement {
  static override styles = [...FseElement.styles, carePathsStyles];
  static override messages = messages;

  /** `expanded` (default) opens every card; `compact` shows condition, status, progress, next appointment and overdue count, each card expandable on its own. */
  @property({ reflect: true }) layout: CarePathsLayout = 'expanded';

  /**
   * `citizen` or `clinician` words ("Prossima visita" / "Follow-up programmato"). Unset: from the
   * view's viewer (citizen, parent, delegate → citizen; clinician, emergency → clinician).
   */
  @property({ reflect: true }) wording?: Wording;

  /** Id of the selected care path (its card is highlighted). Set by the host or by the user. */
  @property({ reflect: true }) selected?: string;

  /** Inside `<fse-record>` (or the journey): the record's selected care path. */
  protected override recordChanged(record: RecordState): void {
    this.selected = record.selectedPath;
    if (record.selectedRegion !== this.region) {
      this.region = record.selectedRegion;
      this.requestUpdate();
    }
  }

  /** The record's chosen body region: the cards of paths about it are marked. */
  private region?: MapRegion;

  /** ARIA level of the cards' titles (2–6, default 3); section titles inside a card are one level deeper. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 3;

  /** "Now" (epoch ms) for the next appointment. Default: the viewer's `now`, else the current time. */
  @property({ attribute: false }) now?: number;

  /** Cards the user opened or closed, over the layout's default. */
  @state() private toggled = new Map<string, boolean>();
  /** The selected step. */
  @state() private selectedStep?: { pathId: string; stepId: string };

  /** Cards whose done steps are unfolded. */
  @state() private doneOpen = new Set<string>();
  /** What the live region says (a step action pending, done, failed). */
  @state() private live = '';
  /** Step actions sent to the host, one at a time per step. */
  private readonly requests = new RequestTracker(this, (t, outcome) => this.actionSettled(t, outcome));

  /** Roving tab stop of each card's steps: path id → step id. */
  private activeStep = new Map<string, string>();
  private byId = new Map<string, ClinicalEvent>();
  private pathsProblem = '';

  protected override viewChanged(view: FseView | undefined): void {
    this.pathsProblem = '';
    this.byId = new Map();
    if (!view) return;
    const reason = invalidCarePathsReason(view);
    if (reason) {
      this.pathsProblem = reason;
      this.fail('invalid-view', reason);
      return;
    }
    this.byId = indexEvents(view);
    this.requests.reconcile();
    const ids = new Set((view.carePaths ?? []).map((p) => p.id));
    if (this.selectedStep && !ids.has(this.selectedStep.pathId)) this.selectedStep = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout') && changed.get('layout') !== undefined) this.toggled = new Map();
  }

  /** The wording in use. */
  get effectiveWording(): Wording {
    if (this.wording === 'citizen' || this.wording === 'clinician') return this.wording;
    return wordingFor(this.data?.viewer.role);
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(2, n)) : 3;
  }

  /** A message in the current wording (`key.citizen` / `key.clinician`). */
  private w(key: string, params?: Record<string, string | number>): string {
    return this.l.t(`${key}.${this.effectiveWording}`, params);
  }

  private isExpanded(id: string): boolean {
    return this.toggled.get(id) ?? this.layout !== 'compact';
  }

  protected renderView(view: FseView): unknown {
    if (this.pathsProblem) {
      return html`<div class="state state--error" part="state" role="alert">
        ${this.l.t('invalid', { reason: this.pathsProblem })}
      </div>`;
    }
    const paths = sortPaths(view.carePaths ?? []);
    if (!paths.length) {
      const text = view.restriction ? this.l.t(`restriction.${view.restriction}`) : this.w('empty.hint');
      return html`<div class="state empty" part="empty">
        <slot name="empty"><strong>${this.l.t('empty')}</strong><span>${text}</span></slot>
      </div>`;
    }
    const now = this.now ?? view.viewer.now ?? Date.now();
    const summaries = paths.map((p) => summarise(p, this.byId, now));
    return html`${this.renderIssues(this.pathIssues(view, paths))}
      <span id="select-hint" hidden>${this.l.t('select.hint')}</span>
      <p class="visually-hidden" role="status" aria-live="polite" part="live">${this.live}</p>
      <ul class="cards" part="list" aria-label=${this.l.t('list.label')}>
        ${summaries.map((s, i) => this.renderCard(s, i))}
      </ul>`;
  }

  /** Only the issues about care paths and their steps: other elements show the rest. */
  private pathIssues(view: FseView, paths: CarePath[]): FseView {
    const ids = new Set<string>();
    for (const p of paths) {
      ids.add(p.id);
      for (const s of p.steps) ids.add(s.id);
    }
    const issues = (view.issues ?? []).filter((i) => i.subjectIds?.some((id) => ids.has(id)));
    return { ...view, issues };
  }

  private renderCard(s: PathSummary, index: number): TemplateResult {
    const p = s.path;
    const selected = this.selected === p.id;
    const expanded = this.isExpanded(p.id);
    const titleId = `cp-${index}-title`;
    const detailsId = `cp-${index}-details`;
    const inRegion = this.inRegion(p);
    const parts = ['card', selected ? 'card-selected' : '', s.overdue ? 'card-overdue' : '', inRegion ? 'card-in-region' : ''].filter(Boolean).join(' ');
    return html`<li
      class="card ${selected ? 'is-selected' : ''} ${s.overdue ? 'has-overdue' : ''} ${inRegion ? 'in-region' : ''}"
      part=${parts}
      data-id=${p.id}
      @click=${(e: MouseEvent) => this.onCardClick(e, s)}
    >
      <article aria-labelledby=${titleId}>
        ${this.renderHeader(s, titleId, selected)}
        ${inRegion ? html`<p class="region-tag" part="region-tag">${this.l.t('region.match')}</p>` : nothing} ${this.renderProgress(s)}
        ${s.overdue
          ? html`<p class="overdue-count" part="overdue">
              ${stepIcon('overdue')}<span>${this.l.t('overdue.count', { count: s.overdue })}</span>
            </p>`
          : nothing}
        ${this.renderNext(s)}
        <button
          class="fse-button disclosure"
          part="disclosure"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${detailsId}
          @click=${() => this.toggle(p.id)}
        >
          ${chevron()}<span>${this.l.t('details')}</span><span class="visually-hidden">: ${p.title}</span>
        </button>
        <div class="details" part="details" id=${detailsId} ?hidden=${!expanded}>
          ${expanded ? this.renderDetails(s) : nothing}
        </div>
      </article>
    </li>`;
  }

  private renderHeader(s: PathSummary, titleId: string, selected: boolean): TemplateResult {
    const p = s.path;
    const cond = conditionSummary(p.conditions ?? []);
    const clinician = this.effectiveWording === 'clinician';
    // Codes are for clinicians: a citizen reads the condition in words.
    const codes = clinician ? cond.codes : [];
    return html`<header part="header">
      <p class="kind">${categoryIcon('carepaths')}<span>${this.l.t(`kind.${p.kind}`)}</span></p>
      <div class="title" role="heading" aria-level=${this.level}>
        <button
          class="select"
          id=${titleId}
          aria-pressed=${selected ? 'true' : 'false'}
          aria-describedby="select-hint"
          @click=${() => this.selectCard(s)}
        >${p.title}</button>${selected ? html`<span class="selected-tag" aria-hidden="true">${this.l.t('selected')}</span>` : nothing}
      </div>
      <span class="status status--${p.status}" part="status">${this.l.t(`status.${p.status}`)}</span>
      ${cond.words.length || codes.length
        ? html`<p class="condition" part="condition">
            <span class="label">${this.w('condition')}:</span>
            ${cond.words.join(', ')}${codes.map(
              (c, i) => html`${i || cond.words.length ? ' · ' : ''}<span class="code">${systemLabel(c.system)} ${c.code}</span>`,
            )}
          </p>`
        : nothing}
    </header>`;
  }

  private renderProgress(s: PathSummary): TemplateResult {
    if (!s.total) return html`<p class="progress" part="progress">${this.l.t('progress.none')}</p>`;
    const text = this.l.t('progress.text', { done: s.done, total: s.total, overdue: s.overdue });
    // A segment holds one unit per step: its width is the steps' share of the bar in CSS alone
    // (styles.ts, .seg), so a server render draws the bar as the browser does.
    const seg = (n: number, kind: string) =>
      n ? html`<span class="seg seg--${kind}">${Array.from({ length: n }, () => html`<i></i>`)}</span>` : nothing;
    return html`<div class="progress" part="progress">
      <div
        class="bar"
        role="progressbar"
        aria-label=${this.l.t('progress.label')}
        aria-valuemin="0"
        aria-valuemax=${s.total}
        aria-valuenow=${s.done}
        aria-valuetext=${text}
      >
        ${seg(s.done, 'done')}${seg(s.booked, 'booked')}${seg(s.overdue, 'overdue')}${seg(s.planned, 'planned')}
      </div>
      <p class="progress-text" aria-hidden="true">${text}</p>
    </div>`;
  }

  private renderNext(s: PathSummary): TemplateResult {
    const next = s.next;
    if (!next) {
      return html`<p class="next next--none" part="next-appointment">
        ${calendarIcon()}<span>${this.w('next.none')}</span>
      </p>`;
    }
    const date = next.booking && !next.booking.undated ? this.when(next.booking.date) : next.step?.due ? this.when(next.step.due) : '';
    const where = next.booking?.facility?.name;
    return html`<p class="next" part="next-appointment">
      ${calendarIcon()}
      <span>
        <span class="label">${this.w('next')}:</span> <strong>${date}</strong> — ${next.title}${where
          ? html` <span class="next-where">· ${where}</span>`
          : nothing}
      </span>
    </p>`;
  }

  private renderDetails(s: PathSummary): TemplateResult {
    const p = s.path;
    const sub = Math.min(6, this.level + 1);
    const period = p.period ? this.l.period(p.period.start, p.period.end) : '';
    const team = (p.team ?? []).filter((a) => actorName(a));
    const goals = p.goals ?? [];
    const notes = (p.patientNotes ?? []).filter((n) => typeof n === 'string' && n.trim());
    const clinician = this.effectiveWording === 'clinician';
    return html`
      ${period ? html`<p><span class="label">${this.l.t('period')}:</span> ${period}</p>` : nothing}
      ${p.manager || team.length
        ? html`<section part="team">
            <div class="section-title" role="heading" aria-level=${sub}>${this.w('team')}</div>
            <ul class="plain">
              ${p.manager ? html`<li><span class="label">${this.l.t('manager')}:</span> ${this.actor(p.manager)}</li>` : nothing}
              ${team.length
                ? html`<li><span class="label">${this.l.t('team.members')}:</span> ${team.map((a, i) => html`${i ? '; ' : ''}${this.actor(a)}`)}</li>`
                : nothing}
            </ul>
          </section>`
        : nothing}
      ${s.therapies.length
        ? html`<section>
            <div class="section-title" role="heading" aria-level=${sub}>${this.w('therapies')}</div>
            <ul class="plain" part="therapies">
              ${s.therapies.map((t) => this.renderTherapy(t, clinician))}
            </ul>
          </section>`
        : nothing}
      <section>
        <div class="section-title" role="heading" aria-level=${sub}>${this.w('steps')}</div>
        ${p.steps.length ? this.renderSteps(s, clinician) : html`<p class="muted">${this.l.t('steps.none')}</p>`}
      </section>
      ${goals.length
        ? html`<section part="goals">
            <div class="section-title" role="heading" aria-level=${sub}>${this.w('goals')}</div>
            <ul class="plain">
              ${goals.map(
                (g) => html`<li>
                  ${g.text}${g.target ? html` <span class="muted">(${this.l.t('goal.target', { target: g.target })})</span>` : nothing}${g.due
                    ? html` <span class="muted">— ${this.l.t('goal.due', { date: this.when(g.due) })}</span>`
                    : nothing}
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${notes.length
        ? html`<section class="notes" part="notes">
            <div class="section-title" role="heading" aria-level=${sub}>${this.w('notes')}</div>
            ${notes.map((n) => html`<p>${n}</p>`)}
          </section>`
        : nothing}
    `;
  }

  private actor(a: Actor): TemplateResult {
    const role = a.roleText ?? a.specialty?.display;
    const org = a.organization?.name;
    return html`${actorName(a)}${role && role !== actorName(a) ? html` <span class="muted">(${role})</span>` : nothing}${org
      ? html` <span class="muted">· ${org}</span>`
      : nothing}`;
  }

  private renderTherapy(t: ClinicalEvent, clinician: boolean): TemplateResult {
    const med = t.medication;
    const codings = med?.medication ?? [];
    const name = therapyName(t);
    const code = clinician ? (codings.find((c) => systemLabel(c.system) === 'ATC') ?? codings[0]) : undefined;
    return html`<li class="therapy" part="therapy">
      <span class="therapy-name">${name}</span>${med?.dosage ? html` — <span class="dosage">${med.dosage}</span>` : nothing}${code
        ? html` <span class="code">${systemLabel(code.system)} ${code.code}</span>`
        : nothing}
    </li>`;
  }

  private renderSteps(s: PathSummary, clinician: boolean): TemplateResult {
    const p = s.path;
    const { open, done } = orderSteps(p.steps, (st) => this.stepTime(s, st));
    const list = (steps: CarePathStep[], kind: string) => {
      let active = this.activeStep.get(`${p.id}|${kind}`);
      if (!active || !steps.some((st) => st.id === active)) active = steps[0]?.id;
      return html`<ol class="steps steps--${kind}" part="steps" data-list=${kind} @keydown=${(e: KeyboardEvent) => this.onStepsKey(e, p)}>
        ${steps.map((st) => this.renderStep(s, st, st.id === active, clinician))}
      </ol>`;
    };
    const unfolded = this.doneOpen.has(p.id);
    const foldId = `cp-done-${encodeURIComponent(p.id)}`;
    return html`${open.length ? list(open, 'open') : nothing}
    ${done.length
      ? html`<button
            class="fse-button done-toggle"
            part="done-toggle"
            aria-expanded=${unfolded ? 'true' : 'false'}
            aria-controls=${foldId}
            @click=${() => this.toggleDone(p.id)}
          >
            ${chevron()}<span>${this.l.t('steps.done.toggle', { count: done.length })}</span>
          </button>
          <div id=${foldId} class="done-steps" ?hidden=${!unfolded}>${list(done, 'done')}</div>`
      : nothing}`;
  }

  private toggleDone(id: string): void {
    const next = new Set(this.doneOpen);
    if (!next.delete(id)) next.add(id);
    this.doneOpen = next;
  }

  /** When a step is (done, booked, due), for ordering: epoch ms, or undefined. */
  private stepTime(s: PathSummary, st: CarePathStep): number | undefined {
    if (st.status === 'done') return s.stepDoneEvent.get(st.id)?.date.start ?? st.due?.start;
    if (st.status === 'booked') {
      const b = s.stepBooking.get(st.id);
      return (b && !b.undated ? b.date.start : undefined) ?? st.due?.start;
    }
    return st.due?.start;
  }

  /** A date as the cards say it: its own precision, but times to the minute (never seconds). */
  private when(d: FuzzyDate): string {
    return this.l.date(d.precision === 'second' ? { ...d, precision: 'minute' } : d);
  }

  /** Whether a path is about the record's chosen region (its conditions sit there). */
  private inRegion(p: CarePath): boolean {
    const region = this.region;
    if (!region) return false;
    return carePathSites(p).some((site) => mapRegionsOfSite(site).includes(region));
  }

  /** The actions an overdue step offers the citizen, and where its request stands. */
  private renderActions(s: PathSummary, st: CarePathStep): TemplateResult | typeof nothing {
    if (st.status !== 'overdue' || this.effectiveWording !== 'citizen') return nothing;
    const t = this.requests.get(st.id);
    const pending = t?.status === 'pending';
    const state = t && t.status !== 'failed' ? this.actionText(t) : t?.message;
    return html`<div class="step-actions" role="group" aria-label=${this.l.t('action.label', { step: st.title })}>
      ${t && t.status !== 'failed'
        ? nothing
        : (['book', 'prescription'] as const).map(
            (a) => html`<button class="fse-button step-action" part="step-action" data-action=${a} @click=${() => this.requestAction(s, st, a)}>
              ${this.l.t(`action.${a}`)}
            </button>`,
          )}
      ${state ? html`<span class="action-state ${t?.status ?? ''}" aria-busy=${pending ? 'true' : 'false'}>${state}</span>` : nothing}
    </div>`;
  }

  private actionText(t: Tracked): string {
    const d = t.detail as FseStepActionRequestDetail;
    const params = { action: this.l.t(`action.${d.action}`), step: d.title };
    if (t.status === 'pending') return this.l.t('action.pending', params);
    if (t.status === 'done') return this.l.t('action.done', params);
    return this.l.t('action.failed', { ...params, message: t.message ?? '' });
  }

  private requestAction(s: PathSummary, st: CarePathStep, action: StepAction): void {
    const detail: FseStepActionRequestDetail = { requestId: nextRequestId(), carePathId: s.path.id, stepId: st.id, action, title: st.title };
    if (st.code) detail.code = st.code;
    const sent = this.requests.submit(st.id, action, new FseStepActionRequestEvent(detail), (e) => this.dispatchEvent(e));
    if (sent) {
      const t = this.requests.get(st.id);
      if (t?.status === 'pending') this.live = this.actionText(t);
    }
  }

  private actionSettled(t: Tracked, outcome: Outcome): void {
    if (outcome.kind === 'failed') {
      t.message = this.l.t('action.failed', {
        action: this.l.t(`action.${(t.detail as FseStepActionRequestDetail).action}`),
        step: (t.detail as FseStepActionRequestDetail).title,
        message: outcome.reason === 'rejected' ? outcome.message : this.l.t(`action.failed.${outcome.reason}`),
      });
      this.live = t.message;
    } else this.live = this.actionText(t);
  }

  private renderStep(s: PathSummary, st: CarePathStep, tabStop: boolean, clinician: boolean): TemplateResult {
    const pathId = s.path.id;
    const current = this.selectedStep?.pathId === pathId && this.selectedStep.stepId === st.id;
    const status = st.status === 'planned' ? this.w('step.planned') : this.l.t(`step.${st.status}`);
    const when = this.stepWhen(s, st);
    const rec = parseRecurrence(st.recurrence);
    return html`<li>
      <button
        class="step step--${st.status}"
        part="step step-${st.status}"
        data-step=${st.id}
        tabindex=${tabStop ? '0' : '-1'}
        aria-current=${current ? 'true' : nothing}
        @click=${() => this.selectStep(s, st)}
      >
        ${stepIcon(st.status)}
        <span class="step-line">
          <span class="step-title">${st.title}</span><span class="visually-hidden">, </span>
          <span class="step-status">${status}</span>
        </span>
        ${when || rec || (clinician && st.code)
          ? html`<span class="step-line">
              ${when ? html`<span class="visually-hidden">, </span><span class="step-when">${when}</span>` : nothing}
              ${rec ? html`<span class="visually-hidden">, </span><span class="step-when">${this.l.t(`every.${rec.unit}`, { n: rec.n })}</span>` : nothing}
              ${clinician && st.code
                ? html`<span class="visually-hidden">, </span><span class="code">${systemLabel(st.code.system)} ${st.code.code}</span>`
                : nothing}
            </span>`
          : nothing}
        ${(s.stepCancelled.get(st.id) ?? []).map((b) => this.renderCancelledBooking(b))}
      </button>
      ${this.renderActions(s, st)}
    </li>`;
  }

  /** A booking of the step that was cancelled (or missed): struck through, and said in words. */
  private renderCancelledBooking(b: ClinicalEvent): TemplateResult {
    const where = b.facility?.name;
    const date = b.undated ? '' : where ? `${this.when(b.date)} · ${where}` : this.when(b.date);
    return html`<span class="step-line step-cancelled-booking" part="step-cancelled-booking">
      <span class="visually-hidden">, </span>${date ? html`<s class="step-when">${this.l.t('step.when.booked', { date })}</s> ` : nothing}<span class="step-cancelled-word"
        >${this.l.t(b.booking?.status === 'noshow' ? 'step.booking.noshow' : 'step.booking.cancelled')}</span
      >
    </span>`;
  }

  /** When the step happened, is booked or is due, from what the view holds. */
  private stepWhen(s: PathSummary, st: CarePathStep): string {
    if (st.status === 'done') {
      const e = s.stepDoneEvent.get(st.id);
      const d = e?.date ?? st.due;
      return d ? this.l.t('step.when.done', { date: this.when(d) }) : '';
    }
    if (st.status === 'booked') {
      const b = s.stepBooking.get(st.id);
      const d = (b && !b.undated ? b.date : undefined) ?? st.due; // an undated booking says no date
      const where = b?.facility?.name;
      return d ? this.l.t('step.when.booked', { date: where ? `${this.when(d)} · ${where}` : this.when(d) }) : '';
    }
    return st.due ? this.l.t('step.when.due', { date: this.when(st.due) }) : '';
  }

  private toggle(id: string): void {
    const next = new Map(this.toggled);
    next.set(id, !this.isExpanded(id));
    this.toggled = next;
  }

  private onCardClick(e: MouseEvent, s: PathSummary): void {
    // Clicks on the card's own controls are theirs; a click elsewhere on the card selects it.
    const interactive = e.composedPath().some(
      (n) => n instanceof HTMLElement && (n.localName === 'button' || n.localName === 'a' || n.localName === 'summary'),
    );
    if (interactive) return;
    const sel = this.renderRoot instanceof ShadowRoot ? (this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() : null;
    if ((sel ?? document.getSelection())?.toString()) return; // the user is selecting text
    this.selectCard(s);
  }

  private selectCard(s: PathSummary): void {
    const id = s.path.id;
    const next = this.selected === id ? undefined : id;
    const ev = new FseCarePathSelectEvent(next ?? null, next ? s.eventIds : []);
    if (!this.emit(ev)) return;
    this.selected = next;
    if (!next) this.selectedStep = undefined;
  }

  private selectStep(s: PathSummary, st: CarePathStep): void {
    this.activeStep.set(`${s.path.id}|${st.status === 'done' ? 'done' : 'open'}`, st.id);
    const ev = new FseStepSelectEvent(s.path.id, st.id, s.stepEventIds.get(st.id) ?? []);
    if (!this.emit(ev)) {
      this.requestUpdate();
      return;
    }
    this.selectedStep = { pathId: s.path.id, stepId: st.id };
    // A done step opens the result that completed it (the document, or the document it was read from).
    const done = st.status === 'done' ? s.stepDoneEvent.get(st.id) : undefined;
    const docId = done ? (done.document ? done.id : done.documentId) : undefined;
    if (docId && this.byId.get(docId)?.document) this.emit(new FseOpenEvent(docId, 'care-paths'));
  }

  private onStepsKey(e: KeyboardEvent, p: CarePath): void {
    const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.step')];
    const at = buttons.findIndex((b) => b === e.target || b.contains(e.target as Node));
    if (at < 0) return;
    const to = rovingIndex(e.key, at, buttons.length);
    if (to === undefined) return;
    e.preventDefault();
    const target = buttons[to];
    const stepId = target?.dataset.step;
    if (!target || !stepId) return;
    this.activeStep.set(`${p.id}|${(e.currentTarget as HTMLElement).dataset.list ?? 'open'}`, stepId);
    moveTabStop(buttons, target);
  }
}

function actorName(a: Actor): string {
  return a.name?.trim() || a.roleText?.trim() || a.specialty?.display?.trim() || '';
}
