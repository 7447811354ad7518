/**
 * The documents section: the protected group on top, then every other document with a search,
 * "Leggi" (the document opens in place, asked of the host with `fse-open`) and obscuring /
 * un-obscuring (with the Patient Summary warning and the cascade of the documents that depend on
 * it, such as the dispensations of an obscured prescription).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { obscuringCascade, type ClinicalEvent, type FseView } from '@percorso/model';
import { FseObscureRequestEvent } from '../events.js';
import { alertIcon, eyeOffIcon } from '../icons.js';
import { FseOpenEvent } from '../../document/events.js';
import { nextRequestId } from '../../internal/requests.js';
import { button, docMeta, requestStatus, sectionTitle, when, type PanelContext } from './context.js';
import type { ProtectedSection } from './protected.js';
import '../../document.js';

const PAGE = 50;

export class ObscuringSection {
  /** What the citizen typed in the search. */
  private query = '';
  /** How many matching documents are shown ("Mostra altri" adds a page). */
  private limit = PAGE;
  /** The document the citizen opened to read (before deciding to obscure it). */
  private reading?: string;
  /** obscuringCascade per document of the current view (it walks every event: computed once). */
  private cascades = new Map<string, string[]>();

  constructor(
    private readonly ctx: PanelContext,
    private readonly protectedDocs: ProtectedSection,
  ) {}

  /** What the section's rendering depends on besides the view and the requests. */
  get deps(): unknown[] {
    return [this.query, this.limit, this.reading];
  }

  /** A new view: cascades are computed again; a new patient also starts the list from the top. */
  viewChanged(newPatient: boolean): void {
    this.cascades = new Map();
    if (newPatient) this.limit = PAGE;
  }

  /** Whether the document is obscured, or asked to be. */
  obscuredValue(doc: ClinicalEvent): boolean {
    return this.ctx.requests.valueOf(`obscure:${doc.id}`, doc.privacy.obscured);
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

  render(view: FseView): TemplateResult {
    const l = this.ctx.l;
    const docs = this.ctx.documents(view);
    const prot = docs.filter((d) => d.privacy.protectedCategory);
    const others = docs.filter((d) => !d.privacy.protectedCategory);
    const q = this.query.trim().toLocaleLowerCase(l.lang);
    const matches = q ? others.filter((d) => this.searchText(d).includes(q)) : others;
    const shownDocs = matches.slice(0, this.limit);
    const cascade = this.cascadeSources(view, docs);
    const obscuredCount = others.filter((d) => this.obscuredValue(d)).length;
    return html`<section class="section" part="section section-documents" data-section="documents" aria-labelledby="h-documents">
      ${sectionTitle(this.ctx, 'documents', 'docs.title')}
      <p class="intro">${l.t('docs.intro')}</p>
      ${this.protectedDocs.render(view, prot)}
      ${others.length
        ? html`<div class="doc-tools">
              <label for="doc-search">${l.t('docs.search')}</label>
              <input
                id="doc-search"
                type="search"
                .value=${live(this.query)}
                autocomplete="off"
                aria-describedby="doc-count"
                @input=${(e: Event) => {
                  this.query = (e.target as HTMLInputElement).value;
                  this.limit = PAGE;
                  this.ctx.requestUpdate();
                }}
              />
              <p id="doc-count" class="count" role="status">
                ${l.t('docs.count', { shown: matches.length, total: others.length, obscured: obscuredCount })}
              </p>
            </div>
            <ul class="doc-list" aria-label=${l.t('docs.listLabel')}>
              ${repeat(shownDocs, (d) => d.id, (d) => this.renderDoc(view, d, cascade.get(d.id)))}
            </ul>
            ${matches.length > shownDocs.length
              ? html`<p>${button(l.t('docs.more', { count: Math.min(PAGE, matches.length - shownDocs.length) }), () => this.showMore(shownDocs.length))}</p>`
              : nothing}`
        : html`<p class="empty">${l.t('docs.empty')}</p>`}
    </section>`;
  }

  private showMore(firstNew: number): void {
    this.limit += PAGE;
    this.ctx.requestUpdate();
    // Focus the first newly shown document, so the keyboard user continues where the list grew.
    void this.ctx.updateComplete.then(() => {
      const rows = this.ctx.root?.querySelectorAll<HTMLElement>('[data-section="documents"] .doc-list:not(.protected .doc-list) > li .doc-title');
      rows?.[firstNew]?.focus();
    });
  }

  private searchText(d: ClinicalEvent): string {
    return [d.title, d.author?.name, d.facility?.name, d.document?.typeCode?.display]
      .filter(Boolean)
      .join(' ')
      .toLocaleLowerCase(this.ctx.l.lang);
  }

  private renderDoc(view: FseView, d: ClinicalEvent, cascadeFrom: ClinicalEvent | undefined): TemplateResult {
    const { l, requests } = this.ctx;
    const obscured = this.obscuredValue(d);
    const key = `obscure:${d.id}`;
    const pending = requests.isPending(key);
    const statusId = `doc-${d.id}-status`;
    const parts = ['document', obscured ? 'document-obscured' : ''].filter(Boolean).join(' ');
    return html`<li class="doc ${obscured ? 'is-obscured' : ''}" part=${parts} data-id=${d.id}>
      <div class="doc-main">
        <p class="doc-title" tabindex="-1">${d.title}</p>
        <p class="doc-meta">${docMeta(this.ctx, d)}</p>
        <p class="doc-status" id=${statusId}>
          ${obscured
            ? html`${eyeOffIcon()}<span>${l.t('privacy.obscured')}</span>`
            : cascadeFrom
              ? html`${eyeOffIcon()}<span>${l.t('docs.cascadeHidden', { title: cascadeFrom.title })}</span>`
              : html`<span>${l.t('docs.visible')}</span>`}
        </p>
        ${requestStatus(this.ctx, key)}
      </div>
      <div class="actions">
        ${obscured
          ? button(l.t('docs.unobscure'), () => this.request(view, d, false), { pending, extra: d.title, describedBy: statusId })
          : button(l.t('docs.obscure'), (e) => this.ask(view, d, e), { pending, extra: d.title, describedBy: statusId })}
        ${d.document
          ? html`<button
              type="button"
              class="fse-button"
              part="button"
              data-open=${d.id}
              aria-expanded=${this.reading === d.id ? 'true' : 'false'}
              @click=${() => this.toggleReading(d.id)}
            >
              ${l.t('docs.open')}<span class="visually-hidden">: ${d.title}</span>
            </button>`
          : nothing}
      </div>
      ${this.reading === d.id
        ? html`<fse-document
            class="reading"
            .view=${view}
            lang=${l.lang}
            theme=${this.ctx.theme}
            time-zone=${this.ctx.timeZone}
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
    const root = this.ctx.root;
    if (this.reading === id) {
      this.reading = undefined;
      this.ctx.requestUpdate();
      void this.ctx.updateComplete.then(() => root?.querySelector<HTMLElement>(`button[data-open="${CSS.escape(id)}"]`)?.focus());
      return;
    }
    if (!this.ctx.emit(new FseOpenEvent(id, 'consent-panel'))) return;
    this.reading = id;
    this.ctx.requestUpdate();
    void this.ctx.updateComplete.then(async () => {
      const doc = root?.querySelector('fse-document');
      await doc?.updateComplete;
      doc?.focusHeading();
    });
  }

  private ask(view: FseView, d: ClinicalEvent, e: Event): void {
    const l = this.ctx.l;
    const cascade = this.cascadeOf(view, d.id)
      .map((id) => this.ctx.event(id))
      .filter((x): x is ClinicalEvent => !!x);
    this.ctx.openConfirm({
      kind: 'obscure',
      title: l.t('obscure.title', { title: d.title }),
      confirmLabel: cascade.length ? l.t('obscure.confirm.cascade', { count: cascade.length + 1 }) : l.t('obscure.confirm'),
      danger: false,
      body: () => html`<p>${l.t('obscure.effect')}</p>
        ${cascade.length
          ? html`<div class="cascade" part="cascade">
              <p><strong>${l.t('obscure.cascade', { count: cascade.length })}</strong></p>
              <ul>
                ${cascade.map((c) => html`<li>${c.title} <span class="muted">(${when(this.ctx, c)})</span></li>`)}
              </ul>
            </div>`
          : nothing}
        <div class="notice notice--warning law">
          ${alertIcon()}
          <p><strong>${l.t('obscure.pss.title')}</strong> ${l.t('obscure.pss')}</p>
        </div>
        <p class="muted">${l.t('obscure.revocable')}</p>`,
      run: () => this.request(view, d, true),
      returnTo: e.currentTarget as HTMLElement,
    });
  }

  private request(view: FseView, d: ClinicalEvent, obscured: boolean): void {
    const ev = new FseObscureRequestEvent({
      requestId: nextRequestId(),
      documentId: d.id,
      obscured,
      cascade: [...this.cascadeOf(view, d.id)],
    });
    this.ctx.send(`obscure:${d.id}`, obscured, ev);
  }
}
