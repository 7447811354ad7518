/**
 * The timeline's keyboard grid: a controller that owns the active cell (a lane's name or
 * one of its events) and the keys. One tab stop (lanes are rows): ←/→ previous/next event of the
 * lane (the view pans to it), ↑/↓ the nearest event in view of the lane above/below, Home/End
 * first/last event of the lane, PageUp/PageDown move the period by its width, + / − zoom around
 * the focused event, 0 shows everything, Enter/Space select (on a lane name: collapse or expand),
 * Esc closes the tooltip then clears the selection; ← on the first event reaches the lane name.
 * Nothing out of view is ever focused: the view pans to it, or the stop moves to what is in view.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { categoryIcon } from '../internal/icons.js';
import type { LocalizeController } from '../internal/localize.js';
import { styleProps } from '../internal/style-props.js';
import { lowerBound, visibleRange, type Lane, type TimelineIndex, type TimelineItem } from './index.js';
import { itemLabel, laneName } from './text.js';
import type { Range, TimelineZoom } from './zoom.js';

/** The active cell: a lane, and the event in it (none: the lane's name). */
export type Active = { lane: number; id?: string; item?: TimelineItem };

/** What the grid needs of the element. */
export interface GridContext {
  index(): TimelineIndex | undefined;
  range(): Range | undefined;
  collapsed(): ReadonlySet<string>;
  /** Shows the whole record ("Tutto"). */
  fit(): void;
  /** Draws a frame now (after a move, so the cursor is placed before focus). */
  redraw(): void;
  /** Shows the tooltip of `item` at `anchor`. */
  showTip(item: TimelineItem, anchor: HTMLElement): void;
  hideTip(): void;
  tipOpen(): boolean;
  /** Id of the selected event. */
  selected(): string | undefined;
  highlighted(id: string): boolean;
  /** What tells apart documents that share a title, for the focusable event's label (none yet in the first frame). */
  details(): ReadonlyMap<string, string>;
  laneHeight(lane: Lane): number;
  l(): LocalizeController;
  select(item: TimelineItem | undefined): void;
  toggleLane(key: string, li: number): void;
  /** Tells screen readers what is in view (debounced). */
  announce(): void;
  /** Focus is inside the element. */
  focusWithin(): boolean;
}

export class TimelineGrid {
  private current?: Active;

  constructor(
    private readonly el: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly zoom: TimelineZoom,
    private readonly host: GridContext,
  ) {}

  get active(): Active | undefined {
    return this.current;
  }

  set active(a: Active | undefined) {
    this.current = a;
    this.el.requestUpdate();
  }

  /** After a re-index: keep the active event if it is still there. */
  reindexed(idx: TimelineIndex): void {
    if (!this.current) return;
    const it = this.current.id ? idx.byId.get(this.current.id) : undefined;
    this.active = it ? { lane: it.lane, id: it.id } : undefined;
  }

  activeItem(): TimelineItem | undefined {
    const id = this.current?.id;
    return id ? this.host.index()?.byId.get(id) : undefined;
  }

  /** Items of a lane in the visible range, as [i0, i1). */
  visibleIn(lane: Lane): [number, number] {
    const r = this.host.range();
    if (!r) return [0, 0];
    return visibleRange(lane, r.from, r.to);
  }

  /** The item of lane `li` nearest to `t` among the visible ones (or undefined). */
  nearestVisible(li: number, t: number): TimelineItem | undefined {
    const lane = this.host.index()?.lanes[li];
    if (!lane || this.host.collapsed().has(lane.key)) return undefined;
    const [i0, i1] = this.visibleIn(lane);
    if (i1 <= i0) return undefined;
    let i = lowerBound(lane.anchors, t, i0, i1);
    if (i >= i1) i = i1 - 1;
    if (i > i0 && Math.abs(lane.anchors[i - 1] - t) <= Math.abs(lane.anchors[i] - t)) i--;
    return lane.items[i];
  }

