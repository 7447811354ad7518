/**
 * The date reader on its own (dates.ts): every form a FHIR or CDA date takes, every limit it
 * enforces, and the local-midnight arithmetic of Europe/Rome across daylight-saving changes. The
 * expected instants are computed here from the calendar (Rome is UTC+1 in winter, UTC+2 in summer),
 * not by the code under test. Written where mutation testing (`npm run mutate dates`) found the
 * limits held by no test.
 */
import { expect } from '@open-wc/testing';
import { dayOf, isValidTimeZone, localToEpoch, readFuzzyDate, zoneOffset, type DateProblem } from '@percorso/model';

const H = 3_600_000;
const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h, mi, s, ms);
/** Local midnight in Rome: 23:00 UTC the day before in winter, 22:00 in summer. */
const romeMidnight = (y: number, m: number, d: number, summer: boolean) => utc(y, m, d) - (summer ? 2 : 1) * H;

function ok(value: unknown, tz?: string) {
  const r = readFuzzyDate(value, tz);
  if (!r.ok) throw new Error(`${String(value)} refused: ${r.problem}`);
  return r;
}
function refused(value: unknown): DateProblem {
  const r = readFuzzyDate(value);
  if (r.ok) throw new Error(`${String(value)} read as ${r.date.iso}`);
  return r.problem;
}

describe('readFuzzyDate — dates without a time keep their precision, from local midnight to local midnight', () => {
  it('a year, a month and a day in Rome', () => {
    expect(ok('2019').date).to.deep.equal({ iso: '2019', precision: 'year', start: romeMidnight(2019, 1, 1, false), end: romeMidnight(2020, 1, 1, false) });
    expect(ok('2019-03').date).to.deep.equal({ iso: '2019-03', precision: 'month', start: romeMidnight(2019, 3, 1, false), end: romeMidnight(2019, 4, 1, true) });
    expect(ok('2019-12').date.end).to.equal(romeMidnight(2020, 1, 1, false));
    expect(ok('2019-07-14').date).to.deep.equal({ iso: '2019-07-14', precision: 'day', start: romeMidnight(2019, 7, 14, true), end: romeMidnight(2019, 7, 15, true) });
  });

  it('the days clocks change are 23 and 25 hours long, and no date moves to another day', () => {
    const spring = ok('2019-03-31').date;
    expect([spring.start, spring.end]).to.deep.equal([romeMidnight(2019, 3, 31, false), romeMidnight(2019, 4, 1, true)]);
    expect(spring.end - spring.start).to.equal(23 * H);
    const autumn = ok('2019-10-27').date;
    expect(autumn.end - autumn.start).to.equal(25 * H);
  });

  it('in another time zone, when the record says so', () => {
    expect(ok('2019-07-01', 'America/New_York').date.start).to.equal(utc(2019, 7, 1, 4));
    expect(ok('2019-07-01', 'UTC').date.start).to.equal(utc(2019, 7, 1));
    // the same text read in two zones gives two answers, not the first one remembered
    expect(ok('2019-07-01').date.start).to.equal(romeMidnight(2019, 7, 1, true));
  });

  it('the last day of each month, leap years by the Gregorian rule', () => {
    for (const d of ['2019-01-31', '2019-03-31', '2019-04-30', '2019-05-31', '2019-06-30', '2019-07-31', '2019-08-31', '2019-09-30', '2019-10-31', '2019-11-30', '2019-12-31', '2019-02-28', '2020-02-29', '2000-02-29', '2024-02-29']) {
      expect(ok(d).date.iso, d).to.equal(d);
    }
    for (const d of ['2019-04-31', '2019-06-31', '2019-09-31', '2019-11-31', '2019-02-29', '1900-02-29', '2100-02-29', '2019-01-32', '2019-02-30']) {
      expect(refused(d), d).to.equal('invalid-date');
    }
  });

  it('impossible months and days are invalid; years outside 1800–2200 are out of range', () => {
    for (const d of ['2019-00', '2019-13', '2019-00-10', '2019-13-01', '2019-01-00']) expect(refused(d), d).to.equal('invalid-date');
    for (const d of ['1799', '2201', '1799-12', '2201-01', '1799-12-31', '2201-01-01', '1799-12-31T10:00:00Z', '2201-01-01T00:00Z']) {
      expect(refused(d), d).to.equal('date-out-of-range');
    }
    for (const d of ['1800', '2200', '1800-01', '2200-12-31', '1800-01-01T00:00:00Z']) expect(ok(d).ok, d).to.equal(true);
  });

  it('shared results are frozen: a caller cannot change the next reader’s date', () => {
    const r = ok('2018-05-05');
    expect(Object.isFrozen(r)).to.equal(true);
    expect(Object.isFrozen(r.date)).to.equal(true);
  });
});

