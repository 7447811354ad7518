/**
 * The privacy tasks (issue 11, task 5) in the consent panel and in <fse-document>: revoking says
 * emergency access still applies (DM 7/9/2023 art. 20); obscuring a document a clinician would need
 * in an emergency (the Patient Summary, a critical medicine) says so before confirming; obscuring
 * starts from the document itself with the panel's request; the panel's sections are reachable
 * from an in-panel navigation, and its documents list is one tab stop with arrow keys.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import '../../packages/elements/src/consent-panel.js';
import '../../packages/elements/src/document.js';
import type { FseConsentPanel, FseObscureRequestEvent } from '../../packages/elements/src/consent-panel.js';
import type { FseDocument } from '../../packages/elements/src/document.js';
import { fixtureView, NOW } from './fixtures.js';

const text = (node: Element | null | undefined) => (node as HTMLElement | null)?.innerText?.replace(/\s+/g, ' ').trim() ?? '';
const buttonIn = (root: ParentNode, label: RegExp) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(text(b)));
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
async function settle(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

async function panel(view: FseView, attrs: { lang?: string; sections?: string } = {}): Promise<FseConsentPanel> {
  const el = await fixture<FseConsentPanel>(html`<fse-consent-panel lang=${attrs.lang ?? 'it'} sections=${attrs.sections ?? ''} .now=${NOW} .view=${view}></fse-consent-panel>`);
  await settle(el);
  return el;
}

async function documentEl(view: FseView, id: string): Promise<FseDocument> {
  const el = await fixture<FseDocument>(html`<fse-document lang="it" document-id=${id} .view=${view}></fse-document>`);
  await settle(el);
  return el;
}

function generated(role: 'citizen' | 'clinician' = 'citizen'): FseView {
  const { record, issues } = fromFhir(generateFhir({ seed: 7, events: 600, sex: 'female', now: SAMPLE_NOW }), { now: SAMPLE_NOW });
  return viewFor(record, { role, now: SAMPLE_NOW }, issues);
}

describe('privacy tasks', () => {
  describe('revoking consent', () => {
    it('says that emergency access still applies, with the article of the law', async () => {
      const el = await panel(fixtureView('citizen'));
      buttonIn(el.shadowRoot!.querySelector('fieldset.purpose')!, /^Revoca il consenso/)!.click();
      await settle(el);
      const dlg = el.shadowRoot!.querySelector('dialog')!;
      expect(dlg.open).to.equal(true);
      const note = text(dlg.querySelector('[part~="emergency-access"]'));
      expect(note).to.contain('In un’emergenza l’accesso resta possibile anche senza consenso');
      expect(note).to.contain('mai i documenti che hai oscurato');
      expect(note).to.contain('DM 7 settembre 2023, art. 20');
    });

    it('says it in English and German too', async () => {
      for (const [lang, words] of [
        ['en', 'In an emergency access remains possible even without consent'],
        ['de', 'In einem Notfall bleibt der Zugriff auch ohne Einwilligung möglich'],
      ]) {
        const el = await panel(fixtureView('citizen'), { lang });
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('fieldset.purpose button.danger')][0].click();
        await settle(el);
        expect(text(el.shadowRoot!.querySelector('dialog [part~="emergency-access"]'))).to.contain(words);
      }
    });
  });

  describe('obscuring what an emergency needs', () => {
    it('obscuring the Patient Summary warns first, in words, and the confirming button says danger', async () => {
      const el = await panel(fixtureView('citizen'));
      const row = [...el.shadowRoot!.querySelectorAll('li.doc')].find((li) => text(li.querySelector('.doc-title')) === 'Profilo Sanitario Sintetico')!;
      buttonIn(row, /^Oscura/)!.click();
      await settle(el);
      const dlg = el.shadowRoot!.querySelector('dialog')!;
      const warning = dlg.querySelector('[part~="emergency-use"]')!;
      expect(text(warning)).to.contain('Questo documento può servire in un’emergenza');
      expect(text(warning)).to.contain('È il tuo Profilo Sanitario Sintetico');
      expect(text(warning)).to.contain('l’accesso in emergenza non mostra mai i documenti oscurati (DM 7 settembre 2023, art. 20)');
      // before everything else the dialog says
      expect(dlg.querySelector('.dlg-body')!.firstElementChild).to.equal(warning);
      expect(buttonIn(dlg, /^Oscura il documento/)!.getAttribute('part')).to.contain('button-danger');
    });

    it('a report without critical medicines gets no emergency warning', async () => {
      const el = await panel(fixtureView('citizen'));
      const row = [...el.shadowRoot!.querySelectorAll('li.doc')].find((li) => text(li.querySelector('.doc-title')) === 'RX torace')!;
      buttonIn(row, /^Oscura/)!.click();
      await settle(el);
      const dlg = el.shadowRoot!.querySelector('dialog')!;
      expect(dlg.querySelector('[part~="emergency-use"]')).to.equal(null);
      expect(buttonIn(dlg, /^Oscura il documento/)!.getAttribute('part')).to.contain('button-primary');
    });

    it('a prescription of an anticoagulant names the medicine and what it is', async () => {
      const view = generated();
      const el = await panel(view);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#doc-search')!;
      input.focus();
      await sendKeys({ type: 'Rivaroxaban' });
      await settle(el);
      const row = el.shadowRoot!.querySelector('[part~="section-documents"] > ul.doc-list > li')!;
      expect(text(row.querySelector('.doc-title'))).to.contain('Rivaroxaban');
      buttonIn(row, /^Oscura/)!.click();
      await settle(el);
      const warning = text(el.shadowRoot!.querySelector('dialog [part~="emergency-use"]'));
      expect(warning).to.contain('Contiene un farmaco che un medico deve conoscere subito in un’emergenza: Rivaroxaban (Anticoagulante).');
    });
  });

  describe('obscuring from the document itself', () => {
    it('a citizen reading the Patient Summary obscures it: the same question, then the panel’s request, answered by the host', async () => {
      const view = fixtureView('citizen');
      const pss = view.events.find((e) => e.title === 'Profilo Sanitario Sintetico')!;
      const el = await documentEl(view, pss.id);
      const seen: FseObscureRequestEvent[] = [];
      let answer!: () => void;
      el.addEventListener('fse-obscure-request', (e) => {
        const ev = e as FseObscureRequestEvent;
        seen.push(ev);
        ev.respond(new Promise<void>((ok) => (answer = ok)));
      });
      const btn = buttonIn(el.shadowRoot!, /^Oscura questo documento$/)!;
      btn.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const dlg = el.shadowRoot!.querySelector('dialog')!;
      expect(dlg.open).to.equal(true);
      expect(text(dlg.querySelector('[part~="emergency-use"]'))).to.contain('È il tuo Profilo Sanitario Sintetico');
      expect(active(el)?.textContent?.trim()).to.equal('Annulla');
      buttonIn(dlg, /^Oscura il documento/)!.click();
      await settle(el);
      expect(seen).to.have.length(1);
      expect(seen[0].detail).to.deep.include({ documentId: pss.id, obscured: true });
      expect(seen[0].detail.cascade).to.deep.equal([]);
      expect(text(el.shadowRoot!.querySelector('[part~="obscure"]'))).to.contain('Invio in corso');
      answer();
      await settle(el);
      const part = text(el.shadowRoot!.querySelector('[part~="obscure"]'));
      expect(part).to.contain('Oscurato: lo vedi solo tu').and.contain('Fatto');
      expect(buttonIn(el.shadowRoot!, /^Rendi di nuovo visibile/)).to.exist;
    });

    it('a prescription obscured from the document hides its dispensations with it, and a failure rolls back with the host’s words', async () => {
      const view = fixtureView('citizen');
      const presc = view.events.find((e) => e.title.startsWith('Prescrizione'))!;
      const report = view.events.find((e) => e.title === 'Referto ECG da sforzo')!;
      const el = await documentEl(view, presc.id);
      const seen: FseObscureRequestEvent[] = [];
      el.addEventListener('fse-obscure-request', (e) => {
        seen.push(e as FseObscureRequestEvent);
        (e as FseObscureRequestEvent).respond(Promise.reject(new Error('Servizio non disponibile')));
      });
      buttonIn(el.shadowRoot!, /^Oscura questo documento$/)!.click();
      await settle(el);
      const dlg = el.shadowRoot!.querySelector('dialog')!;
      expect(text(dlg.querySelector('.cascade'))).to.contain('Referto ECG da sforzo');
      buttonIn(dlg, /^Oscura 2 documenti/)!.click();
      await settle(el);
      expect(seen[0].detail.cascade).to.deep.equal([report.id]);
      const part = el.shadowRoot!.querySelector('[part~="obscure"]')!;
      expect(text(part)).to.contain('Servizio non disponibile');
      expect(part.querySelector('[role="alert"]')!.textContent).to.contain('Servizio non disponibile');
      expect(buttonIn(el.shadowRoot!, /^Oscura questo documento$/)).to.exist;
    });

    it('is offered only to who manages the record: never to a clinician', async () => {
      const view = fixtureView('clinician');
      const doc = view.events.find((e) => e.title === 'RX torace')!;
      const el = await documentEl(view, doc.id);
      expect(text(el.shadowRoot!.querySelector('[part~="header"]'))).to.contain('RX torace');
      expect(el.shadowRoot!.querySelector('[part~="obscure"]')).to.equal(null);
      expect(buttonIn(el.shadowRoot!, /Oscura/)).to.equal(undefined);
    });

    it('inside the panel, the document read before deciding does not offer it twice', async () => {
      const el = await panel(fixtureView('citizen'));
      const row = [...el.shadowRoot!.querySelectorAll('li.doc')].find((li) => text(li.querySelector('.doc-title')) === 'RX torace')!;
      buttonIn(row, /^Leggi/)!.click();
      await settle(el);
      const doc = row.querySelector('fse-document')!;
      await settle(doc as FseDocument);
      const action = doc.shadowRoot!.querySelector('[part~="obscure"]') as HTMLElement;
      expect(getComputedStyle(action).display).to.equal('none');
    });
  });

  describe('finding one’s way in the panel', () => {
    it('a navigation names every section shown; following a link puts the focus on its title', async () => {
      const el = await panel(fixtureView('citizen'));
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav[part~="nav"] a')];
      expect(links.map((a) => text(a))).to.deep.equal([
        'Chi può consultare il tuo fascicolo',
        'Scelte precedenti (solo consultazione)',
        'I tuoi documenti: oscurare un documento',
        'Deleghe',
        'Chi ha consultato il tuo fascicolo',
        'Notifiche',
        'Elenco dei documenti',
      ]);
      links[4].focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(active(el)?.id).to.equal('h-log');
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.closest('[data-section]')?.getAttribute('data-section')).to.equal('log');
    });

    it('shows only the sections asked for, and no navigation for a single one', async () => {
      const two = await panel(fixtureView('citizen'), { sections: 'log notifications' });
      expect([...two.shadowRoot!.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#h-log', '#h-notifications']);
      const one = await panel(fixtureView('citizen'), { sections: 'documents' });
      expect(one.shadowRoot!.querySelector('nav')).to.equal(null);
    });

    it('the documents list is one tab stop: arrows move between documents and their actions, Tab leaves', async () => {
      const el = await panel(generated());
      const list = el.shadowRoot!.querySelector<HTMLElement>('[part~="section-documents"] > ul.doc-list')!;
      const rows = [...list.querySelectorAll<HTMLElement>(':scope > li')];
      expect(rows.length).to.equal(50);
      const stops = [...list.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.tabIndex === 0);
      expect(stops).to.have.length(1);
      el.shadowRoot!.querySelector<HTMLInputElement>('#doc-search')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(rows[0].querySelector('button'));
      expect(text(active(el))).to.match(/^Oscura/);
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)?.closest('li')).to.equal(rows[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(text(active(el))).to.match(/^Leggi/);
      await sendKeys({ press: 'End' });
      expect(active(el)?.closest('li')).to.equal(rows[49]);
      await sendKeys({ press: 'Home' });
      expect(active(el)?.closest('li')).to.equal(rows[0]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      // Tab leaves the list at once (to "Mostra altri"), Shift+Tab comes back to where it was
      await sendKeys({ press: 'Tab' });
      expect(text(active(el))).to.match(/^Mostra altri/);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(active(el)?.closest('li')).to.equal(rows[2]);
      expect(text(el.shadowRoot!.querySelector('#doc-keys'))).to.contain('frecce');
      expect(list.getAttribute('aria-describedby')).to.equal('doc-keys');
    });
  });
});
