/**
 * The timeline's zoom controller on its own: time to x and back, the extent, zoom limits, presets
 * that end where the view ends, one settle after a burst of moves, and the gestures as a person makes
 * them: wheel (and ctrl-wheel, a trackpad's pinch) around the pointer, a drag with the mouse (real
 * input) or a finger, a pinch of two fingers, a double click, and the limits each of them keeps.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
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

  it('zooms with the wheel over the plot, and settles once after a burst of moves', async () => {
    const { el, zoom, calls } = await setup();
    const plot = $(el, '.plot');
    const before = zoom.range()!;
    const b = plot.getBoundingClientRect();
    // the page's first frame first (Firefox can take half a second over it, longer than a settle)
    await nextFrame();
    await nextFrame();
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

  // ───────────── gestures ─────────────

  /** A pointer event on the plot at x (px in the plot), as a finger or pen sends it. */
  function touch(plot: HTMLElement, type: string, id: number, x: number, y = 20): PointerEvent {
    const b = plot.getBoundingClientRect();
    const e = new PointerEvent(type, {
      pointerId: id,
      pointerType: 'touch',
      isPrimary: id === 11,
      clientX: b.left + x,
      clientY: b.top + y,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    plot.dispatchEvent(e);
    return e;
  }
  const wheel = (plot: HTMLElement, x: number, deltaY: number, ctrlKey = false): WheelEvent => {
    const b = plot.getBoundingClientRect();
    const e = new WheelEvent('wheel', { clientX: b.left + x, clientY: b.top + 20, deltaY, ctrlKey, bubbles: true, cancelable: true });
    plot.dispatchEvent(e);
    return e;
  };
  const span = (zoom: TimelineZoom) => zoom.range()!.to - zoom.range()!.from;

  it('keeps the time under the pointer where it is while the wheel zooms in and out, and zooms ten times faster with ctrl (a trackpad pinch)', async () => {
    const { el, zoom } = await setup();
    const plot = $(el, '.plot');
    zoom.zoomTo(Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1));
    const under = zoom.timeAt(300);
    const before = span(zoom);
    for (const dy of [-100, -100, -100, 50]) {
      expect(wheel(plot, 300, dy).defaultPrevented, 'the page does not scroll').to.equal(true);
      expect(zoom.timeAt(300)).to.be.closeTo(under, HOUR);
    }
    // 250 px of wheel in: 2^(250 × 0.002) times closer
    expect(before / span(zoom)).to.be.closeTo(2 ** 0.5, 0.01);
    await new Promise((r) => setTimeout(r, 200));
    const plain = span(zoom);
    wheel(plot, 700, -10, true);
    expect(plain / span(zoom), 'ctrl: 2^(10 × 0.002 × 10)').to.be.closeTo(2 ** 0.2, 0.01);
  });

  it('leaves the wheel to the page at a zoom limit, and never zooms out past the whole extent', async () => {
    const { el, zoom } = await setup();
    const plot = $(el, '.plot');
    zoom.zoomTo(Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1));
    for (let i = 0; i < 30; i++) wheel(plot, 900, 400);
    expect(zoom.range()!.from).to.be.closeTo(zoom.extent[0], 1);
    expect(zoom.range()!.to).to.be.closeTo(zoom.extent[1], 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(wheel(plot, 900, 100).defaultPrevented, 'all of it shown: the page scrolls').to.equal(false);
  });

  it('pans with a mouse drag (real input), keeping the time under the pointer, and the click that ends the drag selects nothing', async function () {
    this.timeout(20_000);
    const { el, zoom } = await setup();
    const plot = $(el, '.plot');
    zoom.zoomTo(Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1));
    const clicks: Event[] = [];
    plot.addEventListener('click', (e) => clicks.push(e));
    const b = plot.getBoundingClientRect();
    const y = Math.round(b.top + 30);
    const grabbed = zoom.timeAt(600);
    const before = span(zoom);
    try {
      await sendMouse({ type: 'move', position: [Math.round(b.left + 600), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(b.left + 450), y] });
      await sendMouse({ type: 'move', position: [Math.round(b.left + 300), y] });
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    expect(zoom.timeAt(300), 'the time grabbed at 600 px is at 300 px').to.be.closeTo(grabbed, DAY);
    expect(span(zoom), 'a pan does not zoom').to.be.closeTo(before, HOUR);
    expect(clicks, 'the drag was no click').to.have.length(0);
    // a click without a drag is a click
    await sendMouse({ type: 'click', position: [Math.round(b.left + 300), y] });
    await resetMouse();
    expect(clicks).to.have.length(1);
  });

  it('pans with a finger and stops at the start of the record', async () => {
    const { el, zoom } = await setup();
    const plot = $(el, '.plot');
    zoom.zoomTo(Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1));
    const grabbed = zoom.timeAt(200);
    touch(plot, 'pointerdown', 11, 200);
    touch(plot, 'pointermove', 11, 350);
    expect(zoom.timeAt(350)).to.be.closeTo(grabbed, DAY);
    const s = span(zoom);
    touch(plot, 'pointermove', 11, 5000);
    expect(zoom.range()!.from, 'never before the extent').to.be.closeTo(zoom.extent[0], 1);
    expect(span(zoom)).to.be.closeTo(s, HOUR);
    touch(plot, 'pointerup', 11, 5000);
    const r = zoom.range()!;
    touch(plot, 'pointermove', 11, 100);
    expect(zoom.range(), 'a finger lifted pans no more').to.deep.equal(r);
  });

  it('zooms with a pinch of two fingers around their midpoint, within the zoom limits, and pans on with the finger left', async () => {
    const { el, zoom } = await setup();
    const plot = $(el, '.plot');
    zoom.zoomTo(Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1));
    const mid = zoom.timeAt(500);
    const before = span(zoom);
    touch(plot, 'pointerdown', 11, 400);
    touch(plot, 'pointerdown', 12, 600);
    touch(plot, 'pointermove', 12, 800);
    expect(before / span(zoom), 'twice as far apart: twice as close').to.be.closeTo(2, 0.01);
    expect(zoom.timeAt(600), 'what was between the fingers stays between them').to.be.closeTo(mid, DAY);
    touch(plot, 'pointermove', 11, 0);
    touch(plot, 'pointermove', 12, 1000);
    expect(before / span(zoom)).to.be.closeTo(5, 0.05);
    // spread far apart: an hour at most
    touch(plot, 'pointermove', 12, 1e9);
    expect(span(zoom), 'never closer than an hour').to.be.closeTo(HOUR, 1000);
    // pinched together: the whole extent at least
    touch(plot, 'pointermove', 11, 500);
    touch(plot, 'pointermove', 12, 500.001);
    expect(zoom.range()!.from).to.be.closeTo(zoom.extent[0], 1);
    expect(zoom.range()!.to).to.be.closeTo(zoom.extent[1], 1);
    touch(plot, 'pointermove', 12, 700);
    touch(plot, 'pointerup', 11, 500);
    const held = zoom.timeAt(700);
    const s = span(zoom);
    touch(plot, 'pointermove', 12, 650);
    expect(span(zoom), 'one finger left pans').to.be.closeTo(s, HOUR);
    expect(zoom.timeAt(650)).to.be.closeTo(held, DAY);
    touch(plot, 'pointerup', 12, 650);
  });

  it('zooms in twice around a double click, and out with shift', async () => {
    const { el, zoom } = await setup();
    const plot = $(el, '.plot');
    zoom.zoomTo(Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1));
    const b = plot.getBoundingClientRect();
    const at = zoom.timeAt(250);
    const before = span(zoom);
    plot.dispatchEvent(new MouseEvent('dblclick', { clientX: b.left + 250, clientY: b.top + 20, bubbles: true }));
    expect(before / span(zoom)).to.be.closeTo(2, 0.001);
    expect(zoom.timeAt(250)).to.be.closeTo(at, HOUR);
    plot.dispatchEvent(new MouseEvent('dblclick', { clientX: b.left + 250, clientY: b.top + 20, shiftKey: true, bubbles: true }));
    expect(span(zoom)).to.be.closeTo(before, HOUR);
  });
});
