/**
 * Task 8, "Phone", the page's part (issue 11): at 390 px the demo pages are a few screens tall,
 * not 17 000 px — the body map, the care paths and the privacy panel fold to their titles and each
 * opens with one tap; on a laptop everything is open. (The timeline's part of the task is tested
 * with the timeline; every other task test runs at 390 px too.)
 */
import { expect } from '@open-wc/testing';
import { openDemo, TASK_TIMEOUT, WIDTHS, type Demo } from './demo.js';

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
