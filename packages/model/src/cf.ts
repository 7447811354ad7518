/**
 * The codice fiscale's layout and check character (DM 23 dicembre 1976, annexes; DPR 605/1973):
 * 6 letters (surname, name), 2 digits (year), a month letter, 2 digits (day, +40 for women), a
 * letter and 3 digits (comune or foreign state), and a check character computed from the first
 * 15 with the official odd/even tables. When two people would share a code (*omocodia*), the
 * Agenzia delle Entrate replaces its digits with letters, from the rightmost, with
 * 0→L 1→M 2→N 3→P 4→Q 5→R 6→S 7→T 8→U 9→V, and computes the check character again: those codes
 * are valid too. One implementation for the model, the generator and the elements' forms.
 */

/** Values of characters in odd positions (1st, 3rd…), official table. */
const ODD: Readonly<Record<string, number>> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** The letters of the 12 months, January to December. */
export const CF_MONTHS = 'ABCDEHLMPRST';

/** Digits (or their omocodia letters) at positions 7–8, 10–11 and 13–15; the month at 9. */
const CF_LAYOUT = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** Omocodia letters, in the order of the digits they stand for. */
const OMOCODIA = 'LMNPQRSTUV';

/** Values of characters in even positions: digits their value, letters A=0 … Z=25. */
function evenValue(c: string): number {
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : code - 65;
}

/** The check character of the first 15 characters (upper case) of a codice fiscale. */
export function cfCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15[i]!;
    sum += i % 2 === 0 ? (ODD[c] ?? 0) : evenValue(c);
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** A digit of the code, or the digit an omocodia letter stands for. */
function digitAt(cf: string, i: number): number {
  const c = cf[i]!;
  const k = OMOCODIA.indexOf(c);
  return k >= 0 ? k : c.charCodeAt(0) - 48;
}

/**
 * Whether `value` is a well-formed 16-character codice fiscale with the right check character,
 * omocodic codes included; case and surrounding spaces are ignored (people type them). The day
 * must be 1–31 (41–71 for women). It does not check that the person or the comune exists.
 */
export function isValidCf(value: string): boolean {
  const cf = value.trim().toUpperCase();
  if (!CF_LAYOUT.test(cf)) return false;
  const day = digitAt(cf, 9) * 10 + digitAt(cf, 10);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return cfCheckChar(cf) === cf[15];
}
