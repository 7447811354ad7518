import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { analyteEntry, resultSeriesOf, type ClinicalEvent, type FseView, type ResultPoint, type ResultSeries } from '@percorso/model';
import { FseElement } from '../internal/base-element.js';
import { collatorFor } from '../internal/format.js';
import { FseSelectEvent } from '../internal/clinical.js';
import { analyteGlossary } from '../internal/glossary.js';
import { registeredLanguages } from '../internal/localize.js';
import { linearScale, type LinearScale } from '../internal/linear.js';
import { rovingIndex } from '../internal/roving.js';
import { styleProps } from '../internal/style-props.js';
import { FseOpenEvent } from '../document/events.js';
import { wordingFor, type Wording } from '../care-paths/derive.js';
import { messages } from './messages.js';
import { resultsStyles } from './styles.js';

export type ResultsLayout = 'charts' | 'tables';

/**
 * The `panel` value that lists the analytes no lab panel groups ("Altri risultati", as
 * `<fse-document>` heads them): a name no panel's title takes.
 */
export const OTHER_RESULTS = 'fse:other';

/** Height of one row of cards (px); cards are fixed-size so the list can be virtualised. */
const ROW_H = 188;
const OVERSCAN = 1;
const W = 280;
const H = 96;
const M = { top: 6, right: 8, bottom: 14, left: 34 };

/**
 * Half the side of a value in range, or without a range (a small square: squares raster as straight
 * edges, where 200 arcs a chart were the costliest part of each row scrolled in), and the triangles
 * of values above and below it.
 */
const S = 2.8;
const UP: readonly (readonly [number, number])[] = [[0, -4.5], [4.5, 3.5], [-4.5, 3.5]];
const DOWN: readonly (readonly [number, number])[] = [[0, 4.5], [4.5, -3.5], [-4.5, -3.5]];
const X = 3.5;
type Shape = ResultPoint['flag'] | 'implausible';

/** Traces a value's shape at (x, y) into `p` (an SVG path string builder): the marker's shape at the origin, every value's at its place. */
function trace(p: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void; close(): void }, shape: Shape, x: number, y: number): void {
  if (shape === 'implausible') {
    p.moveTo(x - X, y - X);
    p.lineTo(x + X, y + X);
    p.moveTo(x + X, y - X);
    p.lineTo(x - X, y + X);
  } else if (shape === 'high' || shape === 'low') {
    const pts = shape === 'high' ? UP : DOWN;
    p.moveTo(x + pts[0]![0], y + pts[0]![1]);
    for (let i = 1; i < pts.length; i++) p.lineTo(x + pts[i]![0], y + pts[i]![1]);
    p.close();
  } else {
    p.moveTo(x - S, y - S);
    p.lineTo(x + S, y - S);
    p.lineTo(x + S, y + S);
    p.lineTo(x - S, y + S);
    p.close();
  }
}

/** Coordinates in a path to a tenth of a pixel of the chart: shorter strings, the same drawing. */
const r1 = (v: number) => Math.round(v * 10) / 10;
/** A pen that writes SVG path data into `d`. */
function svgPen(d: string[]): Parameters<typeof trace>[0] {
  return {
    moveTo: (x, y) => d.push(`M${r1(x)},${r1(y)}`),
    lineTo: (x, y) => d.push(`L${r1(x)},${r1(y)}`),
    close: () => d.push('Z'),
  };
}

/** Shapes of a point by its flag, as SVG paths at the origin: never colour alone (WCAG 1.4.1). */
const SHAPES = Object.fromEntries(
  (['normal', 'unknown', 'high', 'low', 'implausible'] as const).map((shape) => {
    const d: string[] = [];
    trace(svgPen(d), shape, 0, 0);
    return [shape, d.join('')];
  }),
) as Record<Shape, string>;

interface Geometry {
  t0: number;
  t1: number;
  y: LinearScale;
  /** Position of each value, in the chart's coordinates (W × H). */
  xs: Float64Array;
  ys: Float64Array;
  /** The line through the plausible values, as one SVG path. */
  line: string;
  /** Every value's shape, one SVG path per shape (one element each, not one per value), in {@link SHAPE_ORDER}. */
  marks: readonly (readonly [Shape, string])[];
}

