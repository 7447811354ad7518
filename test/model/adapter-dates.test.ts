/**
 * Dates keep the precision the source gave them; date-only values are local days (23 or 25 hours
 * long across DST changes); instants keep their offset; impossible or non-ISO values are refused.
 */
import { expect } from '@open-wc/testing';
import { fromFhir, parseFuzzyDate, readFuzzyDate } from '@percorso/model';

const H = 3_600_000;

describe('dates', () => {
  it('keeps year, month and day precision as local spans in Europe/Rome', () => {
    const y = parseFuzzyDate('2019')!;
    expect(y).to.deep.equal({ iso: '2019', precision: 'year', start: Date.UTC(2018, 11, 31, 23), end: Date.UTC(2019, 11, 31, 23) });
    const m = parseFuzzyDate('2019-03')!;
    expect(m.precision).to.equal('month');
    expect(m.start).to.equal(Date.UTC(2019, 1, 28, 23));
    expect(m.end).to.equal(Date.UTC(2019, 2, 31, 22), 'April starts in summer time');
    const d = parseFuzzyDate('2020-02-29')!;
    expect(d).to.deep.equal({ iso: '2020-02-29', precision: 'day', start: Date.UTC(2020, 1, 28, 23), end: Date.UTC(2020, 1, 29, 23) });
  });

  it('makes the spring DST day 23 hours and the autumn one 25 hours long', () => {
    const spring = parseFuzzyDate('2019-03-31')!;
    expect((spring.end - spring.start) / H).to.equal(23);
    expect(spring.start).to.equal(Date.UTC(2019, 2, 30, 23));
    const autumn = parseFuzzyDate('2019-10-27')!;
    expect((autumn.end - autumn.start) / H).to.equal(25);
    const plain = parseFuzzyDate('2019-10-28')!;
    expect((plain.end - plain.start) / H).to.equal(24);
  });

  it('reads date-only values in the time zone asked for', () => {
    const ny = parseFuzzyDate('2019-03-10', 'America/New_York')!;
    expect(ny.start).to.equal(Date.UTC(2019, 2, 10, 5));
    expect((ny.end - ny.start) / H).to.equal(23);
    const utc = parseFuzzyDate('2019-03-31', 'UTC')!;
    expect((utc.end - utc.start) / H).to.equal(24);
    const { record } = fromFhir([{ resourceType: 'Condition', id: 'c', onsetDateTime: '2019-03-31' }], { timeZone: 'Asia/Tokyo' });
    expect(record.timeZone).to.equal('Asia/Tokyo');
    expect(record.events[0]!.date.start).to.equal(Date.UTC(2019, 2, 30, 15));
  });

  it('keeps instants with their offset, to the minute or the second', () => {
    const s = parseFuzzyDate('2022-03-30T11:24:26+01:00')!;
    expect(s).to.deep.equal({ iso: '2022-03-30T11:24:26+01:00', precision: 'second', start: Date.UTC(2022, 2, 30, 10, 24, 26), end: Date.UTC(2022, 2, 30, 10, 24, 27) });
    const m = parseFuzzyDate('2022-03-30T11:24Z')!;
    expect(m.precision).to.equal('minute');
    expect(m.end - m.start).to.equal(60_000);
    const frac = parseFuzzyDate('2022-03-30T11:24:26.250-05:30')!;
    expect(frac.start).to.equal(Date.UTC(2022, 2, 30, 16, 54, 26, 250));
    expect(frac.iso).to.equal('2022-03-30T11:24:26-05:30');
    // the CDA form the gateway copies into some values
    expect(parseFuzzyDate('20220330112426+0100')!.start).to.equal(s.start);
  });

  it('refuses impossible dates, out-of-range years and non-ISO strings with a reason', () => {
    const cases: [unknown, string][] = [
      ['2019-02-30', 'invalid-date'],
      ['2019-02-29', 'invalid-date'],
      ['2019-13', 'invalid-date'],
      ['2019-04-31', 'invalid-date'],
      ['2022-03-30T25:00:00Z', 'invalid-date'],
      ['2022-03-30T10:61Z', 'invalid-date'],
      ['0219-05-01', 'date-out-of-range'],
      ['2519', 'date-out-of-range'],
      ['30/03/2022', 'not-iso-date'],
      ['ieri', 'not-iso-date'],
      ['2022-3-1', 'not-iso-date'],
      ['', 'not-iso-date'],
      [20220330, 'not-iso-date'],
      [null, 'not-iso-date'],
      ['2022-03-30T10:00+1', 'not-iso-date'],
    ];
    for (const [v, problem] of cases) {
      const r = readFuzzyDate(v);
      expect(r.ok, String(v)).to.equal(false);
      if (!r.ok) expect(r.problem, String(v)).to.equal(problem);
      expect(parseFuzzyDate(v)).to.equal(undefined);
    }
  });

  describe('in fromFhir', () => {
    it('reports an impossible date with its path and drops the value, keeping the event', () => {
      const { record, issues } = fromFhir({
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: { resourceType: 'Observation', id: 'a', effectiveDateTime: '2019-02-30', code: { text: 'Glicemia' } } },
          { resource: { resourceType: 'Observation', id: 'b', effectiveDateTime: '2019-02-28', code: { text: 'Glicemia' } } },
        ],
      });
      const i = issues.find((x) => x.code === 'invalid-date')!;
      expect(i.path).to.equal('$.entry[0].resource.effectiveDateTime');
      expect(i.message.it).to.contain('2019-02-30');
      expect(i.subjectIds).to.deep.equal(['Observation/a']);
      const a = record.events.find((e) => e.id === 'Observation/a')!;
      // undated, placed at the reading day: never another event's date (it could be a hidden document's)
      expect(a.undated).to.equal(true);
      expect(a.date.iso).to.not.equal('2019-02-28');
      expect(issues.find((x) => x.code === 'undated')!.subjectIds).to.deep.equal(['Observation/a']);
    });

    it('dates an event without a date at its document’s date', () => {
      const { record, issues } = fromFhir({
        resourceType: 'Bundle',
        type: 'document',
        entry: [
          { resource: { resourceType: 'Composition', id: 'c', type: { coding: [{ system: 'http://loinc.org', code: '11502-2' }] }, date: '2023-05-04', title: 'Referto' } },
          { resource: { resourceType: 'Observation', id: 'o', code: { text: 'Emoglobina' } } },
        ],
      });
      const o = record.events.find((e) => e.id === 'Observation/o')!;
      expect(o.date.iso).to.equal('2023-05-04');
      expect(o.documentId).to.equal('Composition/c');
      expect(issues.find((x) => x.code === 'date-from-document')?.severity).to.equal('info');
    });

    it('drops a period end before its start, with an issue, and keeps periods as date + end', () => {
      const { record, issues } = fromFhir([
        { resourceType: 'Encounter', id: 'stay', class: { code: 'IMP' }, period: { start: '2021-01-10', end: '2021-01-20' } },
        { resourceType: 'Encounter', id: 'bad', class: { code: 'IMP' }, period: { start: '2021-02-10', end: '2021-02-01' } },
      ]);
      const stay = record.events.find((e) => e.id === 'Encounter/stay')!;
      expect(stay.date.iso).to.equal('2021-01-10');
      expect(stay.end?.iso).to.equal('2021-01-20');
      const bad = record.events.find((e) => e.id === 'Encounter/bad')!;
      expect(bad.end).to.equal(undefined);
      expect(issues.find((x) => x.code === 'end-before-start')?.path).to.equal('$[1].period');
    });

    it('reads a time without offset in the record’s zone and says so', () => {
      const { record, issues } = fromFhir([{ resourceType: 'Procedure', id: 'p', performedDateTime: '2021-07-01T10:00:00' }]);
      expect(record.events[0]!.date.start).to.equal(Date.UTC(2021, 6, 1, 8));
      expect(issues.find((x) => x.code === 'date-without-offset')?.path).to.equal('$[0].performedDateTime');
    });

    it('falls back to Europe/Rome for an unknown time zone, with an issue', () => {
      const { record, issues } = fromFhir([], { timeZone: 'Mars/Olympus' });
      expect(record.timeZone).to.equal('Europe/Rome');
      expect(issues.map((i) => i.code)).to.include('invalid-time-zone');
    });
  });
});
