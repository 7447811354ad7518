/**
 * Progressive loading: a view that grows while pages arrive from a FHIR server. The journey and the
 * timeline show what has arrived with a progress bar and its words, stay usable, and keep the user's
 * zoom and selection when a page lands.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { loadFhirRecord } from '@percorso/model/fhir-source';
import '../../packages/elements/src/journey.js';
import '../../packages/elements/src/timeline.js';
import type { FseJourney } from '../../packages/elements/src/journey.js';
import type { FseTimeline } from '../../packages/elements/src/timeline.js';

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const citizen = { role: 'citizen' as const, now: SAMPLE_NOW };
const fmt = (n: number, lang: string) => new Intl.NumberFormat(lang).format(n);

/** The same record read from its first `n` resources (as after some pages), and whole. */
function partAndWhole(events: number, share: number): { part: FseView; whole: FseView } {
  const bundle = generateFhir({ seed: 11, events, now: SAMPLE_NOW });
  const n = Math.round(bundle.entry.length * share);
  const part = fromFhir({ ...bundle, entry: bundle.entry.slice(0, n) }, { now: SAMPLE_NOW });
  const whole = fromFhir(bundle, { now: SAMPLE_NOW });
  return { part: viewFor(part.record, citizen, part.issues), whole: viewFor(whole.record, citizen, whole.issues) };
}

const progressText = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="progress"] span')?.textContent?.trim();
const bar = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLProgressElement>('[part="progress"] progress');

