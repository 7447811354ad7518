/**
 * <fse-results>: every measured value over time, as small multiples. Views are built from FHIR
 * through fromFhir + viewFor (../clinical/fixtures.ts).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import '../../packages/elements/src/results.js';
import { OTHER_RESULTS, type FseResults } from '../../packages/elements/src/results.js';
import type { FseOpenEvent } from '../../packages/elements/src/document/events.js';
import type { FseSelectEvent } from '../../packages/elements/src/internal/clinical.js';
import type { FseErrorEvent } from '../../packages/elements/src/internal/events.js';
import { fhirInput, fixtureView, NOW, SECRET_ANALYTE, SECRET_PANEL } from '../clinical/fixtures.js';

async function mount(view: unknown, opts: { lang?: string; theme?: string; layout?: string } = {}): Promise<FseResults> {
  const el = await fixture<FseResults>(html`<fse-results lang=${opts.lang ?? 'it'} theme=${opts.theme ?? 'light'} layout=${opts.layout ?? 'charts'} .view=${view}></fse-results>`);
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}
const $ = (el: FseResults, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: FseResults, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null) => (node as HTMLElement | null)?.innerText?.replace(/\s+/g, ' ').trim() ?? '';
const card = (el: FseResults, name: string) => $$(el, 'li.card').find((c) => text(c.querySelector('.name')) === name)!;

/** Every value of a chart, oldest first, as the keyboard reaches it: its marker's class and shape. */
async function walk(el: FseResults, name: string): Promise<{ cls: string; d: string; label: string }[]> {
  const marker = () => card(el, name).querySelector<SVGPathElement>('path.point.active')!;
  (marker() as unknown as HTMLElement).focus();
  await sendKeys({ press: 'Home' });
  await el.updateComplete;
  const out: { cls: string; d: string; label: string }[] = [];
  for (;;) {
    const m = marker();
    out.push({ cls: m.getAttribute('class')!, d: m.getAttribute('d')!, label: m.getAttribute('aria-label')! });
    const at = m.dataset.index;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    if (marker().dataset.index === at) return out;
  }
}

/**
 * The fixture's FHIR without these resources (`Type/id`, top level or in a document bundle) and
 * without the document sections' references to them.
 */
function without(resources: unknown[], refs: readonly string[]): unknown[] {
  type R = Record<string, unknown>;
  const drop = new Set(refs);
  const keep = (r: R) => !drop.has(`${r.resourceType as string}/${r.id as string}`);
  const unref = (r: R): R =>
    r.resourceType === 'Composition'
      ? { ...r, section: (r.section as R[]).map((sec) => ({ ...sec, entry: (sec.entry as { reference: string }[]).filter((e) => !drop.has(e.reference)) })) }
      : r;
  return (resources as R[]).filter(keep).map((r) =>
    r.resourceType === 'Bundle' ? { ...r, entry: (r.entry as { resource: R }[]).filter((e) => keep(e.resource)).map((e) => ({ ...e, resource: unref(e.resource) })) } : r,
  );
}

/** `analytes` × `points` observations (LOINC-like codes), for the virtualised list. */
function manySeries(analytes: number, points: number): FseView {
  const resources: unknown[] = [{ resourceType: 'Patient', id: 'p1', name: [{ family: 'Rossi', given: ['Maria'] }] }];
  for (let a = 0; a < analytes; a++)
    for (let i = 0; i < points; i++)
      resources.push({
        resourceType: 'Observation',
        id: `o${a}-${i}`,
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code: `9${String(a).padStart(4, '0')}-0` }], text: `Analita ${String(a).padStart(3, '0')}` },
        subject: { reference: 'Patient/p1' },
        effectiveDateTime: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000 * 7).toISOString(),
        valueQuantity: { value: 50 + ((a * 7 + i * 13) % 40), unit: 'mg/dL' },
        referenceRange: [{ low: { value: 55 }, high: { value: 80 } }],
      });
  return viewFor(fromFhir(resources, { now: NOW }).record, { role: 'citizen', now: NOW });
}

