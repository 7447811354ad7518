/**
 * Task 9, "Clinician" (issue 11), on demo/clinician.html: in emergency access the clinical summary
 * is the first thing shown, its essentials (critical medicines, allergies) readable without
 * scrolling, and the Patient Summary opens in one click; switching the kind of access (care,
 * emergency, no consent) starts afresh — nothing selected or announced for the previous view
 * stays; a cancelled booking looks cancelled on the timeline (its accessible name and tooltip, its
 * table row; the hollow struck mark is tested in test/timeline/renderer.test.ts). Desktop and
 * phone, driven as a person would, counting the actions.
 *
 * Actions for the cancelled booking: on the main before this work the timeline never said it
 * (the same filled ring as a booked visit, no word in its tooltip, name or row), whatever one did;
 * after, reaching it by keyboard takes the table toggle, Tab, the arrows to its lane and End, and
 * its row shows it (one more click where the table opens oldest first).
 */
import { expect } from '@open-wc/testing';
import { openDemo, TASK_TIMEOUT, WIDTHS, type Demo } from './demo.js';
import { tableNewestFirst } from './timeline-table.js';

const journeyOf = (demo: Demo) => demo.$('fse-journey')!;
const inJourney = <T extends Element = HTMLElement>(demo: Demo, sel: string) => journeyOf(demo).shadowRoot!.querySelector<T>(sel);
/** What the journey's own live region says now. */
const journeyLive = (demo: Demo) => (inJourney(demo, '.live[role="status"]')?.textContent ?? '').trim();

