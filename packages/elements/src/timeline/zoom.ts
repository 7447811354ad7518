/**
 * The timeline's zoom: a reactive controller around d3-zoom that maps time to the plot's x, from a
 * century to an hour. It owns the record's pannable extent, the transform, the plot's width and the
 * resize observation; wheel, pinch, drag and double click come from d3-zoom's own listeners, the
 * buttons, presets and keys call `zoomTo` / `zoomBy` / `panBy`. Every move calls `onZoom` (draw a
 * frame); 250 ms after the last one the range has settled and `onSettle` is called (the element
 * re-renders its DOM layer and fires `fse-range-change`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoneOffset } from '@percorso/model';
import { fromWall } from './axis.js';
import { lowerBound, visibleRange, type TimelineIndex } from './index.js';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const YEAR = 365.2425 * DAY;

/** The range presets, message key and span: "Oggi", "1 settimana", "1 mese", "1 anno", "5 anni" (and "Tutto", which fits). */
export const PRESETS = [
  ['preset.today', DAY],
  ['preset.week', 7 * DAY],
  ['preset.month', 31 * DAY],
  ['preset.year', YEAR],
  ['preset.5y', 5 * YEAR],
] as const;
/** How long the range must stay still before it counts as settled (ms). */
export const SETTLE_MS = 250;

export interface Range {
  from: number;
  to: number;
}

export interface ZoomCallbacks {
  /** The transform changed (draw a frame). */
  onZoom(): void;
  /** The range has not moved for {@link SETTLE_MS}. */
  onSettle(): void;
  /** The plot changed width (the range is kept). */
  onResize(): void;
}

