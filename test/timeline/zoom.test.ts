/**
 * The timeline's zoom controller on its own: time to x and back, the extent, zoom limits, presets
 * that end where the view ends, wheel input through d3-zoom, and one settle after a burst of moves.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { DAY, HOUR, SETTLE_MS, TimelineZoom, YEAR } from '../../packages/elements/src/timeline/zoom.js';
import { $, nextFrame, partsHost, type PartsHost } from './parts.js';

const NOW = Date.UTC(2025, 5, 1);
const BIRTH = Date.UTC(1960, 0, 1);

async function setup(width = 1000): Promise<{ el: PartsHost; zoom: TimelineZoom; calls: { zoom: number; settle: number; resize: number } }> {
  const el = await partsHost(width);
  const calls = { zoom: 0, settle: 0, resize: 0 };
  const zoom = new TimelineZoom(el, { onZoom: () => calls.zoom++, onSettle: () => calls.settle++, onResize: () => calls.resize++ });
  zoom.setExtent(Date.UTC(1990, 0, 1), Date.UTC(2024, 0, 1), NOW, BIRTH);
  expect(zoom.attach($(el, '.plot'))).to.equal(true);
  return { el, zoom, calls };
}

describe('timeline zoom', () => {
  afterEach(() => document.querySelectorAll('tl-parts-host').forEach((n) => n.remove()));

  it('spans birth to today with a margin, and shows all of it at first', async () => {
    const { zoom } = await setup();
    const [lo, hi] = zoom.extent;
    const pad = (NOW - BIRTH) * 0.02;
    expect(lo).to.be.closeTo(BIRTH - pad, 1);
    expect(hi).to.be.closeTo(NOW + pad, 1);
    const r = zoom.range()!;
    expect(r.from).to.be.closeTo(lo, 1);
    expect(r.to).to.be.closeTo(hi, 1);
    expect(zoom.width).to.equal(1000);
  });

  it('maps time to x and back, and zooms to a range it is asked for', async () => {
    const { zoom, calls } = await setup();
    const from = Date.UTC(2010, 0, 1);
    const to = Date.UTC(2012, 0, 1);
    zoom.zoomTo(from, to);
    expect(calls.zoom).to.be.greaterThan(0);
    const r = zoom.range()!;
    expect(r.from).to.be.closeTo(from, HOUR);
    expect(r.to).to.be.closeTo(to, HOUR);
    expect(zoom.xOf(from)).to.be.closeTo(0, 0.01);
    expect(zoom.xOf(to)).to.be.closeTo(1000, 0.01);
    expect(zoom.timeAt(zoom.xOf(Date.UTC(2011, 3, 1)))).to.be.closeTo(Date.UTC(2011, 3, 1), 1000);
  });

  it('never zooms out past the extent nor in past an hour, and never pans out of it', async () => {
    const { zoom } = await setup();
    zoom.zoomTo(Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1));
    zoom.zoomBy(1e-6);
    const all = zoom.range()!;
    expect(all.from).to.be.closeTo(zoom.extent[0], 1);
    expect(all.to).to.be.closeTo(zoom.extent[1], 1);
    zoom.zoomBy(1e9, NOW - YEAR);
    const r = zoom.range()!;
    expect(r.to - r.from).to.be.closeTo(HOUR, 1000);
    zoom.panBy(100 * YEAR);
    expect(zoom.range()!.to).to.be.at.most(zoom.extent[1] + 1);
  });

  it('shows that much time up to an end, wherever the view was, with a margin after the end', async () => {
    const { zoom } = await setup();
    zoom.zoomTo(Date.UTC(2000, 0, 1), Date.UTC(2005, 0, 1));
    zoom.showUntil(NOW, YEAR);
    const r = zoom.range()!;
    expect(r.from).to.be.closeTo(NOW - YEAR, HOUR);
    expect(r.to).to.be.closeTo(NOW + YEAR * 0.03, HOUR);
    zoom.fitSpan(Date.UTC(2001, 0, 1), Date.UTC(2001, 0, 2));
    const f = zoom.range()!;
    expect(f.to - f.from, 'at least a month').to.be.closeTo(30 * DAY * 1.04, HOUR);
  });

  it('zooms with the wheel over the plot (d3-zoom), and settles once after a burst of moves', async () => {
    const { el, zoom, calls } = await setup();
    const plot = $(el, '.plot');
    const before = zoom.range()!;
    const b = plot.getBoundingClientRect();
    for (let i = 0; i < 5; i++) {
      plot.dispatchEvent(new WheelEvent('wheel', { clientX: b.left + 500, clientY: b.top + 10, deltaY: -100, bubbles: true, cancelable: true }));
      await nextFrame();
    }
    const after = zoom.range()!;
    expect(after.to - after.from).to.be.lessThan(before.to - before.from);
    expect(calls.settle, 'not while moving').to.equal(0);
    await waitUntil(() => calls.settle > 0, 'settles', { timeout: SETTLE_MS * 8 });
    await new Promise((r) => setTimeout(r, SETTLE_MS * 2));
    expect(calls.settle).to.equal(1);
  });

  it('keeps the range when the plot changes width, and lets go of the plot when detached', async () => {
    const { el, zoom, calls } = await setup();
    zoom.zoomTo(Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1));
    el.style.width = '600px';
    await waitUntil(() => calls.resize > 0, 'resized');
    expect(zoom.width).to.equal(600);
    expect(zoom.range()!.from).to.be.closeTo(Date.UTC(2010, 0, 1), HOUR);
    expect(zoom.range()!.to).to.be.closeTo(Date.UTC(2011, 0, 1), HOUR);
    zoom.detach();
    const r = zoom.range()!;
    zoom.zoomBy(2);
    expect(zoom.range()).to.deep.equal(r);
    expect(zoom.plot).to.equal(undefined);
  });
});