describe('readFuzzyDate — times keep their offset and their precision', () => {
  it('to the minute, the second or the millisecond, with Z, z or an offset', () => {
    expect(ok('2019-03-05T10:20Z').date).to.deep.equal({ iso: '2019-03-05T10:20Z', precision: 'minute', start: utc(2019, 3, 5, 10, 20), end: utc(2019, 3, 5, 10, 21) });
    expect(ok('2019-03-05T10:20:30Z').date).to.deep.equal({ iso: '2019-03-05T10:20:30Z', precision: 'second', start: utc(2019, 3, 5, 10, 20, 30), end: utc(2019, 3, 5, 10, 20, 31) });
    expect(ok('2019-03-05T10:20:30.125+01:00').date.start).to.equal(utc(2019, 3, 5, 9, 20, 30, 125));
    expect(ok('2019-03-05T10:20:30.1Z').date.start).to.equal(utc(2019, 3, 5, 10, 20, 30, 100));
    expect(ok('2019-03-05T10:20:30.999999Z').date.start).to.equal(utc(2019, 3, 5, 10, 20, 30, 999));
    expect(ok('2019-03-05T10:20:30z').date.iso).to.equal('2019-03-05T10:20:30Z');
    expect(ok('2019-03-05T10:20:30-05:30').date).to.include({ iso: '2019-03-05T10:20:30-05:30', start: utc(2019, 3, 5, 15, 50, 30) });
    expect(ok('2019-03-05T10:20+0200').date).to.include({ iso: '2019-03-05T10:20+02:00', start: utc(2019, 3, 5, 8, 20) });
    expect(ok('2019-03-05T10:20+02').date).to.include({ iso: '2019-03-05T10:20+02:00', start: utc(2019, 3, 5, 8, 20) });
    expect(ok('2019-03-05T10:20:30+14:00').date.start).to.equal(utc(2019, 3, 4, 20, 20, 30));
    expect(ok('2019-03-05t10:20Z').date.start).to.equal(utc(2019, 3, 5, 10, 20));
    expect(ok('2019-03-05 10:20Z').date.start).to.equal(utc(2019, 3, 5, 10, 20));
    expect(ok('  2019-03-05T10:20Z  ').date.iso).to.equal('2019-03-05T10:20Z');
  });

  it('without an offset, a time is the record’s local time and says it had none', () => {
    const r = ok('2019-07-05T10:20:30');
    expect(r.date.start).to.equal(utc(2019, 7, 5, 8, 20, 30));
    expect(r.noOffset).to.equal(true);
    expect(ok('2019-07-05T10:20:30Z').noOffset).to.equal(undefined);
  });

  it('24:00 is the end of the day, a leap second stays in its minute; anything beyond is invalid', () => {
    expect(ok('2019-03-05T24:00:00Z').date.start).to.equal(utc(2019, 3, 6));
    expect(ok('2016-12-31T23:59:60Z').date.start).to.equal(utc(2016, 12, 31, 23, 59, 59));
    for (const d of ['2019-03-05T24:01Z', '2019-03-05T24:00:01Z', '2019-03-05T25:00Z', '2019-03-05T10:60Z', '2019-03-05T10:59:61Z', '2019-03-05T10:20+15:00', '2019-03-05T10:20+01:60']) {
      expect(refused(d), d).to.equal('invalid-date');
    }
  });

  it('what is not an ISO date or time is refused, never guessed', () => {
    for (const d of ['', 'abc', '201', '2019-3-05', '2019/03/05', '2019-03/05', '20x9', '2019-0a', '2019-03-0b', '2019-03-05T', '2019-03-05x10:20Z', '2019-03-05T10', '2019-03-05T1a:20Z', '2019-03-05T10-20Z', '2019-03-05T10:2Z', '2019-03-05T10:20:3Z', '2019-03-05T10:20:aaZ', '2019-03-05T10:20:30.Z', '2019-03-05T10:20:30ZZ', '2019-03-05T10:20:30X', '2019-03-05T10:20+1:00', '2019-03-05T10:20+01:0', '2019-03-05T10:20+0a:00', '2019-03-05T10:20+01:a0', '2019-03', '2019-03-05T10:20:30+01:00:00']
      .filter((d) => d !== '2019-03')) {
      expect(refused(d), d).to.equal('not-iso-date');
    }
    expect(refused(2019)).to.equal('not-iso-date');
    expect(refused(null)).to.equal('not-iso-date');
    expect(refused(`2019-03-05T10:20:30.${'1'.repeat(60)}Z`)).to.equal('not-iso-date');
  });
});

