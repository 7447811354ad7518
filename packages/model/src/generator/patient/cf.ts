/**
 * Codice fiscale (DM 23/12/1976, art. 7 and annexes): surname, name, birth date and sex, comune
 * (Belfiore code) and the check character computed with the official odd/even tables.
 */

const MONTHS = 'ABCDEHLMPRST';
const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

/** Values of characters in odd positions (1st, 3rd…), official table. */
const ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** Values of characters in even positions: digits their value, letters A=0 … Z=25. */
function evenValue(c: string): number {
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : code - 65;
}

/** Upper-case letters only, accents removed ("D'Agostino" → "DAGOSTINO", "Niccolò" → "NICCOLO"). */
function letters(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function split(s: string): { cons: string[]; vows: string[] } {
  const cons: string[] = [];
  const vows: string[] = [];
  for (const c of letters(s)) (VOWELS.has(c) ? vows : cons).push(c);
  return { cons, vows };
}

function surnameCode(family: string): string {
  const { cons, vows } = split(family);
  return (cons.join('') + vows.join('') + 'XXX').slice(0, 3);
}

function nameCode(given: string): string {
  const { cons, vows } = split(given);
  if (cons.length >= 4) return cons[0] + cons[2] + cons[3];
  return (cons.join('') + vows.join('') + 'XXX').slice(0, 3);
}

/** The check character of the first 15 characters of a codice fiscale. */
export function cfCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15[i];
    sum += i % 2 === 0 ? ODD[c] : evenValue(c);
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** True when `cf` is 16 characters in the standard layout with a matching check character. */
export function isValidCf(cf: string): boolean {
  if (!/^[A-Z]{6}[0-9]{2}[ABCDEHLMPRST][0-9]{2}[A-Z][0-9]{3}[A-Z]$/.test(cf)) return false;
  return cfCheckChar(cf.slice(0, 15)) === cf[15];
}

export interface CfInput {
  family: string;
  given: string;
  /** Birth date as year, month (1–12), day. */
  year: number;
  month: number;
  day: number;
  sex: 'female' | 'male';
  /** Belfiore code of the comune (or Z… of the foreign country) of birth. */
  belfiore: string;
}

/** Computes the codice fiscale (without homocode variants). */
export function codiceFiscale(p: CfInput): string {
  const yy = String(p.year % 100).padStart(2, '0');
  const dd = String(p.day + (p.sex === 'female' ? 40 : 0)).padStart(2, '0');
  const first15 = surnameCode(p.family) + nameCode(p.given) + yy + MONTHS[p.month - 1] + dd + p.belfiore;
  return first15 + cfCheckChar(first15);
}

/** Birth date and sex encoded in a codice fiscale (century not encoded: the caller knows it). */
export function cfBirth(cf: string): { yy: number; month: number; day: number; sex: 'female' | 'male' } {
  const dd = Number(cf.slice(9, 11));
  return {
    yy: Number(cf.slice(6, 8)),
    month: MONTHS.indexOf(cf[8]) + 1,
    day: dd > 40 ? dd - 40 : dd,
    sex: dd > 40 ? 'female' : 'male',
  };
}