const SHAPE_ORDER = ['normal', 'unknown', 'high', 'low', 'implausible'] as const;

/** The view's documents by id, built once per view (only tables name a value's document). */
const DOCS = new WeakMap<FseView, Map<string, ClinicalEvent>>();

interface Groups {
  series: ResultSeries[];
  panels: ReadonlySet<string>;
  /** Whether some analyte of the view has no value in any panel (series of the view only: hidden values name none). */
  unpanelled: boolean;
  pathIds: ReadonlySet<string>;
}
const GROUPS = new WeakMap<FseView, Groups>();
/** The view's series (the model's resultSeriesOf) with their panels and care paths: once per view object. */
function groupsOf(view: FseView): Groups {
  let g = GROUPS.get(view);
  if (!g) {
    const series = resultSeriesOf(view);
    g = { series, panels: new Set(series.flatMap((s) => s.panels)), unpanelled: series.some((s) => !s.panels.length), pathIds: new Set(series.flatMap((s) => s.carePathIds)) };
    GROUPS.set(view, g);
  }
  return g;
}

const shapeOf = (p: ResultPoint): Shape => (p.problems.includes('implausible') ? 'implausible' : p.flag);

/**
 * Every measured value over time: lab results, vital signs and taccuino measurements, one small
 * chart per analyte (grouped by LOINC, else code and unit), with the reference range as a band,
 * out-of-range values marked by shape (triangles up and down) as well as colour, impossible values
 * as a cross, and the care path's goal as a dashed band. Units are converted only where the model
 * knows how; otherwise another chart, said so.
 *
 * Search by name — also in the citizen's words, through the model's glossary — and filter by panel
 * and by care path. Each chart is one tab stop: arrows move between values, Enter opens the
 * value's document. Each chart says in words its latest value, its range and its trend ("in calo
 * da 3 misure"); the table layout shows the same values as tables. The list of charts is
 * virtualised: only the charts in view are in the DOM.
 *
 * @tagname fse-results
 * @summary Every measured value over time: small multiples with reference bands, search and filters.
 *
 * @fires fse-select - {@link FseSelectEvent}: a value was chosen; carries its event id. Cancellable.
 * @fires fse-open - {@link FseOpenEvent}: open the document a value came from (`source: 'results'`). Cancellable.
 * @fires fse-error - The view cannot be shown, or came with error-level issues.
 *
 * @csspart filters - Search and filters. @csspart list - The scrolling list of charts.
 * @csspart card - One analyte. @csspart chart - Its chart. @csspart point - One value.
 * @csspart band - The reference range. @csspart goal - The care path's goal. @csspart summary - The words under the chart.
 * @csspart table - A table of values. @csspart state - Loading and error states.
 *
 * @cssprop [--fse-results-height=36rem] - Height of the scrolling list.
 * @cssprop --fse-color-danger - Values out of range.
 */
export class FseResults extends FseElement {
  static override styles = [...FseElement.styles, resultsStyles];
  static override messages = messages;

  @property({ reflect: true }) layout: ResultsLayout = 'charts';
  @property({ reflect: true }) wording?: Wording;
  /** Search text (name, LOINC code, or the glossary's plain words). */
  @property() query = '';
  /**
   * Only analytes with values in this lab panel (its title, as the panel's select offers it: the
   * model's `observation.panel`, e.g. "Emocromo"), or, with {@link OTHER_RESULTS} (`fse:other`),
   * only the analytes no panel groups ("Altri risultati"). Attribute `panel`.
   */
  @property() panel = '';
  /** Only series that belong to this care path (id). */
  @property({ attribute: 'care-path' }) carePath = '';

  @state() private firstRow = 0;
  @state() private rowsInView = 4;
  @state() private columns = 2;
  /**
   * Rows built above and below the rows in view: none on the first frame (only the charts a person
   * sees are built), {@link OVERSCAN} from the next frame on, so that scrolling a row shows a chart at once.
   */
  @state() private overscan = 0;
  private overscanQueued = false;

