/**
 * <fse-body-map>: what a citizen or a clinician sees and can do with the body map. Views are built
 * from FHIR through fromFhir + viewFor (fixtures.ts); only the invalid-data tests build a view by
 * hand.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { bodyRegionsOf, fromFhir, viewFor, type CarePath, type ClinicalEvent, type FseView } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import '../../packages/elements/src/body-map.js';
import { FseRegionSelectEvent, MAP_REGIONS, type FseBodyMap, type MapRegion } from '../../packages/elements/src/body-map.js';
import { FseErrorEvent } from '../../packages/elements/src/internal/events.js';
import { fixtureView, HOSTILE, NOW, SECRET_TITLE } from './fixtures.js';

type Opts = { lang?: string; theme?: string; side?: string; anatomy?: string; mode?: string; width?: number };

async function mount(view: FseView | PromiseLike<FseView> | unknown, opts: Opts = {}): Promise<FseBodyMap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${opts.width ?? 640}px">
    <fse-body-map
      lang=${opts.lang ?? 'it'}
      theme=${opts.theme ?? 'light'}
      side=${opts.side ?? 'front'}
      anatomy=${opts.anatomy ?? 'neutral'}
      mode=${opts.mode ?? 'figure'}
      .view=${view}
    ></fse-body-map>
  </div>`);
  const el = wrap.querySelector('fse-body-map') as FseBodyMap;
  await el.updateComplete;
  return el;
}

const $ = (el: FseBodyMap, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: FseBodyMap, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null) => (node as HTMLElement | null)?.innerText?.replace(/\s+/g, ' ').trim() ?? '';
const figureRegion = (el: FseBodyMap, r: MapRegion) => $(el, `.layout [data-region="${r}"]`);
const listItem = (el: FseBodyMap, r: MapRegion) => $(el, `.list [data-list-region="${r}"]`)!;
const active = (el: FseBodyMap) => el.shadowRoot!.activeElement as HTMLElement | null;

/**
 * The counting rule, written out independently of the element and the model (see count.ts and
 * itemSitesOf): an item's own places, its care paths' conditions, and a prescription's fulfilment's.
 */
function expectedCounts(view: FseView): { counts: Map<MapRegion, number>; items: Set<string>; placements: number } {
  const ids = new Set(view.events.map((e) => e.id));
  const isMember = (e: ClinicalEvent) => !!e.documentId && e.documentId !== e.id && ids.has(e.documentId);
  const items = view.events.filter((e) => !isMember(e));
  const membersOf = (item: ClinicalEvent) => view.events.filter((e) => isMember(e) && e.documentId === item.id);
  const atcOf = (e: ClinicalEvent) => (e.medication?.medication ?? []).filter((c) => /atc/i.test(c.system)).map((c) => c.code);
  const pathRegions = (p: CarePath) =>
    p.conditions.length ? bodyRegionsOf({ id: p.id, kind: 'condition', title: '', date: { iso: '', precision: 'day', start: 0, end: 1 }, codes: p.conditions, carePathIds: [], bodySites: [], privacy: p.privacy, source: [] }) : [];
  const linked = (e: ClinicalEvent, p: CarePath): boolean => {
    if (e.carePathIds.includes(p.id) || p.eventIds.includes(e.id) || p.therapyIds.includes(e.id)) return true;
    const therapyAtc = view.events.filter((t) => p.therapyIds.includes(t.id)).flatMap(atcOf);
    return atcOf(e).some((a) => therapyAtc.includes(a)) && e.date.end > (p.period?.start?.start ?? -Infinity);
  };
  const own = new Map<string, Set<MapRegion>>();
  const add = (set: Set<MapRegion>, s: { region: string; laterality?: string }) => {
    if (s.region === 'upper-limb' || s.region === 'lower-limb') {
      if (s.laterality !== 'right') set.add(`${s.region}-left`);
      if (s.laterality !== 'left') set.add(`${s.region}-right`);
    } else set.add(s.region as MapRegion);
  };
  for (const item of items) {
    const regions = new Set<MapRegion>();
    for (const e of [item, ...membersOf(item)]) {
      for (const s of bodyRegionsOf(e)) add(regions, s);
      for (const p of view.carePaths) if (linked(e, p)) for (const s of pathRegions(p)) add(regions, s);
    }
    own.set(item.id, regions);
  }
  const isPrescription = (e: ClinicalEvent) => (e.document && /^PRESC_/.test(e.document.nationalType)) || e.medication?.kind === 'prescription';
  const nres = (e: ClinicalEvent) => [...(e.document?.nre ?? []), ...(e.medication?.nre ? [e.medication.nre] : [])];
  const counts = new Map<MapRegion, number>(MAP_REGIONS.map((r) => [r, 0]));
  let placements = 0;
  for (const item of items) {
    const regions = new Set(own.get(item.id));
    const issued = [item, ...membersOf(item)].filter(isPrescription).flatMap(nres);
    for (const other of items) {
      if (other === item || !issued.length) continue;
      const carried = [other, ...membersOf(other)].filter((e) => !isPrescription(e)).flatMap(nres);
      if (carried.some((n) => issued.includes(n))) for (const r of own.get(other.id)!) regions.add(r);
    }
    if (!regions.size) regions.add('whole-body');
    for (const r of regions) counts.set(r, counts.get(r)! + 1);
    placements += regions.size;
  }
  return { counts, items: new Set(items.map((e) => e.id)), placements };
}

