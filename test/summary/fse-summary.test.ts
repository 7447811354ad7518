/**
 * <fse-summary>: what a clinician must know in the first ten seconds, and "La mia salute in
 * breve" for the citizen. Views are built from FHIR through fromFhir + viewFor (../clinical/fixtures.ts).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import '../../packages/elements/src/summary.js';
import type { FseSummary } from '../../packages/elements/src/summary.js';
import { FseSelectEvent } from '../../packages/elements/src/summary.js';
import type { FseOpenEvent } from '../../packages/elements/src/document/events.js';
import type { FseErrorEvent } from '../../packages/elements/src/internal/events.js';
import { fhirInput, fixtureView, HOSTILE, manyDoses, NOW, SECRET_ALLERGY, SECRET_ANALYTE, SECRET_DIRECTIVE, SECRET_MEDICINE } from '../clinical/fixtures.js';

type Opts = { lang?: string; theme?: string; wording?: string };

async function mount(view: FseView | PromiseLike<FseView> | unknown, opts: Opts = {}): Promise<FseSummary> {
  const el = await fixture<FseSummary>(html`<fse-summary lang=${opts.lang ?? 'it'} theme=${opts.theme ?? 'light'} .now=${NOW} .view=${view}></fse-summary>`);
  if (opts.wording) {
    el.setAttribute('wording', opts.wording);
    await el.updateComplete;
  }
  return el;
}

const $ = (el: FseSummary, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: FseSummary, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null) => (node as HTMLElement | null)?.innerText?.replace(/\s+/g, ' ').trim() ?? '';
const section = (el: FseSummary, key: string) => $(el, `[part~="section-${key}"]`)!;

describe('<fse-summary>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  describe('what a clinician must know first', () => {
    it('says above everything else that the patient is anticoagulated, in words and with an icon', async () => {
      const el = await mount(fixtureView('clinician'));
      const alert = $(el, '[part~="alert"]')!;
      expect(alert).to.exist;
      // The alert comes before the sections in the document order.
      expect(alert.compareDocumentPosition($(el, '.sections')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(text(alert)).to.contain('Anticoagulante').and.contain('Rivaroxaban 20 mg').and.contain('Xarelto');
      expect(alert.querySelector('svg.icon--critical')).to.exist;
      expect(alert.getAttribute('aria-label')).to.equal('1 farmaco critico');
      // Warfarin, no longer taken, is not in the alert.
      expect(text(alert)).not.to.contain('Warfarin');
    });

    it('tells a stated "nessuna allergia nota" from "non registrate" and from a list', async () => {
      const stated = await mount(fixtureView('clinician'));
      expect(text(section(stated, 'allergies'))).to.contain('Nessuna allergia nota').and.contain('Profilo sanitario sintetico');
      const none = await mount(fixtureView('clinician', { noPss: true }));
      expect(text(section(none, 'allergies'))).to.contain('Non registrate');
      expect(text(section(none, 'allergies'))).not.to.contain('Nessuna allergia nota');
      const listed = await mount(fixtureView('clinician', { allergies: true }));
      const t = text(section(listed, 'allergies'));
      expect(t).to.contain('Amoxicillina').and.contain('reazione grave').and.contain('Orticaria diffusa');
      expect(t).to.contain('Prima era scritto “nessuna allergia nota”');
    });

    it('lists the current therapy with substance, brand, dose, since when, and flags critical medicines', async () => {
      const el = await mount(fixtureView('clinician'));
      const lines = [...section(el, 'therapy').querySelectorAll<HTMLElement>(':scope > ul > li')];
      expect(lines.map((l) => text(l.querySelector('strong:not(.critical strong)') ?? l))[0]).to.contain('Rivaroxaban');
      const riva = text(lines[0]!);
      expect(riva).to.contain('Anticoagulante').and.contain('Xarelto 20 mg 28 compresse').and.contain('1 compressa al giorno, a cena');
      expect(riva).to.match(/dal \d+ \w+ 2026/);
      expect(riva).to.contain('ricetta da ritirare');
      expect(lines[0]!.querySelector('[part~="critical"] svg')).to.exist;
      expect(lines.some((l) => text(l).includes('Furosemide'))).to.equal(true);
    });

    it('keeps an older PSS and a later discharge letter apart, newest first, and says they disagree', async () => {
      const el = await mount(fixtureView('clinician'));
      const conflict = $(el, '[part~="conflict"]')!;
      expect(text(conflict)).to.contain('Le fonti non concordano');
      const heads = [...conflict.querySelectorAll('[role="heading"]')].map((h) => text(h));
      expect(heads[0]).to.match(/^Lettera di dimissione ospedaliera, 20 febbraio 2026/);
      expect(heads[1]).to.match(/^Profilo sanitario sintetico, 10 maggio 2025/);
      expect(text(conflict)).to.contain('Warfarin: non in tutte le liste').and.contain('Furosemide: dose diversa');
      // The PSS's warfarin is flagged as critical there too, and never merged into the LDO's list.
      const lists = conflict.querySelectorAll('.therapy-list');
      expect(text(lists[0]!)).not.to.contain('Warfarin');
      expect(text(lists[1]!)).to.contain('Warfarin').and.contain('Anticoagulante');
    });

    it('says how old each line is and which document it came from', async () => {
      const el = await mount(fixtureView('clinician'));
      const problem = section(el, 'problems');
      expect(text(problem)).to.contain('Fibrillazione atriale').and.contain('ICD-9-CM 427.31');
      expect(text(problem.querySelector('[part~="source"]'))).to.equal('Fonte: Profilo sanitario sintetico, 10 maggio 2025 (10 mesi fa)');
      const history = text(section(el, 'history'));
      expect(history).to.contain('Ultimo ricovero').and.contain('Fibrillazione atriale ad alta risposta').and.contain('Ablazione transcatetere');
      expect(history).not.to.contain('Elettrocardiogramma');
      expect(history).to.contain('(3 settimane fa)');
      expect(text(section(el, 'exemptions'))).to.contain('0A02');
    });
  });

  describe('organ donation and advance directives', () => {
    const words = {
      it: ['Donazione di organi e tessuti', 'Dissenso: no alla donazione di organi e tessuti', 'dichiarato il 12 marzo 2024', 'Disposizioni anticipate di trattamento', 'dichiarato il 3 aprile 2023'],
      en: ['Organ and tissue donation', 'Refusal: no to organ and tissue donation', 'stated on 12 March 2024', 'Advance directives', 'stated on 3 April 2023'],
      de: ['Organ- und Gewebespende', 'Widerspruch: nein zur Organ- und Gewebespende', 'erklärt am 12. März 2024', 'Patientenverfügung', 'erklärt am 3. April 2023'],
      fr: ['Don d’organes et de tissus', 'Refus : non au don d’organes et de tissus', 'déclaré le 12 mars 2024', 'Directives anticipées', 'déclaré le 3 avril 2023'],
      sl: ['Darovanje organov in tkiv', 'Zavrnitev: ne darovanju organov in tkiv', 'izraženo 12. marec 2024', 'Vnaprej izražena volja glede zdravljenja', 'izraženo 3. april 2023'],
    } as const;
    for (const [lang, [donation, dissent, donatedOn, directives, directedOn]] of Object.entries(words)) {
      it(`says the choice on donation and the advance directives in plain words, with their dates (${lang})`, async () => {
        const el = await mount(fixtureView('citizen', { declarations: true }), { lang });
        const d = section(el, 'donation');
        expect(text(d)).to.contain(donation).and.contain(dissent).and.contain(donatedOn);
        const a = section(el, 'directives');
        expect(text(a)).to.contain(directives).and.contain('nessun accanimento terapeutico').and.contain(directedOn);
      });
    }

    it('links each to the document it came from: its source opens the Patient Summary', async () => {
      const el = await mount(fixtureView('clinician', { declarations: true }));
      for (const key of ['donation', 'directives']) {
        const btn = section(el, key).querySelector<HTMLButtonElement>('button[part~="source"]')!;
        expect(text(btn)).to.contain('Profilo sanitario sintetico').and.contain('10 maggio 2025');
        const opened = oneEvent(el, 'fse-open') as unknown as Promise<FseOpenEvent>;
        btn.click();
        expect((await opened).documentId).to.equal('Composition/comp-pss');
      }
    });

    it('shows the gateway PSS’s "Assenso / Dissenso Donazione Organi" as a consent to donation, not as advance directives', async () => {
      const { record } = fromFhir(await (await fetch('/gateway/mds-fhir-PSS.json')).json(), { now: NOW });
      const el = await mount(viewFor(record, { role: 'citizen', now: NOW }));
      expect(text(section(el, 'donation'))).to.contain('Assenso: sì alla donazione di organi e tessuti').and.contain('dichiarato il 7 giugno 2018');
      expect(section(el, 'directives')).to.equal(null);
    });

    it('shows neither when the record says nothing', async () => {
      const el = await mount(fixtureView('citizen'));
      expect(section(el, 'donation')).to.equal(null);
      expect(section(el, 'directives')).to.equal(null);
    });
  });

  describe('links to the source', () => {
    it('following a source fires fse-select with the line’s events and fse-open with its document', async () => {
      const el = await mount(fixtureView('clinician'));
      const btn = section(el, 'problems').querySelector<HTMLButtonElement>('button[part~="source"]')!;
      const selected = oneEvent(el, 'fse-select') as unknown as Promise<FseSelectEvent>;
      const opened = oneEvent(el, 'fse-open') as unknown as Promise<FseOpenEvent>;
      btn.click();
      const s = await selected;
      const o = await opened;
      expect(s).to.be.instanceOf(FseSelectEvent);
      expect(s.detail.source).to.equal('summary');
      expect(s.eventIds).to.include('Condition/cond-af');
      expect(o.documentId).to.equal('Composition/comp-pss');
      expect(o.source).to.equal('summary');
      await el.updateComplete;
      expect(btn.closest('li')!.getAttribute('part')).to.contain('line-selected');
    });

    it('is reachable with the keyboard: Tab to the first source, Enter opens it', async () => {
      const el = await mount(fixtureView('clinician'));
      const first = $$(el, 'button[part~="source"]')[0]!;
      const before = document.createElement('button');
      before.textContent = 'prima';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(first);
      const opened = oneEvent(el, 'fse-open') as unknown as Promise<FseOpenEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await opened).documentId).to.be.a('string');
      before.remove();
    });
  });

  describe('wording and languages', () => {
    it('is "La mia salute in breve" in plain words for the citizen, and an emergency summary in emergency access', async () => {
      const citizen = await mount(fixtureView('citizen'));
      expect(text($(citizen, '#summary-title'))).to.equal('La mia salute in breve');
      expect(text(section(citizen, 'therapy'))).to.contain('Farmaci che prendi').and.contain('rende il sangue più fluido');
      const clinician = await mount(fixtureView('clinician'));
      expect(text($(clinician, '#summary-title'))).to.equal('Sintesi clinica');
      const { record } = fromFhir(fhirInput(), { now: NOW });
      const emergency = await mount(viewFor(record, { role: 'emergency', now: NOW }));
      expect(text($(emergency, '#summary-title'))).to.equal('Sintesi per l’emergenza');
      expect(text($(emergency, '[part~="alert"]'))).to.contain('Anticoagulante');
    });

    it('speaks English and German', async () => {
      const en = await mount(fixtureView('clinician'), { lang: 'en' });
      expect(text($(en, '[part~="alert"]'))).to.contain('Anticoagulant');
      expect(text(section(en, 'allergies'))).to.contain('No known allergies');
      expect(text(section(en, 'problems'))).to.contain('months ago');
      const de = await mount(fixtureView('clinician'), { lang: 'de' });
      expect(text($(de, '#summary-title'))).to.equal('Klinische Zusammenfassung');
      expect(text(section(de, 'allergies'))).to.contain('Keine bekannten Allergien');
      expect(text($(de, '[part~="conflict"]'))).to.contain('Die Quellen stimmen nicht überein');
    });
  });

  describe('accessibility and theme', () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      for (const lang of ['it', 'en', 'de']) {
        it(`is accessible in the ${theme} theme in ${lang}`, async () => {
          const el = await mount(fixtureView(lang === 'en' ? 'citizen' : 'clinician', { allergies: true }), { theme, lang });
          await expect(el).to.be.accessible();
        });
      }
    }
    it('looks different in dark and high contrast, and the alert follows --fse-color-danger', async () => {
      const el = await mount(fixtureView('clinician'));
      const bg = () => getComputedStyle(el).backgroundColor;
      const light = bg();
      el.theme = 'dark';
      await el.updateComplete;
      const dark = bg();
      expect(dark).not.to.equal(light);
      el.style.setProperty('--fse-color-danger', 'rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '[part~="alert"]')!).borderTopColor).to.equal('rgb(1, 2, 3)');
    });
    it('stacks its sections at phone width without horizontal overflow', async () => {
      await setViewport({ width: 360, height: 800 });
      const el = await mount(fixtureView('clinician'));
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      const sections = $$(el, '.section');
      expect(new Set(sections.map((s) => Math.round(s.getBoundingClientRect().left))).size).to.equal(1);
    });
  });

  describe('bad input', () => {
    it('shows implants and devices: since when, whether still in place, the maker for a clinician only; an undated one without a date', async () => {
      const extra = [
        { resourceType: 'Device', id: 'dev-pm', patient: { reference: 'Patient/p1' }, type: { coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.6.1.48', code: 'J010103', display: 'Pacemaker bicamerale' }] }, status: 'active', manufacturer: 'Cardio Spa' },
        { resourceType: 'Procedure', id: 'proc-pm', status: 'completed', subject: { reference: 'Patient/p1' }, performedDateTime: '2019-05-10', usedReference: [{ reference: 'Device/dev-pm' }] },
        { resourceType: 'Device', id: 'dev-hip', patient: { reference: 'Patient/p1' }, type: { text: 'Protesi d’anca' }, status: 'inactive' },
      ];
      const clinician = await mount(fixtureView('clinician', { extra }));
      const lines = [...section(clinician, 'implants').querySelectorAll('li')].map(text);
      const pm = lines.find((l) => l.includes('Pacemaker bicamerale'))!;
      expect(pm).to.contain('impiantato o in uso dal 10 maggio 2019').and.contain('produttore: Cardio Spa');
      const hip = lines.find((l) => l.includes('Protesi d’anca'))!;
      expect(hip).to.contain('rimosso o non più in uso').and.not.contain('impiantato');
      const citizen = await mount(fixtureView('citizen', { extra }), { lang: 'de' });
      const de = text(section(citizen, 'implants'));
      expect(de).to.contain('implantiert oder in Gebrauch seit 10. Mai 2019').and.not.contain('Cardio Spa');
    });

    it('shows 10 000 doses of one medicine as one line, and hostile strings as text', async () => {
      const extra = [
        ...manyDoses(10_000),
        { resourceType: 'Condition', id: 'c-hostile', clinicalStatus: { coding: [{ code: 'active' }] }, code: { text: HOSTILE }, subject: { reference: 'Patient/p1' }, onsetDateTime: '2026-01-01' },
      ];
      const el = await mount(fixtureView('clinician', { extra }));
      const lines = [...section(el, 'therapy').querySelectorAll(':scope > ul > li')].filter((l) => text(l).includes('Enoxaparina'));
      expect(lines).to.have.length(1);
      expect(text(section(el, 'problems'))).to.contain(HOSTILE);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((globalThis as { __pwned?: number }).__pwned).to.equal(undefined);
    });
    it('shows a localised alert and fires fse-error for an invalid view, without throwing', async () => {
      const el = await fixture<FseSummary>(html`<fse-summary></fse-summary>`);
      const err = oneEvent(el, 'fse-error') as unknown as Promise<FseErrorEvent>;
      el.view = { viewer: { role: 'citizen' }, patient: {}, events: 'nope' } as unknown as FseView;
      expect((await err).reason).to.equal('invalid-view');
      expect($(el, '[role="alert"]')).to.exist;
    });
    it('shows a loading state for a promise, then the summary', async () => {
      let resolve!: (v: FseView) => void;
      const el = await mount(new Promise<FseView>((r) => (resolve = r)));
      expect(text($(el, '[role="status"]'))).to.contain('Caricamento');
      resolve(fixtureView('clinician'));
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect($(el, '[part~="alert"]')).to.exist;
    });
  });

  describe('privacy', () => {
    it('nothing of an obscured document reaches a clinician’s lines or counts', async () => {
      const el = await mount(fixtureView('clinician', { obscured: true, allergies: true }));
      const all = el.shadowRoot!.textContent ?? '';
      for (const s of [SECRET_MEDICINE, SECRET_ALLERGY, SECRET_ANALYTE, 'Metadone']) expect(all).not.to.contain(s);
      expect($(el, '[part~="alert"]')!.getAttribute('aria-label')).to.equal('1 farmaco critico');
      const plain = await mount(fixtureView('clinician', { allergies: true }));
      expect($$(el, '[part~="line"]').length).to.equal($$(plain, '[part~="line"]').length);
      // The citizen sees their own obscured prescription.
      const citizen = await mount(fixtureView('citizen', { obscured: true }));
      expect(citizen.shadowRoot!.textContent).to.contain(SECRET_MEDICINE);
    });

    it('advance directives of an obscured document reach the citizen only: not a clinician’s lines nor their count', async () => {
      const el = await mount(fixtureView('clinician', { obscured: true, declarations: true }));
      expect(el.shadowRoot!.textContent).not.to.contain(SECRET_DIRECTIVE);
      const plain = await mount(fixtureView('clinician', { declarations: true }));
      expect(section(el, 'directives').querySelectorAll('[part~="line"]').length).to.equal(1);
      expect($$(el, '[part~="line"]').length).to.equal($$(plain, '[part~="line"]').length);
      const citizen = await mount(fixtureView('citizen', { obscured: true, declarations: true }));
      expect(text(section(citizen, 'directives'))).to.contain(SECRET_DIRECTIVE);
    });
  });
});
