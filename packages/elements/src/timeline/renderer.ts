/**
 * The timeline's canvas renderer: tick lines, bands (date-only spans), bars (periods and their
 * phases), marks and counted bins, the highlight and selection rings, birth and today — on one
 * canvas, device-pixel-ratio aware, only for the visible range — and the DOM axis above it.
 * Colours are read from the theme's tokens through probe elements (a canvas cannot use CSS
 * variables). It keeps what the last frame drew per lane, for hit testing and `drawnMarks`.
 */
import { html, nothing, render } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import { categoryPath2D } from '../internal/icons.js';
import { styleProps } from '../internal/style-props.js';
import { timeTicks } from './axis.js';
import { binLane, visibleSpans, type Bin } from './bins.js';
import { isCancelledBooking, lowerBound, type Lane, type TimelineIndex, type TimelineItem } from './index.js';
import { getFontFamily, newSpriteFrame, roundRect, sprite } from './sprites.js';
import type { TimelineZoom } from './zoom.js';

/** Width of a bin in CSS px: marks closer than this aggregate (a count of up to 4 characters fits). */
export const BIN_PX = 28;
/** Height of a collapsed lane. */
export const COLLAPSED_H = 30;
/**
 * Most spans (bands, bars) drawn per lane and frame. Beyond this many in view they would only be
 * a wash of colour: the bins still count every item.
 */
const SPAN_CAP = 300;

export const COLOR_KEYS = [
  'text',
  'text-muted',
  'border',
  'border-strong',
  'surface',
  'surface-sunken',
  'primary',
  'on-primary',
  'selection',
  'highlight',
  'today',
  'focus',
  'cat-reports',
  'cat-admissions',
  'cat-visits',
  'cat-medications',
  'cat-vaccinations',
  'cat-bookings',
  'cat-taccuino',
  'cat-carepaths',
  'cat-other',
] as const;
export type ColorKey = (typeof COLOR_KEYS)[number];

/** What is drawn for one lane in the last frame (for hit testing and the accessibility layer). */
export interface LaneFrame {
  top: number;
  height: number;
  bins: Bin[];
  /** The lane was drawn as a density strip (its bins crowd): a bar per bin, as tall as its count. */
  strip: boolean;
  /** The count labels drawn, with the width of their text and of the pill around them (CSS px). */
  labels: { text: string; width: number; shape: number }[];
}

/** What a frame shows: the element's state at the time of drawing. */
export interface Scene {
  index: TimelineIndex;
  zoom: TimelineZoom;
  collapsed: ReadonlySet<string>;
  /** Anchors of the highlighted items, per lane, sorted. */
  highlightedAnchors: readonly Float64Array[];
  selected?: TimelineItem;
  now: number;
  birth?: number;
  l: LocalizeController;
  /** The element (for the font family). */
  host: HTMLElement;
}

/** A mark or bin drawn in the last frame: its lane, count, instant and ids, and whether its lane was a strip. */
export interface DrawnMark {
  lane: string;
  count: number;
  t: number;
  ids: string[];
  strip: boolean;
}

/** The count labels of the last frame (text and pill widths, CSS px) and the lanes drawn as density strips, by lane key. */
export interface DrawnLabels {
  lanes: readonly string[];
  labels: readonly { lane: string; text: string; width: number; shape: number }[];
  strips: readonly string[];
}

/** A hit on the plot: the lane, the bin under the pointer and where it is drawn. */
export interface Hit {
  lane: number;
  bin: Bin;
  x: number;
  y: number;
}

function nextUp(x: number): number {
  return x + Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE) * 2;
}

export class TimelineRenderer {
  /** What the last frame drew, per lane. */
  frames: LaneFrame[] = [];
  /** Height of an expanded lane (`--fse-timeline-lane-height`, at least 28 px). */
  expandedH = 44;
  private colors = new Map<ColorKey, string>();

  get hasColors(): boolean {
    return this.colors.size > 0;
  }

  /** Reads the theme's colours from the probes (`.probe[data-k]`) and the lane height from `.lane-probe`. */
  readColors(root: ParentNode): void {
    const probes = root.querySelectorAll<HTMLElement>('.probe');
    if (!probes.length) return;
    for (const p of probes) this.colors.set(p.dataset.k as ColorKey, getComputedStyle(p).color);
    // The height CSS gives an expanded lane (styles.ts, `--_tl-lane-h`), resolved to pixels by the
    // lane probe, so the canvas draws the lanes where the rows are (any length unit works).
    const probe = root.querySelector<HTMLElement>('.lane-probe');
    const h = probe ? probe.getBoundingClientRect().height : NaN;
    this.expandedH = Number.isFinite(h) && h >= 28 ? h : 44;
  }

