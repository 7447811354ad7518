/**
 * HL7 v3 TS (`YYYY[MM[DD[HH[MM[SS[.S…]]]]]][±ZZZZ]`, fse-2.0.md §2.5) → the ISO 8601 form that
 * `readFuzzyDate` (dates.ts) reads, so CDA dates get exactly the FuzzyDates FHIR dates get.
 * `YYYYMMDDHH` becomes `…THH:00` (minute precision: the model has no hour); fractions of a second
 * are cut to milliseconds; an offset on a date without time is dropped (a day is a local day).
 */
import { readFuzzyDate, type DateResult } from '../dates.js';

function allDigits(s: string): boolean {
  if (!s.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The ISO spelling of an HL7 TS, or undefined when it is not one. */
export function hl7TsToIso(value: string): string | undefined {
  const v = value.trim();
  let body = v;
  let offset = '';
  const sign = Math.max(v.indexOf('+'), v.indexOf('-'));
  if (sign >= 0) {
    body = v.slice(0, sign);
    const z = v.slice(sign + 1);
    if (z.length !== 4 || !allDigits(z)) return undefined;
    offset = `${v[sign]}${z.slice(0, 2)}:${z.slice(2)}`;
  } else if (v.endsWith('Z')) {
    body = v.slice(0, -1);
    offset = 'Z';
  }
  let frac = '';
  const dot = body.indexOf('.');
  if (dot >= 0) {
    frac = body.slice(dot + 1);
    body = body.slice(0, dot);
    if (body.length !== 14 || !allDigits(frac)) return undefined;
    frac = `.${frac.slice(0, 3).padEnd(3, '0')}`;
  }
  if (!allDigits(body)) return undefined;
  const y = body.slice(0, 4);
  const mo = body.slice(4, 6);
  const d = body.slice(6, 8);
  switch (body.length) {
    case 4: return y;
    case 6: return `${y}-${mo}`;
    case 8: return `${y}-${mo}-${d}`;
    case 10: return `${y}-${mo}-${d}T${body.slice(8, 10)}:00${offset}`;
    case 12: return `${y}-${mo}-${d}T${body.slice(8, 10)}:${body.slice(10, 12)}${offset}`;
    case 14: return `${y}-${mo}-${d}T${body.slice(8, 10)}:${body.slice(10, 12)}:${body.slice(12, 14)}${frac}${offset}`;
  }
  return undefined;
}

/** Reads an HL7 TS into a FuzzyDate result; `not-hl7-date` when its shape is wrong. */
export function readHl7Ts(value: string, timeZone: string): DateResult | { ok: false; problem: 'not-hl7-date' } {
  const iso = hl7TsToIso(value);
  if (iso === undefined) return { ok: false, problem: 'not-hl7-date' };
  const r = readFuzzyDate(iso, timeZone);
  if (!r.ok && r.problem === 'not-iso-date') return { ok: false, problem: 'not-hl7-date' };
  return r;
}
