import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { countsFor, type ClinicalEvent, type FseView } from '@percorso/model';
import { FseElement } from '../internal/base-element.js';
import type { RecordState } from '../internal/record.js';
import { styleProps } from '../internal/style-props.js';
import { TooltipController, tooltipTemplate } from '../internal/tooltip.js';
import { FseEventSelectEvent, FseRangeChangeEvent } from './events.js';
import { FseOpenEvent } from '../document/events.js';
import { buildIndex, visibleRange, type GroupBy, type Lane, type TimelineFilter, type TimelineIndex, type TimelineItem } from './index.js';
import { TimelineGrid } from './keyboard.js';
import { messages } from './messages.js';
import { COLOR_KEYS, TimelineRenderer, type DrawnLabels, type DrawnMark } from './renderer.js';
import { timelineStyles } from './styles.js';
import { TimelineTable, undatedList } from './table.js';
import { PlotPointer } from './pointer.js';
import { rangeSentence, summaryText, tipFor, titleDetails } from './text.js';
import { TimelineMedia } from './media.js';
import { TimelineZoom } from './zoom.js';
import { toolbarTemplate, type ToolbarActions } from './toolbar.js';

const NO_DETAILS: ReadonlyMap<string, string> = new Map();
/** The console says once per page that a body-region filter came without its regions function. */
let warnedRegions = false;