  /** The roving tab stop: the active item, else the first visible item, else the first lane's name. */
  rovingTarget(): Active | undefined {
    const idx = this.host.index();
    if (!idx?.lanes.length) return undefined;
    if (this.current) return this.current;
    const collapsed = this.host.collapsed();
    for (let li = 0; li < idx.lanes.length; li++) {
      const lane = idx.lanes[li];
      if (collapsed.has(lane.key)) continue;
      const [i0, i1] = this.visibleIn(lane);
      if (i1 > i0) return { lane: li, id: lane.items[i0].id, item: lane.items[i0] };
    }
    return { lane: 0 };
  }

  /** Focuses the active cell (after the next render), with its tooltip. */
  async focusActive(): Promise<void> {
    await this.el.updateComplete;
    const target = this.current?.id
      ? this.el.renderRoot.querySelector<HTMLElement>('.cursor')
      : this.el.renderRoot.querySelector<HTMLElement>(`.row[data-lane="${this.current?.lane ?? 0}"] .lane-head button`);
    target?.focus({ preventScroll: true });
    const it = this.activeItem();
    if (it && target) this.host.showTip(it, target);
  }

  /** Makes `item` active, panning to it if it is out of view, and focuses it; without one, the name of `laneIfNone`. */
  moveTo(item: TimelineItem | undefined, laneIfNone?: number): void {
    if (!item) {
      if (laneIfNone !== undefined) {
        this.active = { lane: laneIfNone };
        this.host.hideTip();
        void this.focusActive();
      }
      return;
    }
    this.active = { lane: item.lane, id: item.id };
    this.ensureVisible(item);
    void this.focusActive();
  }

  private ensureVisible(item: TimelineItem): void {
    const r = this.host.range();
    if (!r) return;
    const margin = (r.to - r.from) * 0.04;
    if (item.anchor < r.from + margin || item.anchor > r.to - margin) {
      this.zoom.panBy(item.anchor - (r.from + r.to) / 2);
      this.host.redraw();
    }
  }

  /** Focus came in on the cursor: never on something out of view, and with its tooltip. */
  focusedCursor(cursor: HTMLElement): void {
    if (!this.current) this.active = this.rovingTarget();
    const it = this.activeItem();
    const r = this.host.range();
    if (it && r && (it.anchor < r.from || it.anchor >= r.to)) {
      // Never focus something out of view: go to the nearest event in view of the lane.
      this.moveTo(this.nearestVisible(it.lane, it.anchor), it.lane);
      return;
    }
    if (it) this.host.showTip(it, cursor);
  }

  /**
   * After the range changed under the pointer: the roving tab stop must not be on an event out of
   * view. Without focus inside, the stop returns to the first event in view; with focus inside, it
   * moves to the nearest event in view of the same lane (or its name).
   */
  keepActiveInView(): void {
    const it = this.activeItem();
    const r = this.host.range();
    if (!it || !r || (it.anchor >= r.from && it.anchor < r.to)) return;
    if (!this.host.focusWithin()) {
      this.active = undefined;
      return;
    }
    this.moveTo(this.nearestVisible(it.lane, it.anchor), it.lane);
  }

