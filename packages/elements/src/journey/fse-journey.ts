import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { countsFor, isDelegationActive, type ClinicalEvent, type Delegation, type FseView } from '@percorso/model';
import type { MapRegion } from '../body-map/geometry.js';
import { FseElement } from '../internal/base-element.js';
import { RecordSelection, type SelectionChange } from '../internal/record.js';
import { messages } from './messages.js';
import { NewsSection } from './news.js';
import { journeyStyles } from './styles.js';

import { FseEventSelectEvent } from '../timeline/events.js';
import { FseOpenEvent } from '../document/events.js';
import { moveTabStop, rovingIndex } from '../internal/roving.js';
import { nextRequestId, RequestTracker, type Outcome, type Tracked } from '../internal/requests.js';
import { FseRecordSwitchRequestEvent, type FseRecordSwitchRequestDetail } from './events.js';
import '../document.js';
import '../summary.js';
import '../results.js';
import '../medications.js';
import type { FseTimeline } from '../timeline/fse-timeline.js';

/** The tabs of the journey's panel over time. */
export type JourneyTab = 'timeline' | 'results' | 'medications';
const TABS: readonly JourneyTab[] = ['timeline', 'results', 'medications'];
/** The panels that fold on phones. */
type FoldPanel = 'body' | 'paths';

/**
 * The patient dashboard: who the record belongs to and who is looking, the clinical summary
 * (`<fse-summary>`, the first thing shown in emergency access), the body map beside the care
 * paths, then the record over time in three tabs — the timeline, the measured values
 * (`<fse-results>`) and the therapy (`<fse-medications>`). One view for all of them and one
 * selection (internal/record.ts): choosing a body region filters the timeline, choosing a care
 * path (or one of its steps) highlights its events, choosing an event selects its care path, and
 * a summary line, a medicine or a value highlights the events it stands for. Each active link is
 * shown as a removable chip or announced politely; a document asked for by any of them opens in
 * `<fse-document>`. Another viewer or another person's record starts afresh: nothing selected or
 * announced for the previous one carries over. Problems in the data are noted once, by the
 * timeline (which shows every event), not repeated by the journey.
 *
 * @tagname fse-journey
 * @summary The FSE dashboard: patient header, clinical summary, body map, care paths, and timeline, results and therapy, linked.
 *
 * @fires fse-error - The view cannot be shown, or came with error-level issues.
 * @fires fse-event-select - From the timeline (bubbles through).
 * @fires fse-region-select - From the body map (bubbles through).
 * @fires fse-carepath-select - From the care paths (bubbles through).
 * @fires fse-step-select - From the care paths (bubbles through).
 * @fires fse-select - From the summary, the therapy and the measured values (bubbles through).
 * @fires fse-open - {@link FseOpenEvent}: a document is about to open (from the timeline, a care-path step, the emergency button, a link inside the open document). Cancellable: cancel it to route yourself (update the URL, show your own page); otherwise the journey shows it in `<fse-document>` beside the timeline on wide screens and as a full-screen sheet on phones, and returns focus where it was on close (Esc, back button).
 * @fires fse-close - From the open document when it is closed.
 * @fires fse-record-switch-request - {@link FseRecordSwitchRequestEvent}: open the record of someone who named the citizen their parent or delegate ("Luisa — apri il fascicolo"), or the citizen's own again. Cancellable; the host answers with `respond(promise of the new FseView)`. The header says whose record is shown and as whom; the selection of the previous record is cleared, focus moves to the new record's name and the change is announced.
 *
 * With `since` (the citizen's last visit, passed by the host) a "Novità" list opens the page for a
 * citizen, a parent or a delegate: new documents, prescriptions ready, new bookings, accesses by
 * someone new (the model's `newsSince`, on the view only). A document opens (`fse-open`, source
 * `news`), a booking is shown on the timeline, an access unfolds its log entry.
 *
 * @csspart header - Patient name, birth date, tax code, family doctor and who is looking.
 * @csspart viewer - The badge that says who is looking (citizen, clinician, emergency…).
 * @csspart whose - In someone else's record (a child's, a delegator's): whose it is and as whom the citizen sees it.
 * @csspart family - The records the citizen may open (their minor children's, their delegators'), and the way back to their own.
 * @csspart open-first - In emergency access, the button that opens the Patient Summary.
 * @csspart summary - The one-line summary of the record.
 * @csspart essentials - The clinical summary's panel, under the header.
 * @csspart tabs - The tabs over time: timeline, measured values, therapy.
 * @csspart links - The chips of the active links between the views.
 * @csspart body - The body-map panel.
 * @csspart paths - The care-paths panel.
 * @csspart timeline - The timeline panel.
 * @csspart document - The open document's panel (a full-screen sheet on phones).
 * @csspart state - Loading and error states.
 * @csspart news - The "Novità" since the last visit (with `since`).
 * @csspart news-item - Each item of the "Novità" (a button).
 *
 * @cssprop [--fse-journey-sidebar=18rem] - Width of the body-map column on wide screens.
 */
