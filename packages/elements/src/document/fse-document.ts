import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  type Actor,
  type ClinicalEvent,
  type Coding,
  type DocumentSection,
  type FseView,
  isDocumentItem,
} from '@percorso/model';
import { FseElement } from '../internal/base-element.js';
import { documentTypeGlossary, type LocalGlossaryEntry } from '../internal/glossary.js';
import { nextRequestId, RequestTracker, type Outcome, type Tracked } from '../internal/requests.js';
import { systemLabel, wordingFor, type Wording } from '../care-paths/derive.js';
import {
  findDocument,
  fileNameOf,
  fulfilmentsOf,
  indexView,
  prescriptionsOf,
  resultGroupsOf,
  splitSections,
  withoutCodes,
  wordsOf,
  type DocEvent,
  type ResultRow,
  type ViewIndex,
} from './derive.js';
import { FseAttachmentRequestEvent, FseCloseEvent, FseOpenEvent, type FseAttachmentRequestDetail } from './events.js';
import { messages } from './messages.js';
import { renderNarrative } from './narrative.js';
import { renderResultsTable, renderSources, type ResultsTableHost } from './results-table.js';
import { documentStyles } from './styles.js';
import { ProgressiveRows } from './progressive.js';
import { mergeCatalogs } from '../internal/clinical.js';
import { ObscureAction, obscureActionMessages } from '../consent-panel/obscure-action.js';
import { confirmStyles } from '../consent-panel/confirm-styles.js';

/** Kinds of contents shown as lists, in this order (results are a table of their own); each list holds the model's document items (isDocumentItem), which countsFor counts. */
const LIST_KINDS = ['condition', 'medication', 'vaccination', 'procedure', 'appointment', 'encounter'] as const;

/**
 * One document of the view, readable: its type in plain words (with "Che cos'è?"), date with its
 * precision, author, facility and unit, who signed it and when, version and status (superseded,
 * entered in error), the prescription it answers; what is inside it in words (lab results with
 * range, flag in words and symbol, and the previous value of the same test; diagnoses, medicines,
 * vaccine doses, bookings; for a prescription, whether it was dispensed or done); then the
 * sections with their narrative structure (paragraphs, lists, tables), the ones a reader looks
 * for first before the rest. The signed original is asked of the host (`fse-attachment-request`).
 *
 * Shows only what its `.view` holds: an id the view does not hold — one that never existed, or a
 * document this viewer may not see — shows the same "Documento non disponibile" state. While the
 * record is still arriving (`progress` set), such an id shows the loading state instead, alike for
 * every id, until the record is whole.
 *
 * The citizen never sees raw codes (ICD-9-CM, ATC, LOINC, "(89.01)" in titles); a clinician sees
 * them beside the words (`wording`, default from the viewer's role).
 *
 * Keyboard: every control is a button in reading order; with `closable`, Escape closes.
 *
 * @tagname fse-document
 * @summary One FSE document, readable: header, results, sections, the original on request.
 *
 * @fires fse-open - {@link FseOpenEvent}: the user followed a link to another document (a newer or older version, the prescription, what fulfilled it). Cancellable: cancel it to route yourself; otherwise the element shows that document.
 * @fires fse-close - {@link FseCloseEvent}: the user closed the document (close button or Escape; only with `closable`).
 * @fires fse-attachment-request - {@link FseAttachmentRequestEvent}: the user asked for the original; answer with `e.respond(Promise<Blob | URL>)`.
 * @fires fse-error - The view cannot be shown, or came with error-level issues.
 *
 * @csspart document - The document (an article).
 * @csspart header - Type, title, dates, people, status and the original.
 * @csspart title - The document's title (a heading).
 * @csspart status - The superseded / entered-in-error notice.
 * @csspart meta - The list of date, author, facility, signature, version, NRE.
 * @csspart glossary - A "Che cos'è?" explanation.
 * @csspart original - The original document's buttons and their state.
 * @csspart obscure - "Oscura questo documento" (citizen, parent, active delegate), its request's state and the question before it.
 * @csspart results - The results table.
 * @csspart contents - Lists of what is inside the document (diagnoses, medicines, vaccine, bookings).
 * @csspart section - One section of the document.
 * @csspart narrative - A section's narrative.
 * @csspart unavailable - The "Documento non disponibile" state.
 * @csspart toolbar - Close and print buttons.
 * @csspart empty - No document asked for (no `document-id`).
 * @csspart state - Loading and error states.
 *
 * @cssprop --fse-color-primary - Links and buttons.
 * @cssprop --fse-color-danger - High and low results, entered-in-error.
 * @cssprop [--fse-document-max-width=60rem] - Widest line of reading.
 */
