/**
 * The timeline's zoom: a reactive controller that maps time to the plot's x, from a century to an
 * hour, and the gestures that move it. It owns the record's pannable extent, the transform, the
 * plot's width and the resize observation; the wheel (ctrl or a trackpad's pinch: faster), a drag
 * with any pointer (mouse, pen, a finger: pointer events with capture), a pinch of two fingers and
 * a double click (shift: out) move the view here; the buttons, presets and keys call `zoomTo` /
 * `zoomBy` / `panBy`. Every move calls `onZoom` (draw a frame); 250 ms after the last one the range
 * has settled and `onSettle` is called (the element re-renders its DOM layer and fires
 * `fse-range-change`).
 *
 * Hand-written rather than d3-zoom (the house rule prefers a kept library): issue 12 budgets the
 * timeline at 45 kB gzip, and d3-zoom's closure (selection, transition, interpolate, color, drag,
 * dispatch, timer, ease) was 18 kB gzip of its 73.7, a quarter of the element, for a 1-D zoom that
 * is this file's few dozen lines. The gestures keep d3-zoom's arithmetic (its wheel delta, scale
 * extent, and the translate-extent constraint of `defaultConstrain`), so the view moves as before.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { zoneOffset } from '@percorso/model';
import { fromWall } from './axis.js';
import { lowerBound, visibleRange, type TimelineIndex } from './index.js';

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

/** Screen x = base x × k + x, where base x spans the extent over the plot's width (d3-zoom's ZoomTransform, in one dimension). */
interface Transform {
  k: number;
  x: number;
}

/** The pointers down on the plot and what they hold: the base x under them (their midpoint) and, for two, the scale and distance they started at. */
interface Grip {
  at: Map<number, [number, number]>;
  base: number;
  k: number;
  d: number;
  /** A pointer moved more than a few px since the first went down: the click that follows is no click. */
  moved: boolean;
  down: [number, number];
}

