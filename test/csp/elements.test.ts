/**
 * Every Percorso element under the strict Content-Security-Policy a portal uses (issue 8 §2):
 * no `securitypolicyviolation` at all, and the geometry that used to ride on `style` attributes is
 * really there — timeline marks in their lane, axis labels apart, care-path progress as wide as
 * the progress, the access log's rows still on screen after scrolling.
 *
 * The elements are found, not listed: every custom element class that `@percorso/elements`
 * exports is mounted with the sample record, so a new element is checked as soon as it is
 * exported. Element-specific geometry checks are below; add one for a new element's own layout.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { drawingTags, exportedTags } from '../elements/exported-tags.js';
import { sampleView } from '../../stories/data.js';
import { fixtureView as carePathsView } from '../care-paths/fixtures.js';
import { withLongLog } from '../consent-panel/fixtures.js';
import { expectNoViolationsSince, rgbOf, settleAll, violationMark } from './support.js';

type Shadowed = HTMLElement & { view?: unknown; now?: number; updateComplete: Promise<unknown> };

async function mount(tag: string, view: FseView, width = 1100): Promise<Shadowed> {
  const host = await fixture<HTMLDivElement>(html`<div class="host"></div>`);
  host.style.setProperty('inline-size', `${width}px`);
  const el = document.createElement(tag) as Shadowed;
  el.setAttribute('lang', 'it');
  if ('now' in el) el.now = SAMPLE_NOW;
  el.view = view;
  host.append(el);
  await settleAll(host);
  return el;
}

const $$ = (root: ParentNode, sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];

describe('every element under the strict CSP', () => {
  const tags = exportedTags();

  it('finds the elements @percorso/elements exports', () => {
    expect(tags).to.include.members(['fse-body-map', 'fse-care-paths', 'fse-consent-panel', 'fse-journey', 'fse-timeline']);
  });

  // <fse-record> draws nothing of its own: its elements are checked here one by one.
  for (const tag of drawingTags()) {
    for (const theme of ['light', 'dark']) {
      it(`<${tag}> (${theme}) shows the sample record with no CSP violation`, async () => {
        const mark = violationMark();
        const el = await mount(tag, sampleView('citizen'));
        el.setAttribute('theme', theme);
        await settleAll(el.parentElement!);
        const root = el.shadowRoot!;
        expect(root.querySelector('[part~="state"]'), 'no loading or error state').to.equal(null);
        expect((root.textContent ?? '').trim().length, 'something is on screen').to.be.greaterThan(20);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(40);
        await expectNoViolationsSince(mark, `<${tag}>`);
      });
    }
  }
});

describe('<fse-timeline> geometry under the strict CSP', () => {
  let el: Shadowed;
  let mark: number;
  beforeEach(async () => {
    mark = violationMark();
    el = await mount('fse-timeline', sampleView('citizen'));
    await waitUntil(() => $$(el.shadowRoot!, '.axis .tick').length > 2, 'the axis is drawn');
  });
  it('draws each lane’s marks inside that lane’s row', async () => {
    const root = el.shadowRoot!;
    const canvas = root.querySelector('canvas')!;
    const box = canvas.getBoundingClientRect();
    const ctx = canvas.getContext('2d')!;
    const scale = canvas.height / box.height;
    const rows = $$(root, '.row:not(.collapsed)').filter((r) => Number(r.querySelector('.count')?.textContent?.replace(/\D/g, '') || 0) > 0);
    expect(rows.length, 'lanes with events in view').to.be.greaterThan(2);
    // Rows and canvas lanes stack the same heights: the rows must fill the canvas exactly.
    const last = rows[rows.length - 1].getBoundingClientRect();
    expect(Math.abs($$(root, '.row').at(-1)!.getBoundingClientRect().bottom - box.bottom)).to.be.below(2);
    expect(last.height).to.be.greaterThan(30);
    for (const row of rows) {
      const r = row.getBoundingClientRect();
      const icon = row.querySelector<HTMLElement>('.lane-head button > span:not([class])')!;
      const [cr, cg, cb] = rgbOf(getComputedStyle(icon).color);
      // The lane's colour must appear on the canvas line through the middle of its row.
      const y = Math.round((r.top + r.height / 2 - box.top) * scale);
      const line = ctx.getImageData(0, y, canvas.width, 1).data;
      let hits = 0;
      for (let i = 0; i < line.length; i += 4) {
        if (line[i + 3] > 250 && Math.abs(line[i] - cr) < 12 && Math.abs(line[i + 1] - cg) < 12 && Math.abs(line[i + 2] - cb) < 12) hits++;
      }
      expect(hits, `marks of lane “${row.querySelector('.label')?.textContent}” in its row`).to.be.greaterThan(3);
    }
    await expectNoViolationsSince(mark, '<fse-timeline>');
  });

  it('spreads the axis labels along the axis without overlapping', async () => {
    const root = el.shadowRoot!;
    const axis = root.querySelector('.axis')!.getBoundingClientRect();
    const labels = $$(root, '.axis .tick span')
      .map((s) => s.getBoundingClientRect())
      .sort((a, b) => a.left - b.left);
    expect(labels.length).to.be.greaterThan(2);
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i].left, `label ${i} starts after label ${i - 1} ends`).to.be.at.least(labels[i - 1].right - 0.5);
    }
    expect(labels.at(-1)!.left - labels[0].left, 'labels span the axis').to.be.greaterThan(axis.width / 2);
    await expectNoViolationsSince(mark, '<fse-timeline>');
  });
});

describe('<fse-care-paths> geometry under the strict CSP', () => {
  it('draws each progress bar’s segments as wide as the steps they stand for', async () => {
    const mark = violationMark();
    const el = await mount('fse-care-paths', carePathsView('citizen', { screening: true }), 900);
    const bars = $$(el.shadowRoot!, '[role="progressbar"]');
    expect(bars.length).to.be.greaterThan(0);
    let checked = 0;
    for (const bar of bars) {
      const total = Number(bar.getAttribute('aria-valuemax'));
      const done = Number(bar.getAttribute('aria-valuenow'));
      const segs = $$(bar, '.seg');
      const width = (s: HTMLElement) => s.getBoundingClientRect().width;
      const sum = segs.reduce((a, s) => a + width(s), 0);
      const inner = bar.clientWidth - 2 * (segs.length - 1); // 2 px gaps between segments
      expect(Math.abs(sum - inner), 'the segments fill the bar').to.be.below(2);
      const doneSeg = bar.querySelector<HTMLElement>('.seg--done');
      if (done > 0) {
        expect(Math.abs(width(doneSeg!) / sum - done / total), 'done segment ∝ steps done').to.be.below(0.03);
        checked++;
      }
    }
    expect(checked, 'a bar with steps done').to.be.greaterThan(0);
    await expectNoViolationsSince(mark, '<fse-care-paths>');
  });
});

describe('<fse-consent-panel> geometry under the strict CSP', () => {
  it('keeps the access log’s rows on screen after scrolling', async () => {
    const mark = violationMark();
    const bundle = withLongLog(generateFhir({ seed: 7, events: 200, now: SAMPLE_NOW }), 800, SAMPLE_NOW);
    const view = viewFor(fromFhir(bundle, { now: SAMPLE_NOW }).record, { role: 'citizen', now: SAMPLE_NOW });
    const el = await mount('fse-consent-panel', view, 1100);
    const root = el.shadowRoot!;
    const scroller = root.querySelector<HTMLElement>('.log-scroll')!;
    expect(scroller.scrollHeight, 'the log is as tall as all its rows').to.be.greaterThan(scroller.clientHeight * 20);
    for (const f of [0.5, 0.9]) {
      scroller.scrollTop = scroller.scrollHeight * f;
      scroller.dispatchEvent(new Event('scroll'));
      await settleAll(el.parentElement!);
      const port = scroller.getBoundingClientRect();
      const onScreen = $$(root, '.log-body [role="row"]').filter((r) => {
        const b = r.getBoundingClientRect();
        return b.height > 20 && b.bottom > port.top + 1 && b.top < port.bottom - 1;
      });
      expect(onScreen.length, `rows in view after scrolling to ${f * 100}%`).to.be.greaterThan(3);
      // Rows do not pile on one another: each sits one row below the previous.
      const tops = onScreen.map((r) => r.getBoundingClientRect().top).sort((a, b) => a - b);
      for (let i = 1; i < tops.length; i++) expect(tops[i] - tops[i - 1]).to.be.greaterThan(20);
      expect(onScreen.every((r) => (r.textContent ?? '').trim().length > 0)).to.equal(true);
    }
    await expectNoViolationsSince(mark, '<fse-consent-panel>');
  });
});

describe('<fse-document> under the strict CSP', () => {
  it('shows a lab report (results table, narrative, explanations) with no CSP violation', async () => {
    const mark = violationMark();
    const view = sampleView('citizen');
    const lab = [...view.events].reverse().find((e) => e.document?.nationalType === 'LAB')!;
    const el = await mount('fse-document', view);
    el.setAttribute('document-id', lab.id);
    await settleAll(el.parentElement!);
    const root = el.shadowRoot!;
    expect($$(root, '[part~="results"] tbody tr').length).to.be.greaterThan(0);
    for (const b of $$(root, 'button.explain, .glossary summary')) b.click();
    await settleAll(el.parentElement!);
    await expectNoViolationsSince(mark, '<fse-document>');
  });
});
