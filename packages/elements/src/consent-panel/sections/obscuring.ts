/**
 * The documents section: the protected group on top, then every other document with a search,
 * "Leggi" (the document opens in place, asked of the host with `fse-open`) and obscuring /
 * un-obscuring (with the Patient Summary warning and the cascade of the documents that depend on
 * it, such as the dispensations of an obscured prescription).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { countsFor, obscuringCascade, type ClinicalEvent, type FseView } from '@percorso/model';
import { eyeOffIcon } from '../icons.js';
import { FseOpenEvent } from '../../document/events.js';
import { button, docMeta, requestStatus, sectionTitle, when, type PanelContext } from './context.js';
import type { ProtectedSection } from './protected.js';
import { obscureConfirm, obscureRequest } from './obscure-confirm.js';
import { moveTabStop, rovingIndex } from '../../internal/roving.js';
import '../../document.js';

const PAGE = 50;

export class ObscuringSection {
  /** What the citizen typed in the search. */
  private query = '';
  /** How many matching documents are shown ("Mostra altri" adds a page). */
  private limit = PAGE;
  /** The document the citizen opened to read (before deciding to obscure it). */
  private reading?: string;
  /** The list's one tab stop: a document and which of its buttons (arrow keys move it). */
  private active?: { id: string; col: number };
  /** obscuringCascade per document of the current view (it walks every event: computed once). */
  private cascades = new Map<string, string[]>();

  constructor(
    private readonly ctx: PanelContext,
    private readonly protectedDocs: ProtectedSection,
  ) {}

  /** What the section's rendering depends on besides the view and the requests. */
  get deps(): unknown[] {
    return [this.query, this.limit, this.reading, this.active];
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
                ${l.t('docs.count', { total: countsFor(view).documents, listed: others.length, shown: matches.length, protected: prot.length, obscured: obscuredCount })}
              </p>
            </div>
            <p class="hint" id="doc-keys">${l.t('docs.keys')}</p>
            <ul class="doc-list" aria-label=${l.t('docs.listLabel')} aria-describedby="doc-keys" @keydown=${this.onListKey} @focusin=${this.onListFocus}>
              ${repeat(shownDocs, (d) => d.id, (d) => this.renderDoc(view, d, cascade.get(d.id), this.tabStop(shownDocs, d)))}
            </ul>
            ${matches.length > shownDocs.length
              ? html`<p>${button(l.t('docs.more', { count: Math.min(PAGE, matches.length - shownDocs.length) }), () => this.showMore(shownDocs.length))}</p>`
              : nothing}`
        : html`<p class="empty">${l.t('docs.empty')}</p>`}
    </section>`;
  }

  /** Which of the document's buttons is the list's tab stop (-1: none): the active one, else the first document's first. */
  private tabStop(shown: readonly ClinicalEvent[], d: ClinicalEvent): number {
    const a = this.active;
    if (a && shown.some((x) => x.id === a.id)) return a.id === d.id ? a.col : -1;
    return d === shown[0] ? 0 : -1;
  }

  /** The rows of the documents list and a row's buttons (not the protected list, not an open document's). */
  private rows(list: HTMLElement): HTMLElement[] {
    return [...list.querySelectorAll<HTMLElement>(':scope > li')];
  }

  private buttons(row: HTMLElement): HTMLButtonElement[] {
    return [...row.querySelectorAll<HTMLButtonElement>(':scope > .actions > button')];
  }

  /** One tab stop for the list (WAI-ARIA composite): ↑ ↓ Home End between documents, ← → between a document's buttons. */
  private onListKey = (e: KeyboardEvent): void => {
    const list = e.currentTarget as HTMLElement;
    const btn = e.composedPath()[0];
    if (!(btn instanceof HTMLButtonElement)) return;
    const row = btn.closest('li');
    if (!row || row.parentElement !== list || e.altKey || e.ctrlKey || e.metaKey) return;
    const rows = this.rows(list);
    const at = rows.indexOf(row);
    const col = this.buttons(row).indexOf(btn);
    if (col < 0) return;
    const vertical = ['ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key);
    const next = vertical ? rovingIndex(e.key, at, rows.length) : e.key === 'ArrowLeft' || e.key === 'ArrowRight' ? at : undefined;
    if (next === undefined) return;
    const targetButtons = this.buttons(rows[next]);
    const c = vertical ? Math.min(col, targetButtons.length - 1) : (rovingIndex(e.key, col, targetButtons.length) ?? col);
    const target = targetButtons[c];
    if (!target) return;
    e.preventDefault();
    this.active = { id: rows[next].dataset.id ?? '', col: c };
    moveTabStop(rows.flatMap((r) => this.buttons(r)), target);
    this.ctx.requestUpdate();
  };

  /** A click (or a focus from elsewhere) on a document's button makes it the list's tab stop. */
  private onListFocus = (e: FocusEvent): void => {
    const btn = e.composedPath()[0];
    const row = btn instanceof HTMLButtonElement ? btn.closest('li') : null;
    if (!row || row.parentElement !== e.currentTarget) return;
    const col = this.buttons(row).indexOf(btn as HTMLButtonElement);
    const id = row.dataset.id ?? '';
    if (col < 0 || (this.active?.id === id && this.active.col === col)) return;
    this.active = { id, col };
    this.ctx.requestUpdate();
  };

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

  private renderDoc(view: FseView, d: ClinicalEvent, cascadeFrom: ClinicalEvent | undefined, tabStop: number): TemplateResult {
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
          ? button(l.t('docs.unobscure'), () => this.request(view, d, false), { pending, extra: d.title, describedBy: statusId, tabIndex: tabStop === 0 ? 0 : -1 })
          : button(l.t('docs.obscure'), (e) => this.ask(view, d, e), { pending, extra: d.title, describedBy: statusId, tabIndex: tabStop === 0 ? 0 : -1 })}
        ${d.document
          ? html`<button
              type="button"
              tabindex=${tabStop === 1 ? 0 : -1}
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
    this.ctx.openConfirm({
      ...obscureConfirm(this.ctx.l, view, d, this.cascadeOf(view, d.id), (c) => when(this.ctx, c)),
      run: () => this.request(view, d, true),
      returnTo: e.currentTarget as HTMLElement,
    });
  }

  private request(view: FseView, d: ClinicalEvent, obscured: boolean): void {
    this.ctx.send(`obscure:${d.id}`, obscured, obscureRequest(view, d, obscured, this.cascadeOf(view, d.id)));
  }
}
