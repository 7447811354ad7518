/**
 * <fse-medications>: the therapy over time, one row per medicine, with prescriptions and their
 * state. Views are built from FHIR through fromFhir + viewFor (../clinical/fixtures.ts).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { FseView } from '@percorso/model';
import '../../packages/elements/src/medications.js';
import type { FseMedications, FseSelectEvent } from '../../packages/elements/src/medications.js';
import type { FseOpenEvent } from '../../packages/elements/src/document/events.js';
import type { FseErrorEvent } from '../../packages/elements/src/internal/events.js';
import { fixtureView, HOSTILE, manyDoses, NOW, SECRET_MEDICINE } from '../clinical/fixtures.js';

async function mount(view: unknown, opts: { lang?: string; theme?: string; layout?: string } = {}): Promise<FseMedications> {
  return fixture<FseMedications>(
    html`<fse-medications lang=${opts.lang ?? 'it'} theme=${opts.theme ?? 'light'} layout=${opts.layout ?? 'chart'} .now=${NOW} .view=${view}></fse-medications>`,
  );
}
const $ = (el: FseMedications, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: FseMedications, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null) => (node as HTMLElement | null)?.innerText?.replace(/\s+/g, ' ').trim() ?? '';
const row = (el: FseMedications, name: string) => $$(el, 'li.row').find((r) => text(r.querySelector('button.name')).includes(name))!;

describe('<fse-medications>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('shows one row per medicine, current therapy first, critical ones flagged in words and icon, with brands as prescribed', async () => {
    const el = await mount(fixtureView('clinician'));
    const names = $$(el, 'button.name').map((b) => text(b.querySelector(':scope > strong')));
    expect(names).to.deep.equal(['Rivaroxaban 20 mg', 'Furosemide 25 mg', 'Warfarin 5 mg']);
    const current = $$(el, '[part~="row-current"]');
    expect(current).to.have.length(2);
    const riva = row(el, 'Rivaroxaban');
    expect(riva.getAttribute('part')).to.contain('row-critical');
    expect(text(riva.querySelector('[part~="critical"]'))).to.equal('Anticoagulante');
    expect(riva.querySelector('[part~="critical"] svg.icon--critical')).to.exist;
    expect(text(riva.querySelector('.brand'))).to.equal('Xarelto 20 mg 28 compresse rivestite con film');
    expect(text($(el, '#h-past'))).to.equal('Terapie passate');
  });

  it('draws a bar over the time taken, hatched and said to be an estimate when estimated, with gaps visible', async () => {
    const el = await mount(fixtureView('clinician'));
    const riva = row(el, 'Rivaroxaban');
    const bar = riva.querySelector('svg[part~="bar"]')!;
    expect(bar.querySelectorAll('rect.period').length).to.be.greaterThan(0);
    expect(bar.querySelector('rect.period.estimate')).to.exist;
    expect(bar.getAttribute('aria-label')).to.contain('stimato da date e quantità');
    expect(text($(el, '.note'))).to.contain('stime');
    // Furosemide: the PSS (2024–2025) and the discharge letter (2026) with a hole between them.
    const furo = row(el, 'Furosemide').querySelector('svg[part~="bar"]')!;
    expect(furo.querySelectorAll('rect.gap')).to.have.length(1);
    expect(furo.getAttribute('aria-label')).to.contain('1 interruzione');
    // The estimated rectangle is told apart by its dashed outline, not by colour alone.
    const est = bar.querySelector('rect.period.estimate')!;
    expect(getComputedStyle(est).strokeDasharray).not.to.equal('none');
  });

  it('lists prescriptions with their NRE and state: to collect, collected at a pharmacy (with its dispensation), expired', async () => {
    const el = await mount(fixtureView('clinician'));
    const riva = row(el, 'Rivaroxaban');
    (riva.querySelector('details') as HTMLDetailsElement).open = true;
    const rx = [...riva.querySelectorAll('[part~="prescription"]')].map(text);
    expect(rx[0]).to.contain('Ricetta 010A00000002').and.contain('Da ritirare (scade: 11 aprile 2026)');
    expect(rx[1]).to.contain('Ricetta 010A00000001').and.contain('Ritirata in farmacia: 23 febbraio 2026');
    expect(text(riva.querySelector('details'))).to.contain('Percorso di cura: PDTA Fibrillazione atriale');
    const furo = row(el, 'Furosemide');
    (furo.querySelector('details') as HTMLDetailsElement).open = true;
    expect(text(furo.querySelector('[part~="prescription"]'))).to.contain('Scaduta senza essere ritirata (31 dicembre 2025)');
    const opened = oneEvent(el, 'fse-open') as unknown as Promise<FseOpenEvent>;
    const buttons = [...riva.querySelectorAll<HTMLButtonElement>('[part~="prescription"] button')];
    buttons.find((b) => b.textContent!.includes('erogazione'))!.click();
    const o = await opened;
    expect(o.documentId).to.equal('Composition/comp-disp1');
    expect(o.source).to.equal('medications');
  });

  it('is one tab stop: arrows move between medicines, Enter selects and fires fse-select with the medicine’s events', async () => {
    const el = await mount(fixtureView('clinician'));
    const names = $$(el, 'button.name');
    expect(names.filter((b) => b.tabIndex === 0)).to.have.length(1);
    names[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(names[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(names[2]);
    await sendKeys({ press: 'Home' });
    const sel = oneEvent(el, 'fse-select') as unknown as Promise<FseSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const e = await sel;
    expect(e.detail.source).to.equal('medications');
    expect(e.eventIds).to.include.members(['MedicationRequest/rx1', 'MedicationDispense/disp1', 'MedicationRequest/rx2']);
    await el.updateComplete;
    expect(row(el, 'Rivaroxaban').getAttribute('part')).to.contain('row-selected');
  });

  it('has a table alternative with the same medicines, and prints the current therapy on one page', async function () {
    const el = await mount(fixtureView('clinician'));
    const toggle = $$(el, '.toolbar button')[0]!;
    toggle.click();
    await el.updateComplete;
    const rows = $$(el, '[part~="table"] tbody tr');
    expect(rows.map((r) => text(r.querySelector('th')))).to.deep.equal([
      'Rivaroxaban 20 mg Xarelto 20 mg 28 compresse rivestite con film',
      'Furosemide 25 mg Lasix 25 mg 30 compresse',
      'Warfarin 5 mg Coumadin 5 mg 30 compresse',
    ]);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // Firefox over WebDriver BiDi cannot emulate media
    }
    try {
      const print = $(el, '[part~="print"]')!;
      expect(getComputedStyle(print).display).to.equal('block');
      expect(getComputedStyle($(el, '[part~="table"]')!).display).to.equal('none');
      expect(text(print)).to.contain('La mia terapia, al 15 marzo 2026').and.contain('Rivaroxaban').and.not.contain('Warfarin');
      expect(print.getBoundingClientRect().height).to.be.below(1000);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('speaks English and German', async () => {
    const en = await mount(fixtureView('citizen'), { lang: 'en' });
    expect(text($(en, '#meds-title'))).to.equal('My medicines');
    expect(text(row(en, 'Rivaroxaban').querySelector('[part~="critical"]'))).to.contain('thins the blood');
    const de = await mount(fixtureView('clinician'), { lang: 'de' });
    expect(text($(de, '#h-current'))).to.equal('Aktuelle Therapie');
    (row(de, 'Rivaroxaban').querySelector('details') as HTMLDetailsElement).open = true;
    expect(text(row(de, 'Rivaroxaban').querySelector('details'))).to.contain('Abzuholen bis');
  });

  for (const theme of ['light', 'dark', 'high-contrast']) {
    for (const lang of ['it', 'en', 'de']) {
      it(`is accessible in the ${theme} theme in ${lang}`, async () => {
        const el = await mount(fixtureView('clinician'), { theme, lang });
        await expect(el).to.be.accessible();
      });
    }
  }
  it('is accessible as a table and when empty', async () => {
    await expect(await mount(fixtureView('clinician'), { layout: 'table' })).to.be.accessible();
    const empty = await mount(fixtureView('clinician', { noPss: true, extra: [] }));
    await expect(empty).to.be.accessible();
  });

  it('shows 10 000 doses of one medicine as one row whose count says so; hostile names stay text', async () => {
    const extra = [
      ...manyDoses(10_000),
      { resourceType: 'MedicationStatement', id: 'ms-h', status: 'active', medicationCodeableConcept: { text: HOSTILE }, subject: { reference: 'Patient/p1' }, effectiveDateTime: '2026-03-01' },
    ];
    const el = await mount(fixtureView('clinician', { extra }));
    const enox = $$(el, 'li.row').filter((r) => text(r).includes('Enoxaparina'));
    expect(enox).to.have.length(1);
    (enox[0]!.querySelector('details') as HTMLDetailsElement).open = true;
    expect(text(enox[0]!.querySelector('details'))).to.contain('10.000 somministrazioni');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('.lists'))).to.contain(HOSTILE);
  });

  it('shows a localised alert and fires fse-error for an invalid view', async () => {
    const el = await fixture<FseMedications>(html`<fse-medications></fse-medications>`);
    const err = oneEvent(el, 'fse-error') as unknown as Promise<FseErrorEvent>;
    el.view = { viewer: {}, events: [] } as unknown as FseView;
    expect((await err).reason).to.equal('invalid-view');
    expect($(el, '[role="alert"]')).to.exist;
  });

  it('privacy: an obscured prescription leaves no row, no count and no bar in a clinician view', async () => {
    const withSecret = await mount(fixtureView('clinician', { obscured: true }));
    const plain = await mount(fixtureView('clinician'));
    expect(withSecret.shadowRoot!.textContent).not.to.contain(SECRET_MEDICINE);
    expect($$(withSecret, 'li.row')).to.have.length($$(plain, 'li.row').length);
    // The time axis is the same: the hidden prescription does not stretch it.
    const bars = (el: FseMedications) => $$(el, 'svg[part~="bar"] rect.period').map((r) => r.getAttribute('x'));
    expect(bars(withSecret)).to.deep.equal(bars(plain));
    const citizen = await mount(fixtureView('citizen', { obscured: true }));
    expect(citizen.shadowRoot!.textContent).to.contain(SECRET_MEDICINE);
  });

  it('keeps rows inside a phone-width screen', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await mount(fixtureView('clinician'));
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });
});
