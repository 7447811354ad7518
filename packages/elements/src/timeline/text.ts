/**
 * What the timeline says in words: lane names, when an item happened, the tooltips of a mark and a
 * bin, the accessible name of the focused event and the text summary. Plain functions of the
 * localisation controller, so the plot, the table and the grid say the same thing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { zoneOffset, type ClinicalEvent, type FuzzyDate, type ViewCounts } from '@percorso/model';
import { categoryIcon } from '../internal/icons.js';
import { dateTimeFormat } from '../internal/format.js';
import type { LocalizeController } from '../internal/localize.js';
import type { Bin } from './bins.js';
import { isCancelledBooking, type Lane, type TimelineIndex, type TimelineItem } from './index.js';
import { HOUR } from './zoom.js';

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
export function tipFor(l: LocalizeController, idx: TimelineIndex, it: TimelineItem): TemplateResult {
  const e = it.event;
  const phases = phasesOf(it);
  return html`<div class="tip">
    <span class="tip-title">${categoryIcon(it.category, 12)} ${e.title}</span>
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
    ${it.inner.length ? html`<div>${l.t('tip.inner', { count: it.inner.length })}</div>` : nothing}
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
export function itemLabel(l: LocalizeController, idx: TimelineIndex, it: TimelineItem, highlighted: boolean): string {
  const lane = idx.lanes[it.lane];
  let s = l.t('item.label', {
    title: it.event.title,
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

/**
 * The text summary before the chart: how many events over which span, lane by lane. Unfiltered, the
 * numbers are the record's (`counts`, from the model's `countsFor`: what every element states);
 * under a filter, what the filter keeps. Care paths are counted apart from events, as everywhere.
 */
export function summaryText(l: LocalizeController, idx: TimelineIndex, counts?: ViewCounts): string {
  const undated = idx.undated.length ? ` ${l.t('summary.undated', { count: idx.undated.length })}` : '';
  if (!idx.count) return l.t('summary.none') + undated;
  const lanes = idx.lanes.map((lane) => `${laneName(l, lane)} ${l.number(lane.items.length)}`).join(', ');
  const kept = eventsAndPathsOf([...idx.lanes.flatMap((lane) => lane.items), ...idx.undated]);
  let inner = 0;
  if (counts) inner = counts.inside;
  else for (const lane of idx.lanes) for (const it of lane.items) inner += it.inner.length;
  const text = l.t('summary', { count: counts?.events ?? kept.events, paths: counts?.carePaths ?? kept.paths, span: l.span(idx.min, idx.max), lanes });
  return (inner ? `${text} ${l.t('summary.inner', { count: inner })}` : text) + undated;
}
