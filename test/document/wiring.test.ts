/**
 * Every element that shows a document opens it: the timeline (click / Enter, the table's title
 * buttons), the journey (beside the timeline on wide screens, a full-screen sheet on phones, focus
 * in and back), the consent panel (read before obscuring), a done care-path step (the result that
 * completed it), and the emergency button (the Patient Summary). Data: generator → fromFhir → viewFor.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fromFhir, viewFor, type FseRecord, type FseView, type Viewer } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import '../../packages/elements/src/journey.js';
import '../../packages/elements/src/timeline.js';
import '../../packages/elements/src/care-paths.js';
import '../../packages/elements/src/consent-panel.js';
import type { FseJourney } from '../../packages/elements/src/journey.js';
import type { FseTimeline } from '../../packages/elements/src/timeline.js';
import type { FseCarePaths } from '../../packages/elements/src/care-paths.js';
import type { FseConsentPanel } from '../../packages/elements/src/consent-panel.js';
import { FseOpenEvent, type FseDocument } from '../../packages/elements/src/document.js';
import { FseEventSelectEvent } from '../../packages/elements/src/timeline.js';

let record: FseRecord;
const sample = () => (record ??= fromFhir(generateFhir({ seed: 11, events: 300, now: SAMPLE_NOW }), { now: SAMPLE_NOW }).record);
const view = (viewer: Partial<Viewer> & Pick<Viewer, 'role'>): FseView => viewFor(sample(), { now: SAMPLE_NOW, ...viewer });
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

async function settle(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  for (const c of el.shadowRoot!.querySelectorAll('fse-body-map, fse-care-paths, fse-timeline, fse-document')) {
    await (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  await frame();
}
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('opening documents from the other elements', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('<fse-timeline>: a document title in the table is a button that asks to open it (fse-open, source table)', async () => {
    const v = view({ role: 'citizen' });
    const tl = await fixture<FseTimeline>(html`<fse-timeline lang="it" .view=${v}></fse-timeline>`);
    await tl.updateComplete;
    const toggle = [...tl.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /tabella/i.test(b.textContent ?? ''))!;
    toggle.click();
    await tl.updateComplete;
    const row = [...tl.shadowRoot!.querySelectorAll<HTMLElement>('tr.data')].find((tr) => v.events.find((e) => e.id === tr.dataset.id)?.document)!;
    const button = row.querySelector<HTMLButtonElement>('button')!;
    expect(button.localName).to.equal('button');
    const opened = oneEvent(tl, FseOpenEvent.type);
    button.focus();
    await sendKeys({ press: 'Enter' });
    const ev = (await opened) as unknown as FseOpenEvent;
    expect(ev.documentId).to.equal(row.dataset.id);
    expect(ev.source).to.equal('table');
    expect(ev.cancelable).to.equal(true);
  });

  it('<fse-journey>: opens the document beside the timeline, moves focus to its title, and Esc returns focus', async () => {
    const v = view({ role: 'citizen' });
    const j = await fixture<FseJourney>(html`<fse-journey lang="it" .view=${v}></fse-journey>`);
    j.style.setProperty('inline-size', '1400px');
    await settle(j);
    const tl = $<FseTimeline>(j, 'fse-timeline')!;
    const toggle = [...tl.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /tabella/i.test(b.textContent ?? ''))!;
    toggle.click();
    await tl.updateComplete;
    const row = [...tl.shadowRoot!.querySelectorAll<HTMLElement>('tr.data')].find((tr) => v.events.find((e) => e.id === tr.dataset.id)?.document?.nationalType === 'LAB')!;
    const button = row.querySelector<HTMLButtonElement>('button')!;
    button.focus();
    const hostOpen = oneEvent(j, FseOpenEvent.type);
    await sendKeys({ press: 'Enter' });
    expect(((await hostOpen) as unknown as FseOpenEvent).documentId).to.equal(row.dataset.id);
    await settle(j);
    await waitUntil(() => deepActive()?.id === 'doc-title', 'focus on the document title');
    const panel = $(j, '[part~="document"]')!;
    const doc = panel.querySelector<FseDocument>('fse-document')!;
    expect(doc.documentId).to.equal(row.dataset.id);
    expect(panel.getAttribute('role')).to.equal('region');
    // beside the timeline: same row, to its right
    const tlBox = $(j, '[part~="timeline"]')!.getBoundingClientRect();
    const docBox = panel.getBoundingClientRect();
    expect(docBox.left).to.be.greaterThan(tlBox.left + tlBox.width / 2);
    expect(docBox.top).to.be.lessThan(tlBox.bottom);
    const closed = oneEvent(j, 'fse-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await settle(j);
    expect($(j, '[part~="document"]')).to.equal(null);
    expect(deepActive()).to.equal(button);
  });

  it('<fse-journey> on a phone: a full-screen modal sheet with a back button that returns focus', async () => {
    await setViewport({ width: 390, height: 800 });
    const v = view({ role: 'citizen' });
    const j = await fixture<FseJourney>(html`<fse-journey lang="it" .view=${v}></fse-journey>`);
    await settle(j);
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const lab = v.events.find((e) => e.document?.nationalType === 'LAB')!;
    expect(j.openDocumentById(lab.id)).to.equal(true);
    await settle(j);
    const panel = $(j, '[part~="document"]')!;
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.getAttribute('aria-modal')).to.equal('true');
    const box = panel.getBoundingClientRect();
    // The whole layout viewport: 390 px, less a classic scrollbar where the browser draws one (Firefox).
    expect(box.width).to.equal(document.documentElement.clientWidth);
    expect(box.top).to.equal(0);
    const doc = panel.querySelector<FseDocument>('fse-document')!;
    await waitUntil(() => deepActive()?.id === 'doc-title');
    doc.shadowRoot!.querySelector<HTMLButtonElement>('button.back')!.click();
    await settle(j);
    expect($(j, '[part~="document"]')).to.equal(null);
    expect(document.activeElement).to.equal(opener);
    opener.remove();
  });

  it('<fse-journey>: a host that cancels fse-open routes itself, and nothing opens', async () => {
    const v = view({ role: 'citizen' });
    const j = await fixture<FseJourney>(html`<fse-journey lang="it" .view=${v}></fse-journey>`);
    await settle(j);
    const routed: string[] = [];
    j.addEventListener(FseOpenEvent.type, (e) => (routed.push(e.documentId), e.preventDefault()));
    const lab = v.events.find((e) => e.document?.nationalType === 'LAB')!;
    expect(j.openDocumentById(lab.id, 'timeline')).to.equal(false);
    await settle(j);
    expect(routed).to.deep.equal([lab.id]);
    expect($(j, '[part~="document"]')).to.equal(null);
    // the host routes and sets the attribute itself
    j.openDocument = lab.id;
    await settle(j);
    expect($(j, 'fse-document')).to.exist;
  });

  it('emergency: "Apri il Profilo sanitario sintetico" opens the PSS in the viewer and fires fse-event-select', async () => {
    const v = view({ role: 'emergency' });
    const j = await fixture<FseJourney>(html`<fse-journey lang="it" .view=${v}></fse-journey>`);
    await settle(j);
    const button = [...j.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => /Profilo sanitario sintetico/.test(b.textContent ?? ''))!;
    expect(button, 'the button that opens the Patient Summary').to.exist;
    const selected = oneEvent(j, FseEventSelectEvent.type);
    button.click();
    const sel = (await selected) as unknown as FseEventSelectEvent;
    expect(sel.event!.document!.nationalType).to.equal('PSS');
    await settle(j);
    const doc = $(j, 'fse-document') as FseDocument;
    expect(doc.documentId).to.equal(sel.eventId);
    await doc.updateComplete;
    expect(doc.shadowRoot!.querySelector('.type-name')!.textContent).to.equal('Profilo sanitario sintetico');
  });

  it('<fse-care-paths>: a done step opens the result that completed it (the creatinine value’s lab report)', async () => {
    const v = view({ role: 'citizen' });
    const cp = await fixture<FseCarePaths>(html`<fse-care-paths lang="it" .now=${SAMPLE_NOW} .view=${v}></fse-care-paths>`);
    await cp.updateComplete;
    const step = [...cp.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.step--done')].find((b) => /Creatinina/.test(b.textContent ?? ''))!;
    expect(step, 'the creatinine step').to.exist;
    const opened = oneEvent(cp, FseOpenEvent.type);
    step.click();
    const ev = (await opened) as unknown as FseOpenEvent;
    const doc = v.events.find((e) => e.id === ev.documentId)!;
    expect(doc.document!.nationalType).to.equal('LAB');
    expect(v.events.some((e) => e.documentId === doc.id && /Creatinina/.test(e.title))).to.equal(true);
    expect(ev.source).to.equal('care-paths');
  });

  it('<fse-consent-panel>: the citizen reads a document before obscuring it, and closing returns focus', async () => {
    const v = view({ role: 'citizen' });
    const panel = await fixture<FseConsentPanel>(html`<fse-consent-panel lang="it" .now=${SAMPLE_NOW} .view=${v}></fse-consent-panel>`);
    await panel.updateComplete;
    const read = panel.shadowRoot!.querySelector<HTMLButtonElement>('button[data-open]')!;
    expect(read.textContent).to.contain('Leggi');
    const opened = oneEvent(panel, FseOpenEvent.type);
    read.click();
    const ev = (await opened) as unknown as FseOpenEvent;
    expect(ev.source).to.equal('consent-panel');
    await panel.updateComplete;
    const doc = panel.shadowRoot!.querySelector<FseDocument>('fse-document')!;
    expect(doc.documentId).to.equal(read.dataset.open);
    await waitUntil(() => deepActive()?.id === 'doc-title');
    expect(read.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await panel.updateComplete;
    await frame();
    expect(panel.shadowRoot!.querySelector('fse-document')).to.equal(null);
    expect(deepActive()).to.equal(panel.shadowRoot!.querySelector(`button[data-open="${CSS.escape(read.dataset.open!)}"]`));
  });
});
