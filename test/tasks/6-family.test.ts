/**
 * Task 6 (issue 11): "Family" — the citizen of the demo (Davide Ferrara, seed 2026) is the parent of
 * a minor, Francesca, who turns 18 on 8 December 2026, and the delegate of his mother, Daniela
 * Barbieri (delegation until 3 August 2027). From his own record he opens each of theirs; the header
 * says whose record it is and as whom he sees it; what a parent or a delegate may not see is not
 * there (not even in the counts); one click brings him back to his own.
 *
 * Actions: before, impossible (the journey offered no other record, and the demo's server held
 * neither record nor the link to it); after, 2 — one click to open the record, one to come back.
 */
import { expect } from '@open-wc/testing';
import { fromFhir, type FseRecord } from '@percorso/model';
import { generateFamilyFhir, generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { openDemo, TASK_TIMEOUT, WIDTHS, type Demo } from './demo.js';

// Who they are and what they may see, from the same seed as the demo's server (the names and counts
// follow the generator; the privacy flags are read from each record, not from viewFor).
const O = { seed: 2026, events: 600, now: SAMPLE_NOW };
const own = fromFhir(generateFhir(O), { now: SAMPLE_NOW }).record;
const [childRecord, motherRecord] = generateFamilyFhir(O).map((b) => fromFhir(b, { now: SAMPLE_NOW }).record);
const linked = (basis: string) => own.delegations.find((d) => d.direction === 'incoming' && d.basis === basis)!;
const fmt = (ms: number) => new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(ms);
const OWN = own.patient.name;
const CHILD = linked('parental').person.name;
const MOTHER = linked('voluntary').person.name;
const CHILD_END = fmt(linked('parental').validTo!.start);
const MOTHER_END = fmt(linked('voluntary').validTo!.start);
const docsOf = (r: FseRecord) => r.events.filter((e) => e.kind === 'document');

/** The journey's one-line summary: "12 documenti, 0 percorsi di cura, …" → 12. */
const documents = (demo: Demo): number => Number(/(\d+) document/.exec(demo.text(demo.$('fse-journey')!.shadowRoot!.querySelector('.summary')!))?.[1]);
const whose = (demo: Demo): string => {
  const el = demo.$('fse-journey')!.shadowRoot!.querySelector('.whose');
  return el ? demo.text(el) : '';
};
const name = (demo: Demo): string => demo.text(demo.$('fse-journey')!.shadowRoot!.querySelector('#whose-name')!);

for (const width of Object.values(WIDTHS)) {
  describe(`task 6, family records, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT);

    it('a parent opens the minor child’s record, sees whose it is, not what a parent may not see, and goes back in one click', async () => {
      const demo = await openDemo('index', { width });
      await demo.settled();
      expect(name(demo)).to.equal(`${OWN}`);
      expect(whose(demo)).to.equal('');
      await demo.click(`${CHILD} — apri il fascicolo`);
      await demo.until(() => whose(demo).includes(CHILD), 'the header says whose record it is');
      await demo.settled();
      expect(whose(demo)).to.equal(`Fascicolo di ${CHILD} — lo stai vedendo come genitore, fino ai suoi 18 anni (${CHILD_END})`);
      expect(name(demo)).to.equal(`${CHILD}`);
      expect(demo.focused()?.id, 'focus on whose record it is').to.equal('whose-name');
      await demo.until(() => demo.announced().some((t) => t.includes(`Ora vedi il fascicolo di ${CHILD}, come genitore.`)), 'the change is announced');
      // 14 documents in her record; the talk with the psychologist she keeps from her parents (P97)
      // and the visit at the family counselling service (protected) are not there, nor counted.
      const kept = docsOf(childRecord!).filter((e) => !e.privacy.hiddenFromParent && !e.privacy.protectedCategory);
      expect(docsOf(childRecord!).length - kept.length).to.equal(2);
      expect(documents(demo)).to.equal(kept.length);
      const all = demo.text();
      expect(all).to.not.include('Colloquio psicologico');
      expect(all).to.not.include('spazio giovani');
      // The other record he may open is still offered.
      expect(demo.byText(`${MOTHER} — apri il fascicolo`)).to.exist;
      await demo.click('Torna al tuo fascicolo');
      await demo.until(() => name(demo) === `${OWN}` && whose(demo) === '', 'back in his own record');
      await demo.until(() => demo.announced().some((t) => t.includes('Sei di nuovo nel tuo fascicolo.')), 'the way back is announced');
      expect(demo.focused()?.id).to.equal('whose-name');
      expect(demo.actions).to.equal(2);
    });

    it('a delegate opens the record of the person who delegated them, sees whose it is and until when, not what a delegate may not see, and goes back', async () => {
      const demo = await openDemo('index', { width });
      await demo.settled();
      await demo.click(`${MOTHER} — apri il fascicolo`);
      await demo.until(() => whose(demo).includes(MOTHER), 'the header says whose record it is');
      await demo.settled();
      expect(whose(demo)).to.equal(`Fascicolo di ${MOTHER} — lo stai vedendo come persona delegata. Scadenza della delega: ${MOTHER_END}`);
      expect(name(demo)).to.equal(`${MOTHER}`);
      // 150 documents in her record: her obscured prescription with its visit and lab report, and
      // her two protected documents (HIV test, family counselling) are not there, nor counted.
      const mine = docsOf(motherRecord!);
      const hidden = new Set(mine.filter((e) => e.privacy.obscured || e.privacy.protectedCategory).map((e) => e.id));
      // what follows an obscured prescription (its visit and lab report, by NRE) is hidden with it
      expect(documents(demo)).to.be.at.most(mine.length - hidden.size);
      expect(documents(demo)).to.be.at.least(mine.length - hidden.size - 2);
      const all = demo.text();
      expect(all).to.not.include('test HIV');
      expect(all).to.not.include('CA 125');
      await demo.click('Torna al tuo fascicolo');
      await demo.until(() => name(demo) === `${OWN}` && whose(demo) === '', 'back in his own record');
      expect(demo.actions).to.equal(2);
    });
  });
}
