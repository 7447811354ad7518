/**
 * Localisation a region can extend (issue 12): a portal registers a language the library does not
 * bundle, overrides single strings (the glossary and issues' plain messages too), and sees them on
 * screen in elements already showing. The bundled languages are registered by the test page
 * (web-test-runner.config.mjs loads `locales/all.ts`), as a portal that offers them all does.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import '../../packages/elements/src/timeline.js';
import '../../packages/elements/src/document.js';
import { overrideMessages, registerLocale, registeredLanguages } from '../../packages/elements/src/index.js';
import type { FseTimeline } from '../../packages/elements/src/timeline.js';
import type { FseDocument } from '../../packages/elements/src/document.js';
import { generatedView, SAMPLE_NOW } from '../timeline/fixtures.js';

const text = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const shown = (el: HTMLElement): string => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll<HTMLElement>('*')].map((n) => n.innerText ?? '').join(' ') : '');

async function timeline(lang: string, view: FseView = generatedView('citizen', 120)): Promise<FseTimeline> {
  const el = await fixture<FseTimeline>(html`<fse-timeline lang=${lang} .view=${view} style="display:block;width:900px"></fse-timeline>`);
  await el.updateComplete;
  return el;
}

async function fhirJson(name: string): Promise<unknown> {
  const res = await fetch(`/gateway/mds-fhir-${name}.json`);
  expect(res.ok, name).to.equal(true);
  return res.json();
}

describe('localisation a region can extend', () => {
  it('a language that is not registered is shown in Italian, and the console says so once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const el = await timeline('es');
      expect(text(el)).to.contain('Referti');
      const other = await timeline('es-MX');
      expect(text(other)).to.contain('Referti');
    } finally {
      console.warn = warn;
    }
    expect(registeredLanguages()).to.not.include('es');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang="es"').and.contain("registerLocale('es'");
  });

  it('a region registers Friulian with one string and sees it on screen; what it left out is Italian, dates in its Intl locale', async () => {
    const el = await timeline('fur');
    expect(text(el)).to.not.contain('Refertis');
    registerLocale('fur', { 'fse-timeline': { 'lane.reports': 'Refertis' } }, { intl: 'it-IT' });
    expect(registeredLanguages()).to.include('fur');
    // the element already on the page re-renders in the new language
    await el.updateComplete;
    expect(text(el)).to.contain('Refertis');
    expect(text(el)).to.contain('Vaccinazioni'); // not translated: Italian
    // a new element finds it from an ancestor's lang too, with a region subtag
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fur-IT"><fse-timeline .view=${generatedView('citizen', 120)}></fse-timeline></div>`);
    const inner = wrap.querySelector('fse-timeline')!;
    await inner.updateComplete;
    expect(text(inner)).to.contain('Refertis');
  });

  it('overrides one Italian string of the timeline in elements already showing, and only that string', async () => {
    const el = await timeline('it');
    expect(text(el)).to.contain('Referti');
    overrideMessages('it', { 'fse-timeline': { 'lane.reports': 'Esiti e referti' } });
    await el.updateComplete;
    expect(text(el)).to.contain('Esiti e referti');
    expect(text(el)).to.contain('Vaccinazioni');
    // German keeps its own word: the override was for Italian
    const de = await timeline('de');
    expect(text(de)).to.contain('Befunde');
    expect(text(de)).to.not.contain('Esiti e referti');
  });

  it('overrides a shared message, and a message with a function for plurals', async () => {
    const el = await fixture<FseTimeline>(html`<fse-timeline lang="en" .view=${Promise.race([])}></fse-timeline>`);
    await el.updateComplete;
    expect(text(el)).to.contain('Loading the health record');
    overrideMessages('en', { shared: { 'state.loading': 'Fetching your records…' } });
    await el.updateComplete;
    expect(text(el)).to.contain('Fetching your records…');
  });

  it('overrides a glossary text and an issue’s plain message', async () => {
    const view = viewFor(fromFhir(await fhirJson('LAB')), { role: 'citizen', now: SAMPLE_NOW });
    const id = view.events.find((e) => e.document)!.id;
    overrideMessages('it', {
      glossary: { documentTypes: { LAB: { name: 'Esami del sangue e di laboratorio', text: 'Testo della regione sugli esami.' } } },
    });
    const el = await fixture<FseDocument>(html`<fse-document lang="it" document-id=${id} .view=${view}></fse-document>`);
    await el.updateComplete;
    (el.shadowRoot!.querySelector('.type-glossary') as HTMLDetailsElement).open = true;
    expect(shown(el)).to.contain('Esami del sangue e di laboratorio');
    expect(shown(el)).to.contain('Testo della regione sugli esami.');

    const withIssue: FseView = {
      ...generatedView('citizen', 20),
      issues: [{ severity: 'warning', code: 'invalid-date', path: '$[1]', message: { it: 'x', en: 'x' }, plain: { it: 'Una data impossibile è stata ignorata.', en: 'An impossible date was ignored.' } }],
    };
    const tl = await timeline('it', withIssue);
    expect(text(tl)).to.contain('Una data impossibile è stata ignorata.');
    overrideMessages('it', { issues: { 'invalid-date': 'Una data sbagliata non è mostrata.' } });
    await tl.updateComplete;
    expect(text(tl)).to.contain('Una data sbagliata non è mostrata.');
    expect(text(tl)).to.not.contain('Una data impossibile');
  });

  it('speaks French and Slovenian once their modules are registered: words, glossary and dates', async () => {
    const fr = await timeline('fr');
    expect(text(fr)).to.contain('Comptes rendus');
    expect(text(fr)).to.contain('Vaccinations');
    const sl = await timeline('sl-IT');
    expect(text(sl)).to.contain('Izvidi');
    expect(text(sl)).to.contain('Cepljenja');
    const view = viewFor(fromFhir(await fhirJson('LAB')), { role: 'citizen', now: SAMPLE_NOW });
    const id = view.events.find((e) => e.document)!.id;
    const doc = await fixture<FseDocument>(html`<fse-document lang="sl" document-id=${id} .view=${view}></fse-document>`);
    await doc.updateComplete;
    expect(shown(doc)).to.contain('Laboratorijski izvid');
    doc.lang = 'fr';
    await doc.updateComplete;
    expect(shown(doc)).to.contain('Compte rendu de laboratoire');
    // dates through the shared Intl formatters, in French
    expect(shown(doc)).to.match(/\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/);
  });

  it('refuses a language tag that is not one', () => {
    expect(() => registerLocale('', {})).to.throw(TypeError);
    expect(() => overrideMessages('not a tag', {})).to.throw(TypeError);
  });
});