export class FseJourney extends FseElement {
  static override styles = [...FseElement.styles, journeyStyles];
  static override messages = messages;

  /** ARIA level of the journey's section titles (2–5; the children's titles are one deeper). */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** The body region that filters the timeline (set by the user on the body map, or by the host). */
  @property({ attribute: 'selected-region', reflect: true }) selectedRegion?: MapRegion;

  /** The care path whose events are highlighted on the timeline. */
  @property({ attribute: 'selected-path', reflect: true }) selectedPath?: string;

  /** The selected event (timeline). */
  @property({ attribute: 'selected-event', reflect: true }) selectedEvent?: string;

  /** The open document (shown in `<fse-document>`); set by the user (timeline, care paths) or by the host. */
  @property({ attribute: 'open-document', reflect: true }) openDocument?: string;

  /**
   * The citizen's last visit (an ISO date or date-time, epoch ms or a Date): the "Novità" list shows
   * what reached the record since then. Absent, not a date or after today: no list.
   */
  @property() since?: string | number | Date;

  /** Which view of the record over time is shown: the timeline (default), the measured values, or the therapy. */
  @property({ reflect: true }) tab: JourneyTab = 'timeline';

  /** On phones, the panels the user opened (the others show their title only). */
  @state() private unfolded = new Set<FoldPanel>();

  /** Phone width: the document opens as a full-screen sheet (a modal dialog) instead of a panel. */
  @state() private sheet = false;
  private sheetQuery?: MediaQueryList;
  private readonly onSheetQuery = (): void => {
    this.sheet = !!this.sheetQuery?.matches;
  };
  /** Where focus was when the document opened, to return it on close. */
  private returnFocus?: HTMLElement;

  @state() private announcement = '';

  /**
   * The records the citizen may open, from their own view (its incoming delegations active now:
   * a minor child's, a delegator's), and who they are: kept while they look at one of those
   * records, so that the header offers the others and the way back.
   */
  @state() private family: { own?: { name: string; cf?: string }; linked: Delegation[] } = { linked: [] };

  /** The request to open another record (one at a time). */
  private readonly switches = new RequestTracker(this, (t, outcome) => this.switchSettled(t, outcome));

  private byId = new Map<string, ClinicalEvent>();
  /** Who looks at whose record: another one means a new start (no selection, no announcement carried over). */
  private lookingAt?: string;

  /**
   * The one selection model of the record (internal/record.ts): the parts inside emit their
   * usual events, it keeps the selection and gives every part what follows from it (a region
   * filters the timeline, a care path or step highlights its events, an event selects its path)
   * through the record context. The journey only reflects it and announces it.
   */
  private readonly selection = new RecordSelection(this, (change) => this.selectionChanged(change));

  /** The "Novità" since the last visit (news.ts). */
  private readonly news = new NewsSection({
    l: this.l,
    requestUpdate: () => this.requestUpdate(),
    openDocument: (id) => this.openDocumentById(id, 'news'),
    showOnTimeline: (id) => {
      const event = this.byId.get(id);
      if (event) this.showOnTimeline(event);
    },
  });

