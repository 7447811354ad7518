/**
 * <fse-record>: the elements placed inside it, in the host page's own layout, show its view and
 * share one selection (the same model the journey uses): a body region filters the timeline, a
 * care path highlights its events, an event selects its care path. Data go the real way:
 * generateFhir → fromFhir → viewFor.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import '../../packages/elements/src/body-map.js';
import '../../packages/elements/src/care-paths.js';
import '../../packages/elements/src/timeline.js';
import '../../packages/elements/src/record.js';
import '../../packages/elements/src/summary.js';
import '../../packages/elements/src/medications.js';
import type { FseRecord } from '../../packages/elements/src/record.js';
import type { FseRegionSelectEvent } from '../../packages/elements/src/body-map.js';
import { FseEventSelectEvent } from '../../packages/elements/src/timeline.js';

let cached: FseView | undefined;
function sample(): FseView {
  cached ??= viewFor(fromFhir(generateFhir({ seed: 11, events: 300, now: SAMPLE_NOW }), { now: SAMPLE_NOW }).record, { role: 'citizen', now: SAMPLE_NOW });
  return cached;
}

type El = HTMLElement & Record<string, unknown> & { updateComplete: Promise<unknown> };

/** A host page's own layout: a sidebar with the map and the care paths, the timeline in the main column. */
async function mount(view: unknown): Promise<{ record: FseRecord; map: El; paths: El; timeline: El }> {
  const record = await fixture<FseRecord>(html`<fse-record .view=${view}>
    <div class="portal">
      <aside>
        <h2>Il mio corpo</h2>
        <fse-body-map lang="it"></fse-body-map>
        <h2>I miei percorsi</h2>
        <fse-care-paths lang="it" layout="compact"></fse-care-paths>
      </aside>
      <main><fse-timeline lang="it" show-table .now=${SAMPLE_NOW}></fse-timeline></main>
    </div>
  </fse-record>`);
  const q = (tag: string) => record.querySelector(tag) as El;
  const els = { record, map: q('fse-body-map'), paths: q('fse-care-paths'), timeline: q('fse-timeline') };
  await settle(els);
  return els;
}

async function settle(els: { record: FseRecord; map: El; paths: El; timeline: El }): Promise<void> {
  await els.record.updateComplete;
  for (const el of [els.map, els.paths, els.timeline]) await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  for (const el of [els.map, els.paths, els.timeline]) await el.updateComplete;
}