describe('<fse-results>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('shows one chart per analyte with the reference band, out-of-range values as triangles, and the trend in words', async () => {
    const el = await mount(fixtureView('citizen'));
    const creat = card(el, 'Creatinina');
    expect(creat.querySelector('rect.band')).to.exist;
    expect(creat.querySelector('[part~="chart"]')!.getAttribute('aria-label')).to.contain('Creatinina: 3 valori');
    // Walk the values with the keyboard: each is named, and marked with its flag's shape.
    const shapes = await walk(el, 'Creatinina');
    expect(shapes).to.have.length(3);
    expect(shapes.every((p) => p.cls.includes('high'))).to.equal(true);
    // Shape, not colour alone: a high value is a triangle, a value in range a square.
    const hb = await walk(el, 'Emoglobina');
    expect(hb.some((p) => p.cls.includes('normal'))).to.equal(true);
    expect(shapes[0]!.d).not.to.equal(hb.find((p) => p.cls.includes('normal'))!.d);
    expect(text(creat.querySelector('[part~="summary"]'))).to.contain('Ultimo valore: 1,2 mg/dL (alto)').and.contain('riferimento 0,5–1,1').and.contain('in calo da 3 misure');
    expect(card(el, 'Creatinina').querySelector('path.point.active')!.getAttribute('aria-label')).to.contain('1,2 mg/dL, alto');
  });

  it('draws every value where the keyboard marker stands, in its flag’s shape and colour, one path per shape, and a click there picks it', async () => {
    const el = await mount(fixtureView('citizen'));
    const creat = card(el, 'Creatinina');
    const plot = creat.querySelector<SVGSVGElement>('svg.back')!;
    // The theme's danger colour, as the card's own styles resolve it.
    const probe = document.createElement('span');
    probe.style.setProperty('color', 'var(--_fse-color-danger)');
    creat.append(probe);
    const danger = getComputedStyle(probe).color;
    probe.remove();
    // Three high values, one path: a node per shape, not per value.
    const highs = plot.querySelectorAll<SVGPathElement>('path.point.high');
    expect(highs).to.have.length(1);
    expect(plot.querySelectorAll('path')).to.have.length(2);
    expect(getComputedStyle(highs[0]!).fill).to.equal(danger);
    const marker = () => creat.querySelector<SVGPathElement>('path.point.active')!;
    (marker() as unknown as HTMLElement).focus();
    for (let i = 0; i < 3; i++) {
      const [x, y] = marker().getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number);
      // The triangle's centre (its centroid sits a little below the anchor).
      expect(highs[0]!.isPointInFill(new DOMPoint(x!, y! + 1)), `value ${i} is drawn where the marker stands`).to.equal(true);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
    }
    // Between two values nothing is drawn.
    expect(highs[0]!.isPointInFill(new DOMPoint(150, 2))).to.equal(false);
    // A click on the chart where the first value is drawn selects it.
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const [x, y] = marker().getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number);
    const r = plot.getBoundingClientRect();
    const k = Math.min(r.width / 280, r.height / 96);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const sel = oneEvent(el, 'fse-select') as unknown as Promise<FseSelectEvent>;
    plot.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: r.left + (r.width - 280 * k) / 2 + x! * k, clientY: r.top + (r.height - 96 * k) / 2 + y! * k }));
    expect((await sel).eventIds).to.deep.equal(['Observation/cr1']);
  });

  it('converts units only when it knows how, and shows bad values instead of dropping them', async () => {
    const el = await mount(fixtureView('citizen'));
    expect(text(card(el, 'Emoglobina').querySelector('.unit'))).to.contain('g/L');
    const k = card(el, 'Potassio');
    expect(text(k)).to.contain('senza unità').and.contain('riferimento solo a parole: vedi referto cartaceo');
    const glu = card(el, 'Glucosio');
    expect((await walk(el, 'Glucosio')).some((p) => p.cls.includes('implausible'))).to.equal(true);
    expect(text(glu)).to.contain('valore impossibile');
  });

  it('puts taccuino values against the care path’s goal', async () => {
    const el = await mount(fixtureView('citizen'));
    const hr = card(el, 'Frequenza cardiaca');
    expect(hr.querySelector('rect.goal')).to.exist;
    expect(text(hr)).to.contain('Obiettivo del percorso: meno di 110 battiti al minuto');
    expect(hr.querySelector('path.point.active')!.getAttribute('aria-label')).to.contain('dal taccuino');
  });

  it('searches by name and in the glossary’s words, filters by panel and care path, and says how many are shown', async () => {
    const el = await mount(fixtureView('citizen'));
    const total = $$(el, 'li.card').length;
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.value = 'creat';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($$(el, 'li.card').map((c) => text(c.querySelector('.name')))).to.deep.equal(['Creatinina']);
    expect(text($(el, '.live'))).to.equal(`Filtri attivi: ricerca «creat». 1 esame mostrato su ${total}`);
    // The glossary's English name finds the Italian analyte.
    el.query = 'creatinine';
    await el.updateComplete;
    expect($$(el, 'li.card').map((c) => text(c.querySelector('.name')))).to.deep.equal(['Creatinina']);
    el.query = '';
    el.carePath = 'CarePlan/cp-af';
    await el.updateComplete;
    expect($$(el, 'li.card').map((c) => text(c.querySelector('.name'))).sort()).to.deep.equal(['Creatinina', 'Frequenza cardiaca']);
    expect(text($(el, '.live'))).to.equal(`Filtri attivi: percorso «PDTA Fibrillazione atriale». 2 esami mostrati su ${total}`);
    el.carePath = '';
    await el.updateComplete;
    expect(text($(el, '.live'))).to.equal(`${total} esami mostrati su ${total}`);
    // No value of this record belongs to a lab panel: no panel filter to offer.
    expect($(el, 'select.panel')).to.equal(null);
  });

  describe('filter by panel', () => {
    const names = (el: FseResults) => $$(el, 'li.card').map((c) => text(c.querySelector('.name'))).sort();
    const options = (el: FseResults) => [...($(el, 'select.panel') as HTMLSelectElement).options].map((o) => o.text);

    it('offers the record’s lab panels and shows only the analytes of the one chosen, saying the filter is on and how many of how many', async () => {
      const el = await mount(fixtureView('citizen', { panels: true }));
      const total = el.shownSeries.length;
      expect(options(el)).to.deep.equal(['Tutti i pannelli', 'Coagulazione', 'Emocromo', 'Funzionalità renale', 'Altri risultati']);
      const select = $(el, 'select.panel') as HTMLSelectElement;
      select.value = 'Funzionalità renale';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Creatinina', 'Potassio']);
      expect(el.panel).to.equal('Funzionalità renale');
      await waitUntil(() => text($(el, '.live')) === `Filtri attivi: pannello «Funzionalità renale». 2 esami mostrati su ${total}`, text($(el, '.live')));
      // With the search too: both are named.
      el.query = 'potas';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Potassio']);
      expect(text($(el, '.live'))).to.equal(`Filtri attivi: ricerca «potas», pannello «Funzionalità renale». 1 esame mostrato su ${total}`);
      el.query = '';
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.shownSeries).to.have.length(total);
    });

    it('is a property and an attribute, and the select shows it', async () => {
      const el = await fixture<FseResults>(html`<fse-results lang="en" panel="Emocromo" .view=${fixtureView('citizen', { panels: true })}></fse-results>`);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Emoglobina']);
      expect(($(el, 'select.panel') as HTMLSelectElement).value).to.equal('Emocromo');
      expect(text($(el, '.live'))).to.match(/^Filters on: panel “Emocromo”\. 1 test shown of \d+$/);
      el.setAttribute('panel', 'Coagulazione');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['INR']);
      expect(($(el, 'select.panel') as HTMLSelectElement).value).to.equal('Coagulazione');
    });

    it('is reached and changed with the keyboard', async () => {
      const el = await mount(fixtureView('citizen', { panels: true }));
      ($(el, 'input[type="search"]') as HTMLInputElement).focus();
      await sendKeys({ press: 'Tab' });
      const select = $(el, 'select.panel') as HTMLSelectElement;
      expect(el.shadowRoot!.activeElement).to.equal(select);
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => el.panel === 'Coagulazione', `panel is “${el.panel}”`);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['INR']);
      await expect(el).to.be.accessible();
    });

    for (const lang of ['en', 'de', 'fr', 'sl'])
      it(`is named in ${lang}`, async () => {
        const el = await mount(fixtureView('citizen', { panels: true }), { lang });
        // The label's own words (its text nodes), the select's accessible name.
        const label = [...$(el, 'select.panel')!.closest('label')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
        const all = options(el)[0];
        expect({ label, all }).to.deep.equal(
          { en: { label: 'Panel', all: 'All panels' }, de: { label: 'Panel', all: 'Alle Panels' }, fr: { label: 'Bilan', all: 'Tous les bilans' }, sl: { label: 'Skupina preiskav', all: 'Vse skupine' } }[lang],
        );
        el.panel = 'Emocromo';
        await el.updateComplete;
        expect(text($(el, '.live'))).to.contain('Emocromo');
        expect(text($(el, '.live'))).not.to.contain('{');
      });

    it('privacy: a panel only hidden values belong to is not offered, nor counted; the citizen, who sees them, has it', async () => {
      const clinician = await mount(fixtureView('clinician', { panels: true, obscured: true }));
      expect(options(clinician)).to.deep.equal(['Tutti i pannelli', 'Coagulazione', 'Emocromo', 'Funzionalità renale', 'Altri risultati']);
      expect(clinician.shadowRoot!.textContent).not.to.contain(SECRET_PANEL);
      // Asked for by name, it shows what an unknown panel shows: nothing of the view, no other count.
      clinician.panel = SECRET_PANEL;
      await clinician.updateComplete;
      expect($$(clinician, 'li.card')).to.have.length(0);
      const unknown = await mount(fixtureView('clinician', { panels: true, obscured: true }));
      unknown.panel = 'Pannello inesistente';
      await unknown.updateComplete;
      expect(text($(clinician, '.live')).replace(SECRET_PANEL, 'X')).to.equal(text($(unknown, '.live')).replace('Pannello inesistente', 'X'));
      const citizen = await mount(fixtureView('citizen', { panels: true, obscured: true }));
      expect(options(citizen)).to.include(SECRET_PANEL);
    });

    it('offers “Altri risultati”: exactly the analytes no panel groups, said with how many of how many, by mouse and keyboard, in every language', async () => {
      const el = await mount(fixtureView('citizen', { panels: true }));
      const total = el.shownSeries.length;
      const select = $(el, 'select.panel') as HTMLSelectElement;
      select.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => el.panel === OTHER_RESULTS, `panel is “${el.panel}”`);
      await el.updateComplete;
      // Glucose and the taccuino's heart rate: no report groups them.
      expect(names(el)).to.deep.equal(['Frequenza cardiaca', 'Glucosio']);
      expect(el.shownSeries.every((s) => s.panels.length === 0)).to.equal(true);
      expect(select.selectedOptions[0]!.text).to.equal('Altri risultati');
      await waitUntil(() => text($(el, '.live')) === `Filtri attivi: pannello «Altri risultati». 2 esami mostrati su ${total}`, text($(el, '.live')));
      // Every analyte is under a panel or under "Altri risultati", none under both.
      const inPanels = new Set<string>();
      for (const p of ['Coagulazione', 'Emocromo', 'Funzionalità renale']) {
        el.panel = p;
        await el.updateComplete;
        for (const s of el.shownSeries) inPanels.add(s.key);
      }
      el.panel = OTHER_RESULTS;
      await el.updateComplete;
      expect(el.shownSeries.filter((s) => inPanels.has(s.key))).to.have.length(0);
      expect(inPanels.size + el.shownSeries.length).to.equal(total);
      await expect(el).to.be.accessible();
      // As an attribute too, and named in each language.
      for (const [lang, words] of [['en', 'Other results'], ['de', 'Weitere Ergebnisse'], ['fr', 'Autres résultats'], ['sl', 'Drugi rezultati']] as const) {
        const other = await fixture<FseResults>(html`<fse-results lang=${lang} panel=${OTHER_RESULTS} .view=${fixtureView('citizen', { panels: true })}></fse-results>`);
        await other.updateComplete;
        expect(names(other)).to.deep.equal(['Frequenza cardiaca', 'Glucosio']);
        expect(($(other, 'select.panel') as HTMLSelectElement).selectedOptions[0]!.text).to.equal(words);
        expect(text($(other, '.live'))).to.contain(words).and.contain('2');
      }
    });

    it('privacy: a hidden document’s values in no panel never make “Altri risultati” appear, nor count in it', async () => {
      // Every value the clinician sees is in a panel; the obscured document's viral load is in none.
      const allPanelled = (role: 'clinician' | 'citizen') => {
        const { record, issues } = fromFhir(without(fhirInput({ panels: true, obscured: true }), ['DiagnosticReport/dr-secret', 'Observation/glu1', 'Observation/hr1', 'Observation/hr2']), { now: NOW });
        return viewFor(record, { role, now: NOW }, issues);
      };
      const clinician = await mount(allPanelled('clinician'));
      const total = clinician.shownSeries.length;
      expect(options(clinician)).to.deep.equal(['Tutti i pannelli', 'Coagulazione', 'Emocromo', 'Funzionalità renale']);
      expect(clinician.shadowRoot!.textContent).not.to.contain(SECRET_ANALYTE);
      // Asked for from outside, it lists nothing and counts nothing hidden.
      clinician.panel = OTHER_RESULTS;
      await clinician.updateComplete;
      expect($$(clinician, 'li.card')).to.have.length(0);
      expect(text($(clinician, '.live'))).to.equal(`Filtri attivi: pannello «Altri risultati». 0 esami mostrati su ${total}`);
      // The citizen, who sees the value, has the choice and finds it there.
      const citizen = await mount(allPanelled('citizen'));
      expect(options(citizen)).to.include('Altri risultati');
      citizen.panel = OTHER_RESULTS;
      await citizen.updateComplete;
      expect(names(citizen)).to.deep.equal([SECRET_ANALYTE]);
      // With visible values in no panel too, the clinician's count is the one without the hidden document.
      const withHidden = (obscured: boolean) => {
        const { record, issues } = fromFhir(without(fhirInput({ panels: true, obscured }), ['DiagnosticReport/dr-secret']), { now: NOW });
        return viewFor(record, { role: 'clinician', now: NOW }, issues);
      };
      const secret = await mount(withHidden(true));
      const plain = await mount(withHidden(false));
      for (const el of [secret, plain]) {
        el.panel = OTHER_RESULTS;
        await el.updateComplete;
      }
      expect(names(secret)).to.deep.equal(names(plain));
      await waitUntil(() => text($(secret, '.live')) === text($(plain, '.live')), `${text($(secret, '.live'))} ≠ ${text($(plain, '.live'))}`);
      expect(secret.shadowRoot!.textContent).not.to.contain(SECRET_ANALYTE);
    });
  });

  it('is one tab stop per chart: arrows move between values, Enter opens the value’s document', async () => {
    const el = await mount(fixtureView('citizen'));
    const creat = card(el, 'Creatinina');
    expect(creat.querySelectorAll('[tabindex="0"]')).to.have.length(1);
    const focused = () => el.shadowRoot!.activeElement as SVGElement | null;
    (creat.querySelector('path.point.active') as SVGElement).focus();
    expect(focused()?.dataset.index).to.equal('2');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused()?.dataset.index).to.equal('1');
    expect(focused()?.getAttribute('aria-label')).to.contain('1,4 mg/dL, alto');
    expect(card(el, 'Creatinina').querySelectorAll('path.point[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused()?.dataset.index).to.equal('0');
    const sel = oneEvent(el, 'fse-select') as unknown as Promise<FseSelectEvent>;
    const open = oneEvent(el, 'fse-open') as unknown as Promise<FseOpenEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await sel).eventIds).to.deep.equal(['Observation/cr1']);
    const o = await open;
    expect(o.documentId).to.equal('Composition/comp-lab1');
    expect(o.source).to.equal('results');
  });

  it('has a table alternative with the same values, the active one marked', async () => {
    const el = await mount(fixtureView('citizen'), { layout: 'tables' });
    const rows = [...card(el, 'Creatinina').querySelectorAll('tbody tr')];
    expect(rows).to.have.length(3);
    expect(text(rows[0]!)).to.contain('1,2 mg/dL').and.contain('alto');
    expect(rows[0]!.getAttribute('aria-current')).to.equal('true');
  });

  it('keeps only the charts in view in the DOM (virtualised), and scrolling brings the others', async () => {
    const el = await mount(manySeries(500, 10));
    expect(el.shownSeries).to.have.length(500);
    const rendered = $$(el, 'li.card').length;
    expect(rendered).to.be.greaterThan(0).and.below(40);
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect($$(el, 'li.card').map((c) => text(c.querySelector('.name')))).to.include('Analita 499');
  });

  it('speaks English and German', async () => {
    const en = await mount(fixtureView('citizen'), { lang: 'en' });
    expect(text(card(en, 'Creatinina').querySelector('[part~="summary"]'))).to.contain('falling for 3 measurements');
    const de = await mount(fixtureView('clinician'), { lang: 'de' });
    expect(text($(de, '#res-title'))).to.equal('Befunde und Messwerte');
    expect(text(card(de, 'Creatinina').querySelector('[part~="summary"]'))).to.contain('fallend seit 3 Messungen');
  });

  for (const theme of ['light', 'dark', 'high-contrast']) {
    for (const lang of ['it', 'en', 'de']) {
      it(`is accessible in the ${theme} theme in ${lang}`, async () => {
        await expect(await mount(fixtureView('citizen'), { theme, lang })).to.be.accessible();
      });
    }
  }
  it('is accessible as tables and when empty', async () => {
    await expect(await mount(fixtureView('citizen'), { layout: 'tables' })).to.be.accessible();
    const empty = viewFor(fromFhir([{ resourceType: 'Patient', id: 'p0', name: [{ family: 'B' }] }]).record, { role: 'citizen', now: NOW });
    const el = await mount(empty);
    expect(text($(el, '.empty'))).to.equal('Nessun valore misurato nel fascicolo');
    await expect(el).to.be.accessible();
  });

  it('shows a localised alert and fires fse-error for an invalid view', async () => {
    const el = await fixture<FseResults>(html`<fse-results></fse-results>`);
    const err = oneEvent(el, 'fse-error') as unknown as Promise<FseErrorEvent>;
    el.view = { nope: true } as unknown as FseView;
    expect((await err).reason).to.equal('invalid-view');
    expect($(el, '[role="alert"]')).to.exist;
  });

  it('privacy: a value in an obscured document reaches no chart, point, range or count of a clinician', async () => {
    const plain = await mount(fixtureView('clinician'));
    const secret = await mount(fixtureView('clinician', { obscured: true }));
    expect(secret.shadowRoot!.textContent).not.to.contain(SECRET_ANALYTE);
    expect(text($(secret, '.live'))).to.equal(text($(plain, '.live')));
    const labels = (el: FseResults) => $$(el, '[part~="chart"]').map((c) => c.getAttribute('aria-label'));
    expect(labels(secret)).to.deep.equal(labels(plain));
    const citizen = await mount(viewFor(fromFhir(fhirInput({ obscured: true }), { now: NOW }).record, { role: 'citizen', now: NOW }));
    citizen.query = 'segreta';
    await citizen.updateComplete;
    expect($$(citizen, 'li.card')).to.have.length(1);
  });
});
