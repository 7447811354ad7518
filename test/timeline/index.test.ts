/**
 * The timeline's pure parts: which events become marks, lanes, bins and the time-zone axis.
 */
import { expect } from '@open-wc/testing';
import { categoryOf, EVENT_CATEGORIES } from '@percorso/model';
import { buildIndex } from '../../packages/elements/src/timeline/index.js';
import { binLane, type Bin } from '../../packages/elements/src/timeline/bins.js';
import { timeTicks } from '../../packages/elements/src/timeline/axis.js';
import { zoneOffset } from '@percorso/model';
import { datesView, generatedView } from './fixtures.js';

describe('timeline index', () => {
  it('makes a mark of every document and standalone event, and reaches every inner event through its document', () => {
    const view = generatedView('citizen', 600);
    const idx = buildIndex(view);
    const ids = new Set(view.events.map((e) => e.id));
    const docs = view.events.filter((e) => e.kind === 'document');
    const standalone = view.events.filter((e) => e.kind !== 'document' && !(e.documentId && ids.has(e.documentId)));
    const paths = view.carePaths.filter((p) => p.period?.start || p.steps.some((s) => s.due));
    expect(paths.length, 'the generated life has care paths').to.be.greaterThan(0);
    expect(idx.count).to.equal(docs.length + standalone.length + paths.length);
    // Care paths are bars in "Percorsi di cura", with the path's id.
    const lane = idx.lanes.find((l) => l.category === 'carepaths')!;
    expect(lane.items.map((i) => i.id).sort()).to.deep.equal(paths.map((p) => p.id).sort());
    expect(lane.items.every((i) => i.period)).to.equal(true);
    expect(docs.length, 'the generated life has documents').to.be.greaterThan(20);
    for (const e of view.events) {
      const reach = idx.byId.get(e.id) ?? idx.innerToItem.get(e.id);
      expect(reach, `event ${e.id} is reachable`).to.not.equal(undefined);
    }
  });

  it('puts lanes in the citizen order of categories, each with the category of its marks', () => {
    const idx = buildIndex(generatedView('citizen', 600));
    const order = idx.lanes.map((l) => EVENT_CATEGORIES.indexOf(l.category));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    for (const lane of idx.lanes) for (const it of lane.items) expect(categoryOf(it.event)).to.equal(lane.category);
  });

  it('keeps each lane sorted by anchor, and a discharge letter spans the stay', () => {
    const idx = buildIndex(generatedView('citizen', 600));
    for (const lane of idx.lanes) for (let i = 1; i < lane.anchors.length; i++) expect(lane.anchors[i]).to.be.at.least(lane.anchors[i - 1]);
    const ldo = idx.lanes.flatMap((l) => l.items).find((it) => it.event.document?.nationalType === 'LDO' && it.event.end);
    expect(ldo, 'a discharge letter with an end').to.not.equal(undefined);
    expect(ldo!.period).to.equal(true);
    expect(ldo!.end).to.equal(ldo!.event.end!.end);
  });

  it('draws partial dates as the span they mean, with the mark in its middle', () => {
    const idx = buildIndex(datesView());
    const y = idx.byId.get(idx.lanes.flatMap((l) => l.items).find((i) => i.event.title === 'Intervento del 2019')!.id)!;
    expect(y.fuzzy).to.equal(true);
    expect(new Date(y.start).toISOString()).to.equal('2018-12-31T23:00:00.000Z'); // 1 Jan 2019, Rome
    expect(new Date(y.end).toISOString()).to.equal('2019-12-31T23:00:00.000Z');
    expect(y.anchor).to.be.greaterThan(Date.UTC(2019, 5, 1)).and.lessThan(Date.UTC(2019, 7, 1));
    const m = idx.lanes.flatMap((l) => l.items).find((i) => i.event.title === 'Visita di marzo 2019')!;
    expect(m.fuzzy).to.equal(true);
    expect(m.anchor).to.be.greaterThan(Date.UTC(2019, 2, 10)).and.lessThan(Date.UTC(2019, 2, 22));
    const d = idx.lanes.flatMap((l) => l.items).find((i) => i.event.title === 'Prelievo del 12 giugno')!;
    expect(d.fuzzy).to.equal(false);
  });

  it('filters by category, text (accents and case folded) and date range', () => {
    const view = generatedView('citizen', 600);
    const all = buildIndex(view);
    const reports = buildIndex(view, { filter: { categories: ['reports'] } });
    expect(reports.lanes.map((l) => l.category)).to.deep.equal(['reports']);
    expect(reports.count).to.equal(all.lanes.find((l) => l.category === 'reports')!.items.length);
    const some = all.lanes[0].items[0].event.title;
    const word = some.split(/\s+/).find((w) => w.length > 4)!.toUpperCase();
    const byText = buildIndex(view, { filter: { text: word } });
    expect(byText.count).to.be.greaterThan(0);
    expect(byText.count).to.be.at.most(all.count);
    const from = Date.UTC(2015, 0, 1);
    const to = Date.UTC(2020, 0, 1);
    const ranged = buildIndex(view, { filter: { from, to } });
    for (const l of ranged.lanes) for (const it of l.items) expect(it.end > from && it.start < to).to.equal(true);
  });

  it('groups by national type, facility and care path', () => {
    const view = generatedView('citizen', 600);
    const byType = buildIndex(view, { groupBy: 'type' });
    expect(byType.lanes.some((l) => l.key === 'type:LAB')).to.equal(true);
    const byFacility = buildIndex(view, { groupBy: 'facility' });
    expect(byFacility.lanes.length).to.be.greaterThan(1);
    for (const l of byFacility.lanes) for (const it of l.items) expect(l.key).to.equal(`facility:${it.event.facility?.name?.trim() ?? ''}`);
    const byPath = buildIndex(view, { groupBy: 'carepath' });
    expect(byPath.count).to.equal(byType.count);
    expect(byFacility.count).to.equal(byType.count);
  });
});

