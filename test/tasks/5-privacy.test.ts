/**
 * Task 5, "Privacy tasks" (issue 11), on the citizen's demo page at a desktop and a phone width:
 * revoking consent says emergency access (DM 7/9/2023 art. 20) still applies; the consent panel's
 * sections are reached without tabbing through the documents' buttons. Each test counts its actions.
 * Obscuring starts from a document the citizen opened from the timeline (its table's title): the
 * document says, before confirming, that a doctor needs it in an emergency (here a dispensation of
 * an anticoagulant, a critical medicine), and once confirmed the document and the consent panel
 * both say it is obscured.
 *
 * Actions on the main before this work: revoking took 2 (the dialog never mentioned emergency
 * access); reaching the access log by
 * keyboard from the documents' search took 101 Tab presses (two buttons for each of 50 documents).
 * Obscuring from the document: 5 actions at 1366 px (show the table, the title, "Oscura questo
 * documento", "Oscura il documento", Esc to close the document), 6 at 390 px (the privacy section
 * unfolded). Before this work the demo, re-reading the record page by page after the write, closed
 * the document before its request said "Fatto", and the consent panel said it seconds later.
 */
import { expect } from '@open-wc/testing';
import { freshServer, openDemo, TASK_TIMEOUT, WIDTHS } from './demo.js';
import { tableNewestFirst } from './timeline-table.js';

for (const width of Object.values(WIDTHS)) {
  describe(`task 5, privacy, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('revoking consent for care says emergency access still applies (art. 20), then revokes', async () => {
      await freshServer();
      const demo = await openDemo('index', { width });
      const unfolded = await demo.unfold('Privacy e consensi'); // folded on a phone
      const care = demo.$$('fieldset').find((f) => /Diagnosi, cura e riabilitazione/.test(f.textContent ?? ''))!;
      await demo.click(demo.byText(/^Revoca il consenso$/, { within: care }));
      const dialog = demo.$$('dialog').find((d) => (d as HTMLDialogElement).open)!;
      expect(demo.text(dialog)).to.contain('In un’emergenza l’accesso resta possibile anche senza consenso');
      expect(demo.text(dialog)).to.contain('(DM 7 settembre 2023, art. 20)');
      await demo.click(demo.byText(/^Sì, revoca il consenso$/));
      await demo.until(() => /Consenso non dato/.test(demo.text(care)), 'the revocation is shown');
      expect(demo.actions).to.equal(unfolded ? 3 : 2);
    });

    it('reaches any section of the consent panel in one action, and the documents list is one tab stop', async () => {
      const demo = await openDemo('index', { width });
      const unfolded = await demo.unfold('Privacy e consensi'); // folded on a phone
      const panel = demo.$('fse-consent-panel')!;
      const nav = demo.$$('nav').find((n) => panel.shadowRoot!.contains(n))!;
      await demo.click(demo.byText(/^Chi ha consultato il tuo fascicolo$/, { within: nav }));
      expect(demo.focusedName()).to.equal('Chi ha consultato il tuo fascicolo');
      expect(demo.actions).to.equal(unfolded ? 2 : 1);
      // from the documents' search, two Tab presses leave the list of 50 documents behind
      await demo.click(demo.byText(/^Cerca tra i documenti$/));
      await demo.press('Tab');
      expect(demo.focusedName()).to.match(/^Oscura/);
      await demo.press('ArrowDown');
      expect(demo.focusedName()).to.match(/^Oscura/);
      await demo.press('Tab');
      expect(demo.focusedName()).to.match(/^Mostra altri/);
      expect(demo.actions).to.equal(unfolded ? 6 : 5);
    });

    it('obscures a document opened from the timeline: the emergency warning first, then obscured in the document and in the consent panel', async () => {
      await freshServer();
      const demo = await openDemo('index', { width });
      let actions = await tableNewestFirst(demo);
      const timeline = demo.$('fse-timeline')!;
      // The latest dispensation of the anticoagulant (a critical medicine): its title in the table
      const title = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('table button.link')].find((b) => /^Erogazione farmaceutica: Rivaroxaban/.test(demo.text(b)));
      expect(title, 'the dispensation of Rivaroxaban in the table').to.exist;
      await demo.click(title!);
      actions++;
      const journey = demo.$('fse-journey')!;
      await demo.until(() => !!journey.shadowRoot!.querySelector('fse-document'), 'the document opens');
      await demo.settled();
      const doc = journey.shadowRoot!.querySelector('fse-document')!;
      const id = doc.getAttribute('document-id')!;
      await demo.click(demo.byText(/^Oscura questo documento$/, { within: doc.shadowRoot!.querySelector('[part~="obscure"]')! }));
      actions++;
      const dialog = [...doc.shadowRoot!.querySelectorAll('dialog')].find((d) => d.open)!;
      expect(dialog, 'the question before obscuring').to.exist;
      const warning = demo.text(dialog.querySelector('[part~="emergency-use"]')!);
      expect(warning).to.contain('Questo documento può servire in un’emergenza');
      expect(warning).to.match(/farmac[oi] che un medico deve conoscere subito in un’emergenza: .*Rivaroxaban/);
      expect(warning).to.contain('DM 7 settembre 2023, art. 20');
      await demo.click(demo.byText(/^Oscura il documento$/, { within: dialog }));
      actions++;
      // The document says it at once (the request is pending); the demo saves it on its FHIR server
      // and reads the record back, and the document says it is done…
      const action = () => journey.shadowRoot!.querySelector('fse-document')?.shadowRoot!.querySelector('[part~="obscure"]');
      expect(demo.text(action()!)).to.contain('Oscurato: lo vedi solo tu');
      await demo.until(() => /Fatto/.test(demo.text(action() ?? demo.doc.body)), 'the document, still open, says the request is done', 60_000);
      await demo.settled();
      expect(journey.shadowRoot!.querySelector('fse-document'), 'the same document stayed open while the page saved').to.equal(doc);
      expect(demo.text(action()!)).to.contain('Oscurato: lo vedi solo tu');
      // …and from then on the consent panel says so too, for the same document, in its count too:
      // the page never says both (no waiting here for the panel to catch up).
      const panel = demo.$('fse-consent-panel')!;
      const row = panel.shadowRoot!.querySelector(`li.doc[data-id="${CSS.escape(id)}"]`);
      expect(row, 'the document is in the consent panel’s list').to.exist;
      expect(row!.getAttribute('part'), 'the consent panel shows it obscured').to.contain('document-obscured');
      // The citizen goes to the panel to see it (the document closes first: on a phone it is a sheet over the page).
      await demo.press('Escape');
      actions++;
      await demo.until(() => !journey.shadowRoot!.querySelector('fse-document'), 'the document closes');
      actions += Number(await demo.unfold('Privacy e consensi'));
      const shown = panel.shadowRoot!.querySelector(`li.doc[data-id="${CSS.escape(id)}"]`)!;
      expect(demo.visible(shown), 'the row is on screen').to.equal(true);
      expect(demo.text(shown)).to.contain('Oscurato: lo vedi solo tu');
      expect(demo.byTextAll(/^Rendi di nuovo visibile/, { within: shown }), 'it can be made visible again').to.have.length(1);
      expect(demo.text(panel.shadowRoot!.querySelector('#doc-count')!)).to.match(/, 2 oscurati$/);
      expect(demo.actions).to.equal(actions);
      console.log(`task 5, obscuring from the timeline's document at ${width} px: ${demo.actions} actions`);
    });
  });
}
