/**
 * The timeline's table: the events in the visible range, sorted by date (either way), undated
 * events last. Virtualised: only the rows near the scroll position exist (spacer rows keep the
 * scroll height), all of them (up to 5 000) when printing. The sorted list is cached until the
 * range settles again, the order changes or the index is rebuilt, so hover, focus and scrolling do
 * not re-sort a large table.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { categoryIcon } from '../internal/icons.js';
import type { LocalizeController } from '../internal/localize.js';
import { styleProps } from '../internal/style-props.js';
import { isCancelledBooking, visibleRange, type TimelineIndex, type TimelineItem } from './index.js';
import { eventsAndPathsOf, laneName, titleOf, whenOf } from './text.js';
import type { Range } from './zoom.js';

/** Height of a row (CSS px). */
export const TABLE_ROW_H = 36;
/** Rows rendered beyond the visible ones, each side. */
export const TABLE_OVERSCAN = 8;
/** Undated events listed under the plot (all of them are in the table). */
const UNDATED_LISTED = 50;
/** Rows printed at most. */
const PRINT_ROWS = 5000;

/** What the table shows: the element's state at the time of rendering. */
export interface TableScene {
  index: TimelineIndex;
  range?: Range;
  /** Bumped each time the range settled. */
  settled: number;
  printing: boolean;
  selected?: string;
  l: LocalizeController;
  /** What tells apart documents that share a title (text.ts `titleDetails`). */
  details: ReadonlyMap<string, string>;
  /** A title was activated (from the table). */
  select(item: TimelineItem): void;
}

/** The events of `idx` whose anchor is in `r` (every one without a range), by date, then lane. */
export function itemsInRange(idx: TimelineIndex, r: Range | undefined, desc: boolean): TimelineItem[] {
  const out: TimelineItem[] = [];
  for (const lane of idx.lanes) {
    const [i0, i1] = r ? visibleRange(lane, r.from, r.to) : [0, lane.items.length];
    for (let i = i0; i < i1; i++) out.push(lane.items[i]);
  }
  out.sort((a, b) => a.anchor - b.anchor || a.lane - b.lane);
  if (desc) out.reverse();
  return out;
}

export class TimelineTable {
  private firstRow = 0;
  /** The table opens newest first (the last report is what one looks for). */
  private descending = true;
  private cache?: { settled: number; desc: boolean; index: TimelineIndex; items: TimelineItem[] };

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Newest first. */
  get desc(): boolean {
    return this.descending;
  }

  set desc(v: boolean) {
    this.descending = v;
    this.host.requestUpdate();
  }

  /** Items in the visible range, sorted, undated ones last; cached until the range settles again. */
  items(s: TableScene): TimelineItem[] {
    const c = this.cache;
    if (c && c.index === s.index && c.settled === s.settled && c.desc === this.descending) return c.items;
    const dated = itemsInRange(s.index, s.range, this.descending);
    // undated events close the table (whatever the order), dated "data non disponibile"
    const items = s.index.undated.length ? [...dated, ...s.index.undated] : dated;
    this.cache = { settled: s.settled, desc: this.descending, index: s.index, items };
    return items;
  }

