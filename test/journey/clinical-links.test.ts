/**
 * <fse-journey> composes the clinical picture (issue 10): <fse-summary> in the header area (the
 * first thing shown in emergency access), <fse-results> and <fse-medications> in tabs beside the
 * timeline, <fse-document> opening from any of them — all on the one selection of the record, no
 * pairwise wiring. Data go the real way: generateFhir → fromFhir → viewFor; the user clicks and
 * presses keys.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fromFhir, viewFor, type FseRecord, type FseView, type Viewer } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import '../../packages/elements/src/journey.js';
import type { FseJourney } from '../../packages/elements/src/journey.js';

let record: FseRecord;
function sample(): FseRecord {
  record ??= fromFhir(generateFhir({ seed: 11, events: 300, now: SAMPLE_NOW }), { now: SAMPLE_NOW }).record;
  return record;
}
const view = (viewer: Partial<Viewer> & Pick<Viewer, 'role'>): FseView => viewFor(sample(), { now: SAMPLE_NOW, ...viewer });

type El = HTMLElement & Record<string, unknown> & { updateComplete: Promise<unknown> };
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const child = (el: FseJourney, tag: string) => $<El>(el, tag);
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(el: FseJourney): Promise<void> {
  await el.updateComplete;
  for (const c of el.shadowRoot!.querySelectorAll('fse-summary, fse-body-map, fse-care-paths, fse-timeline, fse-results, fse-medications, fse-document')) {
    await (c as El).updateComplete;
  }
  await new Promise((r) => requestAnimationFrame(() => r(null)));
}

async function mount(v: FseView): Promise<FseJourney> {
  const el = await fixture<FseJourney>(html`<fse-journey lang="it" .view=${v}></fse-journey>`);
  await settle(el);
  return el;
}

/** The document the journey shows, once it has opened. */
async function openedDocument(el: FseJourney): Promise<El> {
  await waitUntil(() => el.shadowRoot!.querySelector('fse-document'), 'a document opens in the journey');
  await settle(el);
  return child(el, 'fse-document');
}

