/**
 * What the timeline says in words: lane names, when an item happened, the tooltips of a mark and a
 * bin, the accessible name of the focused event and the text summary. Plain functions of the
 * localisation controller, so the plot, the table and the grid say the same thing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { resultFlagOf, zoneOffset, type ClinicalEvent, type FseView, type FuzzyDate, type ViewCounts } from '@percorso/model';
import { categoryIcon } from '../internal/icons.js';
import { dateTimeFormat } from '../internal/format.js';
import type { LocalizeController } from '../internal/localize.js';
import type { Bin } from './bins.js';
import { isCancelledBooking, visibleRange, type Lane, type TimelineIndex, type TimelineItem } from './index.js';
import { HOUR } from './zoom.js';

/**
 * What tells apart documents that share a title (every lab report is "Referto di laboratorio"):
 * the facility, how many results the document holds and how many are out of range, read from the
 * model's flag of each result (`resultFlagOf`, as `resultSeriesOf` flags it). Item id → words, only
 * for documents whose title another document of the index shares.
 */
export function titleDetails(l: LocalizeController, view: FseView, idx: TimelineIndex): ReadonlyMap<string, string> {
  const hit = detailsCache.get(idx);
  if (hit?.lang === l.lang && hit.view === view) return hit.map;
  const map = makeDetails(l, view, idx);
  detailsCache.set(idx, { lang: l.lang, view, map });
  return map;
}

/** Made once per index, language and view (an index is rebuilt when its view, filter or grouping changes). */
const detailsCache = new WeakMap<TimelineIndex, { lang: string; view: FseView; map: ReadonlyMap<string, string> }>();

function makeDetails(l: LocalizeController, view: FseView, idx: TimelineIndex): Map<string, string> {
  const byTitle = new Map<string, TimelineItem[]>();
  for (const lane of idx.lanes)
    for (const it of lane.items) {
      if (!it.event.document) continue;
      const list = byTitle.get(it.event.title);
      if (list) list.push(it);
      else byTitle.set(it.event.title, [it]);
    }
  const out = new Map<string, string>();
  if (![...byTitle.values()].some((list) => list.length > 1)) return out;
  // Each numeric result of a document and its flag, as the model's series have them (resultFlagOf:
  // not the whole grouping into series and units, which the timeline does not show).
  const stats = new Map<string, { n: number; out: number }>();
  for (const e of view.events) {
    if (!e.documentId) continue;
    const flag = resultFlagOf(e);
    if (!flag) continue;
    const st = stats.get(e.documentId) ?? { n: 0, out: 0 };
    st.n++;
    if (flag === 'low' || flag === 'high') st.out++;
    stats.set(e.documentId, st);
  }
  for (const list of byTitle.values()) {
    if (list.length < 2) continue;
    for (const it of list) {
      const parts: string[] = [];
      if (it.event.facility?.name) parts.push(it.event.facility.name);
      const st = stats.get(it.id);
      if (st) parts.push(l.t('results', { count: st.n }) + (st.out ? ` (${l.t('results.out', { count: st.out })})` : ''));
      if (parts.length) out.set(it.id, parts.join(', '));
    }
  }
  return out;
}

/** A title with what tells it apart from documents of the same title ("Referto di laboratorio — Ospedale di Lecco, 12 risultati (2 fuori norma)"). */
export function titleOf(it: TimelineItem, details: ReadonlyMap<string, string>): string {
  const d = details.get(it.id);
  return d ? `${it.event.title} — ${d}` : it.event.title;
}

export function laneName(l: LocalizeController, lane: Lane): string {
  if (lane.labelKey && l.has(lane.labelKey)) return l.t(lane.labelKey);
  return lane.label || l.t(`lane.${lane.category}`);
}

/** When an item happened, with the precision it has (minutes at most: seconds are noise here). */
export function whenOf(l: LocalizeController, it: TimelineItem, style: 'long' | 'short' = 'long'): string {
  const e = it.event;
  const d = (f: FuzzyDate | undefined) => (f && f.precision === 'second' ? { ...f, precision: 'minute' as const } : f);
  if (e.end) return l.period(d(e.date), d(e.end), style);
  if (it.period && e.ongoing) return `${l.period(d(e.date), undefined, style)} (${l.t('tip.ongoing')})`;
  if (it.period) {
    const stay = it.inner.find((i) => i.kind === 'encounter' && i.end);
    if (stay) return l.period(d(stay.date), d(stay.end), style);
  }
  return l.date(d(e.date)!, style) + zoneNote(l, e.date);
}

/**
 * On the night clocks go back, 02:30 happens twice: say which one (`CEST` / `CET`), so the two
 * are told apart. Nothing on every other instant.
 */
function zoneNote(l: LocalizeController, date: FuzzyDate): string {
  if (date.precision !== 'minute' && date.precision !== 'second') return '';
  const tz = l.timeZone;
  const t = date.start;
  const wall = t + zoneOffset(t, tz);
  const twin = [t - HOUR, t + HOUR].some((u) => u + zoneOffset(u, tz) === wall);
  if (!twin) return '';
  const name = dateTimeFormat(l.lang, tz, { hour: 'numeric', timeZoneName: 'short' })
    .formatToParts(t)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name ? ` (${name})` : '';
}