  protected override viewChanged(view: FseView | undefined): void {
    this.byId = new Map((view?.events ?? []).map((e) => [e.id, e]));
    // Another viewer (care, emergency, no consent) or another person's record: what was chosen and
    // said for the previous one does not carry over. The same one growing page by page keeps it.
    if (view) {
      const v = view.viewer;
      const key = [v.role, v.purpose ?? '', v.delegationId ?? '', view.patient.id ?? '', view.patient.cf ?? '', view.restriction ?? ''].join('|');
      if (this.lookingAt !== undefined && key !== this.lookingAt) {
        this.selection.clear();
        this.announcement = '';
        this.openDocument = undefined;
        this.news.reset();
      }
      this.lookingAt = key;
    }
    if (view && !view.restriction) {
      const v = view.viewer;
      if (v.role === 'citizen') {
        const now = v.now ?? Date.now();
        this.family = {
          own: { name: view.patient.name, cf: view.patient.cf },
          linked: (view.delegations ?? []).filter((d) => d.direction === 'incoming' && isDelegationActive(d, now)),
        };
      } else if (v.role !== 'parent' && v.role !== 'delegate') this.family = { linked: [] };
    }
    // A link to something this view does not have is dropped (another viewer, a new record).
    this.selection.index(view);
    this.selection.reflectTo(this);
    // While the record is still arriving page by page, the open document may be in a page still to
    // come (a host re-reading after a change, a link opened early): it stays open, loading, and
    // goes only if the whole record lacks it.
    if (!this.progress) this.dropMissingDocument();
  }

  private dropMissingDocument(): void {
    if (this.openDocument && !this.byId.get(this.openDocument)?.document) this.openDocument = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.selection.adoptFrom(this, changed);
    if (changed.has('progress') && !this.progress) this.dropMissingDocument();
  }

  private selectionChanged(change: SelectionChange): void {
    this.selection.reflectTo(this);
    if (change.kind === 'region') {
      this.announcement = change.region ? this.l.t('links.announce.region', { name: this.regionName(change.region) }) : this.l.t('links.announce.cleared');
    } else if (change.kind === 'path' && !change.step) {
      this.announcement = change.path ? this.l.t('links.announce.path', { name: this.pathName(change.path) }) : this.l.t('links.announce.cleared');
    } else if (change.kind === 'chosen') {
      this.announcement = change.eventIds.length ? this.l.t('links.announce.chosen', { count: change.eventIds.length }) : this.l.t('links.announce.cleared');
    }
  }

  override connectedCallback(): void {
    // Server-rendered (declarative shadow DOM, hydrated by @lit-labs/ssr-client): the server knew no
    // width and rendered the wide layout, and hydration needs the first render to be that one; the
    // phone layout follows in the next update.
    const hydrating = !this.hasUpdated && !!this.shadowRoot;
    super.connectedCallback();
    if (typeof matchMedia === 'function') {
      this.sheetQuery = matchMedia('(max-width: 700px)');
      this.sheetQuery.addEventListener('change', this.onSheetQuery);
      if (hydrating) void this.updateComplete.then(this.onSheetQuery);
      else this.sheet = this.sheetQuery.matches;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sheetQuery?.removeEventListener('change', this.onSheetQuery);
  }

  /** The focused element, through shadow roots. */
  private deepActive(): HTMLElement | undefined {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a instanceof HTMLElement && a !== document.body ? a : undefined;
  }

  /**
   * Shows a document (after the host had its say through a cancellable `fse-open`). Returns false
   * when the host cancelled. Focus moves to the document's title and returns on close.
   */
  openDocumentById(id: string, source: FseOpenEvent['source'] = 'host'): boolean {
    if (!this.emit(new FseOpenEvent(id, source))) return false;
    if (!this.openDocument) this.returnFocus = this.deepActive();
    this.openDocument = id;
    void this.updateComplete.then(async () => {
      const doc = this.renderRoot.querySelector('fse-document');
      await doc?.updateComplete;
      doc?.focusHeading();
    });
    return true;
  }

  /** Closes the open document and returns focus to where it was. */
  closeDocument(): void {
    if (!this.openDocument) return;
    this.openDocument = undefined;
    const back = this.returnFocus;
    this.returnFocus = undefined;
    void this.updateComplete.then(() => {
      if (back?.isConnected) back.focus();
      else this.focusLinksOrTimeline();
    });
  }

  /** An `fse-open` from inside (timeline, care paths, the document's own links): asked again of the host, from the journey. */
  private readonly onOpen = (e: FseOpenEvent): void => {
    if (e.target === this) return;
    e.stopPropagation();
    if (!this.openDocumentById(e.documentId, e.source)) e.preventDefault();
  };

  /** The document was closed (back button, Esc); its `fse-close` bubbles on to the host. */
  private readonly onClose = (): void => {
    this.closeDocument();
  };

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(5, Math.max(2, n)) : 2;
  }

