/**
 * Task 2 (issue 11): "Which documents are about my heart?" — the citizen chooses the heart on the
 * body map; the timeline keeps what is about the heart (the atrial-fibrillation path, its
 * anticoagulant prescriptions, the cardiology visits' prescriptions), zoomed to fit all of it, and
 * the care path about the heart is marked.
 *
 * Actions: before, 1 click, and the answer was wrong (12 prescriptions, no care path, the timeline
 * kept its opening range); after, the same 1 click gives the whole answer.
 */
import { expect } from '@open-wc/testing';
import { openDemo, TASK_TIMEOUT, WIDTHS } from './demo.js';

/** "Prescrizioni e farmaci 51" in the timeline's summary → 51. */
const laneCount = (summary: string, lane: string) => Number(new RegExp(`${lane} (\\d+)`).exec(summary)?.[1] ?? 0);

for (const width of Object.values(WIDTHS)) {
  describe(`task 2, which documents are about my heart, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('one click on the heart keeps the path, its anticoagulant and the cardiology prescriptions, zoomed to fit; the path is marked', async function () {
      const demo = await openDemo('index', { width });
      const unfolded = await demo.unfold('Dove nel corpo'); // folded on a phone
      // the figure, or its list where the column is too narrow for the figure
      const heart = [...demo.$$('.layout [data-region="heart"]'), ...demo.$$('.list [data-list-region="heart"]')].find((e) => demo.visible(e))!;
      expect(heart, 'the heart on the body map').to.exist;
      const counted = Number(/(\d+)/.exec(heart.getAttribute('aria-label') ?? heart.textContent ?? '')?.[1]);
      await demo.click(heart);
      await demo.settled();
      const timeline = demo.$('fse-timeline')!;
      await demo.until(() => /Percorsi di cura \d/.test(demo.text(timeline.shadowRoot!.querySelector('#summary')!)), 'the filtered timeline says what it keeps');
      const summary = demo.text(timeline.shadowRoot!.querySelector('#summary')!);
      // The atrial-fibrillation path itself, and its prescriptions: 34 of Rivaroxaban (17 prescribed,
      // 17 dispensed), 12 of heart medicines, 5 specialist prescriptions of cardiology visits and ECGs.
      expect(laneCount(summary, 'Percorsi di cura'), summary).to.equal(1);
      expect(laneCount(summary, 'Prescrizioni e farmaci'), summary).to.be.at.least(45);
      expect(counted, 'the body map counts the same things').to.be.at.least(60);
      // Zoomed to fit what matches: the first heart medicine (April 2020) and the booked visit
      // (December 2026) are both in the visible range.
      const range = (timeline as unknown as { visibleRange?: { from: number; to: number } }).visibleRange!;
      expect(range.from, 'from before April 2020').to.be.below(Date.UTC(2020, 3, 9));
      expect(range.to, 'to after the booked visit').to.be.above(Date.UTC(2026, 11, 14));
      // The care path about the heart is marked (on a phone, once its folded section is opened).
      const pathsUnfolded = await demo.unfold('Percorsi di cura');
      const card = demo.$$('li.card').find((c) => demo.visible(c) && /PDTA Fibrillazione atriale/.test(demo.text(c)));
      expect(card, 'the atrial-fibrillation path').to.exist;
      expect(demo.text(card)).to.include('Riguarda la parte del corpo scelta');
      expect(demo.actions).to.equal(1 + Number(unfolded) + Number(pathsUnfolded));
    });

    it('arrow keys on the body map reach every region: ↓ from the lungs goes to the heart', async function () {
      const demo = await openDemo('index', { width });
      const unfolded = await demo.unfold('Dove nel corpo'); // folded on a phone
      const heart = demo.$$('.layout [data-region="heart"]').find((e) => demo.visible(e)) as HTMLElement | undefined;
      if (heart) {
        await demo.click(heart); // puts the focus on the body map
        await demo.press('ArrowUp');
        expect(demo.focused()?.getAttribute('data-region')).to.equal('lungs');
        await demo.press('ArrowDown');
        expect(demo.focused()?.getAttribute('data-region'), '↓ from the lungs').to.equal('heart');
        expect(demo.actions).to.equal(unfolded ? 4 : 3);
        return;
      }
      // Where the column is too narrow for the figure, its list stands for it: ↓ walks every region.
      const items = demo.$$('.list [data-list-region]').filter((e) => demo.visible(e));
      expect(items.length, 'the body map as a list').to.be.above(3);
      await demo.click(items[0]);
      const reached = new Set([items[0].getAttribute('data-list-region')]);
      for (let i = 1; i < items.length; i++) {
        await demo.press('ArrowDown');
        reached.add(demo.focused()?.getAttribute('data-list-region') ?? null);
      }
      expect([...reached].sort(), 'every region, by ↓ alone').to.deep.equal(items.map((e) => e.getAttribute('data-list-region')).sort());
      expect(reached.has('heart'), 'the heart among them').to.equal(true);
      expect(demo.actions).to.equal(Number(unfolded) + items.length);
    });
  });
}
