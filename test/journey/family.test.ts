/**
 * <fse-journey> and the family's records (issue 11, task 6): from the citizen's own record, the
 * records of whoever named them their parent or delegate ("Francesca Ferrara — apri il fascicolo"),
 * opened through a cancellable `fse-record-switch-request` the host answers; the header says whose
 * record is shown and as whom; the way back; pending, failed and unhandled requests; keyboard,
 * axe, and privacy: nothing of the child that the parent may not see reaches the header, the counts
 * or the events. Data go the real way: generateFhir + generateFamilyFhir → fromFhir → viewFor.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fromFhir, viewFor, type Delegation, type FromFhirResult, type FseView } from '@percorso/model';
import { generateFamilyFhir, generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import '../../packages/elements/src/journey.js';
import '../../packages/elements/src/locales/all.js';
import type { FseJourney, FseRecordSwitchRequestEvent } from '../../packages/elements/src/journey.js';

const O = { seed: 2026, events: 600, now: SAMPLE_NOW };
let cache: { own: FromFhirResult; child: FromFhirResult; mother: FromFhirResult } | undefined;
function family() {
  if (!cache) {
    const [child, mother] = generateFamilyFhir(O).map((b) => fromFhir(b, { now: SAMPLE_NOW }));
    cache = { own: fromFhir(generateFhir(O), { now: SAMPLE_NOW }), child: child!, mother: mother! };
  }
  return cache;
}
const ownView = (): FseView => viewFor(family().own, { role: 'citizen', now: SAMPLE_NOW });
const incoming = (basis: Delegation['basis']): Delegation => family().own.record.delegations.find((d) => d.direction === 'incoming' && d.basis === basis)!;
const fmt = (ms: number) => new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(ms);
// Who they are, as the generator drew them for seed 2026.
const OWN = family().own.record.patient.name;
const CHILD = incoming('parental').person.name;
const MOTHER = incoming('voluntary').person.name;
const CHILD_END = fmt(incoming('parental').validTo!.start);
const MOTHER_END = fmt(incoming('voluntary').validTo!.start);
const childView = (): FseView => viewFor(family().child, { role: 'parent', delegationId: incoming('parental').id, now: SAMPLE_NOW });
const motherView = (): FseView => viewFor(family().mother, { role: 'delegate', delegationId: incoming('voluntary').id, now: SAMPLE_NOW });

async function mount(v: FseView, lang = 'it', theme = 'light'): Promise<FseJourney> {
  const el = await fixture<FseJourney>(html`<fse-journey lang=${lang} theme=${theme} .view=${v}></fse-journey>`);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const button = (el: FseJourney, text: string | RegExp) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="family"] button')].find((b) => (typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!)))!;
const live = (el: FseJourney) => $(el, '.live')!.textContent!.trim();
const deepActive = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** Everything a user or an assistive technology could be told: text and ARIA, through every shadow root. */
function deepText(root: Node): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
    if (n instanceof Element) {
      for (const a of n.getAttributeNames()) if (a.startsWith('aria-') || a === 'title' || a === 'data-id' || a === 'id') out.push(n.getAttribute(a) ?? '');
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out.join(' ').replace(/\s+/g, ' ');
}

