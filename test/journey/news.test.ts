/**
 * <fse-journey>'s "Novità" since the citizen's last visit (`since`, passed by the host): new
 * documents, prescriptions ready, new bookings, accesses by someone new, each opening what it is
 * about; no list without a sensible date; nothing hidden from the viewer.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { viewFor, type FseView, type Viewer } from '@percorso/model';
import '../../packages/elements/src/journey.js';
import '../../packages/elements/src/locales/all.js';
import type { FseJourney } from '../../packages/elements/src/journey.js';
import type { FseOpenEvent } from '../../packages/elements/src/document.js';
import type { FseEventSelectEvent } from '../../packages/elements/src/timeline.js';
import { access, careConsent, day, doc, event, NOW, privacy, record } from '../model/records.js';

// NOW is 1 November 2026; day(2465) is 1 October 2026, day(2470) 6 October, day(2510) 15 November.
const SINCE = '2026-10-01';
const HOSTILE = '<img src=x onerror="globalThis.__pwned=1">';

function sampleRecord(o: { hostile?: boolean } = {}) {
  return record({
    consents: [careConsent()],
    events: [
      doc('old', 'LAB', { title: 'Esami di agosto', date: day(2420) }),
      doc('lab', 'LAB', { title: o.hostile ? HOSTILE : 'Esami del sangue', date: day(2470) }),
      doc('rx', 'PRESC_FARM', { title: 'Prescrizione farmaceutica: Rivaroxaban', date: day(2475) }),
      event('book', { kind: 'appointment', title: 'Visita cardiologica', date: day(2510), booking: { status: 'booked', service: [] } }),
      event('gone', { kind: 'appointment', title: 'Visita annullata', date: day(2512), booking: { status: 'cancelled', service: [] } }),
      doc('secret', 'RAD', { title: 'Ecografia oscurata', date: day(2472), privacy: privacy({ obscured: true }) }),
      doc('hiv', 'LAB', { title: 'Test riservato', date: day(2473), privacy: privacy({ protectedCategory: 'HIV' }) }),
      doc('p98', 'LAB', { title: 'Nascosto al paziente', date: day(2474), privacy: privacy({ hiddenFromPatient: true }) }),
    ],
    accessLog: [
      access('a-old', ['old'], { at: day(2400), actor: { name: 'Dott. Bianchi', role: 'APR', roleText: 'Medico di famiglia' } }),
      access('a-again', ['lab'], { at: day(2476), actor: { name: 'Dott. Bianchi', role: 'APR', roleText: 'Medico di famiglia' } }),
      access('a-new', ['lab', 'secret', 'hiv'], {
        at: day(2478),
        actor: { name: o.hostile ? HOSTILE : 'Dott.ssa Verdi', role: 'AAS', roleText: 'Cardiologa', organization: { id: 'org-1', name: 'Ospedale di Esempio' } },
        emergency: true,
        purpose: 'EMERGENCY',
      }),
      access('a-secret', ['secret'], { at: day(2479), actor: { name: 'Dott. Neri', role: 'AAS' } }),
    ],
  });
}

const view = (viewer: Partial<Viewer> & Pick<Viewer, 'role'> = { role: 'citizen' }, o: { hostile?: boolean } = {}): FseView =>
  viewFor(sampleRecord(o), { now: NOW, ...viewer });

async function mount(v: FseView, attrs: { since?: string; lang?: string; theme?: string } = {}): Promise<FseJourney> {
  const el = await fixture<FseJourney>(
    html`<fse-journey lang=${attrs.lang ?? 'it'} theme=${attrs.theme ?? 'light'} since=${attrs.since ?? SINCE} .view=${v}></fse-journey>`,
  );
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  return el;
}

const news = (el: FseJourney) => el.shadowRoot!.querySelector<HTMLElement>('[part="news"]');
const text = (n: Element | null | undefined) => (n as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
const items = (el: FseJourney) => [...news(el)!.querySelectorAll<HTMLButtonElement>('[part="news-item"]')];
const item = (el: FseJourney, kind: string) => items(el).find((b) => b.dataset.kind === kind)!;

/** Everything the section tells anyone: its text and its ARIA attributes. */
function told(root: Element): string {
  const out = [root.textContent ?? ''];
  for (const e of root.querySelectorAll('*')) for (const a of ['aria-label', 'title', 'aria-description']) out.push(e.getAttribute(a) ?? '');
  return out.join(' ');
}

