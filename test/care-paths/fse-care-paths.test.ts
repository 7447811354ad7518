/**
 * <fse-care-paths>: what a citizen or a clinician sees and can do with the care-path cards. Views
 * are built from FHIR through fromFhir + viewFor (fixtures.ts); only the invalid-data tests build
 * a view by hand.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { fromFhir, viewFor, type CarePath, type FseView } from '@percorso/model';
import '../../packages/elements/src/care-paths.js';
import type { FseCarePaths } from '../../packages/elements/src/care-paths.js';
import { FseCarePathSelectEvent, FseStepActionRequestEvent, FseStepSelectEvent } from '../../packages/elements/src/care-paths.js';
import '../../packages/elements/src/record.js';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { FseErrorEvent } from '../../packages/elements/src/internal/events.js';
import { fixtureView, HOSTILE, NOW, SECRET_NOTE, SECRET_TITLE } from './fixtures.js';

type Opts = { lang?: string; theme?: string; layout?: string; wording?: string };

async function mount(view: FseView | PromiseLike<FseView> | unknown, opts: Opts = {}): Promise<FseCarePaths> {
  const el = await fixture<FseCarePaths>(html`<fse-care-paths
    lang=${opts.lang ?? 'it'}
    theme=${opts.theme ?? 'light'}
    layout=${opts.layout ?? 'expanded'}
    .now=${NOW}
    .view=${view}
  ></fse-care-paths>`);
  if (opts.wording) {
    el.setAttribute('wording', opts.wording);
    await el.updateComplete;
  }
  return el;
}

const $ = (el: FseCarePaths, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: FseCarePaths, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
/** Visible text of the element, whitespace collapsed (what a sighted user reads). */
const text = (node: Element | ShadowRoot | null) => (node as HTMLElement | null)?.innerText?.replace(/\s+/g, ' ').trim() ?? '';
const shadowText = (el: FseCarePaths) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const card = (el: FseCarePaths, title: RegExp | string) =>
  $$(el, 'li.card').find((c) => (typeof title === 'string' ? text(c).includes(title) : title.test(text(c))))!;
const afPath = (view: FseView) => view.carePaths.find((p) => /fibrillazione/i.test(p.title))!;

function countBy(path: CarePath) {
  const c = { done: 0, booked: 0, overdue: 0, planned: 0, cancelled: 0 };
  for (const s of path.steps) c[s.status]++;
  return c;
}