  private regionName(region: MapRegion): string {
    return this.l.t(`region.${region}`);
  }

  private pathName(id: string): string {
    return this.data?.carePaths?.find((p) => p.id === id)?.title ?? id;
  }

  /**
   * Emergency access reads the Patient Summary first (DM 7/9/2023 art. 20): select it and show
   * its month on the timeline.
   */
  private openFirst(): void {
    const id = this.data?.firstIds?.[0];
    const event = id ? this.byId.get(id) : undefined;
    if (!event) return;
    this.showOnTimeline(event);
    // The Patient Summary opens to be read.
    if (event.document) this.openDocumentById(event.id, 'emergency');
  }

  /**
   * Selects an event and shows its month on the timeline (its tab shown); the host hears the
   * selection as from the timeline, and the selection is announced.
   */
  private showOnTimeline(event: ClinicalEvent): void {
    this.tab = 'timeline';
    this.selectedEvent = event.id;
    const month = 31 * 86_400_000;
    // an undated event has no month to zoom to: the timeline lists it apart
    if (!event.undated) this.renderRoot.querySelector<FseTimeline>('fse-timeline')?.zoomTo(event.date.start - month, event.date.end + month);
    this.announcement = this.l.t('emergency.opened', { title: event.title });
    const inner = (view: FseView) => view.events.filter((e) => e.documentId === event.id);
    this.emit(new FseEventSelectEvent(event.id, event, this.data ? inner(this.data) : []));
  }

  private clearRegion(): void {
    this.selection.selectRegion(undefined);
    this.focusLinksOrTimeline();
  }

  private clearPath(): void {
    this.selection.selectPath(undefined);
    this.focusLinksOrTimeline();
  }

  /** After a chip is removed, focus the next chip, else the timeline: never lost on the body. */
  private focusLinksOrTimeline(): void {
    void this.updateComplete.then(() => {
      const chip = this.renderRoot.querySelector<HTMLElement>('.links:not([hidden]) button');
      if (chip) return chip.focus();
      // The timeline's own tab stop (one per composite widget), else its section heading.
      const timeline = this.renderRoot.querySelector('fse-timeline');
      const stop = timeline?.shadowRoot?.querySelector<HTMLElement>('[tabindex="0"]');
      (stop ?? this.renderRoot.querySelector<HTMLElement>('#h-timeline'))?.focus();
    });
  }

  private heading(level: number, id: string, text: string): TemplateResult {
    return html`<div class="heading" role="heading" aria-level=${level} id=${id} tabindex="-1">${text}</div>`;
  }

  /**
   * A panel's title that, on phones, opens and closes it (a disclosure): the page stays a few
   * screens tall, each panel one tap away. On wider screens every panel is open and the title is a
   * plain heading.
   */
  private foldHeading(level: number, id: string, text: string, panel: FoldPanel): TemplateResult {
    if (!this.sheet) return this.heading(level, id, text);
    const open = this.unfolded.has(panel);
    const toggle = () => {
      const next = new Set(this.unfolded);
      if (open) next.delete(panel);
      else next.add(panel);
      this.unfolded = next;
    };
    return html`<div class="heading" role="heading" aria-level=${level} id=${id}>
      <button type="button" class="fold" aria-expanded=${open ? 'true' : 'false'} aria-controls="fold-${panel}" @click=${toggle}>
        <span class="fold-mark" aria-hidden="true"></span>${text}
      </button>
    </div>`;
  }

  private folded(panel: FoldPanel): boolean {
    return this.sheet && !this.unfolded.has(panel);
  }

  /** The role the citizen has in a linked record: a parent's in a minor's, else a delegate's. */
  private static roleIn(d: Delegation): 'parent' | 'delegate' {
    return d.basis === 'parental' ? 'parent' : 'delegate';
  }

