/**
 * The timeline's canvas renderer on its own: bins that count every item in view, hit testing on
 * what was drawn, collapsed lanes, theme colours read from the probes, the axis as text, and
 * sprites made only for marks drawn again and again.
 */
import { expect } from '@open-wc/testing';
import { styleMap } from 'lit/directives/style-map.js';
import { html, render } from 'lit';
import { buildIndex, isCancelledBooking, visibleRange, type TimelineItem } from '../../packages/elements/src/timeline/index.js';
import { itemLabel } from '../../packages/elements/src/timeline/text.js';
import { BIN_PX, COLLAPSED_H, TimelineRenderer, type Scene } from '../../packages/elements/src/timeline/renderer.js';
import { SPRITE_AFTER, SPRITES_PER_FRAME, newSpriteFrame, sprite } from '../../packages/elements/src/timeline/sprites.js';
import { TimelineZoom } from '../../packages/elements/src/timeline/zoom.js';
import { generatedView, SAMPLE_NOW } from './fixtures.js';
import { $, partsHost } from './parts.js';

async function setup(collapsed: ReadonlySet<string> = new Set()) {
  const el = await partsHost(1000);
  const view = generatedView('citizen', 600);
  const index = buildIndex(view);
  const zoom = new TimelineZoom(el, { onZoom() {}, onSettle() {}, onResize() {} });
  zoom.setExtent(index.min, index.max, SAMPLE_NOW, view.patient.birthDate?.start);
  zoom.attach($(el, '.plot'));
  const renderer = new TimelineRenderer();
  const scene: Scene = { index, zoom, collapsed, highlightedAnchors: [], now: SAMPLE_NOW, l: el.l, host: el };
  return { el, index, zoom, renderer, scene, canvas: $<HTMLCanvasElement>(el, 'canvas'), axis: $(el, '.axis') };
}