describe('readFuzzyDate — the HL7 TS form of the gateway’s CDA', () => {
  it('YYYYMMDDHHMMSS±ZZZZ and its shorter forms', () => {
    expect(ok('20220330112426+0100').date).to.deep.equal({ iso: '2022-03-30T11:24:26+01:00', precision: 'second', start: utc(2022, 3, 30, 10, 24, 26), end: utc(2022, 3, 30, 10, 24, 27) });
    expect(ok('202203301124-0500').date).to.include({ iso: '2022-03-30T11:24-05:00', precision: 'minute', start: utc(2022, 3, 30, 16, 24) });
    expect(ok('20220330').date).to.include({ iso: '2022-03-30', precision: 'day', start: romeMidnight(2022, 3, 30, true) });
    expect(ok('202203').date).to.include({ iso: '2022-03', precision: 'month' });
    const local = ok('20220130112426');
    expect(local.date.start).to.equal(utc(2022, 1, 30, 10, 24, 26));
    expect(local.noOffset).to.equal(true);
  });

  it('refuses odd lengths, a zone on a bare date and malformed zones', () => {
    for (const d of ['2022033011242', '2022033011', '20220330+0100', '20220330112426+01', '20220330112426X0100', '20220330112426+01000']) {
      expect(refused(d), d).to.equal('not-iso-date');
    }
    expect(refused('20221330')).to.equal('invalid-date');
    expect(refused('17990330')).to.equal('date-out-of-range');
  });
});

describe('time zones', () => {
  it('Rome is UTC+1 in winter and UTC+2 in summer; unknown zones are not valid', () => {
    expect(zoneOffset(utc(2019, 1, 15, 12), 'Europe/Rome')).to.equal(1 * H);
    expect(zoneOffset(utc(2019, 7, 15, 12), 'Europe/Rome')).to.equal(2 * H);
    expect(zoneOffset(utc(2019, 7, 15, 12), 'America/New_York')).to.equal(-4 * H);
    // a quarter of an hour apart across the change, answers differ
    expect(zoneOffset(utc(2019, 3, 31, 0, 59), 'Europe/Rome')).to.equal(1 * H);
    expect(zoneOffset(utc(2019, 3, 31, 1, 0), 'Europe/Rome')).to.equal(2 * H);
    expect(isValidTimeZone('Europe/Rome')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
  });

  it('a local time that happens twice is the earlier; one that never happens moves past the gap', () => {
    // 27 October 2019, 02:30 in Rome: first at 00:30 UTC (CEST), again at 01:30 UTC (CET)
    expect(localToEpoch(2019, 10, 27, 'Europe/Rome', 2, 30)).to.equal(utc(2019, 10, 27, 0, 30));
    // 31 March 2019, 02:30 in Rome does not exist (02:00 → 03:00): the instant of 01:30 UTC
    expect(localToEpoch(2019, 3, 31, 'Europe/Rome', 2, 30)).to.equal(utc(2019, 3, 31, 1, 30));
    expect(localToEpoch(2019, 7, 1, 'Europe/Rome', 12)).to.equal(utc(2019, 7, 1, 10));
  });

  it('dayOf gives the local day an instant falls on', () => {
    expect(dayOf(utc(2019, 7, 14, 22, 30))).to.deep.equal({ iso: '2019-07-15', precision: 'day', start: romeMidnight(2019, 7, 15, true), end: romeMidnight(2019, 7, 16, true) });
    expect(dayOf(utc(2019, 7, 14, 21, 59)).iso).to.equal('2019-07-14');
    expect(dayOf(utc(2019, 10, 27, 12)).end - dayOf(utc(2019, 10, 27, 12)).start).to.equal(25 * H);
    expect(dayOf(utc(2019, 7, 14, 22, 30), 'UTC').iso).to.equal('2019-07-14');
  });
});
