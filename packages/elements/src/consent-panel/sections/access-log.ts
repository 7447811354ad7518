/**
 * The access log: who read the record, with which role, for which facility, when, which document
 * and why; emergency accesses flagged; filters by period, role and emergency; the CSV export. The
 * log is a focusable scroll region that renders only the rows in view (a reactive controller of
 * the panel: it measures a row after each update and stops its frame on disconnect).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AccessLogEntry, ClinicalEvent, FseView, RoleCode } from '@percorso/model';
import { download, filterLog, PERIODS, rolesIn, toCsv, type LogFilter, type PeriodFilter } from '../derive.js';
import { sirenIcon } from '../icons.js';
import { button, sectionTitle, today, type PanelContext } from './context.js';

const OVERSCAN = 8;

/** Spacer classes, each as tall as so many rows (styles.ts): largest first. */
const GAP_UNITS = [
  [10000, 'gap gap--10000'],
  [1000, 'gap gap--1000'],
  [100, 'gap gap--100'],
  [10, 'gap gap--10'],
  [1, 'gap'],
] as const;

/**
 * `count` rows' worth of empty space, as at most nine spacers per decimal digit of `count`: the rows
 * out of view keep their place through CSS alone (no height set through the CSSOM), so a
 * server-rendered log is as tall as the hydrated one and scrolling moves no row but those it shows.
 */
function gaps(count: number): TemplateResult[] {
  const out: TemplateResult[] = [];
  let left = Math.max(0, count);
  for (const [unit, cls] of GAP_UNITS) {
    for (; left >= unit; left -= unit) out.push(html`<div class=${cls} aria-hidden="true"></div>`);
  }
  return out;
}

interface LogMemo {
  log: readonly AccessLogEntry[];
  filter: LogFilter;
  now: number;
  rows: AccessLogEntry[];
  roles: RoleCode[];
  emergencies: number;
}

export class AccessLogSection implements ReactiveController {
  private filter: LogFilter = { period: '365d', role: '', emergencyOnly: false };
  private start = 0;
  /** A row's height in pixels (the CSS's 3.75rem at 16 px until measured). */
  private rowHeight = 60;
  /** Rendered in this browser at least once (see viewport). */
  private rendered = false;
  private scrollRaf = 0;
  /** The filtered log, kept while the log, the filter and "now" stay the same (scrolling re-renders often). */
  private memo?: LogMemo;

  constructor(private readonly ctx: PanelContext) {}

  /** What the section's rendering depends on besides the view. */
  get deps(): unknown[] {
    return [this.filter, this.start, this.rowHeight];
  }

  /** A new patient: the log starts from the top. */
  viewChanged(newPatient: boolean): void {
    if (newPatient) this.start = 0;
  }

  hostUpdated(): void {
    this.rendered = true;
    const row = this.ctx.root?.querySelector<HTMLElement>('.log-body .log-row');
    if (!row) return;
    const h = row.offsetHeight;
    if (h > 0 && Math.abs(h - this.rowHeight) > 0.5) {
      this.rowHeight = h;
      this.ctx.requestUpdate();
    }
  }

  hostDisconnected(): void {
    if (this.scrollRaf) cancelAnimationFrame(this.scrollRaf);
    this.scrollRaf = 0;
  }

  filtered(log: readonly AccessLogEntry[]): LogMemo {
    const now = this.ctx.now;
    const m = this.memo;
    if (m && m.log === log && m.filter === this.filter && m.now === now) return m;
    const sameLog = m && m.log === log;
    this.memo = {
      log,
      filter: this.filter,
      now,
      rows: filterLog(log, this.filter, now),
      roles: sameLog ? m.roles : rolesIn(log),
      emergencies: sameLog ? m.emergencies : log.filter((e) => e.emergency).length,
    };
    return this.memo;
  }

