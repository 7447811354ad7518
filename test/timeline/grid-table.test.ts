/**
 * The timeline's keyboard grid and virtual table on their own, over a real index and zoom: the
 * roving stop, arrows that pan to what they reach, PageDown, Esc, and a table that lists only what
 * is in view, sorted either way, with few rows in the DOM.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { buildIndex, visibleRange, type TimelineIndex, type TimelineItem } from '../../packages/elements/src/timeline/index.js';
import { TimelineGrid } from '../../packages/elements/src/timeline/keyboard.js';
import { itemsInRange, TABLE_OVERSCAN, TABLE_ROW_H, TimelineTable } from '../../packages/elements/src/timeline/table.js';
import { TimelineZoom } from '../../packages/elements/src/timeline/zoom.js';
import { eventsAndPathsOf } from '../../packages/elements/src/timeline/text.js';
import { generatedView, SAMPLE_NOW, undatedView } from './fixtures.js';
import { $, partsHost, type PartsHost } from './parts.js';

async function setup(index: TimelineIndex) {
  const el = await partsHost(1000);
  const zoom = new TimelineZoom(el, { onZoom() {}, onSettle() {}, onResize() {} });
  zoom.setExtent(index.min, index.max, SAMPLE_NOW, undefined);
  zoom.attach($(el, '.plot'));
  const log = { selected: [] as (TimelineItem | undefined)[], tips: 0, tipOpen: false, toggled: [] as string[], selectedId: undefined as string | undefined };
  const grid = new TimelineGrid(el, zoom, {
    index: () => index,
    range: () => zoom.range(),
    collapsed: () => new Set(),
    fit: () => zoom.fitSpan(index.min, index.max),
    redraw: () => {},
    showTip: () => ((log.tips++, (log.tipOpen = true))),
    hideTip: () => (log.tipOpen = false),
    tipOpen: () => log.tipOpen,
    selected: () => log.selectedId,
    highlighted: () => false,
    details: () => new Map(),
    laneHeight: () => 44,
    l: () => el.l,
    select: (it) => (log.selected.push(it), (log.selectedId = it?.id)),
    toggleLane: (key) => log.toggled.push(key),
    announce: () => {},
    focusWithin: () => true,
  });
  return { el, zoom, grid, log };
}
const key = (k: string) => new KeyboardEvent('keydown', { key: k, cancelable: true });

describe('timeline keyboard grid', () => {
  afterEach(() => document.querySelectorAll('tl-parts-host').forEach((n) => n.remove()));

  it('starts on the first event in view, and → moves along the lane, panning to an event out of view', async () => {
    const index = buildIndex(generatedView('citizen', 400));
    const { zoom, grid } = await setup(index);
    const lane = index.lanes[0];
    zoom.zoomTo(lane.anchors[0] - 1000, lane.anchors[0] + 1000);
    const start = grid.rovingTarget()!;
    expect(start.lane).to.equal(0);
    expect(start.id).to.equal(lane.items[0].id);
    grid.active = start;
    const e = key('ArrowRight');
    grid.onKey(e);
    expect(e.defaultPrevented).to.equal(true);
    expect(grid.active!.id).to.equal(lane.items[1].id);
    const r = zoom.range()!;
    expect(lane.items[1].anchor).to.be.within(r.from, r.to);
  });

  it('↓ goes to the nearest event in view of the next lane, ← from the first event to the lane name', async () => {
    const index = buildIndex(generatedView('citizen', 400));
    const { zoom, grid } = await setup(index);
    zoom.fitSpan(index.min, index.max);
    const first = index.lanes[0].items[0];
    grid.active = { lane: 0, id: first.id };
    grid.onKey(key('ArrowDown'));
    const got = grid.activeItem()!;
    expect(got.lane).to.equal(1);
    const lane1 = index.lanes[1];
    const [i0, i1] = visibleRange(lane1, zoom.range()!.from, zoom.range()!.to);
    const best = Math.min(...Array.from(lane1.anchors.slice(i0, i1), (a) => Math.abs(a - first.anchor)));
    expect(Math.abs(got.anchor - first.anchor)).to.equal(best);
    grid.active = { lane: 0, id: first.id };
    grid.onKey(key('ArrowLeft'));
    expect(grid.active).to.deep.equal({ lane: 0 });
  });

  it('Enter selects, Esc closes the tooltip then clears the selection, PageDown moves the period', async () => {
    const index = buildIndex(generatedView('citizen', 400));
    const { zoom, grid, log } = await setup(index);
    zoom.zoomTo(Date.UTC(2000, 0, 1), Date.UTC(2002, 0, 1));
    const target = grid.rovingTarget()!;
    grid.active = target;
    grid.onKey(key('Enter'));
    expect(log.selected[0]?.id).to.equal(target.id);
    log.tipOpen = true;
    grid.onKey(key('Escape'));
    expect(log.tipOpen).to.equal(false);
    expect(log.selectedId).to.equal(target.id);
    grid.onKey(key('Escape'));
    expect(log.selectedId).to.equal(undefined);
    const before = zoom.range()!;
    grid.onKey(key('PageDown'));
    expect(zoom.range()!.from).to.be.closeTo(before.to, 3_600_000);
    const unhandled = key('x');
    grid.onKey(unhandled);
    expect(unhandled.defaultPrevented).to.equal(false);
  });
});

describe('timeline table', () => {
  afterEach(() => document.querySelectorAll('tl-parts-host').forEach((n) => n.remove()));

  function mountTable(el: PartsHost, table: TimelineTable, index: TimelineIndex, range?: { from: number; to: number }, settled = 0) {
    const box = document.createElement('div');
    el.shadowRoot!.append(box);
    const draw = () => render(table.render({ index, range, settled, printing: false, l: el.l, details: new Map(), select: () => {} }), box);
    draw();
    return { box, draw };
  }

  it('lists what is in the range, by date either way, undated last', async () => {
    const index = buildIndex(undatedView());
    const r = { from: index.min, to: index.max + 1 };
    const up = itemsInRange(index, r, false);
    for (let i = 1; i < up.length; i++) expect(up[i].anchor).to.be.at.least(up[i - 1].anchor);
    expect(itemsInRange(index, r, true)).to.deep.equal([...up].reverse());
    const el = await partsHost();
    const table = new TimelineTable(el);
    const { box } = mountTable(el, table, index, r);
    const rows = [...box.querySelectorAll('tr.data')];
    expect(rows.length).to.equal(up.length + index.undated.length);
    expect(rows.at(-1)!.classList.contains('undated')).to.equal(true);
    expect(rows.at(-1)!.textContent).to.contain('data non disponibile');
  });

  it('renders only the rows near the scroll position of a large table, and sorts from its header', async () => {
    const index = buildIndex(generatedView('citizen', 3000));
    const el = await partsHost();
    const table = new TimelineTable(el);
    const { box, draw } = mountTable(el, table, index, undefined);
    const total = index.count;
    expect(box.querySelector('table')!.getAttribute('aria-rowcount')).to.equal(String(total + 1));
    expect(box.querySelectorAll('tr.data').length).to.be.lessThan(60);
    // the caption counts events and care paths apart, as every element does
    const { events } = eventsAndPathsOf(index.lanes.flatMap((lane) => lane.items));
    expect(box.querySelector('caption')!.textContent).to.contain(`${el.l.number(events)} eventi`);
    // newest first, until the header says otherwise
    expect(box.querySelector('th')!.getAttribute('aria-sort')).to.equal('descending');
    const newest = box.querySelector('tr.data')!.getAttribute('data-id');
    expect(newest).to.equal(itemsInRange(index, undefined, true)[0].id);
    box.querySelector<HTMLButtonElement>('th button')!.click();
    expect(table.desc).to.equal(false);
    draw();
    expect(box.querySelector('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(box.querySelector('tr.data')!.getAttribute('data-id')).to.equal(itemsInRange(index, undefined, false)[0].id);
    // the same settled range and order: the sorted list is reused, not rebuilt
    const items = table.items({ index, settled: 0, printing: false, l: el.l, details: new Map(), select: () => {} });
    expect(table.items({ index, settled: 0, printing: false, l: el.l, details: new Map(), select: () => {} })).to.equal(items);
    expect(table.items({ index, settled: 1, printing: false, l: el.l, details: new Map(), select: () => {} })).to.not.equal(items);
  });

  it('keeps each title button with its event as the table scrolls: the focused one still opens what it said', async () => {
    const index = buildIndex(generatedView('citizen', 3000));
    const el = await partsHost();
    const table = new TimelineTable(el);
    const { box, draw } = mountTable(el, table, index, undefined);
    const wrap = box.querySelector<HTMLElement>('.table-wrap')!;
    wrap.style.setProperty('block-size', '300px');
    wrap.style.setProperty('overflow', 'auto');
    const rows = [...box.querySelectorAll<HTMLElement>('tr.data')];
    const row = rows[TABLE_OVERSCAN + 8];
    const id = row.getAttribute('data-id');
    const button = row.querySelector<HTMLButtonElement>('button.link')!;
    const title = button.textContent;
    const top = rows[0].getAttribute('data-id');
    button.focus();
    // a few rows further down: the rendered window moves (the table's own scroll handler)
    wrap.scrollTop = 40 + (TABLE_OVERSCAN + 6) * TABLE_ROW_H;
    wrap.dispatchEvent(new Event('scroll'));
    draw();
    expect(box.querySelector('tr.data')!.getAttribute('data-id'), 'the window moved').to.not.equal(top);
    expect(button.isConnected, 'the focused button is still there').to.equal(true);
    expect(button.closest('tr')!.getAttribute('data-id')).to.equal(id);
    expect(button.textContent).to.equal(title);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });
});
