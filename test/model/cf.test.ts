/**
 * isValidCf: the one codice fiscale check (model), used by the consent panel's delegation form.
 * Omocodic codes are computed here, not written by hand: digits at the omocodia positions are
 * replaced with their letters from the rightmost (0→L … 9→V, Agenzia delle Entrate), and the
 * check character is computed again with the official tables, written out in this file on their
 * own so that the model's implementation is checked against an independent one.
 */
import { expect } from '@open-wc/testing';
import { isValidCf } from '@percorso/model';
import { codiceFiscale } from '@percorso/model/generator';

// DM 23/12/1976 annex: values of the characters in odd positions (1st, 3rd, … 15th).
const ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const ODD_LETTERS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function checkChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15[i]!;
    const isDigit = c >= '0' && c <= '9';
    const v = isDigit ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (isDigit ? ODD_DIGITS[v]! : ODD_LETTERS[v]!) : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Positions (0-based) of the digits omocodia may replace, rightmost first. */
const OMOCODIA_POSITIONS = [14, 13, 12, 10, 9, 7, 6];
const OMOCODIA_LETTERS = 'LMNPQRSTUV';

/** The `level`-th omocodic variant of a code: its `level` rightmost digits replaced, check character recomputed. */
function omocodic(cf: string, level: number): string {
  const chars = cf.slice(0, 15).split('');
  for (const p of OMOCODIA_POSITIONS.slice(0, level)) chars[p] = OMOCODIA_LETTERS[Number(chars[p])]!;
  const first15 = chars.join('');
  return first15 + checkChar(first15);
}

const BASES = [
  'RSSMRA85T10A562S',
  codiceFiscale({ family: 'Rossi', given: 'Mario', year: 1980, month: 1, day: 1, sex: 'male', belfiore: 'H501' }),
  codiceFiscale({ family: "D'Angelo", given: 'Niccolò', year: 1971, month: 12, day: 31, sex: 'female', belfiore: 'L219' }),
  codiceFiscale({ family: 'Bianchi', given: 'Giulia', year: 2009, month: 7, day: 9, sex: 'female', belfiore: 'F205' }),
];

describe('isValidCf', () => {
  it('accepts codes whose check character the official tables give', () => {
    for (const cf of BASES) {
      expect(checkChar(cf.slice(0, 15)), cf).to.equal(cf[15]);
      expect(isValidCf(cf), cf).to.equal(true);
    }
  });

  it('accepts every omocodic variant (1 to 7 digits replaced), with its recomputed check character', () => {
    for (const base of BASES) {
      for (let level = 1; level <= 7; level++) {
        const cf = omocodic(base, level);
        expect(cf, `${base} level ${level}`).to.not.equal(base);
        expect(isValidCf(cf), cf).to.equal(true);
      }
    }
    // The first variant of RSSMRA85T10A562S, spelled out: 2 → N, check character H.
    expect(omocodic('RSSMRA85T10A562S', 1)).to.equal('RSSMRA85T10A56NH');
  });

  it('refuses an omocodic code that kept the old check character', () => {
    for (const base of BASES) {
      const variant = omocodic(base, 1);
      const stale = variant.slice(0, 15) + base[15];
      if (stale !== variant) expect(isValidCf(stale), stale).to.equal(false);
    }
  });

  it('refuses letters that are not omocodia letters where digits belong', () => {
    // A, B, C… are not substitutes for digits; computing a matching check character does not help.
    for (const [pos, letter] of [[14, 'A'], [7, 'W'], [10, 'Z']] as const) {
      const chars = BASES[0]!.slice(0, 15).split('');
      chars[pos] = letter;
      const first15 = chars.join('');
      expect(isValidCf(first15 + checkChar(first15)), first15).to.equal(false);
    }
  });

  it('refuses wrong check characters, months, days, lengths and shapes', () => {
    expect(isValidCf('RSSMRA85T10A562T')).to.equal(false);
    expect(isValidCf('RSSMRA85T10A562')).to.equal(false);
    const withMonth = (m: string) => { const f = `RSSMRA85${m}10A562`; return f + checkChar(f); };
    expect(isValidCf(withMonth('Z'))).to.equal(false); // Z is not a month
    expect(isValidCf(withMonth('T'))).to.equal(true);
    const withDay = (d: string) => { const f = `RSSMRA85T${d}A562`; return f + checkChar(f); };
    expect(isValidCf(withDay('32'))).to.equal(false);
    expect(isValidCf(withDay('00'))).to.equal(false);
    expect(isValidCf(withDay('71'))).to.equal(true); // a woman born on the 31st
    expect(isValidCf(withDay('QM'))).to.equal(true); // 41, omocodic: a woman born on the 1st
    expect(isValidCf('<img src=x>')).to.equal(false);
    expect(isValidCf('')).to.equal(false);
  });

  it('ignores case and the spaces people type around a code', () => {
    expect(isValidCf('rssmra85t10a562s')).to.equal(true);
    expect(isValidCf('  RSSMRA85T10A56NH ')).to.equal(true);
  });
});
