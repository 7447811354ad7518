import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bodyRegionsOf, countsFor, type BodyRegion, type FseView } from '@percorso/model';
import { FseElement } from '../internal/base-element.js';
import type { RecordState } from '../internal/record.js';
import { moveTabStop, rovingIndex } from '../internal/roving.js';
import { TooltipController, tooltipTemplate } from '../internal/tooltip.js';
import { countRegions, heatLevel, type RegionCount, type RegionIndex } from './count.js';
import { FseRegionSelectEvent } from './events.js';
import {
  decorations,
  LOWER_BACK,
  MAP_REGIONS,
  PLACELESS,
  shapes,
  VIEWBOX,
  type Anatomy,
  type MapRegion,
  type RegionShape,
  type Side,
} from './geometry.js';
import { messages } from './messages.js';
import { bodyMapStyles } from './styles.js';

export type { Anatomy, MapRegion, Side } from './geometry.js';
export type BodyMapMode = 'figure' | 'list';

const ALL = new Set<string>(MAP_REGIONS);
const isMapRegion = (v: unknown): v is MapRegion => typeof v === 'string' && ALL.has(v);
/** Organs drawn over body parts: their zero level is lighter, so they read as organs. */
const ORGANS = new Set<MapRegion>(['eyes', 'ent', 'lungs', 'heart', 'breast', 'liver', 'digestive', 'kidneys', 'reproductive', 'spine']);

/**
 * A body map of the patient's record: a human silhouette, front and back, with the number of
 * documents that concern each part of the body (head, eyes, ear-nose-throat, neck, chest, heart,
 * lungs, breast, abdomen, liver, stomach and bowel, kidneys, bladder and pelvis, reproductive
 * organs, spine, arms and legs by side) and, beside the figure, what is not a place: skin, blood
 * and immune system, whole body or not localised.
 *
 * Counting (see `count.ts`): the unit is a document, or an event not read from a document in the
 * view; events read from inside a document lend their body regions to it, so a document counts
 * once per region it concerns. Nothing is lost: what maps to no place counts under "whole body or
 * not localised". Counts come only from `.view`: what the viewer may not see is not counted.
 *
 * The heat of a region is its fill (luminance steps), its outline weight, and a hatch on the two
 * highest steps (every step in forced colours), so it reads in greyscale; the number is always in
 * the badge and in the region's name.
 *
 * Keyboard: the regions are one tab stop; arrow keys move in space (up, down, left, right, by the
 * regions' centres in the current view), Home and End go to the first and last; Enter or Space
 * select (again: clear); Esc closes the tooltip, then clears the selection. The front/back and list
 * toggles are buttons. The list alternative (sorted by count) is always in the accessibility tree.
 *
 * @tagname fse-body-map
 * @summary Body map: counts of the record's documents per body region, front and back, with a list alternative.
 *
 * @fires fse-region-select - {@link FseRegionSelectEvent}: a region was selected or the selection cleared; `detail` has `region`, `selected` and the `eventIds` counted there. Cancellable.
 * @fires fse-error - The view cannot be shown, or came with error-level issues.
 *
 * @csspart figure - The SVG figure.
 * @csspart region - A region: a shape of the figure, a control beside it, or an item of the list. Also `region-selected`.
 * @csspart badge - The count of a region (on the figure and on the controls).
 * @csspart list - The list alternative.
 * @csspart toggle - The front/back and figure/list toggles.
 * @csspart legend - The legend of the heat scale.
 * @csspart empty - The line shown when the record has no documents.
 * @csspart tooltip - The tooltip.
 * @csspart state - Loading and error states.
 *
 * @cssprop [--fse-body-map-figure-max=19rem] - Widest the figure grows in a wide container.
 * @cssprop --fse-color-heat-0 - Heat step 0 (no documents); steps 1–4: `--fse-color-heat-1` … `--fse-color-heat-4`.
 * @cssprop --fse-color-silhouette - The silhouette.
 * @cssprop --fse-color-selection - The selected region.
 * @cssprop --fse-color-focus - The keyboard focus ring.
 */
export class FseBodyMap extends FseElement {
  static override styles = [...FseElement.styles, bodyMapStyles];
  static override messages = messages;

