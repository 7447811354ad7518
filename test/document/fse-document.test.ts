/**
 * <fse-document>: what a citizen or a clinician reads when they open one document. Views come
 * from the national gateway's examples (fetched as /gateway/<file>) and from the generator,
 * through fromFhir / fromCda + viewFor; only the hostile-narrative tests edit the FHIR first.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { countsFor, fromCda, fromFhir, viewFor, type FseView, type NationalDocType, type ViewerRole } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import '../../packages/elements/src/document.js';
import { FseAttachmentRequestEvent, FseOpenEvent, type FseDocument } from '../../packages/elements/src/document.js';
import { labSeries } from './fixtures.js';

const FHIR = ['LAB', 'LDO', 'PSS', 'RAD', 'RAP', 'RSA', 'SING_VACC', 'VPS'] as const;
const CDA = ['LAB', 'LDO', 'PSS', 'RAD', 'VPS', 'CERT_VACC'] as const;

async function fhirJson(name: string): Promise<Record<string, unknown>> {
  const res = await fetch(`/gateway/mds-fhir-${name}.json`);
  expect(res.ok, name).to.equal(true);
  return res.json() as Promise<Record<string, unknown>>;
}
async function cdaText(name: string): Promise<string> {
  const res = await fetch(`/gateway/mds-cda-${name}.xml`);
  expect(res.ok, name).to.equal(true);
  return res.text();
}
const citizen = { role: 'citizen' as ViewerRole, now: SAMPLE_NOW };
const docId = (view: FseView) => view.events.find((e) => e.document)!.id;

async function mount(view: unknown, id: string | undefined, opts: { lang?: string; theme?: string; wording?: string; closable?: boolean } = {}): Promise<FseDocument> {
  const el = await fixture<FseDocument>(html`<fse-document
    lang=${opts.lang ?? 'it'}
    theme=${opts.theme ?? 'light'}
    document-id=${id ?? ''}
    ?closable=${opts.closable ?? false}
    .view=${view}
  ></fse-document>`);
  if (opts.wording) {
    el.wording = opts.wording as 'citizen' | 'clinician';
    await el.updateComplete;
  }
  return el;
}
const $ = (el: FseDocument, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: FseDocument, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null | undefined) => ((n as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const all = (el: FseDocument) => text(el.shadowRoot!.querySelector('article') ?? el.shadowRoot!.firstElementChild);

/** Every element (tag and attributes) and text of a tree, in order: what any user or tool could perceive. */
function shape(root: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n instanceof Element) out += `<${n.localName} ${[...n.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`;
    else if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('<fse-document>', () => {
  describe('the national gateway examples', () => {
    for (const name of FHIR) {
      it(`opens the FHIR ${name} example and shows its sections`, async () => {
        const r = fromFhir(await fhirJson(name));
        const view = viewFor(r, citizen);
        const id = docId(view);
        const el = await mount(view, id);
        const doc = view.events.find((e) => e.id === id)!.document!;
        const titles = $$(el, '.section-title').map((h) => text(h));
        for (const s of doc.sections.filter((s) => s.title)) expect(titles.join('|'), s.title).to.contain(s.title.replace(/\s+/g, ' ').trim().slice(0, 20));
        // every section's text is on screen
        const shown = all(el);
        for (const s of doc.sections) if (s.text) expect(shown).to.contain(s.text.split('\n')[0]!.replace(/\s+/g, ' ').slice(0, 30));
        expect(text($(el, '#doc-title'))).not.to.equal('');
      });
    }
    for (const name of CDA) {
      it(`opens the CDA ${name} example and shows its sections`, async () => {
        const r = fromCda(await cdaText(name));
        const view = viewFor(r, citizen);
        const id = docId(view);
        const el = await mount(view, id);
        const doc = view.events.find((e) => e.id === id)!.document!;
        expect(doc.sections.length).to.be.greaterThan(0);
        expect($$(el, '[part~="section"]')).to.have.length(doc.sections.length);
        const shown = all(el);
        for (const s of doc.sections) if (s.text) expect(shown).to.contain(s.text.split('\n')[0]!.replace(/\s+/g, ' ').slice(0, 30));
      });
    }

    it('a CDA discharge letter shows what is inside it: diagnoses and the allergy, therapy at discharge; codes only for the clinician', async () => {
      const view = viewFor(fromCda(await cdaText('LDO')), citizen);
      const el = await mount(view, docId(view));
      const conditions = text($(el, '.content-group--condition'));
      expect(conditions).to.contain('Diagnosi e problemi').and.contain('Insufficienza cardiaca').and.contain('Disturbo di panico').and.contain('Peli di gatto');
      expect(conditions).to.not.contain('428.0');
      expect(text($(el, '.content-group--medication'))).to.contain('NORVASC*5MG 28 CPR').and.contain('5–10 mg');
      el.wording = 'clinician';
      await el.updateComplete;
      expect(text($(el, '.content-group--condition'))).to.contain('428.0');
    });

    it('a CDA vaccination certificate shows each dose: vaccine, dose number, lot, disease', async () => {
      const view = viewFor(fromCda(await cdaText('CERT_VACC')), citizen);
      const el = await mount(view, docId(view));
      const doses = $$(el, '.content-group--vaccination li').map(text);
      expect(doses).to.have.length(2);
      expect(doses[0]).to.contain('ARIXTRA').and.contain('dose 3').and.contain('lotto 20').and.contain('Morbillo');
      // the placeholder name of the second dose is never shown
      expect(all(el)).to.not.contain('[DESC_AIC_VACC]');
    });

    it('a CDA dose shows where it was given (approachSiteCode), in the same words as the FHIR twin’s Immunization.site', async () => {
      const cdaView = viewFor(fromCda(await cdaText('CERT_VACC')), citizen);
      const cda = await mount(cdaView, docId(cdaView));
      const dose = $$(cda, '.content-group--vaccination li .detail').map(text);
      expect(dose).to.include('sede: left arm');
      const fhirView = viewFor(fromFhir(await fhirJson('SING_VACC')), citizen);
      const fhir = await mount(fhirView, docId(fhirView));
      expect($$(fhir, '.content-group--vaccination li .detail').map(text)).to.include('sede: left arm');
    });

    it('the LAB example shows Microalbumin 16 mg/L with its range 0–20 and that it is normal', async () => {
      const view = viewFor(fromFhir(await fhirJson('LAB')), citizen);
      const el = await mount(view, docId(view));
      const row = $$(el, '[part~="results"] tbody tr[data-id]').find((tr) => /Microalbumin|Albumina/.test(text(tr)))!;
      expect(row, 'a result row').to.exist;
      expect(text(row.querySelector('.value'))).to.equal('16 mg/L');
      expect(text(row.querySelector('.range'))).to.equal('0–20');
      expect(text(row.querySelector('.flag'))).to.equal('Nella norma');
      expect(text($(el, '.type-name'))).to.equal('Referto di laboratorio');
      // header: date with its precision, author, facility, who signed it and when
      expect(text($(el, '[part~="meta"]'))).to.contain('30 marzo 2022');
    });

    it('each result row explains the test on demand (button with aria-expanded), with its sources and that it is not yet reviewed', async () => {
      const view = viewFor(fromFhir(await fhirJson('LAB')), citizen);
      const el = await mount(view, docId(view));
      const button = $(el, '[part~="results"] button.explain')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-label')).to.match(/^Che cosa misura .*\?$/);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const row = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(text(row)).to.contain('albumina').and.contain('MedlinePlus').and.contain('https://medlineplus.gov/lab-tests/').and.contain('non ancora rivisto');
      button.click();
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(null);
    });

    it('the CDA LAB example says who signed it and when, the author and the facility', async () => {
      const view = viewFor(fromCda(await cdaText('LAB')), citizen);
      const el = await mount(view, docId(view));
      const meta = text($(el, '[part~="meta"]'));
      expect(meta).to.contain('24 marzo 2022');
      expect(meta).to.match(/Firmato da .+, il 25 marzo 2022/);
      expect(meta).to.contain('Scritto da Dr Matteo Test');
      expect(meta).to.contain('SAN RAFFAELE NOMENTANA');
    });

    it('the LDO example shows its diagnoses first ("In primo piano") and the rest after, with lists kept as lists', async () => {
      const view = viewFor(fromFhir(await fhirJson('LDO')), citizen);
      const el = await mount(view, docId(view));
      const labels = $$(el, '.group-label').map((g) => g.textContent!.trim());
      expect(labels).to.deep.equal(['In primo piano', 'Il resto del documento']);
      const sections = $$(el, '[part~="section"]');
      const first = sections.findIndex((s) => /diagnosi/i.test(text(s.querySelector('.section-title'))));
      const motivo = sections.findIndex((s) => /Motivo del ricovero/i.test(text(s)));
      expect(first).to.be.greaterThan(-1);
      expect(first).to.be.lessThan(motivo);
      const list = sections[motivo]!.querySelector('[part~="narrative"] ul');
      expect(list, 'the narrative list is a list').to.exist;
      expect(text(list)).to.contain('Disturbo di panico');
    });

    it('the RSA example keeps its narrative tables as tables with header cells', async () => {
      const view = viewFor(fromFhir(await fhirJson('RSA')), citizen);
      const el = await mount(view, docId(view));
      const table = $$(el, '[part~="narrative"] table')[0]!;
      expect(table).to.exist;
      expect(table.querySelectorAll('thead th').length).to.be.greaterThan(1);
    });
  });

  describe('privacy', () => {
    it('an id the view does not hold and a hidden document give the same state', async () => {
      const bundle = await fhirJson('LAB');
      // obscure the document (P99): it exists only in the citizen's view
      const dr = (bundle.entry as { resource: Record<string, unknown> }[]).find((e) => e.resource.resourceType === 'DocumentReference')!.resource;
      const ctx = (dr.context ?? (dr.context = {})) as Record<string, unknown>;
      ctx.event = [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3', code: 'P99' }] }];
      const r = fromFhir(bundle);
      const own = viewFor(r, citizen);
      const id = docId(own);
      expect(own.events.some((e) => e.id === id)).to.equal(true);
      const clinician = viewFor(r, { role: 'emergency', now: SAMPLE_NOW });
      expect(clinician.events.some((e) => e.id === id), 'hidden from the clinician').to.equal(false);
      const hidden = await mount(clinician, id);
      const unknown = await mount(clinician, 'Composition/does-not-exist');
      expect(text($(hidden, '[part~="unavailable"]'))).to.contain('Documento non disponibile');
      expect(shape(hidden.shadowRoot!)).to.equal(shape(unknown.shadowRoot!));
      expect(all(hidden)).not.to.contain('Microalbumin');
    });
  });

  describe('hostile narrative', () => {
    const VECTORS = [
      '<p onclick="globalThis.__pwned=1" onmouseover="globalThis.__pwned=1">clic</p>',
      '<script>globalThis.__pwned=1</script><p>dopo lo script</p>',
      '<p><img src="x" onerror="globalThis.__pwned=1"/>immagine</p>',
      '<p><a href="javascript:globalThis.__pwned=1">collegamento</a></p>',
      '<p style="background:url(javascript:globalThis.__pwned=1)">stile</p>',
      '<table><tr><td onclick="globalThis.__pwned=1" colspan="2">cella</td></tr></table>',
      '<ul><li onfocus="globalThis.__pwned=1">voce</li></ul>',
      '<p>&lt;img src=x onerror=globalThis.__pwned=1&gt; testo con markup</p>',
      '<p><iframe src="javascript:globalThis.__pwned=1"></iframe>cornice</p>',
      '<p><b onclick="x">grassetto</b><i onload="x">corsivo</i><sub>sub</sub><sup>sup</sup><span lang="en" onclick="x">span</span></p>',
    ];
    it('nothing executes, the text survives as text, and each forbidden thing is reported', async () => {
      const bundle = await fhirJson('LDO');
      const comp = (bundle.entry as { resource: Record<string, unknown> }[]).find((e) => e.resource.resourceType === 'Composition')!.resource;
      const sections = comp.section as { text?: { div: string } }[];
      VECTORS.forEach((v, i) => {
        sections[i % sections.length]!.text = { div: `<div xmlns="http://www.w3.org/1999/xhtml">${v}</div>` };
      });
      (globalThis as { __pwned?: number }).__pwned = 0;
      const r = fromFhir(bundle);
      const view = viewFor(r, citizen);
      const el = await mount(view, docId(view));
      // interact with everything
      for (const n of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="narrative"] *')) {
        n.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        n.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        n.dispatchEvent(new FocusEvent('focus'));
      }
      await new Promise((r2) => setTimeout(r2, 50));
      expect((globalThis as { __pwned?: number }).__pwned).to.equal(0);
      const narrative = el.shadowRoot!.querySelectorAll('[part~="narrative"]');
      for (const n of narrative) {
        expect(n.querySelector('script, img, iframe, a, [style], [onclick], [onmouseover], [onerror], [onfocus], [onload]')).to.equal(null);
      }
      const shown = all(el);
      for (const t of ['clic', 'dopo lo script', 'immagine', 'collegamento', 'stile', 'cella', 'voce', 'cornice', 'grassetto', 'corsivo']) expect(shown).to.contain(t);
      expect(shown).to.contain('<img src=x onerror=globalThis.__pwned=1> testo con markup');
      expect(el.shadowRoot!.querySelector('td[colspan="2"]')).to.exist;
      expect(el.shadowRoot!.querySelector('span[lang="en"]')).to.exist;
      const codes = r.issues.filter((i) => i.code === 'narrative-unsafe');
      expect(codes.length).to.be.greaterThan(4);
      // the warnings are on screen for the reader of this document
      expect(text($(el, '.issues summary'))).to.match(/problem/);
    });
  });

  describe('LAB results grouped by panel and specimen', () => {
    /** Each group: its heading (a row header of scope rowgroup) and the names of its results. */
    const groupsOf = (el: FseDocument) =>
      $$(el, '[part~="results"] tbody.group').map((tb) => ({
        heading: text(tb.querySelector('tr.group-title th[scope="rowgroup"]')),
        rows: [...tb.querySelectorAll('tr[data-id] th[scope="row"] > span:first-child')].map((s) => text(s)),
      }));

    it('the FHIR LAB example: the urine albumin under its report’s heading, with the specimen, read as a row-group header', async () => {
      const view = viewFor(fromFhir(await fhirJson('LAB')), citizen);
      const el = await mount(view, docId(view));
      const groups = groupsOf(el);
      expect(groups).to.have.length(1);
      expect(groups[0]!.heading).to.equal('Microalbumin Massa/Volume in Urine · Campione: Urine');
      expect(groups[0]!.rows).to.deep.equal(['Albumina nelle urine']);
      const th = $(el, 'tr.group-title th')!;
      expect(th.getAttribute('colspan')).to.equal('5');
    });

    it('the CDA LAB example shows its result too: 16 mg/L, range 0–20, in its panel on urine', async () => {
      const view = viewFor(fromCda(await cdaText('LAB')), citizen);
      const el = await mount(view, docId(view));
      const groups = groupsOf(el);
      expect(groups.map((g) => g.heading)).to.deep.equal(['Microalbumin Massa/Volume in Urine · Campione: Urine']);
      const row = $(el, '[part~="results"] tr[data-id]')!;
      expect(text(row.querySelector('.value'))).to.equal('16 mg/L');
      expect(text(row.querySelector('.range'))).to.equal('0–20');
    });

    const gen = viewFor(fromFhir(generateFhir({ seed: 5, events: 1500 })), citizen);
    const withA1c = gen.events.find((e) => e.document?.nationalType === 'LAB' && gen.events.some((o) => o.documentId === e.id && o.codes.some((c) => c.code === '4548-4')) && gen.events.some((o) => o.documentId === e.id && o.codes.some((c) => c.code === '718-7')));

    it('generated: one group per panel in the report’s order, the results no panel groups last as "Altri risultati"; each row keeps its "Che cos’è?"', async () => {
      expect(withA1c, 'a generated report with a blood count and HbA1c').to.exist;
      const el = await mount(gen, withA1c!.id);
      const groups = groupsOf(el);
      const headings = groups.map((g) => g.heading);
      expect(headings).to.include('Emocromo · Campione: Sangue intero');
      expect(headings.at(-1)).to.equal('Altri risultati');
      expect(groups.at(-1)!.rows.join(' ')).to.match(/Emoglobina A1c/);
      const results = gen.events.filter((o) => o.documentId === withA1c!.id && o.observation?.numeric);
      expect(groups.reduce((n, g) => n + g.rows.length, 0), 'every result in one group').to.equal(results.length);
      for (const tr of $$(el, '[part~="results"] tr[data-id]')) expect(tr.querySelector('button.explain'), text(tr)).to.exist;
    });

    it('in English and German the headings are in the reader’s language; a clinician sees the panel’s LOINC code', async () => {
      const en = await mount(gen, withA1c!.id, { lang: 'en' });
      expect(groupsOf(en).map((g) => g.heading)).to.include('Emocromo · Specimen: Whole blood').and.to.include('Other results');
      const de = await mount(gen, withA1c!.id, { lang: 'de' });
      expect(groupsOf(de).map((g) => g.heading)).to.include('Emocromo · Probe: Vollblut').and.to.include('Weitere Ergebnisse');
      const clinician = await mount(gen, withA1c!.id, { wording: 'clinician' });
      expect(groupsOf(clinician).map((g) => g.heading)).to.include('Emocromo LOINC 58410-2 · Campione: Sangue intero');
    });

    it('a report whose results have neither panel nor specimen keeps one plain table, without group headings', async () => {
      const { resources, latest } = labSeries(3, 1);
      const plain = (resources as Record<string, unknown>[]).filter((r) => r.resourceType !== 'DiagnosticReport' && r.resourceType !== 'Specimen');
      const v = viewFor(fromFhir(plain, { now: SAMPLE_NOW }), citizen);
      const el = await mount(v, latest);
      expect($$(el, '[part~="results"] tr[data-id]')).to.have.length(3);
      expect($$(el, '[part~="results"] tr.group-title')).to.have.length(0);
    });
  });

  describe('one test per national type, generated data', () => {
    const r = fromFhir(generateFhir({ seed: 3, events: 1500 }));
    const view = viewFor(r, citizen);
    const types = new Map<NationalDocType, string>();
    for (const e of view.events) if (e.document && !types.has(e.document.nationalType)) types.set(e.document.nationalType, e.id);

    it('the generator gives the main national types', () => {
      for (const t of ['LAB', 'RAD', 'RSA', 'LDO', 'VPS', 'PSS', 'PRESC_FARM', 'PRESC_SPEC', 'EROG_FARM', 'VACC_SINGOLA'] as NationalDocType[]) expect(types.has(t), t).to.equal(true);
    });

    // Every type the generator writes (it writes no EROG_SPEC: provided services come as reports).
    for (const t of ['LAB', 'RAD', 'RSA', 'LDO', 'VPS', 'PSS', 'PRESC_FARM', 'PRESC_SPEC', 'EROG_FARM', 'VACC_SINGOLA', 'TACCUINO', 'INVITO_SCREENING'] as NationalDocType[]) {
      it(`${t}: header with the type in words, and what is inside`, async () => {
        const id = types.get(t);
        expect(id, `a generated ${t}`).to.be.a('string');
        const el = await mount(view, id);
        const doc = view.events.find((e) => e.id === id)!;
        expect(text($(el, '#doc-title'))).not.to.equal('');
        expect($(el, '.type-name')!.textContent!.length).to.be.greaterThan(3);
        const contents = view.events.filter((e) => e.documentId === id);
        if (t === 'LAB') {
          const rows = $$(el, '[part~="results"] tbody tr[data-id]');
          expect(rows.length).to.equal(contents.filter((c) => c.observation?.value !== undefined || c.observation?.numeric).length);
          // a high value says so in words and with a symbol, not colour alone
          const high = rows.find((tr) => tr.classList.contains('flagged'));
          if (high) expect(text(high.querySelector('.flag'))).to.match(/^(↑|↓|!|↑↑|↓↓) (Alto|Basso|Molto alto|Molto basso|Fuori norma)$/);
        }
        if (t === 'VACC_SINGOLA') {
          const v = contents.find((c) => c.vaccination)!;
          expect(all(el)).to.contain(`dose ${v.vaccination!.doseNumber}`);
          if (v.vaccination!.lot) expect(all(el)).to.contain(`lotto ${v.vaccination!.lot}`);
        }
        if (t === 'PRESC_FARM' || t === 'PRESC_SPEC') {
          expect(all(el)).to.contain(doc.document!.nre[0]!);
          expect(all(el)).to.match(/Eseguita o ritirata/);
        }
        if (t === 'EROG_FARM' && doc.document!.nre.length) {
          const presc = $(el, '[part~="meta"] button.link');
          if (presc) {
            const opened = oneEvent(el, FseOpenEvent.type);
            presc.click();
            const ev = (await opened) as unknown as FseOpenEvent;
            await el.updateComplete;
            expect(view.events.find((e) => e.id === ev.documentId)!.document!.nationalType).to.match(/^PRESC_/);
            expect(el.documentId).to.equal(ev.documentId);
            expect(el.shadowRoot!.activeElement?.id).to.equal('doc-title');
          }
        }
      });
    }

    it('the items it shows are the voices the counts promise: a lab panel is a heading, not an item (countsFor, the timeline’s "Contiene N voci")', async () => {
      const s = labSeries(40, 0);
      const view = viewFor(fromFhir(s.resources, { now: SAMPLE_NOW }), citizen);
      const panels = view.events.filter((e) => e.documentId === s.latest && e.kind === 'observation' && !e.observation?.value && !e.observation?.numeric);
      expect(panels, 'two panel reports inside the document').to.have.length(2);
      const el = await mount(view, s.latest);
      const shown = $$(el, '[part~="results"] tbody tr[data-id]').length + $$(el, '[part~="contents"] li').length;
      expect(shown).to.equal(40);
      expect(countsFor(view).inside).to.equal(shown);
    });

    it('a lab result shows the previous value of the same test with its date and direction', async () => {
      const labs = view.events.filter((e) => e.document?.nationalType === 'LAB');
      const last = labs[labs.length - 1]!;
      const el = await mount(view, last.id);
      const prev = $$(el, '[part~="results"] td.previous').map((td) => text(td));
      expect(prev.some((p) => / il \d+ [a-z]{3} \d{4} (↗ in aumento|↘ in diminuzione|→ invariato)/.test(p))).to.equal(true);
    });
  });

  describe('citizen and clinician', () => {
    it('the citizen never sees raw codes; the clinician sees them beside the words', async () => {
      const r = fromFhir(await fhirJson('LAB'));
      const c = await mount(viewFor(r, citizen), docId(viewFor(r, citizen)));
      expect(all(c)).not.to.match(/LOINC|11502-2|14957-5/);
      const clin = await mount(viewFor(r, citizen), docId(viewFor(r, citizen)), { wording: 'clinician' });
      expect(all(clin)).to.contain('LOINC 14957-5').and.contain('11502-2');
    });
    it('drops "(89.01)" from titles for the citizen only', async () => {
      const bundle = await fhirJson('RSA');
      const comp = (bundle.entry as { resource: Record<string, unknown> }[]).find((e) => e.resource.resourceType === 'Composition')!.resource;
      comp.title = 'Visita cardiologica (89.7) di controllo';
      const r = fromFhir(bundle);
      const view = viewFor(r, citizen);
      const a = await mount(view, docId(view));
      expect(text($(a, '#doc-title'))).to.equal('Visita cardiologica di controllo');
      const b = await mount(view, docId(view), { wording: 'clinician' });
      expect(text($(b, '#doc-title'))).to.equal('Visita cardiologica (89.7) di controllo');
    });
  });

  describe('the original', () => {
    async function labEl(): Promise<FseDocument> {
      const bundle = await fhirJson('LAB');
      const dr = (bundle.entry as { resource: Record<string, unknown> }[]).find((e) => e.resource.resourceType === 'DocumentReference')!.resource;
      const content = (dr.content as { attachment: Record<string, unknown> }[])[0]!;
      content.attachment.contentType = 'application/pdf';
      content.attachment.size = 204800;
      const view = viewFor(fromFhir(bundle), citizen);
      return mount(view, docId(view));
    }
    it('asks the host with fse-attachment-request (id, type, size, title), shows pending, then opens what the host gives', async () => {
      const el = await labEl();
      expect(text($(el, '[part~="original"]'))).to.contain('PDF, 200 kB');
      let release!: (b: Blob) => void;
      const opened: string[] = [];
      const orig = window.open;
      window.open = ((u: string) => (opened.push(u), null)) as typeof window.open;
      try {
        el.addEventListener(FseAttachmentRequestEvent.type, (e) => e.respond(new Promise<Blob>((res) => (release = res))), { once: true });
        const req = oneEvent(el, FseAttachmentRequestEvent.type);
        $(el, 'button[data-action="open"]')!.click();
        const ev = (await req) as unknown as FseAttachmentRequestEvent;
        expect(ev.detail.documentId).to.equal(el.documentId);
        expect(ev.detail.mimeType).to.equal('application/pdf');
        expect(ev.detail.size).to.equal(204800);
        expect(ev.detail.title).to.equal('REFERTO DI LABORATORIO');
        expect(ev.cancelable).to.equal(true);
        await el.updateComplete;
        expect(text($(el, '.original-state'))).to.contain('in corso');
        expect(($(el, 'button[data-action="open"]') as HTMLButtonElement).disabled).to.equal(true);
        release(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
        await new Promise((r) => setTimeout(r, 10));
        await el.updateComplete;
        expect(opened).to.have.length(1);
        expect(opened[0]).to.match(/^blob:/);
        expect(text($(el, '.original-state'))).to.contain('pronto');
      } finally {
        window.open = orig;
      }
    });
    it('downloads with a file name made of type and date', async () => {
      const el = await labEl();
      const names: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        el.addEventListener(FseAttachmentRequestEvent.type, (e) => e.respond(Promise.resolve(new Blob(['x']))), { once: true });
        $(el, 'button[data-action="download"]')!.click();
        await new Promise((r) => setTimeout(r, 10));
        expect(names).to.deep.equal(['referto-di-laboratorio-2022-03-30.pdf']);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
    });
    it('a rejected answer shows the failure with the host message; no answer shows "not available"', async () => {
      const el = await labEl();
      el.addEventListener(FseAttachmentRequestEvent.type, (e) => e.respond(Promise.reject(new Error('servizio non raggiungibile'))), { once: true });
      $(el, 'button[data-action="open"]')!.click();
      await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      expect(text($(el, '.original-state'))).to.contain('servizio non raggiungibile');
      $(el, 'button[data-action="open"]')!.click();
      await el.updateComplete;
      expect(text($(el, '.original-state'))).to.equal('Il documento originale non è disponibile in questo portale.');
    });
  });

  describe('keyboard', () => {
    it('Escape closes a closable document (fse-close), after closing an open explanation first', async () => {
      const view = viewFor(fromFhir(await fhirJson('LAB')), citizen);
      const el = await mount(view, docId(view), { closable: true });
      const summary = $(el, '.type-glossary summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(($(el, '.type-glossary') as HTMLDetailsElement).open).to.equal(true);
      expect(text($(el, '.type-glossary'))).to.contain('laboratorio');
      await sendKeys({ press: 'Escape' });
      expect(($(el, '.type-glossary') as HTMLDetailsElement).open).to.equal(false);
      const closed = oneEvent(el, 'fse-close');
      await sendKeys({ press: 'Escape' });
      await closed;
    });
    it('Tab goes through the controls in reading order', async () => {
      const view = viewFor(fromFhir(await fhirJson('LAB')), citizen);
      const el = await mount(view, docId(view), { closable: true });
      el.focusHeading();
      expect(el.shadowRoot!.activeElement?.id).to.equal('doc-title');
      await shiftTab();
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('SUMMARY');
      await shiftTab();
      expect(el.shadowRoot!.activeElement?.classList.contains('print')).to.equal(true);
      await shiftTab();
      expect(el.shadowRoot!.activeElement?.classList.contains('back')).to.equal(true);
    });
  });

  describe('languages, themes, accessibility, print', () => {
    for (const lang of ['it', 'en', 'de']) {
      for (const theme of ['light', 'dark']) {
        it(`is accessible in ${lang}, ${theme}`, async () => {
          const view = viewFor(fromFhir(await fhirJson('LDO')), citizen);
          const el = await mount(view, docId(view), { lang, theme, closable: true });
          await expect(el).to.be.accessible();
        });
      }
    }
    it('speaks English and German', async () => {
      const view = viewFor(fromFhir(await fhirJson('LAB')), citizen);
      const en = await mount(view, docId(view), { lang: 'en' });
      expect(text($(en, '.type-name'))).to.equal('Laboratory report');
      expect(all(en)).to.contain('Reference range').and.contain('30 March 2022');
      const de = await mount(view, docId(view), { lang: 'de' });
      expect(text($(de, '.type-name'))).to.equal('Laborbefund');
      expect(all(de)).to.contain('Referenzbereich').and.contain('30. März 2022');
    });
    it('the dark theme changes the colours', async () => {
      const view = viewFor(fromFhir(await fhirJson('LAB')), citizen);
      const light = await mount(view, docId(view));
      const dark = await mount(view, docId(view), { theme: 'dark' });
      expect(getComputedStyle(dark).backgroundColor).not.to.equal(getComputedStyle(light).backgroundColor);
    });
    it('unknown-id and result tables are accessible too', async () => {
      const view = viewFor(fromFhir(generateFhir({ seed: 2, events: 300 })), citizen);
      const lab = view.events.find((e) => e.document?.nationalType === 'LAB')!;
      await expect(await mount(view, lab.id)).to.be.accessible();
      await expect(await mount(view, 'nope')).to.be.accessible();
    });
    it('print hides the controls and keeps the document', async function () {
      const bundle = await fhirJson('LAB');
      const dr = (bundle.entry as { resource: Record<string, unknown> }[]).find((e) => e.resource.resourceType === 'DocumentReference')!.resource;
      (dr.content as { attachment: Record<string, unknown> }[])[0]!.attachment.contentType = 'application/pdf';
      const view = viewFor(fromFhir(bundle), citizen);
      const el = await mount(view, docId(view), { closable: true });
      expect(getComputedStyle($(el, 'button[data-action="open"]')!).display).not.to.equal('none');
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // Firefox over WebDriver BiDi cannot emulate media
      }
      try {
        expect(getComputedStyle($(el, '[part~="toolbar"]')!).display).to.equal('none');
        expect(getComputedStyle($(el, 'button[data-action="open"]')!).display).to.equal('none');
        expect(getComputedStyle($(el, '#doc-title')!).display).not.to.equal('none');
        expect(getComputedStyle($(el, '[part~="results"]')!).breakInside).to.equal('avoid-page');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('bad input', () => {
    it('a document without sections says so; a section without narrative says so', async () => {
      const bundle = await fhirJson('LAB');
      const comp = (bundle.entry as { resource: Record<string, unknown> }[]).find((e) => e.resource.resourceType === 'Composition')!.resource;
      (comp.section as { text?: unknown }[]).forEach((s) => delete s.text);
      const view = viewFor(fromFhir(bundle), citizen);
      const el = await mount(view, docId(view));
      expect(all(el)).to.contain('Questa sezione non contiene testo.');
      delete comp.section;
      const v2 = viewFor(fromFhir(bundle), citizen);
      const el2 = await mount(v2, docId(v2));
      expect(all(el2)).to.contain('Questo documento non contiene testo da mostrare qui.');
    });
    it('results without unit or range, ranges as text, month-precision dates: shown as given', async () => {
      const bundle = await fhirJson('LAB');
      const obs = (bundle.entry as { resource: Record<string, unknown> }[]).find((e) => e.resource.resourceType === 'Observation')!.resource;
      obs.valueQuantity = { value: 7 };
      obs.referenceRange = [{ text: 'inferiore a 20' }];
      const comp = (bundle.entry as { resource: Record<string, unknown> }[]).find((e) => e.resource.resourceType === 'DocumentReference')!.resource;
      (comp.context as Record<string, unknown>).period = { start: '2022-03' };
      const view = viewFor(fromFhir(bundle), citizen);
      const el = await mount(view, docId(view));
      const row = $$(el, '[part~="results"] tbody tr[data-id]')[0]!;
      expect(text(row.querySelector('.value'))).to.equal('7');
      expect(text(row.querySelector('.range'))).to.equal('inferiore a 20');
      expect(text($(el, '[part~="meta"]'))).to.contain('marzo 2022');
      expect(text($(el, '[part~="meta"]'))).not.to.contain('1 marzo 2022');
    });
    it('an invalid view shows the error state and fires fse-error', async () => {
      const el = await fixture<FseDocument>(html`<fse-document document-id="x"></fse-document>`);
      const err = oneEvent(el, 'fse-error');
      el.view = { nope: 1 } as never;
      await err;
      expect($(el, '[part~="state"]')!.getAttribute('role')).to.equal('alert');
    });
  });
});