describe('progressive loading: the progress bar and its words', () => {
  it('says how much has arrived, with "circa" only when the total is an estimate, in it/en/de', async () => {
    const { part } = partAndWhole(200, 0.5);
    const el = await fixture<FseJourney>(html`<fse-journey lang="it" .view=${part} .progress=${{ loaded: 1200, total: 3400, approximate: true }}></fse-journey>`);
    await el.updateComplete;
    expect(progressText(el)).to.equal(`Caricamento: ${fmt(1200, 'it')} documenti su circa ${fmt(3400, 'it')}`);
    expect(bar(el)!.value).to.equal(1200);
    expect(bar(el)!.max).to.equal(3400);
    expect(bar(el)!.getAttribute('aria-label')).to.equal(progressText(el));
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-busy')).to.equal('true');

    el.progress = { loaded: 1200, total: 3400, approximate: false };
    await el.updateComplete;
    expect(progressText(el)).to.equal(`Caricamento: ${fmt(1200, 'it')} documenti su ${fmt(3400, 'it')}`);

    el.lang = 'en';
    await el.updateComplete;
    expect(progressText(el)).to.equal('Loading: 1,200 records of 3,400');
    el.lang = 'de';
    el.progress = { loaded: 1200, total: 3400, approximate: true };
    await el.updateComplete;
    expect(progressText(el)).to.equal('Wird geladen: 1.200 Einträge von etwa 3.400');

    el.progress = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows an indeterminate bar when the total is unknown, and is axe-clean while loading', async () => {
    const { part } = partAndWhole(200, 0.5);
    const el = await fixture<FseJourney>(html`<fse-journey lang="it" .view=${part} .progress=${{ loaded: 40 }}></fse-journey>`);
    await el.updateComplete;
    expect(progressText(el)).to.equal('Caricamento: 40 documenti…');
    expect(bar(el)!.hasAttribute('value')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('progressive loading: nothing jumps when a page lands', () => {
  async function mountTimeline(view: FseView, opening: 'recent' | 'all' = 'all'): Promise<FseTimeline> {
    const el = await fixture<FseTimeline>(
      html`<fse-timeline lang="it" style="width:1000px" opening=${opening} .now=${SAMPLE_NOW} .view=${view}></fse-timeline>`,
    );
    await el.updateComplete;
    await nextFrame();
    return el;
  }

  it('keeps the range the user zoomed to and the selected event as the record grows', async () => {
    const { part, whole } = partAndWhole(1500, 0.6);
    const el = await mountTimeline(part);
    const r = el.visibleRange!;
    const from = r.from + (r.to - r.from) * 0.5;
    const to = from + 2 * 365 * 86_400_000;
    el.zoomTo(from, to);
    await el.updateComplete;
    const zoomed = el.visibleRange!;
    const inView = part.events.find((e) => e.date.start >= zoomed.from && e.date.start < zoomed.to)!;
    el.selected = inView.id;
    el.progress = { loaded: 600, total: 1000 };
    await el.updateComplete;
    el.view = whole;
    await el.updateComplete;
    await nextFrame();
    const after = el.visibleRange!;
    expect(Math.abs(after.from - zoomed.from)).to.be.below(60_000);
    expect(Math.abs(after.to - zoomed.to)).to.be.below(60_000);
    expect(el.selected).to.equal(inView.id);
    expect(el.shadowRoot!.querySelector('[aria-pressed="true"]')?.getAttribute('data-id') ?? el.selected).to.equal(inView.id);
  });

  it('keeps showing the whole record when the user had not zoomed, and it has grown', async () => {
    const { part, whole } = partAndWhole(1500, 0.3);
    const el = await mountTimeline(part);
    const before = el.visibleRange!;
    el.view = whole;
    await el.updateComplete;
    await nextFrame();
    const after = el.visibleRange!;
    const first = Math.min(...whole.events.map((e) => e.date.start));
    expect(after.from).to.be.at.most(first);
    expect(after.to - after.from).to.be.at.least(before.to - before.from);
  });

  it('opens the grown record on its recent years when the user had not moved the opening view', async () => {
    const { part, whole } = partAndWhole(1500, 0.3);
    const el = await mountTimeline(part, 'recent');
    el.view = whole;
    await el.updateComplete;
    await nextFrame();
    const after = el.visibleRange!;
    const fresh = await mountTimeline(whole, 'recent');
    expect(after.from).to.be.closeTo(fresh.visibleRange!.from, 60_000);
    expect(after.to).to.be.closeTo(fresh.visibleRange!.to, 60_000);
  });

  it('starts afresh for another patient', async () => {
    const { part } = partAndWhole(1500, 0.6);
    const other = viewFor(fromFhir(generateFhir({ seed: 99, events: 300, now: SAMPLE_NOW }), { now: SAMPLE_NOW }).record, citizen);
    const el = await mountTimeline(part);
    const r = el.visibleRange!;
    el.zoomTo(r.to - 365 * 86_400_000, r.to);
    await el.updateComplete;
    el.view = other;
    await el.updateComplete;
    await nextFrame();
    const after = el.visibleRange!;
    expect(after.to - after.from).to.be.greaterThan(2 * 365 * 86_400_000);
  });
});

describe('progressive loading from a real FHIR server', function () {
  this.timeout(120000);
  let server: { id: number; url: string; patientId: string };
  before(async () => {
    server = await executeServerCommand('fhir-server', { action: 'start', seed: 3, events: 400 });
  });
  after(() => executeServerCommand('fhir-server', { action: 'stop', id: server.id }));

  it('shows the journey after the first page, grows page by page, and ends complete without a progress bar', async () => {
    const el = await fixture<FseJourney>(html`<fse-journey lang="it"></fse-journey>`);
    const shown: number[] = [];
    const result = await loadFhirRecord({
      baseUrl: server.url,
      patient: server.patientId,
      pageSize: 100,
      now: SAMPLE_NOW,
      onProgress: (p) => {
        const snap = p.snapshot();
        el.view = viewFor(snap.record, citizen, snap.issues);
        el.progress = p.phase === 'done' ? null : p;
        shown.push(snap.record.events.length);
      },
    });
    await el.updateComplete;
    // The first page already showed the patient; later pages only added to it.
    expect(shown.length).to.be.greaterThan(3);
    expect(shown).to.deep.equal([...shown].sort((a, b) => a - b));
    expect(shown.at(-1)).to.equal(result.record.events.length);
    expect(el.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
    const tl = el.shadowRoot!.querySelector<FseTimeline>('fse-timeline')!;
    await tl.updateComplete;
    expect(tl.shadowRoot!.querySelector('#summary')?.textContent).to.not.equal('');
  });

  it('shows the progress words while pages arrive', async () => {
    const el = await fixture<FseJourney>(html`<fse-journey lang="it"></fse-journey>`);
    const texts: string[] = [];
    await loadFhirRecord({
      baseUrl: server.url,
      patient: server.patientId,
      pageSize: 100,
      now: SAMPLE_NOW,
      onProgress: async (p) => {
        if (p.phase === 'done') return;
        const snap = p.snapshot();
        el.view = viewFor(snap.record, citizen, snap.issues);
        el.progress = p;
        await el.updateComplete;
        texts.push(progressText(el) ?? '');
      },
    });
    expect(texts.length).to.be.greaterThan(0);
    // $everything gives Bundle.total: no "circa".
    for (const t of texts) expect(t).to.match(/^Caricamento: \d+ documenti su \d+$/);
  });
});

describe('progressive loading: an open document stays open while the record arrives', () => {
  const docTitle = (j: FseJourney) => j.shadowRoot!.querySelector('fse-document')?.shadowRoot?.querySelector('#doc-title')?.textContent?.trim();
  const docState = (j: FseJourney) => j.shadowRoot!.querySelector('fse-document')?.shadowRoot?.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();

  it('keeps a document that the first pages lack open, loading, and shows it when its page lands; closes it only if the whole record lacks it', async () => {
    const { part, whole } = partAndWhole(800, 0.3);
    const inPart = new Set(part.events.map((e) => e.id));
    const late = whole.events.find((e) => e.document && !inPart.has(e.id))!;
    expect(late, 'a document of the whole record that the first pages lack').to.exist;
    const el = await fixture<FseJourney>(html`<fse-journey lang="it" .view=${whole}></fse-journey>`);
    expect(el.openDocumentById(late.id)).to.equal(true);
    await el.updateComplete;
    await el.shadowRoot!.querySelector('fse-document')!.updateComplete;
    const title = docTitle(el);
    expect(title).to.be.a('string').and.not.empty;

    // The host reads the record again, page by page (after a change of consent, say).
    el.progress = { loaded: 300, total: 1000 };
    el.view = part;
    await el.updateComplete;
    await el.shadowRoot!.querySelector('fse-document')!.updateComplete;
    expect(el.openDocument, 'still open while pages arrive').to.equal(late.id);
    expect(docState(el)).to.match(/^Caricamento/);
    expect(docState(el)).to.not.match(/non disponibile/i);

    el.view = whole;
    el.progress = null;
    await el.updateComplete;
    await el.shadowRoot!.querySelector('fse-document')!.updateComplete;
    expect(el.openDocument).to.equal(late.id);
    expect(docTitle(el)).to.equal(title);
    expect(el.shadowRoot!.querySelectorAll('[part="progress"]').length + el.shadowRoot!.querySelector('fse-document')!.shadowRoot!.querySelectorAll('[part="progress"]').length, 'no progress bar left').to.equal(0);

    // A record that, whole, lacks it: the document closes, as before.
    el.progress = { loaded: 300, total: 1000 };
    el.view = part;
    await el.updateComplete;
    expect(el.openDocument).to.equal(late.id);
    el.progress = null;
    await el.updateComplete;
    expect(el.openDocument).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('fse-document')).to.equal(null);
  });
});
