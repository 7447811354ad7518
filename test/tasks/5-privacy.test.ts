/**
 * Task 5, "Privacy tasks" (issue 11), on the citizen's demo page at a desktop and a phone width:
 * revoking consent says emergency access (DM 7/9/2023 art. 20) still applies; the consent panel's
 * sections are reached without tabbing through the documents' buttons. Each test counts its actions.
 * (Obscuring from the document and the emergency warning are tested on the elements, in
 * test/consent-panel/privacy-tasks.test.ts; a demo-level test of that path is not written yet.)
 *
 * Actions on the main before this work: revoking took 2 (the dialog never mentioned emergency
 * access); reaching the access log by
 * keyboard from the documents' search took 101 Tab presses (two buttons for each of 50 documents).
 */
import { expect } from '@open-wc/testing';
import { freshServer, openDemo, TASK_TIMEOUT, WIDTHS } from './demo.js';

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
  });
}