describe('timeline renderer', () => {
  afterEach(() => document.querySelectorAll('tl-parts-host').forEach((n) => n.remove()));

  it('draws every item in view once, in bins no closer than a bin width', async () => {
    const { index, zoom, renderer, scene, canvas, axis } = await setup();
    zoom.zoomTo(Date.UTC(2005, 0, 1), Date.UTC(2015, 0, 1));
    renderer.draw(canvas, axis, scene);
    const r = zoom.range()!;
    index.lanes.forEach((lane, li) => {
      const [i0, i1] = visibleRange(lane, r.from, r.to);
      const bins = renderer.frames[li].bins;
      expect(bins.reduce((s, b) => s + b.i1 - b.i0, 0), lane.key).to.equal(i1 - i0);
      for (let k = 1; k < bins.length; k++) expect(zoom.xOf(bins[k].t) - zoom.xOf(bins[k - 1].t)).to.be.greaterThan(BIN_PX / 2 - 1);
    });
    expect(canvas.width).to.equal(Math.round(1000 * devicePixelRatio));
    expect(renderer.drawnMarks(index).flatMap((m) => m.ids).length).to.equal(index.lanes.reduce((s, l) => s + visibleRange(l, r.from, r.to)[1] - visibleRange(l, r.from, r.to)[0], 0));
  });

  it('finds the mark under the pointer, and nothing between lanes of nothing', async () => {
    const { zoom, renderer, scene, canvas, axis } = await setup();
    renderer.draw(canvas, axis, scene);
    const frame = renderer.frames[0];
    const bin = frame.bins[Math.floor(frame.bins.length / 2)];
    const hit = renderer.hitTest(zoom.xOf(bin.t) + 3, frame.top + frame.height / 2, zoom)!;
    expect(hit.lane).to.equal(0);
    expect(hit.bin).to.equal(bin);
    expect(renderer.hitTest(zoom.xOf(bin.t), -5, zoom)).to.equal(undefined);
  });

  it('draws no marks in a collapsed lane, which is shorter', async () => {
    const { index, renderer, scene, canvas, axis } = await setup(new Set());
    const key = index.lanes[0].key;
    renderer.draw(canvas, axis, { ...scene, collapsed: new Set([key]) });
    expect(renderer.frames[0].bins.length).to.equal(0);
    expect(renderer.frames[0].height).to.equal(COLLAPSED_H);
    expect(renderer.frames[1].top).to.equal(COLLAPSED_H);
  });

  it('reads the theme colours from probes and writes the axis as text, with today', async () => {
    const { el, renderer, scene, canvas, axis } = await setup();
    const probes = document.createElement('div');
    render(html`<span class="probe" data-k="today" style=${styleMap({ color: 'rgb(1, 2, 3)' })}></span>`, probes);
    el.shadowRoot!.append(probes);
    renderer.readColors(el.shadowRoot!);
    expect(renderer.hasColors).to.equal(true);
    expect(renderer.color('today')).to.equal('rgb(1, 2, 3)');
    renderer.draw(canvas, axis, scene);
    expect(axis.querySelectorAll('.tick').length).to.be.greaterThan(2);
    expect(axis.querySelector('.marker.today')?.textContent?.trim()).to.equal('Oggi');
  });

  it('makes a sprite the third time a mark is drawn, and at most a few per frame', () => {
    newSpriteFrame();
    const key = `test|${Math.random()}`;
    let painted = 0;
    const paint = () => painted++;
    for (let i = 1; i < SPRITE_AFTER; i++) expect(sprite(key, 10, 10, 1, paint)).to.equal(undefined);
    const s = sprite(key, 10, 10, 2, paint);
    expect(s, 'another pixel ratio is another sprite').to.equal(undefined);
    const made = sprite(key, 10, 10, 1, paint);
    expect(made).to.be.instanceOf(HTMLCanvasElement);
    expect(made!.width).to.equal(10);
    expect(sprite(key, 10, 10, 1, paint)).to.equal(made);
    expect(painted).to.equal(1);
    newSpriteFrame();
    const keys = Array.from({ length: SPRITES_PER_FRAME + 5 }, (_, i) => `b|${Math.random()}|${i}`);
    for (let k = 0; k < SPRITE_AFTER - 1; k++) for (const key2 of keys) sprite(key2, 4, 4, 1, () => {});
    const got = keys.map((key2) => sprite(key2, 4, 4, 1, () => {})).filter(Boolean).length;
    expect(got).to.equal(SPRITES_PER_FRAME);
  });

  it('draws a cancelled booking hollow and struck through, where a booked one is a filled ring, and names it "annullata"', async () => {
    const { el, index, zoom, renderer, scene, canvas, axis } = await setup();
    // the theme's surface and bookings colours, as <fse-timeline>'s probes give them
    const probes = document.createElement('div');
    render(
      html`<span class="probe" data-k="surface" style=${styleMap({ color: 'rgb(255, 255, 255)' })}></span
        ><span class="probe" data-k="cat-bookings" style=${styleMap({ color: 'rgb(0, 102, 204)' })}></span>`,
      probes,
    );
    el.shadowRoot!.append(probes);
    renderer.readColors(el.shadowRoot!);
    const li = index.lanes.findIndex((l) => l.category === 'bookings');
    const items = index.lanes[li].items;
    const cancelled = items.find((it) => isCancelledBooking(it.event))!;
    const booked = items.find((it) => it.event.booking?.status === 'booked')!;
    expect(cancelled, 'the generated record has a cancelled booking').to.exist;
    expect(booked, 'and a booked one').to.exist;
    const DAY = 86_400_000;
    const dpr = devicePixelRatio || 1;
    const ctx = canvas.getContext('2d')!;
    /** Pixels of the mark of one booking, drawn alone, at offsets (CSS px) from its centre. */
    const pixels = (it: TimelineItem, offsets: [number, number][]) => {
      zoom.zoomTo(it.anchor - 3 * DAY, it.anchor + 3 * DAY);
      renderer.draw(canvas, axis, scene);
      const mark = renderer.drawnMarks(index).find((m) => m.ids.includes(it.id))!;
      expect(mark.count, 'drawn as a mark of its own').to.equal(1);
      const x = Math.round(zoom.xOf(mark.t) * dpr) / dpr;
      const frame = renderer.frames[li];
      const cy = frame.top + frame.height / 2;
      return offsets.map(([dx, dy]) => [...ctx.getImageData(Math.floor((x + dx) * dpr), Math.floor((cy + dy) * dpr), 1, 1).data]);
    };
    const close = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) < 40);
    // (+2.5, +2.5): inside the ring's body, off the strike; (+2.5, −2.5): on the strike.
    const [ringBody] = pixels(booked, [[2.5, 2.5]]);
    expect(ringBody[3], 'the booked ring is drawn there').to.be.above(200);
    const [hollow, strike] = pixels(cancelled, [[2.5, 2.5], [2.5, -2.5]]);
    expect(close(hollow, ringBody), `hollow: ${hollow} is not the ring’s colour ${ringBody}`).to.equal(false);
    expect(hollow[3], 'hollow, yet opaque (the surface)').to.be.above(200);
    expect(close(strike, ringBody), `struck through in the lane’s colour: ${strike} vs ${ringBody}`).to.equal(true);
    // and said so where a screen reader reads it
    expect(itemLabel(el.l, index, cancelled, false, new Map())).to.match(/, annullata$/);
    expect(itemLabel(el.l, index, booked, false, new Map())).not.to.contain('annullata');
  });
});

