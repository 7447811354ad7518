/**
 * Task 10, "the demo as a real page" (issue 11): no heading said twice, printing the index of
 * documents prints the index alone, and the page says in one line what it is and links Storybook.
 * Both demo pages, at a desktop and a phone width, driven as a person would.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { openDemo, TASK_TIMEOUT, WIDTHS, type Demo } from './demo.js';

/** The headings a screen-reader user lists (visible ones, across shadow roots), in order. */
function headings(demo: Demo): string[] {
  return demo
    .$$('h1, h2, h3, h4, h5, h6, [role="heading"]')
    .filter((h) => demo.visible(h))
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function repeated(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((h) => (seen.has(h.toLowerCase()) ? true : (seen.add(h.toLowerCase()), false)));
}

/** Opens a section that folds to its title on phones (one action), or nothing when it is open. */
async function unfold(demo: Demo, name: string): Promise<void> {
  const closed = demo.byTextAll(name).filter((e) => e.localName === 'summary' && !(e.parentElement as HTMLDetailsElement).open);
  if (closed[0]) await demo.click(closed[0]);
}

for (const width of Object.values(WIDTHS)) {
  describe(`task 10, the demo as a real page, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('the citizen page says no heading twice, with every section open', async () => {
      const demo = await openDemo('index', { width });
      await unfold(demo, 'Privacy e consensi');
      const list = headings(demo);
      expect(list).to.include('Privacy e consensi');
      expect(repeated(list), `headings: ${list.join(' | ')}`).to.deep.equal([]);
      expect(demo.actions, 'actions').to.be.at.most(width === WIDTHS.phone ? 1 : 0);
    });

    it('the clinician page says no heading twice', async () => {
      const demo = await openDemo('clinician', { width });
      const list = headings(demo);
      expect(list.length).to.be.greaterThan(3);
      expect(repeated(list), `headings: ${list.join(' | ')}`).to.deep.equal([]);
    });

    it('says what it is in one line, and links Storybook', async () => {
      for (const page of ['index', 'clinician'] as const) {
        const demo = await openDemo(page, { width });
        const main = demo.$('main')!;
        const intro = [...main.querySelectorAll('p')].find((p) => demo.visible(p))!;
        expect(intro.textContent, page).to.match(/Percorso/);
        const link = [...intro.querySelectorAll('a')].find((a) => /storybook/i.test(a.textContent ?? ''));
        expect(link, `${page}: a link to Storybook in the first line`).to.exist;
        expect(link!.getAttribute('href')).to.match(/^https?:\/\//);
        if (width === WIDTHS.desktop) {
          // One line on a laptop: no taller than one line of its text.
          const lineHeight = parseFloat(demo.win.getComputedStyle(intro).lineHeight) || 1.5 * parseFloat(demo.win.getComputedStyle(intro).fontSize);
          expect(intro.getBoundingClientRect().height, `${page}: "${intro.textContent?.trim()}"`).to.be.below(lineHeight * 1.5);
        }
      }
    });

    it('printing the index of documents prints the index alone', async function () {
      const demo = await openDemo('index', { width });
      await unfold(demo, 'Privacy e consensi');
      // A headless browser has no print dialog: the page's print() is where the dialog would open,
      // and what it would print is what print media shows at that moment.
      let asked!: () => void;
      const printing = new Promise<void>((ok) => (asked = ok));
      demo.win.print = () => asked();
      await demo.click('Stampa o salva come PDF');
      await printing;
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // Firefox may not emulate print media
      }
      try {
        await demo.frameDone();
        const index = demo.$('fse-consent-panel')!.shadowRoot!.querySelector('[part~="index"] table');
        expect(index && demo.visible(index), 'the index is printed').to.equal(true);
        for (const sel of ['fse-journey', 'h1', '#salute', '.demo-intro']) {
          const el = demo.$(sel);
          expect(el && demo.visible(el), `${sel} is not printed`).to.equal(false);
        }
      } finally {
        await emulateMedia({ media: 'screen' });
        demo.win.dispatchEvent(new Event('afterprint'));
      }
      expect(demo.actions, 'actions').to.equal(width === WIDTHS.phone ? 2 : 1);
    });
  });
}