for (const width of Object.values(WIDTHS)) {
  describe(`task 9, the clinician, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('emergency access: the summary’s essentials are on screen without scrolling, and the Patient Summary opens in one click', async () => {
      const demo = await openDemo('clinician', { width });
      await demo.choose('Accesso', 'Emergenza (art. 20)');
      await demo.settled();
      const summary = journeyOf(demo).shadowRoot!.querySelector('fse-summary');
      expect(summary, 'the clinical summary is shown').to.exist;
      const critical = summary!.shadowRoot!.querySelector('[part="alert"]');
      expect(critical, 'the critical medicines are flagged').to.exist;
      expect(demo.text(critical!)).to.match(/anticoagulante/i);
      const allergies = summary!.shadowRoot!.querySelector('[part~="section-allergies"]');
      expect(allergies, 'the allergies are said').to.exist;
      // Nothing scrolled by the person: what they see after choosing the access.
      expect(demo.inViewport(critical!), `critical medicines on screen at ${width} px`).to.equal(true);
      const allergiesTitle = allergies!.querySelector('[role="heading"]')!;
      expect(demo.inViewport(allergiesTitle), `allergies on screen at ${width} px`).to.equal(true);

      await demo.click('Apri il Profilo sanitario sintetico');
      await demo.until(() => !!inJourney(demo, 'fse-document'), 'the Patient Summary opens');
      await demo.settled();
      const doc = inJourney(demo, 'fse-document')!;
      const title = doc.shadowRoot!.querySelector('[role="heading"], h1, h2, h3')!;
      expect(demo.text(title)).to.match(/Profilo sanitario sintetico/);
      expect(demo.inViewport(title), 'the document’s title is on screen').to.equal(true);
      expect(demo.actions, 'actions: choose the access (2), open the Patient Summary (1)').to.equal(3);
    });

    it('switching the kind of access clears what was selected and said for the previous one', async () => {
      const demo = await openDemo('clinician', { width });
      // Care: choose the atrial-fibrillation care path (on a phone, open its panel first).
      const fold = inJourney(demo, '#h-paths button[aria-expanded="false"]');
      if (fold) await demo.click(fold);
      await demo.click(/^PDTA Fibrillazione atriale/);
      await demo.until(() => /Fibrillazione/.test(journeyLive(demo)), 'the highlight is announced');
      const chips = () => inJourney(demo, '[part="links"]')!;
      expect(demo.visible(chips()), 'the chip of the chosen path').to.equal(true);

      await demo.choose('Accesso', 'Emergenza (art. 20)');
      await demo.settled();
      expect(chips().hidden, 'no chip carried over to emergency access').to.equal(true);
      expect(journeyLive(demo), 'nothing announced for the previous view').to.equal('');
      expect(demo.announced().join(' ')).not.to.match(/Fibrillazione atriale/);
      const timeline = inJourney<HTMLElement & { selected?: string; highlighted: readonly string[] }>(demo, 'fse-timeline')!;
      expect(timeline.selected ?? '').to.equal('');
      expect(timeline.highlighted.length, 'nothing highlighted').to.equal(0);
      expect(inJourney<HTMLElement & { selected?: string }>(demo, 'fse-care-paths')!.selected ?? '').to.equal('');

      // Back to care: still nothing of before.
      await demo.choose('Accesso', 'Medico — finalità di cura');
      await demo.settled();
      expect(chips().hidden).to.equal(true);
      expect(timeline.highlighted.length).to.equal(0);
      // Without consent: the reason, and nothing else.
      await demo.choose('Accesso', /senza consenso/);
      await demo.settled();
      expect(demo.text(journeyOf(demo))).to.match(/consenso/i);
      expect(journeyLive(demo)).to.equal('');
      expect(demo.actions, 'actions').to.equal(width === WIDTHS.phone ? 8 : 7);
    });

    it('a cancelled booking looks cancelled: its mark’s name and tooltip, and its table row', async () => {
      const demo = await openDemo('clinician', { width });
      const timeline = inJourney(demo, 'fse-timeline')!;
      // By keyboard, from the table toggle into the chart, down to the bookings, to the last one.
      await demo.click(demo.byText(/^Mostra tabella$/, { within: timeline.shadowRoot!.querySelector('[part~="toolbar"]')! }));
      await demo.press('Tab');
      let actions = 2;
      for (let i = 0; i < 12 && !/, Prenotazioni\./.test(demo.focusedName()); i++, actions++) await demo.press('ArrowDown');
      expect(demo.focusedName(), 'the bookings lane').to.match(/, Prenotazioni\./);
      await demo.press('End');
      actions++;
      for (let i = 0; i < 6 && !/^Visita dermatologica,/.test(demo.focusedName()); i++, actions++) await demo.press('ArrowLeft');
      // The cancelled dermatology visit: its name says so, and so does its tooltip.
      expect(demo.focusedName()).to.match(/^Visita dermatologica, .*, annullata$/);
      await demo.until(() => demo.$$('[role="tooltip"]').some((t) => demo.visible(t) && /Visita dermatologica/.test(demo.text(t))), 'the tooltip shows');
      const tip = demo.$$('[role="tooltip"]').find((t) => demo.visible(t) && /Visita dermatologica/.test(demo.text(t)))!;
      expect(demo.text(tip)).to.match(/annullata/);
      // A booked visit is not said cancelled.
      await demo.press('ArrowLeft');
      actions++;
      expect(demo.focusedName()).to.match(/, Prenotazioni\./).and.not.to.match(/annullata/);
      // Its row in the table (newest first).
      actions += await tableNewestFirst(demo, timeline);
      const row = [...timeline.shadowRoot!.querySelectorAll('table tr.data')].find((r) => /Visita dermatologica/.test(demo.text(r)) && /Prenotazioni/.test(demo.text(r)));
      expect(row, 'the cancelled booking’s row').to.exist;
      expect(demo.text(row)).to.match(/Visita dermatologica \( ?annullata ?\)/);
      expect(demo.actions).to.equal(actions);
    });

    it('a cancelled booking that is a care-path step reads as cancelled wherever one looks: the step, the timeline’s mark, tooltip and row', async () => {
      const demo = await openDemo('clinician', { width });
      // The care path first: the creatinine check's blood test was booked and cancelled, so the step is to do again.
      let actions = Number(await demo.unfold('Percorsi di cura'));
      const card = demo.$$('li.card').find((c) => demo.visible(c) && /PDTA Fibrillazione atriale/.test(demo.text(c)))!;
      expect(card, 'the atrial-fibrillation path').to.exist;
      const disclosure = card.querySelector<HTMLElement>('[part~="disclosure"]');
      if (disclosure && disclosure.getAttribute('aria-expanded') !== 'true') {
        await demo.click(disclosure);
        await demo.settled();
        actions++;
      }
      const step = [...card.querySelectorAll<HTMLElement>('[part~="step"]')].find((s) => /creatinina e della funzione renale \(semestrale\)/.test(demo.text(s)))!;
      expect(step, 'the creatinine check’s step').to.exist;
      expect(demo.visible(step), 'shown without unfolding the done steps').to.equal(true);
      // Not booked: it is to do again (overdue, its date has passed), and its cancelled booking is said in words…
      expect(step.getAttribute('part')).to.match(/\bstep-overdue\b/).and.not.to.match(/step-booked/);
      const said = demo.text(step);
      expect(said).to.match(/In ritardo/).and.not.to.match(/Prenotata/);
      expect(said, 'the cancelled booking in words').to.match(/appuntamento: .*Centro prelievi.* prenotazione annullata/);
      // …and struck through, not by colour alone.
      const struck = step.querySelector('[part~="step-cancelled-booking"] s')!;
      expect(struck, 'the cancelled booking struck through').to.exist;
      expect(getComputedStyle(struck).textDecorationLine).to.contain('line-through');
      expect(demo.text(struck)).to.match(/^appuntamento: /);

      // The timeline: by keyboard from the table toggle to the bookings lane, then to the cancelled blood test.
      const timeline = inJourney(demo, 'fse-timeline')!;
      await demo.click(demo.byText(/^Mostra tabella$/, { within: timeline.shadowRoot!.querySelector('[part~="toolbar"]')! }));
      await demo.press('Tab');
      actions += 2;
      for (let i = 0; i < 12 && !/, Prenotazioni\./.test(demo.focusedName()); i++, actions++) await demo.press('ArrowDown');
      expect(demo.focusedName(), 'the bookings lane').to.match(/, Prenotazioni\./);
      await demo.press('End');
      actions++;
      for (let i = 0; i < 8 && !/^Creatinina \(prelievo di sangue\),/.test(demo.focusedName()); i++, actions++) await demo.press('ArrowLeft');
      expect(demo.focusedName(), 'its mark’s name').to.match(/^Creatinina \(prelievo di sangue\), .*, annullata$/);
      const tipOf = () => demo.$$('[role="tooltip"]').find((t) => demo.visible(t) && /Creatinina \(prelievo di sangue\)/.test(demo.text(t)));
      await demo.until(() => !!tipOf(), 'the tooltip shows');
      expect(demo.text(tipOf()!), 'its tooltip').to.match(/annullata/);
      // Its row in the table (newest first).
      actions += await tableNewestFirst(demo, timeline);
      const row = [...timeline.shadowRoot!.querySelectorAll('table tr.data')].find((r) => /Creatinina \(prelievo di sangue\)/.test(demo.text(r)));
      expect(row, 'the cancelled booking’s row').to.exist;
      expect(demo.text(row)).to.match(/Creatinina \(prelievo di sangue\) \( ?annullata ?\)/);
      expect(demo.actions).to.equal(actions);
    });
  });
}
