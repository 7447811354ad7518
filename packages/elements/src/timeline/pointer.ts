/**
 * The pointer on the timeline's plot: hovering a mark or a bin shows its tooltip (the canvas has
 * no DOM to hover, so the tooltip is anchored to the hit's place), clicking a mark selects it and
 * clicking a bin zooms into the span of its marks so they split. Wheel, drag, pinch and double click are
 * the zoom's (zoom.ts).
 */
import type { LocalizeController } from '../internal/localize.js';
import type { TooltipController } from '../internal/tooltip.js';
import type { Bin } from './bins.js';
import type { TimelineIndex, TimelineItem } from './index.js';
import type { Hit, TimelineRenderer } from './renderer.js';
import { tipFor, tipForBin } from './text.js';
import { HOUR, type TimelineZoom } from './zoom.js';

/** What the pointer needs of the element. */
export interface PointerContext {
  index(): TimelineIndex | undefined;
  details(): ReadonlyMap<string, string>;
  l(): LocalizeController;
  tooltip: TooltipController;
  /** Focus is inside the element (its tooltip then stays). */
  focusWithin(): boolean;
  /** A mark of lane `lane` was clicked. */
  open(item: TimelineItem, lane: number): void;
  /** The range moved (tell screen readers, debounced). */
  announce(): void;
}

export class PlotPointer {
  private hover?: { lane: number; bin: Bin };

  constructor(
    private readonly zoom: TimelineZoom,
    private readonly renderer: TimelineRenderer,
    private readonly host: PointerContext,
  ) {}

  /** The marks moved or changed: the next move shows a tooltip again. */
  forget(): void {
    this.hover = undefined;
  }

  private hitTest(e: MouseEvent): Hit | undefined {
    if (!this.zoom.plot) return undefined;
    const [x, y] = this.zoom.pointer(e);
    return this.renderer.hitTest(x, y, this.zoom);
  }

  readonly onMove = (e: PointerEvent): void => {
    if (e.buttons) return;
    const plot = this.zoom.plot;
    const idx = this.host.index();
    if (!plot || !idx) return;
    const hit = this.hitTest(e);
    const tooltip = this.host.tooltip;
    if (!hit) {
      if (this.hover) {
        this.hover = undefined;
        if (!this.host.focusWithin()) tooltip.hideSoon();
      }
      plot.style.cursor = '';
      return;
    }
    plot.style.cursor = 'pointer';
    if (this.hover && this.hover.lane === hit.lane && this.hover.bin.i0 === hit.bin.i0 && this.hover.bin.i1 === hit.bin.i1) return;
    this.hover = { lane: hit.lane, bin: hit.bin };
    const r = plot.getBoundingClientRect();
    const cx = r.left + hit.x;
    const cy = r.top + hit.y;
    const anchor = {
      getBoundingClientRect: () => ({ x: cx - 10, y: cy - 10, left: cx - 10, top: cy - 10, right: cx + 10, bottom: cy + 10, width: 20, height: 20 }),
    };
    const lane = idx.lanes[hit.lane];
    const l = this.host.l();
    const count = hit.bin.i1 - hit.bin.i0;
    void tooltip.show(anchor, count === 1 ? tipFor(l, idx, lane.items[hit.bin.i0], this.host.details()) : tipForBin(l, lane, hit.bin));
  };

  readonly onLeave = (): void => {
    this.hover = undefined;
    if (!this.host.focusWithin()) this.host.tooltip.hideSoon();
  };

  readonly onClick = (e: MouseEvent): void => {
    const idx = this.host.index();
    const hit = idx && this.hitTest(e);
    if (!idx || !hit) return;
    const lane = idx.lanes[hit.lane];
    const count = hit.bin.i1 - hit.bin.i0;
    if (count === 1) {
      this.host.open(lane.items[hit.bin.i0], hit.lane);
    } else {
      // A bin: zoom to the span of its marks, so they split.
      const a = lane.anchors[hit.bin.i0];
      const b = lane.anchors[hit.bin.i1 - 1];
      const pad = Math.max((b - a) * 0.15, HOUR);
      this.zoom.zoomTo(a - pad, b + pad);
      this.host.announce();
    }
  };
}