  private series: ResultSeries[] = [];
  private filtered: ResultSeries[] = [];
  /** What `filtered` was computed from (view, search, filters, language): filtered again only when one changes. */
  private filteredFor?: { series: ResultSeries[]; key: string };
  /** Active point index per series key (the chart's tab stop). */
  private activePoint = new Map<string, number>();
  /** Scales and positions of each series' values. */
  private geometry = new WeakMap<ResultSeries, Geometry>();
  /** A series' words under its chart (its summary and its problems), per language and time zone: computed when it first comes into view. */
  private words = new WeakMap<ResultSeries, { lang: string; summary: string; problems: string }>();
  /** Sizes come from this observer (of the host, then of the list): never read from layout. */
  private resizer?: ResizeObserver;
  private observedList?: Element;

  protected override viewChanged(): void {
    this.activePoint = new Map();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer = new ResizeObserver((entries) => this.resized(entries));
    this.resizer.observe(this);
    if (this.observedList) this.resizer.observe(this.observedList);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
  }

  get effectiveWording(): Wording {
    if (this.wording === 'citizen' || this.wording === 'clinician') return this.wording;
    return wordingFor(this.data?.viewer.role);
  }

  /** The series after search and filters (what is listed). */
  get shownSeries(): readonly ResultSeries[] {
    return this.filtered;
  }

