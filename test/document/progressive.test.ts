/**
 * A long lab report (200 results, each with 50 previous values) renders a screenful of rows first and
 * the rest in one batch after that frame is painted (document/progressive.ts): the first frame fills
 * the window, every row arrives a frame later without scrolling (find-in-page, a screen reader's table navigation), in order and
 * once, the table is aria-busy only meanwhile, printing gets every row at once, and a view that grows
 * under an open report does not take rows away.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import '../../packages/elements/src/document.js';
import type { FseDocument } from '../../packages/elements/src/document.js';
import { labSeries, SAMPLE_NOW } from './fixtures.js';

const ROWS = '[part~="results"] tbody tr[data-id]';
const rowsOf = (el: FseDocument) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>(ROWS)];
const table = (el: FseDocument) => el.shadowRoot!.querySelector('[part~="results"] table')!;
const frame = () => new Promise((ok) => requestAnimationFrame(ok));
/** A task queued now (after any message queued before it). */
const task = () =>
  new Promise<void>((ok) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      ok();
    };
    ch.port2.postMessage(0);
  });

describe('<fse-document> a long results table, a screenful first', function () {
  this.timeout(60_000);
  let view: FseView;
  let latest: string;
  before(() => {
    const s = labSeries(200, 50);
    latest = s.latest;
    view = viewFor(fromFhir(s.resources, { now: SAMPLE_NOW }), { role: 'citizen', now: SAMPLE_NOW });
  });

  /** An element holding the view, then the report opened: resolves at the first frame after opening. */
  async function openAtFirstFrame(): Promise<FseDocument> {
    const el = await fixture<FseDocument>(html`<fse-document lang="it" .view=${view}></fse-document>`);
    el.documentId = latest;
    // Asked before the element's update: runs in the frame that paints the first render.
    await frame();
    return el;
  }

  it('the first frame shows the report’s first rows down past the window’s bottom edge, the table busy; then every row, in order and once', async () => {
    const el = await openAtFirstFrame();
    const first = rowsOf(el);
    expect(first.length, 'a screenful, not all 200').to.be.within(1, 199);
    expect(first[first.length - 1]!.getBoundingClientRect().bottom, 'the first screen is full').to.be.greaterThan(innerHeight);
    expect(table(el).getAttribute('aria-busy')).to.equal('true');
    await el.updateComplete;
    const all = rowsOf(el);
    expect(all).to.have.length(200);
    expect(new Set(all.map((r) => r.dataset.id)).size, 'no row twice').to.equal(200);
    // The rows of the first frame are the same nodes, at the top: nothing re-created, nothing announced again.
    first.forEach((r, i) => expect(all[i], `row ${i}`).to.equal(r));
    const expected = view.events.filter((e) => e.documentId === latest && e.observation?.numeric).map((e) => e.id);
    expect(all.map((r) => r.dataset.id)).to.have.members(expected);
    expect(table(el).getAttribute('aria-busy')).to.equal('false');
    // Every row is in the page without scrolling to it: the last one's words are there for find-in-page.
    expect(all[199]!.innerText).to.match(/mg\/dL/);
  });

  it('the rest of the rows come in one batch: every row is in by the next frame, not a batch per frame', async () => {
    const el = await openAtFirstFrame();
    expect(rowsOf(el).length, 'the first frame: a screenful').to.be.lessThan(200);
    // The element asked for the rest once the first frame was painted; by the next frame that batch is rendered.
    await frame();
    await task();
    expect(rowsOf(el), 'every row one frame after the first screenful').to.have.length(200);
    expect(table(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('printing gets every row at once: the beforeprint event renders the rest synchronously', async () => {
    const el = await openAtFirstFrame();
    expect(rowsOf(el).length).to.be.lessThan(200);
    dispatchEvent(new Event('beforeprint'));
    expect(rowsOf(el), 'before the print is laid out').to.have.length(200);
    expect(table(el).getAttribute('aria-busy')).to.equal('false');
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(rowsOf(el)).to.have.length(200);
  });

  it('rows kept while the table grows are rendered again when anything else changes: another language reaches every row', async () => {
    const el = await openAtFirstFrame();
    await el.updateComplete;
    expect(rowsOf(el)[199]!.querySelector('.previous')!.textContent).to.match(/ il /);
    el.lang = 'de';
    await el.updateComplete;
    const rows = rowsOf(el);
    expect(rows).to.have.length(200);
    for (const r of [rows[0]!, rows[100]!, rows[199]!]) expect(r.querySelector('.previous')!.textContent).to.match(/ am /);
  });

  it('a view set again under the open report (pages arriving) keeps every row; another document starts from a screenful again', async () => {
    const el = await fixture<FseDocument>(html`<fse-document lang="it" .view=${view} document-id=${latest}></fse-document>`);
    expect(rowsOf(el)).to.have.length(200);
    el.view = { ...view };
    await frame();
    expect(rowsOf(el), 'no rows taken away while the view grows').to.have.length(200);
    const older = view.events.filter((e) => e.kind === 'document' && e.id !== latest).at(-1)!;
    el.documentId = older.id;
    await frame();
    expect(rowsOf(el).length).to.be.lessThan(200);
    await el.updateComplete;
    expect(rowsOf(el)).to.have.length(200);
  });
});
