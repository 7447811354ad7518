import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { select, type Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { bodyRegionsOf, zoneOffset, type ClinicalEvent, type FseView, type FuzzyDate } from '@percorso/model';
import { FseElement } from '../internal/base-element.js';
import type { RecordState } from '../internal/record.js';
import { categoryIcon, categoryPath2D } from '../internal/icons.js';
import { styleProps } from '../internal/style-props.js';
import { TooltipController, tooltipTemplate } from '../internal/tooltip.js';
import { timeTicks } from './axis.js';
import { dateTimeFormat } from '../internal/format.js';
import { binLane, visibleSpans, type Bin } from './bins.js';
import { FseEventSelectEvent, FseRangeChangeEvent } from './events.js';
import { FseOpenEvent } from '../document/events.js';
import { buildIndex, lowerBound, visibleRange, type GroupBy, type Lane, type TimelineFilter, type TimelineIndex, type TimelineItem } from './index.js';
import { messages } from './messages.js';
import { timelineStyles } from './styles.js';

export type { GroupBy, TimelineFilter } from './index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.2425 * DAY;
const COLLAPSED_H = 30;
/** Width of a bin in CSS px: marks closer than this aggregate (a count of up to 4 characters fits). */
const BIN_PX = 28;
/**
 * Most spans (bands, bars) drawn per lane and frame. Beyond this many in view they would only be
 * a wash of colour: the bins still count every item.
 */
const SPAN_CAP = 300;
/** Rows of the table rendered around the scroll position. */
const TABLE_ROW_H = 36;
/** Undated events listed under the plot (all of them are in the table). */
const UNDATED_LISTED = 50;
const TABLE_OVERSCAN = 8;

const COLOR_KEYS = [
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
type ColorKey = (typeof COLOR_KEYS)[number];

type Active = { lane: number; id?: string; item?: TimelineItem };

/** What is drawn for one lane in the last frame (for hit testing and the accessibility layer). */
interface LaneFrame {
  top: number;
  height: number;
  bins: Bin[];
}

/**
 * The patient journey in time: lanes by kind (Referti, Ricoveri e Pronto Soccorso, Visite…),
 * zoom and pan from a century to an hour (wheel, pinch, drag, double click, buttons, presets,
 * keyboard), periods drawn as bars, partial dates as the span they mean, aggregation into
 * counted bins where marks would overlap, tooltips on hover and focus, selection, filters and a
 * table of the events in the visible range that is also the print view.
 *
 * Draws what the `.view` holds and nothing else: an event the viewer may not see is not in the
 * view, so it is in no mark, count, axis extent, tooltip, table row, aria text or event.
 *
 * What is a mark: every document, every event not read from inside a document of the view, and
 * every care path (a bar over its period in "Percorsi di cura", with the path's id). Events read
 * from inside a document (the values of a lab report, the diagnoses of a discharge letter) are
 * reached through their document: its tooltip, its table row, `fse-event-select`'s `innerEvents`,
 * and the filters. A document with a stay inside spans admission → discharge, its phases (the ER
 * visit's encounters) marked on the bar. Where marks would overlap (closer than 28 px) they
 * aggregate into a counted bin; clicking a bin zooms into it.
 *
 * Drawing: marks, bins, bars and bands on one canvas (device-pixel-ratio aware), only for the
 * visible range, from per-lane sorted typed arrays (bisect per pixel bin), so a frame costs the
 * same at 1 000 and 100 000 events; the axis, lane names and the one focusable event are DOM.
 * Zoom has no animated transitions (reduced motion is honoured by construction).
 *
 * Keyboard: one tab stop (a grid: lanes are rows). ←/→ previous/next event of the lane (the view
 * pans to it), ↑/↓ the nearest event of the lane above/below, Home/End first/last event of the
 * lane, PageUp/PageDown move the period by its width, + / − zoom around the focused event, 0 shows
 * everything, Enter/Space select (on a lane name: collapse or expand), Esc closes the tooltip then
 * clears the selection. ← on the first event reaches the lane name.
 *
 * @tagname fse-timeline
 * @summary The patient journey on a zoomable timeline, fast at 100 000 events and usable without a mouse.
 *
 * @fires fse-event-select - {@link FseEventSelectEvent}: an event was selected (click, Enter, Space) or the selection cleared (Esc); carries `eventId`, `event` and `innerEvents`. Cancellable.
 * @fires fse-open - {@link FseOpenEvent}: after selecting a document (on the plot, or its title button in the table), asks to open it; `<fse-journey>` shows it in `<fse-document>`. Cancellable by a host that routes itself.
 * @fires fse-range-change - {@link FseRangeChangeEvent}: the visible range settled after zoom or pan; carries `from`, `to` and `count`.
 * @fires fse-error - The view cannot be shown, or came with error-level issues.
 *
 * @slot empty - Replaces the default empty state ("Nessun evento da mostrare").
 *
 * @csspart summary - The text summary before the chart.
 * @csspart toolbar - Zoom buttons, range presets, the table toggle and the visible range.
 * @csspart chart - The chart frame (axis, lanes, marks).
 * @csspart axis - The time axis with the birth and today markers.
 * @csspart lanes - The lanes (a grid).
 * @csspart lane - One lane (a row). Also `lane-collapsed` on a collapsed lane.
 * @csspart lane-header - The lane's name and count (a button that collapses or expands it).
 * @csspart marks - The canvas with marks, bins, bars and bands.
 * @csspart cursor - The keyboard focus on the active event.
 * @csspart tooltip - The tooltip.
 * @csspart table - The table of the events in the visible range.
 * @csspart empty - The empty state.
 * @csspart state - Loading and error states.
 *
 * @cssprop [--fse-timeline-label-width=clamp(7rem, 28%, 13rem)] - Width of the lane names.
 * @cssprop [--fse-timeline-lane-height=44px] - Height of an expanded lane.
 * @cssprop [--fse-timeline-table-height=22rem] - Height of the table before it scrolls.
 * @cssprop --fse-color-cat-reports - Colour of a category's marks (also `-admissions`, `-visits`, `-medications`, `-vaccinations`, `-bookings`, `-taccuino`, `-carepaths`, `-other`).
 * @cssprop --fse-color-today - The today marker.
 * @cssprop --fse-color-selection - The selected event.
 * @cssprop --fse-color-highlight - Highlighted events.
 * @cssprop --fse-color-focus - The keyboard focus.
 */
export class FseTimeline extends FseElement {
  static override styles = [...FseElement.styles, timelineStyles];
  static override messages = messages;

  /** How lanes are made: `category` (default: the citizen's words), `type` (national document type), `facility`, `carepath`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'category';

  /** Id of the selected event (a mark or an event inside a document): ringed, and its row marked in the table. */
  @property({ reflect: true }) selected?: string;

  /** Ids of highlighted events (for instance the events of a care path chosen elsewhere). */
  @property({ attribute: false }) highlighted: readonly string[] = [];

  /** What to show: kinds or categories, text, body region, care path, date range. */
  @property({ attribute: false }) filter: TimelineFilter | null = null;

  /** Shows the table of the events in the visible range. */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /**
   * Maps an event to body regions for `filter.bodyRegion`. Default: `bodyRegionsOf` from
   * `@percorso/model` (the same rule as `<fse-body-map>`, so a region selected there filters here).
   */
  @property({ attribute: false }) regionsOf?: (e: ClinicalEvent) => readonly { region: string }[];

  /** "Now" (epoch ms) for the today marker and ongoing periods. Default: the viewer's `now`, else the current time. */
  @property({ attribute: false }) now?: number;

  /** Inside `<fse-record>` (or the journey): the record's filter, highlighted events, selection and region rule. */
  protected override recordChanged(record: RecordState): void {
    this.filter = record.filter;
    this.highlighted = record.highlighted;
    this.selected = record.selectedEvent;
    this.regionsOf = record.regionsOf;
  }

  @state() private collapsed = new Set<string>();
  @state() private active?: Active;
  @state() private tableFirst = 0;
  @state() private tableDesc = false;
  @state() private liveText = '';
  /** Bumped when the visible range settled (re-renders the DOM layer: lane counts, table). */
  @state() private settled = 0;
  @state() private printing = false;

  private index?: TimelineIndex;
  private extent: [number, number] = [0, 1];
  private transform: ZoomTransform = zoomIdentity;
  private width = 0;
  private zoomBehavior?: ZoomBehavior<HTMLElement, unknown>;
  private zoomSel?: Selection<HTMLElement, unknown, null, undefined>;
  private plotEl?: HTMLElement;
  private canvas?: HTMLCanvasElement;
  private resizeObserver?: ResizeObserver;
  private frameRequested = 0;
  private frames: LaneFrame[] = [];
  private colors = new Map<ColorKey, string>();
  private highlightedAnchors: Float64Array[] = [];
  private highlightSet = new Set<string>();
  private settleTimer?: ReturnType<typeof setTimeout>;
  private liveTimer?: ReturnType<typeof setTimeout>;
  private pendingFit = true;
  private focusWithin = false;
  private hover?: { lane: number; bin: Bin };
  private readonly tooltip = new TooltipController(this);
  private mediaQueries: MediaQueryList[] = [];
  private readonly onMedia = (): void => {
    this.printing = matchMedia('print').matches;
    this.readColors();
    this.scheduleDraw();
  };

  /** Frames drawn so far (for benchmarks and tests that wait for a frame). */
  drawCount = 0;
  /** performance.now() at the end of the last frame drawn. */
  lastDrawAt = 0;

  // ───────────── life cycle ─────────────

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof matchMedia === 'function') {
      this.mediaQueries = ['print', '(forced-colors: active)', '(prefers-color-scheme: dark)', '(prefers-contrast: more)'].map((q) =>
        matchMedia(q),
      );
      for (const m of this.mediaQueries) m.addEventListener('change', this.onMedia);
      this.printing = this.mediaQueries[0].matches;
    }
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
    // Moved in the page: set zoom and resize observation up again on the next update.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const m of this.mediaQueries) m.removeEventListener('change', this.onMedia);
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.frameRequested);
    this.frameRequested = 0;
    clearTimeout(this.settleTimer);
    clearTimeout(this.liveTimer);
    this.teardownZoom();
  }

  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };
  private readonly onAfterPrint = (): void => {
    this.printing = matchMedia('print').matches;
  };

  protected override viewChanged(view: FseView | undefined): void {
    // A view of the same patient that grows while pages arrive (or comes back after a change)
    // keeps what the user is looking at: the range they zoomed to and the item they are on.
    const patient = view?.patient?.id;
    const growing = !!view && patient !== undefined && patient === this.viewPatient && !!this.index;
    this.viewPatient = patient;
    const range = growing ? this.visibleRange : undefined;
    // Seeing the whole record, and not pointing at or focused on the plot: the whole grown record is
    // shown. Zoomed in, or under the user's pointer or focus: the range stays where it is.
    const wasAll = !range || (range.from <= this.extent[0] + 1 && range.to >= this.extent[1] - 1);
    const engaged = this.focusWithin || !!this.plotEl?.matches(':hover');
    this.hover = undefined;
    if (!growing) {
      this.active = undefined;
      this.tooltip.hide();
    }
    this.reindex(view);
    if (growing && range && (!wasAll || engaged)) this.pendingRange = range;
    else this.pendingFit = true;
  }

  /** The patient of the view shown, to tell a growing view from another record. */
  private viewPatient?: string;

  private reindex(view: FseView | undefined = this.data): void {
    if (!view) {
      this.index = undefined;
      return;
    }
    const titles = new Map((view.carePaths ?? []).map((p) => [p.id, p.title] as const));
    const regionsOf = this.regionsOf ?? bodyRegionsOf;
    this.index = buildIndex(view, {
      groupBy: this.groupBy,
      filter: this.filter ?? undefined,
      regionsOf,
      carePathTitle: (id) => titles.get(id),
      now: this.nowMs(view),
    });
    this.computeExtent(view);
    this.indexHighlights();
    if (this.active) {
      const it = this.active.id ? this.index.byId.get(this.active.id) : undefined;
      this.active = it ? { lane: it.lane, id: it.id } : undefined;
    }
  }

  private nowMs(view: FseView | undefined = this.data): number {
    return this.now ?? view?.viewer?.now ?? Date.now();
  }

  private birthMs(): number | undefined {
    const b = this.data?.patient?.birthDate?.start;
    return typeof b === 'number' && Number.isFinite(b) ? b : undefined;
  }

  /** The range one can pan over: birth (or the first event) to today (or the last event), with a margin. */
  private computeExtent(view: FseView): void {
    const idx = this.index!;
    const now = this.nowMs(view);
    const birth = this.birthMs();
    let lo = Math.min(idx.count ? idx.min : now, birth ?? Infinity);
    let hi = Math.max(idx.count ? idx.max : now, now);
    if (!Number.isFinite(lo)) lo = now - YEAR;
    if (hi - lo < 30 * DAY) {
      lo -= 15 * DAY;
      hi += 15 * DAY;
    }
    const pad = (hi - lo) * 0.02;
    this.extent = [lo - pad, hi + pad];
  }

  private indexHighlights(): void {
    this.highlightSet = new Set(this.highlighted ?? []);
    const idx = this.index;
    if (!idx) return;
    const perLane: number[][] = idx.lanes.map(() => []);
    for (const id of this.highlightSet) {
      const it = idx.byId.get(id) ?? idx.innerToItem.get(id);
      if (it) perLane[it.lane].push(it.anchor);
    }
    this.highlightedAnchors = perLane.map((a) => Float64Array.from(a).sort());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const regroup = changed.has('groupBy') && changed.get('groupBy') !== undefined;
    // A host that builds a new filter object on every render must not cost a re-index each time.
    const filterKey = JSON.stringify(this.filter ?? {});
    const refilter = changed.has('filter') && filterKey !== this.filterKey;
    this.filterKey = filterKey;
    if ((regroup || refilter || changed.has('regionsOf') || changed.has('now')) && !changed.has('view') && this.data) {
      const range = this.visibleRange;
      this.reindex();
      if (regroup) this.collapsed = new Set();
      if (this.width && range) this.pendingRange = range;
      if (refilter) this.announceSoon();
    }
    if (changed.has('highlighted')) this.indexHighlights();
  }

  private pendingRange?: { from: number; to: number };
  private filterKey = '{}';

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.dataState !== 'ready' || !this.index?.count) {
      this.teardownZoom();
      return;
    }
    this.setupPlot();
    if (changed.has('theme') || (changed as Map<PropertyKey, unknown>).has('dataState') || !this.colors.size) this.readColors();
    this.drawNow();
  }

  // ───────────── plot, zoom ─────────────

  private setupPlot(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas');
    if (!plot || !canvas) return;
    if (plot !== this.plotEl) {
      this.teardownZoom();
      this.plotEl = plot;
      this.canvas = canvas;
      this.resizeObserver = new ResizeObserver(() => this.onResize());
      this.resizeObserver.observe(plot);
      this.zoomSel = select(plot);
      this.zoomBehavior = d3zoom<HTMLElement, unknown>()
        .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
          this.transform = e.transform;
          this.hover = undefined;
          if (this.tooltip.open && !this.focusWithin) this.tooltip.hide();
          this.scheduleDraw();
          this.settleSoon();
        });
      this.zoomSel.call(this.zoomBehavior).on('dblclick.zoom', (e: MouseEvent) => {
        const [x] = this.pointerX(e);
        this.zoomBy(e.shiftKey ? 0.5 : 2, this.timeAt(x));
      });
      this.width = plot.clientWidth;
      this.configureZoom();
    }
    if (this.pendingFit) {
      this.pendingFit = false;
      this.fit();
      // The DOM layer (lane counts, roving tab stop, table) needs the range: render it once more,
      // in the next frame, so the first frame shows the marks as soon as they are drawn.
      requestAnimationFrame(() => this.settled++);
    } else if (this.pendingRange) {
      const r = this.pendingRange;
      this.pendingRange = undefined;
      this.configureZoom();
      this.zoomTo(r.from, r.to);
    }
  }

  private teardownZoom(): void {
    if (this.zoomSel) this.zoomSel.on('.zoom', null);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.zoomSel = undefined;
    this.zoomBehavior = undefined;
    this.plotEl = undefined;
    this.canvas = undefined;
  }

  private configureZoom(): void {
    if (!this.zoomBehavior) return;
    const w = Math.max(1, this.width);
    const span = this.extent[1] - this.extent[0];
    this.zoomBehavior
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

  private onResize(): void {
    const plot = this.plotEl;
    if (!plot) return;
    const w = plot.clientWidth;
    if (w === this.width) return;
    const range = this.visibleRange;
    this.width = w;
    this.configureZoom();
    if (range && w > 0) this.zoomTo(range.from, range.to);
    this.drawNow();
    this.settleSoon();
  }

  /** Base x (untransformed) of an instant. */
  private baseX(t: number): number {
    const [d0, d1] = this.extent;
    return ((t - d0) / (d1 - d0)) * Math.max(1, this.width);
  }

  /** Screen x (px in the plot) of an instant. */
  private xOf(t: number): number {
    return this.transform.applyX(this.baseX(t));
  }

  /** Instant at screen x. */
  private timeAt(x: number): number {
    const [d0, d1] = this.extent;
    return d0 + (this.transform.invertX(x) / Math.max(1, this.width)) * (d1 - d0);
  }

  private pointerX(e: MouseEvent): [number, number] {
    const r = this.plotEl!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  /** The visible range (epoch ms, end exclusive), or undefined before the first layout. */
  get visibleRange(): { from: number; to: number } | undefined {
    if (!this.width || !this.index) return undefined;
    return { from: this.timeAt(0), to: this.timeAt(this.width) };
  }

  /** Shows [from, to) (clamped to the record's span and to the zoom limits). */
  zoomTo(from: number, to: number): void {
    if (!this.zoomBehavior || !this.zoomSel || !(to > from) || !this.width) return;
    const b0 = this.baseX(from);
    const b1 = this.baseX(to);
    const k = this.width / Math.max(1e-9, b1 - b0);
    const t = zoomIdentity.scale(k).translate(-b0, 0);
    this.zoomBehavior.transform(this.zoomSel, t);
  }

  /** Zooms by `factor` (> 1 zooms in) around an instant (default: the middle of the view). */
  zoomBy(factor: number, at?: number): void {
    if (!this.zoomBehavior || !this.zoomSel || !this.width) return;
    const p: [number, number] = [at === undefined ? this.width / 2 : this.xOf(at), 0];
    this.zoomBehavior.scaleBy(this.zoomSel, factor, p);
  }

  /** Pans by `ms` (positive moves later in time). */
  panBy(ms: number): void {
    if (!this.zoomBehavior || !this.zoomSel || !this.width) return;
    const [d0, d1] = this.extent;
    const dx = (ms / (d1 - d0)) * this.width;
    this.zoomBehavior.translateBy(this.zoomSel, -dx, 0);
  }

  /** Shows every mark of the view (the "Tutto" preset). */
  fit(): void {
    const idx = this.index;
    if (!idx?.count) return;
    let lo = idx.min;
    let hi = idx.max;
    const span = Math.max(hi - lo, 30 * DAY);
    const mid = (lo + hi) / 2;
    lo = mid - span * 0.52;
    hi = mid + span * 0.52;
    this.zoomTo(lo, hi);
  }

  /** Shows `ms` of time ending where the view ends now (at most today). */
  private preset(ms: number): void {
    const r = this.visibleRange;
    if (!r) return;
    const end = Math.min(r.to, this.extent[1]);
    this.zoomTo(end - ms, end);
    this.announceSoon();
  }

  // ───────────── drawing ─────────────

  private scheduleDraw(): void {
    if (this.frameRequested) return;
    this.frameRequested = requestAnimationFrame(() => {
      this.frameRequested = 0;
      this.drawNow();
    });
  }

  private laneHeight(lane: Lane): number {
    return this.collapsed.has(lane.key) ? COLLAPSED_H : this.expandedH;
  }

  private expandedH = 44;

  private readColors(): void {
    const probes = this.renderRoot.querySelectorAll<HTMLElement>('.probe');
    if (!probes.length) return;
    for (const p of probes) this.colors.set(p.dataset.k as ColorKey, getComputedStyle(p).color);
    const h = parseFloat(getComputedStyle(this).getPropertyValue('--fse-timeline-lane-height'));
    this.expandedH = Number.isFinite(h) && h >= 28 ? h : 44;
  }

  private color(k: ColorKey): string {
    return this.colors.get(k) ?? '#000';
  }

  /** Draws the canvas, the axis and the keyboard cursor for the current transform. */
  private drawNow(): void {
    const idx = this.index;
    const canvas = this.canvas;
    if (!idx || !canvas || !this.width) return;
    if (this.frameRequested) {
      cancelAnimationFrame(this.frameRequested);
      this.frameRequested = 0;
    }
    spriteBudget = SPRITES_PER_FRAME;
    const w = this.width;
    const dpr = window.devicePixelRatio || 1;
    const lanes = idx.lanes;
    let total = 0;
    for (const lane of lanes) total += this.laneHeight(lane);
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

    const t0 = this.timeAt(0);
    const t1 = this.timeAt(w);
    const msPerPx = (t1 - t0) / w;
    const binMs = BIN_PX * msPerPx;

    // Tick lines behind the marks.
    const ticks = timeTicks(t0, t1, w, this.l.lang, this.l.timeZone);
    ctx.lineWidth = 1;
    for (const tk of ticks) {
      const x = Math.round(this.xOf(tk.t)) + 0.5;
      ctx.strokeStyle = tk.major ? this.color('border-strong') : this.color('border');
      ctx.globalAlpha = tk.major ? 0.5 : 0.35;
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x, h);
      ctx.stroke();
    }
    ctx.globalAlpha = 1;

    const frames: LaneFrame[] = [];
    let top = 0;
    for (let li = 0; li < lanes.length; li++) {
      const lane = lanes[li];
      const lh = this.laneHeight(lane);
      const frame: LaneFrame = { top, height: lh, bins: [] };
      frames.push(frame);
      if (!this.collapsed.has(lane.key)) this.drawLane(ctx, lane, li, frame, t0, t1, binMs, msPerPx);
      top += lh;
    }
    this.frames = frames;

    // Birth and today.
    const now = this.nowMs();
    const birth = this.birthMs();
    for (const [t, key] of [
      [now, 'today'],
      [birth, 'text-muted'],
    ] as const) {
      if (t === undefined || t < t0 || t > t1) continue;
      const x = Math.round(this.xOf(t)) + 0.5;
      ctx.strokeStyle = this.color(key);
      ctx.lineWidth = 2;
      ctx.setLineDash(key === 'today' ? [] : [4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, 0);
      ctx.lineTo(x, h);
      ctx.stroke();
      ctx.setLineDash([]);
    }

    this.drawAxis(ticks, t0, t1);
    this.placeCursor();
    this.drawCount++;
    this.lastDrawAt = performance.now();
  }

  private drawLane(
    ctx: CanvasRenderingContext2D,
    lane: Lane,
    li: number,
    frame: LaneFrame,
    t0: number,
    t1: number,
    binMs: number,
    msPerPx: number,
  ): void {
    const cy = frame.top + frame.height / 2;
    const catColor = this.color(`cat-${lane.category}` as ColorKey);
    // Bands (date-only spans) and bars (periods), at least 3 px wide.
    visibleSpans(lane, t0, t1, 3 * msPerPx, SPAN_CAP, (it) => {
      const x0 = Math.max(-2, this.xOf(it.start));
      const x1 = Math.min(this.width + 2, this.xOf(it.end));
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
            const px = this.xOf(ph.date.start);
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
    binLane(lane, li, t0, t1, binMs, bins);
    const hl = this.highlightedAnchors[li];
    const selected = this.selected ? (this.index!.byId.get(this.selected) ?? this.index!.innerToItem.get(this.selected)) : undefined;
    const surface = this.color('surface');
    for (const b of bins) {
      // Marks are blitted from sprites drawn once per colour, label and pixel ratio: text and
      // paths cost far more than copying pixels, and a frame can hold hundreds of marks.
      const x = Math.round(this.xOf(b.t) * dpr) / dpr;
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
      if (count === 1) {
        const fill = this.color(`cat-${first.category}` as ColorKey);
        const paint = (c: CanvasRenderingContext2D, x0: number, y0: number): void => {
          c.save();
          c.translate(x0, y0);
          c.scale(0.8, 0.8);
          c.fillStyle = fill;
          c.strokeStyle = surface;
          c.lineWidth = 2;
          const path = categoryPath2D(first.category);
          c.stroke(path);
          c.fill(path, 'evenodd');
          c.restore();
        };
        const sp = sprite(`s|${first.category}|${fill}|${surface}`, 16, 16, dpr, (c) => paint(c, 8, 8));
        if (sp) ctx.drawImage(sp, x - 8, cy - 8, 16, 16);
        else paint(ctx, x, cy);
      } else {
        const label = count > 999 ? this.l.number(count, { notation: 'compact', maximumFractionDigits: count > 9999 ? 0 : 1 }) : String(count);
        const rw = Math.min(BIN_PX - 3, Math.max(18, label.length * 6 + 6));
        const font = `600 10.5px ${getFontFamily(this)}`;
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

  private drawAxis(ticks: ReturnType<typeof timeTicks>, t0: number, t1: number): void {
    const axis = this.renderRoot.querySelector<HTMLElement>('.axis');
    if (!axis) return;
    const now = this.nowMs();
    const birth = this.birthMs();
    const tpl = html`${ticks.map(
        (tk) => html`<div class="tick ${tk.major ? 'major' : ''}" ${styleProps({ transform: `translateX(${this.xOf(tk.t).toFixed(1)}px)` })}>
          <span>${tk.label}</span>
        </div>`,
      )}${now >= t0 && now <= t1
        ? html`<div class="marker today ${this.xOf(now) > this.width - 60 ? 'end' : ''}" ${styleProps({ transform: `translateX(${this.xOf(now).toFixed(1)}px)` })}><span>${this.l.t('today')}</span></div>`
        : nothing}${birth !== undefined && birth >= t0 && birth <= t1
        ? html`<div class="marker birth ${this.xOf(birth) > this.width - 60 ? 'end' : ''}" ${styleProps({ transform: `translateX(${this.xOf(birth).toFixed(1)}px)` })}><span>${this.l.t('birth')}</span></div>`
        : nothing}`;
    render(tpl, axis);
  }

  /** Moves the keyboard cursor over the active event (hidden when it is out of view). */
  private placeCursor(): void {
    const cursor = this.renderRoot.querySelector<HTMLElement>('.cursor');
    if (!cursor) return;
    const it = this.activeItem();
    if (!it) return;
    const x = this.xOf(it.anchor);
    cursor.style.left = `${x.toFixed(1)}px`;
    cursor.classList.toggle('off', x < -4 || x > this.width + 4);
  }

  // ───────────── accessibility layer ─────────────

  private activeItem(): TimelineItem | undefined {
    const id = this.active?.id;
    return id ? this.index?.byId.get(id) : undefined;
  }

  /** Items of a lane in the visible range, as [i0, i1). */
  private visibleIn(lane: Lane): [number, number] {
    const r = this.visibleRange;
    if (!r) return [0, 0];
    return visibleRange(lane, r.from, r.to);
  }

  /** The item of `lane` nearest to `t` among the visible ones (or undefined). */
  private nearestVisible(li: number, t: number): TimelineItem | undefined {
    const lane = this.index?.lanes[li];
    if (!lane || this.collapsed.has(lane.key)) return undefined;
    const [i0, i1] = this.visibleIn(lane);
    if (i1 <= i0) return undefined;
    let i = lowerBound(lane.anchors, t, i0, i1);
    if (i >= i1) i = i1 - 1;
    if (i > i0 && Math.abs(lane.anchors[i - 1] - t) <= Math.abs(lane.anchors[i] - t)) i--;
    return lane.items[i];
  }

  /** The roving tab stop: the active item, else the first visible item, else the first lane's name. */
  private rovingTarget(): Active | undefined {
    const idx = this.index;
    if (!idx?.lanes.length) return undefined;
    if (this.active) return this.active;
    for (let li = 0; li < idx.lanes.length; li++) {
      const lane = idx.lanes[li];
      if (this.collapsed.has(lane.key)) continue;
      const [i0, i1] = this.visibleIn(lane);
      if (i1 > i0) return { lane: li, id: lane.items[i0].id, item: lane.items[i0] };
    }
    return { lane: 0 };
  }

  private async focusActive(): Promise<void> {
    await this.updateComplete;
    const target = this.active?.id
      ? this.renderRoot.querySelector<HTMLElement>('.cursor')
      : this.renderRoot.querySelector<HTMLElement>(`.row[data-lane="${this.active?.lane ?? 0}"] .lane-head button`);
    target?.focus({ preventScroll: true });
    if (this.active?.id && target) this.showTipFor(this.activeItem()!, target);
  }

  /** Makes `item` active, panning to it if it is out of view; focuses it. */
  private moveTo(item: TimelineItem | undefined, laneIfNone?: number): void {
    if (!item) {
      if (laneIfNone !== undefined) {
        this.active = { lane: laneIfNone };
        this.tooltip.hide();
        void this.focusActive();
      }
      return;
    }
    this.active = { lane: item.lane, id: item.id };
    this.ensureVisible(item);
    void this.focusActive();
  }

  private ensureVisible(item: TimelineItem): void {
    const r = this.visibleRange;
    if (!r) return;
    const margin = (r.to - r.from) * 0.04;
    if (item.anchor < r.from + margin || item.anchor > r.to - margin) {
      this.panBy(item.anchor - (r.from + r.to) / 2);
      this.drawNow();
    }
  }

  private onGridKey(e: KeyboardEvent): void {
    const idx = this.index;
    if (!idx?.lanes.length) return;
    const act = this.rovingTarget()!;
    const li = act.lane;
    const lane = idx.lanes[li];
    const item = act.id ? idx.byId.get(act.id) : undefined;
    const r = this.visibleRange!;
    const onHeader = !item;
    let handled = true;
    switch (e.key) {
      case 'ArrowRight':
        if (onHeader) this.moveTo(this.nearestVisible(li, r.from) ?? this.firstFrom(lane, r.from));
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
        this.moveTo(onHeader ? undefined : this.nearestVisible(next, t), next);
        break;
      }
      case 'Home':
        if (!this.collapsed.has(lane.key) && lane.items.length) this.moveTo(lane.items[0]);
        break;
      case 'End':
        if (!this.collapsed.has(lane.key) && lane.items.length) this.moveTo(lane.items[lane.items.length - 1]);
        break;
      case 'PageUp':
      case 'PageDown': {
        const span = r.to - r.from;
        this.panBy(e.key === 'PageDown' ? span : -span);
        this.drawNow();
        const nr = this.visibleRange!;
        const keep = item && item.anchor >= nr.from && item.anchor < nr.to ? item : this.nearestVisible(li, item?.anchor ?? nr.from);
        this.moveTo(keep, li);
        this.announceSoon();
        break;
      }
      case '+':
      case '=':
      case 'Add':
        this.zoomBy(2, item?.anchor);
        this.afterKeyZoom(item, li);
        break;
      case '-':
      case '_':
      case 'Subtract':
        this.zoomBy(0.5, item?.anchor);
        this.afterKeyZoom(item, li);
        break;
      case '0':
        this.fit();
        this.afterKeyZoom(item, li);
        break;
      case 'Enter':
      case ' ':
        if (item) this.select(item);
        else this.toggleLane(lane.key, li);
        break;
      case 'Escape':
        // The first Esc closes the tooltip, the next clears the selection.
        if (this.tooltip.open) this.tooltip.hide();
        else if (this.selected) this.select(undefined);
        else handled = false;
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }

  private firstFrom(lane: Lane, t: number): TimelineItem | undefined {
    if (this.collapsed.has(lane.key) || !lane.items.length) return undefined;
    const i = Math.min(lowerBound(lane.anchors, t), lane.items.length - 1);
    return lane.items[i];
  }

  private afterKeyZoom(item: TimelineItem | undefined, li: number): void {
    this.drawNow();
    if (item) this.moveTo(item);
    else this.moveTo(this.nearestVisible(li, (this.visibleRange!.from + this.visibleRange!.to) / 2), li);
    this.announceSoon();
  }

  private toggleLane(key: string, li: number): void {
    const next = new Set(this.collapsed);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.collapsed = next;
    if (this.active?.lane === li) this.active = { lane: li };
    void this.focusActive();
  }

  /**
   * Selects an item (or clears the selection) and fires `fse-event-select`; a selected document
   * is also asked to open (`fse-open`), which `<fse-journey>` or the host answers.
   */
  private select(item: TimelineItem | undefined, source: 'timeline' | 'table' = 'timeline'): void {
    const ev = new FseEventSelectEvent(item?.id ?? null, item?.event ?? null, item?.inner ?? []);
    if (!this.emit(ev)) return;
    this.selected = item?.id;
    this.scheduleDraw();
    if (item?.event.document) this.emit(new FseOpenEvent(item.id, source));
  }

  // ───────────── pointer ─────────────

  private hitTest(e: PointerEvent | MouseEvent): { lane: number; bin: Bin; x: number; y: number } | undefined {
    if (!this.plotEl) return undefined;
    const [x, y] = this.pointerX(e);
    const li = this.frames.findIndex((f) => y >= f.top && y < f.top + f.height);
    if (li < 0) return undefined;
    let best: Bin | undefined;
    let bestD = BIN_PX / 2 + 2;
    for (const b of this.frames[li].bins) {
      const d = Math.abs(this.xOf(b.t) - x);
      if (d < bestD) {
        best = b;
        bestD = d;
      }
    }
    return best ? { lane: li, bin: best, x: this.xOf(best.t), y: this.frames[li].top + this.frames[li].height / 2 } : undefined;
  }

  private readonly onPlotMove = (e: PointerEvent): void => {
    if (e.buttons) return;
    const hit = this.hitTest(e);
    if (!hit) {
      if (this.hover) {
        this.hover = undefined;
        if (!this.focusWithin) this.tooltip.hideSoon();
      }
      this.plotEl!.style.cursor = '';
      return;
    }
    this.plotEl!.style.cursor = 'pointer';
    if (this.hover && this.hover.lane === hit.lane && this.hover.bin.i0 === hit.bin.i0 && this.hover.bin.i1 === hit.bin.i1) return;
    this.hover = { lane: hit.lane, bin: hit.bin };
    const r = this.plotEl!.getBoundingClientRect();
    const cx = r.left + hit.x;
    const cy = r.top + hit.y;
    const anchor = {
      getBoundingClientRect: () => ({ x: cx - 10, y: cy - 10, left: cx - 10, top: cy - 10, right: cx + 10, bottom: cy + 10, width: 20, height: 20 }),
    };
    const lane = this.index!.lanes[hit.lane];
    const count = hit.bin.i1 - hit.bin.i0;
    void this.tooltip.show(anchor, count === 1 ? this.tipFor(lane.items[hit.bin.i0]) : this.tipForBin(lane, hit.bin));
  };

  private readonly onPlotLeave = (): void => {
    this.hover = undefined;
    if (!this.focusWithin) this.tooltip.hideSoon();
  };

  private readonly onPlotClick = (e: MouseEvent): void => {
    const hit = this.hitTest(e);
    if (!hit) return;
    const lane = this.index!.lanes[hit.lane];
    const count = hit.bin.i1 - hit.bin.i0;
    if (count === 1) {
      const it = lane.items[hit.bin.i0];
      this.active = { lane: hit.lane, id: it.id };
      this.select(it);
    } else {
      // A bin: zoom to the span of its marks, so they split.
      const a = lane.anchors[hit.bin.i0];
      const b = lane.anchors[hit.bin.i1 - 1];
      const pad = Math.max((b - a) * 0.15, HOUR);
      this.zoomTo(a - pad, b + pad);
      this.announceSoon();
    }
  };

  // ───────────── tooltip ─────────────

  private laneName(lane: Lane): string {
    if (lane.labelKey && this.l.has(lane.labelKey)) return this.l.t(lane.labelKey);
    return lane.label || this.l.t(`lane.${lane.category}`);
  }

  /** When an item happened, with the precision it has (minutes at most: seconds are noise here). */
  private whenOf(it: TimelineItem, style: 'long' | 'short' = 'long'): string {
    const e = it.event;
    const d = (f: FuzzyDate | undefined) => (f && f.precision === 'second' ? { ...f, precision: 'minute' as const } : f);
    if (e.end) return this.l.period(d(e.date), d(e.end), style);
    if (it.period && e.ongoing) return `${this.l.period(d(e.date), undefined, style)} (${this.l.t('tip.ongoing')})`;
    if (it.period) {
      const stay = it.inner.find((i) => i.kind === 'encounter' && i.end);
      if (stay) return this.l.period(d(stay.date), d(stay.end), style);
    }
    return this.l.date(d(e.date)!, style) + this.zoneNote(e.date);
  }

  /**
   * On the night clocks go back, 02:30 happens twice: say which one (`CEST` / `CET`), so the two
   * are told apart. Nothing on every other instant.
   */
  private zoneNote(date: FuzzyDate): string {
    if (date.precision !== 'minute' && date.precision !== 'second') return '';
    const tz = this.l.timeZone;
    const t = date.start;
    const wall = t + zoneOffset(t, tz);
    const twin = [t - HOUR, t + HOUR].some((u) => u + zoneOffset(u, tz) === wall);
    if (!twin) return '';
    const name = dateTimeFormat(this.l.lang, tz, { hour: 'numeric', timeZoneName: 'short' })
      .formatToParts(t)
      .find((p) => p.type === 'timeZoneName')?.value;
    return name ? ` (${name})` : '';
  }

  private tipFor(it: TimelineItem): TemplateResult {
    const e = it.event;
    return html`<div class="tip">
      <span class="tip-title">${categoryIcon(it.category, 12)} ${e.title}</span>
      <span>${this.whenOf(it)}</span>${it.fuzzy ? html` <span class="approx">(${this.l.t('tip.approx')})</span>` : nothing}
      <dl>
        <dt>${this.l.t('col.lane')}</dt>
        <dd>${this.laneName(this.index!.lanes[it.lane])}</dd>
        ${e.facility?.name ? html`<dt>${this.l.t('tip.facility')}</dt><dd>${e.facility.name}</dd>` : nothing}
        ${e.author?.name ? html`<dt>${this.l.t('tip.author')}</dt><dd>${e.author.name}</dd>` : nothing}
      </dl>
      ${this.phasesOf(it).length
        ? html`<ol class="phases">
            ${this.phasesOf(it).map((p) => html`<li>${p.title}: ${p.end ? this.l.period(p.date, p.end, 'short') : this.l.date(p.date, 'short')}</li>`)}
          </ol>`
        : nothing}
      ${it.inner.length ? html`<div>${this.l.t('tip.inner', { count: it.inner.length })}</div>` : nothing}
    </div>`;
  }

  /** The phases of a stay or an ER visit: the encounters read from inside the document, in order (at most 6). */
  private phasesOf(it: TimelineItem): ClinicalEvent[] {
    if (!it.period || !it.inner.length) return [];
    const phases = it.inner.filter((i) => i.kind === 'encounter');
    return phases.length > 1 ? phases.sort((a, b) => a.date.start - b.date.start).slice(0, 6) : [];
  }

  private tipForBin(lane: Lane, bin: Bin): TemplateResult {
    const a = lane.items[bin.i0];
    const b = lane.items[bin.i1 - 1];
    return html`<div class="tip">
      <span class="tip-title">${this.l.t('bin.label', { count: bin.i1 - bin.i0 })} · ${this.laneName(lane)}</span>
      <span>${this.l.span(a.start, Math.max(b.end, a.start + 1))}</span>
    </div>`;
  }

  private showTipFor(it: TimelineItem, anchor: HTMLElement): void {
    void this.tooltip.show(anchor, this.tipFor(it));
  }

  // ───────────── live region, range settle ─────────────

  private settleSoon(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.keepActiveInView();
      this.settled++;
      this.announceSoon(0);
      const r = this.visibleRange;
      if (r) this.dispatchEvent(new FseRangeChangeEvent(r.from, r.to, this.visibleCount()));
    }, 250);
  }

  /**
   * After the range changed under the pointer: the roving tab stop must not be on an event out of
   * view. Without focus inside, the stop returns to the first event in view; with focus inside, it
   * moves to the nearest event in view of the same lane (or its name).
   */
  private keepActiveInView(): void {
    const it = this.activeItem();
    const r = this.visibleRange;
    if (!it || !r || (it.anchor >= r.from && it.anchor < r.to)) return;
    if (!this.focusWithin) {
      this.active = undefined;
      return;
    }
    this.moveTo(this.nearestVisible(it.lane, it.anchor), it.lane);
  }

  private announceSoon(delay = 400): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => {
      this.liveText = this.rangeSentence();
    }, delay);
  }

  /** Marks whose anchor is in the visible range, in every lane (collapsed ones included). */
  visibleCount(): number {
    const idx = this.index;
    const r = this.visibleRange;
    if (!idx || !r) return 0;
    let n = 0;
    for (const lane of idx.lanes) {
      const [i0, i1] = visibleRange(lane, r.from, r.to);
      n += i1 - i0;
    }
    return n;
  }

  private rangeSentence(): string {
    const r = this.visibleRange;
    if (!r) return '';
    const span = this.l.span(r.from, r.to);
    const count = this.visibleCount();
    return count ? this.l.t('live', { count, span }) : this.l.t('live.none', { span });
  }

  /** The marks drawn in the last frame, per lane: `{ lane, count, t }` for each mark or bin (for tests and tools). */
  get drawnMarks(): readonly { lane: string; count: number; t: number; ids: readonly string[] }[] {
    const idx = this.index;
    if (!idx) return [];
    const out: { lane: string; count: number; t: number; ids: string[] }[] = [];
    this.frames.forEach((f, li) => {
      const lane = idx.lanes[li];
      for (const b of f.bins) out.push({ lane: lane.key, count: b.i1 - b.i0, t: b.t, ids: lane.items.slice(b.i0, b.i1).map((i) => i.id) });
    });
    return out;
  }

  // ───────────── render ─────────────

  protected override renderNone(): unknown {
    return this.renderProbes();
  }

  protected renderView(view: FseView): unknown {
    const idx = this.index;
    if (!idx) return nothing;
    const filtered = !!this.filter && Object.keys(this.filter).length > 0;
    if (!idx.count && !idx.undated.length && !filtered) {
      const text = view.restriction ? this.l.t(`restriction.${view.restriction}`) : this.l.t('empty.hint');
      return html`<div class="state empty" part="empty" role="status">
        <slot name="empty"><strong>${this.l.t('empty')}</strong><span>${text}</span></slot>
      </div>`;
    }
    return html`${this.renderIssues(view)}
      <p class="summary" part="summary" id="summary">${this.summaryText()}</p> ${this.renderLoadProgress()}
      ${this.renderToolbar(idx)}
      ${idx.count
        ? this.renderChart(idx)
        : idx.undated.length
          ? nothing
          : html`<div class="state empty" part="empty" role="status">${this.l.t('empty.filter')}</div>`}
      ${this.renderUndated(idx)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.liveText}</div>
      ${this.showTable || this.printing ? this.renderTable() : nothing} ${tooltipTemplate(this.tooltip, 'tl-tip')}
      ${this.renderProbes()}`;
  }

  private renderProbes(): TemplateResult {
    return html`<div class="probes" aria-hidden="true">
      ${COLOR_KEYS.map((k) => html`<span class="probe" data-k=${k} ${styleProps({ color: `var(--_fse-color-${k})` })}></span>`)}
    </div>`;
  }

  /**
   * Events the source gives no date for: listed under the plot, apart, with their count — never
   * placed on the axis or counted in a bin, since any place there would be a made-up date.
   */
  private renderUndated(idx: TimelineIndex): TemplateResult | typeof nothing {
    const list = idx.undated;
    if (!list.length) return nothing;
    const shown = list.slice(0, UNDATED_LISTED);
    return html`<section class="undated" part="undated" aria-labelledby="undated-title">
      <p class="undated-title" id="undated-title"><strong>${this.l.t('undated.title', { count: list.length })}</strong> ${this.l.t('undated.hint')}</p>
      <ul>
        ${shown.map(
          (it) => html`<li>
            <span ${styleProps({ color: `var(--_fse-color-cat-${it.category})` })}>${categoryIcon(it.category, 12)}</span>
            <button class="link" aria-pressed=${this.selected === it.id ? 'true' : 'false'} @click=${() => this.select(it)}>${it.event.title}</button>
            <span class="muted">${this.l.t(`lane.${it.category}`)} · ${this.l.t('date.unknown')}</span>
          </li>`,
        )}
      </ul>
      ${list.length > shown.length ? html`<p class="muted">${this.l.t('undated.more', { count: list.length - shown.length })}</p>` : nothing}
    </section>`;
  }

  private summaryText(): string {
    const idx = this.index!;
    const undated = idx.undated.length ? ` ${this.l.t('summary.undated', { count: idx.undated.length })}` : '';
    if (!idx.count) return this.l.t('summary.none') + undated;
    const lanes = idx.lanes.map((l) => `${this.laneName(l)} ${this.l.number(l.items.length)}`).join(', ');
    let inner = 0;
    for (const l of idx.lanes) for (const it of l.items) inner += it.inner.length;
    const text = this.l.t('summary', { count: idx.count, span: this.l.span(idx.min, idx.max), lanes });
    return (inner ? `${text} ${this.l.t('summary.inner', { count: inner })}` : text) + undated;
  }

  private renderToolbar(idx: TimelineIndex): TemplateResult {
    const disabled = !idx.count;
    const r = this.visibleRange;
    return html`<div class="toolbar no-print" part="toolbar" role="group" aria-label=${this.l.t('toolbar.label')}>
      <span class="group">
        <button class="fse-button" ?disabled=${disabled} @click=${() => (this.zoomBy(0.5), this.announceSoon())}>
          <span aria-hidden="true">−</span><span class="visually-hidden">${this.l.t('zoom.out')}</span>
        </button>
        <button class="fse-button" ?disabled=${disabled} @click=${() => (this.zoomBy(2), this.announceSoon())}>
          <span aria-hidden="true">+</span><span class="visually-hidden">${this.l.t('zoom.in')}</span>
        </button>
      </span>
      <span class="group">
        <button class="fse-button" ?disabled=${disabled} @click=${() => this.preset(31 * DAY)}>${this.l.t('preset.month')}</button>
        <button class="fse-button" ?disabled=${disabled} @click=${() => this.preset(YEAR)}>${this.l.t('preset.year')}</button>
        <button class="fse-button" ?disabled=${disabled} @click=${() => this.preset(5 * YEAR)}>${this.l.t('preset.5y')}</button>
        <button class="fse-button" ?disabled=${disabled} @click=${() => (this.fit(), this.announceSoon())}>${this.l.t('preset.all')}</button>
      </span>
      <button class="fse-button" aria-pressed=${this.showTable ? 'true' : 'false'} @click=${() => (this.showTable = !this.showTable)}>
        ${this.l.t('table.show')}
      </button>
      <span class="range" aria-hidden="true">${r ? this.l.span(r.from, r.to) : ''}</span>
    </div>`;
  }

  private renderChart(idx: TimelineIndex): TemplateResult {
    const target = this.rovingTarget();
    const lanesH = idx.lanes.reduce((s, l) => s + this.laneHeight(l), 0);
    return html`<div class="frame" part="chart">
      <div class="axis" part="axis" aria-hidden="true"></div>
      <div
        class="plot"
        ${styleProps({ height: `${lanesH}px` })}
        @pointermove=${this.onPlotMove}
        @pointerleave=${this.onPlotLeave}
        @click=${this.onPlotClick}
      >
        <canvas part="marks" aria-hidden="true"></canvas>
      </div>
      <div
        class="grid"
        part="lanes"
        role="grid"
        aria-label=${this.l.t('chart.label')}
        aria-describedby="summary hint"
        aria-rowcount=${idx.lanes.length}
        aria-colcount="2"
        @keydown=${this.onGridKey}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        ${idx.lanes.map((lane, li) => this.renderRow(lane, li, target))}
      </div>
      <span id="hint" hidden>${this.l.t('chart.hint')}</span>
    </div>`;
  }

  private readonly onFocusIn = (): void => {
    this.focusWithin = true;
    const cursor = this.renderRoot.querySelector<HTMLElement>('.cursor');
    if (cursor && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === cursor) {
      if (!this.active) this.active = this.rovingTarget();
      const it = this.activeItem();
      const r = this.visibleRange;
      if (it && r && (it.anchor < r.from || it.anchor >= r.to)) {
        // Never focus something out of view: go to the nearest event in view of the lane.
        this.moveTo(this.nearestVisible(it.lane, it.anchor), it.lane);
        return;
      }
      if (it) this.showTipFor(it, cursor);
    }
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    this.focusWithin = false;
    this.tooltip.hide();
  };

  private renderRow(lane: Lane, li: number, target: Active | undefined): TemplateResult {
    const collapsed = this.collapsed.has(lane.key);
    const name = this.laneName(lane);
    const [i0, i1] = this.visibleIn(lane);
    const visible = i1 - i0;
    const h = this.laneHeight(lane);
    const isTarget = target?.lane === li;
    const item = isTarget && target.id ? (target.item ?? this.index!.byId.get(target.id)) : undefined;
    const headTab = isTarget && !item ? 0 : -1;
    return html`<div
      class="row ${collapsed ? 'collapsed' : ''}"
      part=${collapsed ? 'lane lane-collapsed' : 'lane'}
      role="row"
      aria-rowindex=${li + 1}
      data-lane=${li}
      ${styleProps({ height: `${h}px` })}
    >
      <div class="lane-head" role="rowheader" aria-colindex="1">
        <button
          part="lane-header"
          tabindex=${headTab}
          aria-expanded=${collapsed ? 'false' : 'true'}
          title=${this.l.t(collapsed ? 'lane.expand' : 'lane.collapse', { lane: name })}
          @click=${() => this.toggleLane(lane.key, li)}
        >
          <svg class="chev" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><path d="M1 3l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6"></path></svg>
          <span ${styleProps({ color: `var(--_fse-color-cat-${lane.category})` })}>${categoryIcon(lane.category, 14)}</span>
          <span class="label">${name}</span>
          ${this.width
            ? html`<span class="count" aria-label=${this.l.t('events', { count: visible })}>${this.l.number(visible)}</span>`
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
              class="cursor ${this.focusWithin ? 'focused' : ''}"
              part="cursor"
              tabindex="0"
              role="button"
              aria-label=${this.itemLabel(item)}
              aria-pressed=${this.selected === item.id ? 'true' : 'false'}
              ${styleProps({ left: `${this.xOf(item.anchor).toFixed(1)}px` })}
              @click=${() => this.select(item)}
            ></div>
          </div>`
        : html`<div class="cells" role="gridcell" aria-colindex="2">
            <span class="visually-hidden">${this.l.t('lane.cell', { lane: name, count: visible })}</span>
          </div>`}
    </div>`;
  }

  private itemLabel(it: TimelineItem): string {
    const lane = this.index!.lanes[it.lane];
    let s = this.l.t('item.label', {
      title: it.event.title,
      date: this.whenOf(it),
      lane: this.laneName(lane),
      pos: it.index + 1,
      total: lane.items.length,
    });
    if (it.fuzzy) s += ` (${this.l.t('tip.approx')})`;
    if (this.highlightSet.has(it.id)) s += `, ${this.l.t('highlighted')}`;
    return s;
  }

  // ───────────── table ─────────────

  private tableCache?: { key: string; index: TimelineIndex; items: TimelineItem[] };

  /**
   * Items in the visible range, sorted by date. Cached until the range settles again, the sort
   * changes or the index is rebuilt, so hover, focus and scrolling do not re-sort a large table.
   */
  private tableItems(): TimelineItem[] {
    const idx = this.index!;
    const r = this.visibleRange;
    const key = `${this.settled}|${this.tableDesc}|${r ? Math.round(r.from) : ''}|${r ? Math.round(r.to) : ''}`;
    const c = this.tableCache;
    if (c && c.index === idx && (c.key === key || (this.settledKey(c.key) === this.settled && c.key.split('|')[1] === String(this.tableDesc))))
      return c.items;
    // undated events close the table (whatever the order), dated "data non disponibile"
    const dated = this.collectTableItems(idx, r);
    const items = idx.undated.length ? [...dated, ...idx.undated] : dated;
    this.tableCache = { key, index: idx, items };
    return items;
  }

  private settledKey(key: string): number {
    return Number(key.split('|')[0]);
  }

  private collectTableItems(idx: TimelineIndex, r: { from: number; to: number } | undefined): TimelineItem[] {
    const out: TimelineItem[] = [];
    for (const lane of idx.lanes) {
      const [i0, i1] = r ? visibleRange(lane, r.from, r.to) : [0, lane.items.length];
      for (let i = i0; i < i1; i++) out.push(lane.items[i]);
    }
    out.sort((a, b) => a.anchor - b.anchor || a.lane - b.lane);
    if (this.tableDesc) out.reverse();
    return out;
  }

  private renderTable(): TemplateResult {
    const items = this.tableItems();
    const total = items.length;
    const r = this.visibleRange;
    const viewportRows = Math.ceil((22 * 16) / TABLE_ROW_H) + TABLE_OVERSCAN * 2;
    const all = this.printing;
    const first = all ? 0 : Math.max(0, Math.min(this.tableFirst - TABLE_OVERSCAN, total - viewportRows));
    const last = all ? Math.min(total, 5000) : Math.min(total, first + viewportRows);
    const rows = items.slice(first, last);
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${this.l.t('table.caption', { span: r ? this.l.span(r.from, r.to) : '' })} @scroll=${this.onTableScroll}>
      <table aria-rowcount=${total + 1}>
        <caption>
          ${this.l.t('table.caption', { span: r ? this.l.span(r.from, r.to) : '' })} — ${this.l.t('events', { count: total })}
        </caption>
        <thead>
          <tr aria-rowindex="1">
            <th scope="col" aria-sort=${this.tableDesc ? 'descending' : 'ascending'}>
              <button @click=${() => (this.tableDesc = !this.tableDesc)}>
                ${this.l.t('col.date')} <span aria-hidden="true">${this.tableDesc ? '↓' : '↑'}</span>
                <span class="visually-hidden">(${this.l.t(this.tableDesc ? 'sort.desc' : 'sort.asc')})</span>
              </button>
            </th>
            <th scope="col">${this.l.t('col.lane')}</th>
            <th scope="col">${this.l.t('col.title')}</th>
            <th scope="col">${this.l.t('col.facility')}</th>
            <th scope="col">${this.l.t('col.author')}</th>
          </tr>
        </thead>
        <tbody>
          ${first > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan="5" ${styleProps({ height: `${first * TABLE_ROW_H}px` })}></td></tr>` : nothing}
          ${rows.map((it, k) => this.renderTableRow(it, first + k + 2))}
          ${last < total
            ? html`<tr class="spacer" aria-hidden="true"><td colspan="5" ${styleProps({ height: `${(total - last) * TABLE_ROW_H}px` })}></td></tr>`
            : nothing}
        </tbody>
      </table>
    </div>`;
  }

  private renderTableRow(it: TimelineItem, rowIndex: number): TemplateResult {
    const e = it.event;
    const sel = this.selected === it.id;
    if (it.lane < 0) {
      // an undated event: no date, not even its place in the record's order
      return html`<tr class="data undated ${sel ? 'selected' : ''}" aria-rowindex=${rowIndex} aria-selected=${sel ? 'true' : 'false'} data-id=${it.id}>
        <td><span class="muted">${this.l.t('date.unknown')}</span></td>
        <td><span ${styleProps({ color: `var(--_fse-color-cat-${it.category})` })}>${categoryIcon(it.category, 12)}</span>${this.l.t(`lane.${it.category}`)}</td>
        <td><button class="link" @click=${() => this.select(it)}>${e.title}</button></td>
        <td>${e.facility?.name ?? ''}</td>
        <td>${e.author?.name ?? ''}</td>
      </tr>`;
    }
    return html`<tr class="data ${sel ? 'selected' : ''}" aria-rowindex=${rowIndex} aria-selected=${sel ? 'true' : 'false'} data-id=${it.id}>
      <td>${this.whenOf(it, 'short')}${it.fuzzy ? html` <span class="approx">(${this.l.t('tip.approx')})</span>` : nothing}</td>
      <td>
        <span ${styleProps({ color: `var(--_fse-color-cat-${it.category})` })}>${categoryIcon(it.category, 12)}</span>${this.laneName(this.index!.lanes[it.lane])}
      </td>
      <td><button class="link" @click=${() => ((this.active = { lane: it.lane, id: it.id }), this.select(it, 'table'))}>${e.title}</button>${it.inner.length ? html` <span>(${this.l.t('tip.inner', { count: it.inner.length })})</span>` : nothing}</td>
      <td>${e.facility?.name ?? ''}</td>
      <td>${e.author?.name ?? ''}</td>
    </tr>`;
  }

  private readonly onTableScroll = (e: Event): void => {
    const el = e.currentTarget as HTMLElement;
    const caption = 40;
    const first = Math.max(0, Math.floor((el.scrollTop - caption - TABLE_ROW_H) / TABLE_ROW_H));
    if (Math.abs(first - this.tableFirst) >= 2) this.tableFirst = first;
  };
}

/**
 * Sprites of marks: a count pill or a category shape drawn once per colour, label and pixel ratio,
 * then copied, since text and paths cost far more than copying pixels and a frame holds hundreds
 * of marks. A sprite is made the third time its key is drawn, at most a few per frame, so the
 * first frame draws directly and interaction fills the cache. Shared by every timeline of the page.
 */
const sprites = new Map<string, HTMLCanvasElement | number>();
const SPRITES_PER_FRAME = 12;
/** Uses of a key before it gets a sprite: counts change as one zooms, and a sprite used once is waste. */
const SPRITE_AFTER = 3;
let spriteBudget = SPRITES_PER_FRAME;

function sprite(key: string, w: number, h: number, dpr: number, paint: (c: CanvasRenderingContext2D) => void): HTMLCanvasElement | undefined {
  const k = `${key}|${dpr}`;
  const c = sprites.get(k);
  if (typeof c === 'object') return c;
  const seen = (c ?? 0) + 1;
  if (seen < SPRITE_AFTER || spriteBudget <= 0) {
    if (c === undefined && sprites.size > 4000) sprites.clear();
    sprites.set(k, seen);
    return undefined;
  }
  spriteBudget--;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(w * dpr);
  canvas.height = Math.ceil(h * dpr);
  const x = canvas.getContext('2d');
  if (!x) return undefined;
  x.scale(dpr, dpr);
  paint(x);
  sprites.set(k, canvas);
  return canvas;
}

function nextUp(x: number): number {
  return x + Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE) * 2;
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

let fontFamily = '';
function getFontFamily(el: HTMLElement): string {
  if (!fontFamily) fontFamily = getComputedStyle(el).fontFamily || 'sans-serif';
  return fontFamily;
}