  /** Asks the host to open a linked record, or the citizen's own (`undefined`). */
  private requestSwitch(d: Delegation | undefined): void {
    const own = this.family.own;
    const detail: FseRecordSwitchRequestDetail = d
      ? { requestId: nextRequestId(), to: 'linked', role: FseJourney.roleIn(d), delegationId: d.id, name: d.person.name, ...(d.person.cf ? { cf: d.person.cf } : {}) }
      : { requestId: nextRequestId(), to: 'own', role: 'citizen', ...(own ? { name: own.name } : {}), ...(own?.cf ? { cf: own.cf } : {}) };
    this.switches.forget('switch');
    this.switches.submit('switch', detail, new FseRecordSwitchRequestEvent(detail), (e) => this.dispatchEvent(e));
  }

  private switchSettled(t: Tracked, outcome: Outcome): void {
    if (outcome.kind === 'failed') {
      const why =
        outcome.reason === 'rejected' && outcome.message
          ? outcome.message
          : this.l.t(outcome.reason === 'declined' ? 'family.declined' : 'family.unhandled');
      t.message = this.l.t('family.failed', { message: why });
      this.announcement = t.message;
      return;
    }
    const value = outcome.value as FseView | undefined;
    if (value && typeof value === 'object' && 'viewer' in value && 'patient' in value) this.view = value;
    void this.updateComplete.then(() => {
      this.switches.forget('switch');
      const view = this.data;
      if (!view) return;
      const role = view.viewer.role;
      this.announcement =
        role === 'parent' || role === 'delegate'
          ? this.l.t(`family.opened.${role}`, { name: view.patient.name })
          : this.l.t('family.opened.own');
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#whose-name')?.focus());
    });
  }

  /** In someone else's record: whose it is and as whom the citizen sees it (with the delegation's end). */
  private renderWhose(view: FseView): TemplateResult | typeof nothing {
    const role = view.viewer.role;
    if (role !== 'parent' && role !== 'delegate') return nothing;
    const d = (view.delegations ?? []).find((x) => x.id === view.viewer.delegationId);
    const until = d?.validTo ? this.l.date(d.validTo) : undefined;
    return html`<p class="whose" part="whose">${this.l.t(`family.whose.${role}`, { name: view.patient.name, date: until ?? '' })}</p>`;
  }

  /** The records the citizen may open, and the way back to their own. */
  private renderFamily(view: FseView): TemplateResult | typeof nothing {
    const role = view.viewer.role;
    const away = role === 'parent' || role === 'delegate';
    const others = this.family.linked.filter((d) => !(away && d.id === view.viewer.delegationId));
    if (!away && (role !== 'citizen' || !others.length)) return nothing;
    const t = this.switches.get('switch');
    const pending = t?.status === 'pending';
    const asked = t?.value as FseRecordSwitchRequestDetail | undefined;
    const as = (d: Delegation) =>
      FseJourney.roleIn(d) === 'parent'
        ? this.l.t('family.as.parent')
        : this.l.t('family.as.delegate', { date: d.validTo ? this.l.date(d.validTo) : '' });
    return html`<nav class="family" part="family" aria-label=${this.l.t('family.label')}>
      <ul>
        ${away
          ? html`<li>
              <button type="button" class="fse-button primary" aria-disabled=${pending ? 'true' : 'false'} @click=${() => !pending && this.requestSwitch(undefined)}>
                ${this.l.t('family.back')}
              </button>
            </li>`
          : nothing}
        ${others.map(
          (d) => html`<li>
            <button type="button" class="fse-button" aria-disabled=${pending ? 'true' : 'false'} aria-describedby="as-${d.id.replace(/[^A-Za-z0-9_-]/g, '-')}" @click=${() => !pending && this.requestSwitch(d)}>
              ${this.l.t('family.open', { name: d.person.name })}
            </button>
            <span class="family-as" id="as-${d.id.replace(/[^A-Za-z0-9_-]/g, '-')}">${as(d)}</span>
          </li>`,
        )}
      </ul>
      ${pending
        ? html`<p class="family-state" role="status">${asked?.to === 'own' ? this.l.t('family.pending.own') : this.l.t('family.pending', { name: asked?.name ?? '' })}</p>`
        : t?.status === 'failed' && t.message
          ? html`<p class="family-state failed" role="alert">${t.message}</p>`
          : nothing}
    </nav>`;
  }