describe('timeline bins', () => {
  it('aggregate counts add up to the marks in the range, at every zoom', () => {
    const idx = buildIndex(generatedView('citizen', 3000));
    const lane = idx.lanes.reduce((a, b) => (a.items.length > b.items.length ? a : b));
    const t0 = idx.min;
    const t1 = idx.max;
    for (const span of [t1 - t0, (t1 - t0) / 7, 365 * 86_400_000, 31 * 86_400_000]) {
      const from = t1 - span;
      const bins: Bin[] = [];
      binLane(lane, 0, from, t1, span / 40, bins);
      const sum = bins.reduce((s, b) => s + b.i1 - b.i0, 0);
      const expected = lane.items.filter((i) => i.anchor >= from && i.anchor < t1).length;
      expect(sum).to.equal(expected);
      expect(bins.length).to.be.at.most(41);
    }
  });

  it('splits bins as the zoom gets closer', () => {
    const idx = buildIndex(generatedView('citizen', 3000));
    const lane = idx.lanes.reduce((a, b) => (a.items.length > b.items.length ? a : b));
    const wide: Bin[] = [];
    const close: Bin[] = [];
    binLane(lane, 0, idx.min, idx.max, (idx.max - idx.min) / 40, wide);
    binLane(lane, 0, idx.min, idx.max, (idx.max - idx.min) / 4000, close);
    expect(Math.max(...close.map((b) => b.i1 - b.i0))).to.be.lessThan(Math.max(...wide.map((b) => b.i1 - b.i0)));
    expect(close.length).to.be.greaterThan(wide.length);
  });
});

describe('timeline axis', () => {
  it('puts day ticks on local midnights across the DST days of Europe/Rome', () => {
    const ticks = timeTicks(Date.UTC(2026, 2, 27), Date.UTC(2026, 2, 31), 800, 'it', 'Europe/Rome');
    const iso = ticks.map((t) => new Date(t.t).toISOString());
    expect(iso).to.include('2026-03-28T23:00:00.000Z'); // 29 March 00:00 CET
    expect(iso).to.include('2026-03-29T22:00:00.000Z'); // 30 March 00:00 CEST: a 23-hour day
    expect(ticks.map((t) => t.label)).to.include('29 mar');
    const autumn = timeTicks(Date.UTC(2026, 9, 23), Date.UTC(2026, 9, 27), 800, 'de', 'Europe/Rome');
    const a = autumn.map((t) => new Date(t.t).toISOString());
    expect(a).to.include('2026-10-24T22:00:00.000Z'); // 25 October 00:00 CEST
    expect(a).to.include('2026-10-25T23:00:00.000Z'); // 26 October 00:00 CET: a 25-hour day
    expect(autumn.map((t) => t.label)).to.include('25. Okt.');
  });

  it('labels in the element language and never in d3’s English', () => {
    const it = timeTicks(Date.UTC(2019, 0, 1), Date.UTC(2019, 11, 31), 1200, 'it', 'Europe/Rome').map((t) => t.label);
    const de = timeTicks(Date.UTC(2019, 0, 1), Date.UTC(2019, 11, 31), 1200, 'de', 'Europe/Rome').map((t) => t.label);
    expect(it.join(' ')).to.match(/mag|giu|lug/);
    expect(de.join(' ')).to.match(/Mai|Juni|Juli/);
    expect(it.join(' ')).to.not.match(/May|June|July/);
  });

  it('knows the offset of Europe/Rome in winter and summer', () => {
    expect(zoneOffset(Date.UTC(2026, 0, 15), 'Europe/Rome')).to.equal(3_600_000);
    expect(zoneOffset(Date.UTC(2026, 6, 15), 'Europe/Rome')).to.equal(7_200_000);
  });
});