  /**
   * Columns and rows in view from the observed sizes (the list's content box once it exists, else
   * the host's): ResizeObserver reports them after layout, so nothing here forces one.
   */
  private resized(entries: readonly ResizeObserverEntry[]): void {
    let width: number | undefined;
    let height: number | undefined;
    for (const e of entries) {
      if (e.target === this.observedList) {
        width = e.contentRect.width;
        height = e.contentRect.height;
      } else if (!this.observedList?.isConnected) width = e.contentRect.width;
    }
    if (width === undefined && height === undefined) return;
    const cols = Math.max(1, Math.floor((width || 600) / (W + 24)));
    if (width !== undefined && cols !== this.columns) this.columns = cols;
    if (height !== undefined) {
      const rows = Math.max(1, Math.ceil((height || 600) / ROW_H));
      if (rows !== this.rowsInView) this.rowsInView = rows;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const list = this.renderRoot.querySelector('.scroller') ?? undefined;
    if (list !== this.observedList) {
      if (this.observedList) this.resizer?.unobserve(this.observedList);
      this.observedList = list;
      if (list) this.resizer?.observe(list);
    }
    if (list && !this.overscan && !this.overscanQueued) {
      this.overscanQueued = true;
      // The frame after the first: a rAF queued now runs before the first frame paints.
      requestAnimationFrame(() => requestAnimationFrame(() => (this.overscan = OVERSCAN)));
    }
  }

  /** The view's documents by id (built once per view, when a table first names one). */
  private docOf(id: string | undefined): ClinicalEvent | undefined {
    const view = this.data;
    if (!id || !view) return undefined;
    let docs = DOCS.get(view);
    if (!docs) {
      docs = new Map();
      for (const e of view.events) if (e.kind === 'document') docs.set(e.id, e);
      DOCS.set(view, docs);
    }
    return docs.get(id);
  }

  private isShown(s: ResultSeries): boolean {
    if (this.panel === OTHER_RESULTS ? s.panels.length > 0 : this.panel && !s.panels.includes(this.panel)) return false;
    if (this.carePath && !s.carePathIds.includes(this.carePath)) return false;
    const q = this.query.trim().toLowerCase();
    if (!q) return true;
    if (s.name.toLowerCase().includes(q) || (s.loinc ?? '').includes(q)) return true;
    if (!analyteEntry(s.codes)) return false;
    // the analyte's name in every language the page can speak, and its text in the element's
    const local = analyteGlossary(s.codes, this.l.lang);
    const names = registeredLanguages().map((lang) => analyteGlossary(s.codes, lang)?.name ?? '');
    return [...names, local?.text ?? ''].some((t) => t.toLowerCase().includes(q));
  }

  protected renderView(view: FseView): unknown {
    // Grouped once per view (resultSeriesOf and groupsOf are memoised on the view object).
    const { series, panels: panelSet, unpanelled, pathIds } = groupsOf(view);
    this.series = series;
    const key = [this.query, this.panel, this.carePath, this.l.lang].join('\u0000');
    if (this.filteredFor?.series !== series || this.filteredFor.key !== key) {
      this.filtered = this.query.trim() || this.panel || this.carePath ? series.filter((s) => this.isShown(s)) : series;
      this.filteredFor = { series, key };
    }
    const panels = [...panelSet].sort(collatorFor(this.l.lang).compare);
    // "Altri risultati" last, as <fse-document> lists them, when some analyte is in no panel.
    const other = this.panel === OTHER_RESULTS || (unpanelled && panels.length > 0);
    // A panel set from outside that no value of the view belongs to stays selected (and matches nothing).
    if (this.panel && this.panel !== OTHER_RESULTS && !panelSet.has(this.panel)) panels.unshift(this.panel);
    const paths = view.carePaths.filter((p) => pathIds.has(p.id));
    const rows = Math.ceil(this.filtered.length / this.columns);
    const from = Math.max(0, this.firstRow - this.overscan);
    const to = Math.min(rows, this.firstRow + this.rowsInView + this.overscan);
    const visible = this.filtered.slice(from * this.columns, to * this.columns);
    const tables = this.layout === 'tables';
    return html`<section class="results" aria-labelledby="res-title">
      <div class="toolbar">
        <div role="heading" aria-level="2" class="h" id="res-title">${this.l.t(`title.${this.effectiveWording}`)}</div>
        <button type="button" class="fse-button" aria-pressed=${tables ? 'true' : 'false'} @click=${() => (this.layout = tables ? 'charts' : 'tables')}>${this.l.t('view.table')}</button>
      </div>
      ${view.restriction ? html`<p class="state" part="state" role="status">${this.l.t(`restriction.${view.restriction}`)}</p>` : nothing}
      <div class="filters" part="filters" role="search">
        <label>${this.l.t('search')}
          <input type="search" .value=${this.query} placeholder=${this.l.t('search.placeholder')} @input=${(e: Event) => this.setFilter('query', (e.target as HTMLInputElement).value)} />
        </label>
        ${panels.length || other
          ? html`<label>${this.l.t('panel')}
              <select class="panel" @change=${(e: Event) => this.setFilter('panel', (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!this.panel}>${this.l.t('panel.all')}</option>
                ${panels.map((p) => html`<option value=${p} ?selected=${this.panel === p}>${p}</option>`)}
                ${other ? html`<option value=${OTHER_RESULTS} ?selected=${this.panel === OTHER_RESULTS}>${this.l.t('panel.other')}</option>` : nothing}
              </select>
            </label>`
          : nothing}
        ${paths.length
          ? html`<label>${this.l.t('carepath')}
              <select @change=${(e: Event) => this.setFilter('carePath', (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!this.carePath}>${this.l.t('carepath.all')}</option>
                ${paths.map((p) => html`<option value=${p.id} ?selected=${this.carePath === p.id}>${p.title}</option>`)}
              </select>
            </label>`
          : nothing}
      </div>
      <p class="live" role="status" aria-live="polite">${this.series.length ? this.liveText(paths) : ''}</p>
      ${!this.series.length
        ? html`<p class="empty">${this.l.t('empty')}</p>`
        : !this.filtered.length
          ? html`<p class="empty">${this.l.t('nomatch')}</p>`
          : html`<p class="keys">${this.l.t('keys')}</p>
              <div class="scroller" part="list" @scroll=${this.onScroll}>
                <div class="spacer" ${styleProps({ 'block-size': `${rows * ROW_H}px` })}>
                  <ul class="cards" ${styleProps({ '--_res-cols': this.columns })}>
                    ${repeat(visible, (s) => s.key, (s, i) => this.placedCard(s, tables, from + Math.floor(i / this.columns), i % this.columns))}
                  </ul>
                </div>
              </div>`}
      ${this.renderIssues(view)}
    </section>`;
  }

  /** How many analytes are shown of how many, after the filters in force (named, so a listener knows the list is narrowed). */
  private liveText(paths: readonly { id: string; title: string }[]): string {
    const shown = this.l.t('shown', { count: this.filtered.length, total: this.series.length });
    const active: string[] = [];
    const q = this.query.trim();
    if (q) active.push(this.l.t('filter.query', { value: q }));
    if (this.panel) active.push(this.l.t('filter.panel', { value: this.panel === OTHER_RESULTS ? this.l.t('panel.other') : this.panel }));
    if (this.carePath) active.push(this.l.t('filter.carepath', { value: paths.find((p) => p.id === this.carePath)?.title ?? this.carePath }));
    return active.length ? `${this.l.t('filters.active', { list: active.join(', ') })} ${shown}` : shown;
  }

  private setFilter(key: 'query' | 'panel' | 'carePath', value: string): void {
    this[key] = value;
    this.firstRow = 0;
    const sc = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (sc) sc.scrollTop = 0;
  }

  private onScroll = (e: Event): void => {
    const row = Math.floor((e.target as HTMLElement).scrollTop / ROW_H);
    if (row !== this.firstRow) this.firstRow = row;
  };

  private fmt(v: number, s: ResultSeries): string {
    return `${this.l.number(v, { maximumFractionDigits: 2 })}${s.unit ? ` ${s.unit}` : ''}`;
  }

  private summaryText(s: ResultSeries): string {
    const last = s.points[s.points.length - 1]!;
    const parts = [this.l.t('latest', { value: this.fmt(last.value, s), flag: this.l.t(`flag.${last.flag}`), date: this.l.instant(last.t, false, 'short') })];
    if (s.range && (s.range.low !== undefined || s.range.high !== undefined))
      parts.push(this.l.t('range', { low: s.range.low !== undefined ? this.l.number(s.range.low) : '…', high: s.range.high !== undefined ? this.l.number(s.range.high) : '…' }));
    else if (s.rangeText) parts.push(this.l.t('range.text', { text: s.rangeText }));
    else parts.push(this.l.t('range.none'));
    if (s.trend.direction !== 'none') parts.push(this.l.t(`trend.${s.trend.direction}`, { count: s.trend.count }));
    return parts.join(' · ');
  }

  private pointLabel(s: ResultSeries, p: ResultPoint): string {
    const extra = p.problems.map((x) => this.l.t(`problem.${x}`));
    if (p.taccuino) extra.push(this.l.t('taccuino'));
    return [this.l.t('point', { date: this.l.instant(p.t, true), value: this.fmt(p.value, s), flag: this.l.t(`flag.${p.flag}`) }), ...extra].join(', ');
  }

  /** The words under a series' chart, once per series and language. */
  private wordsOf(s: ResultSeries): { summary: string; problems: string } {
    const lang = `${this.l.lang}|${this.l.timeZone}`;
    let w = this.words.get(s);
    if (w?.lang === lang) return w;
    const problems = new Set<string>();
    for (const p of s.points) for (const x of p.problems) if (x !== 'converted') problems.add(x);
    const bad = problems.has('no-unit') || problems.has('implausible');
    const said = bad || s.unitSplit ? `${[...problems].map((p) => this.l.t(`problem.${p}`)).join(' · ')}${s.unitSplit ? ` ${this.l.t('unit.split')}` : ''}` : '';
    w = { lang, summary: this.summaryText(s), problems: said };
    this.words.set(s, w);
    return w;
  }

  /**
   * A card in its own grid cell (row and column of the whole list), so that scrolling a row moves no
   * card already built: only the row coming in is laid out and painted (when the list itself moved
   * by a row, every card in view moved in its layer and was painted again each frame). Its content
   * is rendered again only when what it shows changes (its series, the layout, the language or time
   * zone, its active value): no words, labels, ticks or listeners made again for the cards in view.
   */
  private placedCard(s: ResultSeries, table: boolean, row: number, col: number): TemplateResult {
    return html`<li class="card" part="card" data-key=${s.key} ${styleProps({ 'grid-row-start': row + 1, 'grid-column-start': col + 1 })}>
      ${guard([s, table, this.l.lang, this.l.timeZone, this.activePoint.get(s.key)], () => this.renderCard(s, table))}
    </li>`;
  }

  private renderCard(s: ResultSeries, table: boolean): TemplateResult {
    const words = this.wordsOf(s);
    return html`<div class="card-head">
        <strong class="name">${s.name}</strong>
        <span class="unit">${s.unit || this.l.t('unit.none')}${s.loinc ? html` · LOINC ${s.loinc}` : nothing}</span>
      </div>
      ${table ? this.renderTable(s) : this.renderChart(s)}
      <p class="summary" part="summary">${words.summary}</p>
      ${s.goals.map((g) => html`<p class="goal-text">${this.l.t('goal', { text: g.target ?? g.text })}</p>`)}
      ${words.problems ? html`<p class="problems">${words.problems}</p>` : nothing}`;
  }

  /** Scales of a series' chart (cached per series object: the view's series are computed once). */
  private geometryOf(s: ResultSeries): Geometry {
    let g = this.geometry.get(s);
    if (g) return g;
    const pts = s.points;
    let t0 = pts[0]!.t;
    let t1 = pts[pts.length - 1]!.t;
    if (t0 === t1) {
      t0 -= 86_400_000;
      t1 += 86_400_000;
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of pts) {
      if (p.problems.includes('implausible') && !Number.isFinite(p.value)) continue;
      if (p.value < lo) lo = p.value;
      if (p.value > hi) hi = p.value;
    }
    for (const v of [s.range?.low, s.range?.high, ...s.goals.flatMap((gl) => [gl.range?.low, gl.range?.high])]) {
      if (v === undefined) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
      lo = 0;
      hi = 1;
    }
    if (lo === hi) {
      lo -= 1;
      hi += 1;
    }
    // Epoch ms on a linear scale (as scaleTime maps them) without d3-time-format: no time ticks are drawn here.
    const x = linearScale([t0, t1], [M.left, W - M.right]);
    const y = linearScale([lo, hi], [H - M.bottom, M.top], { nice: 4 });
    const xs = new Float64Array(pts.length);
    const ys = new Float64Array(pts.length);
    const line: string[] = [];
    // One pen per shape (not one per value: no garbage per value).
    const byShape = new Map<Shape, { d: string[]; pen: Parameters<typeof trace>[0] }>();
    for (let i = 0; i < pts.length; i++) {
      const px = (xs[i] = x(pts[i]!.t));
      const py = (ys[i] = y(pts[i]!.value));
      const shape = shapeOf(pts[i]!);
      if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
      if (shape !== 'implausible') line.push(`${line.length ? 'L' : 'M'}${r1(px)},${r1(py)}`);
      let b = byShape.get(shape);
      if (!b) {
        const d: string[] = [];
        byShape.set(shape, (b = { d, pen: svgPen(d) }));
      }
      trace(b.pen, shape, px, py);
    }
    const marks = SHAPE_ORDER.filter((k) => byShape.has(k)).map((k) => [k, byShape.get(k)!.d.join('')] as const);
    g = { t0, t1, y, xs, ys, line: line.join(''), marks };
    this.geometry.set(s, g);
    return g;
  }

  /**
   * One chart: the reference band, the goal, the ticks, then the line as one path and the values as
   * one path per shape (a handful of SVG nodes a chart, whatever its number of values: one node per
   * value cost more than the budget of the whole list, and a canvas a chart cost a drawing surface
   * each — its allocation was the largest part of a first render and of each row scrolled in); the
   * one focusable value is SVG above them, with the same shapes. The chart keeps one tab stop: the
   * active value is a focusable, named SVG shape; arrows move it; a click on the chart picks the
   * nearest value.
   */
  private renderChart(s: ResultSeries): TemplateResult {
    const pts = s.points;
    const { t0, t1, y, xs, ys, line, marks } = this.geometryOf(s);
    const [ylo, yhi] = y.domain();
    const band = (r: { low?: number; high?: number } | undefined) =>
      r && (r.low !== undefined || r.high !== undefined) ? { top: y(r.high ?? yhi), bottom: y(r.low ?? ylo) } : undefined;
    const ref = band(s.range);
    const active = Math.min(this.activePoint.get(s.key) ?? pts.length - 1, pts.length - 1);
    const p = pts[active]!;
    const shape = shapeOf(p);
    const ticks = y.ticks(3);
    return html`<div class="chart" part="chart" role="group" aria-label=${this.l.t('chart.label', { name: s.name, count: pts.length })} @keydown=${(e: KeyboardEvent) => this.onPointKey(e, s)}>
      <svg class="back" viewBox="0 0 ${W} ${H}" width="100%" height=${H} aria-hidden="true" @click=${(e: MouseEvent) => this.onPlotClick(e, s)}>
        ${ref ? svg`<rect class="band" part="band" x=${M.left} width=${W - M.left - M.right} y=${ref.top} height=${Math.max(1, ref.bottom - ref.top)}></rect>` : nothing}
        ${s.goals.map((g) => {
          const b = band(g.range);
          return b ? svg`<rect class="goal" part="goal" x=${M.left} width=${W - M.left - M.right} y=${b.top} height=${Math.max(1, b.bottom - b.top)}></rect>` : nothing;
        })}
        ${ticks.map((t) => svg`<text class="tick" x=${M.left - 4} y=${y(t) + 3} text-anchor="end" aria-hidden="true">${this.l.number(t)}</text>`)}
        <text class="tick" x=${M.left} y=${H - 2} aria-hidden="true">${this.l.instant(t0)}</text>
        <text class="tick" x=${W - M.right} y=${H - 2} text-anchor="end" aria-hidden="true">${this.l.instant(t1)}</text>
        <path class="line" d=${line}></path>
        ${marks.map(([shape, d]) => svg`<path class="point all ${shape}" d=${d}></path>`)}
      </svg>
      <svg class="front" viewBox="0 0 ${W} ${H}" width="100%" height=${H}>
        <path class="point ${shape} active" part="point" role="img" data-index=${active} tabindex="0" aria-label=${this.pointLabel(s, p)}
          transform=${`translate(${xs[active]},${ys[active]})`} d=${SHAPES[shape]} @click=${() => this.choose(s, active)}></path>
      </svg>
    </div>`;
  }

  private onPlotClick(e: MouseEvent, s: ResultSeries): void {
    const r = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
    // The chart's viewBox in its box (preserveAspectRatio meet: scaled to fit, centred).
    const k = Math.min(r.width / W, r.height / H) || 1;
    const px = (e.clientX - r.left - (r.width - W * k) / 2) / k;
    const py = (e.clientY - r.top - (r.height - H * k) / 2) / k;
    const { xs, ys } = this.geometryOf(s);
    let best = -1;
    let bestD = 12 * 12;
    for (let i = 0; i < xs.length; i++) {
      const d = (xs[i]! - px) ** 2 + (ys[i]! - py) ** 2;
      if (d <= bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best >= 0) this.choose(s, best);
  }

  private renderTable(s: ResultSeries): TemplateResult {
    const active = this.activePoint.get(s.key) ?? s.points.length - 1;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${s.name}>
      <table part="table">
        <caption class="visually-hidden">${s.name}</caption>
        <thead>
          <tr>
            <th scope="col">${this.l.t('col.date')}</th>
            <th scope="col">${this.l.t('col.value')}</th>
            <th scope="col">${this.l.t('col.flag')}</th>
            <th scope="col">${this.l.t('col.source')}</th>
          </tr>
        </thead>
        <tbody>
          ${[...s.points].reverse().map((p) => {
            const i = s.points.indexOf(p);
            const doc = this.docOf(p.documentId);
            return html`<tr aria-current=${i === active ? 'true' : 'false'}>
              <td>${this.l.instant(p.t)}</td>
              <td>${this.fmt(p.value, s)}</td>
              <td>${[this.l.t(`flag.${p.flag}`), ...p.problems.map((x) => this.l.t(`problem.${x}`))].join(', ')}</td>
              <td>${doc ? html`<button type="button" class="link" @click=${() => this.choose(s, i)}>${doc.title}</button>` : ''}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private choose(s: ResultSeries, i: number): void {
    const p = s.points[i]!;
    this.activePoint.set(s.key, i);
    this.emit(new FseSelectEvent([p.eventId], 'results', s.key));
    if (p.documentId) this.emit(new FseOpenEvent(p.documentId, 'results'));
    this.requestUpdate();
  }

  private onPointKey(e: KeyboardEvent, s: ResultSeries): void {
    const target = e.composedPath()[0] as Element;
    if (!target.classList?.contains('point')) return;
    const at = Number((target as SVGElement).dataset.index);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(s, at);
      return;
    }
    const to = rovingIndex(e.key, at, s.points.length);
    if (to === undefined) return;
    e.preventDefault();
    const svgEl = target.parentElement;
    this.activePoint.set(s.key, to);
    this.requestUpdate();
    void this.updateComplete.then(() => svgEl?.querySelector<SVGElement>('path.point.active')?.focus());
  }
}