export class TimelineZoom implements ReactiveController {
  /** The range one can pan over (epoch ms). */
  extent: [number, number] = [0, 1];
  /** Width of the plot in CSS px (0 before the first layout). */
  width = 0;
  /** The plot zoom listens on, once attached. */
  plot?: HTMLElement;
  private t: Transform = { k: 1, x: 0 };
  /** The scale limit: the whole extent (1) to an hour. */
  private kMax = 1;
  private listening?: AbortController;
  private grip?: Grip;
  /** A wheel gesture: the screen x it zooms around, the base x held there, and its idle timer. */
  private wheeling?: { x: number; base: number; timer: ReturnType<typeof setTimeout> };
  private noClick = false;
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
    this.listening = new AbortController();
    const signal = this.listening.signal;
    plot.addEventListener('wheel', this.onWheel, { passive: false, signal });
    plot.addEventListener('pointerdown', this.onDown, { signal });
    plot.addEventListener('pointermove', this.onDrag, { signal });
    plot.addEventListener('pointerup', this.onUp, { signal });
    plot.addEventListener('pointercancel', this.onUp, { signal });
    // Before the element's own click listener (on the plot too): the click that ends a drag selects nothing.
    plot.addEventListener('click', this.onClick, { capture: true, signal });
    plot.addEventListener('dblclick', this.onDoubleClick, { signal });
    this.width = plot.clientWidth;
    this.configure();
    return true;
  }

  detach(): void {
    this.listening?.abort();
    this.listening = undefined;
    if (this.wheeling) clearTimeout(this.wheeling.timer);
    this.wheeling = this.grip = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.plot = undefined;
  }

  /** Sets the zoom limits for the extent and width: from the whole extent to an hour. */
  configure(): void {
    if (!this.plot) return;
    this.kMax = Math.max(1, (this.extent[1] - this.extent[0]) / HOUR);
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

  /** The view moved (or was asked to: every call draws and restarts the settle timer, as d3-zoom's zoom event did). */
  private set(t: Transform): void {
    this.t = t;
    this.on.onZoom();
    this.settleSoon();
  }

  /**
   * The transform at scale `k` (held to the limits) that puts base x `base` at screen x `at`, moved
   * back inside the extent: d3-zoom's `constrain(translate(scale(t, k), p0, p1))`, with its
   * `defaultConstrain` for an extent and translate extent of [0, width] (centred when the view is
   * wider than the extent, else pushed back from the edge it crosses).
   */
  private place(k: number, at: number, base: number): Transform {
    k = Math.max(1, Math.min(this.kMax, k));
    const w = Math.max(1, this.width);
    const x = at - base * k;
    const dx0 = -x / k;
    const dx1 = (w - x) / k - w;
    return { k, x: x + k * (dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1)) };
  }

  /** Base x under screen x. */
  private invert(x: number): number {
    return (x - this.t.x) / this.t.k;
  }

  /** Base x (untransformed) of an instant. */
  private baseX(t: number): number {
    const [d0, d1] = this.extent;
    return ((t - d0) / (d1 - d0)) * Math.max(1, this.width);
  }

  /** Screen x (px in the plot) of an instant. */
  xOf(t: number): number {
    return this.baseX(t) * this.t.k + this.t.x;
  }

  /** Instant at screen x. */
  timeAt(x: number): number {
    const [d0, d1] = this.extent;
    return d0 + (this.invert(x) / Math.max(1, this.width)) * (d1 - d0);
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

  /** Shows [from, to) (the next gesture brings it back inside the extent and the zoom limits). */
  zoomTo(from: number, to: number): void {
    if (!this.plot || !(to > from) || !this.width) return;
    const b0 = this.baseX(from);
    const k = this.width / Math.max(1e-9, this.baseX(to) - b0);
    this.set({ k, x: -b0 * k });
  }

  /** Zooms by `factor` (> 1 zooms in) around an instant (default: the middle of the view). */
  zoomBy(factor: number, at?: number): void {
    if (!this.plot || !this.width) return;
    const x = at === undefined ? this.width / 2 : this.xOf(at);
    this.set(this.place(this.t.k * factor, x, this.invert(x)));
  }

  /** Pans by `ms` (positive moves later in time). */
  panBy(ms: number): void {
    if (!this.plot || !this.width) return;
    this.set(this.place(this.t.k, 0, this.invert(0) + this.baseX(this.extent[0] + ms)));
  }

  // ───────────── gestures ─────────────

  /**
   * The wheel zooms around the pointer: each notch of 100 px by 2^0.2, ten times more with ctrl (a
   * trackpad's pinch comes as a wheel with ctrl), d3-zoom's `defaultWheelDelta`. The time under the
   * pointer stays under it for the whole gesture (until 150 ms without a wheel event). At a zoom
   * limit, and not in a gesture, the wheel is left to the page, which scrolls.
   */
  private readonly onWheel = (e: WheelEvent): void => {
    const [x] = this.pointer(e);
    const k = Math.max(1, Math.min(this.kMax, this.t.k * 2 ** (-e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1))));
    const w = this.wheeling;
    if (w) {
      clearTimeout(w.timer);
      if (w.x !== x) Object.assign(w, { x, base: this.invert(x) });
    } else if (k === this.t.k) return;
    e.preventDefault();
    const held = w ?? { x, base: this.invert(x) };
    this.wheeling = { ...held, timer: setTimeout(() => (this.wheeling = undefined), 150) };
    this.set(this.place(k, held.x, held.base));
  };

  /** Where the pointers are now hold the view: the base x under them (their midpoint), and the scale and spread of two. */
  private regrip(g: Grip): void {
    const [a, b] = g.at.values();
    g.base = this.invert(b ? (a[0] + b[0]) / 2 : a[0]);
    g.k = this.t.k;
    g.d = b ? Math.hypot(b[0] - a[0], b[1] - a[1]) || 1 : 0;
  }

  /** A pointer goes down (the primary button, without ctrl, as d3-zoom's filter): the plot captures it, so a drag can leave the plot. */
  private readonly onDown = (e: PointerEvent): void => {
    if (e.button || e.ctrlKey) return;
    try {
      this.plot!.setPointerCapture(e.pointerId);
    } catch {
      // a pointer the browser does not know as active (a synthetic event): it is followed without capture
    }
    const g = (this.grip ??= { at: new Map(), base: 0, k: 1, d: 0, moved: false, down: [e.clientX, e.clientY] });
    g.at.set(e.pointerId, this.pointer(e));
    this.regrip(g);
  };

  /** One pointer pans (the time under it stays under it); two zoom by how far apart they move, around their midpoint. */
  private readonly onDrag = (e: PointerEvent): void => {
    const g = this.grip;
    if (!g?.at.has(e.pointerId)) return;
    e.preventDefault();
    g.at.set(e.pointerId, this.pointer(e));
    g.moved ||= Math.hypot(e.clientX - g.down[0], e.clientY - g.down[1]) > 3;
    const [a, b] = g.at.values();
    if (b) this.set(this.place((g.k * Math.hypot(b[0] - a[0], b[1] - a[1])) / g.d, (a[0] + b[0]) / 2, g.base));
    else this.set(this.place(this.t.k, a[0], g.base));
  };

  private readonly onUp = (e: PointerEvent): void => {
    const g = this.grip;
    if (!g?.at.delete(e.pointerId)) return;
    if (g.at.size) return this.regrip(g);
    this.grip = undefined;
    if (!g.moved) return;
    // The click that a drag ends with comes in this task, if it comes: swallowed, and only that one.
    this.noClick = true;
    setTimeout(() => (this.noClick = false));
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (!this.noClick) return;
    this.noClick = false;
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  /** A double click (a double tap, where the browser makes one of it) zooms in by 2 around it, out with shift. */
  private readonly onDoubleClick = (e: MouseEvent): void => {
    this.zoomBy(e.shiftKey ? 0.5 : 2, this.timeAt(this.pointer(e)[0]));
  };

  /** Shows [lo, hi] with a margin of 2 % each side, at least a month in all. */
  fitSpan(lo: number, hi: number): void {
    const r = this.fitted(lo, hi);
    this.zoomTo(r.from, r.to);
  }

  /**
   * The range {@link fitSpan} shows, known without a width: before the first layout (and on the
   * server, where there is none) the element renders its lane counts and tab stop for it, so the
   * first frame after layout says the same. Kept inside the extent, as the gestures keep it.
   */
  fitted(lo: number, hi: number): Range {
    const span = Math.max(hi - lo, 30 * DAY);
    const mid = (lo + hi) / 2;
    return this.inside(mid - (span * 1.04) / 2, mid + (span * 1.04) / 2);
  }

  /** [from, to) moved inside the extent (and cut to it), as the gestures keep the view. */
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