describe('<fse-journey> and the clinical picture', () => {
  it('shows the summary in the header area, before the body map, care paths and timeline', async () => {
    const el = await mount(view({ role: 'citizen' }));
    const summary = child(el, 'fse-summary');
    expect(summary.view).to.equal(el.view);
    expect(text(summary.shadowRoot!.querySelector('[role="heading"]'))).to.equal('La mia salute in breve');
    const header = $(el, '[part="header"]');
    const map = child(el, 'fse-body-map');
    expect(header.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(summary.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('in emergency access shows the summary first, visible without scrolling, with the critical medicines', async () => {
    const el = await mount(view({ role: 'emergency' }));
    const summary = child(el, 'fse-summary');
    expect(text(summary.shadowRoot!.querySelector('[role="heading"]'))).to.equal('Sintesi per l’emergenza');
    const alert = summary.shadowRoot!.querySelector<HTMLElement>('[part="alert"]');
    expect(alert, 'the sample takes an anticoagulant: a critical-medicine alert').to.exist;
    expect(text(alert)).to.match(/anticoagulante/i);
    // Nothing scrolled: the alert's top is inside the viewport.
    expect(document.scrollingElement!.scrollTop).to.equal(0);
    const top = alert!.getBoundingClientRect().top;
    expect(top, 'the alert is above the fold').to.be.lessThan(innerHeight);
    // Before the panels of the record: the summary is the first thing after the header and its note.
    const grid = $(el, '.grid');
    expect(summary.getBoundingClientRect().top).to.be.lessThan(grid.getBoundingClientRect().top);
  });

  it('shows the timeline, the measured values and the therapy as tabs, one tab stop, arrows between them', async () => {
    const el = await mount(view({ role: 'citizen' }));
    const tabs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((t) => text(t))).to.deep.equal(['Linea del tempo', 'Esami e misure', 'Terapia']);
    expect(tabs.filter((t) => t.tabIndex === 0).length).to.equal(1);
    const panel = (id: string) => $(el, `#panel-${id}`);
    expect(panel('timeline').hidden).to.equal(false);
    expect(panel('medications').hidden).to.equal(true);
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-results');
    expect(panel('results').hidden).to.equal(false);
    expect(panel('timeline').hidden).to.equal(true);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-medications');
    expect($(el, '#tab-medications').getAttribute('aria-selected')).to.equal('true');
    expect(child(el, 'fse-medications').view).to.equal(el.view);
  });

  it('a medicine chosen in the therapy highlights its events on the timeline and selects its care path; its prescription opens in the document panel', async () => {
    const v = view({ role: 'citizen' });
    const el = await mount(v);
    $(el, '#tab-medications').click();
    await settle(el);
    const meds = child(el, 'fse-medications');
    const name = [...meds.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.name')].find((b) => /rivaroxaban/i.test(b.textContent ?? ''));
    expect(name, 'the sample takes rivaroxaban').to.exist;
    name!.click();
    await settle(el);
    const key = meds.selected as string;
    expect(key, 'the medicine is selected').to.be.a('string');
    const timeline = child(el, 'fse-timeline');
    const highlighted = [...(timeline.highlighted as string[])];
    expect(highlighted.length).to.be.greaterThan(0);
    for (const id of highlighted) expect(v.events.find((e) => e.id === id)?.kind, id).to.match(/^(prescription|dispensation|medication|document)/);
    const af = v.carePaths.find((p) => /fibrillazione/i.test(p.title))!;
    expect(child(el, 'fse-care-paths').selected, 'the therapy’s care path').to.equal(af.id);
    await waitUntil(() => /Evidenziati/.test(text($(el, '.live'))), 'the highlight is announced');

    const open = [...meds.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="prescription"] button.link')][0];
    expect(open, 'the medicine lists its prescriptions with a button to open each').to.exist;
    open!.click();
    const doc = await openedDocument(el);
    const id = doc.getAttribute('document-id')!;
    expect(v.events.find((e) => e.id === id)?.document, 'a document of the view').to.exist;
    expect(el.openDocument).to.equal(id);
    // Another event selected (here by the host) leaves the medicine.
    const other = v.events.find((e) => !highlighted.includes(e.id) && e.kind === 'document')!;
    el.selectedEvent = other.id;
    await settle(el);
    expect(meds.selected, 'a choice elsewhere clears the medicine').to.equal(undefined);
  });

  it('a measured value opens its document, from the keyboard', async () => {
    const v = view({ role: 'citizen' });
    const el = await mount(v);
    $(el, '#tab-results').click();
    await settle(el);
    const results = child(el, 'fse-results');
    await waitUntil(() => results.shadowRoot!.querySelector('.point[tabindex="0"]'), 'a chart with values');
    const point = results.shadowRoot!.querySelector<SVGElement>('.point[tabindex="0"]')!;
    point.focus();
    await sendKeys({ press: 'Enter' });
    const doc = await openedDocument(el);
    const id = doc.getAttribute('document-id')!;
    const event = v.events.find((e) => e.id === id);
    expect(event?.document, 'the value’s document').to.exist;
    // The timeline selects the value's event: the same selection for every element.
    expect(child(el, 'fse-timeline').selected).to.be.a('string');
  });

  it('a line of the summary opens the document it came from', async () => {
    const v = view({ role: 'clinician' });
    const el = await mount(v);
    const summary = child(el, 'fse-summary');
    const source = summary.shadowRoot!.querySelector<HTMLButtonElement>('button.source');
    expect(source, 'a summary line with its source document').to.exist;
    source!.click();
    const doc = await openedDocument(el);
    expect(v.events.find((e) => e.id === doc.getAttribute('document-id'))?.document).to.exist;
    expect(summary.selected, 'the line is selected').to.be.a('string');
  });

  it('is accessible with the therapy and the measured values shown', async function () {
    this.timeout(90_000); // axe over the whole journey, twice: slow in Firefox on a shared machine
    const el = await mount(view({ role: 'citizen' }));
    for (const t of ['medications', 'results'] as const) {
      $(el, `#tab-${t}`).click();
      await settle(el);
      await expect(el).to.be.accessible();
    }
  });
});
