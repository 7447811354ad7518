import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { medicinesOf, type CarePath, type ClinicalEvent, type FseView, type Medicine, type PrescriptionLine } from '@percorso/model';
import { FseElement } from '../internal/base-element.js';
import type { RecordState } from '../internal/record.js';
import { criticalIcon, criticalMessages, FseSelectEvent, mergeCatalogs } from '../internal/clinical.js';
import { linearScale } from '../internal/linear.js';
import { moveTabStop, rovingIndex } from '../internal/roving.js';
import { FseOpenEvent } from '../document/events.js';
import { wordingFor, type Wording } from '../care-paths/derive.js';
import { messages } from './messages.js';
import { medicationsStyles } from './styles.js';

export type MedicationsLayout = 'chart' | 'table';

const DAY = 86_400_000;

/**
 * The therapy, not a list of prescriptions: one row per medicine (active substance and strength,
 * grouping prescriptions, dispensations, statements and administrations), with the brand names as
 * prescribed, a bar over the time it was taken — stated by the documents, or estimated from the
 * dispensation dates and quantities and drawn hatched and said to be an estimate — with its gaps;
 * the prescriptions with their NRE and state (to collect, collected on a date at a pharmacy,
 * expired), the link to the dispensation, and the care path the therapy belongs to. Current
 * therapy first; critical medicines flagged in words and with an icon as in `<fse-summary>`.
 *
 * Keyboard: the medicines are one tab stop (arrows, Home, End move; Enter or Space selects); each
 * row's details are a disclosure. A table alternative shows the same rows; "Stampa la mia terapia"
 * prints the current therapy on one page.
 *
 * @tagname fse-medications
 * @summary The therapy over time: one row per medicine, bars, prescriptions and their state.
 *
 * @fires fse-select - {@link FseSelectEvent}: a medicine was selected (or cleared); carries its `eventIds`. Cancellable.
 * @fires fse-open - {@link FseOpenEvent}: open a prescription or dispensation document (`source: 'medications'`). Cancellable.
 * @fires fse-error - The view cannot be shown, or came with error-level issues.
 *
 * @csspart list - The list of medicines. @csspart row - One medicine (also `row-current`, `row-critical`, `row-selected`).
 * @csspart name - The medicine's button. @csspart critical - The critical badge. @csspart bar - The bar of the time taken.
 * @csspart details - The prescriptions and details. @csspart prescription - One prescription. @csspart table - The table alternative.
 * @csspart print - The one-page print of the current therapy. @csspart state - Loading and error states.
 *
 * @cssprop --fse-color-cat-medications - Bars.
 * @cssprop --fse-color-danger - Critical medicines.
 */
export class FseMedications extends FseElement {
  static override styles = [...FseElement.styles, medicationsStyles];
  static override messages = mergeCatalogs(messages, criticalMessages);

  /** `chart` (bars, default) or `table`. */
  @property({ reflect: true }) layout: MedicationsLayout = 'chart';
  /** `citizen` or `clinician` words. Unset: from the view's viewer. */
  @property({ reflect: true }) wording?: Wording;
  /** Key of the selected medicine. */
  @property({ reflect: true }) selected?: string;

  /** Inside `<fse-record>` (or the journey): selected while the record's choice is this element's; cleared by a choice made elsewhere. */
  protected override recordChanged(record: RecordState): void {
    this.selected = record.chosen?.source === 'medications' ? record.chosen.key : undefined;
  }
  /** "Now" (epoch ms). Default: the viewer's `now`, else the clock. */
  @property({ attribute: false }) now?: number;

  @state() private active?: string;

  private medicines: Medicine[] = [];
  private computedFor?: { view: FseView; now: number };
  private docs = new Map<string, ClinicalEvent>();
  private paths = new Map<string, CarePath>();

  protected override viewChanged(view: FseView | undefined): void {
    this.computedFor = undefined;
    this.docs = new Map();
    this.paths = new Map();
    if (!view) return;
    for (const e of view.events) if (e.kind === 'document') this.docs.set(e.id, e);
    for (const p of view.carePaths) this.paths.set(p.id, p);
  }