  /**
   * The rows' viewport, measured once this section has rendered here. Before (the first render, on
   * a server or hydrating what a server sent) the height the server assumed, so both render the
   * same rows and hydration matches.
   */
  private get viewport(): number {
    return (this.rendered && this.ctx.root?.querySelector<HTMLElement>('.log-scroll')?.clientHeight) || 448;
  }

  render(view: FseView): TemplateResult {
    const l = this.ctx.l;
    const log = view.accessLog ?? [];
    const { rows, roles, emergencies } = this.filtered(log);
    const visibleCount = Math.ceil(this.viewport / this.rowHeight) + OVERSCAN * 2;
    const start = Math.max(0, Math.min(this.start, Math.max(0, rows.length - visibleCount)));
    const end = Math.min(rows.length, start + visibleCount);
    const slice = rows.slice(start, end);
    const f = this.filter;
    return html`<section class="section" part="section section-log" data-section="log" aria-labelledby="h-log">
      ${sectionTitle(this.ctx, 'log', 'log.title')}
      <p class="intro">${l.t('log.intro')}</p>
      ${emergencies
        ? html`<div class="notice notice--danger" part="emergency-summary">
            ${sirenIcon()}
            <p><strong>${l.t('log.emergencies', { count: emergencies })}</strong> ${l.t('log.emergencies.why')}</p>
          </div>`
        : nothing}
      ${log.length
        ? html`<fieldset class="log-filters" part="log-filters">
              <legend>${l.t('log.filter')}</legend>
              <div class="field">
                <label for="log-period">${l.t('log.period')}</label>
                <select id="log-period" @change=${(e: Event) => this.setFilter({ period: (e.target as HTMLSelectElement).value as PeriodFilter })}>
                  ${PERIODS.map((p) => html`<option value=${p} ?selected=${f.period === p}>${l.t(`log.period.${p}`)}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="log-role">${l.t('log.role')}</label>
                <select id="log-role" @change=${(e: Event) => this.setFilter({ role: (e.target as HTMLSelectElement).value as RoleCode | '' })}>
                  <option value="" ?selected=${!f.role}>${l.t('log.role.all')}</option>
                  ${roles.map((r) => html`<option value=${r} ?selected=${f.role === r}>${l.t(`role.${r}`)}</option>`)}
                </select>
              </div>
              <div class="field field--check">
                <input
                  id="log-emergency"
                  type="checkbox"
                  .checked=${f.emergencyOnly}
                  @change=${(e: Event) => this.setFilter({ emergencyOnly: (e.target as HTMLInputElement).checked })}
                />
                <label for="log-emergency">${l.t('log.emergencyOnly')}</label>
              </div>
              <div class="field field--button">${button(l.t('log.export'), () => this.export(rows), { describedBy: 'log-count' })}</div>
            </fieldset>
            <p class="count" id="log-count" role="status">${l.t('log.count', { shown: rows.length, total: log.length })}</p>
            ${rows.length
              ? html`<div class="log-scroll" part="log" role="region" tabindex="0" aria-label=${l.t('log.regionLabel')} @scroll=${this.onScroll}>
                  <div role="table" class="log-table" aria-label=${l.t('log.tableLabel')} aria-rowcount=${rows.length + 1}>
                    <div role="rowgroup" class="log-head">
                      <div role="row" class="log-row log-row--head" aria-rowindex="1">
                        ${['when', 'who', 'org', 'doc', 'purpose'].map((c) => html`<div role="columnheader" class="c c-${c}">${l.t(`log.col.${c}`)}</div>`)}
                      </div>
                    </div>
                    <div role="rowgroup" class="log-body">
                      ${gaps(start)}${repeat(slice, (e) => e.id, (e, i) => this.renderRow(e, start + i))}${gaps(rows.length - end)}
                    </div>
                  </div>
                </div>`
              : html`<p class="empty">${l.t('log.noneInFilter')}</p>`}`
        : html`<p class="empty">${l.t('log.empty')}</p>`}
    </section>`;
  }

  private renderRow(e: AccessLogEntry, index: number): TemplateResult {
    const l = this.ctx.l;
    const role = e.actor.role ?? 'OTHER';
    const docs = e.documentIds.map((id) => this.ctx.event(id)).filter((d): d is ClinicalEvent => !!d);
    const docText = docs.length
      ? docs.length > 1
        ? l.t('log.docs.more', { title: docs[0].title, count: docs.length - 1 })
        : docs[0].title
      : e.documentIds.length
        ? l.t('log.docs.unavailable')
        : l.t(`log.action.${e.action}`);
    const org = e.actor.organization?.name ?? '';
    const parts = ['log-row', e.emergency ? 'log-row-emergency' : ''].filter(Boolean).join(' ');
    return html`<div
      role="row"
      class="log-row ${e.emergency ? 'is-emergency' : ''} ${e.outcome === 'failure' ? 'is-failure' : ''}"
      part=${parts}
      aria-rowindex=${index + 2}
    >
      <div role="cell" class="c c-when">${l.date(e.at, 'short')}</div>
      <div role="cell" class="c c-who">
        <span class="who-name">${e.actor.name ?? l.t('log.unknownActor')}</span>
        <span class="muted">${l.t(`role.${role}`)}${e.actor.roleText ? ` (${e.actor.roleText})` : ''}</span>
      </div>
      <div role="cell" class="c c-org">${org}</div>
      <div role="cell" class="c c-doc">${docText}${e.outcome === 'failure' ? html` <span class="muted">(${l.t('log.denied')})</span>` : nothing}</div>
      <div role="cell" class="c c-purpose">
        ${e.emergency
          ? html`<span class="emergency" part="emergency">${sirenIcon()}<strong>${l.t('log.emergency')}</strong></span>`
          : e.purpose
            ? l.t(`purposeOfUse.${e.purpose}`)
            : ''}
      </div>
    </div>`;
  }

  private onScroll = (e: Event): void => {
    const el = e.currentTarget as HTMLElement;
    if (this.scrollRaf) return;
    this.scrollRaf = requestAnimationFrame(() => {
      this.scrollRaf = 0;
      const first = Math.floor(el.scrollTop / this.rowHeight);
      const start = Math.max(0, first - OVERSCAN);
      if (start !== this.start) {
        this.start = start;
        this.ctx.requestUpdate();
      }
    });
  };

  private setFilter(patch: Partial<LogFilter>): void {
    this.filter = { ...this.filter, ...patch };
    this.start = 0;
    this.ctx.requestUpdate();
    const scroller = this.ctx.root?.querySelector<HTMLElement>('.log-scroll');
    if (scroller) scroller.scrollTop = 0;
  }

  /** The access log (filtered, unless rows are given) as CSV rows (header first), in the panel's language. */
  csv(rows?: readonly AccessLogEntry[]): string {
    const l = this.ctx.l;
    const view = this.ctx.view;
    const entries = rows ?? (view ? this.filtered(view.accessLog ?? []).rows : []);
    const head = ['when', 'who', 'role', 'org', 'doc', 'purpose', 'emergency', 'outcome'].map((k) => l.t(`csv.${k}`));
    const body = entries.map((e) => [
      l.date(e.at, 'short'),
      e.actor.name ?? '',
      l.t(`role.${e.actor.role ?? 'OTHER'}`),
      e.actor.organization?.name ?? '',
      e.documentIds.map((id) => this.ctx.event(id)?.title ?? id).join(' | '),
      e.purpose ? l.t(`purposeOfUse.${e.purpose}`) : '',
      l.t(e.emergency ? 'csv.yes' : 'csv.no'),
      l.t(`csv.outcome.${e.outcome}`),
    ]);
    return toCsv([head, ...body]);
  }

  private export(rows: readonly AccessLogEntry[]): void {
    download(`${this.ctx.l.t('csv.filename')}-${today(this.ctx)}.csv`, this.csv(rows));
    this.ctx.announce(this.ctx.l.t('log.exported', { count: rows.length }));
  }
}
