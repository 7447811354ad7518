/**
 * Organ-donation statements and advance directives, told apart by what the source says — for the
 * FHIR reader (a Composition section, an Observation) and the CDA reader (a section) alike.
 *
 * Why not by code alone: LOINC 42348-3 is "Advance healthcare directives", yet the HL7 Italia
 * Patient Summary (PSS) codes its "Assenso / Dissenso Donazione Organi" section with it
 * (domain/fse-2.0.md §1.4; the gateway's own PSS examples, FHIR and CDA, give that section the
 * code 42348-3, the display "Dichiarazioni anticipate di trattamento", the title "Assenso /
 * Dissenso Donazione Organi" and a table "Donazione organi | Assenso | 07 Giugno 2018").
 * LOINC 101133-7 is the national document type "Consenso alla donazione di organo e/o tessuto"
 * (§1.3). So the kind comes from the title first, then the narrative and the values; the code's
 * own meaning only when nothing else speaks.
 */
import { LOINC } from '../codes.js';
import { DEFAULT_TIME_ZONE, parseFuzzyDate } from '../dates.js';
import type { Coding, Declaration } from '../types.js';

/** LOINC 42348-3 "Advance healthcare directives" (the PSS section of organ donation, see above). */
export const ADVANCE_DIRECTIVES_LOINC = '42348-3';
/** LOINC 101133-7 "Consenso alla donazione di organo e/o tessuto" (a national document type). */
export const ORGAN_DONATION_LOINC = '101133-7';

/** Words about organ or tissue donation (it, en, de, fr, sl). */
const DONATION = /(donazion|donator|donat[eoi]\b|donar[ei]\b|organ donation|organ donor|organspende|gewebespende|don d['’]organes|don d['’]organe|don de tissus|darovanj|trapiant|espianto)/i;
/** Words about advance directives on treatment (DAT, law 219/2017; it, en, de, fr, sl). */
const DIRECTIVE = /(dichiarazion\w* anticipat|disposizion\w* anticipat|\bDAT\b|testamento biologico|advance (care |health ?care )?directive|living will|patientenverf|directives anticip|vnaprej izra)/i;
/** A refusal; checked before consent, whose words it can contain ("non acconsento"). */
const DISSENT = /\b(dissenso|non acconsent\w*|non favorevole|contrari[oa]|rifiut\w*|opposizione|dissent\w*|refus\w*|does not consent|widerspr\w*|ablehn\w*|nicht einverstanden|zavrnitev|ne soglaša\w*)\b/gi;
const CONSENT = /\b(assenso|acconsent\w*|favorevole|consenso|consent\w*|agree\w*|zustimm\w*|einverstanden|einwillig\w*|soglaša\w*|privolitev)\b/i;

/** Italian month names, as narratives write dates ("07 Giugno 2018"). */
export const ITALIAN_MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const IT_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${ITALIAN_MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i');
const NUM_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The first date written in the text ("07 Giugno 2018", "07/06/2018", "2018-06-07"), as a day. */
function statedDate(text: string, tz: string): Declaration['stated'] {
  let y: string | undefined, m: number | undefined, d: string | undefined;
  const it = IT_DATE.exec(text);
  const nu = NUM_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  if (it) [d, m, y] = [it[1], ITALIAN_MONTHS.indexOf(it[2]!.toLowerCase()) + 1, it[3]];
  else if (nu) [d, m, y] = [nu[1], Number(nu[2]), nu[3]];
  else if (iso) [y, m, d] = [iso[1], Number(iso[2]), iso[3]];
  if (!y || !m || !d) return undefined;
  return parseFuzzyDate(`${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`, tz);
}

/** What a section or an entry says about itself: its codes, its title, its narrative, notes and values. */
export interface DeclarationSource {
  codes: readonly Coding[];
  title?: string | undefined;
  /** Narrative, notes and values as plain text (not the code's display: that is only the code). */
  texts: readonly (string | undefined)[];
  /** A yes/no value (FHIR valueBoolean). */
  answer?: boolean | undefined;
  /** A template that names the section (CDA templateId roots). */
  templates?: readonly string[];
  tz?: string;
}

/** CDA templateId of the PSS section "Assenso / Dissenso Donazione Organi" (as the gateway's PSS example uses it). */
const DONATION_SECTION_TEMPLATE = '2.16.840.1.113883.2.9.10.1.4.2.15';

/**
 * An organ-donation statement or advance directives, when the source is one: coded LOINC 42348-3
 * or 101133-7, or titled so. Undefined for anything else.
 */
export function declarationOf(src: DeclarationSource): Declaration | undefined {
  const coded = (code: string) => src.codes.some((c) => c.code === code && c.system === LOINC);
  const title = src.title ?? '';
  const body = src.texts.filter((t): t is string => !!t && !!t.trim()).join('\n');
  let kind: Declaration['kind'] | undefined;
  if (coded(ORGAN_DONATION_LOINC) || src.templates?.includes(DONATION_SECTION_TEMPLATE)) kind = 'organ-donation';
  else if (DONATION.test(title)) kind = 'organ-donation';
  else if (DIRECTIVE.test(title)) kind = 'advance-directive';
  else if (coded(ADVANCE_DIRECTIVES_LOINC)) kind = DONATION.test(body) ? 'organ-donation' : 'advance-directive';
  if (!kind) return undefined;
  const out: Declaration = { kind };
  if (kind === 'organ-donation') {
    const dissent = DISSENT.test(body);
    DISSENT.lastIndex = 0;
    const consent = CONSENT.test(body.replace(DISSENT, ' '));
    DISSENT.lastIndex = 0;
    if (dissent !== consent) out.choice = dissent ? 'dissent' : 'consent';
    else if (!dissent && src.answer !== undefined) out.choice = src.answer ? 'consent' : 'dissent';
  }
  const stated = statedDate(body, src.tz ?? DEFAULT_TIME_ZONE);
  if (stated) out.stated = stated;
  const text = body.replace(/\s+/g, ' ').trim();
  if (text) out.text = text.length > 300 ? `${text.slice(0, 299)}…` : text;
  return out;
}

/** The title the model gives an organ-donation entry whose code names something else (42348-3). */
export function declarationTitle(d: Declaration): string | undefined {
  if (d.kind !== 'organ-donation') return undefined;
  return d.choice === 'consent' ? 'Assenso alla donazione di organi e tessuti' : d.choice === 'dissent' ? 'Dissenso alla donazione di organi e tessuti' : 'Donazione di organi e tessuti';
}
