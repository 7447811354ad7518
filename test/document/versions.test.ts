/**
 * <fse-document> on the sample record with its extras (fixtures.ts): a superseded lab report and
 * its newer version linked both ways, a long letter, an empty report whose content is only in the
 * PDF, and a lab series where each result has fifty previous values.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { fromFhir, viewFor } from '@percorso/model';
import '../../packages/elements/src/document.js';
import { FseOpenEvent, type FseDocument } from '../../packages/elements/src/document.js';
import { documentView, EXTRA, labSeries, SAMPLE_NOW } from './fixtures.js';

async function mount(view: unknown, id: string): Promise<FseDocument> {
  return fixture<FseDocument>(html`<fse-document lang="it" document-id=${id} .view=${view}></fse-document>`);
}
const $ = (el: FseDocument, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: FseDocument, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null | undefined) => ((n as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('<fse-document> versions, long and empty documents, long histories', () => {
  it('a superseded report says so and links to the newer version, which links back to the older', async () => {
    const view = documentView();
    const newer = view.events.find((e) => e.id === EXTRA.newer)!;
    const oldId = newer.document!.replaces!;
    expect(view.events.find((e) => e.id === oldId)!.document!.status).to.equal('superseded');
    const el = await mount(view, oldId);
    expect(text($(el, '[part~="status"]'))).to.equal('⟳ Sostituito da una versione più recente');
    const link = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.link')].find((b) => /più recente/.test(b.textContent ?? ''))!;
    const opened = oneEvent(el, FseOpenEvent.type);
    link.click();
    expect(((await opened) as unknown as FseOpenEvent).documentId).to.equal(EXTRA.newer);
    await el.updateComplete;
    expect(text($(el, '#doc-title'))).to.contain('(rettifica)');
    expect(text($(el, '[part~="meta"]'))).to.contain('Versione 2');
    expect($(el, '[part~="status"]')).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('button.link')].some((b) => /precedente/.test(b.textContent ?? ''))).to.equal(true);
  });

  it('a hidden newer version is not linked (nothing hidden reaches the reader)', async () => {
    const view = documentView();
    const newer = view.events.find((e) => e.id === EXTRA.newer)!;
    const without = { ...view, events: view.events.filter((e) => e.id !== EXTRA.newer) };
    // the element links only what its view holds
    const el = await mount(without, newer.document!.replaces!);
    expect([...el.shadowRoot!.querySelectorAll('button.link')].some((b) => /più recente/.test(b.textContent ?? ''))).to.equal(false);
  });

  it('a long letter keeps every section, the diagnoses and therapy at discharge first', async () => {
    const view = documentView();
    const el = await mount(view, EXTRA.long);
    const titles = $$(el, '.section-title').map((h) => text(h));
    expect(titles).to.have.length(24);
    expect(titles.slice(0, 2)).to.deep.equal(['Diagnosi di dimissione', 'Terapia farmacologica alla dimissione']);
    expect($$(el, '[part~="narrative"] table')).to.have.length(22);
    expect(text($$(el, '[part~="narrative"] ol')[0])).to.contain('Apixaban 5 mg');
  });

  it('an empty report says its content is in the original, with the citizen title free of codes', async () => {
    const view = documentView();
    const el = await mount(view, EXTRA.empty);
    expect(text($(el, '#doc-title'))).to.equal('RX torace');
    expect(text(el.shadowRoot!.querySelector('article'))).to.contain('Questo documento non contiene testo da mostrare qui. Il contenuto è nel documento originale.');
    expect(text($(el, '[part~="original"]'))).to.contain('PDF, 94 kB');
  });

  it('200 results, each with 50 previous values: every row shows its previous value and direction', async () => {
    const { resources, latest } = labSeries(200, 50);
    const view = viewFor(fromFhir(resources, { now: SAMPLE_NOW }), { role: 'citizen', now: SAMPLE_NOW });
    const el = await mount(view, latest);
    const rows = $$(el, '[part~="results"] tbody tr[data-id]');
    expect(rows).to.have.length(200);
    for (const r of rows) expect(text(r.querySelector('.previous'))).to.match(/^\d+ mg\/dL il \d+ [a-z]{3} \d{4} (↗ in aumento|↘ in diminuzione|→ invariato)$/);
    // the previous value is the month before
    expect(text(rows[0]!.querySelector('.previous'))).to.contain('feb 2025');
  });
});