const rows = (timeline: El) => [...timeline.shadowRoot!.querySelectorAll('tbody tr.data')];
const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<fse-record>', () => {
  it('gives its view to every element inside it, in the host’s own layout', async () => {
    const v = sample();
    const { map, paths, timeline } = await mount(v);
    expect(map.shadowRoot!.querySelector('[data-region="heart"]'), 'the map counts the record').to.exist;
    const af = v.carePaths.find((p) => /fibrillazione/i.test(p.title))!;
    expect(text(paths.shadowRoot!)).to.contain(af.title);
    expect(rows(timeline).length, 'the timeline lists the record').to.be.greaterThan(0);
    expect(text(timeline.shadowRoot!.querySelector('[part="summary"]'))).to.not.equal('');
  });

  it('filters the timeline by the region chosen on the body map, with the items the map counted', async () => {
    const els = await mount(sample());
    const { record, map, timeline } = els;
    const before = rows(timeline).length;
    const selected = oneEvent(record, 'fse-region-select');
    map.shadowRoot!.querySelector<HTMLElement>('[data-region="heart"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const ev = (await selected) as unknown as FseRegionSelectEvent;
    await settle(els);
    expect(record.getAttribute('selected-region')).to.equal('heart');
    expect(map.getAttribute('selected')).to.equal('heart');
    expect((timeline.filter as { bodyRegion?: string }).bodyRegion).to.equal('heart');
    const regionsOf = timeline.regionsOf as (e: unknown) => { region: string }[];
    const matched = sample().events.filter((e) => regionsOf(e).some((r) => r.region === 'heart')).map((e) => e.id).sort();
    expect(matched).to.deep.equal([...ev.detail.relatedIds].sort());
    const after = rows(timeline).length;
    expect(after, 'fewer rows once filtered').to.be.lessThan(before);
    expect(after).to.be.greaterThan(0);

    // The page clears it through the record's attribute: every element follows.
    record.removeAttribute('selected-region');
    await settle(els);
    expect((timeline.filter as { bodyRegion?: string }).bodyRegion).to.equal(undefined);
    expect(map.hasAttribute('selected')).to.equal(false);
    expect(rows(timeline).length).to.equal(before);
  });

  it('highlights a care path’s events on the timeline when its card is chosen', async () => {
    const v = sample();
    const els = await mount(v);
    const { record, paths, timeline } = els;
    const af = v.carePaths.find((p) => /fibrillazione/i.test(p.title))!;
    const button = [...paths.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.select')].find((b) => text(b) === af.title)!;
    button.click();
    await settle(els);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(record.getAttribute('selected-path')).to.equal(af.id);
    const inView = new Set(v.events.map((e) => e.id));
    expect([...(timeline.highlighted as string[])].sort()).to.deep.equal(af.eventIds.filter((id) => inView.has(id)).sort());
  });

  it('selects the care path of an event chosen on the timeline', async () => {
    const v = sample();
    const els = await mount(v);
    const { record, paths, timeline } = els;
    const af = v.carePaths.find((p) => /fibrillazione/i.test(p.title))!;
    const event = v.events.find((e) => e.carePathIds.includes(af.id))!;
    timeline.dispatchEvent(new FseEventSelectEvent(event.id, event));
    await settle(els);
    expect(record.getAttribute('selected-event')).to.equal(event.id);
    expect(paths.selected).to.equal(af.id);
    const button = [...paths.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.select')].find((b) => text(b) === af.title)!;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(timeline.selected).to.equal(event.id);
  });

  it('lets an element keep a view of its own, and leaves elements outside it alone', async () => {
    const v = sample();
    const other = viewFor(fromFhir(generateFhir({ seed: 3, events: 60, now: SAMPLE_NOW }), { now: SAMPLE_NOW }).record, { role: 'citizen', now: SAMPLE_NOW });
    const wrap = await fixture<HTMLElement>(html`<div>
      <fse-record .view=${v}><fse-care-paths lang="it" .view=${other}></fse-care-paths></fse-record>
      <fse-care-paths lang="it" id="outside"></fse-care-paths>
    </div>`);
    const inside = wrap.querySelector('fse-record fse-care-paths') as El;
    const outside = wrap.querySelector('#outside') as El;
    await inside.updateComplete;
    await outside.updateComplete;
    expect(text(inside.shadowRoot!)).to.contain(other.carePaths[0]!.title);
    expect(text(outside.shadowRoot!), 'no record, no view: nothing shown').to.equal('');
  });

  it('shows the loading state of a promised view in every element, then the view', async () => {
    let resolve!: (v: FseView) => void;
    const promised = new Promise<FseView>((r) => (resolve = r));
    const els = await mount(promised);
    expect(els.timeline.shadowRoot!.querySelector('[part="state"][aria-busy="true"]')).to.exist;
    expect(els.map.shadowRoot!.querySelector('[part="state"][aria-busy="true"]')).to.exist;
    resolve(sample());
    await promised;
    await settle(els);
    expect(rows(els.timeline).length).to.be.greaterThan(0);
    // The selection model indexed the settled view: choosing a region still filters.
    els.map.shadowRoot!.querySelector<HTMLElement>('[data-region="heart"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(els);
    expect((els.timeline.filter as { bodyRegion?: string }).bodyRegion).to.equal('heart');
  });

  it('one selection with the summary and the therapy in the host’s layout: a medicine highlights its events and selects its path; a summary line takes over', async () => {
    const v = sample();
    const record = await fixture<FseRecord>(html`<fse-record .view=${v}>
      <header><fse-summary lang="it"></fse-summary></header>
      <aside><fse-care-paths lang="it" layout="compact"></fse-care-paths><fse-medications lang="it"></fse-medications></aside>
      <main><fse-timeline lang="it" .now=${SAMPLE_NOW}></fse-timeline></main>
    </fse-record>`);
    const q = (tag: string) => record.querySelector(tag) as El;
    const [summary, paths, meds, timeline] = [q('fse-summary'), q('fse-care-paths'), q('fse-medications'), q('fse-timeline')];
    const settleAll = async () => {
      await record.updateComplete;
      for (const el of [summary, paths, meds, timeline]) await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    };
    await settleAll();
    const name = [...meds.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.name')].find((b) => /rivaroxaban/i.test(b.textContent ?? ''))!;
    expect(name, 'the sample takes rivaroxaban').to.exist;
    const chosen = oneEvent(record, 'fse-select');
    name.click();
    const ev = (await chosen) as unknown as { eventIds: string[] };
    await settleAll();
    expect(ev.eventIds.length).to.be.greaterThan(0);
    expect([...(timeline.highlighted as string[])].sort()).to.deep.equal([...ev.eventIds].sort());
    expect(ev.eventIds).to.include(timeline.selected as string);
    const af = v.carePaths.find((p) => /fibrillazione/i.test(p.title))!;
    expect(paths.selected).to.equal(af.id);
    expect(meds.selected).to.be.a('string');

    // A line of the summary chosen next: it is the selection now, and the medicine is no longer.
    const source = summary.shadowRoot!.querySelector<HTMLButtonElement>('button.source')!;
    expect(source, 'a summary line with its source').to.exist;
    record.addEventListener('fse-open', (e) => e.preventDefault(), { once: true });
    source.click();
    await settleAll();
    expect(summary.selected).to.be.a('string');
    expect(meds.selected, 'the medicine is no longer selected').to.equal(undefined);
  });
});
