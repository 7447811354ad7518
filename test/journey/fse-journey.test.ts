/**
 * <fse-journey>: the dashboard that composes the body map, the care paths and the timeline on one
 * view, and links them. Data go the real way: generateFhir → fromFhir → viewFor.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fromFhir, viewFor, type FseRecord, type FseView, type Viewer } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import '../../packages/elements/src/journey.js';
import type { FseJourney } from '../../packages/elements/src/journey.js';
import type { FseRegionSelectEvent } from '../../packages/elements/src/body-map.js';
import { FseCarePathSelectEvent } from '../../packages/elements/src/care-paths.js';
import { FseEventSelectEvent } from '../../packages/elements/src/timeline.js';
import type { FseErrorEvent } from '../../packages/elements/src/internal/events.js';

let record: FseRecord;
function sample(): FseRecord {
  record ??= fromFhir(generateFhir({ seed: 11, events: 300, now: SAMPLE_NOW }), { now: SAMPLE_NOW }).record;
  return record;
}
const view = (viewer: Partial<Viewer> & Pick<Viewer, 'role'>, r = sample()): FseView => viewFor(r, { now: SAMPLE_NOW, ...viewer });

async function mount(v: unknown, attrs: { lang?: string; theme?: string } = {}): Promise<FseJourney> {
  const el = await fixture<FseJourney>(html`<fse-journey lang=${attrs.lang ?? 'it'} theme=${attrs.theme ?? 'light'} .view=${v}></fse-journey>`);
  await settle(el);
  return el;
}

/** Waits for the journey and each element it composes to finish rendering. */
async function settle(el: FseJourney): Promise<void> {
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll('fse-body-map, fse-care-paths, fse-timeline')) {
    await (child as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  await new Promise((r) => requestAnimationFrame(() => r(null)));
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
type Child = HTMLElement & Record<string, unknown>;
const child = (el: FseJourney, tag: string) => $<Child>(el, tag);

/** Everything a user or an assistive technology could be told: text and ARIA, through every shadow root. */
function deepText(root: Node): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
    if (n instanceof Element) {
      for (const a of ['aria-label', 'title', 'alt', 'aria-description']) {
        const v = n.getAttribute(a);
        if (v) out.push(v);
      }
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out.join(' ').replace(/\s+/g, ' ');
}

describe('<fse-journey>', () => {
  it('shows who the record belongs to, who is looking, and a one-line summary', async () => {
    const v = view({ role: 'citizen' });
    const el = await mount(v);
    const header = $(el, '[part="header"]');
    expect(header.innerText).to.contain(v.patient.name);
    expect(header.innerText).to.contain(v.patient.cf!);
    expect($(el, '[part="viewer"]').textContent).to.contain('Il tuo fascicolo');
    const docs = v.events.filter((e) => e.kind === 'document').length;
    expect($(el, '[part="summary"]').textContent).to.contain(`${docs} documenti`);
    const born = v.patient.sex === 'male' ? 'nato il' : v.patient.sex === 'female' ? 'nata il' : 'nato/a il';
    expect(header.innerText.toLowerCase()).to.contain(born);
  });

  it('says a month-only or year-only birth date as each language does: "nata a marzo 1958", "nato nel 1958"', async () => {
    const person = (birthDate: string, gender: string, extra: unknown[] = []) =>
      viewFor(
        fromFhir(
          {
            resourceType: 'Bundle',
            type: 'collection',
            entry: [{ resourceType: 'Patient', id: 'p1', identifier: [{ system: 'http://hl7.it/sid/codiceFiscale', value: 'RSSMRA58C41H501Z' }], name: [{ family: 'Rossi', given: ['Maria'] }], gender, birthDate }, ...extra].map((resource) => ({ resource })),
          },
          { now: SAMPLE_NOW },
        ).record,
        { role: 'citizen', now: SAMPLE_NOW },
      );
    const header = async (v: FseView, lang: string) => $(await mount(v, { lang }), '[part="header"]').innerText.replace(/\s+/g, ' ');
    const month = person('1958-03', 'female');
    expect(await header(month, 'it')).to.contain('nata a marzo 1958').and.not.contain('nata il marzo');
    expect(await header(month, 'en')).to.contain('born in March 1958');
    expect(await header(month, 'de')).to.contain('geboren im März 1958');
    const year = person('1958', 'male');
    expect(await header(year, 'it')).to.contain('nato nel 1958').and.not.contain('nato il 1958');
    expect(await header(year, 'en')).to.contain('born in 1958');
    expect(await header(year, 'de')).to.contain('geboren 1958').and.not.contain('geboren am 1958');
    const day = person('1958-03-01', 'female');
    expect(await header(day, 'it')).to.contain('nata il 1 marzo 1958');
    expect(await header(day, 'en')).to.contain('born on 1 March 1958');
    expect(await header(day, 'de')).to.contain('geboren am 1. März 1958');
  });

  it('gives the same view to the body map, the care paths and the timeline, in its language and theme', async () => {
    const v = view({ role: 'citizen' });
    const el = await mount(v, { lang: 'de', theme: 'dark' });
    for (const tag of ['fse-body-map', 'fse-care-paths', 'fse-timeline']) {
      const c = child(el, tag);
      expect(c.view, tag).to.equal(v);
      expect(c.getAttribute('lang'), tag).to.equal('de');
      expect(c.getAttribute('theme'), tag).to.equal('dark');
      expect(c.shadowRoot!.childNodes.length, tag).to.be.greaterThan(0);
    }
    expect($(el, '#h-timeline').textContent).to.equal('Im Zeitverlauf');
  });

  it('filters the timeline by the body region chosen on the body map, with the same items the map counted', async () => {
    const el = await mount(view({ role: 'citizen' }));
    const map = child(el, 'fse-body-map');
    const timeline = child(el, 'fse-timeline');
    const heart = map.shadowRoot!.querySelector<HTMLElement>('[data-region="heart"]');
    expect(heart, 'a heart region on the map').to.exist;
    const selected = oneEvent(el, 'fse-region-select');
    heart!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const ev = (await selected) as unknown as FseRegionSelectEvent;
    await settle(el);
    expect(ev.detail.region).to.equal('heart');
    expect((timeline.filter as { bodyRegion?: string }).bodyRegion).to.equal('heart');
    // The timeline's own matching agrees with the map's count: the items the map counted, and no other.
    const regionsOf = timeline.regionsOf as (e: unknown) => { region: string }[];
    const v = el.view as FseView;
    const matched = v.events.filter((e) => regionsOf(e).some((r) => r.region === 'heart')).map((e) => e.id).sort();
    expect(matched).to.deep.equal([...ev.detail.relatedIds].sort());
    const chip = $(el, '[part="links"]');
    expect(chip.hidden).to.equal(false);
    expect(chip.textContent).to.contain('Parte del corpo: Cuore');
    expect($(el, '[role="status"].live').textContent).to.contain('Cuore');

    // Removing the chip clears the filter and moves focus to the timeline, not to the page.
    $(el, '[part="links"] button').click();
    await settle(el);
    expect((timeline.filter as { bodyRegion?: string }).bodyRegion).to.equal(undefined);
    expect(map.hasAttribute('selected'), 'no region selected on the map').to.equal(false);
    expect(el.shadowRoot!.activeElement?.localName).to.equal('fse-timeline');
  });

  it("highlights a care path's events on the timeline, and selects the path of an event chosen on the timeline", async () => {
    const v = view({ role: 'citizen' });
    const el = await mount(v);
    const timeline = child(el, 'fse-timeline');
    const paths = child(el, 'fse-care-paths');
    const af = v.carePaths.find((p) => /fibrillazione/i.test(p.title))!;
    paths.dispatchEvent(new FseCarePathSelectEvent(af.id, af.eventIds));
    await settle(el);
    const inView = new Set(v.events.map((e) => e.id));
    expect([...(timeline.highlighted as string[])].sort()).to.deep.equal(af.eventIds.filter((id) => inView.has(id)).sort());
    expect($(el, '[part="links"]').textContent).to.contain(af.title);

    el.selectedPath = undefined;
    await settle(el);
    const event = v.events.find((e) => e.carePathIds.includes(af.id))!;
    timeline.dispatchEvent(new FseEventSelectEvent(event.id, event));
    await settle(el);
    expect(paths.selected).to.equal(af.id);
    expect(timeline.selected).to.equal(event.id);
  });

  it('can be used from the keyboard alone: a region chosen with Enter filters the timeline, and its chip clears it', async () => {
    const el = await mount(view({ role: 'citizen' }));
    // The clinical summary comes first now (issue 10: it is in the header area), with a button per
    // line's source: start from the body map's section title, as a screen-reader user jumping by
    // headings does, and Tab from there.
    $(el, '#h-body').focus();
    await sendKeys({ press: 'Tab' }); // the body map's first tab stop: its side toggle or regions
    const map = child(el, 'fse-body-map');
    // Tab through the body map until a region control has focus, then choose it with Enter.
    let region: Element | null = null;
    for (let i = 0; i < 8 && !region; i++) {
      const active = map.shadowRoot!.activeElement;
      if (active?.hasAttribute('data-region')) region = active;
      else await sendKeys({ press: 'Tab' });
    }
    expect(region, 'a region control reachable with Tab').to.exist;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const filter = child(el, 'fse-timeline').filter as { bodyRegion?: string };
    expect(filter.bodyRegion).to.equal(region!.getAttribute('data-region'));
    const clear = $(el, '[part="links"] button');
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect((child(el, 'fse-timeline').filter as { bodyRegion?: string }).bodyRegion).to.equal(undefined);
  });

  it('shows nothing of what the citizen obscured to a clinician: no title, no count, no summary figure', async () => {
    const r = sample();
    const citizen = view({ role: 'citizen' }, r);
    const hidden = citizen.events.filter((e) => e.privacy.obscured || e.privacy.protectedCategory);
    expect(hidden.length, 'the sample has obscured or protected documents').to.be.greaterThan(0);
    const clinicianView = view({ role: 'clinician' }, r);
    const el = await mount(clinicianView);
    const text = deepText(el.shadowRoot!);
    const shownTitles = new Set(clinicianView.events.map((e) => e.title));
    // Titles the clinician also sees on another event cannot be looked for; the others must be absent.
    const hiddenTitles = hidden.filter((e) => !shownTitles.has(e.title));
    expect(hiddenTitles.length, 'hidden documents whose titles the clinician sees nowhere else').to.be.greaterThan(0);
    for (const e of hiddenTitles) expect(text, e.title).not.to.contain(e.title);
    const docs = clinicianView.events.filter((e) => e.kind === 'document').length;
    expect($(el, '[part="summary"]').textContent).to.contain(`${docs} documenti`);
    expect($(el, '[part="viewer"]').textContent).to.contain('finalità di cura');
  });

  it('says why a clinician sees nothing without consent, and flags emergency access', async () => {
    const r = sample();
    const noConsent: FseRecord = {
      ...r,
      consents: r.consents.map((c) => (c.scope === 'consultation' && c.purpose === 'care' ? { ...c, decision: 'deny' as const } : c)),
    };
    const el = await mount(view({ role: 'clinician' }, noConsent));
    expect($(el, '[part="summary"]').textContent).to.contain('consenso');
    const em = await mount(view({ role: 'emergency' }, r));
    expect($(em, '[part="viewer"]').textContent).to.contain('emergenza');
    expect($(em, '.note').textContent).to.contain('art. 20');
    // The Patient Summary first: one button, in the header since the clinical summary follows it
    // (issue 11 task 9), selects it on the timeline.
    const emergencyView = em.view as FseView;
    expect(emergencyView.firstIds?.length, 'the sample has a Patient Summary').to.be.greaterThan(0);
    $(em, '[part="header"] button').click();
    await settle(em);
    expect(child(em, 'fse-timeline').selected).to.equal(emergencyView.firstIds![0]);
    expect($(em, '[role="status"].live').textContent).to.contain('Selezionato');
  });

  it('shows a loading state for a promise, then the view; and an error state with fse-error for bad data', async () => {
    let resolve!: (v: FseView) => void;
    const el = await fixture<FseJourney>(html`<fse-journey .view=${new Promise<FseView>((r) => (resolve = r))}></fse-journey>`);
    expect($(el, '[part="state"]').getAttribute('aria-busy')).to.equal('true');
    resolve(view({ role: 'citizen' }));
    await waitUntil(() => el.shadowRoot!.querySelector('[part="header"]'), 'the journey once the view has come');
    await settle(el);
    expect($(el, '[part="header"]')).to.exist;

    const bad = await fixture<FseJourney>(html`<fse-journey></fse-journey>`);
    const failed = oneEvent(bad, 'fse-error');
    bad.view = { events: 'no' } as unknown as FseView;
    const err = (await failed) as unknown as FseErrorEvent;
    expect(err.reason).to.equal('invalid-view');
    expect($(bad, '[role="alert"]').textContent).to.contain('Non è possibile mostrare');
  });

  it('renders hostile strings in the patient name as text', async () => {
    const r = sample();
    const hostile = '<img src=x onerror="globalThis.__pwned=1">';
    const el = await mount(view({ role: 'citizen' }, { ...r, patient: { ...r.patient, name: hostile } }));
    expect($(el, '[part="header"]').textContent).to.contain(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((globalThis as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const [lang, theme] of [
    ['it', 'light'],
    ['en', 'dark'],
    ['de', 'high-contrast'],
  ] as const) {
    it(`is accessible in ${lang}, ${theme} theme`, async function () {
      this.timeout(90_000); // axe over the journey with the summary and the tabs: slow on a shared machine
      const el = await mount(view({ role: 'citizen' }), { lang, theme });
      await expect(el).to.be.accessible();
    });
  }
});