  /** The side of the figure: `front` (default) or `back`. */
  @property({ reflect: true }) side: Side = 'front';

  /** `neutral` (default), `female` or `male`: how the breast and reproductive regions are drawn. */
  @property({ reflect: true }) anatomy: Anatomy = 'neutral';

  /** `figure` (default) or `list`: the list alternative in place of the figure. */
  @property({ reflect: true }) mode: BodyMapMode = 'figure';

  /**
   * The selected map region (`chest`, `upper-limb-left`…), or empty. Set by the user or by a host
   * that drives it from a timeline filter; a region only on the other side turns the figure.
   */
  @property({ reflect: true }) selected?: MapRegion | '';

  /** Inside `<fse-record>` (or the journey): the record's selected region. */
  protected override recordChanged(record: RecordState): void {
    this.selected = record.selectedRegion;
  }

  /** The region that holds the tab stop. */
  @state() private active: MapRegion = 'head';

  private index?: RegionIndex;
  private readonly tooltip = new TooltipController(this);

  protected override viewChanged(view: FseView | undefined): void {
    this.index = view ? countRegions(view, bodyRegionsOf) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected') && isMapRegion(this.selected) && !PLACELESS.includes(this.selected)) {
      const onSide = this.regionsOnSide(this.effectiveSide);
      if (!onSide.has(this.selected) && this.regionsOnSide(this.otherSide).has(this.selected)) this.side = this.otherSide;
    }
    if (changed.has('selected') && isMapRegion(this.selected)) this.active = this.selected;
    // The tab stop stays on a region the current side shows.
    if (!this.regionsOnSide(this.effectiveSide).has(this.active)) this.active = this.firstOn(this.effectiveSide);
  }

  /** The counts the element shows, by map region (for hosts and tests). */
  get counts(): ReadonlyMap<MapRegion, RegionCount> {
    return this.index?.regions ?? new Map();
  }

  private get effectiveSide(): Side {
    return this.side === 'back' ? 'back' : 'front';
  }

  private get otherSide(): Side {
    return this.effectiveSide === 'front' ? 'back' : 'front';
  }

  private get effectiveAnatomy(): Anatomy {
    return this.anatomy === 'female' || this.anatomy === 'male' ? this.anatomy : 'neutral';
  }

  private get selectedRegion(): MapRegion | undefined {
    return isMapRegion(this.selected) ? this.selected : undefined;
  }

  private regionsOnSide(side: Side): Set<MapRegion> {
    return new Set([...shapes(side, this.effectiveAnatomy).map((s) => s.region), ...PLACELESS]);
  }

  private name(r: MapRegion): string {
    return this.l.t(`region.${r}`);
  }

  private countOf(r: MapRegion): RegionCount {
    return this.index?.regions.get(r) ?? { region: r, count: 0, itemIds: [], relatedIds: [] };
  }

  /** "Torace, 12 documenti". */
  private label(r: MapRegion): string {
    return this.l.t('control', { name: this.name(r), count: this.l.t('count', { count: this.countOf(r).count }) });
  }

  /** "Il più recente: Radiografia del torace, 3 novembre 2025" (or the next booking when nothing is past). */
  private latestText(r: MapRegion): string {
    const c = this.countOf(r);
    const e = c.latest ?? c.next;
    if (!e && c.undated) return this.l.t('latest', { title: c.undated.title || '—', date: this.l.t('date.unknown') });
    if (!e) return this.l.t('latest.none');
    // The day is enough here (the timeline has the time).
    const d = e.date;
    const day = d.precision === 'minute' || d.precision === 'second' ? { ...d, precision: 'day' as const } : d;
    return this.l.t(c.latest ? 'latest' : 'next', { title: e.title || '—', date: this.l.date(day) });
  }

  private level(r: MapRegion): number {
    return heatLevel(this.countOf(r).count, this.index?.max ?? 0);
  }

  // ───────────────────────── rendering ─────────────────────────

  protected renderView(view: FseView): unknown {
    const index = this.index;
    // the one count of the record's events (countsFor), as every element states it
    const items = countsFor(view).events;
    const listMode = this.mode === 'list';
    const side = this.effectiveSide;
    const sel = this.selectedRegion;
    return html`
      <div class="toolbar">
        <div class="segmented" role="group" aria-label=${this.l.t('side.label')} ?hidden=${listMode}>
          ${(['front', 'back'] as const).map(
            (s) => html`<button
              class="fse-button"
              part="toggle"
              data-side=${s}
              aria-pressed=${side === s ? 'true' : 'false'}
              @click=${() => this.setSide(s)}
            >${this.l.t(`side.${s}`)}</button>`,
          )}
        </div>
        <button
          class="fse-button list-toggle"
          part="toggle"
          data-toggle="list"
          aria-pressed=${listMode ? 'true' : 'false'}
          @click=${() => this.setMode(listMode ? 'figure' : 'list')}
        >${this.l.t('list.show')}</button>
      </div>
      ${items === 0
        ? html`<p class="empty" part="empty">
            ${view.restriction ? this.l.t(`restriction.${view.restriction}`) : this.l.t('empty')}
          </p>`
        : nothing}
      <div class="layout ${listMode ? 'is-list' : ''}" @keydown=${this.onRegionsKey} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
        ${listMode ? nothing : this.renderFigure(side)}
        <div class="side">
          ${sel
            ? html`<div class="selection">
                <p role="status"><strong>${this.l.t('selected')}:</strong> ${this.label(sel)}</p>
                <button class="fse-button clear" part="toggle" data-clear @click=${() => this.clearSelection()}>
                  ${this.l.t('clear')}
                </button>
              </div>`
            : html`<p class="visually-hidden" role="status"></p>`}
          ${listMode ? nothing : this.renderPlacelessControls()}
          ${listMode ? nothing : this.renderLegend()}
          ${this.renderList(listMode)}
          <p class="summary">${this.l.t('summary', { count: items, unplaced: index?.unplaced ?? 0 })}</p>
          <p class="rule">${this.l.t('rule')}</p>
        </div>
      </div>
      <svg class="defs" aria-hidden="true" focusable="false"><defs>${this.patterns()}</defs></svg>
      <span id="keys" hidden>${this.l.t('keys.hint')}</span>
      ${tooltipTemplate(this.tooltip, 'bm-tooltip')}
    `;
  }

  private renderFigure(side: Side): TemplateResult {
    const list = shapes(side, this.effectiveAnatomy);
    const sel = this.selectedRegion;
    return html`
      <svg
        class="figure"
        part="figure"
        viewBox="0 0 ${VIEWBOX.width} ${VIEWBOX.height}"
        role="group"
        aria-label=${this.l.t(side === 'front' ? 'figure.front' : 'figure.back')}
        aria-describedby="keys"
        data-side=${side}
      >
        <g class="silhouette" aria-hidden="true">
          ${list.map((s) => svg`<path d=${s.d}></path>`)}${side === 'back' ? svg`<path d=${LOWER_BACK}></path>` : nothing}
        </g>
        ${side === 'back' ? svg`<path class="deco" aria-hidden="true" d=${LOWER_BACK}></path>` : nothing}
        ${list.map((s) => this.renderShape(s, sel))}
        <g aria-hidden="true">${decorations(side).map((d) => svg`<path class="deco" d=${d}></path>`)}</g>
        <g class="badges" aria-hidden="true">${list.map((s) => this.renderBadge(s, sel))}</g>
      </svg>`;
  }

  private patterns(): SVGTemplateResult {
    // Hatches for the heat steps: sparser to denser, crossed at the top (used on steps 3–4, and
    // on every step in forced colours).
    const step = [0, 12, 6, 3, 4];
    return svg`${[1, 2, 3, 4].map(
      (n) => svg`<pattern id="bm-hatch-${n}" patternUnits="userSpaceOnUse" width=${step[n]} height=${step[n]} patternTransform="rotate(45)">
        <path d="M0,0 L0,${step[n]}"></path>${n === 4 ? svg`<path d="M0,0 L${step[n]},0"></path>` : nothing}
      </pattern>`,
    )}`;
  }

  private renderShape(s: RegionShape, sel: MapRegion | undefined): SVGTemplateResult {
    const r = s.region;
    const level = this.level(r);
    const pressed = sel === r;
    return svg`<g
      class="region lvl-${level} ${ORGANS.has(r) ? 'organ' : 'part'}"
      part=${pressed ? 'region region-selected' : 'region'}
      role="button"
      tabindex=${this.active === r ? '0' : '-1'}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${this.label(r)}
      data-region=${r}
      data-x=${s.anchor[0]}
      data-y=${s.anchor[1]}
      @click=${() => this.toggleRegion(r)}
      @pointerenter=${(e: PointerEvent) => this.showTip(e.currentTarget as Element, r)}
      @pointerleave=${() => this.tooltip.hideSoon()}
    >
      <path class="shape" d=${s.d}></path>
      <path class="hatch" d=${s.d} fill=${level ? `url(#bm-hatch-${level})` : 'none'}></path>
    </g>`;
  }

  private renderBadge(s: RegionShape, sel: MapRegion | undefined): SVGTemplateResult | typeof nothing {
    const n = this.countOf(s.region).count;
    if (!n) return nothing;
    const text = n > 999 ? '999+' : this.l.number(n);
    const r = text.length > 2 ? 11 : 9;
    const [x, y] = s.anchor;
    return svg`<g class="badge ${sel === s.region ? 'is-selected' : ''}" part="badge" data-badge=${s.region}>
      ${text.length > 2
        ? svg`<rect x=${x - r - 2} y=${y - 9} width=${2 * r + 4} height="18" rx="9"></rect>`
        : svg`<circle cx=${x} cy=${y} r=${r}></circle>`}
      <text x=${x} y=${y}>${text}</text>
    </g>`;
  }

  /** Skin, blood and immune system, whole body: controls beside the figure, in the same tab stop. */
  private renderPlacelessControls(): TemplateResult {
    const sel = this.selectedRegion;
    return html`<div class="other-wrap" role="group" aria-labelledby="other-title">
      <p class="other-title" id="other-title">${this.l.t('other.label')}</p>
      <ul class="other" role="presentation">
        ${PLACELESS.map((r) => {
          const c = this.countOf(r);
          const pressed = sel === r;
          return html`<li role="presentation">
            <button
              class="place lvl-${this.level(r)}"
              part=${pressed ? 'region region-selected' : 'region'}
              tabindex=${this.active === r ? '0' : '-1'}
              aria-pressed=${pressed ? 'true' : 'false'}
              aria-label=${this.label(r)}
              data-region=${r}
              @click=${() => this.toggleRegion(r)}
              @pointerenter=${(e: PointerEvent) => this.showTip(e.currentTarget as Element, r)}
              @pointerleave=${() => this.tooltip.hideSoon()}
            >
              ${this.swatch(this.level(r), r !== 'whole-body')}
              <span class="name">${this.name(r)}</span>
              <span class="count ${c.count ? '' : 'zero'}" part="badge">${this.l.number(c.count)}</span>
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private swatch(level: number, organ: boolean): TemplateResult {
    return html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
      <g class="region lvl-${level} ${organ ? 'organ' : 'part'}">
        <rect class="shape" x="1" y="1" width="14" height="14" rx="3"></rect>
        <rect class="hatch" x="1" y="1" width="14" height="14" rx="3" fill=${level ? `url(#bm-hatch-${level})` : 'none'}></rect>
      </g>
    </svg>`;
  }

  private renderLegend(): TemplateResult {
    return html`<div class="legend" part="legend" aria-hidden="true">
      <span class="legend-title">${this.l.t('legend.label')}:</span>
      <span class="group">${this.swatch(0, true)}<span>${this.l.t('legend.none')}</span></span>
      <span class="group"
        ><span>${this.l.t('legend.less')}</span><span class="steps">${[1, 2, 3, 4].map((n) => this.swatch(n, true))}</span
        ><span>${this.l.t('legend.more')}</span></span
      >
    </div>`;
  }

  /** The list alternative, sorted by count: visible in list mode, else for screen readers only. */
  private renderList(visible: boolean): TemplateResult {
    const sel = this.selectedRegion;
    const order = new Map(MAP_REGIONS.map((r, i) => [r, i]));
    const rows = [...MAP_REGIONS].sort((a, b) => this.countOf(b).count - this.countOf(a).count || order.get(a)! - order.get(b)!);
    const activeRow = visible ? (sel ?? rows[0]) : undefined;
    return html`<ol
      class="list ${visible ? '' : 'visually-hidden'}"
      part="list"
      aria-label=${this.l.t('list.label')}
      @keydown=${visible ? this.onListKey : nothing}
    >
      ${rows.map((r) => {
        const c = this.countOf(r);
        const pressed = sel === r;
        return html`<li>
          <button
            class="item"
            part=${pressed ? 'region region-selected' : 'region'}
            tabindex=${activeRow === r ? '0' : '-1'}
            aria-pressed=${pressed ? 'true' : 'false'}
            data-list-region=${r}
            @click=${() => this.toggleRegion(r)}
          >
            ${this.swatch(this.level(r), ORGANS.has(r))}
            <span class="name">${this.name(r)}<span class="visually-hidden">, ${this.l.t('count', { count: c.count })}</span></span>
            <span class="count ${c.count ? '' : 'zero'}" part="badge" aria-hidden="true">${this.l.number(c.count)}</span>
            <span class="latest">${this.latestText(r)}</span>
          </button>
        </li>`;
      })}
    </ol>`;
  }

  private tipContent(r: MapRegion): TemplateResult {
    return html`<span class="tip-name">${this.name(r)}</span>
      <span>${this.l.t('count', { count: this.countOf(r).count })}</span>
      <span class="tip-latest">${this.latestText(r)}</span>`;
  }

  private showTip(anchor: Element, r: MapRegion): void {
    void this.tooltip.show(anchor, this.tipContent(r));
  }

  // ───────────────────────── behaviour ─────────────────────────

  private firstOn(side: Side): MapRegion {
    const on = this.regionsOnSide(side);
    return MAP_REGIONS.find((r) => on.has(r)) ?? 'head';
  }

  private setSide(side: Side): void {
    if (side === this.effectiveSide) return;
    this.tooltip.hide();
    this.side = side;
  }

  private setMode(mode: BodyMapMode): void {
    this.tooltip.hide();
    this.mode = mode;
  }

  private toggleRegion(r: MapRegion): void {
    const next = this.selectedRegion === r ? undefined : r;
    this.active = r;
    this.dispatchSelect(r, next !== undefined);
  }

  private clearSelection(): void {
    const r = this.selectedRegion;
    if (r) this.dispatchSelect(r, false);
  }

  private dispatchSelect(r: MapRegion, selected: boolean): void {
    const c = this.countOf(r);
    const limb = /^(upper|lower)-limb-(left|right)$/.exec(r);
    const bodyRegion = (limb ? `${limb[1]}-limb` : r) as BodyRegion;
    const ev = new FseRegionSelectEvent({
      region: r,
      selected,
      eventIds: selected ? c.itemIds : [],
      relatedIds: selected ? c.relatedIds : [],
      bodyRegion,
      ...(limb ? { laterality: limb[2] as 'left' | 'right' } : {}),
    });
    if (!this.emit(ev)) return;
    this.selected = selected ? r : undefined;
  }

  /** Centres of the figure's controls in viewport coordinates. */
  private controls(): { region: MapRegion; el: HTMLElement | SVGElement; x: number; y: number }[] {
    const root = this.renderRoot;
    const svgEl = root.querySelector<SVGSVGElement>('svg.figure');
    const ctm = svgEl?.getScreenCTM();
    const out: { region: MapRegion; el: HTMLElement | SVGElement; x: number; y: number }[] = [];
    for (const el of root.querySelectorAll<HTMLElement | SVGElement>('.layout [data-region]')) {
      const region = el.dataset.region as MapRegion;
      if (el instanceof SVGElement && ctm) {
        const x = Number(el.dataset.x);
        const y = Number(el.dataset.y);
        out.push({ region, el, x: ctm.a * x + ctm.c * y + ctm.e, y: ctm.b * x + ctm.d * y + ctm.f });
      } else {
        const b = el.getBoundingClientRect();
        out.push({ region, el, x: b.left + b.width / 2, y: b.top + b.height / 2 });
      }
    }
    return out;
  }

  /**
   * The control an arrow key moves to. ↑/↓ go to the next part above/below by height (the nearest
   * height, then the nearest sideways), so pressing ↓ from the head visits every height of the
   * figure in reading order — the heart just below the lungs included. ←/→ go to the nearest part
   * that way, sideways offset weighing double. Every part is reachable with the arrows.
   */
  private spatial(from: MapRegion, key: string): MapRegion | undefined {
    const all = this.controls();
    const cur = all.find((c) => c.region === from);
    if (!cur) return all[0]?.region;
    const dir = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[key];
    if (!dir) return undefined;
    const vertical = dir[0] === 0;
    // ↑/↓ stay on the figure (or among the controls beside it) while there is a part that way.
    const same = (c: (typeof all)[number]) => c.el instanceof SVGElement === cur.el instanceof SVGElement;
    return this.nearest(vertical ? all.filter(same) : all, cur, dir, vertical) ?? (vertical ? this.nearest(all, cur, dir, vertical) : undefined);
  }

  private nearest(
    all: readonly { region: MapRegion; x: number; y: number }[],
    cur: { region: MapRegion; x: number; y: number },
    dir: readonly number[],
    vertical: boolean,
  ): MapRegion | undefined {
    let best: MapRegion | undefined;
    let bestScore = Infinity;
    let bestAcross = Infinity;
    for (const c of all) {
      if (c.region === cur.region) continue;
      const dx = c.x - cur.x;
      const dy = c.y - cur.y;
      const along = dx * dir[0]! + dy * dir[1]!;
      if (along <= 1) continue;
      const across = Math.abs(dx * dir[1]! - dy * dir[0]!);
      const score = vertical ? along : along + 2 * across;
      if (score < bestScore - 0.5 || (Math.abs(score - bestScore) <= 0.5 && across < bestAcross)) {
        bestScore = score;
        bestAcross = across;
        best = c.region;
      }
    }
    return best;
  }

  private focusRegion(r: MapRegion): void {
    this.active = r;
    for (const el of this.renderRoot.querySelectorAll<HTMLElement | SVGElement>('.layout [data-region]')) {
      el.tabIndex = el.dataset.region === r ? 0 : -1;
    }
    this.renderRoot.querySelector<HTMLElement | SVGElement>(`.layout [data-region="${r}"]`)?.focus();
  }

  private readonly onRegionsKey = (e: KeyboardEvent): void => {
    const target = (e.target as Element).closest<HTMLElement | SVGElement>('[data-region]');
    if (!target) return;
    const r = target.dataset.region as MapRegion;
    switch (e.key) {
      case 'ArrowUp':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowRight': {
        e.preventDefault();
        const to = this.spatial(r, e.key);
        if (to) this.focusRegion(to);
        return;
      }
      case 'Home':
      case 'End': {
        e.preventDefault();
        const on = this.regionsOnSide(this.effectiveSide);
        const order = MAP_REGIONS.filter((m) => on.has(m));
        const to = e.key === 'Home' ? order[0] : order[order.length - 1];
        if (to) this.focusRegion(to);
        return;
      }
      case 'Enter':
      case ' ':
        // Buttons beside the figure click natively; the figure's shapes are SVG and need this.
        if (target instanceof HTMLButtonElement) return;
        e.preventDefault();
        this.toggleRegion(r);
        return;
      case 'Escape':
        // The tooltip takes the first Esc (it listens on the host); then Esc clears the selection.
        if (this.tooltip.open) return;
        if (this.selectedRegion) {
          e.preventDefault();
          this.clearSelection();
        }
        return;
      default:
    }
  };

  private readonly onFocusIn = (e: FocusEvent): void => {
    const target = (e.target as Element).closest<HTMLElement | SVGElement>('[data-region]');
    if (!target) return;
    const r = target.dataset.region as MapRegion;
    this.active = r;
    this.showTip(target, r);
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (!to || !(e.currentTarget as Node).contains(to)) this.tooltip.hideSoon(0);
  };

  private readonly onListKey = (e: KeyboardEvent): void => {
    const target = (e.target as Element).closest<HTMLElement>('[data-list-region]');
    if (!target) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.list [data-list-region]')];
    if (e.key === 'Escape') {
      if (this.selectedRegion) {
        e.preventDefault();
        this.clearSelection();
      }
      return;
    }
    const to = rovingIndex(e.key, buttons.indexOf(target), buttons.length);
    if (to === undefined) return;
    e.preventDefault();
    const next = buttons[to];
    if (!next) return;
    this.active = next.dataset.listRegion as MapRegion;
    moveTabStop(buttons, next);
  };
}
