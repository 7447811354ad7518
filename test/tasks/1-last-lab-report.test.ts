/**
 * Task 1, "My last lab report" (issue 11 §1): from the opening view of the citizen's demo page, find
 * the latest lab report and open it. The timeline opens on the recent years up to today (the whole
 * life is one click away), the presets end at today, the table opens newest first, and lab reports,
 * which all share a title, say what tells them apart (facility, number of results, out of range).
 */
import { expect } from '@open-wc/testing';
import { openDemo, TASK_TIMEOUT, WIDTHS } from './demo.js';
import { lastMarkAt, rangeKey, rangeSettled, timelineOf, todayAt } from './timeline-helpers.js';

const LAB = /^Referto di (medicina di )?laboratorio/i;

for (const width of Object.values(WIDTHS)) {
  describe(`task 1, my last lab report, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('opens on the recent years up to today, and the last lab report is the first one in the table, told apart from the others', async () => {
      const demo = await openDemo('index', { width });
      const tl = timelineOf(demo);
      // The opening view: recent years where the record is dense, ending just after today.
      const at = todayAt(demo);
      expect(at, 'today is in the opening view').to.not.equal(undefined);
      expect(at!, 'today near the right edge').to.be.within(0.85, 1);
      const total = Number(/(\d+) eventi/.exec(demo.text(tl))?.[1]);
      expect(tl.visibleCount(), 'not the whole life squeezed').to.be.lessThan(total);

      // The table, newest first: the first lab report in it is the last one.
      await demo.click('Mostra tabella');
      const inTimeline = (sel: string) => [...tl.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
      await demo.until(() => inTimeline('tr.data').length > 0, 'the table did not open');
      const rows = inTimeline('tr.data');
      expect(inTimeline('th[aria-sort]')[0].getAttribute('aria-sort')).to.equal('descending');
      const labs = rows.filter((r) => LAB.test(demo.text(r.querySelector('button.link')!)));
      expect(labs.length, 'lab reports in the last year').to.be.greaterThan(1);
      const titles = labs.map((r) => demo.text(r.querySelector('button.link')!));
      // what tells them apart: where, how many results, how many out of range
      for (const t of titles) expect(t).to.match(/— (.+, )?\d+ risultat[oi]/);
      expect(new Set(titles).size, 'no two lab reports read the same').to.be.greaterThan(1);
      // opening view → table: the last lab report is the first lab row, told apart from the others
      expect(demo.actions).to.equal(1);
    });

    it('opens the last lab report from the table', async () => {
      const demo = await openDemo('index', { width });
      const tl = timelineOf(demo);
      await demo.click('Mostra tabella');
      const inTimeline = (sel: string) => [...tl.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
      await demo.until(() => inTimeline('tr.data').length > 0, 'the table did not open');
      const lab = inTimeline('tr.data').find((r) => LAB.test(demo.text(r.querySelector('button.link')!)))!;
      const title = demo.text(lab.querySelector('button.link')!);
      await demo.click(lab.querySelector('button.link')!);
      await demo.until(() => !!demo.$('fse-document') && demo.visible(demo.$('fse-document')!), 'the report did not open');
      const doc = demo.text(demo.$('fse-document')!);
      expect(doc).to.match(/Referto di (medicina di )?laboratorio/i);
      expect(doc, 'its results').to.match(/risultat|Valore|Intervallo/i);
      expect(title).to.match(LAB);
      // opening view → table → the report
      expect(demo.actions).to.equal(2);
    });

    it('the presets say Oggi, 1 settimana, 1 mese, 1 anno, 5 anni, Tutto, and end at today; the whole life is one click away', async () => {
      const demo = await openDemo('index', { width });
      const tl = timelineOf(demo);
      for (const name of ['Oggi', '1 settimana', '1 mese', '1 anno', '5 anni', 'Tutto']) expect(demo.byText(name)).to.exist;
      for (const name of ['1 anno', '1 mese', '5 anni', 'Oggi']) {
        const before = rangeKey(demo);
        await demo.click(name);
        await rangeSettled(demo, before);
        expect(todayAt(demo), `"${name}" shows today`).to.be.within(0, 1);
        // it ends at today, or at a booking soon after today: no empty future after the last mark
        if (name !== 'Oggi') expect(Math.max(todayAt(demo)!, lastMarkAt(demo) ?? 0), `"${name}" ends at today or its last booking`).to.be.within(0.9, 1);
      }
      // the record's marks: its events and its care paths ("169 eventi e 3 percorsi di cura")
      const said = /(\d+) eventi(?: e (\d+) percors)?/.exec(demo.text(tl));
      const total = Number(said?.[1]) + Number(said?.[2] ?? 0);
      const before = rangeKey(demo);
      await demo.click('Tutto');
      await rangeSettled(demo, before);
      expect(tl.visibleCount()).to.equal(total);
      expect(demo.actions).to.equal(5);
    });
  });
}