  private renderHeader(view: FseView): TemplateResult {
    const p = view.patient;
    const now = view.viewer.now ?? Date.now();
    const born = p.birthDate;
    const years = born ? Math.floor((now - born.start) / (365.2425 * 86_400_000)) : undefined;
    return html`<header class="header" part="header">
      <div class="who">
        ${this.renderWhose(view)}
        <div class="name" role="heading" aria-level=${this.level} id="whose-name" tabindex="-1">${p.name}</div>
        <dl class="facts">
          ${born
            ? html`<div><dt class="visually-hidden">${this.l.t('patient.birth')}</dt><dd>
                ${this.l.born(born, p.sex)}${years !== undefined && years >= 0
                  ? html` · ${this.l.t('patient.age', { years })}`
                  : nothing}
              </dd></div>`
            : nothing}
          ${p.cf ? html`<div><dt>${this.l.t('patient.cf')}</dt><dd class="cf">${p.cf}</dd></div>` : nothing}
          ${p.generalPractitioner?.name
            ? html`<div><dt>${this.l.t('patient.gp')}</dt><dd>${p.generalPractitioner.name}</dd></div>`
            : nothing}
        </dl>
      </div>
      <div class="looking">
        <span class="viewer viewer--${view.viewer.role}" part="viewer">${this.l.t(`viewer.${view.viewer.role}`)}</span>
        ${view.viewer.role === 'emergency' && view.firstIds?.length
          ? html`<button class="fse-button primary" type="button" part="open-first" @click=${this.openFirst}>${this.l.t('emergency.open')}</button>`
          : nothing}
      </div>
    </header>
    ${this.renderFamily(view)}`;
  }

  private renderSummary(view: FseView): TemplateResult {
    if (view.restriction) return html`<p class="summary" part="summary" role="status">${this.l.t(`restriction.${view.restriction}`)}</p>`;
    if (!view.events.length) return html`<p class="summary" part="summary">${this.l.t('summary.empty')}</p>`;
    let start = Infinity;
    let end = -Infinity;
    for (const e of view.events) {
      if (e.undated) continue; // its date is not a fact: it does not stretch the span
      if (e.date.start < start) start = e.date.start;
      const last = e.end?.end ?? e.date.end;
      if (last > end) end = last;
    }
    return html`<p class="summary" part="summary">
      ${this.l.t('summary', { documents: countsFor(view).documents, paths: countsFor(view).carePaths, span: start < end ? this.l.span(start, end) : this.l.t('date.unknown') })}
    </p>`;
  }

  private renderLinks(): unknown {
    const chips: TemplateResult[] = [];
    if (this.selectedRegion) {
      const name = this.l.t('links.region', { name: this.regionName(this.selectedRegion) });
      chips.push(html`<li><span>${name}</span><button class="fse-button chip" type="button" aria-label=${this.l.t('links.clear', { name })} @click=${this.clearRegion}>×</button></li>`);
    }
    if (this.selectedPath) {
      const name = this.l.t('links.path', { name: this.pathName(this.selectedPath) });
      chips.push(html`<li><span>${name}</span><button class="fse-button chip" type="button" aria-label=${this.l.t('links.clear', { name })} @click=${this.clearPath}>×</button></li>`);
    }
    return html`<ul class="links" part="links" aria-label=${this.l.t('links.label')} ?hidden=${!chips.length}>${chips}</ul>`;
  }

  /** Emergency access (DM 7/9/2023 art. 20): what it allows. */
  private renderEmergencyNote(): TemplateResult {
    return html`<div class="note" role="note"><p>${this.l.t('emergency.note')}</p></div>`;
  }

  /** The tabs over time: arrows move between them (and show them), Home and End jump. */
  private readonly onTabKey = (e: KeyboardEvent): void => {
    const at = TABS.indexOf(this.tab);
    const to = rovingIndex(e.key, at, TABS.length);
    if (to === undefined) return;
    e.preventDefault();
    this.tab = TABS[to]!;
    void this.updateComplete.then(() => {
      const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
      if (tabs[to]) moveTabStop(tabs, tabs[to]);
    });
  };

