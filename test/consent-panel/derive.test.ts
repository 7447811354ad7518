/**
 * The consent panel's pure helpers: CSV for Italian spreadsheets (escaping and formula injection),
 * ages at 18 (29 February included), the log filters, and who may use
 * the panel. Log entries and views come from FHIR through fromFhir + viewFor.
 */
import { expect } from '@open-wc/testing';
import { fromFhir, viewFor, type FuzzyDate } from '@percorso/model';
import {
  birthdayOf,
  csvField,
  filterLog,
  isAdult,
  latestConsent,
  notificationsOn,
  refusalReason,
  rolesIn,
  toCsv,
} from '../../packages/elements/src/consent-panel/derive.js';
import { de, en, it as italian } from '../../packages/elements/src/consent-panel/messages.js';
import { CF, fixtureFhir, fixtureResources, fixtureView, NOW } from './fixtures.js';

const day = (iso: string): FuzzyDate => {
  const start = Date.parse(`${iso}T00:00:00+01:00`);
  return { iso, precision: 'day', start, end: start + 86_400_000 };
};

describe('consent panel helpers', () => {
  it('has every message in Italian, English and German', () => {
    // the panel's own words; the critical-medicine words it shares are the clinical elements' (checked there)
    const it = Object.keys(italian).sort();
    expect(Object.keys(en).sort()).to.deep.equal(it);
    expect(Object.keys(de).sort()).to.deep.equal(it);
  });

  it('reads its fixtures without error-level issues (the real path: fromFhir)', () => {
    for (const o of [{}, { consents: 'parent' as const, parent: true }, { hostile: true, notificationsOff: true }]) {
      const { issues } = fromFhir(fixtureFhir(o), { now: NOW, patient: CF });
      expect(issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path}`)).to.deep.equal([]);
    }
  });

  describe('CSV', () => {
    it('neutralises values a spreadsheet would run as formulas', () => {
      for (const s of ['=1+1', '+39 333', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvField(s).replace(/^"/, '')).to.match(/^'/);
      expect(csvField('Dott. Rossi')).to.equal('Dott. Rossi');
      expect(csvField('a=b')).to.equal('a=b');
    });

    it('neutralises formulas hidden behind spaces, no-break spaces, zero-width characters or a byte-order mark', () => {
      const hidden = [' =1+1', '   +39 333', '\u00A0=HYPERLINK("http://x")', '\u200B@SUM(A1)', '\u200D-2', '\u2060=1', '\uFEFF=cmd|x', '\u00A0 \u200B=1', '\uFF1D1+1', '\nx'];
      for (const s of hidden) expect(csvField(s).replace(/^"/, ''), JSON.stringify(s)).to.match(/^'/);
      for (const s of [' Rossi', '\u00A0Maria', '\u200BBianchi', ' 2 + 2 ']) expect(csvField(s), JSON.stringify(s)).to.equal(s);
      const csv = toCsv([['\u00A0=HYPERLINK("http://x";"clic")']]);
      expect(csv).to.equal('\uFEFF"\'\u00A0=HYPERLINK(""http://x"";""clic"")"\r\n');
    });

    it('quotes fields with the separator, quotes or line breaks, doubling the quotes', () => {
      expect(csvField('Rossi; Maria')).to.equal('"Rossi; Maria"');
      expect(csvField('il "nuovo" referto')).to.equal('"il ""nuovo"" referto"');
      expect(csvField('riga 1\nriga 2')).to.equal('"riga 1\nriga 2"');
      expect(csvField('1,5 mg')).to.equal('1,5 mg'); // the comma is the Italian decimal separator, not ours
      expect(csvField(undefined)).to.equal('');
    });

    it('writes a BOM, “;” between fields and CRLF between rows', () => {
      const csv = toCsv([
        ['a', 'b'],
        ['=x', 'è'],
      ]);
      expect(csv).to.equal("\uFEFFa;b\r\n'=x;è\r\n");
    });
  });

  describe('coming of age', () => {
    it('is adult from the 18th birthday, in the record’s time zone', () => {
      const b = day('2008-03-15');
      expect(isAdult(b, Date.parse('2026-03-14T22:59:00Z'), 'Europe/Rome')).to.equal(false);
      expect(isAdult(b, Date.parse('2026-03-14T23:00:00Z'), 'Europe/Rome')).to.equal(true); // midnight in Rome
      expect(isAdult({ iso: '2008', precision: 'year', start: 0, end: 1 }, NOW, 'Europe/Rome')).to.equal(undefined);
      expect(isAdult(undefined, NOW, 'Europe/Rome')).to.equal(undefined);
    });

    it('a 29 February birthday comes of age on 1 March in common years', () => {
      expect(birthdayOf(day('2008-02-29'), 18)).to.equal('2026-03-01');
      expect(birthdayOf(day('2006-02-28'), 18)).to.equal('2024-02-28');
    });
  });

  describe('consents and access log', () => {
    it('takes the latest consent of each purpose and keeps notifications on unless turned off', () => {
      const view = fixtureView('citizen', { consents: 'revoked' });
      expect(latestConsent(view.consents, 'consultation', 'care')?.decision).to.equal('deny');
      expect(latestConsent(view.consents, 'consultation', 'prophylaxis')?.decision).to.equal('not-expressed');
      expect(notificationsOn(view.consents)).to.equal(true);
      expect(notificationsOn(fixtureView('citizen', { notificationsOff: true }).consents)).to.equal(false);
    });

    it('filters the log by period, role and emergency, newest first', () => {
      const log = fixtureView('citizen').accessLog;
      expect(log).to.have.length(5);
      const year = filterLog(log, { period: '365d', role: '', emergencyOnly: false }, NOW);
      expect(year).to.have.length(4);
      expect(year.map((e) => e.at.start)).to.deep.equal([...year.map((e) => e.at.start)].sort((a, b) => b - a));
      expect(filterLog(log, { period: '30d', role: '', emergencyOnly: false }, NOW)).to.have.length(2);
      expect(filterLog(log, { period: 'all', role: 'AAS', emergencyOnly: false }, NOW)).to.have.length(2);
      expect(filterLog(log, { period: 'all', role: '', emergencyOnly: true }, NOW).map((e) => e.actor.name)).to.deep.equal(['Dott. Paolo Neri']);
      expect(rolesIn(log)[0]).to.equal('AAS');
    });

    it('lets only the citizen and active delegates or parents use the panel', () => {
      const { record } = fromFhir(fixtureResources(), { now: NOW, patient: CF });
      expect(refusalReason(viewFor(record, { role: 'citizen', now: NOW }))).to.equal(undefined);
      expect(refusalReason(viewFor(record, { role: 'clinician', now: NOW }))).to.match(/clinician/);
      expect(refusalReason(viewFor(record, { role: 'emergency', now: NOW }))).to.match(/emergency/);
      const active = record.delegations.find((d) => d.status === 'active' && d.direction === 'outgoing')!;
      const pending = record.delegations.find((d) => d.status === 'pending' && d.direction === 'outgoing')!;
      expect(refusalReason(viewFor(record, { role: 'delegate', delegationId: active.id, now: NOW }))).to.equal(undefined);
      expect(refusalReason(viewFor(record, { role: 'delegate', delegationId: pending.id, now: NOW }))).to.match(/not active/);
    });
  });
});
