/**
 * The index of documents: printed (or saved as PDF from the browser's dialog) as a table with
 * each document's visibility, or downloaded as CSV.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ClinicalEvent, FseView } from '@percorso/model';
import { documentsOf, download, toCsv } from '../derive.js';
import { button, sectionTitle, today, when, type PanelContext } from './context.js';
import type { ObscuringSection } from './obscuring.js';
import type { ProtectedSection } from './protected.js';

const COLUMNS = ['date', 'title', 'facility', 'author', 'visibility'];

export class DocumentIndexSection {
  private printing = false;

  constructor(
    private readonly ctx: PanelContext,
    private readonly obscuring: ObscuringSection,
    private readonly protectedDocs: ProtectedSection,
  ) {}

  get deps(): unknown[] {
    return [this.printing];
  }

  /** While printing, the panel hides everything else of itself. */
  get isPrinting(): boolean {
    return this.printing;
  }

  render(view: FseView): TemplateResult {
    const l = this.ctx.l;
    const docs = this.ctx.documents(view);
    return html`<section class="section section--index" part="section section-index" data-section="index" aria-labelledby="h-index">
      ${sectionTitle(this.ctx, 'index', 'index.title')}
      <p class="intro">${l.t('index.intro', { count: docs.length })}</p>
      <div class="actions">
        ${button(l.t('index.print'), () => void this.print(), { describedBy: 'index-print-hint' })}
        ${button(l.t('index.csv'), () => this.download())}
      </div>
      <p class="hint" id="index-print-hint">${l.t('index.print.hint')}</p>
      ${this.printing ? this.renderPrint(view, docs) : nothing}
    </section>`;
  }

  private rows(view: FseView, docs: ClinicalEvent[]): string[][] {
    return docs.map((d) => [
      when(this.ctx, d, view),
      d.title,
      d.facility?.name ?? d.author?.organization?.name ?? '',
      d.author?.name ?? '',
      this.visibilityWords(view, d),
    ]);
  }

  private visibilityWords(view: FseView, d: ClinicalEvent): string {
    const l = this.ctx.l;
    if (d.privacy.protectedCategory) return l.t(this.protectedDocs.visibleValue(view, d) ? 'protected.visible' : 'privacy.protected');
    return l.t(this.obscuring.obscuredValue(d) ? 'privacy.obscured' : 'docs.visible');
  }

  private renderPrint(view: FseView, docs: ClinicalEvent[]): TemplateResult {
    const l = this.ctx.l;
    return html`<div class="print-index" part="index">
      <p class="print-title"><strong>${l.t('index.print.title', { name: view.patient.name })}</strong></p>
      <p>${l.t('index.print.when', { date: l.instant(this.ctx.now, true, 'long') })}</p>
      <table>
        <caption class="visually-hidden">${l.t('index.title')}</caption>
        <thead>
          <tr>${COLUMNS.map((h) => html`<th scope="col">${l.t(`index.col.${h}`)}</th>`)}</tr>
        </thead>
        <tbody>
          ${this.rows(view, docs).map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

  /** Renders the printable table, opens the browser's print dialog, and drops the table after printing. */
  async print(): Promise<void> {
    this.printing = true;
    this.ctx.requestUpdate();
    await this.ctx.updateComplete;
    const done = () => {
      this.printing = false;
      this.ctx.requestUpdate();
      window.removeEventListener('afterprint', done);
    };
    // The table is hidden on screen (print-only CSS), so a browser that never fires afterprint
    // leaves nothing visible behind.
    window.addEventListener('afterprint', done);
    window.print();
  }

  private download(): void {
    const l = this.ctx.l;
    const view = this.ctx.view;
    if (!view) return;
    const docs = documentsOf(view);
    const head = COLUMNS.map((h) => l.t(`index.col.${h}`));
    download(`${l.t('index.filename')}-${today(this.ctx)}.csv`, toCsv([head, ...this.rows(view, docs)]));
    this.ctx.announce(l.t('index.downloaded', { count: docs.length }));
  }
}