export type { GroupBy, TimelineFilter } from './index.js';

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

  /**
   * What the timeline opens on: `recent` (default) the recent years where the record is dense, up to
   * today; `all` the whole record. "Tutto" shows the whole record either way.
   */
  @property({ reflect: true }) opening: 'recent' | 'all' = 'recent';

  /** Shows the table of the events in the visible range. */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /**
   * Maps an event to body regions for `filter.bodyRegion`: inside `<fse-record>` or `<fse-journey>` the
   * record gives it (the body map's own counting rule); a timeline on its own that filters by body region
   * is given `bodyRegionsOf` from `@percorso/model` (the same rule as `<fse-body-map>`). Without it a
   * body-region filter keeps nothing (and the console says so once): the timeline does not bundle the
   * body-region code tables (about 6 kB gzip) for a filter most pages never set.
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

  @state() private collapsed: ReadonlySet<string> = new Set<string>();
  @state() private liveText = '';
  /** Bumped when the visible range settled (re-renders the DOM layer: lane counts, table). */
  @state() private settled = 0;

  private index?: TimelineIndex;
  private canvas?: HTMLCanvasElement;
  private frameRequested = 0;
  private highlightedAnchors: Float64Array[] = [];
  private highlightSet = new Set<string>();
  private liveTimer?: ReturnType<typeof setTimeout>;
  /** The range to show once the plot is laid out: the opening view, or all of the index. */
  private pendingFit: false | 'opening' | 'all' = 'opening';
  /** The range the opening view chose, while the user has not moved it. */
  private opened?: { from: number; to: number };
  private pendingRange?: { from: number; to: number };
  private filterKey = '{}';
  private focusWithin = false;
  /** The patient of the view shown, to tell a growing view from another record. */
  private viewPatient?: string;
  private readonly tooltip = new TooltipController(this);
  /** Zoom gestures, presets and the settled range (zoom.ts). */
  private readonly zoom = new TimelineZoom(this, {
    onZoom: () => {
      this.pointer.forget();
      if (this.tooltip.open && !this.focusWithin) this.tooltip.hide();
      this.scheduleDraw();
    },
    onResize: () => this.drawNow(),
    onSettle: () => {
      this.grid.keepActiveInView();
      this.settled++;
      this.announceSoon(0);
      const r = this.visibleRange;
      if (r) this.dispatchEvent(new FseRangeChangeEvent(r.from, r.to, this.visibleCount()));
    },
  });
  /** The canvas: marks, bins, bars, sprites, and the axis (renderer.ts). */
  private readonly renderer = new TimelineRenderer();
  /** The virtual table (table.ts). */
  private readonly table = new TimelineTable(this);
  /** The keyboard grid and its roving tab stop (keyboard.ts). */
  private readonly grid = new TimelineGrid(this, this.zoom, {
    index: () => this.index,
    range: () => this.visibleRange,
    collapsed: () => this.collapsed,
    fit: () => this.fit(),
    redraw: () => this.drawNow(),
    showTip: (it, anchor) => void this.tooltip.show(anchor, tipFor(this.l, this.index!, it, this.details())),
    hideTip: () => this.tooltip.hide(),
    tipOpen: () => this.tooltip.open,
    selected: () => this.selected,
    highlighted: (id) => this.highlightSet.has(id),
    details: () => this.labelDetails(),
    laneHeight: (lane) => this.laneHeight(lane),
    l: () => this.l,
    select: (it) => this.select(it),
    toggleLane: (key, li) => this.toggleLane(key, li),
    announce: () => this.announceSoon(),
    focusWithin: () => this.focusWithin,
  });
  /** Hover and click on the plot (pointer.ts). */
  private readonly pointer = new PlotPointer(this.zoom, this.renderer, {
    index: () => this.index,
    details: () => this.details(),
    l: () => this.l,
    tooltip: this.tooltip,
    focusWithin: () => this.focusWithin,
    open: (it, lane) => {
      this.grid.active = { lane, id: it.id };
      this.select(it);
    },
    announce: () => this.announceSoon(),
  });
  /** Printing, and the theme's media that change the canvas's colours (media.ts). */
  private readonly media = new TimelineMedia(this, () => {
    this.readColors();
    this.scheduleDraw();
  });

  /** Frames drawn so far (for benchmarks and tests that wait for a frame). */
  drawCount = 0;
  /** performance.now() at the end of the last frame drawn. */
  lastDrawAt = 0;

  // ───────────── life cycle ─────────────

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: set zoom and resize observation up again on the next update.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frameRequested);
    this.frameRequested = 0;
    clearTimeout(this.liveTimer);
    this.canvas = undefined;
  }

  protected override viewChanged(view: FseView | undefined): void {
    // A view of the same patient that grows while pages arrive (or comes back after a change)
    // keeps what the user is looking at: the range they zoomed to and the item they are on.
    const patient = view?.patient?.id;
    const growing = !!view && patient !== undefined && patient === this.viewPatient && !!this.index;
    this.viewPatient = patient;
    const range = growing ? this.visibleRange : undefined;
    // Seeing the whole record or the opening view, and not pointing at or focused on the plot: the
    // grown record opens again. Zoomed, or under the user's pointer or focus: the range stays.
    const [e0, e1] = this.zoom.extent;
    const o = this.opened;
    const wasAll = !range || (range.from <= e0 + 1 && range.to >= e1 - 1) || (!!o && Math.abs(range.from - o.from) + Math.abs(range.to - o.to) < 2);
    const engaged = this.focusWithin || !!this.zoom.plot?.matches(':hover');
    this.pointer.forget();
    if (!growing) {
      this.grid.active = undefined;
      this.tooltip.hide();
    }
    this.reindex(view);
    if (growing && range && (!wasAll || engaged)) this.pendingRange = range;
    else this.pendingFit = 'opening';
  }

  private reindex(view: FseView | undefined = this.data): void {
    if (!view) {
      this.index = undefined;
      return;
    }
    const titles = new Map((view.carePaths ?? []).map((p) => [p.id, p.title] as const));
    if (this.filter?.bodyRegion && !this.regionsOf && !warnedRegions) {
      warnedRegions = true;
      console.warn("<fse-timeline>: filter.bodyRegion needs .regionsOf (e.g. bodyRegionsOf from '@percorso/model'); until then the filter keeps nothing.");
    }
    const idx = buildIndex(view, {
      groupBy: this.groupBy,
      filter: this.filter ?? undefined,
      regionsOf: this.regionsOf,
      carePathTitle: (id) => titles.get(id),
      now: this.nowMs(view),
    });
    this.index = idx;
    this.zoom.setExtent(idx.count ? idx.min : undefined, idx.count ? idx.max : undefined, this.nowMs(view), this.birthMs());
    this.indexHighlights();
    this.grid.reindexed(idx);
  }

  /** What tells apart documents that share a title, per item id (text.ts, made once per index). */
  private details(): ReadonlyMap<string, string> {
    if (!this.index || !this.data) return NO_DETAILS;
    this.detailsNow = true;
    return titleDetails(this.l, this.data, this.index);
  }

  /**
   * The same for the label of the focusable event, which is made at every render — but not in an
   * element's first frame in the browser: the details read the results of the whole view
   * (`resultSeriesOf`), the first render's largest piece of script, for that one label, which nobody
   * can have focused yet. They are made once that frame is painted and the page is idle (or as soon
   * as the table or a tooltip needs them), and the element renders the label again. At once on the
   * server and when hydrating the server's DOM, whose first render must say what the server said.
   */
  private labelDetails(): ReadonlyMap<string, string> {
    if (this.detailsNow || !this.index || !this.data || (!this.hasUpdated && this.renderRoot.hasChildNodes())) return this.details();
    const made = (): void => {
      this.detailsNow = true;
      this.requestUpdate();
    };
    // after the first frame, once the page is idle (a timer where there is no requestIdleCallback)
    this.detailsSoon ||= requestAnimationFrame(() =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(made, { timeout: 500 }) : setTimeout(made, 50),
    );
    return NO_DETAILS;
  }
  private detailsNow = isServer;
  private detailsSoon = 0;

  private nowMs(view: FseView | undefined = this.data): number {
    return this.now ?? view?.viewer?.now ?? Date.now();
  }

  private birthMs(): number | undefined {
    const b = this.data?.patient?.birthDate?.start;
    return typeof b === 'number' && Number.isFinite(b) ? b : undefined;
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
      if (this.zoom.width && range) this.pendingRange = range;
      // A body region chosen (on the body map): show all that matches, not the range it was at (issue 11 §2).
      if (refilter && this.filter?.bodyRegion && this.index?.count) {
        this.pendingRange = undefined;
        this.pendingFit = 'all';
      }
      if (refilter) this.announceSoon();
    }
    if (changed.has('highlighted')) this.indexHighlights();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.dataState !== 'ready' || !this.index?.count) {
      this.zoom.detach();
      this.canvas = undefined;
      return;
    }
    this.setupPlot();
    if (changed.has('theme') || (changed as Map<PropertyKey, unknown>).has('dataState') || !this.renderer.hasColors) this.readColors();
    this.drawNow();
  }

  // ───────────── plot, zoom ─────────────

  private setupPlot(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas');
    if (!plot || !canvas) return;
    if (this.zoom.attach(plot)) this.canvas = canvas;
    if (this.pendingFit) {
      if (this.pendingFit === 'all') this.fit();
      else this.openingView();
      this.pendingFit = false;
      // The DOM layer (lane counts, roving tab stop, table) needs the range: render it once more,
      // in the next frame, so the first frame shows the marks as soon as they are drawn.
      requestAnimationFrame(() => this.settled++);
    } else if (this.pendingRange) {
      const r = this.pendingRange;
      this.pendingRange = undefined;
      this.zoom.configure();
      this.zoom.zoomTo(r.from, r.to);
    }
  }

  /**
   * The visible range (epoch ms, end exclusive). Before the first layout (and in a server render)
   * the range the first layout will show: the opening view, the whole record, or the range a
   * growing view keeps.
   */
  get visibleRange(): { from: number; to: number } | undefined {
    const idx = this.index;
    if (!idx) return undefined;
    const opening = () => (this.pendingFit === 'opening' && this.opening !== 'all' ? this.zoom.recent(idx, this.nowMs()) : undefined);
    return this.zoom.range() ?? this.pendingRange ?? (idx.count ? (opening() ?? this.zoom.fitted(idx.min, idx.max)) : undefined);
  }

  /** Shows [from, to) (clamped to the record's span and to the zoom limits). */
  zoomTo(from: number, to: number): void {
    this.zoom.zoomTo(from, to);
  }

  /** Zooms by `factor` (> 1 zooms in) around an instant (default: the middle of the view). */
  zoomBy(factor: number, at?: number): void {
    this.zoom.zoomBy(factor, at);
  }

  /** Pans by `ms` (positive moves later in time). */
  panBy(ms: number): void {
    this.zoom.panBy(ms);
  }

  /** Shows every mark of the view (the "Tutto" preset). */
  fit(): void {
    const idx = this.index;
    if (idx?.count) this.zoom.fitSpan(idx.min, idx.max);
  }

  /** Shows the last `ms` of time up to today, or the last booking after it ("Oggi": today, midnight to midnight). */
  private preset(ms: number): void {
    if (this.index) this.zoom.preset(this.index, this.nowMs(), ms, this.l.timeZone);
    this.announceSoon();
  }

  /** The opening view: the recent years where the record is dense (or all of it, with `opening="all"`). */
  private openingView(): void {
    const idx = this.index;
    if (!idx?.count) return;
    if (this.opening === 'all' || !this.zoom.showRecent(idx, this.nowMs())) this.fit();
    this.opened = this.visibleRange;
  }

  // ───────────── drawing ─────────────

  private scheduleDraw(): void {
    if (this.frameRequested) return;
    this.frameRequested = requestAnimationFrame(() => {
      this.frameRequested = 0;
      this.drawNow();
    });
  }

  private readColors(): void {
    this.renderer.readColors(this.renderRoot);
  }

  /** Draws the canvas, the axis and the keyboard cursor for the current transform. */
  private drawNow(): void {
    const idx = this.index;
    const canvas = this.canvas;
    if (!idx || !canvas || !this.zoom.width) return;
    if (this.frameRequested) {
      cancelAnimationFrame(this.frameRequested);
      this.frameRequested = 0;
    }
    const selected = this.selected ? (idx.byId.get(this.selected) ?? idx.innerToItem.get(this.selected)) : undefined;
    this.renderer.draw(canvas, this.renderRoot.querySelector<HTMLElement>('.axis'), {
      index: idx,
      zoom: this.zoom,
      collapsed: this.collapsed,
      highlightedAnchors: this.highlightedAnchors,
      selected,
      now: this.nowMs(),
      birth: this.birthMs(),
      l: this.l,
      host: this,
    });
    this.placeCursor();
    this.drawCount++;
    this.lastDrawAt = performance.now();
  }

  /** Moves the keyboard cursor over the active event (hidden when it is out of view). */
  private placeCursor(): void {
    const cursor = this.renderRoot.querySelector<HTMLElement>('.cursor');
    if (!cursor) return;
    const it = this.grid.activeItem();
    if (!it) return;
    const x = this.zoom.xOf(it.anchor);
    cursor.style.left = `${x.toFixed(1)}px`;
    cursor.classList.toggle('off', x < -4 || x > this.zoom.width + 4);
  }

  private laneHeight(lane: Lane): number {
    return this.renderer.laneHeight(lane, this.collapsed);
  }

  private toggleLane(key: string, li: number): void {
    const next = new Set(this.collapsed);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.collapsed = next;
    if (this.grid.active?.lane === li) this.grid.active = { lane: li };
    void this.grid.focusActive();
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

  // ───────────── live region ─────────────

  private announceSoon(delay = 400): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => {
      const r = this.visibleRange;
      this.liveText = r && this.index ? rangeSentence(this.l, this.index, r) : '';
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

  /** The marks drawn in the last frame, per lane: `{ lane, count, t }` for each mark or bin (for tests and tools). */
  get drawnMarks(): readonly DrawnMark[] {
    return this.index ? this.renderer.drawnMarks(this.index) : [];
  }

  /** The count labels of the last frame, with the width of their text and of their pill, and the lanes drawn as strips. */
  get drawnLabels(): DrawnLabels {
    return this.renderer.drawnLabels(this.index);
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
      <p class="summary" part="summary" id="summary">${summaryText(this.l, idx, countsFor(view))}</p> ${this.renderLoadProgress()}
      ${toolbarTemplate(this.l, { disabled: !idx.count, range: this.visibleRange, showTable: this.showTable }, this.toolbarActions)}
      ${idx.count
        ? this.renderChart(idx)
        : idx.undated.length
          ? nothing
          : html`<div class="state empty" part="empty" role="status">${this.l.t('empty.filter')}</div>`}
      ${undatedList(this.l, idx, this.selected, (it) => this.select(it))}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.liveText}</div>
      ${this.showTable || this.media.printing ? this.renderTable(idx) : nothing} ${tooltipTemplate(this.tooltip, 'tl-tip')}
      ${this.renderProbes()}`;
  }

  private renderTable(idx: TimelineIndex): TemplateResult {
    return this.table.render({
      index: idx,
      range: this.visibleRange,
      settled: this.settled,
      printing: this.media.printing,
      selected: this.selected,
      l: this.l,
      details: this.details(),
      select: (it) => {
        // undated rows select as from the timeline; dated ones become the active cell too
        if (it.lane < 0) return this.select(it);
        this.grid.active = { lane: it.lane, id: it.id };
        this.select(it, 'table');
      },
    });
  }

  private renderProbes(): TemplateResult {
    return html`<div class="probes" aria-hidden="true">
      ${COLOR_KEYS.map((k) => html`<span class="probe" data-k=${k} ${styleProps({ color: `var(--_fse-color-${k})` })}></span>`)}
      <span class="lane-probe"></span>
    </div>`;
  }

  /** The toolbar's buttons act as the public methods do, and say the new range when it settles. */
  private readonly toolbarActions: ToolbarActions = {
    zoomBy: (factor) => (this.zoomBy(factor), this.announceSoon()),
    preset: (ms) => this.preset(ms),
    fit: () => (this.fit(), this.announceSoon()),
    toggleTable: () => (this.showTable = !this.showTable),
  };

  private renderChart(idx: TimelineIndex): TemplateResult {
    const target = this.grid.rovingTarget();
    // The plot's height is the lanes' (CSS: it spans the frame below the axis), each lane's is CSS
    // too (expanded or collapsed): a server render carries them, so nothing resizes when it hydrates.
    return html`<div class="frame" part="chart">
      <div class="axis" part="axis" aria-hidden="true"></div>
      <div
        class="plot"
        @pointermove=${this.pointer.onMove}
        @pointerleave=${this.pointer.onLeave}
        @click=${this.pointer.onClick}
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
        @keydown=${this.grid.onKey}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
      >
        ${idx.lanes.map((lane, li) => this.grid.renderRow(lane, li, target))}
      </div>
      <span id="hint" hidden>${this.l.t('chart.hint')}</span>
    </div>`;
  }

  private readonly onFocusIn = (): void => {
    this.focusWithin = true;
    const cursor = this.renderRoot.querySelector<HTMLElement>('.cursor');
    if (cursor && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === cursor) this.grid.focusedCursor(cursor);
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    this.focusWithin = false;
    this.tooltip.hide();
  };
}
