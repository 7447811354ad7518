/**
 * <fse-timeline>: what a citizen or a clinician sees and can do. Views come from FHIR through
 * fromFhir + viewFor (fixtures.ts); only the invalid-data test builds a value by hand.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { bodyRegionsOf, categoryOf, countsFor, EVENT_CATEGORIES, isDocumentItem, type ClinicalEvent, type FseView } from '@percorso/model';
import '../../packages/elements/src/timeline.js';
import { FseEventSelectEvent, FseRangeChangeEvent, type FseTimeline } from '../../packages/elements/src/timeline.js';
import type { FseErrorEvent } from '../../packages/elements/src/internal/events.js';
import {
  datesView,
  emptyView,
  generatedRecord,
  generatedView,
  HOSTILE,
  lanesView,
  SAMPLE_NOW,
  SECRET_DATE,
  SECRET_FACILITY,
  SECRET_TITLE,
  UNDATED_TITLE,
  undatedView,
} from './fixtures.js';

type Opts = { lang?: string; theme?: string; width?: number; opening?: 'recent' | 'all' };

async function mount(view: unknown, opts: Opts = {}): Promise<FseTimeline> {
  const el = await fixture<FseTimeline>(html`<fse-timeline
    lang=${opts.lang ?? 'it'}
    theme=${opts.theme ?? 'light'}
    style="width:${opts.width ?? 1000}px"
    opening=${opts.opening ?? 'all'}
    .now=${SAMPLE_NOW}
    .view=${view}
  ></fse-timeline>`);
  await settle(el);
  return el;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
async function settle(el: FseTimeline): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  await nextFrame();
}
/**
 * The debounced range settle that follows the next move of the range: its fse-range-change, then
 * the frames in which the live region, lane counts and table follow. Start it before the move
 * (the settle comes 250 ms after the last move, sooner than a busy machine may draw two frames).
 */
