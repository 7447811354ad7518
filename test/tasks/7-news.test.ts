/**
 * Task 7 (issue 11), "What's new", on the citizen's demo page at a desktop and a phone width: the
 * page passes the citizen's last visit (120 days before the sample's reading day, 15 November 2026:
 * 18 July 2026) and the journey opens with the "Novità" since then — new documents, a
 * prescription ready, new bookings, an access by someone new — each opening what it is about; the
 * notification preferences are chosen per kind (new document, new prescription, access) in the
 * consent panel, persisted by the page on its FHIR server and read back.
 *
 * Actions: before, none of it existed (no list, one switch for every notification); after, 1 click
 * opens the newest document, 1 click shows who accessed the record for the first time, 1 click (2 on
 * a phone, where the privacy section folds) turns off the prescription notifications alone.
 */
import { expect } from '@open-wc/testing';
import { freshServer, openDemo, TASK_TIMEOUT, WIDTHS } from './demo.js';

for (const width of Object.values(WIDTHS)) {
  describe(`task 7, what's new, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('the news since the last visit is at the top, and one click opens the newest document', async () => {
      const demo = await openDemo('index', { width });
      const news = demo.$('[part="news"]')!;
      expect(demo.visible(news), 'the news is shown without unfolding anything').to.equal(true);
      expect(demo.text(news)).to.contain('Novità');
      // every kind, counted (the sample's figures follow its generator: the words and the kinds are the point)
      expect(demo.text(news)).to.match(
        /Dalla tua ultima visita \(18 luglio 2026\): \d+ nuovi documenti, \d+ ricett[ae] pront[ae], \d+ nuov[ae] prenotazion[ei], (1 accesso di qualcuno di nuovo|\d+ accessi di persone nuove)\./,
      );
      // before the clinical summary, the body map and the timeline
      const top = news.getBoundingClientRect().top;
      for (const part of ['essentials', 'body', 'timeline']) expect(demo.$(`[part="${part}"]`)!.getBoundingClientRect().top, part).to.be.greaterThan(top);
      expect(demo.byTextAll(/^Ricetta pronta: Prescrizione farmaceutica: .+, \d+ \w+ 2026$/).length).to.be.at.least(1);
      expect(demo.byTextAll(/^Nuova prenotazione: .+, \d+ \w+ 2026 alle ore \d\d:\d\d$/).length).to.be.at.least(1);
      // the newest new document (the list is newest first), whatever kind the sample gives it
      const item = demo.byTextAll(/^Nuovo documento: .+, \d+ \w+ 2026$/)[0]!;
      expect(item, 'a new document in the list').to.exist;
      const kind = /^Nuovo documento: ([^:,]+)/.exec(demo.text(item))![1].trim();
      await demo.click(item);
      const doc = demo.$('fse-document')!;
      await demo.until(() => demo.visible(doc) && demo.text(doc).includes(kind), 'the document opens');
      expect(demo.focusedName()).to.contain(kind);
      expect(demo.actions).to.equal(1);
    });

    it('one click shows who accessed the record for the first time, in an emergency, and what they read', async () => {
      const demo = await openDemo('index', { width });
      const access = await demo.click(/^Accesso in emergenza al tuo fascicolo da parte di (.+) \(prima volta\), \d+ \w+ 2026/);
      const who = /da parte di (.+) \(prima volta\)/.exec(access.textContent!.replace(/\s+/g, ' '))![1]!;
      expect(access.getAttribute('aria-expanded')).to.equal('true');
      const entry = demo.$(`#${access.getAttribute('aria-controls')}`)!;
      await demo.until(() => demo.visible(entry), 'the log entry is shown');
      expect(demo.text(entry)).to.contain(`Chi ${who}`).and.contain('In emergenza, senza il tuo consenso');
      expect(demo.actions).to.equal(1);
    });

    it('turns off the prescription notifications alone; the page saves it and it stays off on the next visit', async () => {
      await freshServer();
      const demo = await openDemo('index', { width });
      const unfolded = await demo.unfold('Privacy e consensi'); // folded on a phone
      for (const kind of ['arriva un nuovo documento', 'una ricetta è pronta', 'qualcuno consulta il mio fascicolo'])
        expect((demo.byText(kind) as HTMLInputElement).checked, kind).to.equal(true);
      const rx = (await demo.click('una ricetta è pronta')) as HTMLInputElement;
      await demo.until(() => /Richiesta salvata: PUT Consent|Richiesta salvata: POST Consent/.test(demo.text(demo.$('#host-log')!)), 'the page saved the preference');
      await demo.until(() => !!rx.closest('li')?.querySelector('.req--done'), 'the switch says it is done');
      expect(rx.checked).to.equal(false);
      expect(demo.actions).to.equal(unfolded ? 2 : 1);
      // the next visit reads it back from the server: prescriptions off, the rest still on
      const again = await openDemo('index', { width });
      await again.unfold('Privacy e consensi');
      expect((again.byText('una ricetta è pronta') as HTMLInputElement).checked).to.equal(false);
      expect((again.byText('arriva un nuovo documento') as HTMLInputElement).checked).to.equal(true);
      expect((again.byText('qualcuno consulta il mio fascicolo') as HTMLInputElement).checked).to.equal(true);
    });
  });
}