export class TimelineZoom implements ReactiveController {
  /** The range one can pan over (epoch ms). */
  extent: [number, number] = [0, 1];
  /** Width of the plot in CSS px (0 before the first layout). */
  width = 0;
  /** The plot zoom listens on, once attached. */
  plot?: HTMLElement;
  private transform: ZoomTransform = zoomIdentity;
  private behavior?: ZoomBehavior<HTMLElement, unknown>;
  private sel?: Selection<HTMLElement, unknown, null, undefined>;
  private resizeObserver?: ResizeObserver;
  private settleTimer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly on: ZoomCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.settleTimer);
    this.detach();
  }

  /**
   * The pannable range: birth (or the first event) to today (or the last event), with a margin of
   * 2 %, at least a month.
   */
  setExtent(first: number | undefined, last: number | undefined, now: number, birth: number | undefined): void {
    let lo = Math.min(first ?? now, birth ?? Infinity);
    let hi = Math.max(last ?? now, now);
    if (!Number.isFinite(lo)) lo = now - YEAR;
    if (hi - lo < 30 * DAY) {
      lo -= 15 * DAY;
      hi += 15 * DAY;
    }
    const pad = (hi - lo) * 0.02;
    this.extent = [lo - pad, hi + pad];
  }

  /** Listens on `plot` (once per plot element). Returns true when it was a new plot. */
  attach(plot: HTMLElement): boolean {
    if (plot === this.plot) return false;
    this.detach();
    this.plot = plot;
    this.resizeObserver = new ResizeObserver(() => this.resized());
    this.resizeObserver.observe(plot);
    this.sel = select(plot);
    this.behavior = d3zoom<HTMLElement, unknown>().on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      this.transform = e.transform;
      this.on.onZoom();
      this.settleSoon();
    });
    this.sel.call(this.behavior).on('dblclick.zoom', (e: MouseEvent) => {
      const [x] = this.pointer(e);
      this.zoomBy(e.shiftKey ? 0.5 : 2, this.timeAt(x));
    });
    this.width = plot.clientWidth;
    this.configure();
    return true;
  }

  detach(): void {
    if (this.sel) this.sel.on('.zoom', null);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.sel = undefined;
    this.behavior = undefined;
    this.plot = undefined;
  }

  /** Sets the zoom limits for the extent and width: from the whole extent to an hour. */
  configure(): void {
    if (!this.behavior) return;
    const w = Math.max(1, this.width);
    const span = this.extent[1] - this.extent[0];
    this.behavior
      .extent([
        [0, 0],
        [w, 1],
      ])
      .translateExtent([
        [0, -Infinity],
        [w, Infinity],
      ])
      .scaleExtent([1, Math.max(1, span / HOUR)]);
  }

  private resized(): void {
    const plot = this.plot;
    if (!plot) return;
    const w = plot.clientWidth;
    if (w === this.width) return;
    const range = this.range();
    this.width = w;
    this.configure();
    if (range && w > 0) this.zoomTo(range.from, range.to);
    this.on.onResize();
    this.settleSoon();
  }

  private settleSoon(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.on.onSettle(), SETTLE_MS);
  }

  /** Base x (untransformed) of an instant. */
  private baseX(t: number): number {
    const [d0, d1] = this.extent;
    return ((t - d0) / (d1 - d0)) * Math.max(1, this.width);
  }

  /** Screen x (px in the plot) of an instant. */
  xOf(t: number): number {
    return this.transform.applyX(this.baseX(t));
  }

  /** Instant at screen x. */
  timeAt(x: number): number {
    const [d0, d1] = this.extent;
    return d0 + (this.transform.invertX(x) / Math.max(1, this.width)) * (d1 - d0);
  }

  /** A pointer event's position in the plot (CSS px). */
  pointer(e: MouseEvent): [number, number] {
    const r = this.plot!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  /** The visible range (end exclusive), or undefined before the first layout. */
  range(): Range | undefined {
    if (!this.width) return undefined;
    return { from: this.timeAt(0), to: this.timeAt(this.width) };
  }

  /** Shows [from, to) (clamped to the extent and to the zoom limits). */
  zoomTo(from: number, to: number): void {
    if (!this.behavior || !this.sel || !(to > from) || !this.width) return;
    const b0 = this.baseX(from);
    const b1 = this.baseX(to);
    const k = this.width / Math.max(1e-9, b1 - b0);
    this.behavior.transform(this.sel, zoomIdentity.scale(k).translate(-b0, 0));
  }

  /** Zooms by `factor` (> 1 zooms in) around an instant (default: the middle of the view). */
  zoomBy(factor: number, at?: number): void {
    if (!this.behavior || !this.sel || !this.width) return;
    this.behavior.scaleBy(this.sel, factor, [at === undefined ? this.width / 2 : this.xOf(at), 0]);
  }

  /** Pans by `ms` (positive moves later in time). */
  panBy(ms: number): void {
    if (!this.behavior || !this.sel || !this.width) return;
    const [d0, d1] = this.extent;
    this.behavior.translateBy(this.sel, -((ms / (d1 - d0)) * this.width), 0);
  }

  /** Shows [lo, hi] with a margin of 2 % each side, at least a month in all. */
  fitSpan(lo: number, hi: number): void {
    const r = this.fitted(lo, hi);
    this.zoomTo(r.from, r.to);
  }

  /**
   * The range {@link fitSpan} shows, known without a width: before the first layout (and on the
   * server, where there is none) the element renders its lane counts and tab stop for it, so the
   * first frame after layout says the same. Kept inside the extent, as d3-zoom's limits keep it.
   */
  fitted(lo: number, hi: number): Range {
    const span = Math.max(hi - lo, 30 * DAY);
    const mid = (lo + hi) / 2;
    return this.inside(mid - (span * 1.04) / 2, mid + (span * 1.04) / 2);
  }

  /** [from, to) moved inside the extent (and cut to it), as d3-zoom's limits keep the view. */
  private inside(from: number, to: number): Range {
    const [e0, e1] = this.extent;
    const w = Math.min(to - from, e1 - e0);
    const f = Math.min(Math.max(from, e0), e1 - w);
    return { from: f, to: f + w };
  }

  /**
   * A preset: the last `ms` of time up to {@link presetEnd}; a day or less is today, from midnight
   * to midnight in `timeZone`.
   */
  preset(idx: TimelineIndex, now: number, ms: number, timeZone: string): void {
    if (ms > DAY) return this.showUntil(presetEnd(idx, now, ms), ms);
    // today's wall-clock date, from its local midnight to the next (23 or 25 hours on a DST day)
    const day = Math.floor((now + zoneOffset(now, timeZone)) / DAY) * DAY;
    this.zoomTo(fromWall(day, timeZone), fromWall(day + DAY, timeZone));
  }

  /**
   * The opening view: the recent years where the record is dense — the shortest of 1, 2, 5, 10 and
   * 20 years up to {@link presetEnd} that holds half of the marks — rather than a whole lifetime
   * squeezed against today. False (nothing shown) when no such window is shorter than the record.
   */
  showRecent(idx: TimelineIndex, now: number): boolean {
    const r = this.recent(idx, now);
    if (r) this.zoomTo(r.from, r.to);
    return !!r;
  }

  /**
   * The range {@link showRecent} shows, known without a width (as {@link fitted}): before the first
   * layout and on the server the element renders its counts for it. Undefined when no recent
   * window is shorter than the record.
   */
  recent(idx: TimelineIndex, now: number): Range | undefined {
    for (const years of [1, 2, 5, 10, 20]) {
      const end = presetEnd(idx, now, years * YEAR);
      const from = end - years * YEAR;
      if (from <= idx.min) return undefined;
      let n = 0;
      for (const lane of idx.lanes) {
        const [i0, i1] = visibleRange(lane, from, Infinity);
        n += i1 - i0;
      }
      if (n * 2 >= idx.count) return this.inside(from, end + years * YEAR * 0.03);
    }
    return undefined;
  }

  /**
   * Shows the `ms` of time before `end`, and a margin of 3 % after it, so that what happened at
   * `end` is not under the edge (nor under the today marker).
   */
  showUntil(end: number, ms: number): void {
    this.zoomTo(end - ms, end + ms * 0.03);
  }
}

/**
 * Where a preset of `ms` ends: today, or the last booking when one is booked soon after today (within
 * a third of the preset, so today stays in view): what is coming is part of "my last year"; nothing
 * else of the future is.
 */
export function presetEnd(idx: TimelineIndex, now: number, ms = Infinity): number {
  let end = now;
  for (const lane of idx.lanes) {
    if (lane.category !== 'bookings' || !lane.items.length) continue;
    const last = lowerBound(lane.anchors, now + ms / 3) - 1;
    if (last >= 0) end = Math.max(end, lane.anchors[last]);
  }
  return end;
}