async function rangeSettled(el: FseTimeline): Promise<void> {
  await oneEvent(el, FseRangeChangeEvent.type);
  await settle(el);
}
const $ = (el: FseTimeline, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: FseTimeline, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null | undefined) => ((n as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const active = (el: FseTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;
const sum = (el: FseTimeline) => el.drawnMarks.reduce((s, m) => s + m.count, 0);

/** Everything a user or assistive technology can get from the shadow DOM: text, attributes, canvas-mark ids. */
function everything(el: FseTimeline): string {
  const parts: string[] = [el.shadowRoot!.textContent ?? ''];
  for (const n of el.shadowRoot!.querySelectorAll('*')) for (const a of n.attributes) parts.push(a.value);
  for (const m of el.drawnMarks) parts.push(...m.ids);
  return parts.join(' | ');
}

/**
 * The marks of a view, as the timeline promises them: documents, events not inside a document of
 * the view, and care paths with a start (kind `careplan`).
 */
function marksOf(view: FseView): ClinicalEvent[] {
  const ids = new Set(view.events.filter((e) => e.kind === 'document').map((e) => e.id));
  const events = view.events.filter((e) => e.kind === 'document' || !(e.documentId && ids.has(e.documentId)));
  const paths = view.carePaths
    .filter((p) => p.period?.start || p.steps.some((s) => s.due))
    .map((p) => ({ id: p.id, kind: 'careplan', title: p.title, documentId: p.documentId }) as ClinicalEvent);
  return [...events, ...paths];
}

/** WCAG 2.1 relative luminance of an sRGB colour (0–255 channels). */
function luminance([r, g, b]: readonly number[]): number {
  const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}

/**
 * How tall (CSS px) a strip's bar is drawn: the pixels of its column, in the middle of the bar, that
 * stand out from the element's background by 3:1 or more.
 */
function barHeight(el: FseTimeline, m: { lane: string; t: number }, what: string): number {
  const canvas = $(el, 'canvas') as HTMLCanvasElement;
  const box = canvas.getBoundingClientRect();
  const dpr = canvas.width / box.width;
  const r = el.visibleRange!;
  const row = $$(el, '.row')[el.drawnLabels.lanes.indexOf(m.lane)].getBoundingClientRect();
  const bg = getComputedStyle($(el, '.probe[data-k="surface"]')!).color.match(/\d+/g)!.map(Number);
  const x = Math.round(((m.t - r.from) / (r.to - r.from)) * box.width * dpr);
  const y0 = Math.round((row.top - box.top) * dpr);
  const data = canvas.getContext('2d')!.getImageData(x, y0, 1, Math.round(row.height * dpr)).data;
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    const a = data[i + 3] / 255;
    const px = [0, 1, 2].map((k) => data[i + k] * a + bg[k] * (1 - a));
    const [hi, lo] = [luminance(px), luminance(bg)].sort((p, q) => q - p);
    if ((hi + 0.05) / (lo + 0.05) >= 3) n++;
  }
  expect(n, `${what}: a bar is drawn at ${new Date(m.t).toISOString()}`).to.be.greaterThan(0);
  return n / dpr;
}

/** A test changed emulated media (Chromium only): put it back after. */
let emulated = false;

describe('<fse-timeline>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
    if (emulated) await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light', media: 'screen', forcedColors: 'none' });
    emulated = false;
  });

  describe('what a citizen sees', () => {
    it('fits the whole record, one lane per category in citizen words, with counts that add up', async () => {
      const view = generatedView('citizen', 300);
      const el = await mount(view);
      const marks = marksOf(view);
      const cats = EVENT_CATEGORIES.filter((c) => marks.some((e) => categoryOf(e) === c));
      const heads = $$(el, '[part~="lane-header"] .label').map(text);
      const words: Record<string, string> = {
        reports: 'Referti',
        admissions: 'Ricoveri e Pronto Soccorso',
        visits: 'Visite',
        medications: 'Prescrizioni e farmaci',
        vaccinations: 'Vaccinazioni',
        bookings: 'Prenotazioni',
        taccuino: 'Taccuino',
        carepaths: 'Percorsi di cura',
        other: 'Altro',
      };
      expect(heads).to.deep.equal(cats.map((c) => words[c]));
      // The whole record is in view: every mark is counted in a drawn mark or bin.
      expect(el.visibleCount()).to.equal(marks.length);
      expect(sum(el)).to.equal(marks.length);
      // the record's counts, as every element states them (countsFor): events, then the care paths apart
      const paths = marks.filter((e) => e.kind === 'careplan').length;
      expect(text($(el, '[part="summary"]'))).to.contain(`${countsFor(view).events} eventi e ${paths} percorsi di cura`);
      expect(countsFor(view).events + paths).to.equal(marks.length);
      // …and names every lane with its count, in lane order.
      const lanes = cats.map((c) => `${words[c]} ${marks.filter((e) => categoryOf(e) === c).length}`).join(', ');
      expect(text($(el, '[part="summary"]'))).to.contain(`: ${lanes}.`);
      // What is inside the documents is counted too, so the numbers add up to the record.
      // (the documents' items — isDocumentItem: a lab panel heading is not one — as countsFor counts them)
      const marked = new Set(marks.map((m) => m.id));
      const inner = view.events.filter((e) => !marked.has(e.id) && isDocumentItem(e)).length;
      expect(inner).to.be.greaterThan(0);
      expect(text($(el, '[part="summary"]'))).to.contain(`altre ${inner} voci`);
    });

    it('draws a bounded number of marks for a dense record and the counts still add up', async () => {
      const view = generatedView('citizen', 5000, 3);
      const el = await mount(view);
      const n = marksOf(view).length;
      expect(sum(el)).to.equal(n);
      const lanes = $$(el, '[part~="lane"]').length;
      // At most one mark per bin (28 px) per lane.
      expect(el.drawnMarks.length).to.be.at.most(lanes * Math.ceil(1000 / 28 + 2));
      expect(el.drawnMarks.some((m) => m.count > 1), 'some marks are aggregated').to.equal(true);
    });

    it('splits aggregates as it zooms in, and the counts add up to the events in view', async () => {
      const el = await mount(generatedView('citizen', 2000, 5));
      const before = Math.max(...el.drawnMarks.map((m) => m.count));
      const r = el.visibleRange!;
      el.zoomTo(r.to - 365 * 86_400_000, r.to);
      await settle(el);
      expect(Math.max(...el.drawnMarks.map((m) => m.count))).to.be.lessThan(before);
      expect(sum(el)).to.equal(el.visibleCount());
      expect(el.drawnMarks.every((m) => m.t >= el.visibleRange!.from && m.t < el.visibleRange!.to)).to.equal(true);
    });

    it('shows birth and today on the axis, in the element language', async () => {
      const el = await mount(generatedView('citizen', 300));
      expect(text($(el, '[part="axis"]'))).to.contain('Nascita').and.contain('Oggi');
      el.lang = 'de';
      await settle(el);
      el.fit();
      await settle(el);
      expect(text($(el, '[part="axis"]'))).to.contain('Geburt').and.contain('Heute');
      expect(text($(el, '[part~="lane-header"]'))).to.match(/Befunde|Arztbesuche|Verordnungen/);
    });

    it('renders hostile titles as text', async () => {
      const el = await mount(datesView());
      el.showTable = true;
      await settle(el);
      expect(text($(el, 'table'))).to.contain(HOSTILE);
      expect((globalThis as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });

  describe('keyboard and screen readers', () => {
    it('reaches the 5th event of the second lane and opens it, without a mouse, through one tab stop', async () => {
      const view = generatedView('citizen', 300);
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <button id="before">prima</button>
        <fse-timeline lang="it" style="width:1000px" .now=${SAMPLE_NOW} .filter=${{ categories: ['reports', 'visits', 'medications'] }} .view=${view}></fse-timeline>
        <button id="after">dopo</button>
      </div>`);
      const el = wrap.querySelector('fse-timeline')!;
      await settle(el);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      // Tab through the toolbar to the chart: it is one tab stop.
      let guard = 0;
      while (!active(el)?.matches('.cursor') && guard++ < 12) await sendKeys({ press: 'Tab' });
      expect(active(el)?.matches('.cursor'), 'the chart has a tab stop').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id, 'the next Tab leaves the chart').to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(active(el)?.matches('.cursor')).to.equal(true);

      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      // The host shows reports, visits and medicines: the second lane is Visite.
      const marks = marksOf(view);
      const second = EVENT_CATEGORIES.filter((c) => ['reports', 'visits', 'medications'].includes(c) && marks.some((e) => categoryOf(e) === c))[1];
      expect(second).to.equal('visits');
      const lane = $$(el, '[part~="lane-header"] .label').map(text)[1];
      const label = active(el)!.getAttribute('aria-label')!;
      const inLane = marks.filter((e) => categoryOf(e) === second).length;
      expect(label).to.contain(`5 di ${inLane}`).and.contain(lane);
      // The tooltip opens on focus too.
      await el.updateComplete;
      expect($(el, '[part="tooltip"]')!.hidden).to.equal(false);

      const selected = oneEvent(el, FseEventSelectEvent.type) as unknown as Promise<FseEventSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const ev = await selected;
      expect(ev).to.be.instanceOf(FseEventSelectEvent);
      expect(ev.bubbles && ev.composed).to.equal(true);
      expect(categoryOf(ev.event!)).to.equal(second);
      expect(label).to.contain(ev.event!.title);
      expect(ev.detail.eventId).to.equal(ev.event!.id);
      expect(el.selected).to.equal(ev.eventId);
      await el.updateComplete;
      expect(active(el)!.getAttribute('aria-pressed')).to.equal('true');

      // Esc closes the tooltip first, then clears the selection.
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part="tooltip"]')!.hidden).to.equal(true);
      const clearing = oneEvent(el, FseEventSelectEvent.type) as unknown as Promise<FseEventSelectEvent>;
      await sendKeys({ press: 'Escape' });
      const cleared = await clearing;
      expect(cleared.eventId).to.equal(null);
      expect(el.selected).to.equal(undefined);
    });

    it('pans to an event that is out of view instead of focusing something invisible', async () => {
      const el = await mount(generatedView('citizen', 600));
      const r = el.visibleRange!;
      const settled = rangeSettled(el);
      el.zoomTo(r.to - 60 * 86_400_000, r.to);
      await settle(el);
      await settled;
      // The tab stop is on something in view: an event, or a lane name when no event is in view.
      const stop = $(el, '.cursor') ?? $(el, '[part~="lane-header"][tabindex="0"]');
      expect(stop).to.not.equal(null);
      stop!.focus();
      if (stop!.matches('[part~="lane-header"]')) await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Home' });
      await settle(el);
      const cursor = $(el, '.cursor')!;
      expect(active(el)).to.equal(cursor);
      const box = cursor.getBoundingClientRect();
      const plot = $(el, '.plot')!.getBoundingClientRect();
      expect(box.left + box.width / 2).to.be.within(plot.left, plot.right);
      expect(cursor.classList.contains('off')).to.equal(false);
    });

    it('zooms with + and −, pans with PageUp/PageDown, and tells screen readers what is in view', async () => {
      const el = await mount(generatedView('citizen', 600));
      $(el, '.cursor')!.focus();
      const r0 = el.visibleRange!;
      // Let the zoom settle first, so the settle awaited below is the pan's.
      const zoomed = rangeSettled(el);
      await sendKeys({ press: '+' });
      await zoomed;
      const r1 = el.visibleRange!;
      expect(r1.to - r1.from).to.be.closeTo((r0.to - r0.from) / 2, (r0.to - r0.from) * 0.01);
      const settled = rangeSettled(el);
      await sendKeys({ press: 'PageUp' });
      await settle(el);
      const r2 = el.visibleRange!;
      expect(r2.from).to.be.lessThan(r1.from);
      await settled;
      const live = $(el, '[aria-live="polite"]')!;
      // The live text follows the settled range on the element's next update (Firefox may read it a frame early).
      const told = () => new RegExp(`^(${el.visibleCount()} eventi|Nessun evento nel periodo)`).test(text(live));
      await waitUntil(told, 'the live region tells what is in view', { timeout: 5000 }).catch(() => undefined);
      expect(text(live)).to.match(new RegExp(`^(${el.visibleCount()} eventi|Nessun evento nel periodo)`));
      await sendKeys({ press: '-' });
      await settle(el);
      expect(el.visibleRange!.to - el.visibleRange!.from).to.be.greaterThan(r2.to - r2.from);
      expect(active(el)?.classList.contains('off') ?? false).to.equal(false);
    });

    it('collapses a lane from its name (← from the first event), and the lane keeps its count', async () => {
      const el = await mount(generatedView('citizen', 300));
      $(el, '.cursor')!.focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      const head = active(el)!;
      expect(head.matches('[part~="lane-header"]')).to.equal(true);
      expect(head.getAttribute('aria-expanded')).to.equal('true');
      const before = sum(el);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(active(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect($$(el, '[part~="lane-collapsed"]')).to.have.length(1);
      expect(sum(el)).to.be.lessThan(before);
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(sum(el)).to.equal(before);
    });

    it('has a text summary before the chart and a grid named for screen readers', async () => {
      const el = await mount(generatedView('citizen', 300));
      const grid = $(el, '[role="grid"]')!;
      expect(grid.getAttribute('aria-label')).to.equal('Cronologia del fascicolo');
      expect(grid.getAttribute('aria-describedby')).to.contain('summary');
      expect(text($(el, '#summary'))).to.match(/^Il fascicolo contiene \d+ eventi/);
      expect($$(el, '[role="row"]')).to.have.length(Number(grid.getAttribute('aria-rowcount')));
    });

    it('says in its text summary every lane with its count, in Italian, English and German', async () => {
      // The summary is what aria-describedby gives the grid: a lane left out of it, or a wrong
      // count, is a lane a screen-reader user never hears of. Written out in full, so any gap fails.
      const expected: Record<string, string> = {
        it:
          'Il fascicolo contiene 12 eventi e 1 percorso di cura, 2019–2026: Referti 2, Ricoveri e Pronto Soccorso 1, Visite 3, Prescrizioni e farmaci 1, ' +
          'Vaccinazioni 2, Prenotazioni 1, Taccuino 1, Percorsi di cura 1, Altro 1. ' +
          'Dentro i documenti c’è 1 altra voce (esami, diagnosi, farmaci), che trovi aprendoli.',
        en:
          'The record holds 12 events and 1 care path, 2019 – 2026: Reports 2, Hospital stays and A&E 1, Visits 3, Prescriptions and medicines 1, ' +
          'Vaccinations 2, Bookings 1, Personal notes 1, Care paths 1, Other 1. ' +
          'The documents hold 1 more item (tests, diagnoses, medicines), shown when you open them.',
        de:
          'Die Akte enthält 12 Ereignisse und 1 Behandlungspfad, 2019–2026: Befunde 2, Krankenhaus und Notaufnahme 1, Arztbesuche 3, Verordnungen und Arzneimittel 1, ' +
          'Impfungen 2, Termine 1, Persönliche Notizen 1, Behandlungspfade 1, Sonstiges 1. ' +
          'Die Dokumente enthalten 1 weiteren Eintrag (Untersuchungen, Diagnosen, Arzneimittel), sichtbar beim Öffnen.',
      };
      for (const [lang, summary] of Object.entries(expected)) {
        const el = await mount(lanesView(), { lang });
        const grid = $(el, '[role="grid"]')!;
        const describedBy = grid.getAttribute('aria-describedby')!.split(' ');
        expect(describedBy, lang).to.include('summary');
        expect(text(el.shadowRoot!.getElementById('summary')), lang).to.equal(summary);
        // one lane header per lane named in the summary
        expect($$(el, '[part~="lane-header"]'), lang).to.have.length(9);
      }
    });
  });

  describe('pointer', () => {
    it('zooms with the wheel and changes the visible range', async () => {
      const el = await mount(generatedView('citizen', 600));
      const r0 = el.visibleRange!;
      const box = $(el, '.plot')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + 20)] });
      const rangeChanged = oneEvent(el, FseRangeChangeEvent.type) as unknown as Promise<FseRangeChangeEvent>;
      $(el, '.plot')!.dispatchEvent(
        new WheelEvent('wheel', { deltaY: -400, clientX: box.left + box.width / 2, clientY: box.top + 20, bubbles: true, cancelable: true }),
      );
      await settle(el);
      const r1 = el.visibleRange!;
      expect(r1.to - r1.from).to.be.lessThan(r0.to - r0.from);
      expect(sum(el)).to.equal(el.visibleCount());
      const ev = await rangeChanged;
      expect(ev.detail.count).to.equal(el.visibleCount());
    });

    it('shows today, a week, a month, a year, five years up to today, and everything, with the preset buttons', async () => {
      const view = generatedView('citizen', 600);
      const el = await mount(view);
      const button = (label: string) => $$(el, '[part="toolbar"] button').find((b) => text(b) === label)!;
      const DAY = 86_400_000;
      expect($$(el, '[part="toolbar"] .group button').map(text).slice(2)).to.deep.equal(['Oggi', '1 settimana', '1 mese', '1 anno', '5 anni', 'Tutto']);
      // the presets end at today, or at a booking soon after today (within a third of the preset)
      const bookings = view.events.filter((e) => categoryOf(e) === 'bookings').map((e) => e.date.start);
      el.zoomTo(Date.UTC(1990, 0, 1), Date.UTC(1995, 0, 1));
      for (const [label, days] of [
        ['1 anno', 365.2425],
        ['5 anni', 5 * 365.2425],
        ['1 mese', 31],
        ['1 settimana', 7],
      ] as const) {
        button(label).click();
        await settle(el);
        const end = Math.max(SAMPLE_NOW, ...bookings.filter((b) => b <= SAMPLE_NOW + (days * DAY) / 3));
        const r = el.visibleRange!;
        expect(r.from, label).to.be.closeTo(end - days * DAY, DAY / 24);
        expect(r.to, `${label} ends just after its end, not a year later`).to.be.closeTo(end + days * DAY * 0.03, DAY / 24);
      }
      button('Oggi').click();
      await settle(el);
      const today = el.visibleRange!;
      expect(today.to - today.from).to.be.closeTo(DAY, 1000);
      expect(SAMPLE_NOW).to.be.within(today.from, today.to);
      button('Tutto').click();
      await settle(el);
      expect(el.visibleCount()).to.equal(marksOf(view).length);
      // The zoom buttons have names for screen readers.
      expect($$(el, '[part="toolbar"] button .visually-hidden').map((b) => b.textContent!.trim())).to.deep.equal(['Riduci', 'Ingrandisci']);
    });

    it('opens on the recent years where the record is dense, not the whole life squeezed against today', async () => {
      const view = generatedView('citizen', 600);
      const el = await mount(view, { opening: 'recent' });
      const r = el.visibleRange!;
      const marks = marksOf(view).length;
      expect(r.to).to.be.at.least(SAMPLE_NOW);
      expect(el.visibleCount() * 2, 'at least half of the record is in view').to.be.at.least(marks);
      expect(el.visibleCount(), 'not the whole life').to.be.lessThan(marks);
      expect(r.to - r.from).to.be.at.most(20.7 * 365.2425 * 86_400_000);
      $$(el, '[part="toolbar"] button').find((b) => text(b) === 'Tutto')!.click();
      await settle(el);
      expect(el.visibleCount()).to.equal(marks);
    });

    it('selects an event on click and shows its tooltip on hover', async () => {
      const el = await mount(generatedView('citizen', 300));
      const lonely = el.drawnMarks.find((m) => m.count === 1)!;
      const laneIndex = $$(el, '[part~="lane"]').findIndex((_, i) => el.drawnMarks.filter((m) => m.lane === lonely.lane).length && i >= 0);
      void laneIndex;
      // Find the screen position of the mark through the plot's geometry.
      const plot = $(el, '.plot')!.getBoundingClientRect();
      const r = el.visibleRange!;
      const x = plot.left + ((lonely.t - r.from) / (r.to - r.from)) * plot.width;
      const row = $$(el, '[part~="lane"]')[[...new Set(el.drawnMarks.map((m) => m.lane))].indexOf(lonely.lane)];
      const rb = row.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(x), Math.round(rb.top + rb.height / 2)] });
      await settle(el);
      expect($(el, '[part="tooltip"]')!.hidden).to.equal(false);
      const clicked = oneEvent(el, FseEventSelectEvent.type) as unknown as Promise<FseEventSelectEvent>;
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(rb.top + rb.height / 2)] });
      const ev = await clicked;
      expect(ev.eventId).to.equal(lonely.ids[0]);
      expect(text($(el, '[part="tooltip"]'))).to.contain(ev.event!.title);
    });

    it('follows its size: a narrower element draws fewer bins, and the counts still add up', async () => {
      const el = await mount(generatedView('citizen', 3000, 5));
      const wide = el.drawnMarks.length;
      el.style.width = '420px';
      // The resize observer reports in the next frame; the element redraws in the one after.
      await nextFrame();
      await settle(el);
      expect(el.drawnMarks.length).to.be.lessThan(wide);
      expect(sum(el)).to.equal(el.visibleCount());
      // Lane names narrow with the element and the marks start where the names end.
      const head = $(el, '.lane-head')!.getBoundingClientRect();
      const plot = $(el, '.plot')!.getBoundingClientRect();
      expect(head.width).to.be.lessThan(13 * 16);
      expect(Math.abs(plot.left - head.right)).to.be.lessThan(2);
      expect(plot.width).to.be.greaterThan(250);
    });
  });

  describe('life cycle', () => {
    it('keeps working when moved in the page', async () => {
      const el = await mount(generatedView('citizen', 600));
      const r0 = el.visibleRange!;
      const host = document.createElement('div');
      document.body.append(host);
      host.append(el);
      await settle(el);
      el.zoomBy(4);
      await settle(el);
      expect(el.visibleRange!.to - el.visibleRange!.from).to.be.closeTo((r0.to - r0.from) / 4, (r0.to - r0.from) * 0.01);
      expect(sum(el)).to.equal(el.visibleCount());
      host.remove();
    });
  });

  describe('table view', () => {
    it('lists the events in view, sorted by date, and stays in sync after zoom', async () => {
      const el = await mount(generatedView('citizen', 600));
      const toggle = $$(el, '[part="toolbar"] button').find((b) => text(b) === 'Mostra tabella')!;
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const table = $(el, 'table')!;
      expect(Number(table.getAttribute('aria-rowcount'))).to.equal(el.visibleCount() + 1);
      const r = el.visibleRange!;
      const settled = rangeSettled(el);
      el.zoomTo(r.to - 2 * 365 * 86_400_000, r.to);
      await settled;
      expect(Number($(el, 'table')!.getAttribute('aria-rowcount'))).to.equal(el.visibleCount() + 1);
      const rows = $$(el, 'tbody tr.data');
      expect(rows.length).to.equal(Math.min(el.visibleCount(), rows.length));
      expect(rows[0].getAttribute('aria-rowindex')).to.equal('2');
      // Sorted by date, newest first, then reversed by the header button.
      const sort = $(el, 'th[aria-sort] button')!;
      expect(sort.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      sort.click();
      await settle(el);
      expect($(el, 'th[aria-sort]')!.getAttribute('aria-sort')).to.equal('ascending');
    });

    it('virtualises a large table: only rows near the scroll position exist', async () => {
      const el = await mount(generatedView('citizen', 5000, 3));
      el.showTable = true;
      await settle(el);
      const total = el.visibleCount();
      expect(total).to.be.greaterThan(500);
      expect($$(el, 'tbody tr.data').length).to.be.lessThan(60);
      expect($(el, 'table')!.getAttribute('aria-rowcount')).to.equal(String(total + 1));
      const wrap = $(el, '.table-wrap')!;
      wrap.scrollTop = 36 * 400;
      wrap.dispatchEvent(new Event('scroll'));
      await settle(el);
      const idx = $$(el, 'tbody tr.data').map((r) => Number(r.getAttribute('aria-rowindex')));
      expect(Math.min(...idx)).to.be.greaterThan(300);
    });

    it('is what prints', async function () {
      const el = await mount(generatedView('citizen', 300));
      expect($(el, 'table'), 'no table on screen until asked').to.equal(null);
      try {
        await emulateMedia({ media: 'print' });
        emulated = true;
      } catch {
        this.skip(); // Firefox over WebDriver BiDi cannot emulate media
      }
      await settle(el);
      expect(getComputedStyle($(el, '.frame')!).display).to.equal('none');
      expect($(el, 'table')).to.not.equal(null);
      expect(getComputedStyle($(el, '.table-wrap')!).display).to.equal('block');
    });
  });

  describe('dates', () => {
    it('shows partial dates with their precision, never a false day', async () => {
      const el = await mount(datesView());
      el.showTable = true;
      await settle(el);
      const rows = $$(el, 'tbody tr.data').map(text);
      const year = rows.find((r) => r.includes('Intervento del 2019'))!;
      expect(year).to.match(/^2019 \(Data approssimativa\)/);
      const month = rows.find((r) => r.includes('Visita di marzo 2019'))!;
      expect(month).to.match(/^mar 2019/);
      expect(rows.find((r) => r.includes('Prelievo'))).to.match(/^12 giu 2019/);
    });

    it('lists an event without a date apart, says "data non disponibile" in the table, and never draws or counts it on the axis', async () => {
      const view = undatedView();
      const undated = view.events.find((e) => e.title === UNDATED_TITLE)!;
      expect(undated.undated, 'the model marks it').to.equal(true);
      const el = await mount(view);
      // not on the axis: no mark, no bin, no count holds it, at any zoom
      expect(el.drawnMarks.some((m) => m.ids.includes(undated.id))).to.equal(false);
      expect(sum(el)).to.equal(3);
      // the record holds 4 events (countsFor), 1 of them without a date
      expect(text($(el, '[part="summary"]'))).to.contain('4 eventi').and.contain('1 evento è senza data');
      // an "undated" place under the plot: its count, its title, a way to open it
      const place = $(el, '[part="undated"]')!;
      expect(text(place)).to.contain('1 evento senza data').and.contain(UNDATED_TITLE).and.contain('data non disponibile');
      const open = oneEvent(el, 'fse-event-select') as Promise<FseEventSelectEvent>;
      place.querySelector<HTMLButtonElement>('button')!.click();
      expect((await open).detail.eventId).to.equal(undated.id);
      // the table says it has no date, and shows no date beside it
      el.showTable = true;
      await settle(el);
      const row = $$(el, 'tbody tr.data').find((r) => text(r).includes(UNDATED_TITLE))!;
      expect(text(row.querySelector('td'))).to.equal('data non disponibile');
      expect(text(row)).to.not.match(/2024|gennaio|10\/01/);
      // in English and German too
      el.lang = 'en';
      await settle(el);
      expect(text($(el, '[part="undated"]'))).to.contain('1 event without a date');
      el.lang = 'de';
      await settle(el);
      expect(text($(el, '[part="undated"]'))).to.contain('1 Ereignis ohne Datum').and.contain('Datum nicht verfügbar');
      // a date range leaves it out: it has no date to fall in any range
      el.filter = { from: Date.UTC(2023, 0, 1), to: Date.UTC(2026, 0, 1) };
      await settle(el);
      expect($(el, '[part="undated"]')).to.equal(null);
    });

    it('keeps the DST days of Europe/Rome straight: local times and midnight ticks', async () => {
      const el = await mount(datesView());
      const settled = rangeSettled(el);
      el.zoomTo(Date.UTC(2026, 2, 28, 23), Date.UTC(2026, 2, 29, 22));
      el.showTable = true;
      await settled;
      const rows = $$(el, 'tbody tr.data').map(text);
      expect(rows.some((r) => /^29 mar 2026\D+01:30/.test(r))).to.equal(true);
      expect(rows.some((r) => /^29 mar 2026\D+03:30/.test(r))).to.equal(true);
      expect(el.visibleCount()).to.equal(2);
      // The day ticks sit on local midnight: 29 March starts at 23:00 UTC the day before.
      expect(text($(el, '[part="axis"]'))).to.contain('29 mar');
      const autumnSettled = rangeSettled(el);
      el.zoomTo(Date.UTC(2026, 9, 24, 22), Date.UTC(2026, 9, 25, 23));
      await autumnSettled;
      const autumn = $$(el, 'tbody tr.data').map(text);
      const twice = autumn.filter((r) => /^25 ott 2026\D+02:30/.test(r));
      expect(twice).to.have.length(2);
      // The hour that happens twice says which one it is.
      expect(twice.map((r) => r.match(/\(([^)]+)\)/)?.[1]).sort()).to.deep.equal(['CEST', 'CET']);
      expect(rows.join(' ')).to.not.match(/CES?T/);
      expect(el.visibleCount()).to.equal(2);
    });
  });

  describe('privacy', () => {
    it('leaves no trace of an obscured document in a clinician view: marks, counts, axis, tooltips, table, aria, events', async function () {
      this.timeout(90_000); // some 500 real key presses, each followed by a snapshot of the whole shadow tree
      const record = generatedRecord(300, 11, true);
      const secret = record.events.find((e) => e.title === SECRET_TITLE);
      expect(secret, 'the fixture has the obscured document').to.not.equal(undefined);
      expect(secret!.privacy.obscured).to.equal(true);
      const citizen = await mount(generatedView('citizen', 300, 11, true));
      expect(citizen.drawnMarks.some((m) => m.ids.includes(secret!.id)), 'the citizen sees it').to.equal(true);
      expect(citizen.visibleRange!.from).to.be.lessThan(Date.parse(SECRET_DATE));
      citizen.remove();

      const view = generatedView('clinician', 300, 11, true);
      expect(view.events.length, 'the clinician has consent and sees the rest').to.be.greaterThan(10);
      const fired: Event[] = [];
      const el = await mount(view);
      for (const type of ['fse-event-select', 'fse-range-change', 'fse-error']) el.addEventListener(type, (e) => fired.push(e));
      el.showTable = true;
      await settle(el);
      // Walk every event with the keyboard: each focus opens a tooltip and sets an aria label. A lane
      // ends where → no longer moves (its label, which says "n di N", stays the same).
      $(el, '.cursor')!.focus();
      const seen: string[] = [];
      for (let lane = 0; lane < $$(el, '[part~="lane"]').length; lane++) {
        await sendKeys({ press: 'Home' });
        for (let i = 0, last = ''; i < 60; i++) {
          seen.push(everything(el));
          const now = active(el)?.getAttribute('aria-label') ?? '';
          if (now === last) break;
          last = now;
          await sendKeys({ press: 'ArrowRight' });
        }
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'ArrowDown' });
      }
      const settled = rangeSettled(el);
      el.fit();
      await settled;
      seen.push(everything(el));
      const all = seen.join('\n');
      for (const s of [SECRET_TITLE, SECRET_FACILITY, secret!.id, 'Dott.ssa Segreta']) expect(all).to.not.contain(s);
      expect(sum(el)).to.equal(marksOf(view).length);
      // The axis is fitted to what the clinician may see: the same as for a view that never had the document.
      const plain = await mount(generatedView('clinician', 300, 11, false));
      expect(el.visibleRange!.from).to.equal(plain.visibleRange!.from);
      expect(el.visibleRange!.to).to.equal(plain.visibleRange!.to);
      expect(sum(plain)).to.equal(sum(el));
      expect(fired.length).to.be.greaterThan(0);
      for (const e of fired) expect(JSON.stringify((e as FseEventSelectEvent).detail ?? {})).to.not.contain(SECRET_TITLE);
    });
  });

  describe('states', () => {
    it('says so when the record is empty', async () => {
      const el = await mount(emptyView());
      expect(text($(el, '[part="empty"]'))).to.contain('Nessun evento da mostrare');
      await expect(el).to.be.accessible();
    });

    it('shows loading while a promise is pending, then the chart', async () => {
      let resolve!: (v: FseView) => void;
      const p = new Promise<FseView>((r) => (resolve = r));
      const el = await mount(p);
      expect(text($(el, '[part="state"]'))).to.contain('Caricamento');
      resolve(generatedView('citizen', 300));
      await p;
      await settle(el);
      expect($(el, 'canvas')).to.not.equal(null);
      expect(sum(el)).to.be.greaterThan(0);
    });

    it('shows bad data as an error and fires fse-error', async () => {
      const el = await fixture<FseTimeline>(html`<fse-timeline lang="it"></fse-timeline>`);
      const failed = oneEvent(el, 'fse-error') as unknown as Promise<FseErrorEvent>;
      el.view = { events: 'nope' } as unknown as FseView;
      const ev = await failed;
      expect(ev.reason).to.equal('invalid-view');
      await el.updateComplete;
      expect(text($(el, '[part="state"]'))).to.contain('Non è possibile mostrare questi dati');
    });

    it('says when a filter leaves nothing, and filters by text and category', async () => {
      const view = generatedView('citizen', 600);
      const el = await mount(view);
      el.filter = { text: 'zzzz-nessuna-corrispondenza' };
      await settle(el);
      expect(text($(el, '[part="empty"]'))).to.contain('Nessun evento corrisponde');
      el.filter = { categories: ['reports'] };
      await settle(el);
      el.fit();
      await settle(el);
      expect($$(el, '[part~="lane-header"] .label').map(text)).to.deep.equal(['Referti']);
      expect(sum(el)).to.equal(marksOf(view).filter((e) => categoryOf(e) === 'reports').length);
      // the summary says it is filtered, and of how many: the record's events as every element counts them
      const reports = marksOf(view).filter((e) => categoryOf(e) === 'reports').length;
      expect(text($(el, '[part="summary"]'))).to.contain(`Con il filtro attivo: ${reports} di ${countsFor(view).events} eventi.`);
      el.filter = null;
      await settle(el);
      expect(text($(el, '[part="summary"]'))).to.not.contain('filtro');
    });

    it('tells apart lab reports that share a title: facility, results and how many are out of range', async () => {
      const view = generatedView('citizen', 600);
      const el = await mount(view);
      el.showTable = true;
      await settle(el);
      const titles = $$(el, 'tbody tr.data button.link').map(text);
      const labs = titles.filter((t) => t.startsWith('Referto di medicina di laboratorio'));
      expect(labs.length).to.be.greaterThan(1);
      for (const t of labs) expect(t).to.match(/^Referto di medicina di laboratorio — (.+, )?\d+ risultat[oi]( \(\d+ fuori norma\))?$/);
      expect(labs.some((t) => /fuori norma/.test(t)), 'some have values out of range').to.equal(true);
      expect(new Set(labs).size).to.be.greaterThan(1);
    });

    it('draws a crowded lane as a density strip that reads without colour, and no count label is wider than its pill', async function () {
      this.timeout(60_000); // three themes and forced colours over a dense record
      const view = generatedView('citizen', 3000);
      const check = async (theme: string) => {
        const el = await mount(view, { width: 700, theme });
        const { labels, strips } = el.drawnLabels;
        expect(strips.length, `${theme}: a crowded lane is a strip`).to.be.greaterThan(0);
        for (const l of labels) expect(l.width, l.text).to.be.at.most(l.shape - 4);
        expect(sum(el), 'a strip still counts every mark').to.equal(el.visibleCount());
        // In greyscale or forced colours a bar still reads: it stands out from the background (3:1,
        // WCAG 1.4.11, a contrast of luminance) and a larger count is a taller bar.
        const bars = el.drawnMarks.filter((m) => m.lane === strips[0]).sort((a, b) => a.count - b.count);
        const [few, most] = [bars[0], bars[bars.length - 1]];
        expect(most.count, 'counts differ').to.be.greaterThan(few.count);
        const h = (m: (typeof bars)[number]) => barHeight(el, m, theme);
        expect(h(most), `${theme}: the bar of ${most.count} is taller than the bar of ${few.count}`).to.be.greaterThan(h(few));
        expect(h(few), `${theme}: the bar of ${few.count} is seen`).to.be.at.least(3);
        el.remove();
      };
      for (const theme of ['light', 'dark', 'high-contrast']) await check(theme);
      try {
        await emulateMedia({ forcedColors: 'active' });
        emulated = true;
      } catch {
        this.skip(); // Firefox over WebDriver BiDi cannot emulate media features
      }
      await check('forced colours');
    });
  });

  describe('host API', () => {
    it('filters by body region with the model’s rule given as regionsOf, and by care path', async () => {
      const view = generatedView('citizen', 1000);
      const el = await mount(view);
      el.regionsOf = bodyRegionsOf;
      const all = el.visibleCount();
      const marks = marksOf(view);
      const docs = new Map(marks.map((m) => [m.id, m]));
      const heartIds = new Set<string>();
      for (const e of view.events) {
        if (!bodyRegionsOf(e).some((r) => r.region === 'heart')) continue;
        heartIds.add(docs.has(e.id) ? e.id : (e.documentId ?? e.id));
      }
      // A care path counts by its conditions (atrial fibrillation is the heart).
      for (const p of view.carePaths) {
        const asEvent = { id: p.id, kind: 'careplan', codes: p.conditions, bodySites: [] } as unknown as ClinicalEvent;
        if (bodyRegionsOf(asEvent).some((r) => r.region === 'heart')) heartIds.add(p.id);
      }
      expect(heartIds.size, 'the generated life has heart events').to.be.greaterThan(0);
      el.filter = { bodyRegion: 'heart' };
      await settle(el);
      el.fit();
      await settle(el);
      expect(el.visibleCount()).to.equal(heartIds.size);
      expect(heartIds.size).to.be.lessThan(all);
      expect(el.drawnMarks.flatMap((m) => m.ids).every((id) => heartIds.has(id))).to.equal(true);
      const path = view.carePaths.find((p) => p.eventIds.length > 0);
      expect(path, 'the generated life has a care path with events').to.exist;
      el.filter = { carePathId: path!.id };
      await settle(el);
      el.fit();
      await settle(el);
      expect(el.visibleCount()).to.be.greaterThan(0).and.lessThan(all);
    });

    it('a body-region filter without regionsOf keeps nothing and says why in the console, once', async () => {
      const view = generatedView('citizen', 300);
      const el = await mount(view);
      expect(el.visibleCount()).to.be.greaterThan(0);
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      try {
        el.filter = { bodyRegion: 'heart' };
        await settle(el);
        el.fit();
        await settle(el);
        expect(el.visibleCount(), 'no regions function: no event is said to be of the heart').to.equal(0);
        el.filter = { bodyRegion: 'lungs' };
        await settle(el);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('regionsOf'))).to.have.length(1);
      el.regionsOf = bodyRegionsOf;
      el.filter = { bodyRegion: 'heart' };
      await settle(el);
      el.fit();
      await settle(el);
      expect(el.visibleCount(), 'given regionsOf, the filter keeps the heart’s events').to.be.greaterThan(0);
    });

    it('tells screen readers which events are highlighted, and groups lanes as the host asks', async () => {
      const view = generatedView('citizen', 300);
      const el = await mount(view);
      $(el, '.cursor')!.focus();
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      const label = active(el)!.getAttribute('aria-label')!;
      expect(label).to.not.contain('evidenziato');
      // Highlight the focused event (as a care-path card selection would): the events its label names
      // (a title may carry what tells it apart from others of the same title, "Referto … — 9 risultati").
      const named = marksOf(view).filter((e) => label.startsWith(`${e.title},`) || label.startsWith(`${e.title} — `));
      expect(named.length, label).to.be.greaterThan(0);
      el.highlighted = named.map((e) => e.id);
      await settle(el);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(active(el)!.getAttribute('aria-label')).to.contain('evidenziato');
      el.groupBy = 'type';
      await settle(el);
      expect(el.getAttribute('group-by')).to.equal('type');
      expect($$(el, '[part~="lane-header"] .label').map(text)).to.include('Referti di laboratorio');
      expect(sum(el)).to.equal(marksOf(view).length);
    });

    it('selects from the host with the selected attribute and marks the table row', async () => {
      const view = generatedView('citizen', 300);
      const el = await mount(view);
      // the table opens newest first: the latest single mark is among its first rows
      const id = [...el.drawnMarks].reverse().find((m) => m.count === 1)!.ids[0];
      el.selected = id;
      el.showTable = true;
      await settle(el);
      expect(el.getAttribute('selected')).to.equal(id);
      const row = $$(el, 'tbody tr.data').find((r) => r.dataset.id === id);
      expect(row?.getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('theme and accessibility', () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      for (const lang of ['it', 'en', 'de']) {
        it(`is accessible in the ${theme} theme in ${lang}`, async () => {
          const el = await mount(generatedView('citizen', 300), { theme, lang });
          el.showTable = true;
          await settle(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('reads the canvas colours from the theme tokens', async () => {
      const el = await mount(generatedView('citizen', 300), { theme: 'dark' });
      const probe = $(el, '.probe[data-k="cat-reports"]')!;
      expect(getComputedStyle(probe).color).to.equal('rgb(108, 180, 255)');
      el.theme = 'light';
      await settle(el);
      expect(getComputedStyle(probe).color).to.equal('rgb(0, 102, 204)');
    });

    it('has no transitions under reduced motion', async function () {
      const el = await mount(generatedView('citizen', 300));
      const chev = $(el, '.chev')!;
      expect(parseFloat(getComputedStyle(chev).transitionDuration)).to.be.greaterThan(0.01);
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        emulated = true;
      } catch {
        this.skip(); // Firefox over WebDriver BiDi cannot emulate media features
      }
      expect(parseFloat(getComputedStyle(chev).transitionDuration)).to.be.below(0.01);
    });
  });
});