  readonly onKey = (e: KeyboardEvent): void => {
    const idx = this.host.index();
    if (!idx?.lanes.length) return;
    const act = this.rovingTarget()!;
    const li = act.lane;
    const lane = idx.lanes[li];
    const item = act.id ? idx.byId.get(act.id) : undefined;
    const r = this.host.range()!;
    const collapsed = this.host.collapsed().has(lane.key);
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
        if (!item) this.moveTo(this.nearestVisible(li, r.from) ?? this.firstFrom(lane, r.from));
        else if (item.index + 1 < lane.items.length) this.moveTo(lane.items[item.index + 1]);
        break;
      case 'ArrowLeft':
        if (item && item.index > 0) this.moveTo(lane.items[item.index - 1]);
        else if (item) this.moveTo(undefined, li);
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        const next = li + (e.key === 'ArrowDown' ? 1 : -1);
        if (next < 0 || next >= idx.lanes.length) break;
        const t = item ? item.anchor : (r.from + r.to) / 2;
        this.moveTo(item ? this.nearestVisible(next, t) : undefined, next);
        break;
      }
      case 'Home':
        if (!collapsed && lane.items.length) this.moveTo(lane.items[0]);
        break;
      case 'End':
        if (!collapsed && lane.items.length) this.moveTo(lane.items[lane.items.length - 1]);
        break;
      case 'PageUp':
      case 'PageDown': {
        const span = r.to - r.from;
        this.zoom.panBy(e.key === 'PageDown' ? span : -span);
        this.host.redraw();
        const nr = this.host.range()!;
        const keep = item && item.anchor >= nr.from && item.anchor < nr.to ? item : this.nearestVisible(li, item?.anchor ?? nr.from);
        this.moveTo(keep, li);
        this.host.announce();
        break;
      }
      case '+':
      case '=':
      case 'Add':
        this.zoom.zoomBy(2, item?.anchor);
        this.afterKeyZoom(item, li);
        break;
      case '-':
      case '_':
      case 'Subtract':
        this.zoom.zoomBy(0.5, item?.anchor);
        this.afterKeyZoom(item, li);
        break;
      case '0':
        this.host.fit();
        this.afterKeyZoom(item, li);
        break;
      case 'Enter':
      case ' ':
        if (item) this.host.select(item);
        else this.host.toggleLane(lane.key, li);
        break;
      case 'Escape':
        // The first Esc closes the tooltip, the next clears the selection.
        if (this.host.tipOpen()) this.host.hideTip();
        else if (this.host.selected()) this.host.select(undefined);
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  private firstFrom(lane: Lane, t: number): TimelineItem | undefined {
    if (this.host.collapsed().has(lane.key) || !lane.items.length) return undefined;
    const i = Math.min(lowerBound(lane.anchors, t), lane.items.length - 1);
    return lane.items[i];
  }

  private afterKeyZoom(item: TimelineItem | undefined, li: number): void {
    this.host.redraw();
    if (item) this.moveTo(item);
    else {
      const r = this.host.range()!;
      this.moveTo(this.nearestVisible(li, (r.from + r.to) / 2), li);
    }
    this.host.announce();
  }

  /** A lane as a row of the grid: its name (a button that collapses it) and the cursor on the active event. */
  renderRow(lane: Lane, li: number, target: Active | undefined): TemplateResult {
    const { host } = this;
    const l = host.l();
    const collapsed = host.collapsed().has(lane.key);
    const name = laneName(l, lane);
    const [i0, i1] = this.visibleIn(lane);
    const visible = i1 - i0;
    const isTarget = target?.lane === li;
    const item = isTarget && target.id ? (target.item ?? host.index()!.byId.get(target.id)) : undefined;
    const headTab = isTarget && !item ? 0 : -1;
    return html`<div
      class="row ${collapsed ? 'collapsed' : ''}"
      part=${collapsed ? 'lane lane-collapsed' : 'lane'}
      role="row"
      aria-rowindex=${li + 1}
      data-lane=${li}
    >
      <div class="lane-head" role="rowheader" aria-colindex="1">
        <button
          part="lane-header"
          tabindex=${headTab}
          aria-expanded=${collapsed ? 'false' : 'true'}
          title=${l.t(collapsed ? 'lane.expand' : 'lane.collapse', { lane: name })}
          @click=${() => host.toggleLane(lane.key, li)}
        >
          <svg class="chev" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><path d="M1 3l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6"></path></svg>
          <span ${styleProps({ color: `var(--_fse-color-cat-${lane.category})` })}>${categoryIcon(lane.category, 14)}</span>
          <span class="label">${name}</span>
          ${this.host.range()
            ? html`<span class="count" aria-label=${l.t('events', { count: visible })}>${l.number(visible)}</span>`
            : nothing}
        </button>
      </div>
      ${item && !collapsed
        ? html`<div
            class="cells"
            role="gridcell"
            aria-colindex="2"
          >
            <div
              class="cursor ${host.focusWithin() ? 'focused' : ''}"
              part="cursor"
              tabindex="0"
              role="button"
              aria-label=${itemLabel(l, host.index()!, item, host.highlighted(item.id), host.details())}
              aria-pressed=${host.selected() === item.id ? 'true' : 'false'}
              ${styleProps({ left: `${this.zoom.xOf(item.anchor).toFixed(1)}px` })}
              @click=${() => host.select(item)}
            ></div>
          </div>`
        : html`<div class="cells" role="gridcell" aria-colindex="2">
            <span class="visually-hidden">${l.t('lane.cell', { lane: name, count: visible })}</span>
          </div>`}
    </div>`;
  }
}