/** The count a region's accessible name says ("Torace, 2 eventi" → 2). */
const countIn = (label: string | null) => Number(/(\d+)\s+\S+$/.exec(label ?? '')?.[1] ?? NaN);

describe('<fse-body-map>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  describe('counts', () => {
    it('counts every region by the rule, from the view, in the figure and in the list', async () => {
      const view = fixtureView('citizen', { obscured: true });
      const { counts, items, placements } = expectedCounts(view);
      const el = await mount(view);
      let sum = 0;
      for (const r of MAP_REGIONS) {
        const n = counts.get(r)!;
        expect(el.counts.get(r)?.count, r).to.equal(n);
        expect(countIn(listItem(el, r).textContent?.match(/^[^\n]*?\d+ event[oi]/m)?.[0] ?? null), `list ${r}`).to.equal(n);
        sum += n;
      }
      // The sum over regions (whole body included) is the number of (item, region) placements.
      expect(sum).to.equal(placements);
      // Nothing is lost: every item is counted somewhere.
      const counted = new Set([...el.counts.values()].flatMap((c) => c.itemIds));
      expect(counted).to.deep.equal(items);
      for (const r of MAP_REGIONS.filter((m) => figureRegion(el, m))) {
        expect(countIn(figureRegion(el, r)!.getAttribute('aria-label')), `figure ${r}`).to.equal(counts.get(r));
      }
    });

    it('counts a generated record (the sample patient) by the same rule, nothing lost', async () => {
      const { record } = fromFhir(generateFhir({ seed: 2026, events: 600, now: SAMPLE_NOW }), { now: SAMPLE_NOW });
      const view = viewFor(record, { role: 'citizen', now: SAMPLE_NOW });
      const { counts, items, placements } = expectedCounts(view);
      const el = await mount(view);
      for (const r of MAP_REGIONS) expect(el.counts.get(r)!.count, r).to.equal(counts.get(r));
      expect([...el.counts.values()].reduce((n, c) => n + c.count, 0)).to.equal(placements);
      expect(new Set([...el.counts.values()].flatMap((c) => c.itemIds))).to.deep.equal(items);
      // The figure has something to show: several places, not only "not localised".
      expect(MAP_REGIONS.filter((r) => r !== 'whole-body' && counts.get(r)! > 0).length).to.be.greaterThan(5);
      expect(text($(el, '.summary'))).to.contain(`${items.size} eventi nel fascicolo`);
    });

    it('counts a report once per region, not once per finding inside it', async () => {
      const view = fixtureView('clinician');
      const rx = view.events.find((e) => e.kind === 'document' && e.title === 'Radiografia del torace')!;
      const findings = view.events.filter((e) => e.documentId === rx.id);
      expect(findings.length, 'two chest findings inside the X-ray report').to.equal(2);
      const el = await mount(view);
      const chest = el.counts.get('chest')!;
      expect(chest.itemIds.filter((id) => id === rx.id)).to.have.length(1);
      for (const f of findings) expect(chest.itemIds).not.to.include(f.id);
      expect(chest.relatedIds).to.include.members(findings.map((f) => f.id));
      expect(figureRegion(el, 'chest')!.getAttribute('aria-label')).to.equal('Torace, 1 evento');
    });

    it('puts what maps to no place under "Tutto il corpo o non localizzato", and limbs on their side', async () => {
      const view = fixtureView('citizen');
      const el = await mount(view);
      const booking = view.events.find((e) => e.kind === 'appointment')!;
      expect(el.counts.get('whole-body')!.itemIds).to.include(booking.id);
      expect(figureRegion(el, 'whole-body')!.getAttribute('aria-label')).to.match(/^Tutto il corpo o non localizzato, \d+ event/);
      expect(el.counts.get('upper-limb-left')!.count).to.equal(1);
      expect(el.counts.get('upper-limb-right')!.count).to.equal(0);
      // Seen from the front, the patient's left arm is on the reader's right; from the back, on the left.
      const x = (r: MapRegion) => figureRegion(el, r)!.getBoundingClientRect().x;
      expect(x('upper-limb-left')).to.be.greaterThan(x('upper-limb-right'));
      el.side = 'back';
      await el.updateComplete;
      expect(x('upper-limb-left')).to.be.lessThan(x('upper-limb-right'));
    });

    it('says the count with the right plural in Italian, English and German', async () => {
      const view = fixtureView('clinician');
      const it = await mount(view);
      expect(figureRegion(it, 'upper-limb-left')!.getAttribute('aria-label')).to.equal('Braccio sinistro, 1 evento');
      expect(figureRegion(it, 'eyes')!.getAttribute('aria-label')).to.equal('Occhi, 0 eventi');
      const en = await mount(view, { lang: 'en' });
      expect(figureRegion(en, 'upper-limb-left')!.getAttribute('aria-label')).to.equal('Left arm, 1 event');
      expect(figureRegion(en, 'eyes')!.getAttribute('aria-label')).to.equal('Eyes, 0 events');
      const de = await mount(view, { lang: 'de' });
      expect(figureRegion(de, 'upper-limb-left')!.getAttribute('aria-label')).to.equal('Linker Arm, 1 Ereignis');
      expect(figureRegion(de, 'heart')!.getAttribute('aria-label')).to.match(/^Herz, \d+ Ereignisse?$/);
    });

    it('shows a badge with the number on each region that has documents, and none where there are none', async () => {
      const el = await mount(fixtureView('citizen'));
      const drawn = MAP_REGIONS.filter((m) => $(el, `svg [data-region="${m}"]`));
      // Both branches below must be met at least once, or the test checks only one of its promises.
      expect(drawn.filter((r) => el.counts.get(r)!.count > 0), 'regions with documents').to.not.be.empty;
      expect(drawn.filter((r) => el.counts.get(r)!.count === 0), 'regions without').to.not.be.empty;
      for (const r of drawn) {
        const badge = $(el, `[data-badge="${r}"]`);
        const n = el.counts.get(r)!.count;
        if (n) expect(badge?.textContent?.trim(), r).to.equal(String(n));
        else expect(badge, r).to.equal(null);
      }
    });
  });

  describe('heat', () => {
    it('steps up in luminance and outline weight, not hue alone', async () => {
      const el = await mount(fixtureView('citizen'));
      const probe = $$(el, '.legend .region .shape');
      expect(probe).to.have.length(5);
      const lum = (c: string) => {
        const [r, g, b] = (c.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const fills = probe.map((p) => lum(getComputedStyle(p).fill));
      const widths = probe.map((p) => parseFloat(getComputedStyle(p).strokeWidth));
      for (let i = 1; i < 5; i++) {
        expect(fills[i], `step ${i} darker than ${i - 1}`).to.be.lessThan(fills[i - 1]!);
        expect(widths[i], `step ${i} heavier outline`).to.be.greaterThan(widths[i - 1]!);
      }
      // The two top steps also carry a hatch.
      const hatch = $$(el, '.legend .region .hatch').map((h) => getComputedStyle(h).display);
      expect(hatch.slice(3).every((d) => d !== 'none')).to.equal(true);
      // In dark mode the steps get lighter instead: still monotonic in luminance.
      el.theme = 'dark';
      await el.updateComplete;
      const dark = $$(el, '.legend .region .shape').slice(1).map((p) => lum(getComputedStyle(p).fill));
      for (let i = 1; i < 4; i++) expect(dark[i]).to.be.greaterThan(dark[i - 1]!);
    });
  });

  describe('tooltip', () => {
    it('on focus and hover shows the region, its count and the latest document with its date', async () => {
      const el = await mount(fixtureView('clinician'));
      figureRegion(el, 'chest')!.focus();
      // Focus opens the tooltip and asks for an update; its text is there once the update is done.
      await el.updateComplete;
      const tip = $(el, '[role="tooltip"]')!;
      expect(tip.hidden).to.equal(false);
      expect(text(tip)).to.contain('Torace').and.contain('1 evento').and.contain('Radiografia del torace').and.contain('3 novembre 2025');
      figureRegion(el, 'chest')!.blur();
      figureRegion(el, 'upper-limb-left')!.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      expect(text(tip)).to.contain('Braccio sinistro').and.contain('Frattura del braccio').and.contain('20 giugno 2023');
    });
  });

  describe('undated events', () => {
    it('counts an event without a date in its region but never tells a made-up date for it', async () => {
      const P = { reference: 'Patient/p1' };
      const resources = [
        { resourceType: 'Patient', id: 'p1', identifier: [{ system: 'http://hl7.it/sid/codiceFiscale', value: 'RSSMRA58C41H501Z' }], name: [{ family: 'Rossi', given: ['Maria'] }] },
        { resourceType: 'Condition', id: 'knee', subject: P, code: { text: 'Distorsione del ginocchio' }, bodySite: [{ coding: [{ system: 'http://snomed.info/sct', code: '72696002', display: 'Ginocchio' }] }], onsetDateTime: '2020-04-02' },
        { resourceType: 'Condition', id: 'lung', subject: P, code: { text: 'Asma' }, bodySite: [{ coding: [{ system: 'http://snomed.info/sct', code: '39607008', display: 'Polmone' }] }], onsetDateTime: 'da bambina' },
      ];
      const { record } = fromFhir({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) }, { now: NOW });
      const v = viewFor(record, { role: 'citizen', now: NOW });
      expect(v.events.find((e) => e.id === 'Condition/lung')?.undated).to.equal(true);
      const el = await mount(v);
      const lungs = figureRegion(el, 'lungs')!;
      lungs.focus();
      await el.updateComplete;
      const tip = text($(el, '[role="tooltip"]'));
      expect(tip).to.contain('Asma').and.contain('data non disponibile');
      expect(tip, 'the record’s first date is not the asthma’s').to.not.contain('2020').and.not.contain('aprile');
    });
  });

  describe('keyboard', () => {
    it('Tab in, arrows move in space, Home/End, Enter selects with the events, Esc clears', async () => {
      const view = fixtureView('citizen');
      const wrap = await fixture(html`<div style="width:640px">
        <button id="before">before</button>
        <fse-body-map lang="it" .view=${view}></fse-body-map>
      </div>`);
      const el = wrap.querySelector('fse-body-map') as FseBodyMap;
      await el.updateComplete;
      (wrap.querySelector('#before') as HTMLButtonElement).focus();
      // Front/back, list, then the regions: one tab stop for all of them.
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      expect(active(el)?.dataset.region).to.equal('head');
      expect($$(el, '.layout [data-region][tabindex="0"]')).to.have.length(1);
      // The centre of a region is its anchor (where its badge sits), in viewport coordinates.
      const centre = () => {
        const g = active(el)!;
        const m = ($(el, 'svg.figure') as unknown as SVGSVGElement).getScreenCTM()!;
        return { x: m.a * Number(g.dataset.x) + m.e, y: m.d * Number(g.dataset.y) + m.f, region: g.dataset.region };
      };
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)?.dataset.region).to.equal('eyes');
      // Down and down again moves down the body, every height of it, to the legs.
      const seen: string[] = [];
      for (let i = 0; i < 16; i++) {
        await sendKeys({ press: 'ArrowDown' });
        seen.push(active(el)!.dataset.region!);
      }
      expect(seen.some((r) => r.startsWith('lower-limb'))).to.equal(true);
      await sendKeys({ press: 'Home' });
      expect(active(el)?.dataset.region).to.equal('head');
      await sendKeys({ press: 'End' });
      expect(active(el)?.dataset.region).to.equal('whole-body');
      await sendKeys({ press: 'Home' });
      // To the patient's left arm (reader's right, front view): right, then down.
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      const before = centre();
      await sendKeys({ press: 'ArrowRight' });
      expect(centre().x).to.be.greaterThan(before.x);
      let guard = 0;
      while (active(el)!.dataset.region !== 'chest' && guard++ < 6) await sendKeys({ press: 'ArrowLeft' });
      const chestCentre = centre();
      guard = 0;
      while (!active(el)!.dataset.region!.startsWith('upper-limb-left') && guard++ < 6) await sendKeys({ press: 'ArrowRight' });
      expect(active(el)?.dataset.region).to.equal('upper-limb-left');
      expect(centre().x).to.be.greaterThan(chestCentre.x);
      // Enter selects: the event carries the region and the items counted there.
      const fired = oneEvent(el, FseRegionSelectEvent.type) as unknown as Promise<FseRegionSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const ev = await fired;
      expect(ev).to.be.instanceOf(FseRegionSelectEvent);
      expect(ev.bubbles && ev.composed).to.equal(true);
      expect(ev.detail.region).to.equal('upper-limb-left');
      expect(ev.detail.selected).to.equal(true);
      expect(ev.detail.bodyRegion).to.equal('upper-limb');
      expect(ev.detail.laterality).to.equal('left');
      const fracture = view.events.find((e) => e.title && /frattura/i.test(e.title));
      expect(ev.detail.eventIds).to.deep.equal([fracture!.id]);
      await el.updateComplete;
      expect(el.selected).to.equal('upper-limb-left');
      expect(el.getAttribute('selected')).to.equal('upper-limb-left');
      expect(active(el)!.getAttribute('aria-pressed')).to.equal('true');
      // Esc: the first closes the tooltip, the next clears the selection.
      const cleared = oneEvent(el, FseRegionSelectEvent.type) as unknown as Promise<FseRegionSelectEvent>;
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      const off = await cleared;
      expect(off.detail).to.include({ region: 'upper-limb-left', selected: false });
      expect(off.detail.eventIds).to.deep.equal([]);
      await el.updateComplete;
      expect(el.selected ?? '').to.equal('');
      expect(el.hasAttribute('selected')).to.equal(false);
    });

    it('every arrow moves in its direction (by the regions’ centres), front and back', async function () {
      this.timeout(120_000); // four keys from every region of both sides: slow on a busy machine
      const el = await mount(fixtureView('citizen'));
      const moves = new Map<string, number>();
      for (const side of ['front', 'back'] as const) {
        el.side = side;
        await el.updateComplete;
        const regions = $$(el, 'svg [data-region]').map((g) => g.dataset.region as MapRegion);
        for (const r of regions) {
          for (const [key, axis, sign] of [
            ['ArrowUp', 'y', -1],
            ['ArrowDown', 'y', 1],
            ['ArrowLeft', 'x', -1],
            ['ArrowRight', 'x', 1],
          ] as const) {
            const from = figureRegion(el, r)!;
            from.focus();
            const svg = $(el, 'svg.figure') as unknown as SVGSVGElement;
            const at = (g: HTMLElement) => {
              const m = svg.getScreenCTM()!;
              const x = Number(g.dataset.x);
              const y = Number(g.dataset.y);
              return { x: m.a * x + m.e, y: m.d * y + m.f };
            };
            const p0 = at(from);
            await sendKeys({ press: key });
            const to = active(el)!;
            if (to === from || !to.dataset.x) {
              // Nothing further that way (focus stays, or goes on to a control beside the figure).
              // Then no region's centre lies that way at all.
              const beyond = regions.filter((o) => o !== r && (at(figureRegion(el, o)!)[axis] - p0[axis]) * sign > 0);
              expect(beyond, `${side} ${r} ${key}: focus did not move, yet these lie that way`).to.deep.equal([]);
              continue;
            }
            const p1 = at(to);
            expect((p1[axis] - p0[axis]) * sign, `${side} ${r} ${key} → ${to.dataset.region}`).to.be.greaterThan(0);
            moves.set(`${side} ${key}`, (moves.get(`${side} ${key}`) ?? 0) + 1);
          }
        }
      }
      // Every arrow moved on both sides: a run where focus never moved fails here.
      for (const side of ['front', 'back']) {
        for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) expect(moves.get(`${side} ${key}`) ?? 0, `${side} ${key} moves`).to.be.greaterThan(0);
      }
    });

    it('arrow keys reach every region, front and back, wide and in a phone column (↓ from the lungs used to skip the heart)', async function () {
      this.timeout(240_000);
      for (const [width, anatomy] of [
        [640, 'neutral'],
        [300, 'female'],
      ] as const) {
        for (const side of ['front', 'back'] as const) {
          {
            const el = await mount(fixtureView('citizen'), { side, anatomy, width });
            const controls = $$(el, '.layout [data-region]').map((c) => c.dataset.region!);
            // Breadth-first over the four arrows, from the one tab stop: a region is reached only
            // by arrows pressed from a region reached before (focusing it is where those keys left off).
            const start = $(el, '.layout [data-region][tabindex="0"]')!.dataset.region!;
            const reached = new Set([start]);
            const queue = [start];
            while (queue.length) {
              const from = queue.shift()!;
              for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
                figureRegion(el, from as MapRegion)!.focus();
                await sendKeys({ press: key });
                const to = active(el)?.dataset.region;
                if (to && !reached.has(to)) {
                  reached.add(to);
                  queue.push(to);
                }
              }
            }
            expect(controls.filter((r) => !reached.has(r)), `${width} px ${side} ${anatomy}: not reached with arrows`).to.deep.equal([]);
            expect(controls.length, 'regions on the figure and beside it').to.be.greaterThan(8);
            // ↓ alone, from the head, visits every height of the figure (a pair side by side, such as
            // the two arms, is one height: the other of the pair is one ← or → away).
            figureRegion(el, 'head')!.focus();
            const walk = ['head'];
            for (let i = 0; i < 30; i++) {
              await sendKeys({ press: 'ArrowDown' });
              const to = active(el)?.dataset.region;
              if (!to || walk.includes(to)) break;
              walk.push(to);
            }
            const heightOf = (r: string) => Number((figureRegion(el, r as MapRegion) as HTMLElement).dataset.y);
            const heights = new Set(walk.filter((r) => figureRegion(el, r as MapRegion)?.dataset.y).map(heightOf));
            const figure = $$(el, 'svg [data-region]').map((g) => g.dataset.region!);
            expect(figure.filter((r) => !heights.has(heightOf(r))), `${width} px ${side}: ↓ from the head skips`).to.deep.equal([]);
            if (side === 'front') expect(walk.indexOf('heart'), '↓ from the lungs reaches the heart').to.equal(walk.indexOf('lungs') + 1);
          }
        }
      }
    });

    it('turns the figure front/back with the keyboard; the back shows kidneys and spine', async () => {
      const el = await mount(fixtureView('citizen'));
      expect(figureRegion(el, 'kidneys')).to.equal(null);
      const back = $(el, 'button[data-side="back"]')!;
      back.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.side).to.equal('back');
      expect(back.getAttribute('aria-pressed')).to.equal('true');
      expect(figureRegion(el, 'kidneys')).to.exist;
      expect(figureRegion(el, 'spine')).to.exist;
      expect($(el, 'svg.figure')!.getAttribute('aria-label')).to.equal('Corpo visto di spalle');
      expect($$(el, '.layout [data-region][tabindex="0"]')).to.have.length(1);
      const front = $(el, 'button[data-side="front"]')!;
      front.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.side).to.equal('front');
    });

    it('a host selecting a region seen only from the back turns the figure', async () => {
      const el = await mount(fixtureView('citizen'));
      el.selected = 'kidneys';
      await el.updateComplete;
      expect(el.side).to.equal('back');
      expect(figureRegion(el, 'kidneys')!.getAttribute('aria-pressed')).to.equal('true');
      expect(text($(el, '.selection'))).to.contain('Reni');
      // A mouse user clears it with the button beside.
      const fired = oneEvent(el, FseRegionSelectEvent.type) as unknown as Promise<FseRegionSelectEvent>;
      $(el, '[data-clear]')!.click();
      expect((await fired).detail).to.include({ region: 'kidneys', selected: false });
      await el.updateComplete;
      expect(el.hasAttribute('selected')).to.equal(false);
      expect($(el, '.selection')).to.equal(null);
    });
  });

  describe('selection', () => {
    it('click toggles selection and fires fse-region-select; a cancelled event changes nothing', async () => {
      const view = fixtureView('citizen');
      const el = await mount(view);
      const got: FseRegionSelectEvent[] = [];
      el.addEventListener(FseRegionSelectEvent.type, (e) => got.push(e));
      figureRegion(el, 'heart')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.selected).to.equal('heart');
      expect(got[0]!.detail.eventIds).to.deep.equal(el.counts.get('heart')!.itemIds);
      expect(got[0]!.detail.eventIds.length).to.equal(el.counts.get('heart')!.count);
      expect($(el, '[part~="region-selected"]')!.dataset.region).to.equal('heart');
      figureRegion(el, 'heart')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.selected ?? '').to.equal('');
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(got[1]!.detail.selected).to.equal(false);
      el.addEventListener(FseRegionSelectEvent.type, (e) => e.preventDefault(), { once: true });
      figureRegion(el, 'chest')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.selected ?? '').to.equal('');
      expect(el.hasAttribute('selected')).to.equal(false);
    });

    it('the controls beside the figure select skin, blood and whole body', async () => {
      const el = await mount(fixtureView('citizen'));
      const whole = figureRegion(el, 'whole-body')!;
      expect(whole.localName).to.equal('button');
      whole.click();
      await el.updateComplete;
      expect(el.selected).to.equal('whole-body');
    });
  });

  describe('list alternative', () => {
    it('has the same regions, names and counts as the figure, sorted by count, always for screen readers', async () => {
      const el = await mount(fixtureView('citizen', { obscured: true }));
      const items = $$(el, '.list [data-list-region]');
      expect(items).to.have.length(MAP_REGIONS.length);
      const counts = items.map((i) => el.counts.get(i.dataset.listRegion as MapRegion)!.count);
      expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
      // In figure mode the list is visually hidden but in the accessibility tree.
      const list = $(el, '[part~="list"]')!;
      expect(getComputedStyle(list).display).not.to.equal('none');
      expect(list.getAttribute('aria-hidden')).to.equal(null);
      for (const side of ['front', 'back'] as const) {
        el.side = side;
        await el.updateComplete;
        for (const g of $$(el, '.layout [data-region]')) {
          const r = g.dataset.region as MapRegion;
          // The row's name (what a screen reader reads) is the figure region's name.
          const name = listItem(el, r).querySelector('.name')!.textContent!.replace(/\s+/g, ' ').trim();
          expect(name).to.equal(g.getAttribute('aria-label'));
        }
      }
      // The list toggle shows it in place of the figure, with the latest document of each region.
      const toggle = $(el, '[data-toggle="list"]')!;
      toggle.click();
      await el.updateComplete;
      expect(el.mode).to.equal('list');
      expect($(el, 'svg.figure')).to.equal(null);
      expect(list.classList.contains('visually-hidden')).to.equal(false);
      // The swatches' hatches still have their patterns without the figure.
      const hatch = listItem(el, 'chest').querySelector('.hatch')!.getAttribute('fill')!;
      expect(hatch, 'the chest (2 documents) is hatched').to.match(/^url\(#.+\)$/);
      expect(el.shadowRoot!.getElementById(hatch.slice(5, -1))).to.exist;
      expect(el.shadowRoot!.getElementById('bm-hatch-4')).to.exist;
      expect(listItem(el, 'chest').textContent!.replace(/\s+/g, ' ')).to.contain('Torace, 2 eventi').and.contain(SECRET_TITLE);
      expect(text(listItem(el, 'chest'))).to.match(/^Torace\b/);
      // One tab stop (the first row), arrows move, Enter selects.
      const first = $(el, '.list [tabindex="0"]')!;
      expect(first).to.equal(items[0]);
      expect($$(el, '.list [tabindex="0"]')).to.have.length(1);
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      const second = active(el)!;
      expect(second).to.equal(items[1]);
      const fired = oneEvent(el, FseRegionSelectEvent.type) as unknown as Promise<FseRegionSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail.region).to.equal(second.dataset.listRegion);
    });
  });

  describe('privacy', () => {
    it('a clinician view of a record with an obscured chest X-ray shows exactly what it would without that document', async () => {
      const withSecret = fixtureView('clinician', { obscured: true });
      const without = fixtureView('clinician');
      const a = await mount(withSecret);
      const b = await mount(without);
      for (const r of MAP_REGIONS) expect(a.counts.get(r)!.count, r).to.equal(b.counts.get(r)!.count);
      const labels = (el: FseBodyMap) => $$(el, '[aria-label]').map((n) => n.getAttribute('aria-label'));
      expect(labels(a)).to.deep.equal(labels(b));
      expect(a.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.equal(b.shadowRoot!.textContent!.replace(/\s+/g, ' '));
      a.side = 'back';
      b.side = 'back';
      a.mode = 'list';
      b.mode = 'list';
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect(labels(a)).to.deep.equal(labels(b));
      expect(a.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.equal(b.shadowRoot!.textContent!.replace(/\s+/g, ' '));
      expect(a.shadowRoot!.textContent).not.to.contain(SECRET_TITLE);
      // The citizen, who obscured it, still sees it counted.
      const citizen = await mount(fixtureView('citizen', { obscured: true }));
      expect(citizen.counts.get('chest')!.count).to.equal(b.counts.get('chest')!.count + 1);
    });
  });

  describe('states', () => {
    it('empty: the figure with zero counts and a friendly line', async () => {
      const el = await mount(fixtureView('citizen', { empty: true }));
      expect(text($(el, '[part="empty"]'))).to.contain('non ci sono ancora documenti');
      expect($(el, 'svg.figure')).to.exist;
      expect($$(el, '[data-badge]')).to.have.length(0);
      for (const g of $$(el, '.layout [data-region]')) expect(g.getAttribute('aria-label')).to.match(/, 0 eventi$/);
      await expect(el).to.be.accessible();
    });

    it('explains an empty clinician view without consent', async () => {
      const el = await mount(fixtureView('clinician', { consent: false }));
      expect(text($(el, '[part="empty"]'))).to.contain('consenso');
      expect([...el.counts.values()].every((c) => c.count === 0)).to.equal(true);
    });

    it('loading: a busy state for a promise, then the figure', async () => {
      let resolve!: (v: FseView) => void;
      const el = await mount(new Promise<FseView>((r) => (resolve = r)));
      expect($(el, '[aria-busy="true"]')).to.exist;
      resolve(fixtureView('citizen'));
      await waitUntil(() => $(el, 'svg.figure'), 'the figure once the view has come');
      expect($(el, '[aria-busy="true"]')).to.equal(null);
    });

    it('invalid: an alert and fse-error, and recovery with a good view', async () => {
      const el = document.createElement('fse-body-map');
      const fired = oneEvent(el, FseErrorEvent.type) as unknown as Promise<FseErrorEvent>;
      el.view = { events: 'no' } as unknown as FseView;
      document.body.append(el);
      const ev = await fired;
      expect(ev.reason).to.equal('invalid-view');
      expect(text($(el, '[role="alert"]'))).to.contain('Non è possibile mostrare questi dati');
      el.view = fixtureView('citizen');
      await el.updateComplete;
      expect($(el, 'svg.figure')).to.exist;
      el.remove();
    });

    it('renders hostile strings as text', async () => {
      const el = await mount(fixtureView('citizen'), { mode: 'list' });
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(listItem(el, 'heart'))).to.contain(HOSTILE);
      expect((globalThis as { __pwnedBodyMap?: number }).__pwnedBodyMap).to.equal(undefined);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      for (const lang of ['it', 'en', 'de']) {
        it(`is accessible in the ${theme} theme in ${lang}`, async () => {
          const el = await mount(fixtureView(lang === 'de' ? 'clinician' : 'citizen', { obscured: true }), { theme, lang });
          await expect(el).to.be.accessible();
        });
      }
    }
    it('is accessible from the back, in list mode, and with female anatomy', async () => {
      await expect(await mount(fixtureView('citizen'), { side: 'back' })).to.be.accessible();
      await expect(await mount(fixtureView('citizen'), { mode: 'list' })).to.be.accessible();
      await expect(await mount(fixtureView('citizen'), { anatomy: 'female', theme: 'dark' })).to.be.accessible();
    });
  });

  describe('layout and theming', () => {
    it('fits a 240 px sidebar without horizontal overflow, with readable badges, and grows when wide', async () => {
      const narrow = await mount(fixtureView('citizen'), { width: 240 });
      expect(narrow.scrollWidth).to.be.at.most(240);
      const fig = $(narrow, 'svg.figure')!.getBoundingClientRect();
      expect(fig.width).to.be.at.most(240).and.at.least(180);
      const badge = $(narrow, '[data-badge]')!.getBoundingClientRect();
      expect(badge.height).to.be.at.least(16);
      for (const b of $$(narrow, '.toolbar button')) expect(b.getBoundingClientRect().right).to.be.at.most(narrow.getBoundingClientRect().right + 0.5);
      const wide = await mount(fixtureView('citizen'), { width: 720 });
      const wfig = $(wide, 'svg.figure')!.getBoundingClientRect();
      expect(wfig.width).to.be.greaterThan(fig.width);
      // Wide: the controls sit beside the figure.
      expect($(wide, '.side')!.getBoundingClientRect().left).to.be.at.least(wfig.right - 1);
    });

    it('does not animate outlines when the user prefers reduced motion', async function () {
      const el = await mount(fixtureView('citizen'));
      const shape = $(el, '[data-region="chest"] .shape')!;
      expect(parseFloat(getComputedStyle(shape).transitionDuration)).to.be.greaterThan(0.01);
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        this.skip(); // Firefox over WebDriver BiDi cannot emulate media features
      }
      try {
        expect(parseFloat(getComputedStyle(shape).transitionDuration)).to.be.below(0.01);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('has forced-colours rules: every heat step hatched, system colours for shapes, badges and selection', async () => {
      // The test runner cannot emulate forced colours in these browsers; read the element's own rules.
      const el = await mount(fixtureView('citizen'));
      const sheets = el.shadowRoot!.adoptedStyleSheets.length
        ? el.shadowRoot!.adoptedStyleSheets
        : [...el.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!);
      const forced: CSSStyleRule[] = [];
      for (const sheet of sheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) {
            for (const r of rule.cssRules) if (r instanceof CSSStyleRule) forced.push(r);
          }
        }
      }
      const find = (sel: string) => forced.find((r) => r.selectorText.split(',').map((x) => x.trim()).includes(sel));
      expect(find('.lvl-1 .hatch')?.style.display).to.equal('inline');
      expect(find('.lvl-2 .hatch')?.style.display).to.equal('inline');
      expect(find('.lvl-1 .shape')?.style.fill.toLowerCase()).to.equal('canvas');
      expect(find('.badge circle')?.style.fill.toLowerCase()).to.equal('canvastext');
      expect(find('.region[aria-pressed="true"] .shape')?.style.stroke.toLowerCase()).to.equal('highlight');
      expect(find('.figure')?.style.getPropertyValue('forced-color-adjust')).to.equal('none');
    });

    it('draws the breast and reproductive regions by anatomy', async () => {
      const view = fixtureView('citizen');
      const d = async (anatomy: string) => {
        const el = await mount(view, { anatomy });
        return {
          breast: figureRegion(el, 'breast')!.querySelector('.shape')!.getAttribute('d'),
          repro: figureRegion(el, 'reproductive')!.querySelector('.shape')!.getAttribute('d'),
        };
      };
      const [n, f, m] = [await d('neutral'), await d('female'), await d('male')];
      expect(new Set([n.breast, f.breast, m.breast]).size).to.equal(3);
      expect(new Set([n.repro, f.repro, m.repro]).size).to.equal(3);
    });

    it('exposes the parts and follows the page’s tokens and themes', async () => {
      const el = await mount(fixtureView('citizen'));
      for (const part of ['figure', 'region', 'badge', 'list', 'toggle', 'legend']) expect($(el, `[part~="${part}"]`), part).to.exist;
      el.style.setProperty('--fse-color-silhouette', 'rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '.silhouette')!).fill).to.equal('rgb(1, 2, 3)');
      el.style.removeProperty('--fse-color-silhouette');
      const fill = () => getComputedStyle($(el, '.silhouette')!).fill;
      const light = fill();
      el.theme = 'dark';
      await el.updateComplete;
      const dark = fill();
      el.theme = 'high-contrast';
      await el.updateComplete;
      expect(new Set([light, dark, fill()]).size).to.equal(3);
    });
  });
});

void NOW;
