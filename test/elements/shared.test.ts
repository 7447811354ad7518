/**
 * The shared layer every element stands on: registration, language, the view life cycle and
 * date formatting. A minimal element built on FseElement exercises the base class.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { fromFhir, viewFor, type FseView, type FuzzyDate } from '@percorso/model';
import { FseElement } from '../../packages/elements/src/internal/base-element.js';
import { defineElement } from '../../packages/elements/src/internal/define.js';
import { FseErrorEvent } from '../../packages/elements/src/internal/events.js';
import { formatFuzzyDate, formatSpan } from '../../packages/elements/src/internal/format.js';
import { resolveLang, type LocalizeController } from '../../packages/elements/src/internal/localize.js';

class ProbeElement extends FseElement {
  static override messages = {
    it: { hello: 'Ciao, {name}', count: (p: Record<string, unknown>, l: LocalizeController) => l.plural(Number(p.n), { one: '# evento', other: '# eventi' }) },
    en: { hello: 'Hello, {name}', count: 'n={n}' },
    de: { hello: 'Hallo, {name}' },
  };
  protected renderView(view: FseView): unknown {
    return litHtml`<p class="ready">${this.l.t('hello', { name: view.patient.name })}</p>${this.renderIssues(view)}`;
  }
}
defineElement('fse-probe', ProbeElement);

function minimalView(): FseView {
  const { record } = fromFhir({
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Patient',
          id: 'p1',
          identifier: [{ system: 'urn:oid:2.16.840.1.113883.2.9.4.3.2', value: 'RSSMRA80A01L219X' }],
          name: [{ family: 'Rossi', given: ['Maria'] }],
          birthDate: '1980-01-01',
        },
      },
    ],
  });
  return viewFor(record, { role: 'citizen' });
}

describe('shared element layer', () => {
  describe('defineElement', () => {
    it('is harmless when the same class is defined twice', () => {
      expect(() => defineElement('fse-probe', ProbeElement)).not.to.throw();
      expect(customElements.get('fse-probe')).to.equal(ProbeElement);
    });
    it('warns once, naming both versions, when another copy owns the tag', () => {
      const warnings: string[] = [];
      const orig = console.warn;
      console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
      try {
        class Other extends ProbeElement {}
        defineElement('fse-probe', Other);
        defineElement('fse-probe', Other);
      } finally {
        console.warn = orig;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<fse-probe>').and.contain('0.1.0');
    });
  });

  describe('language', () => {
    it('comes from the element, then the nearest [lang] across shadow roots, then the document', async () => {
      const outer = await fixture(html`<div lang="de-CH"><div id="host"></div></div>`);
      const host = outer.querySelector('#host')!;
      const root = host.attachShadow({ mode: 'open' });
      const probe = document.createElement('fse-probe');
      root.append(probe);
      expect(resolveLang(probe)).to.equal('de');
      probe.setAttribute('lang', 'en');
      expect(resolveLang(probe)).to.equal('en');
      probe.setAttribute('lang', 'es');
      expect(resolveLang(probe), 'an unbundled language falls back to Italian').to.equal('it');
    });

    it('re-renders when the document language changes', async () => {
      const before = document.documentElement.lang;
      const el = await fixture<ProbeElement>(html`<fse-probe .view=${minimalView()}></fse-probe>`);
      try {
        document.documentElement.lang = 'it';
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.ready')!.textContent).to.equal('Ciao, Maria Rossi');
        document.documentElement.lang = 'en';
        await new Promise((r) => setTimeout(r));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.ready')!.textContent).to.equal('Hello, Maria Rossi');
      } finally {
        document.documentElement.lang = before;
      }
    });
  });

  describe('themes', () => {
    const surface = (el: HTMLElement) => getComputedStyle(el).backgroundColor;
    const sheets = (el: HTMLElement) =>
      el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');

    it('shows each theme from its first frame, and when the theme changes later', async () => {
      for (const [theme, rgb] of [['dark', 'rgb(18, 27, 38)'], ['high-contrast', 'rgb(0, 0, 0)']]) {
        const el = await fixture<ProbeElement>(html`<fse-probe theme=${theme} .view=${minimalView()}></fse-probe>`);
        expect(surface(el), theme).to.equal(rgb);
      }
      const el = await fixture<ProbeElement>(html`<fse-probe .view=${minimalView()}></fse-probe>`);
      expect(surface(el)).to.equal('rgb(255, 255, 255)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(surface(el)).to.equal('rgb(18, 27, 38)');
      el.theme = 'high-contrast';
      await el.updateComplete;
      expect(surface(el)).to.equal('rgb(0, 0, 0)');
      el.theme = 'light';
      await el.updateComplete;
      expect(surface(el)).to.equal('rgb(255, 255, 255)');
    });

    it('parses the other themes only for an element that asks for one (cold start, issue 12)', async () => {
      const light = await fixture<ProbeElement>(html`<fse-probe .view=${minimalView()}></fse-probe>`);
      expect(sheets(light)).to.contain('#ffffff');
      expect(sheets(light)).to.not.contain('#121b26'); // dark's surface
      const dark = await fixture<ProbeElement>(html`<fse-probe theme="dark" .view=${minimalView()}></fse-probe>`);
      expect(sheets(dark)).to.contain('#121b26');
    });

    it('follows the system in the automatic theme', async function () {
      const el = await fixture<ProbeElement>(html`<fse-probe theme="auto" .view=${minimalView()}></fse-probe>`);
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch {
        this.skip(); // Firefox over WebDriver BiDi cannot emulate media features
      }
      try {
        expect(surface(el)).to.equal('rgb(18, 27, 38)');
        await emulateMedia({ colorScheme: 'light' });
        expect(surface(el)).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('view life cycle', () => {
    it('shows a loading state for a promise, then the view', async () => {
      let resolve!: (v: FseView) => void;
      const pending = new Promise<FseView>((r) => (resolve = r));
      const el = await fixture<ProbeElement>(html`<fse-probe lang="it" .view=${pending}></fse-probe>`);
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Caricamento del fascicolo');
      expect(status.getAttribute('aria-busy')).to.equal('true');
      resolve(minimalView());
      await pending;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.ready')!.textContent).to.equal('Ciao, Maria Rossi');
    });

    it('keeps only the latest promise when views race', async () => {
      let first!: (v: FseView) => void;
      const slow = new Promise<FseView>((r) => (first = r));
      const el = await fixture<ProbeElement>(html`<fse-probe .view=${slow}></fse-probe>`);
      const fast = minimalView();
      el.view = fast;
      await el.updateComplete;
      const stale = minimalView();
      stale.patient = { ...stale.patient, name: 'Vecchio Dato' };
      first(stale);
      await slow;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Maria Rossi').and.not.contain('Vecchio Dato');
    });

    it('reports a rejected promise in words and with fse-error', async () => {
      const el = await fixture<ProbeElement>(html`<fse-probe lang="it"></fse-probe>`);
      const failing = Promise.reject(new Error('server non raggiungibile'));
      failing.catch(() => undefined);
      const event = oneEvent(el, 'fse-error');
      el.view = failing;
      const e = (await event) as unknown as FseErrorEvent;
      expect(e).to.be.instanceOf(FseErrorEvent);
      expect(e.reason).to.equal('load-failed');
      expect(e.bubbles && e.composed).to.equal(true);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('Il caricamento dei dati non è riuscito').and.contain('server non raggiungibile');
    });

    for (const [label, bad] of [
      ['a string', 'not a view'],
      ['a record instead of a view', { patient: {}, events: [] }],
      ['a view whose events are not a list', { viewer: { role: 'citizen' }, patient: {}, events: { id: 'x', kind: 'document' } }],
    ] as const) {
      it(`refuses ${label} with a visible error and fse-error`, async () => {
        const el = await fixture<ProbeElement>(html`<fse-probe lang="en"></fse-probe>`);
        const event = oneEvent(el, 'fse-error');
        el.view = bad as unknown as FseView;
        const e = (await event) as unknown as FseErrorEvent;
        expect(e.reason).to.equal('invalid-view');
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('This data cannot be shown');
      });
    }

    it('shows the data and a notice when the view carries error issues', async () => {
      const view = minimalView();
      view.issues = [
        { severity: 'error', code: 'invalid-date', path: '$.entry[3].resource.date', message: { it: 'Data impossibile', en: 'Impossible date' } },
      ];
      const el = await fixture<ProbeElement>(html`<fse-probe lang="it"></fse-probe>`);
      const event = oneEvent(el, 'fse-error');
      el.view = view;
      const e = (await event) as unknown as FseErrorEvent;
      expect(e.reason).to.equal('data-issues');
      expect(e.issues).to.have.length(1);
      expect(el.shadowRoot!.querySelector('.ready')).to.exist;
      expect(el.shadowRoot!.querySelector('.issues summary')!.textContent).to.contain('1 problema nei dati ricevuti');
      // made outside the model, with no plain message: a general sentence, never the path or the developer's message
      const li = el.shadowRoot!.querySelector('.issues li')!.textContent!;
      expect(li).to.contain('Un dato ricevuto non è valido.');
      expect(li).to.not.contain('$.entry[3]');
      expect(li).to.not.contain('Data impossibile');
    });

    it('shows each plain message once, with how many times it occurred, in the element’s language', async () => {
      const view = minimalView();
      const plain = { it: 'Una data impossibile è stata ignorata.', en: 'An impossible date was ignored.' };
      view.issues = [1, 2, 3].map((n) => ({ severity: 'warning' as const, code: 'invalid-date', path: `$[${n}].date`, message: { it: `Data impossibile "2025-02-3${n}"`, en: `Impossible date "2025-02-3${n}"` }, plain }));
      const el = await fixture<ProbeElement>(html`<fse-probe lang="en"></fse-probe>`);
      el.view = view;
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll('.issues li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal(['Warning: An impossible date was ignored. (3 times)']);
      el.lang = 'de';
      await el.updateComplete;
      // German's locale module says every code's plain message
      expect(el.shadowRoot!.querySelector('.issues li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Warnung: Ein unmögliches Datum wurde ignoriert. (3-mal)');
    });
  });

  describe('info-level issues', () => {
    it('are kept on the view but not shown to the user', async () => {
      const view = minimalView();
      view.issues = [
        { severity: 'info', code: 'document-without-composition', path: '$.entry[9].resource', message: { it: 'Documento senza Composition', en: 'Document without a Composition' } },
      ];
      const el = await fixture<ProbeElement>(html`<fse-probe lang="it"></fse-probe>`);
      el.view = view;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.ready')).to.exist;
      expect(el.shadowRoot!.querySelector('.issues')).to.equal(null);
    });
  });

  describe('dates', () => {
    const fd = (iso: string, precision: FuzzyDate['precision'], start: number, end: number): FuzzyDate => ({ iso, precision, start, end });
    it('keeps the precision of partial dates in every language', () => {
      expect(formatFuzzyDate(fd('2019', 'year', 0, 1), 'it', 'Europe/Rome')).to.equal('2019');
      expect(formatFuzzyDate(fd('2019-03', 'month', 0, 1), 'it', 'Europe/Rome')).to.equal('marzo 2019');
      expect(formatFuzzyDate(fd('2019-03', 'month', 0, 1), 'de', 'Europe/Rome')).to.equal('März 2019');
      expect(formatFuzzyDate(fd('2019-03-30', 'day', 0, 1), 'en', 'Europe/Rome')).to.equal('30 March 2019');
    });
    it('shows a date-only value on its own day in any time zone, across DST', () => {
      // 2024-03-31 is the 23-hour day in Europe/Rome; a date-only value must not slip to the 30th.
      const d = fd('2024-03-31', 'day', Date.UTC(2024, 2, 30, 23), Date.UTC(2024, 2, 31, 22));
      for (const tz of ['Europe/Rome', 'America/New_York', 'Pacific/Kiritimati'])
        expect(formatFuzzyDate(d, 'it', tz), tz).to.equal('31 marzo 2024');
    });
    it('shows instants in the element time zone', () => {
      const ms = Date.UTC(2024, 9, 27, 0, 30); // 02:30 CEST, before the clocks go back
      const d = fd('2024-10-27T00:30:00Z', 'minute', ms, ms + 60_000);
      expect(formatFuzzyDate(d, 'it', 'Europe/Rome')).to.contain('02:30');
      expect(formatFuzzyDate(d, 'it', 'UTC')).to.contain('00:30');
    });
    it('says a span in as few words as it needs', () => {
      expect(formatSpan(Date.UTC(2019, 0, 1), Date.UTC(2022, 0, 1), 'it', 'UTC')).to.match(/2019\s*[–-]\s*2021/);
      expect(formatSpan(Date.UTC(2019, 2, 3), Date.UTC(2019, 2, 19), 'it', 'UTC')).to.contain('mar');
    });
  });
});
