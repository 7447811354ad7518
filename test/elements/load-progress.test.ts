/**
 * Progressive loading in every element (issue 13): while a record is still arriving page by page
 * (`progress` set, as `loadFhirRecord`'s onProgress gives it), each element @percorso/elements exports
 * shows what has arrived with one progress bar and its words — the journey and the timeline where their
 * templates place it, the others (body map, care paths, …) above what they draw, from the shared base
 * element — and none once the record is complete.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { SAMPLE_NOW, sampleView } from '../../stories/data.js';
import { drawingTags } from './exported-tags.js';

type Loading = HTMLElement & { view: unknown; progress: unknown; updateComplete: Promise<boolean> };
const fmt = (n: number, lang: string) => new Intl.NumberFormat(lang).format(n);
/** An element in the page, 1000 px wide, with the sample view and the given progress. */
async function mount(tag: string, progress: object): Promise<Loading> {
  const host = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
  const el = document.createElement(tag) as Loading & { now?: number };
  el.setAttribute('lang', 'it');
  el.now = SAMPLE_NOW;
  el.view = sampleView('citizen');
  el.progress = progress;
  host.append(el);
  await el.updateComplete;
  return el;
}
const bars = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.fse-progress')];

describe('every element shows the load progress while the record arrives', () => {
  for (const tag of drawingTags()) {
    it(`<${tag}>: one bar with its words while loading, none once complete`, async () => {
      const el = await mount(tag, { loaded: 1200, total: 3400, approximate: true });
      const shown = bars(el);
      expect(shown, 'one load progress bar').to.have.length(1);
      const words = `Caricamento: ${fmt(1200, 'it')} documenti su circa ${fmt(3400, 'it')}`;
      expect(shown[0]!.textContent!.trim()).to.equal(words);
      const bar = shown[0]!.querySelector('progress')!;
      expect(bar.value).to.equal(1200);
      expect(bar.max).to.equal(3400);
      expect(bar.getAttribute('aria-label')).to.equal(words);
      expect(shown[0]!.getAttribute('part')).to.equal('progress');

      el.lang = 'de';
      el.progress = { loaded: 40 };
      await el.updateComplete;
      expect(bars(el)[0]!.textContent!.trim()).to.equal('Wird geladen: 40 Einträge…');
      expect(bars(el)[0]!.querySelector('progress')!.hasAttribute('value')).to.equal(false);

      el.progress = null;
      await el.updateComplete;
      expect(bars(el)).to.have.length(0);
    });
  }

  for (const tag of ['fse-body-map', 'fse-care-paths']) {
    it(`<${tag}> is accessible while loading, the bar above its content`, async () => {
      const el = await mount(tag, { loaded: 10, total: 90 });
      const first = [...el.shadowRoot!.children].find((c) => c.tagName !== 'STYLE');
      expect(first?.classList.contains('fse-progress'), 'the bar comes first').to.equal(true);
      await expect(el).to.be.accessible();
    });
  }
});