  get effectiveWording(): Wording {
    if (this.wording === 'citizen' || this.wording === 'clinician') return this.wording;
    return wordingFor(this.data?.viewer.role);
  }

  private get nowMs(): number {
    return this.now ?? this.data?.viewer.now ?? Date.now();
  }

  private compute(view: FseView): Medicine[] {
    const now = this.nowMs;
    if (!this.computedFor || this.computedFor.view !== view || this.computedFor.now !== now) {
      this.medicines = medicinesOf(view, now);
      this.computedFor = { view, now };
    }
    return this.medicines;
  }

  protected renderView(view: FseView): unknown {
    const meds = this.compute(view);
    const title = this.l.t(`title.${this.effectiveWording}`);
    const current = meds.filter((m) => m.current);
    const past = meds.filter((m) => !m.current);
    const table = this.layout === 'table';
    return html`<section class="meds" aria-labelledby="meds-title">
      <div class="toolbar">
        <div role="heading" aria-level="2" class="h" id="meds-title">${title}</div>
        <button type="button" class="fse-button" aria-pressed=${table ? 'true' : 'false'} @click=${() => (this.layout = table ? 'chart' : 'table')}>
          ${this.l.t('view.table')}
        </button>
        <button type="button" class="fse-button" @click=${() => window.print()}>${this.l.t('print')}</button>
      </div>
      ${view.restriction ? html`<p class="state" part="state" role="status">${this.l.t(`restriction.${view.restriction}`)}</p>` : nothing}
      ${!meds.length
        ? html`<p class="empty">${this.l.t('empty')}</p>`
        : table
          ? this.renderTable(meds)
          : html`${meds.some((m) => m.estimated) ? html`<p class="note">${this.l.t('estimate.note')}</p>` : nothing}
              ${this.renderLegend()}
              <div class="lists" role="group" aria-label=${this.l.t('list.label')} @keydown=${this.onKey}>
                ${current.length
                  ? html`<div role="heading" aria-level="3" class="h3" id="h-current">${this.l.t('current')}</div>
                      <ul class="list" part="list" aria-labelledby="h-current">${current.map((m) => this.renderRow(m, meds))}</ul>`
                  : nothing}
                ${past.length
                  ? html`<div role="heading" aria-level="3" class="h3" id="h-past">${this.l.t('past')}</div>
                      <ul class="list" part="list" aria-labelledby="h-past">${past.map((m) => this.renderRow(m, meds))}</ul>`
                  : nothing}
              </div>`}
      ${this.renderPrint(current)} ${this.renderIssues(view)}
    </section>`;
  }

  private renderLegend(): TemplateResult {
    return html`<ul class="legend" aria-hidden="true">
      <li><span class="swatch stated"></span>${this.l.t('legend.stated')}</li>
      <li><span class="swatch estimate"></span>${this.l.t('legend.estimate')}</li>
      <li><span class="swatch gap"></span>${this.l.t('legend.gap')}</li>
    </ul>`;
  }

  private name(m: Medicine): string {
    return `${m.substance}${m.strength ? ` ${m.strength}` : ''}`;
  }

  private critical(m: Medicine): TemplateResult | typeof nothing {
    if (!m.critical) return nothing;
    const key = this.effectiveWording === 'citizen' ? `critical.${m.critical}.citizen` : `critical.${m.critical}`;
    return html`<span class="critical" part="critical">${criticalIcon()}<strong>${this.l.t(key)}</strong></span>`;
  }

  private renderRow(m: Medicine, all: readonly Medicine[]): TemplateResult {
    const activeKey = this.active ?? all[0]?.key;
    const selected = this.selected === m.key;
    const parts = ['row', m.current ? 'row-current' : '', m.critical ? 'row-critical' : '', selected ? 'row-selected' : ''].filter(Boolean).join(' ');
    return html`<li class="row ${selected ? 'selected' : ''} ${m.critical ? 'is-critical' : ''}" part=${parts} data-key=${m.key}>
      <button type="button" class="name" part="name" tabindex=${m.key === activeKey ? 0 : -1} aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.select(m)}>
        ${this.critical(m)}
        <strong>${this.name(m)}</strong>
        ${m.brands.length ? html`<span class="brand">${m.brands.join(' · ')}</span>` : nothing}
        ${m.dosage ? html`<span class="detail">${m.dosage}</span>` : nothing}
      </button>
      ${this.renderBar(m, all)}
      <details class="details" part="details">
        <summary>${this.l.t('details.show', { name: this.name(m) })}</summary>
        ${this.renderDetails(m)}
      </details>
    </li>`;
  }