  render(s: TableScene): TemplateResult {
    const { l, range: r } = s;
    const items = this.items(s);
    const total = items.length;
    const counted = eventsAndPathsOf(items);
    const viewportRows = Math.ceil((22 * 16) / TABLE_ROW_H) + TABLE_OVERSCAN * 2;
    const all = s.printing;
    const first = all ? 0 : Math.max(0, Math.min(this.firstRow - TABLE_OVERSCAN, total - viewportRows));
    const last = all ? Math.min(total, PRINT_ROWS) : Math.min(total, first + viewportRows);
    const rows = items.slice(first, last);
    const caption = l.t('table.caption', { span: r ? l.span(r.from, r.to) : '' });
    const spacer = (n: number) => html`<tr class="spacer" aria-hidden="true"><td colspan="5" ${styleProps({ height: `${n * TABLE_ROW_H}px` })}></td></tr>`;
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${caption} @scroll=${this.onScroll}>
      <table aria-rowcount=${total + 1}>
        <caption>
          ${caption} — ${l.t('events', { count: counted.events, paths: counted.paths })}
        </caption>
        <thead>
          <tr aria-rowindex="1">
            <th scope="col" aria-sort=${this.descending ? 'descending' : 'ascending'}>
              <button @click=${() => (this.desc = !this.descending)}>
                ${l.t('col.date')} <span aria-hidden="true">${this.descending ? '↓' : '↑'}</span>
                <span class="visually-hidden">(${l.t(this.descending ? 'sort.desc' : 'sort.asc')})</span>
              </button>
            </th>
            <th scope="col">${l.t('col.lane')}</th>
            <th scope="col">${l.t('col.title')}</th>
            <th scope="col">${l.t('col.facility')}</th>
            <th scope="col">${l.t('col.author')}</th>
          </tr>
        </thead>
        <tbody>
          ${first > 0 ? spacer(first) : nothing} ${repeat(rows, (it) => it.id, (it, k) => this.renderRow(s, it, first + k + 2))}
          ${last < total ? spacer(total - last) : nothing}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(s: TableScene, it: TimelineItem, rowIndex: number): TemplateResult {
    const { l } = s;
    const e = it.event;
    const sel = s.selected === it.id;
    const icon = html`<span ${styleProps({ color: `var(--_fse-color-cat-${it.category})` })}>${categoryIcon(it.category, 12)}</span>`;
    if (it.lane < 0) {
      // an undated event: no date, not even its place in the record's order
      return html`<tr class="data undated ${sel ? 'selected' : ''}" aria-rowindex=${rowIndex} aria-selected=${sel ? 'true' : 'false'} data-id=${it.id}>
        <td><span class="muted">${l.t('date.unknown')}</span></td>
        <td>${icon}${l.t(`lane.${it.category}`)}</td>
        <td><button class="link" @click=${() => s.select(it)}>${e.title}</button></td>
        <td>${e.facility?.name ?? ''}</td>
        <td>${e.author?.name ?? ''}</td>
      </tr>`;
    }
    return html`<tr class="data ${sel ? 'selected' : ''}" aria-rowindex=${rowIndex} aria-selected=${sel ? 'true' : 'false'} data-id=${it.id}>
      <td>${whenOf(l, it, 'short')}${it.fuzzy ? html` <span class="approx">(${l.t('tip.approx')})</span>` : nothing}</td>
      <td>${icon}${laneName(l, s.index.lanes[it.lane])}</td>
      <td>
        <button class="link" @click=${() => s.select(it)}>${titleOf(it, s.details)}</button>${isCancelledBooking(e)
          ? html` <strong class="cancelled">(${l.t('cancelled')})</strong>`
          : nothing}${it.voices && !s.details.has(it.id) ? html` <span>(${l.t('tip.inner', { count: it.voices })})</span>` : nothing}
      </td>
      <td>${e.facility?.name ?? ''}</td>
      <td>${e.author?.name ?? ''}</td>
    </tr>`;
  }

  private readonly onScroll = (e: Event): void => {
    const el = e.currentTarget as HTMLElement;
    const caption = 40;
    const first = Math.max(0, Math.floor((el.scrollTop - caption - TABLE_ROW_H) / TABLE_ROW_H));
    if (Math.abs(first - this.firstRow) >= 2) {
      this.firstRow = first;
      this.host.requestUpdate();
    }
  };
}

/**
 * Events the source gives no date for: listed under the plot, apart, with their count — never
 * placed on the axis or counted in a bin, since any place there would be a made-up date.
 */
export function undatedList(
l: LocalizeController,
idx: TimelineIndex,
selected: string | undefined,
select: (item: TimelineItem) => void,
): TemplateResult | typeof nothing {
  const list = idx.undated;
  if (!list.length) return nothing;
  const shown = list.slice(0, UNDATED_LISTED);
  return html`<section class="undated" part="undated" aria-labelledby="undated-title">
    <p class="undated-title" id="undated-title"><strong>${l.t('undated.title', { count: list.length })}</strong> ${l.t('undated.hint')}</p>
    <ul>
      ${shown.map(
        (it) => html`<li>
          <span ${styleProps({ color: `var(--_fse-color-cat-${it.category})` })}>${categoryIcon(it.category, 12)}</span>
          <button class="link" aria-pressed=${selected === it.id ? 'true' : 'false'} @click=${() => select(it)}>${it.event.title}</button>
          <span class="muted">${l.t(`lane.${it.category}`)} · ${l.t('date.unknown')}</span>
        </li>`,
      )}
    </ul>
    ${list.length > shown.length ? html`<p class="muted">${l.t('undated.more', { count: list.length - shown.length })}</p>` : nothing}
  </section>`;
}
