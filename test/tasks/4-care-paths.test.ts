/**
 * Task 4, "Care paths in the order of what to do" (issue 11), on the citizen's demo page at a
 * desktop and a phone width: what the citizen sees first on the atrial-fibrillation path is what to
 * do — the overdue step first, then the booked visit with its place and its time to the minute,
 * then what is planned; the done steps folded; the therapy as substance and brand together; no ICD
 * codes. The overdue step's action ("Prenota") is a request the demo page answers: pending, then
 * sent, and said to the citizen.
 *
 * Actions: reading the order takes 1, the card's "Dettagli" (on a phone, 1 more to open the folded
 * "Percorsi di cura"); the overdue step's booking takes 1 click more. The same on the main before this test (the order and the
 * action were built, untested over the demo).
 */
import { expect } from '@open-wc/testing';
import { openDemo, TASK_TIMEOUT, WIDTHS, type Demo } from './demo.js';

/** The atrial-fibrillation path's card, as the citizen sees it. */
const card = (demo: Demo) => demo.$$('li.card').find((c) => demo.visible(c) && /PDTA Fibrillazione atriale/.test(demo.text(c)));

/** Opens a card's details where the page shows it compact (one action then; none where open). */
async function details(demo: Demo, c: Element): Promise<number> {
  const disclosure = c.querySelector<HTMLElement>('[part~="disclosure"]');
  if (!disclosure || disclosure.getAttribute('aria-expanded') === 'true') return 0;
  await demo.click(disclosure);
  await demo.settled();
  return 1;
}

for (const width of Object.values(WIDTHS)) {
  describe(`task 4, care paths in the order of what to do, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('the citizen first sees what to do: overdue, then booked (place, time to the minute), then planned; done folded; no ICD codes', async () => {
      const demo = await openDemo('index', { width });
      const unfolded = await demo.unfold('Percorsi di cura'); // folded on a phone
      const fa = card(demo);
      expect(fa, 'the atrial-fibrillation path').to.exist;
      const text = demo.text(fa);
      // Before the steps: how many are overdue, and the next visit with its place, to the minute.
      expect(text).to.match(/1 tappa in ritardo/);
      const next = fa!.querySelector('[part~="next-appointment"]')!;
      expect(demo.text(next)).to.match(/Prossima visita/);
      expect(demo.text(next), 'the place of the next visit').to.match(/· Ambulatorio di Cardiologia — AO Ordine Mauriziano di Torino/);
      expect(demo.text(next), 'the time without seconds').to.match(/alle ore \d{1,2}:\d{2}(?!:)/);
      const opened = await details(demo, fa!);
      // The steps in the order of what to do; the done ones only behind their disclosure.
      const steps = [...fa!.querySelectorAll<HTMLElement>('[part~="step"]')].filter((s) => demo.visible(s));
      const statuses = steps.map((s) => /step-(overdue|booked|planned|cancelled|done)/.exec(s.getAttribute('part')!)![1]);
      expect(statuses.length, 'steps shown').to.be.above(1);
      expect(statuses[0], `the first step is the overdue one: ${statuses.join(', ')}`).to.equal('overdue');
      const rank = { overdue: 0, booked: 1, planned: 2, cancelled: 3, done: 9 } as Record<string, number>;
      expect(statuses.map((s) => rank[s]), `in the order of what to do: ${statuses.join(', ')}`).to.deep.equal(statuses.map((s) => rank[s]).sort((a, b) => a - b));
      expect(statuses, 'no done step in view').not.to.include('done');
      const toggle = fa!.querySelector('[part~="done-toggle"]')!;
      expect(demo.visible(toggle) && toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(demo.text(toggle)).to.match(/^\d+ tappe fatte$/);
      // Every time said is to the minute, never with seconds; the therapy says substance and brand.
      const all = demo.text(fa);
      expect(all, 'no time with seconds').not.to.match(/\d{1,2}:\d{2}:\d{2}/);
      expect(all).to.contain('Rivaroxaban (Xarelto)');
      // A citizen reads words, not ICD-9-CM codes (427.31 is atrial fibrillation).
      expect(demo.text(demo.$('fse-care-paths')!)).not.to.match(/ICD|427\.31/);
      expect(demo.actions).to.equal(Number(unfolded) + opened);
    });

    it('the overdue step’s action is answered by the page: pending, then sent, and said', async () => {
      const demo = await openDemo('index', { width });
      const unfolded = await demo.unfold('Percorsi di cura');
      const fa = card(demo)!;
      const opened = await details(demo, fa);
      const overdue = fa.querySelector<HTMLElement>('[part~="step-overdue"]')!;
      const step = demo.text(overdue.querySelector('.step-title')!);
      const actions = fa.querySelector<HTMLElement>(`[role="group"][aria-label="Cosa puoi fare per: ${step}"]`)!;
      expect(actions, `the overdue step “${step}” offers what to do`).to.exist;
      await demo.click(demo.byText('Prenota', { within: actions }));
      // The demo takes a moment (its CUP): the step says the request is on its way, then sent.
      await demo.until(() => demo.text(actions).includes(`Prenota: richiesta inviata per «${step}».`), 'the booking request is sent');
      expect(demo.byTextAll(/^Prenota$/, { within: actions }), 'no second request offered').to.have.length(0);
      await demo.until(() => demo.announced().some((a) => a.includes(`richiesta inviata per «${step}»`)), 'the outcome is announced');
      expect(demo.doc.getElementById('host-log')!.textContent).to.contain(`Richiesta inviata: prenotazione — ${step}`);
      expect(demo.actions).to.equal(Number(unfolded) + opened + 1);
    });
  });
}
