/**
 * Task 8, "Phone" (issue 11 §8), on the demo pages.
 *
 * The page: at 390 px the demo pages are a few screens tall, not 17 000 px — the body map, the care
 * paths and the privacy panel fold to their titles and each opens with one tap; on a laptop
 * everything is open.
 *
 * The timeline, at 390 and 1366 px: lane names never break inside a word (at a phone's width they
 * shorten to their icon, keeping their name for screen readers), the plot keeps most of the width,
 * and a mark's tooltip stays inside the viewport.
 *
 * Every other task test runs at 390 px too.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { openDemo, TASK_TIMEOUT, WIDTHS, type Demo } from './demo.js';
import { timelineOf } from './timeline-helpers.js';

/** Phone pages may be this tall before anything is opened: seven screens of an 844 px phone (the citizen page was 22 700 px). */
const PHONE_PAGE_MAX = 6_000;

const height = (demo: Demo) => demo.doc.documentElement.scrollHeight;

/** The fold controls: the journey's panel titles and the page's own folded sections. */
function folds(demo: Demo): HTMLElement[] {
  return demo.$$<HTMLElement>('button.fold, details.fold-section > summary').filter((e) => demo.visible(e));
}

const isOpen = (e: HTMLElement) => (e.localName === 'summary' ? (e.parentElement as HTMLDetailsElement).open : e.getAttribute('aria-expanded') === 'true');

describe('task 8, the page on a phone', function () {
  this.timeout(TASK_TIMEOUT);

  it('the citizen page is a few screens tall at 390 px, each folded section one tap away', async () => {
    const demo = await openDemo('index', { width: WIDTHS.phone });
    const h = height(demo);
    console.log(`citizen page at 390 px: ${h} px tall, folded`);
    expect(h).to.be.below(PHONE_PAGE_MAX);
    const names = folds(demo).map((f) => demo.text(f));
    expect(names).to.deep.equal(['Dove nel corpo', 'Percorsi di cura', 'Privacy e consensi']);
    expect(folds(demo).every((f) => !isOpen(f)), 'all folded at first').to.equal(true);

    await demo.click('Dove nel corpo');
    await demo.settled();
    const map = demo.$('fse-body-map')!;
    expect(demo.visible(map), 'the body map opens').to.equal(true);
    expect(map.shadowRoot!.querySelector('[data-region="heart"]')).to.exist;
    await demo.click('Percorsi di cura');
    await demo.settled();
    expect(demo.text(demo.$('fse-care-paths')!)).to.match(/Fibrillazione atriale/);
    await demo.click(folds(demo).find((f) => demo.text(f) === 'Privacy e consensi')!);
    await demo.settled();
    expect(demo.visible(demo.$('fse-consent-panel')!)).to.equal(true);
    expect(folds(demo).every(isOpen), 'all open').to.equal(true);
    expect(demo.actions, 'actions: one tap per section').to.equal(3);
    // Folding again gives the short page back.
    await demo.click('Dove nel corpo');
    await demo.settled();
    expect(demo.visible(demo.$('fse-body-map')!)).to.equal(false);
  });

  it('the clinician page is a few screens tall at 390 px', async () => {
    const demo = await openDemo('clinician', { width: WIDTHS.phone });
    const h = height(demo);
    console.log(`clinician page at 390 px: ${h} px tall, folded`);
    expect(h).to.be.below(PHONE_PAGE_MAX);
    expect(folds(demo).map((f) => demo.text(f))).to.deep.equal(['Dove nel corpo', 'Percorsi di cura']);
  });

  it('on a laptop nothing is folded: every panel is open, with no fold control', async () => {
    const demo = await openDemo('index', { width: WIDTHS.desktop });
    expect(folds(demo)).to.deep.equal([]);
    for (const tag of ['fse-body-map', 'fse-care-paths', 'fse-consent-panel']) expect(demo.visible(demo.$(tag)!), tag).to.equal(true);
  });
});

for (const width of Object.values(WIDTHS)) {
  describe(`task 8, the timeline on a phone and a desktop, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('lane names never break inside a word, the plot keeps the width, and tooltips stay in the viewport', async () => {
      const demo = await openDemo('index', { width });
      const tl = timelineOf(demo);
      const root = tl.shadowRoot!;
      const heads = [...root.querySelectorAll<HTMLElement>('[part~="lane-header"]')];
      expect(heads.length).to.be.greaterThan(2);
      for (const head of heads) {
        const label = head.querySelector<HTMLElement>('.label')!;
        const name = label.textContent!.trim();
        // the button keeps the lane's name for a screen reader
        expect(head.textContent!.replace(/\s+/g, ' ')).to.contain(name);
        if (label.getBoundingClientRect().width <= 1) continue; // shortened to its icon
        // the label's words are one text node (lit's markers around it are comments)
        const text = [...label.childNodes].find((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() === name)!;
        expect(text, `"${name}" is one text`).to.exist;
        const offset = text.textContent!.indexOf(name);
        for (const m of name.matchAll(/\S+/g)) {
          const range = demo.doc.createRange();
          range.setStart(text, offset + m.index!);
          range.setEnd(text, offset + m.index! + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          expect(lines.size, `"${m[0]}" of "${name}" on one line`).to.equal(1);
        }
        expect(label.scrollWidth, `"${name}" is not cut`).to.be.at.most(label.clientWidth + 1);
      }
      // the plot in view, as a person scrolls to it
      root.querySelector<HTMLElement>('.plot')!.scrollIntoView({ block: 'center' });
      await demo.frameDone();
      const plot = root.querySelector<HTMLElement>('.plot')!.getBoundingClientRect();
      const frame = root.querySelector<HTMLElement>('[part="chart"]')!.getBoundingClientRect();
      expect(plot.width / frame.width, 'the plot keeps most of the width').to.be.at.least(0.7);
      // hover marks from the left edge to the right edge: the tooltip never leaves the viewport
      const r = tl.visibleRange!;
      const f = demo.frame.getBoundingClientRect();
      const rows = [...root.querySelectorAll<HTMLElement>('.row')];
      const { lanes } = tl.drawnLabels;
      const marks = [...tl.drawnMarks].sort((a, b) => a.t - b.t);
      const picks = [marks[0], marks[marks.length - 1], marks[marks.length >> 1]];
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
      const vw = demo.doc.documentElement.clientWidth;
      for (const m of picks) {
        const row = rows[lanes.indexOf(m.lane)].getBoundingClientRect();
        const x = plot.left + ((m.t - r.from) / (r.to - r.from)) * plot.width;
        demo.actions++;
        await sendMouse({ type: 'move', position: [Math.round(f.left + x), Math.round(f.top + row.top + row.height / 2)] });
        await demo.until(() => demo.visible(tip), 'a tooltip on hover');
        const t = tip.getBoundingClientRect();
        expect(t.left, 'inside on the left').to.be.at.least(0);
        expect(t.right, 'inside on the right').to.be.at.most(vw);
        expect(t.top).to.be.at.least(0);
        expect(t.bottom).to.be.at.most(demo.win.innerHeight);
      }
      expect(demo.actions).to.equal(3);
    });
  });
}
