/**
 * Server rendering in Node (`npm run test:ssr`, mocha + tsx; in CI): every exported element rendered
 * with `@lit-labs/ssr` from a view computed in Node holds, in the HTML a browser receives before any
 * script runs, what it shows — the patient's name, the counts (`countsFor`, in the words each element
 * uses), the care paths' titles — inside declarative shadow DOM; and a professional's server-rendered
 * view holds nothing the view hides. The browser's side (hydration) is test/ssr/hydrate.test.ts.
 */
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { countsFor, fromFhir, resultSeriesOf, viewFor, type FseView } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { readFileSync } from 'node:fs';
import * as elements from '@percorso/elements';
import { cspHash, cspHashesFile } from '../../scripts/csp-hashes.mjs';
import { DEFAULT_CASE, documentIdOf, elementTemplate, renderHtml, serverTags, viewOf } from './render.js';

/** The text a person reads in server HTML: styles, comments and tags dropped, entities decoded, spaces collapsed. */
function textOf(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/**
 * What each element shows of the view, in its own words (Italian, the default): the patient's name,
 * the counts and the care paths' titles where the element shows them in the browser.
 */
function expectedTexts(tag: string, view: FseView): string[] {
  const c = countsFor(view);
  const name = view.patient.name!;
  const titles = (view.carePaths ?? []).map((p) => p.title);
  const doc = view.events.find((e) => e.id === documentIdOf(view));
  const series = resultSeriesOf(view);
  switch (tag) {
    case 'fse-journey':
      return [name, `${c.documents} documenti, ${c.carePaths} percorsi di cura`, `${c.events} eventi nel fascicolo`, `altre ${c.inside} voci`, ...titles];
    case 'fse-timeline':
      return [`Il fascicolo contiene ${c.events} eventi e ${c.carePaths} percorsi di cura`, `altre ${c.inside} voci`, `Percorsi di cura ${c.carePaths}`];
    case 'fse-body-map':
      return [`${c.events} eventi nel fascicolo`];
    case 'fse-care-paths':
    case 'fse-record':
      return titles;
    case 'fse-consent-panel':
      return [`Fascicolo sanitario di ${name}`, `(${c.documents} documenti)`];
    case 'fse-document':
      return [doc!.title];
    case 'fse-medications':
      return [name, ...titles.filter((t) => view.carePaths!.some((p) => p.title === t && p.therapyIds.length))];
    case 'fse-results':
      return [`${series.length} esami mostrati su ${series.length}`, ...titles.filter((t) => view.carePaths!.some((p) => p.title === t && p.kind === 'PDTA'))];
    case 'fse-summary':
      return ['La mia salute in breve', ...new Set(view.events.filter((e) => e.kind === 'condition').map((e) => e.title))];
    default:
      return [];
  }
}

describe('server rendering (@lit-labs/ssr, in Node)', function () {
  this.timeout(120_000);
  const view = viewOf(DEFAULT_CASE);
  const tags = serverTags();

  it('finds every exported element', () => {
    expect(tags).to.include.members(['fse-body-map', 'fse-care-paths', 'fse-consent-panel', 'fse-document', 'fse-journey', 'fse-medications', 'fse-record', 'fse-results', 'fse-summary', 'fse-timeline']);
    expect(typeof document, 'no DOM in this process').to.equal('undefined');
  });

  for (const tag of [
    'fse-body-map', 'fse-care-paths', 'fse-consent-panel', 'fse-document', 'fse-journey',
    'fse-medications', 'fse-record', 'fse-results', 'fse-summary', 'fse-timeline',
  ]) {
    it(`<${tag}> renders its content into declarative shadow DOM`, async () => {
      expect(tags, 'still exported').to.include(tag);
      const markup = await renderHtml(elementTemplate(tag, view));
      expect(markup).to.match(new RegExp(`<${tag}[^>]*><template shadowroot(mode)?="open"`));
      const text = textOf(markup);
      const expected = expectedTexts(tag, view);
      expect(expected.length, 'something to look for').to.be.greaterThan(0);
      for (const t of expected) expect(text, `<${tag}> says "${t}"`).to.include(t);
      // Nothing of the loading or empty states: the real content.
      expect(text).not.to.include('Caricamento');
    });
  }

  it("<fse-timeline>'s lanes count their events on the server: the range the first layout shows (the recent years, or the whole record)", async () => {
    const laneCounts = (markup: string) => [...markup.matchAll(/<span class="count"[^>]*>(?:<!--[^>]*-->)*([0-9.]+)/g)].map((m) => Number(m[1]));
    const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
    const c = countsFor(view);
    // opening="all": the whole record
    const all = laneCounts(await renderHtml(html`<fse-timeline .view=${view} opening="all"></fse-timeline>`));
    expect(all.length, 'a count on each lane').to.be.greaterThan(3);
    expect(sum(all)).to.equal(c.events + c.carePaths - c.undated);
    // the default opening view, the recent years: part of it, as the browser's first frame shows
    const markup = await renderHtml(elementTemplate('fse-timeline', view));
    const recent = laneCounts(markup);
    expect(sum(recent)).to.be.greaterThan(0).and.at.most(sum(all));
    // The visible range is said too (the toolbar), not left empty until a layout.
    expect(textOf(markup)).to.match(/Mostra tabella \d{4}–\d{4}/);
  });

  it('tells apart what it renders: another patient, other counts', async () => {
    const other = viewOf({ ...DEFAULT_CASE, seed: 5 });
    expect(other.patient.name).not.to.equal(view.patient.name);
    const text = textOf(await renderHtml(elementTemplate('fse-journey', other)));
    expect(text).to.include(other.patient.name);
    expect(text).not.to.include(view.patient.name);
    const c = countsFor(other);
    expect(text).to.include(`${c.documents} documenti, ${c.carePaths} percorsi di cura`);
  });

  it('every exported element renders without touching a DOM it does not have', async () => {
    for (const tag of tags) {
      const markup = await renderHtml(elementTemplate(tag, view));
      expect(markup, tag).to.include(`<${tag}`);
      expect(markup, tag).to.include('<template shadowroot');
    }
  });

  it("a professional's server-rendered view holds nothing the view hides", async () => {
    const now = SAMPLE_NOW;
    // A record with obscured and protected documents (the generator makes both for this seed).
    const { record } = fromFhir(generateFhir({ seed: DEFAULT_CASE.seed, events: DEFAULT_CASE.events, now }));
    const clinician = viewFor(record, { role: 'clinician', purpose: 'TREATMENT', now });
    const shown = new Set(clinician.events.map((e) => e.id));
    const hidden = record.events.filter((e) => !shown.has(e.id));
    expect(hidden.some((e) => e.privacy.obscured), 'an obscured document to hide').to.equal(true);
    expect(hidden.some((e) => e.privacy.protectedCategory), 'a protected document to hide').to.equal(true);
    const shownTitles = new Set(clinician.events.map((e) => e.title));
    const c = countsFor(clinician);
    const all = countsFor(viewFor(record, { role: 'citizen', now }));
    expect(c.documents).to.be.lessThan(all.documents);
    // The check can fail: the citizen's own server render does show what the professional's hides.
    const citizenText = textOf(await renderHtml(elementTemplate('fse-consent-panel', viewFor(record, { role: 'citizen', now }))));
    const hiddenTitles = hidden.map((e) => e.title).filter((t) => !shownTitles.has(t));
    expect(hiddenTitles.filter((t) => citizenText.includes(t)), 'hidden titles the citizen sees').not.to.be.empty;
    for (const tag of tags) {
      const markup = await renderHtml(elementTemplate(tag, clinician));
      const text = textOf(markup);
      for (const e of hidden) {
        expect(markup, `<${tag}> names hidden ${e.id}`).not.to.include(e.id);
        if (!shownTitles.has(e.title)) expect(text, `<${tag}> shows hidden "${e.title}"`).not.to.include(e.title);
      }
      if (tag === 'fse-journey') {
        expect(text).to.include(`${c.documents} documenti, ${c.carePaths} percorsi di cura`);
        expect(text).not.to.include(`${all.documents} documenti,`);
      }
    }
  });

  it("every inline <style> of every element's server render has its hash in the published csp-hashes.json list", async () => {
    // What @percorso/elements' build writes (scripts/csp-hashes.mjs), here from the sources this test renders.
    const { version } = JSON.parse(readFileSync(new URL('../../packages/elements/package.json', import.meta.url), 'utf8')) as { version: string };
    const published = cspHashesFile(elements, version);
    expect(published['style-src'].length).to.be.greaterThan(0);
    const inline = new Set<string>();
    for (const tag of tags) {
      // The citizen's view and a professional's.
      for (const v of [view, viewOf({ ...DEFAULT_CASE, role: 'clinician' })]) {
        const markup = await renderHtml(elementTemplate(tag, v));
        const styles = [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
        expect(styles.length, `<${tag}> has inline styles`).to.be.greaterThan(0);
        for (const text of styles) inline.add(cspHash(text));
      }
    }
    // Nested elements (the journey's timeline, body map…) bring their own shadow roots and styles.
    const missing = [...inline].filter((h) => !published['style-src'].includes(h));
    expect(missing, 'inline style hashes not in the published list').to.deep.equal([]);
    // One hash per element class with styles, and each of them is met in a server render.
    expect(Object.keys(published.elements)).to.include.members(tags);
    expect(published['style-src'].filter((h) => !inline.has(h)), 'published hashes no server render uses').to.deep.equal([]);
  });
});

