/**
 * Codice fiscale (DM 23/12/1976, art. 7 and annexes): surname, name, birth date and sex, comune
 * (Belfiore code) and the check character computed with the official odd/even tables (the
 * model's cf.ts, which also validates codes).
 */
import { CF_MONTHS, cfCheckChar } from '../../cf.js';

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

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
  const first15 = surnameCode(p.family) + nameCode(p.given) + yy + CF_MONTHS[p.month - 1] + dd + p.belfiore;
  return first15 + cfCheckChar(first15);
}

/** Birth date and sex encoded in a codice fiscale (century not encoded: the caller knows it). */
export function cfBirth(cf: string): { yy: number; month: number; day: number; sex: 'female' | 'male' } {
  const dd = Number(cf.slice(9, 11));
  return {
    yy: Number(cf.slice(6, 8)),
    month: CF_MONTHS.indexOf(cf[8]) + 1,
    day: dd > 40 ? dd - 40 : dd,
    sex: dd > 40 ? 'female' : 'male',
  };
}
