/**
 * Task 11, "A dense record reads as a shape, not a wall of numbers" (issue 11 §11): the whole record
 * of the citizen's demo page, zoomed out. Where bins crowd, a lane is a density strip (a bar per
 * bin, as tall as its count) with the count on hover; no count label is wider than its pill; the
 * today line is behind the marks, never over them.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { openDemo, TASK_TIMEOUT, WIDTHS, type Demo } from './demo.js';
import { rangeKey, rangeSettled, timelineOf, todayMarker } from './timeline-helpers.js';

/** Canvas-pixel colour at a point of the plot (CSS px from the plot's top-left). */
function pixel(demo: Demo, x: number, y: number): string {
  const canvas = timelineOf(demo).shadowRoot!.querySelector('canvas')!;
  const dpr = canvas.width / canvas.getBoundingClientRect().width;
  const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}


for (const width of Object.values(WIDTHS)) {
  describe(`task 11, a dense record reads as a shape, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('draws crowded lanes as density strips with the count on hover, no count spills out of its pill, and today never hides a mark', async () => {
      const demo = await openDemo('index', { width });
      const tl = timelineOf(demo);
      const before = rangeKey(demo);
      await demo.click('Tutto');
      await rangeSettled(demo, before);
      const { labels, strips, lanes: laneKeys } = tl.drawnLabels;
      expect(strips.length, 'a crowded lane is a strip').to.be.greaterThan(0);
      for (const l of labels) expect(l.width, `"${l.text}" fits its pill`).to.be.at.most(l.shape - 4);
      // the count of a bar, on hover
      const root = tl.shadowRoot!;
      // the plot in view, as a person scrolls to it
      root.querySelector<HTMLElement>('.plot')!.scrollIntoView({ block: 'center' });
      await demo.frameDone();
      const plot = root.querySelector<HTMLElement>('.plot')!.getBoundingClientRect();
      const r = tl.visibleRange!;
      const lanes = [...root.querySelectorAll<HTMLElement>('.row')];
      const xOf = (t: number) => ((t - r.from) / (r.to - r.from)) * plot.width;
      const bar = tl.drawnMarks.filter((m) => m.strip && m.count > 1).sort((a, b) => b.count - a.count)[0]!;
      const row = lanes[laneKeys.indexOf(bar.lane)].getBoundingClientRect();
      const f = demo.frame.getBoundingClientRect();
      demo.actions++;
      await sendMouse({ type: 'move', position: [Math.round(f.left + plot.left + xOf(bar.t)), Math.round(f.top + row.top + row.height / 2)] });
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
      await demo.until(() => demo.visible(tip) && demo.text(tip).includes(`${bar.count} eventi`), `the bar of ${bar.count} says its count on hover`);
      // today's line is behind the marks: where a mark covers today's place, the mark shows
      expect(todayMarker(demo), 'today is in view').to.exist;
      const probe = root.querySelector<HTMLElement>('.probe[data-k="today"]')!;
      const todayColor = getComputedStyle(probe).color;
      const tx = todayMarker(demo)!.getBoundingClientRect().left - plot.left + 1;
      let covered = 0;
      laneKeys.forEach((key, li) => {
        const near = tl.drawnMarks.filter((m) => m.lane === key && Math.abs(xOf(m.t) - tx) < 6);
        if (!near.length) return;
        const rr = lanes[li].getBoundingClientRect();
        covered++;
        expect(pixel(demo, tx, rr.top - plot.top + rr.height / 2), `the mark of ${key} at today`).to.not.equal(todayColor);
      });
      expect(covered, 'a mark sits at today').to.be.greaterThan(0);
      expect(demo.actions).to.equal(2);
    });
  });
}