export class FseDocument extends FseElement {
  static override styles = [...FseElement.styles, confirmStyles, documentStyles];
  static override messages = mergeCatalogs(obscureActionMessages, messages);

  /** Id of the document event to show (an id of `view.events`). */
  @property({ attribute: 'document-id', reflect: true }) documentId?: string;

  /** `citizen` (no raw codes) or `clinician` (codes beside the words). Unset: from the view's viewer. */
  @property({ reflect: true }) wording?: Wording;

  /** Shows a close button and closes on Escape (`fse-close`): for a document shown over or beside something else. */
  @property({ type: Boolean, reflect: true }) closable = false;

  /** ARIA level of the document's title (1–6, default 2); section titles are one level deeper. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** Explanations the user opened (result ids). */
  @state() private explained: ReadonlySet<string> = new Set<string>();
  /** Announcement of the original's request. */
  @state() private announcement = '';

  private index?: ViewIndex;
  private readonly requests = new RequestTracker(this, (t, o) => this.settled(t, o));
  private focusTitle = false;
  /** Obscuring starts from the document too (the consent panel's question and request). */
  private readonly obscure = new ObscureAction(this, this.l, (e) => this.emit(e));
  /** Result rows' templates, reused by an update that only adds a batch of rows. */
  private renderedRows = new WeakMap<ResultRow, TemplateResult[]>();
  /** A long results table: a screenful first, the rest in one batch a frame later (every row before printing). */
  private readonly rows = new ProgressiveRows(this, () => {
    this.requestUpdate();
    this.performUpdate();
  });

  protected override viewChanged(view: FseView | undefined): void {
    this.index = view ? indexView(view) : undefined;
    this.requests.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another document starts from a screenful of results; the same one keeps its rows while the view grows.
    if (changed.has('documentId')) this.rows.reset();
    // Rows rendered before are reused only by an update that just adds a batch of rows.
    if (changed.size || !this.rows.growing) this.renderedRows = new WeakMap();
    if (changed.has('documentId') && changed.get('documentId') !== undefined) {
      this.explained = new Set();
      this.announcement = '';
    }
  }

  /** Resolves once every result row is in the DOM too (a long table's rows after the first screenful come a frame later). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (!this.rows.complete) {
      await this.rows.nextBatch();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusTitle) {
      this.focusTitle = false;
      this.focusHeading();
    }
  }

  /** Moves focus to the document's title (after opening it, for keyboard and screen-reader users). */
  focusHeading(): void {
    const h = this.renderRoot.querySelector<HTMLElement>('#doc-title, .unavailable');
    h?.focus();
  }

  /** The wording in use. */
  get effectiveWording(): Wording {
    if (this.wording === 'citizen' || this.wording === 'clinician') return this.wording;
    return wordingFor(this.data?.viewer.role);
  }

  private get clinician(): boolean {
    return this.effectiveWording === 'clinician';
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }

