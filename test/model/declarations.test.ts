/**
 * Organ-donation statements and advance directives (adapter/declarations.ts, clinical.ts): the
 * gateway's Patient Summary codes its "Assenso / Dissenso Donazione Organi" section with LOINC
 * 42348-3 ("Advance healthcare directives"), so the adapter tells the two apart by what the
 * section and its entries say. Read from the gateway's own PSS (FHIR and CDA, fetched as
 * /gateway/<file>), a small FHIR record, and the generator.
 */
import { expect } from '@open-wc/testing';
import { clinicalPicture, fromCda, fromFhir, viewFor } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { fixtureView, NOW, SECRET_DIRECTIVE } from '../clinical/fixtures.js';

async function gatewayPicture(kind: 'fhir' | 'cda') {
  const res = await fetch(kind === 'fhir' ? '/gateway/mds-fhir-PSS.json' : '/gateway/mds-cda-PSS.xml');
  const { record } = kind === 'fhir' ? fromFhir(await res.json()) : fromCda(await res.text());
  return { record, pic: clinicalPicture(viewFor(record, { role: 'citizen' })) };
}

describe('organ donation and advance directives', () => {
  for (const kind of ['fhir', 'cda'] as const) {
    it(`reads the gateway PSS's section 42348-3 "Assenso / Dissenso Donazione Organi" (${kind.toUpperCase()}) as consent to organ donation, not as advance directives`, async () => {
      const { pic } = await gatewayPicture(kind);
      expect(pic.advanceDirectives, 'no advance directives in the gateway PSS').to.have.length(0);
      const d = pic.organDonation;
      expect(d, 'the organ-donation statement').to.exist;
      expect(d!.declaration.kind).to.equal('organ-donation');
      expect(d!.declaration.choice).to.equal('consent');
      expect(d!.declaration.stated?.iso, 'the date the table gives: 07 Giugno 2018').to.equal('2018-06-07');
      expect(d!.documentType, 'from the Patient Summary').to.equal('PSS');
      expect(d!.documentId).to.be.a('string');
    });
  }

  it('titles the gateway’s FHIR Observation coded 42348-3 by what it says (a consent to donation), not by the code’s display', async () => {
    const { record } = await gatewayPicture('fhir');
    const ev = record.events.find((e) => e.id === 'Observation/ed22f459-8dc0-4c1d-bedb-7c5af2fdf1d1')!;
    expect(ev.title).to.equal('Assenso alla donazione di organi e tessuti');
    expect(ev.declaration?.kind).to.equal('organ-donation');
  });

  it('tells a dissent to donation from advance directives when both come as sections coded 42348-3, each with its source and date', () => {
    const pic = clinicalPicture(fixtureView('citizen', { declarations: true }), NOW);
    expect(pic.organDonation?.declaration.choice).to.equal('dissent');
    expect(pic.organDonation?.declaration.stated?.iso).to.equal('2024-03-12');
    expect(pic.organDonation?.documentType).to.equal('PSS');
    expect(pic.advanceDirectives).to.have.length(1);
    const dat = pic.advanceDirectives[0]!;
    expect(dat.declaration.kind).to.equal('advance-directive');
    expect(dat.declaration.choice).to.equal(undefined);
    expect(dat.declaration.stated?.iso).to.equal('2023-04-03');
    expect(dat.declaration.text).to.contain('nessun accanimento terapeutico');
    expect(dat.documentType).to.equal('PSS');
  });

  it('says nothing where the record says nothing', () => {
    const pic = clinicalPicture(fixtureView('citizen'), NOW);
    expect(pic.organDonation).to.equal(undefined);
    expect(pic.advanceDirectives).to.have.length(0);
  });

  it('follows the view: advance directives of an obscured document reach the citizen only, and change no count of anyone else', () => {
    const citizen = clinicalPicture(fixtureView('citizen', { declarations: true, obscured: true }), NOW);
    expect(citizen.advanceDirectives.map((d) => d.declaration.text)).to.include(SECRET_DIRECTIVE);
    for (const role of ['clinician', 'emergency'] as const) {
      const pic = clinicalPicture(fixtureView(role, { declarations: true, obscured: true }), NOW);
      expect(JSON.stringify(pic)).not.to.contain(SECRET_DIRECTIVE);
      expect(pic.advanceDirectives, role).to.have.length(clinicalPicture(fixtureView(role, { declarations: true }), NOW).advanceDirectives.length);
    }
  });

  it('the generator gives some records a donation consent or dissent and advance directives, not every record, the same for the same seed', () => {
    const seen = { donation: 0, consent: 0, dissent: 0, directives: 0, none: 0 };
    for (let seed = 1; seed <= 12; seed++) {
      const read = () => clinicalPicture(viewFor(fromFhir(generateFhir({ seed, events: 120 }), { now: SAMPLE_NOW }).record, { role: 'citizen', now: SAMPLE_NOW }));
      const pic = read();
      const d = pic.organDonation;
      if (d) {
        seen.donation++;
        seen[d.declaration.choice!]++;
        expect(d.documentType).to.equal('PSS');
        expect(d.declaration.stated, 'the date of the statement').to.exist;
      }
      if (pic.advanceDirectives.length) seen.directives++;
      if (!d && !pic.advanceDirectives.length) seen.none++;
      for (const a of pic.advanceDirectives) expect(a.declaration.kind).to.equal('advance-directive');
      const again = read();
      expect(JSON.stringify([again.organDonation?.declaration, again.advanceDirectives.map((a) => a.declaration)]), `seed ${seed}`).to.equal(JSON.stringify([d?.declaration, pic.advanceDirectives.map((a) => a.declaration)]));
    }
    expect(seen.donation).to.be.within(1, 11);
    expect(seen.consent).to.be.above(0);
    expect(seen.dissent).to.be.above(0);
    expect(seen.directives).to.be.within(1, 11);
    expect(seen.none).to.be.above(0);
  });
});