  private domain(all: readonly Medicine[]): [number, number] {
    let lo = Infinity;
    let hi = this.nowMs + 30 * DAY;
    for (const m of all) {
      for (const p of m.periods) {
        if (p.start < lo) lo = p.start;
        if (p.end > hi) hi = p.end;
      }
      for (const rx of m.prescriptions) if (rx.date.start < lo) lo = rx.date.start;
    }
    if (!Number.isFinite(lo)) lo = hi - 365 * DAY;
    return [lo, hi];
  }

  private barText(m: Medicine): string {
    const parts = m.periods.map((p) => this.l.span(p.start, p.end));
    const words = [this.l.t('bar.label') + ': ' + (parts.join(', ') || '—')];
    words.push(m.estimated ? this.l.t('bar.estimate') : this.l.t('bar.stated'));
    if (m.gaps.length) words.push(this.l.t('bar.gaps', { count: m.gaps.length }));
    return words.join('; ');
  }

  private renderBar(m: Medicine, all: readonly Medicine[]): TemplateResult {
    const [lo, hi] = this.domain(all);
    // Epoch ms on a linear scale: scaleTime maps the same, but would bring d3-time-format (3.5 KB gz) for ticks never drawn.
    const x = linearScale([lo, hi], [0, 1000], { clamp: true });
    const now = x(this.nowMs);
    return html`<svg class="bar" part="bar" viewBox="0 0 1000 20" preserveAspectRatio="none" role="img" aria-label=${this.barText(m)}>
      <rect class="track" x="0" y="9" width="1000" height="2"></rect>
      ${m.gaps.map((g) => svg`<rect class="gap" x=${x(g.start)} y="4" width=${Math.max(1, x(g.end) - x(g.start))} height="12"></rect>`)}
      ${m.periods.map(
        (p) => svg`<rect class=${p.basis === 'stated' ? 'period stated' : 'period estimate'} x=${x(p.start)} y="3" width=${Math.max(2, x(p.end) - x(p.start))} height="14"></rect>`,
      )}
      ${m.prescriptions.filter((p) => p.state === 'to-collect').map((p) => svg`<rect class="waiting" x=${x(p.date.start)} y="1" width="3" height="18"></rect>`)}
      <line class="today" x1=${now} x2=${now} y1="0" y2="20"></line>
    </svg>`;
  }

  private rxState(rx: PrescriptionLine): string {
    switch (rx.state) {
      case 'to-collect':
        return this.l.t('rx.to-collect', { date: this.l.instant(rx.validUntil - DAY, false, 'long') });
      case 'dispensed': {
        const d = rx.dispensation!;
        const date = this.l.date({ ...d.date, precision: d.date.precision === 'year' || d.date.precision === 'month' ? d.date.precision : 'day' });
        return d.where ? this.l.t('rx.dispensedAt', { date, where: d.where }) : this.l.t('rx.dispensed', { date });
      }
      case 'expired':
        return this.l.t('rx.expired', { date: this.l.instant(rx.validUntil - DAY, false, 'long') });
      default:
        return this.l.t(`rx.${rx.state}`);
    }
  }