describe('<fse-journey> news since the last visit', () => {
  it('lists, newest first and in plain words, the new booking, access, prescription and document', async () => {
    const el = await mount(view());
    const section = news(el)!;
    expect(section.getAttribute('aria-labelledby')).to.equal('h-news');
    expect(text(section.querySelector('#h-news'))).to.equal('Novità');
    expect(section.querySelector('#h-news')!.getAttribute('aria-level')).to.equal('3');
    expect(text(section.querySelector('.news-since'))).to.equal(
      'Dalla tua ultima visita (1 ottobre 2026): 3 nuovi documenti, 1 ricetta pronta, 1 nuova prenotazione, 2 accessi di persone nuove.',
    );
    const words = items(el).map((b) => text(b));
    expect(words[0]).to.match(/^Nuova prenotazione: Visita cardiologica, 15 novembre 2026/);
    expect(words.find((w) => /Verdi/.test(w))).to.match(/^Accesso in emergenza al tuo fascicolo da parte di Dott\.ssa Verdi \(prima volta\), 14 ottobre 2026/);
    expect(words).to.include.members(['Ricetta pronta: Prescrizione farmaceutica: Rivaroxaban, 11 ottobre 2026', 'Nuovo documento: Esami del sangue, 6 ottobre 2026']);
    // the citizen sees what they obscured and their protected documents, never what is hidden from the patient (P98)
    expect(words.join(' ')).to.contain('Ecografia oscurata').and.contain('Test riservato').and.not.contain('Nascosto al paziente');
    // not new: the document of August, the cancelled booking, the family doctor who had accessed before
    expect(words.join(' ')).to.not.contain('Esami di agosto').and.not.contain('Visita annullata').and.not.contain('Bianchi');
    // the list is near the top, before the clinical summary
    const order = [...el.shadowRoot!.querySelectorAll('[part="news"], [part="essentials"]')].map((e) => e.getAttribute('part'));
    expect(order).to.deep.equal(['news', 'essentials']);
  });

  it('shows no list without a last visit, with one that is not a date or lies in the future, or to a clinician', async () => {
    for (const since of ['', 'not a date', '2026-13-45', '2027-01-01', '2026-11-02T08:00:00+01:00']) {
      const el = await mount(view(), { since });
      expect(news(el), `since=${since}`).to.equal(null);
      expect(el.shadowRoot!.querySelector('fse-timeline'), 'the rest is shown').to.exist;
    }
    const el = await mount(view({ role: 'clinician', purpose: 'TREATMENT' }));
    expect(news(el)).to.equal(null);
    // a property works too: a Date, epoch ms
    const byDate = await mount(view(), { since: '' });
    byDate.since = new Date(Date.UTC(2026, 9, 1));
    await byDate.updateComplete;
    expect(items(byDate).length).to.equal(7);
    expect(text(news(byDate)!.querySelector('.news-since'))).to.match(/^Dalla tua ultima visita \(1 ottobre 2026\)/);
    for (const bad of [Number.NaN, 1e20, new Date('nonsense')]) {
      byDate.since = bad;
      await byDate.updateComplete;
      expect(news(byDate), String(bad)).to.equal(null);
    }
  });

  it('says when there is nothing new since the last visit', async () => {
    const el = await mount(view(), { since: '2026-10-31' });
    // the booking of 15 November is after the visit: it is still news
    expect(items(el).map((b) => b.dataset.kind)).to.deep.equal(['booking']);
    const quiet = viewFor(record({ consents: [careConsent()], events: [doc('old', 'LAB', { date: day(2420) })] }), { role: 'citizen', now: NOW });
    const el2 = await mount(quiet, { since: '2026-10-31' });
    expect(text(news(el2))).to.equal('Novità Nessuna novità dalla tua ultima visita (31 ottobre 2026).');
    expect(news(el2)!.querySelector('ul')).to.equal(null);
  });

  it('opens a document or a prescription in the document viewer (a cancellable fse-open from "news")', async () => {
    const el = await mount(view());
    setTimeout(() => item(el, 'document').click());
    const ev = (await oneEvent(el, 'fse-open')) as FseOpenEvent;
    expect(ev.detail).to.deep.equal({ documentId: 'hiv', source: 'news' });
    await el.updateComplete;
    expect(el.openDocument).to.equal('hiv');
    expect(el.shadowRoot!.querySelector('fse-document')!.getAttribute('document-id')).to.equal('hiv');
    // a host that routes itself cancels: nothing opens here
    const el2 = await mount(view());
    el2.addEventListener('fse-open', (e) => e.preventDefault());
    item(el2, 'prescription').click();
    await el2.updateComplete;
    expect(el2.openDocument).to.equal(undefined);
  });

  it('shows a new booking on the timeline, selected and announced', async () => {
    const el = await mount(view());
    el.tab = 'medications';
    await el.updateComplete;
    setTimeout(() => item(el, 'booking').click());
    const ev = (await oneEvent(el, 'fse-event-select')) as FseEventSelectEvent;
    expect(ev.eventId).to.equal('book');
    await el.updateComplete;
    expect(el.tab).to.equal('timeline');
    expect(el.selectedEvent).to.equal('book');
    await waitUntil(() => /Visita cardiologica/.test(el.shadowRoot!.querySelector('[role="status"]')!.textContent ?? ''), 'the selection is announced');
  });

  it('unfolds an access as its log entry (when, who, for whom, emergency), whose documents open', async () => {
    const el = await mount(view());
    const newcomer = items(el).find((b) => /Verdi/.test(text(b)))!;
    expect(newcomer.getAttribute('aria-expanded')).to.equal('false');
    const entry = el.shadowRoot!.getElementById(newcomer.getAttribute('aria-controls')!)!;
    expect(entry.hidden).to.equal(true);
    newcomer.click();
    await el.updateComplete;
    expect(newcomer.getAttribute('aria-expanded')).to.equal('true');
    expect(entry.hidden).to.equal(false);
    expect(text(entry)).to.contain('Chi Dott.ssa Verdi, Cardiologa').and.contain('Per Ospedale di Esempio').and.contain('In emergenza, senza il tuo consenso');
    const docs = [...entry.querySelectorAll('button')];
    expect(docs.map((b) => text(b))).to.deep.equal(['Esami del sangue', 'Ecografia oscurata', 'Test riservato']);
    setTimeout(() => docs[0]!.click());
    const ev = (await oneEvent(el, 'fse-open')) as FseOpenEvent;
    expect(ev.detail).to.deep.equal({ documentId: 'lab', source: 'news' });
  });

  it('works with the keyboard: Tab reaches each item, Enter opens, Space unfolds an access', async () => {
    const el = await mount(view());
    items(el)[0]!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(items(el)[1]);
    const access = items(el).find((b) => /Verdi/.test(text(b)))!;
    access.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(access.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement)).to.equal('Esami del sangue');
    item(el, 'document').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.openDocument).to.equal('hiv');
  });

  it('hides from a delegate what the citizen obscured and the protected documents: not listed, not counted, not named in an access', async () => {
    const el = await mount(view({ role: 'delegate', delegationId: 'd-vol' }));
    const section = news(el)!;
    const all = told(section);
    for (const hidden of ['Ecografia oscurata', 'Test riservato', 'Nascosto al paziente']) expect(all).to.not.contain(hidden);
    expect(text(section.querySelector('.news-since'))).to.contain('1 nuovo documento');
    const newcomer = items(el).find((b) => /Verdi/.test(text(b)))!;
    newcomer.click();
    await el.updateComplete;
    const entry = el.shadowRoot!.getElementById(newcomer.getAttribute('aria-controls')!)!;
    expect([...entry.querySelectorAll('button')].map((b) => text(b))).to.deep.equal(['Esami del sangue']);
    expect(told(section)).to.not.contain('Ecografia oscurata').and.not.contain('Test riservato');
    // someone who read only what the delegate may not see: the view leaves the access out, so does the list
    expect(told(section)).to.not.contain('Neri');
    expect(text(section.querySelector('.news-since'))).to.contain('1 accesso di qualcuno di nuovo');
  });

  it('shows hostile names and titles as text', async () => {
    const el = await mount(view({ role: 'citizen' }, { hostile: true }));
    expect(items(el).some((b) => b.textContent!.includes(HOSTILE))).to.equal(true);
    expect(news(el)!.querySelector('img')).to.equal(null);
    expect((globalThis as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  for (const [lang, title, line, date] of [
    ['en', 'What’s new', 'Since your last visit (1 October 2026): 3 new documents, 1 prescription ready, 1 new booking, 2 accesses by people new to your record.', 'New booking: Visita cardiologica, 15 November 2026'],
    ['de', 'Neuigkeiten', 'Seit Ihrem letzten Besuch (1. Oktober 2026): 3 neue Dokumente, 1 Rezept bereit, 1 neuer Termin, 2 Zugriffe durch neue Personen.', 'Neuer Termin: Visita cardiologica, 15. November 2026'],
    ['fr', 'Nouveautés', 'Depuis votre dernière visite (1 octobre 2026) : 3 nouveaux documents, 1 ordonnance prête, 1 nouveau rendez-vous, 2 accès par de nouvelles personnes.', 'Nouveau rendez-vous : Visita cardiologica, 15 novembre 2026'],
    ['sl', 'Novosti', 'Od vašega zadnjega obiska (1. oktober 2026): 3 novi dokumenti, 1 pripravljen recept, 1 nov termin, 2 vpogleda novih oseb.', 'Nov termin: Visita cardiologica, 15. november 2026'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await mount(view(), { lang });
      expect(text(news(el)!.querySelector('#h-news'))).to.equal(title);
      expect(text(news(el)!.querySelector('.news-since'))).to.equal(line);
      expect(text(items(el)[0])).to.match(new RegExp(`^${date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible, ${theme} theme, with an access unfolded`, async function () {
      this.timeout(90_000); // axe over the whole journey: slow on a shared machine
      const el = await mount(view(), { theme });
      items(el).find((b) => b.dataset.kind === 'access')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