  private renderTabs(view: FseView): TemplateResult {
    const lang = this.l.lang;
    const theme = this.theme;
    const tz = this.timeZone;
    const tab = (t: JourneyTab) =>
      html`<button
        type="button"
        role="tab"
        class="tab"
        id="tab-${t}"
        aria-selected=${this.tab === t ? 'true' : 'false'}
        aria-controls="panel-${t}"
        tabindex=${this.tab === t ? 0 : -1}
        @click=${() => (this.tab = t)}
      >${this.l.t(`tab.${t}`)}</button>`;
    const panel = (t: JourneyTab, content: unknown) =>
      html`<div class="tabpanel" role="tabpanel" id="panel-${t}" aria-labelledby="tab-${t}" ?hidden=${this.tab !== t}>${content}</div>`;
    return html`<div class="tabs" part="tabs" role="tablist" aria-labelledby="h-timeline" @keydown=${this.onTabKey}>
        ${TABS.map(tab)}
      </div>
      ${panel('timeline', html`${this.renderLinks()}<fse-timeline .view=${view} lang=${lang} theme=${theme} time-zone=${tz}></fse-timeline>`)}
      ${panel('results', html`<fse-results .view=${view} lang=${lang} theme=${theme} time-zone=${tz}></fse-results>`)}
      ${panel('medications', html`<fse-medications .view=${view} lang=${lang} theme=${theme} time-zone=${tz}></fse-medications>`)}`;
  }

  protected override renderView(view: FseView): TemplateResult {
    const level = this.level;
    const lang = this.l.lang;
    const theme = this.theme;
    const tz = this.timeZone;
    const emergency = view.viewer.role === 'emergency';
    const essentials = view.restriction
      ? nothing
      : html`<div class="panel essentials" part="essentials">
          <fse-summary .view=${view} lang=${lang} theme=${theme} time-zone=${tz} heading-level=${level + 1}></fse-summary>
        </div>`;
    return html`<article
      class="journey ${this.openDocument ? 'has-document' : ''} ${emergency ? 'emergency' : ''}"
      aria-label=${this.l.t('label', { name: view.patient.name })}
      aria-busy=${this.progress ? 'true' : 'false'}
      @fse-open=${this.onOpen}
    >
      ${this.renderHeader(view)}
      ${emergency
        ? // Emergency access: the clinical summary is the first thing after the header (which holds
          // the button to the Patient Summary), then what this access allows, then the rest.
          html`${essentials} ${this.renderEmergencyNote()} ${this.renderSummary(view)} ${this.renderLoadProgress()}`
        : html`${this.renderSummary(view)} ${this.renderLoadProgress()} ${this.news.render(view, this.since, level + 1)} ${essentials}`}
      <div class="live visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="grid">
        <section class="panel body" part="body" aria-labelledby="h-body">
          ${this.foldHeading(level + 1, 'h-body', this.l.t('section.body'), 'body')}
          <fse-body-map
            id="fold-body"
            ?hidden=${this.folded('body')}
            .view=${view}
            lang=${lang}
            theme=${theme}
            time-zone=${tz}
          ></fse-body-map>
        </section>
        <section class="panel paths" part="paths" aria-labelledby="h-paths">
          ${this.foldHeading(level + 1, 'h-paths', this.l.t('section.paths'), 'paths')}
          <fse-care-paths
            id="fold-paths"
            ?hidden=${this.folded('paths')}
            .view=${view}
            lang=${lang}
            theme=${theme}
            time-zone=${tz}
            layout="compact"
            heading-level=${level + 2}
          ></fse-care-paths>
        </section>
        <section class="panel timeline" part="timeline" aria-labelledby="h-timeline">
          ${this.heading(level + 1, 'h-timeline', this.l.t('section.timeline'))} ${this.renderTabs(view)}
        </section>
        ${this.openDocument ? this.renderDocument(view) : nothing}
      </div>
    </article>`;
  }

  private renderDocument(view: FseView): TemplateResult {
    return html`<section
      class="panel document ${this.sheet ? 'sheet' : ''}"
      part="document"
      role=${this.sheet ? 'dialog' : 'region'}
      aria-modal=${this.sheet ? 'true' : nothing}
      aria-label=${this.l.t('section.document')}
    >
      <fse-document
        .view=${view}
        lang=${this.l.lang}
        theme=${this.theme}
        time-zone=${this.timeZone}
        document-id=${this.openDocument ?? ''}
        .progress=${this.byId.get(this.openDocument ?? '')?.document ? null : this.progress}
        heading-level=${this.level + 1}
        closable
        @fse-close=${this.onClose}
      ></fse-document>
    </section>`;
  }
}