  private renderDetails(m: Medicine): TemplateResult {
    const counts = (['prescription', 'dispensation', 'statement', 'administration'] as const).filter((k) => m.counts[k] > 0).map((k) => this.l.t(`count.${k}`, { count: m.counts[k] }));
    return html`<p class="detail">${this.l.t('counts')}: ${counts.join(', ')}</p>
      ${m.carePathIds.map((id) => this.paths.get(id)).filter((p): p is CarePath => !!p).map((p) => html`<p class="detail">${this.l.t('carepath', { title: p.title })}</p>`)}
      ${m.prescriptions.length
        ? html`<div role="heading" aria-level="4" class="h4">${this.l.t('rx.title')}</div>
            <ul class="rx">
              ${m.prescriptions.map(
                (rx) => html`<li part="prescription" class="rx-${rx.state}">
                  <span>${rx.nre ? this.l.t('rx.nre', { nre: rx.nre }) : nothing} — ${this.l.date({ ...rx.date, precision: 'day' })}</span>
                  <strong class="rx-state">${this.rxState(rx)}</strong>
                  ${rx.documentId ? html`<button type="button" class="link" @click=${() => this.open(rx.documentId!, rx.eventIds, m.key)}>${this.l.t('rx.open')}</button>` : nothing}
                  ${rx.dispensation?.documentId
                    ? html`<button type="button" class="link" @click=${() => this.open(rx.dispensation!.documentId!, rx.eventIds, m.key)}>${this.l.t('rx.openDispensation')}</button>`
                    : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}`;
  }

  private renderTable(meds: readonly Medicine[]): TemplateResult {
    return html`<table class="table" part="table">
      <caption class="visually-hidden">${this.l.t(`title.${this.effectiveWording}`)}</caption>
      <thead>
        <tr>
          <th scope="col">${this.l.t('col.medicine')}</th>
          <th scope="col">${this.l.t('col.critical')}</th>
          <th scope="col">${this.l.t('col.dosage')}</th>
          <th scope="col">${this.l.t('col.period')}</th>
          <th scope="col">${this.l.t('col.prescriptions')}</th>
        </tr>
      </thead>
      <tbody>
        ${meds.map(
          (m) => html`<tr part="table-row" data-key=${m.key} class=${this.selected === m.key ? 'selected' : ''}>
            <th scope="row">
              <button type="button" class="link" aria-pressed=${this.selected === m.key ? 'true' : 'false'} @click=${() => this.select(m)}>${this.name(m)}</button>
              ${m.brands.length ? html`<span class="brand">${m.brands.join(' · ')}</span>` : nothing}
            </th>
            <td>${m.critical ? this.critical(m) : ''}</td>
            <td>${m.dosage ?? ''}</td>
            <td>${this.barText(m)}</td>
            <td>${m.prescriptions.map((rx) => html`<div>${rx.nre ?? ''} ${this.rxState(rx)}</div>`)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderPrint(current: readonly Medicine[]): TemplateResult {
    return html`<div class="print" part="print">
      <div class="h">${this.l.t('print.title', { date: this.l.instant(this.nowMs, false, 'long') })}</div>
      <p>${this.data?.patient.name ?? ''}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${this.l.t('col.medicine')}</th>
            <th scope="col">${this.l.t('col.dosage')}</th>
            <th scope="col">${this.l.t('col.critical')}</th>
          </tr>
        </thead>
        <tbody>
          ${current.map(
            (m) => html`<tr>
              <td><strong>${this.name(m)}</strong>${m.brands[0] ? html`<br />${m.brands[0]}` : nothing}</td>
              <td>${m.dosage ?? ''}</td>
              <td>${m.critical ? this.l.t(`critical.${m.critical}`) : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private select(m: Medicine): void {
    const next = this.selected === m.key ? null : m.key;
    this.active = m.key;
    if (this.emit(new FseSelectEvent(next ? m.eventIds : [], 'medications', next))) this.selected = next ?? undefined;
  }

  private open(documentId: string, eventIds: readonly string[], key: string): void {
    if (this.emit(new FseSelectEvent(eventIds, 'medications', key))) this.selected = key;
    this.emit(new FseOpenEvent(documentId, 'medications'));
  }

  private onKey = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0] as HTMLElement;
    if (!target.classList?.contains('name')) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.name')];
    const at = buttons.indexOf(target as HTMLButtonElement);
    const to = rovingIndex(e.key, at, buttons.length);
    if (to === undefined || at < 0) return;
    e.preventDefault();
    const next = buttons[to]!;
    this.active = next.closest('li')?.dataset.key;
    moveTabStop(buttons, next);
  };
}