/** The phases of a stay or an ER visit: the encounters read from inside the document, in order (at most 6). */
function phasesOf(it: TimelineItem): ClinicalEvent[] {
  if (!it.period || !it.inner.length) return [];
  const phases = it.inner.filter((i) => i.kind === 'encounter');
  return phases.length > 1 ? phases.sort((a, b) => a.date.start - b.date.start).slice(0, 6) : [];
}

/** The tooltip of one mark. */
export function tipFor(l: LocalizeController, idx: TimelineIndex, it: TimelineItem, details: ReadonlyMap<string, string>): TemplateResult {
  const e = it.event;
  const phases = phasesOf(it);
  return html`<div class="tip">
    <span class="tip-title">${categoryIcon(it.category, 12)} ${titleOf(it, details)}</span>
    ${isCancelledBooking(e) ? html`<strong class="cancelled">${l.t('cancelled')}</strong>` : nothing}
    <span>${whenOf(l, it)}</span>${it.fuzzy ? html` <span class="approx">(${l.t('tip.approx')})</span>` : nothing}
    <dl>
      <dt>${l.t('col.lane')}</dt>
      <dd>${laneName(l, idx.lanes[it.lane])}</dd>
      ${e.facility?.name ? html`<dt>${l.t('tip.facility')}</dt><dd>${e.facility.name}</dd>` : nothing}
      ${e.author?.name ? html`<dt>${l.t('tip.author')}</dt><dd>${e.author.name}</dd>` : nothing}
    </dl>
    ${phases.length
      ? html`<ol class="phases">
          ${phases.map((p) => html`<li>${p.title}: ${p.end ? l.period(p.date, p.end, 'short') : l.date(p.date, 'short')}</li>`)}
        </ol>`
      : nothing}
    ${it.voices ? html`<div>${l.t('tip.inner', { count: it.voices })}</div>` : nothing}
  </div>`;
}

/** The tooltip of a counted bin: how many, in which lane, over which span. */
export function tipForBin(l: LocalizeController, lane: Lane, bin: Bin): TemplateResult {
  const a = lane.items[bin.i0];
  const b = lane.items[bin.i1 - 1];
  return html`<div class="tip">
    <span class="tip-title">${l.t('bin.label', { count: bin.i1 - bin.i0 })} · ${laneName(l, lane)}</span>
    <span>${l.span(a.start, Math.max(b.end, a.start + 1))}</span>
  </div>`;
}

/** The accessible name of the focused event: title, date, lane, position, and whether it is highlighted. */
export function itemLabel(l: LocalizeController, idx: TimelineIndex, it: TimelineItem, highlighted: boolean, details: ReadonlyMap<string, string>): string {
  const lane = idx.lanes[it.lane];
  let s = l.t('item.label', {
    title: titleOf(it, details),
    date: whenOf(l, it),
    lane: laneName(l, lane),
    pos: it.index + 1,
    total: lane.items.length,
  });
  if (it.fuzzy) s += ` (${l.t('tip.approx')})`;
  if (isCancelledBooking(it.event)) s += `, ${l.t('cancelled')}`;
  if (highlighted) s += `, ${l.t('highlighted')}`;
  return s;
}

/** Of some timeline items, how many are events and how many the care paths drawn with them (`kind: 'careplan'`). */
export function eventsAndPathsOf(items: Iterable<TimelineItem>): { events: number; paths: number } {
  let events = 0;
  let paths = 0;
  for (const it of items) {
    if (it.event.kind === 'careplan') paths++;
    else events++;
  }
  return { events, paths };
}

/** What the live region says when the visible range settles: the events and care paths in it, and the range. */
export function rangeSentence(l: LocalizeController, idx: TimelineIndex, r: { from: number; to: number }): string {
  const span = l.span(r.from, r.to);
  const inRange = idx.lanes.flatMap((lane) => lane.items.slice(...visibleRange(lane, r.from, r.to)));
  const { events, paths } = eventsAndPathsOf(inRange);
  return events + paths ? l.t('live', { count: events, paths, span }) : l.t('live.none', { span });
}

/**
 * The text summary before the chart: how many events over which span, lane by lane. Unfiltered, the
 * numbers are the record's (`counts`, from the model's `countsFor`: what every element states);
 * under a filter, what the filter keeps. Care paths are counted apart from events, as everywhere.
 */
export function summaryText(l: LocalizeController, idx: TimelineIndex, record?: ViewCounts): string {
  // the record's numbers unfiltered; under a filter, what it keeps, said to be "of" the record's
  const counts = idx.filtered ? undefined : record;
  const kept = eventsAndPathsOf([...idx.lanes.flatMap((lane) => lane.items), ...idx.undated]);
  const filtered = idx.filtered && record ? `${l.t('summary.filtered', { count: kept.events, total: record.events })} ` : '';
  const undated = idx.undated.length ? ` ${l.t('summary.undated', { count: idx.undated.length })}` : '';
  if (!idx.count) return filtered + l.t('summary.none') + undated;
  const lanes = idx.lanes.map((lane) => `${laneName(l, lane)} ${l.number(lane.items.length)}`).join(', ');
  let inner = 0;
  if (counts) inner = counts.inside;
  else for (const lane of idx.lanes) for (const it of lane.items) inner += it.voices;
  const text = l.t('summary', { count: counts?.events ?? kept.events, paths: counts?.carePaths ?? kept.paths, span: l.span(idx.min, idx.max), lanes });
  return filtered + (inner ? `${text} ${l.t('summary.inner', { count: inner })}` : text) + undated;
}