describe('<fse-journey>, the family’s records', function () {
  this.timeout(60_000);

  it('offers, in the citizen’s own record, the child’s and the delegator’s records, saying as whom and until when', async () => {
    const el = await mount(ownView());
    expect($(el, '[part="whose"]')).to.equal(null);
    const child = button(el, `${CHILD} — apri il fascicolo`);
    const mother = button(el, `${MOTHER} — apri il fascicolo`);
    expect(child && mother).to.exist;
    const desc = (b: HTMLElement) => $(el, `#${b.getAttribute('aria-describedby')}`)!.textContent!.trim();
    expect(desc(child)).to.equal('Come genitore');
    expect(desc(mother)).to.equal(`Come persona delegata, scadenza: ${MOTHER_END}`);
    expect(button(el, 'Torna al tuo fascicolo')).to.equal(undefined);
  });

  it('asks the host with a cancellable request, shows the record it answers with, says whose it is, clears the selection, moves focus and announces', async () => {
    const el = await mount(ownView());
    el.selectedRegion = 'heart';
    await el.updateComplete;
    const asked: FseRecordSwitchRequestEvent[] = [];
    el.addEventListener('fse-record-switch-request', (e) => {
      asked.push(e);
      e.respond(Promise.resolve(e.detail.to === 'own' ? ownView() : childView()));
    });
    button(el, `${CHILD} — apri il fascicolo`).click();
    expect(asked).to.have.length(1);
    expect(asked[0]!.cancelable && asked[0]!.bubbles && asked[0]!.composed).to.equal(true);
    const { requestId, answer, ...detail } = asked[0]!.detail;
    expect(requestId).to.be.a('string');
    expect(answer).to.exist;
    expect(detail).to.deep.equal({ to: 'linked', role: 'parent', delegationId: incoming('parental').id, name: `${CHILD}`, cf: incoming('parental').person.cf });
    await waitUntil(() => $(el, '[part="whose"]'), 'the header says whose record it is');
    expect($(el, '[part="whose"]')!.textContent!.trim()).to.equal(`Fascicolo di ${CHILD} — lo stai vedendo come genitore, fino ai suoi 18 anni (${CHILD_END})`);
    expect($(el, '#whose-name')!.textContent!.trim()).to.equal(`${CHILD}`);
    expect(el.selectedRegion, 'the previous selection is cleared').to.equal(undefined);
    await waitUntil(() => live(el) === `Ora vedi il fascicolo di ${CHILD}, come genitore.`, 'announced');
    await waitUntil(() => deepActive()?.id === 'whose-name', 'focus on whose record it is');
    // The other record and the way back.
    expect(button(el, `${MOTHER} — apri il fascicolo`)).to.exist;
    expect(button(el, `${CHILD} — apri il fascicolo`)).to.equal(undefined);
    button(el, 'Torna al tuo fascicolo').click();
    expect(asked[1]!.detail).to.deep.include({ to: 'own', role: 'citizen', name: `${OWN}` });
    await waitUntil(() => $(el, '[part="whose"]') === null && live(el) === 'Sei di nuovo nel tuo fascicolo.', 'back in the own record');
  });

  it('says it is opening while the host works, ignores a second click, and stays put with the host’s message when it fails', async () => {
    const el = await mount(ownView());
    let reject!: (e: Error) => void;
    let count = 0;
    el.addEventListener('fse-record-switch-request', (e) => {
      count++;
      e.respond(new Promise((_, no) => (reject = no)));
    });
    const b = button(el, `${MOTHER} — apri il fascicolo`);
    b.click();
    await el.updateComplete;
    expect($(el, '.family-state')!.textContent!.trim()).to.equal(`Apertura del fascicolo di ${MOTHER}…`);
    expect(b.getAttribute('aria-disabled')).to.equal('true');
    b.click();
    expect(count).to.equal(1);
    reject(new Error('Il servizio regionale non risponde.'));
    await waitUntil(() => $(el, '.family-state.failed'), 'failed');
    expect($(el, '.family-state.failed')!.getAttribute('role')).to.equal('alert');
    expect($(el, '.family-state.failed')!.textContent!.trim()).to.equal('Il fascicolo non si è aperto. Il servizio regionale non risponde.');
    expect($(el, '#whose-name')!.textContent!.trim()).to.equal(`${OWN}`);
  });

  it('says when nobody answers the request, in the page’s language', async () => {
    const el = await mount(ownView(), 'en');
    button(el, `${CHILD} — open the record`).click();
    await waitUntil(() => $(el, '.family-state.failed'), 'failed');
    expect($(el, '.family-state.failed')!.textContent!.trim()).to.equal('The record did not open. The portal did not handle the request.');
  });

  it('is reached and used with the keyboard: Tab to the record, Enter opens it', async () => {
    const el = await mount(ownView());
    let detail: unknown;
    el.addEventListener('fse-record-switch-request', (e) => {
      detail = e.detail;
      e.respond(Promise.resolve(motherView()));
    });
    $(el, '#whose-name')!.focus();
    for (let i = 0; i < 6 && !/apri il fascicolo/.test(deepActive()?.textContent ?? ''); i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal(`${CHILD} — apri il fascicolo`);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal(`${MOTHER} — apri il fascicolo`);
    await sendKeys({ press: 'Enter' });
    expect(detail).to.deep.include({ to: 'linked', role: 'delegate', name: `${MOTHER}` });
    await waitUntil(() => /persona delegata/.test($(el, '[part="whose"]')?.textContent ?? ''), 'the delegator’s record');
    expect($(el, '[part="whose"]')!.textContent!.trim()).to.equal(`Fascicolo di ${MOTHER} — lo stai vedendo come persona delegata. Scadenza della delega: ${MOTHER_END}`);
  });

  it('shows nothing of the child that a parent may not see: not in the header, the counts, the text or the events', async () => {
    const { child } = family();
    const hidden = child.record.events.filter((e) => e.kind === 'document' && (e.privacy.hiddenFromParent || e.privacy.protectedCategory));
    expect(hidden).to.have.length(2);
    const hiddenIds = new Set(child.record.events.filter((e) => hidden.some((h) => e.id === h.id || e.documentId === h.id)).map((e) => e.id));
    const el = await mount(ownView());
    const heard: string[] = [];
    for (const type of ['fse-record-switch-request', 'fse-event-select', 'fse-error', 'fse-range-change', 'fse-open'])
      el.addEventListener(type, (e) => heard.push(JSON.stringify({ type, detail: (e as CustomEvent).detail, ...(e as unknown as Record<string, unknown>) }, (k, v) => (k === 'answer' ? undefined : v))));
    el.addEventListener('fse-record-switch-request', (e) => e.respond(Promise.resolve(childView())));
    button(el, `${CHILD} — apri il fascicolo`).click();
    await waitUntil(() => $(el, '[part="whose"]'), 'opened');
    await new Promise((r) => setTimeout(r, 300));
    const view = childView();
    const docs = view.events.filter((e) => e.kind === 'document').length;
    expect(docs).to.equal(child.record.events.filter((e) => e.kind === 'document').length - 2);
    expect($(el, '[part="summary"]')!.textContent).to.contain(`${docs} documenti`);
    const text = deepText(el);
    for (const h of hidden) expect(text, h.title).to.not.include(h.title);
    for (const id of hiddenIds) expect(text, id).to.not.include(id);
    for (const line of heard) for (const id of hiddenIds) expect(line, id).to.not.include(id);
    expect($(el, '[part="header"]')!.textContent).to.not.match(/Colloquio|consultorio|spazio giovani/i);
  });

  for (const [lang, theme] of [
    ['it', 'light'],
    ['de', 'dark'],
  ] as const) {
    it(`is accessible in someone else’s record, in ${lang}, ${theme} theme`, async function () {
      this.timeout(90_000); // axe over the whole journey
      const el = await mount(ownView(), lang, theme);
      el.addEventListener('fse-record-switch-request', (e) => e.respond(Promise.resolve(childView())));
      button(el, lang === 'de' ? `${CHILD} — Akte öffnen` : `${CHILD} — apri il fascicolo`).click();
      await waitUntil(() => $(el, '[part="whose"]'), 'opened');
      await expect(el).to.be.accessible();
    });
  }
});