describe('<fse-care-paths>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  describe('the atrial-fibrillation PDTA', () => {
    it('shows one card per care path with the condition in words (codes for clinicians only), status, team, therapy, goals and notes', async () => {
      const view = fixtureView('citizen', { screening: true });
      const el = await mount(view);
      expect($$(el, 'li.card')).to.have.length(view.carePaths.length).and.to.have.length(2);
      const af = card(el, 'PDTA Fibrillazione atriale');
      const t = text(af);
      expect(t).to.contain('Fibrillazione atriale');
      // A citizen reads words, never an ICD-9-CM or ATC code; a clinician reads both.
      expect(shadowText(el)).not.to.match(/ICD-9-CM|ATC|427\.31/);
      el.setAttribute('wording', 'clinician');
      await el.updateComplete;
      expect(text(card(el, 'PDTA Fibrillazione atriale'))).to.contain('ICD-9-CM 427.31');
      el.setAttribute('wording', 'citizen');
      await el.updateComplete;
      expect(text(af.querySelector('[part~="status"]'))).to.equal('Attivo');
      expect(t).to.match(/dal 10 gennaio 2025/);
      expect(t).to.contain('Bianchi');
      expect(t).to.contain('Verdi');
      const therapy = af.querySelector('[part~="therapy"]');
      expect(text(therapy)).to.contain('Apixaban').and.contain('5 mg due volte al giorno');
      expect(t).to.contain('Frequenza cardiaca a riposo sotto controllo');
      expect(text(af.querySelector('[part~="notes"]'))).to.contain('Porti con sé');
    });

    it('shows as many done, booked and overdue steps as the model has, and says so to screen readers', async () => {
      const view = fixtureView('citizen');
      const path = afPath(view);
      const c = countBy(path);
      // The fixture has one of each; the test is only meaningful if the model agrees.
      expect(c.done, 'done in the model').to.be.greaterThan(0);
      expect(c.booked, 'booked in the model').to.be.greaterThan(0);
      expect(c.overdue, 'overdue in the model').to.be.greaterThan(0);
      const el = await mount(view);
      const af = card(el, 'PDTA Fibrillazione atriale');
      expect(af.querySelectorAll('[part~="step-done"]')).to.have.length(c.done);
      expect(af.querySelectorAll('[part~="step-booked"]')).to.have.length(c.booked);
      expect(af.querySelectorAll('[part~="step-overdue"]')).to.have.length(c.overdue);
      expect(af.querySelectorAll('[part~="step-planned"]')).to.have.length(c.planned);
      expect(af.querySelectorAll('[part~="step"]')).to.have.length(path.steps.length);
      const total = path.steps.length - c.cancelled;
      const bar = af.querySelector('[role="progressbar"]')!;
      expect(bar.getAttribute('aria-valuenow')).to.equal(String(c.done));
      expect(bar.getAttribute('aria-valuemax')).to.equal(String(total));
      const tappe = total === 1 ? 'tappa completata' : 'tappe completate';
      expect(bar.getAttribute('aria-valuetext')).to.equal(`${c.done} di ${total} ${tappe}, ${c.overdue} in ritardo`);
      expect(text(af.querySelector('[part~="overdue"]'))).to.equal(
        c.overdue === 1 ? '1 tappa in ritardo' : `${c.overdue} tappe in ritardo`,
      );
    });

    it('makes overdue steps stand out by an icon, the words "In ritardo" and a heavier border, not colour alone', async () => {
      const el = await mount(fixtureView('citizen'));
      const overdue = $(el, '[part~="step-overdue"]')!;
      const planned = $(el, '[part~="step-planned"]')!;
      expect(text(overdue)).to.contain('In ritardo');
      expect(overdue.querySelector('svg.icon--overdue')).to.exist;
      const bw = (e: Element) => parseFloat(getComputedStyle(e).borderInlineStartWidth);
      const btw = (e: Element) => parseFloat(getComputedStyle(e).borderTopWidth);
      expect(bw(overdue)).to.be.greaterThan(bw(planned));
      expect(btw(overdue)).to.be.greaterThan(btw(planned));
      const weight = Number(getComputedStyle(overdue.querySelector('.step-status')!).fontWeight);
      expect(weight).to.be.at.least(700);
      // In the accessible name too, for screen readers.
      expect(overdue.textContent).to.contain('In ritardo');
    });

    it('shows the next appointment: the earliest future booking', async () => {
      const el = await mount(fixtureView('citizen'));
      const next = $(el, '.card [part~="next-appointment"]')!;
      expect(text(next)).to.contain('Prossima visita').and.contain('2 aprile 2026');
      // After that date nothing is booked any more.
      el.now = Date.UTC(2026, 4, 1);
      await el.updateComplete;
      expect(text($(el, '.card [part~="next-appointment"]'))).to.contain('Nessuna visita prenotata');
    });

    it('renders hostile strings in titles and notes as text', async () => {
      const el = await mount(fixtureView('citizen'));
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text($(el, '[part~="notes"]'))).to.contain(HOSTILE);
      expect((globalThis as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('undated bookings', () => {
    it('a booked step whose appointment has no date says it is booked, with no made-up date', async () => {
      const P = { reference: 'Patient/p1' };
      const resources = [
        { resourceType: 'Patient', id: 'p1', identifier: [{ system: 'http://hl7.it/sid/codiceFiscale', value: 'RSSMRA58C41H501Z' }], name: [{ family: 'Rossi', given: ['Maria'] }] },
        { resourceType: 'Encounter', id: 'e1', status: 'finished', subject: P, class: { code: 'AMB' }, period: { start: '2019-06-01' } },
        { resourceType: 'Appointment', id: 'a1', status: 'booked', serviceType: [{ text: 'Visita pneumologica' }], participant: [{ actor: P }] },
        { resourceType: 'CarePlan', id: 'cp1', status: 'active', intent: 'plan', subject: P, title: 'PDTA BPCO', period: { start: '2019-06-01' }, activity: [{ reference: { reference: 'Appointment/a1' } }] },
      ];
      const { record } = fromFhir({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) }, { now: NOW });
      const el = await mount(viewFor(record, { role: 'citizen', now: NOW }));
      const all = shadowText(el);
      expect(all).to.contain('Visita pneumologica');
      expect(all).to.not.match(/NaN|Invalid|1 giugno 2019 — Visita/);
      const step = $$(el, '[part~="step"]').find((s) => text(s).includes('Visita pneumologica'))!;
      expect(text(step)).to.not.match(/\d{4}/);
    });
  });

  describe('wording', () => {
    it('uses the citizen’s words in a citizen view and the clinician’s in a clinician view', async () => {
      const citizen = await mount(fixtureView('citizen'));
      const ct = text(citizen.shadowRoot!.querySelector('.cards'));
      expect(ct).to.contain('Prossima visita').and.contain('Note per te').and.contain('Le tue terapie');
      expect(ct).not.to.contain('Follow-up programmato');

      const clinician = await mount(fixtureView('clinician'));
      const kt = text(clinician.shadowRoot!.querySelector('.cards'));
      expect(kt).to.contain('Follow-up programmato').and.contain("Note per l'assistito").and.contain('Terapia in corso');
      expect(kt).not.to.contain('Le tue terapie');
      // Clinicians also see the drug's code.
      expect(kt).to.contain('ATC B01AF02');
    });

    it('follows the wording attribute over the viewer role', async () => {
      const el = await mount(fixtureView('citizen'), { wording: 'clinician' });
      expect(text($(el, '.cards'))).to.contain('Follow-up programmato');
      el.wording = 'citizen';
      await el.updateComplete;
      expect(el.getAttribute('wording')).to.equal('citizen');
      expect(text($(el, '.cards'))).to.contain('Prossima visita');
    });

    it('speaks English and German', async () => {
      const en = await mount(fixtureView('citizen'), { lang: 'en' });
      expect(text($(en, '.cards'))).to.contain('Your next appointment').and.contain('Notes for you').and.contain('Overdue');
      const de = await mount(fixtureView('clinician'), { lang: 'de' });
      expect(text($(de, '.cards'))).to.contain('Geplante Nachsorge').and.contain('Laufende Therapie').and.contain('Überfällig');
      expect($(de, '[role="progressbar"]')!.getAttribute('aria-valuetext')).to.match(/^\d+ von \d+ Schritt(en)? erledigt, \d+ überfällig$/);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      for (const lang of ['it', 'en', 'de']) {
        it(`is accessible in the ${theme} theme in ${lang}`, async () => {
          const el = await mount(fixtureView(lang === 'de' ? 'clinician' : 'citizen', { screening: true }), { theme, lang });
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is accessible when compact and when empty', async () => {
      const compact = await mount(fixtureView('citizen', { screening: true }), { layout: 'compact' });
      await expect(compact).to.be.accessible();
      const empty = await mount(fixtureView('citizen', { carePaths: false }));
      await expect(empty).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('exposes the structural parts', async () => {
      const el = await mount(fixtureView('citizen'));
      for (const part of ['card', 'header', 'status', 'progress', 'step', 'therapy', 'notes', 'next-appointment', 'disclosure', 'overdue']) {
        expect($(el, `[part~="${part}"]`), part).to.exist;
      }
    });

    it('takes the page’s --fse-* tokens (overdue steps follow --fse-color-danger)', async () => {
      const el = await mount(fixtureView('citizen'));
      el.style.setProperty('--fse-color-danger', 'rgb(1, 2, 3)');
      const overdue = $(el, '[part~="step-overdue"]')!;
      expect(getComputedStyle(overdue).borderTopColor).to.equal('rgb(1, 2, 3)');
    });

    it('changes look between light, dark and high contrast', async () => {
      const el = await mount(fixtureView('citizen'));
      const bg = () => getComputedStyle($(el, 'li.card')!).backgroundColor;
      const light = bg();
      el.theme = 'dark';
      await el.updateComplete;
      const dark = bg();
      el.theme = 'high-contrast';
      await el.updateComplete;
      expect(new Set([light, dark, bg()]).size).to.equal(3);
    });

    it('does not animate the disclosure when the user prefers reduced motion', async function () {
      const el = await mount(fixtureView('citizen'));
      const chevron = $(el, '.chevron')!;
      expect(parseFloat(getComputedStyle(chevron).transitionDuration)).to.be.greaterThan(0.01);
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        this.skip(); // Firefox over WebDriver BiDi cannot emulate media features
      }
      try {
        expect(parseFloat(getComputedStyle(chevron).transitionDuration)).to.be.below(0.01);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('follows a language change on the fly', async () => {
      const el = await mount(fixtureView('citizen'));
      el.lang = 'de';
      await el.updateComplete;
      expect(text($(el, '.cards'))).to.contain('Ihr nächster Termin');
    });
  });

  describe('in the order of what to do (issue 11 §4)', () => {
    /** The demo's sample patient (generateFhir, seed 2026), as a citizen sees her. */
    const sample = () => {
      const { record, issues } = fromFhir(generateFhir({ seed: 2026, events: 600, now: SAMPLE_NOW }), { now: SAMPLE_NOW });
      return viewFor(record, { role: 'citizen', now: SAMPLE_NOW }, issues);
    };
    const mountSample = async () => {
      const el = await fixture<FseCarePaths>(html`<fse-care-paths lang="it" .now=${SAMPLE_NOW} .view=${sample()}></fse-care-paths>`);
      await el.updateComplete;
      return el;
    };

    it('lists overdue, then booked, then planned steps; done steps are folded behind a disclosure that says how many', async () => {
      const el = await mountSample();
      const af = card(el, 'PDTA Fibrillazione atriale');
      const open = [...af.querySelectorAll<HTMLElement>('ol[data-list="open"] [part~="step"]')];
      const statuses = open.map((b) => /step-(\w+)/.exec(b.getAttribute('part')!)![1]);
      expect(statuses[0]).to.equal('overdue');
      expect(statuses).to.deep.equal([...statuses].sort((a, b) => ['overdue', 'booked', 'planned', 'cancelled'].indexOf(a) - ['overdue', 'booked', 'planned', 'cancelled'].indexOf(b)));
      expect(statuses).not.to.include('done');
      const path = afPath(sample());
      const done = path.steps.filter((st) => st.status === 'done').length;
      expect(done).to.be.greaterThan(5);
      const toggle = af.querySelector<HTMLButtonElement>('[part~="done-toggle"]')!;
      expect(text(toggle)).to.equal(`${done} tappe fatte`);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const fold = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(fold.hidden).to.equal(true);
      expect(fold.querySelectorAll('[part~="step-done"]')).to.have.length(done);
      expect([...fold.querySelectorAll<HTMLElement>('[part~="step"]')].every((b) => b.offsetParent === null), 'folded: not on screen').to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(fold.hidden).to.equal(false);
      // The latest done step first.
      expect(text(fold.querySelector('[part~="step"]'))).to.contain('2 maggio 2026');
    });

    it('the next visit says when (to the minute, no seconds) and where; therapy shows substance and brand', async () => {
      const el = await mountSample();
      const af = card(el, 'PDTA Fibrillazione atriale');
      const next = text(af.querySelector('[part~="next-appointment"]'));
      expect(next).to.contain('14 dicembre 2026').and.contain('11:50').and.contain('Ambulatorio di Cardiologia');
      expect(next).not.to.match(/11:50:00/);
      const booked = text(af.querySelector('[part~="step-booked"]'));
      expect(booked).to.contain('Ambulatorio di Cardiologia');
      expect(shadowText(el)).not.to.match(/\d\d:\d\d:\d\d/);
      expect(text(af.querySelector('[part~="therapy"]'))).to.contain('Rivaroxaban (Xarelto)');
    });

    it('an overdue step offers to book or to ask for the prescription; the host answers, and pending, done and rolled back are shown and announced', async () => {
      const el = await mountSample();
      const af = card(el, 'PDTA Fibrillazione atriale');
      const path = afPath(sample());
      const overdue = path.steps.find((st) => st.status === 'overdue')!;
      const actions = () => [...af.querySelectorAll<HTMLButtonElement>('[part~="step-action"]')];
      expect(actions().map((b) => text(b))).to.deep.equal(['Prenota', 'Chiedi la ricetta']);
      const live = () => $(el, '[role="status"][part="live"]')!.textContent!.trim();
      // The host answers; the step says pending, then done.
      let resolve!: () => void;
      let seen: FseStepActionRequestEvent | undefined;
      const onRequest = (e: FseStepActionRequestEvent) => {
        seen = e;
        e.respond(new Promise<void>((r) => (resolve = r)));
      };
      el.addEventListener('fse-step-action-request', onRequest);
      actions()[0]!.click();
      expect(seen).to.be.instanceOf(FseStepActionRequestEvent);
      expect(seen!.cancelable && seen!.bubbles && seen!.composed).to.equal(true);
      expect(seen!.detail).to.deep.include({ carePathId: path.id, stepId: overdue.id, action: 'book', title: overdue.title, code: overdue.code });
      await el.updateComplete;
      expect(text(af.querySelector('.action-state'))).to.contain('richiesta in corso');
      expect(live()).to.contain('Prenota: richiesta in corso');
      expect(actions(), 'no second request while one is pending').to.have.length(0);
      resolve();
      await waitUntil(() => live().includes('richiesta inviata'), 'done announced');
      expect(text(af.querySelector('.action-state'))).to.contain('Prenota: richiesta inviata');
      el.removeEventListener('fse-step-action-request', onRequest);
      // A new view where the step is still overdue: it still says the request was sent (no asking twice).
      el.view = sample();
      await el.updateComplete;
      expect(text(card(el, 'PDTA Fibrillazione atriale').querySelector('.action-state'))).to.contain('richiesta inviata');
      expect(card(el, 'PDTA Fibrillazione atriale').querySelectorAll('[part~="step-action"]')).to.have.length(0);
    });

    it('a rejected answer rolls back with the host’s words; no answer says the portal did not handle it; clinicians get no actions', async () => {
      const el = await mountSample();
      const live = () => $(el, '[role="status"][part="live"]')!.textContent!.trim();
      el.addEventListener('fse-step-action-request', (e) => e.respond(Promise.reject(new Error('Il CUP non risponde.'))), { once: true });
      card(el, 'PDTA Fibrillazione atriale').querySelectorAll<HTMLButtonElement>('[part~="step-action"]')[1]!.click();
      await waitUntil(() => live().includes('non è riuscita'), 'failure announced');
      expect(live()).to.contain('Chiedi la ricetta').and.contain('Il CUP non risponde.');
      await el.updateComplete;
      expect(card(el, 'PDTA Fibrillazione atriale').querySelectorAll('[part~="step-action"]'), 'offered again').to.have.length(2);
      // Nobody answers: rolled back at once, saying the portal did not handle it.
      card(el, 'PDTA Fibrillazione atriale').querySelector<HTMLButtonElement>('[part~="step-action"]')!.click();
      await el.updateComplete;
      expect(live()).to.contain('Il portale non ha gestito la richiesta');
      // A clinician is not offered the citizen's actions.
      el.setAttribute('wording', 'clinician');
      await el.updateComplete;
      expect($$(el, '[part~="step-action"]')).to.have.length(0);
    });

    it('inside a record, the path about the chosen body region is marked', async () => {
      const wrap = await fixture<HTMLElement>(html`<fse-record .view=${sample()}><fse-care-paths lang="it" .now=${SAMPLE_NOW}></fse-care-paths></fse-record>`);
      const el = wrap.querySelector('fse-care-paths') as FseCarePaths;
      await el.updateComplete;
      expect($$(el, '[part~="card-in-region"]')).to.have.length(0);
      wrap.setAttribute('selected-region', 'heart');
      await waitUntil(() => $$(el, '[part~="card-in-region"]').length > 0, 'marked');
      const marked = $$(el, '[part~="card-in-region"]').map((c) => text(c.querySelector('.select')));
      expect(marked).to.deep.equal(['PDTA Fibrillazione atriale']);
      expect(text($(el, '[part~="card-in-region"] .region-tag'))).to.equal('Riguarda la parte del corpo scelta');
      wrap.setAttribute('selected-region', 'eyes');
      await waitUntil(() => $$(el, '[part~="card-in-region"]').length === 0, 'unmarked');
    });
  });

  describe('keyboard', () => {
    it('Tab to the AF card, expand it, arrow to the overdue step, Enter selects it', async () => {
      const view = fixtureView('citizen', { screening: true });
      const path = afPath(view);
      const wrap = await fixture(html`<div>
        <button id="before">before</button>
        <fse-care-paths lang="it" layout="compact" .now=${NOW} .view=${view}></fse-care-paths>
      </div>`);
      const el = wrap.querySelector('fse-care-paths') as FseCarePaths;
      await el.updateComplete;
      (wrap.querySelector('#before') as HTMLButtonElement).focus();
      const active = () => el.shadowRoot!.activeElement as HTMLElement | null;

      // The AF path is active and sorts first; its title is the first tab stop.
      await sendKeys({ press: 'Tab' });
      expect(active()?.textContent).to.contain('PDTA Fibrillazione atriale');
      expect(active()?.getAttribute('aria-pressed')).to.equal('false');
      // Then its disclosure button, collapsed in the compact layout.
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(active()?.getAttribute('aria-expanded')).to.equal('true');
      // The steps are one tab stop, the overdue one first (the order of what to do).
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('part')).to.contain('step-overdue');
      const overdueIndex = path.steps.findIndex((s) => s.status === 'overdue');
      expect($$(el, '.card:first-child ol[data-list="open"] [part~="step"]').filter((b) => b.tabIndex === 0)).to.have.length(1);

      const fired = oneEvent(el, FseStepSelectEvent.type) as Promise<FseStepSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const ev = await fired;
      const step = path.steps[overdueIndex];
      expect(ev).to.be.instanceOf(FseStepSelectEvent);
      expect(ev.detail.carePathId).to.equal(path.id);
      expect(ev.detail.stepId).to.equal(step.id);
      const visible = new Set(view.events.map((e) => e.id));
      // Exactly the step's events of the view (an overdue step may have none yet), each one visible.
      expect(ev.detail.eventIds).to.deep.equal(step.eventIds);
      for (const id of ev.detail.eventIds) expect(visible.has(id), id).to.equal(true);
      await el.updateComplete;
      expect(active()?.getAttribute('aria-current')).to.equal('true');

      // Tab goes on to the overdue step's actions, the folded done steps, then the next card's title.
      await sendKeys({ press: 'Tab' });
      expect(active()?.textContent?.trim()).to.equal('Prenota');
      await sendKeys({ press: 'Tab' });
      expect(active()?.textContent?.trim()).to.equal('Chiedi la ricetta');
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('part')).to.equal('done-toggle');
      await sendKeys({ press: 'Tab' });
      expect(active()?.textContent).to.contain('Screening del tumore del colon-retto');
    });

    it('Space on a card title selects the card; again clears it', async () => {
      const view = fixtureView('citizen');
      const el = await mount(view);
      const title = $(el, 'button.select')!;
      title.focus();
      const fired = oneEvent(el, FseCarePathSelectEvent.type) as Promise<FseCarePathSelectEvent>;
      await sendKeys({ press: ' ' });
      const ev = await fired;
      expect(ev.detail.carePathId).to.equal(afPath(view).id);
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal(afPath(view).id);
      expect(title.getAttribute('aria-pressed')).to.equal('true');
      const cleared = oneEvent(el, FseCarePathSelectEvent.type) as Promise<FseCarePathSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await cleared).carePathId).to.equal(null);
      await el.updateComplete;
      expect(el.hasAttribute('selected')).to.equal(false);
    });
  });

  describe('selection', () => {
    it('clicking a card fires fse-carepath-select with the path’s events, and reflects `selected`', async () => {
      const view = fixtureView('citizen', { screening: true });
      const path = afPath(view);
      const el = await mount(view);
      const af = card(el, 'PDTA Fibrillazione atriale');
      const fired = oneEvent(el, FseCarePathSelectEvent.type) as Promise<FseCarePathSelectEvent>;
      (af.querySelector('[part~="header"] .kind') as HTMLElement).click();
      const ev = await fired;
      expect(ev.bubbles && ev.composed).to.equal(true);
      expect(ev.detail.carePathId).to.equal(path.id);
      const ids = new Set(view.events.map((e) => e.id));
      expect(ev.detail.eventIds.length).to.be.greaterThan(0);
      expect(ev.detail.eventIds.every((id) => ids.has(id))).to.equal(true);
      for (const id of path.therapyIds) expect(ev.detail.eventIds).to.include(id);
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal(path.id);
      expect(af.getAttribute('part')).to.contain('card-selected');
    });

    it('clicking a step fires fse-step-select with that step’s events and marks it current', async () => {
      const view = fixtureView('citizen');
      const path = afPath(view);
      const done = path.steps.find((s) => s.status === 'done')!;
      const el = await mount(view);
      const fired = oneEvent(el, FseStepSelectEvent.type) as Promise<FseStepSelectEvent>;
      $(el, '[part~="step-done"]')!.click();
      const ev = await fired;
      expect(ev.detail).to.deep.equal({ carePathId: path.id, stepId: done.id, eventIds: done.eventIds.filter((id) => view.events.some((e) => e.id === id)) });
      expect(ev.eventIds.length, 'the done step links its visible events').to.be.greaterThan(0);
      await el.updateComplete;
      expect($(el, '[part~="step-done"]')!.getAttribute('aria-current')).to.equal('true');
      expect(el.hasAttribute('selected'), 'a step selection does not select the card').to.equal(false);
    });

    it('a cancelled selection leaves `selected` alone; the host can set it', async () => {
      const view = fixtureView('citizen', { screening: true });
      const el = await mount(view);
      el.addEventListener(FseCarePathSelectEvent.type, (e) => e.preventDefault(), { once: true });
      $(el, 'button.select')!.click();
      await el.updateComplete;
      expect(el.hasAttribute('selected')).to.equal(false);
      const colon = view.carePaths.find((p) => p.kind === 'SCREENING')!;
      el.selected = colon.id;
      await el.updateComplete;
      expect(card(el, 'colon-retto').classList.contains('is-selected')).to.equal(true);
    });
  });

  describe('privacy', () => {
    it('in a clinician view, a care path that exists only in an obscured document leaves no trace', async () => {
      // The citizen sees it: the fixture really holds it.
      const citizen = await mount(fixtureView('citizen', { obscured: true }));
      expect(shadowText(citizen)).to.contain(SECRET_TITLE);

      const view = fixtureView('clinician', { obscured: true });
      const el = await mount(view);
      const all = shadowText(el);
      expect(all).not.to.contain(SECRET_TITLE);
      expect(all).not.to.contain(SECRET_NOTE);
      expect(all).not.to.contain('Colloquio di sostegno');
      expect($$(el, 'li.card')).to.have.length(1);
      expect($$(el, 'li.card')).to.have.length(view.carePaths.length);
      // No counter anywhere reflects it: the AF card's counts are the model's.
      const c = countBy(afPath(view));
      expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuemax')).to.equal(String(afPath(view).steps.length - c.cancelled));
    });

    it('never reports events the view does not hold', async () => {
      const view = fixtureView('clinician', { obscured: true });
      const path = afPath(view);
      // A path that names an event the viewer may not see (as a stale or careless source could).
      const leaky: FseView = {
        ...view,
        carePaths: [{ ...path, eventIds: [...path.eventIds, 'hidden-event'], steps: path.steps.map((s) => ({ ...s, eventIds: [...s.eventIds, 'hidden-event'] })) }],
      };
      const el = await mount(leaky);
      const fired = oneEvent(el, FseCarePathSelectEvent.type) as Promise<FseCarePathSelectEvent>;
      $(el, 'button.select')!.click();
      expect((await fired).eventIds).not.to.include('hidden-event');
      const stepFired = oneEvent(el, FseStepSelectEvent.type) as Promise<FseStepSelectEvent>;
      $(el, '[part~="step"]')!.click();
      expect((await stepFired).eventIds).not.to.include('hidden-event');
    });
  });

  describe('states', () => {
    it('says "Nessun percorso di cura attivo" when there are none', async () => {
      const el = await mount(fixtureView('citizen', { carePaths: false }));
      expect(text($(el, '[part="empty"]'))).to.contain('Nessun percorso di cura attivo');
      const en = await mount(fixtureView('citizen', { carePaths: false }), { lang: 'en' });
      expect(text($(en, '[part="empty"]'))).to.contain('No active care paths');
    });

    it('explains an empty clinician view without consent', async () => {
      const el = await mount(fixtureView('clinician', { consent: false }));
      expect($$(el, 'li.card')).to.have.length(0);
      expect(text($(el, '[part="empty"]'))).to.contain('consenso');
    });

    it('shows a loading state for a promise, then the cards', async () => {
      let resolve!: (v: FseView) => void;
      const el = await mount(new Promise<FseView>((r) => (resolve = r)));
      expect($(el, '[aria-busy="true"]')).to.exist;
      resolve(fixtureView('citizen'));
      await waitUntil(() => $$(el, 'li.card').length > 0, 'the cards once the view has come');
      expect($$(el, 'li.card')).to.have.length(1);
      expect($(el, '[aria-busy="true"]')).to.equal(null);
    });

    it('shows an alert and fires fse-error for an invalid view', async () => {
      const el = document.createElement('fse-care-paths');
      const fired = oneEvent(el, FseErrorEvent.type) as unknown as Promise<FseErrorEvent>;
      el.view = { nonsense: true } as unknown as FseView;
      document.body.append(el);
      const ev = await fired;
      expect(ev.reason).to.equal('invalid-view');
      expect(text($(el, '[role="alert"]'))).to.contain('Non è possibile mostrare questi dati');
      el.remove();
    });

    it('leaves out a malformed care path, reports it with fse-error, and shows the rest, without throwing', async () => {
      const good = fixtureView('citizen');
      const bad = { ...good, carePaths: [{ id: 'x', title: 'Rotto', steps: 'non un array', privacy: good.carePaths[0].privacy }] } as unknown as FseView;
      const el = document.createElement('fse-care-paths');
      const fired = oneEvent(el, FseErrorEvent.type) as unknown as Promise<FseErrorEvent>;
      el.view = bad;
      document.body.append(el);
      const ev = await fired;
      expect(ev.reason).to.equal('invalid-entries');
      expect(ev.issues.map((i) => i.path)).to.deep.equal(['view.carePaths[0]']);
      expect(ev.issues[0].message.en).to.contain('no steps array');
      await (el as FseCarePaths).updateComplete;
      expect($$(el as FseCarePaths, 'li.card')).to.have.length(0);
      expect(shadowText(el as FseCarePaths)).to.contain('Nessun percorso di cura attivo');
      // And it recovers with a good view.
      el.view = good;
      await (el as FseCarePaths).updateComplete;
      expect($$(el as FseCarePaths, 'li.card')).to.have.length(1);
      el.remove();
    });
  });

  describe('layout', () => {
    it('compact shows condition, status, progress, next appointment and overdue count; each card opens on its own', async () => {
      const el = await mount(fixtureView('citizen', { screening: true }), { layout: 'compact' });
      expect(el.getAttribute('layout')).to.equal('compact');
      const af = card(el, 'PDTA Fibrillazione atriale');
      const t = text(af);
      expect(t).to.contain('Fibrillazione atriale').and.contain('Attivo').and.contain('Prossima visita').and.contain('in ritardo');
      expect(af.querySelector('[role="progressbar"]')).to.exist;
      expect(af.querySelector('[part~="step"]'), 'steps hidden').to.equal(null);
      expect(t).not.to.contain('Apixaban');
      const disclosures = $$(el, 'button[part~="disclosure"]');
      expect(disclosures.map((d) => d.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false']);
      disclosures[0].click();
      await el.updateComplete;
      expect(disclosures.map((d) => d.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false']);
      expect(text(af)).to.contain('Apixaban');
      expect(af.querySelector('[part~="step-overdue"]')).to.exist;
      expect(text(card(el, 'colon-retto'))).not.to.contain('sangue occulto');
    });

    it('expanded shows every card open, and can close one', async () => {
      const el = await mount(fixtureView('citizen', { screening: true }));
      expect(el.getAttribute('layout')).to.equal('expanded');
      const disclosures = $$(el, 'button[part~="disclosure"]');
      expect(disclosures.map((d) => d.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true']);
      expect(text(card(el, 'colon-retto'))).to.contain('sangue occulto');
      disclosures[1].click();
      await el.updateComplete;
      expect(text(card(el, 'colon-retto'))).not.to.contain('sangue occulto');
      expect(text(card(el, 'PDTA Fibrillazione atriale'))).to.contain('Apixaban');
    });

    it('wraps cards into several columns when wide and one column at 320 px, without horizontal overflow', async () => {
      await setViewport({ width: 1280, height: 900 });
      const wide = await mount(fixtureView('citizen', { screening: true }));
      wide.style.width = '1000px';
      await wide.updateComplete;
      const [a, b] = $$(wide, 'li.card').map((c) => c.getBoundingClientRect());
      expect(Math.round(a.top), 'side by side when wide').to.equal(Math.round(b.top));
      wide.remove();

      await setViewport({ width: 320, height: 640 });
      const el = await mount(fixtureView('clinician', { screening: true }));
      const cards = $$(el, 'li.card');
      const rects = cards.map((c) => c.getBoundingClientRect());
      expect(new Set(rects.map((r) => Math.round(r.left))).size, 'one column').to.equal(1);
      expect(rects[1].top).to.be.greaterThan(rects[0].bottom - 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const c of cards) {
        expect(c.scrollWidth, 'card overflows').to.be.at.most(c.clientWidth + 1);
        expect(c.getBoundingClientRect().right).to.be.at.most(320);
      }
    });
  });
});