  color(k: ColorKey): string {
    return this.colors.get(k) ?? '#000';
  }

  laneHeight(lane: Lane, collapsed: ReadonlySet<string>): number {
    return collapsed.has(lane.key) ? COLLAPSED_H : this.expandedH;
  }

  /** Draws a frame of `scene` on `canvas` and its axis in `axis`. */
  draw(canvas: HTMLCanvasElement, axis: HTMLElement | null, scene: Scene): void {
    const { index: idx, zoom } = scene;
    newSpriteFrame();
    const w = zoom.width;
    const dpr = window.devicePixelRatio || 1;
    const lanes = idx.lanes;
    let total = 0;
    for (const lane of lanes) total += this.laneHeight(lane, scene.collapsed);
    const h = Math.max(1, total);
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
      canvas.style.width = `${w}px`;
      canvas.style.height = `${h}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);

    const t0 = zoom.timeAt(0);
    const t1 = zoom.timeAt(w);
    const msPerPx = (t1 - t0) / w;

    // Tick lines behind the marks.
    const ticks = timeTicks(t0, t1, w, scene.l.lang, scene.l.timeZone);
    ctx.lineWidth = 1;
    for (const tk of ticks) {
      const x = Math.round(zoom.xOf(tk.t)) + 0.5;
      ctx.strokeStyle = tk.major ? this.color('border-strong') : this.color('border');
      ctx.globalAlpha = tk.major ? 0.5 : 0.35;
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x, h);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;

    // Birth and today, behind the marks: the today line never hides a mark.
    for (const [t, key] of [
      [scene.now, 'today'],
      [scene.birth, 'text-muted'],
    ] as const) {
      if (t === undefined || t < t0 || t > t1) continue;
      const x = Math.round(zoom.xOf(t)) + 0.5;
      ctx.strokeStyle = this.color(key);
      ctx.lineWidth = 2;
      ctx.setLineDash(key === 'today' ? [] : [4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x, h);
      ctx.stroke();
      ctx.setLineDash([]);
    }

    const frames: LaneFrame[] = [];
    let top = 0;
    for (let li = 0; li < lanes.length; li++) {
      const lane = lanes[li];
      const lh = this.laneHeight(lane, scene.collapsed);
      const frame: LaneFrame = { top, height: lh, bins: [], strip: false, labels: [] };
      frames.push(frame);
      if (!scene.collapsed.has(lane.key)) this.drawLane(ctx, scene, lane, li, frame, t0, t1, msPerPx);
      top += lh;
    }
    this.frames = frames;

    if (axis) this.drawAxis(axis, ticks, scene, t0, t1);
  }

  private drawLane(
    ctx: CanvasRenderingContext2D,
    scene: Scene,
    lane: Lane,
    li: number,
    frame: LaneFrame,
    t0: number,
    t1: number,
    msPerPx: number,
  ): void {
    const { zoom } = scene;
    const cy = frame.top + frame.height / 2;
    const catColor = this.color(`cat-${lane.category}` as ColorKey);
    // Bands (date-only spans) and bars (periods), at least 3 px wide.
    visibleSpans(lane, t0, t1, 3 * msPerPx, SPAN_CAP, (it) => {
      const x0 = Math.max(-2, zoom.xOf(it.start));
      const x1 = Math.min(zoom.width + 2, zoom.xOf(it.end));
      const c = this.color(`cat-${it.category}` as ColorKey);
      if (it.period) {
        // One bar 14 px high, or up to three thinner sub-rows when periods of the lane overlap.
        const bh = lane.rows > 1 ? 9 : 14;
        const by = lane.rows > 1 ? cy - (lane.rows * 11) / 2 + it.row * 11 + 1 : cy - 7;
        ctx.globalAlpha = 0.35;
        ctx.fillStyle = c;
        ctx.fillRect(x0, by, x1 - x0, bh);
        ctx.globalAlpha = 1;
        ctx.strokeStyle = c;
        ctx.lineWidth = 1.5;
        ctx.strokeRect(x0 + 0.75, by + 0.75, Math.max(0, x1 - x0 - 1.5), bh - 1.5);
        // The phases of a stay or an ER visit (encounters inside the document): a divider where each begins.
        if (it.inner.length && x1 - x0 > 24) {
          ctx.fillStyle = c;
          for (const ph of it.inner) {
            if (ph.kind !== 'encounter' || ph.date.start <= it.start) continue;
            const px = zoom.xOf(ph.date.start);
            if (px > x0 + 2 && px < x1 - 2) ctx.fillRect(Math.round(px) - 1, by, 2, bh);
          }
        }
      } else {
        // A date known only to the year or month: a faint band over the span it means.
        ctx.globalAlpha = 0.16;
        ctx.fillStyle = c;
        ctx.fillRect(x0, frame.top + 3, x1 - x0, frame.height - 6);
        ctx.globalAlpha = 0.7;
        ctx.fillRect(x0, frame.top + 3, 1, frame.height - 6);
        ctx.fillRect(x1 - 1, frame.top + 3, 1, frame.height - 6);
        ctx.globalAlpha = 1;
      }
    });

    const bins = frame.bins;
    const dpr = window.devicePixelRatio || 1;
    binLane(lane, li, t0, t1, BIN_PX * msPerPx, bins);
    const hl = scene.highlightedAnchors[li];
    const selected = scene.selected;
    const surface = this.color('surface');
    // Where counted bins crowd (a quarter of the lane's width in bins, and at least three), numbered pills would
    // be a wall of numbers: the lane becomes a density strip, a bar per bin as tall as its count
    // (the square root, so one stands out next to a thousand), readable without colour.
    let counted = 0;
    let most = 1;
    for (const b of bins) {
      const c = b.i1 - b.i0;
      if (c > 1) counted++;
      if (c > most) most = c;
    }
    frame.strip = counted >= Math.max(3, (zoom.width / BIN_PX) * 0.25);
    const font = `600 10.5px ${getFontFamily(scene.host)}`;
    const bar = (x: number, count: number): void => {
      const bh = Math.max(4, (frame.height - 10) * Math.sqrt(count / most));
      ctx.fillStyle = catColor;
      ctx.fillRect(x - BIN_PX / 2 + 2, cy - bh / 2, BIN_PX - 4, bh);
    };
    for (const b of bins) {
      // Marks are blitted from sprites drawn once per colour, label and pixel ratio: text and
      // paths cost far more than copying pixels, and a frame can hold hundreds of marks.
      const x = Math.round(zoom.xOf(b.t) * dpr) / dpr;
      const count = b.i1 - b.i0;
      const first = lane.items[b.i0];
      const isHl = hl && hl.length ? lowerBound(hl, lane.anchors[b.i0]) < lowerBound(hl, nextUp(lane.anchors[b.i1 - 1])) : false;
      const isSel = selected && selected.lane === li && selected.index >= b.i0 && selected.index < b.i1;
      if (isHl || isSel) {
        ctx.beginPath();
        ctx.arc(x, cy, count > 1 ? 13 : 11, 0, Math.PI * 2);
        ctx.fillStyle = isSel ? this.color('selection') : this.color('highlight');
        ctx.fill();
        ctx.beginPath();
        ctx.arc(x, cy, count > 1 ? 10.5 : 8.5, 0, Math.PI * 2);
        ctx.fillStyle = surface;
        ctx.fill();
      }
      if (frame.strip) {
        bar(x, count);
        continue;
      }
      if (count === 1) {
        const fill = this.color(`cat-${first.category}` as ColorKey);
        const cancelled = isCancelledBooking(first.event);
        const paint = (c: CanvasRenderingContext2D, x0: number, y0: number): void => {
          c.save();
          c.translate(x0, y0);
          c.scale(0.8, 0.8);
          const path = categoryPath2D(first.category);
          if (cancelled) {
            // A cancelled booking: its shape hollow and struck through, so that it reads as cancelled
            // without colour (greyscale, forced colours), as its tooltip, name and table row say.
            c.fillStyle = surface;
            c.strokeStyle = fill;
            c.lineWidth = 1.8;
            c.fill(path);
            c.stroke(path);
            c.beginPath();
            c.moveTo(-7.5, 7.5);
            c.lineTo(7.5, -7.5);
            c.lineWidth = 2;
            c.stroke();
          } else {
            c.fillStyle = fill;
            c.strokeStyle = surface;
            c.lineWidth = 2;
            c.stroke(path);
            c.fill(path, 'evenodd');
          }
          c.restore();
        };
        const sp = sprite(`s|${first.category}|${cancelled ? 'cancelled' : ''}|${fill}|${surface}`, 16, 16, dpr, (c) => paint(c, 8, 8));
        if (sp) ctx.drawImage(sp, x - 8, cy - 8, 16, 16);
        else paint(ctx, x, cy);
      } else {
        const label = count > 999 ? scene.l.number(count, { notation: 'compact', maximumFractionDigits: count > 9999 ? 0 : 1 }) : String(count);
        const tw = this.textWidth(ctx, label, font);
        const rw = Math.max(18, Math.ceil(tw) + 8);
        // A count that would not fit its pill inside the bin is a bar instead: no number spills out.
        if (rw > BIN_PX - 2) {
          bar(x, count);
          continue;
        }
        frame.labels.push({ text: label, width: tw, shape: rw });
        const paint = (c: CanvasRenderingContext2D, x0: number, y0: number): void => {
          c.fillStyle = catColor;
          roundRect(c, x0, y0, rw, 18, 9);
          c.fill();
          c.font = font;
          c.textAlign = 'center';
          c.textBaseline = 'middle';
          c.fillStyle = surface;
          c.fillText(label, x0 + rw / 2, y0 + 9.5);
        };
        const sp = sprite(`p|${catColor}|${surface}|${label}|${rw}|${font}`, rw, 18, dpr, (c) => paint(c, 0, 0));
        if (sp) ctx.drawImage(sp, x - rw / 2, cy - 9, rw, 18);
        else paint(ctx, x - rw / 2, cy - 9);
      }
    }
  }

  private widths = new Map<string, number>();

  /** Width of a count label in the pill's font (measured once per label and font). */
  private textWidth(ctx: CanvasRenderingContext2D, label: string, font: string): number {
    const k = `${font}|${label}`;
    let w = this.widths.get(k);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(label).width;
      if (this.widths.size > 2000) this.widths.clear();
      this.widths.set(k, w);
    }
    return w;
  }

  /** The axis: tick labels, and the today and birth markers, as DOM (so they are text). */
  private drawAxis(axis: HTMLElement, ticks: ReturnType<typeof timeTicks>, scene: Scene, t0: number, t1: number): void {
    const { zoom, now, birth, l } = scene;
    const marker = (t: number, cls: string, label: string) =>
      html`<div class="marker ${cls} ${zoom.xOf(t) > zoom.width - 60 ? 'end' : ''}" ${styleProps({ transform: `translateX(${zoom.xOf(t).toFixed(1)}px)` })}><span>${label}</span></div>`;
    const tpl = html`${ticks.map(
        (tk) => html`<div class="tick ${tk.major ? 'major' : ''}" ${styleProps({ transform: `translateX(${zoom.xOf(tk.t).toFixed(1)}px)` })}>
          <span>${tk.label}</span>
        </div>`,
      )}${now >= t0 && now <= t1 ? marker(now, 'today', l.t('today')) : nothing}${birth !== undefined && birth >= t0 && birth <= t1
        ? marker(birth, 'birth', l.t('birth'))
        : nothing}`;
    render(tpl, axis);
  }

  /** The bin drawn nearest to (x, y) in the last frame, within half a bin. */
  hitTest(x: number, y: number, zoom: TimelineZoom): Hit | undefined {
    const li = this.frames.findIndex((f) => y >= f.top && y < f.top + f.height);
    if (li < 0) return undefined;
    let best: Bin | undefined;
    let bestD = BIN_PX / 2 + 2;
    for (const b of this.frames[li].bins) {
      const d = Math.abs(zoom.xOf(b.t) - x);
      if (d < bestD) {
        best = b;
        bestD = d;
      }
    }
    return best ? { lane: li, bin: best, x: zoom.xOf(best.t), y: this.frames[li].top + this.frames[li].height / 2 } : undefined;
  }

  /** The count labels of the last frame and the lanes drawn as strips (for tests and tools). */
  drawnLabels(idx: TimelineIndex | undefined): DrawnLabels {
    const lanes = idx?.lanes ?? [];
    const frames = this.frames.slice(0, lanes.length);
    return {
      lanes: lanes.map((l) => l.key),
      labels: frames.flatMap((f, li) => f.labels.map((x) => ({ lane: lanes[li].key, ...x }))),
      strips: frames.flatMap((f, li) => (f.strip ? [lanes[li].key] : [])),
    };
  }

  /** The marks drawn in the last frame: `{ lane, count, t, ids }` for each mark or bin. */
  drawnMarks(idx: TimelineIndex): DrawnMark[] {
    const out: DrawnMark[] = [];
    this.frames.forEach((f, li) => {
      const lane = idx.lanes[li];
      for (const b of f.bins) out.push({ lane: lane.key, count: b.i1 - b.i0, t: b.t, ids: lane.items.slice(b.i0, b.i1).map((i) => i.id), strip: f.strip });
    });
    return out;
  }
}