  private get lang3(): string {
    return this.l.lang;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKey);
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.closable || e.defaultPrevented) return;
    // A disclosure open inside the document closes first.
    const open = e.composedPath().find((n) => n instanceof HTMLDetailsElement && n.open) as HTMLDetailsElement | undefined;
    if (open) {
      open.open = false;
      open.querySelector('summary')?.focus();
      e.preventDefault();
      return;
    }
    e.preventDefault();
    this.close();
  };

  /** Closes the document (fires `fse-close`; the host hides or removes the element). */
  close(): void {
    this.dispatchEvent(new FseCloseEvent(this.documentId ?? ''));
  }

  /** Opens another document of the view, unless a listener of `fse-open` cancels it. */
  private open(id: string): void {
    if (!this.emit(new FseOpenEvent(id, 'document'))) return;
    this.focusTitle = true;
    this.documentId = id;
  }

  protected override renderNone(): unknown {
    return html`<div class="state" part="empty">${this.l.t('none')}</div>`;
  }

  protected renderView(view: FseView): unknown {
    const index = (this.index ??= indexView(view));
    if (!this.documentId) return this.renderNone();
    const doc = findDocument(index, this.documentId);
    // Not (yet) in a view still arriving page by page: loading, for any id alike (no oracle).
    if (!doc) return this.progress ? this.renderWaiting() : this.renderUnavailable();
    const contents = index.contents.get(doc.id) ?? [];
    const ids = new Set([doc.id, ...contents.map((c) => c.id)]);
    const issues = (view.issues ?? []).filter((i) => i.subjectIds?.some((id) => ids.has(id)));
    const sub = Math.min(6, this.level + 1);
    return html`<article part="document" class="doc" aria-labelledby="doc-title" lang=${this.lang3}>
      ${this.renderToolbar()} ${this.renderHeader(doc, index)} ${this.obscure.render(view, doc, this.level)} ${this.renderIssues({ ...view, issues })}
      ${this.renderStructured(doc, contents, index, sub)} ${this.renderSections(doc, sub)}
    </article>`;
  }

  private renderWaiting(): TemplateResult {
    return html`${this.closable ? this.renderToolbar(false) : nothing}${this.renderLoadProgress()}${this.renderLoading()}`;
  }

  private renderUnavailable(): TemplateResult {
    return html`${this.closable ? this.renderToolbar(false) : nothing}
      <div class="state unavailable" part="unavailable" tabindex="-1" role="status">
        <strong>${this.l.t('unavailable.title')}</strong><span>${this.l.t('unavailable.text')}</span>
      </div>`;
  }

  private renderToolbar(print = true): TemplateResult {
    return html`<div class="toolbar" part="toolbar">
      ${this.closable
        ? html`<button class="fse-button back" @click=${() => this.close()}>
            <span aria-hidden="true">←</span> ${this.l.t('back')}
          </button>`
        : nothing}
      ${print ? html`<button class="fse-button print" @click=${() => window.print()}>${this.l.t('print')}</button>` : nothing}
    </div>`;
  }

  // ───────────── header ─────────────

  private renderHeader(doc: DocEvent, index: ViewIndex): TemplateResult {
    const meta = doc.document;
    const entry = documentTypeGlossary(meta.nationalType, this.l.lang);
    const typeName = entry.name;
    const title = this.clinician ? doc.title : withoutCodes(doc.title);
    const status = meta.status !== 'current' ? meta.status : undefined;
    const unit = doc.practiceSetting?.display ?? meta.practiceSetting?.display;
    const author = doc.author;
    const signer = meta.legalAuthenticator;
    const newer = meta.replacedBy && index.byId.get(meta.replacedBy)?.document ? meta.replacedBy : undefined;
    const older = meta.replaces && index.byId.get(meta.replaces)?.document ? meta.replaces : undefined;
    const presc = prescriptionsOf(doc, index);
    const typeCode = this.clinician && meta.typeCode ? meta.typeCode : undefined;
    return html`<header part="header" class="header">
      <div class="type">
        <span class="type-name">${typeName}</span>${typeCode ? html` <span class="code">${systemLabel(typeCode.system)} ${typeCode.code}</span>` : nothing}
        ${this.renderGlossary(entry, this.l.t('what'), 'type-glossary')}
      </div>
      <div class="title" id="doc-title" part="title" tabindex="-1" role="heading" aria-level=${this.level}>${title || typeName}</div>
      ${status
        ? html`<p class="status status--${status}" part="status" role="note">
            <span aria-hidden="true">${status === 'entered-in-error' ? '⊘' : '⟳'}</span> ${this.l.t(`status.${status}`)}
          </p>`
        : nothing}
      <dl class="meta" part="meta">
        ${this.item('date', this.l.date(doc.date))}
        ${author && actorName(author) ? this.item('author', this.actor(author)) : nothing}
        ${doc.facility?.name ? this.item('facility', doc.facility.name) : nothing}
        ${unit ? this.item('unit', unit) : nothing}
        ${signer && actorName(signer)
          ? this.item(
              'signed',
              meta.legalAuthenticatedAt ? this.l.t('signed.at', { name: actorName(signer), date: this.l.date(meta.legalAuthenticatedAt) }) : actorName(signer),
            )
          : nothing}
        ${meta.version || newer || older
          ? this.item(
              'version',
              html`${meta.version ?? ''}${newer ? html` ${this.linkButton(newer, this.l.t('open.newer'))}` : nothing}${older
                ? html` ${this.linkButton(older, this.l.t('open.older'))}`
                : nothing}`,
            )
          : nothing}
        ${presc.length
          ? this.item(
              'nre',
              html`${presc.map(
                (p, i) => html`${i ? ', ' : ''}<span class="nre">${p.nre}</span>${p.prescription
                  ? html` ${this.linkButton(p.prescription.id, this.l.t('open.prescription', { nre: p.nre }))}`
                  : nothing}`,
              )}`,
            )
          : nothing}
      </dl>
      ${this.renderOriginal(doc, typeName)}
    </header>`;
  }

  private item(key: string, value: unknown): TemplateResult {
    return html`<div class="meta-item"><dt>${this.l.t(key)}</dt><dd>${value}</dd></div>`;
  }

  private actor(a: Actor): TemplateResult {
    const name = actorName(a);
    const role = a.roleText ?? a.specialty?.display;
    return html`${name}${role && role !== name ? html` <span class="muted">(${role})</span>` : nothing}`;
  }

  private linkButton(id: string, label: string): TemplateResult {
    return html`<button class="link" data-open=${id} @click=${() => this.open(id)}>${label}</button>`;
  }

  /** A "Che cos'è?" disclosure: the glossary's text, its sources, and whether a clinician reviewed it. */
  private renderGlossary(entry: LocalGlossaryEntry, label: string, cls: string): TemplateResult {
    return html`<details class="glossary ${cls}" part="glossary">
      <summary>${label}</summary>
      <p>${entry.text}</p>
      ${renderSources(this.l, entry)}
    </details>`;
  }

  // ───────────── the original ─────────────

  private renderOriginal(doc: DocEvent, typeName: string): unknown {
    const mime = doc.document.mimeType;
    if (!mime) return nothing;
    const kind = mimeWords(mime);
    const size = doc.document.size;
    const what = size !== undefined ? this.l.t('original.size', { type: kind, size: this.l.number(size / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }) }) : kind;
    const open = this.requests.get(`${doc.id}|open`);
    const down = this.requests.get(`${doc.id}|download`);
    const pending = open?.status === 'pending' || down?.status === 'pending';
    return html`<div class="original" part="original">
      <span class="original-label">${this.l.t('original')}: <span class="muted">${what}</span></span>
      <button class="fse-button" data-action="open" ?disabled=${pending} aria-disabled=${pending ? 'true' : 'false'} @click=${() => this.requestOriginal(doc, typeName, 'open')}>
        ${this.l.t('original.open')}
      </button>
      <button class="fse-button" data-action="download" ?disabled=${pending} @click=${() => this.requestOriginal(doc, typeName, 'download')}>
        ${this.l.t('original.download')}
      </button>
      <p class="original-state" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  private requestOriginal(doc: DocEvent, typeName: string, action: 'open' | 'download'): void {
    const mimeType = doc.document.mimeType ?? 'application/octet-stream';
    const detail: FseAttachmentRequestDetail = {
      requestId: nextRequestId(),
      documentId: doc.id,
      mimeType,
      title: doc.title,
      action,
      fileName: fileNameOf(typeName, doc.date.iso, mimeType),
      ...(doc.document.size !== undefined ? { size: doc.document.size } : {}),
    };
    this.announcement = this.l.t('original.pending');
    this.requests.submit(`${doc.id}|${action}`, action, new FseAttachmentRequestEvent(detail), (e) => this.dispatchEvent(e));
  }

  private settled(t: Tracked, outcome: Outcome): void {
    const detail = t.detail as FseAttachmentRequestDetail;
    if (outcome.kind === 'failed') {
      this.announcement =
        outcome.reason === 'rejected'
          ? outcome.message
            ? this.l.t('original.failed', { reason: outcome.message })
            : this.l.t('original.failed.generic')
          : this.l.t('original.unavailable');
      return;
    }
    const v = outcome.value;
    let url: string | undefined;
    let revoke = false;
    if (typeof Blob !== 'undefined' && v instanceof Blob) {
      url = URL.createObjectURL(v);
      revoke = true;
    } else if (v instanceof URL) url = v.href;
    else if (typeof v === 'string' && /^(https?:|blob:)/i.test(v)) url = v;
    if (!url) {
      this.announcement = this.l.t('original.failed.generic');
      return;
    }
    this.announcement = this.l.t('original.done');
    if (detail.action === 'open') {
      window.open(url, '_blank', 'noopener');
    } else {
      const a = document.createElement('a');
      a.href = url;
      a.download = detail.fileName;
      a.rel = 'noopener';
      a.hidden = true;
      this.renderRoot.appendChild(a);
      a.click();
      a.remove();
    }
    if (revoke) setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  // ───────────── what is inside ─────────────

  private renderStructured(doc: DocEvent, contents: readonly ClinicalEvent[], index: ViewIndex, level: number): unknown {
    const groups = resultGroupsOf(doc.id, index);
    const type = doc.document.nationalType;
    const isPrescription = type === 'PRESC_FARM' || type === 'PRESC_SPEC';
    const lists = LIST_KINDS.map((kind) => ({ kind, items: contents.filter((c) => c.kind === kind && isDocumentItem(c)) })).filter((g) => g.items.length);
    return html`${isPrescription ? this.renderPrescription(doc, contents, index, level) : nothing}
      ${groups.length
        ? renderResultsTable(
            this.tableHost,
            groups,
            this.heading(level, this.l.t('results'), 'results-title'),
            this.rows.take(groups.reduce((n, g) => n + g.rows.length, 0)),
          )
        : nothing}
      ${lists.length && !isPrescription
        ? html`<div class="contents" part="contents">${lists.map((g) => this.renderList(g.kind, g.items, level))}</div>`
        : nothing}
      ${doc.kind === 'taccuino' && doc.note ? html`<p class="note">${doc.note}</p>` : nothing}`;
  }

  private heading(level: number, text: string, id?: string): TemplateResult {
    return html`<div class="heading" role="heading" aria-level=${level} id=${ifDefined(id)}>${text}</div>`;
  }

  /** What the results table needs of this element. */
  private get tableHost(): ResultsTableHost {
    return { l: this.l, clinician: this.clinician, explained: this.explained, toggleExplain: (id) => this.toggleExplain(id), rendered: this.renderedRows };
  }

  /** Opens or closes a result's explanation. */
  private toggleExplain(id: string): void {
    const next = new Set(this.explained);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.explained = next;
  }

  private codeOf(codes: readonly Coding[]): TemplateResult | typeof nothing {
    if (!this.clinician) return nothing;
    const c = codes[0];
    return c ? html` <span class="code">${systemLabel(c.system)} ${c.code}</span>` : nothing;
  }

  private renderList(kind: (typeof LIST_KINDS)[number], items: ClinicalEvent[], level: number): TemplateResult {
    return html`<section class="content-group content-group--${kind}">
      ${this.heading(level, this.l.t(`contents.${kind}`))}
      <ul>
        ${items.map((ev) => html`<li>${this.renderItem(ev)}</li>`)}
      </ul>
    </section>`;
  }

  private renderItem(ev: ClinicalEvent): unknown {
    const words = (codes: readonly Coding[]) => (this.clinician ? ev.title : withoutCodes(wordsOf(codes) ?? ev.title));
    if (ev.vaccination) {
      const v = ev.vaccination;
      const site = ev.bodySites[0]?.from.display;
      const target = v.targetDiseases.map((d) => d.display).filter(Boolean).join(', ');
      return html`<span class="item-name">${words(v.vaccine)}</span>${this.codeOf(v.vaccine)}
        ${[
          v.doseNumber !== undefined ? this.l.t('vaccine.dose', { n: v.doseNumber }) : '',
          v.lot ? this.l.t('vaccine.lot', { lot: v.lot }) : '',
          site ? this.l.t('vaccine.site', { site }) : '',
          target ? this.l.t('vaccine.target', { diseases: target }) : '',
          this.l.date(ev.date),
        ]
          .filter(Boolean)
          .map((s) => html`<span class="detail">${s}</span>`)}`;
    }
    if (ev.medication) {
      const m = ev.medication;
      return html`<span class="item-name">${words(m.medication)}</span>${this.codeOf(m.medication)}${m.dosage
        ? html` <span class="detail">${m.dosage}</span>`
        : nothing}${m.quantity ? html` <span class="detail">${m.quantity}</span>` : nothing}`;
    }
    if (ev.booking) {
      const b = ev.booking;
      return html`<span class="item-name ${b.status === 'cancelled' ? 'cancelled' : ''}">${words(b.service)}</span>${this.codeOf(b.service)}
        <span class="badge badge--${b.status}">${this.l.t(`booking.${b.status}`)}</span>
        <span class="detail">${this.l.date(ev.date)}</span>${ev.facility?.name ? html` <span class="detail">${ev.facility.name}</span>` : nothing}${ev.note
          ? html`<span class="detail prep">${this.l.t('booking.preparation')}: ${ev.note}</span>`
          : nothing}`;
    }
    if (ev.kind === 'encounter') {
      return html`<span class="item-name">${words(ev.codes)}</span> <span class="detail">${ev.end ? this.l.period(ev.date, ev.end) : this.l.date(ev.date)}</span>${ev.facility?.name
          ? html` <span class="detail">${ev.facility.name}</span>`
          : nothing}`;
    }
    return html`<span class="item-name">${words(ev.codes)}</span>${this.codeOf(ev.codes)}${ev.note ? html` <span class="detail">${ev.note}</span>` : nothing}`;
  }

  private renderPrescription(doc: DocEvent, contents: readonly ClinicalEvent[], index: ViewIndex, level: number): TemplateResult {
    const what = contents.filter((c) => c.medication || c.booking || c.kind === 'procedure');
    const priority = contents.find((c) => c.booking?.priority)?.booking?.priority;
    const done = fulfilmentsOf(doc, index);
    return html`<section class="prescription" part="contents">
      ${this.heading(level, this.l.t('prescribed'))}
      <dl class="meta">
        ${doc.document.nre.length ? this.item('nre', doc.document.nre.join(', ')) : nothing}
        ${priority ? this.item('priority', this.l.t(`priority.${priority}`)) : nothing}
      </dl>
      ${what.length ? html`<ul>${what.map((ev) => html`<li>${this.renderItem(ev)}</li>`)}</ul>` : nothing}
      ${this.heading(level, this.l.t('fulfilled'))}
      ${done.length
        ? html`<ul class="fulfilled">
            ${done.map(
              (d) => html`<li>${this.linkButton(d.id, this.l.t('open.linked', { title: this.clinician ? d.title : withoutCodes(d.title), date: this.l.date(d.date) }))}</li>`,
            )}
          </ul>`
        : html`<p class="muted">${this.l.t('fulfilled.none')}</p>`}
    </section>`;
  }

  // ───────────── sections and narrative ─────────────

  private renderSections(doc: DocEvent, level: number): TemplateResult {
    const sections = doc.document.sections ?? [];
    if (!sections.length) {
      return html`<p class="empty muted">${this.l.t('empty')}${doc.document.mimeType ? html` ${this.l.t('empty.original')}` : nothing}</p>`;
    }
    const { key, rest } = splitSections(doc.document.nationalType, sections);
    if (!key.length) {
      return html`<div class="sections">${sections.map((s, i) => this.renderSection(s, level, `s${i}`))}</div>`;
    }
    return html`<div class="sections">
      <div class="group-label" aria-hidden="true">${this.l.t('key')}</div>
      ${key.map((s, i) => this.renderSection(s, level, `k${i}`))}
      ${rest.length
        ? html`<div class="group-label" aria-hidden="true">${this.l.t('rest')}</div>
            ${rest.map((s, i) => this.renderSection(s, level, `r${i}`))}`
        : nothing}
    </div>`;
  }

  private renderSection(s: DocumentSection, level: number, id: string): TemplateResult {
    const title = (this.clinician ? s.title : withoutCodes(s.title)) || (s.code?.display ?? '');
    const headingId = `sec-${id}`;
    const body = s.narrative?.length ? renderNarrative(s.narrative, level) : s.text ? s.text.split('\n').map((l) => html`<p>${l}</p>`) : undefined;
    return html`<section class="section" part="section" aria-labelledby=${title ? headingId : nothing}>
      ${title
        ? html`<div class="heading section-title" role="heading" aria-level=${level} id=${headingId}>
            ${title}${this.clinician && s.code ? html` <span class="code">${systemLabel(s.code.system)} ${s.code.code}</span>` : nothing}
          </div>`
        : nothing}
      ${body ? html`<div class="narrative" part="narrative">${body}</div>` : html`<p class="muted">${this.l.t('section.empty')}</p>`}
    </section>`;
  }
}

function actorName(a: Actor): string {
  return a.name?.trim() || a.roleText?.trim() || a.specialty?.display?.trim() || '';
}

/** The format of an original in words a reader knows. */
function mimeWords(mime: string): string {
  const m = mime.toLowerCase();
  if (m.includes('pdf')) return 'PDF';
  if (m.includes('cda')) return 'CDA2 (XML)';
  if (m.includes('fhir')) return 'FHIR';
  if (m.includes('xml')) return 'XML';
  return mime;
}
