/**
 * The clinical picture of a view, derived once for `<fse-summary>` and `<fse-medications>`:
 * allergies (stated none, not recorded, or a list), active problems, the therapy (one medicine per
 * active substance and strength, grouping prescriptions, dispensations, statements and
 * administrations), the therapy lists of documents kept apart, implants, the last hospital stay,
 * surgery, pathology exemptions, organ donation and advance directives.
 *
 * Pure and DOM-free. It reads only an {@link FseView}, so whatever the viewer may not see never
 * reaches a line, a period or a count. Every line names the events it stands for and the
 * document it came from, with that document's date, so that an element can say how old the
 * information is and open its source.
 */
import { ICD9CM_PROCEDURES, LOINC, SNOMED } from './codes.js';
import { medicinesOf, therapyListsOf, type Medicine, type TherapyLists } from './medicines.js';
import { codeKey, newestFirst, sourced, type SourcedLine } from './sourced.js';
import { ORGAN_DONATION_LOINC } from './adapter/declarations.js';
import type { ClinicalEvent, Coding, Declaration, DeviceDetail, Exemption, FseView, FuzzyDate } from './types.js';

export type { CriticalClass } from './tables/critical-medicines.js';
export { CRITICAL_ATC, criticalClassOf } from './tables/critical-medicines.js';
export { AIC_PACKS, ATC_SUBSTANCES, type AicPack } from './tables/medicines.js';
export { nowOf, type SourcedLine } from './sourced.js';
export * from './medicines.js';

// ───────────────────────────── allergies ─────────────────────────────

/**
 * SNOMED CT situations that state the absence of allergies (SNOMED International browser:
 * 716186003 No known allergy, 409137002 No known drug allergy, 428607008 No known environmental
 * allergy, 429625007 No known food allergy).
 */
export const NO_KNOWN_ALLERGY_CODES: ReadonlySet<string> = new Set(['716186003', '409137002', '428607008', '429625007']);
/** LOINC 48765-2 "Allergies and adverse reactions Document" — the PSS section (HL7 Italia PSS). */
export const ALLERGY_SECTION = '48765-2';
const NONE_STATED = /\b(nessuna allergia|nessuna intolleranza|allergie:?\s*nessuna|no known (drug )?allerg|nka\b|nkda\b|keine bekannten allergien)/i;

export interface AllergyLine extends SourcedLine {
  substance: string;
  codes: Coding[];
  type?: 'allergy' | 'intolerance';
  criticality?: 'low' | 'high' | 'unable-to-assess';
  reactions: string[];
  status?: string;
}

/**
 * `stated-none`: a source says there are no known allergies ("nessuna allergia nota");
 * `not-recorded`: nothing in the view says anything about allergies; `listed`: there are some.
 */
export interface Allergies {
  state: 'stated-none' | 'not-recorded' | 'listed';
  items: AllergyLine[];
  /** The newest statement of no known allergy, when there is one (also when allergies are listed later). */
  statedNone?: SourcedLine;
}

const INACTIVE = new Set(['inactive', 'resolved', 'remission', 'entered-in-error', 'refuted']);

export function allergiesOf(view: FseView): Allergies {
  const items = new Map<string, AllergyLine>();
  let statedNone: SourcedLine | undefined;
  const stateNone = (line: SourcedLine) => {
    if (!statedNone || line.recorded.start > statedNone.recorded.start) statedNone = line;
  };
  for (const ev of view.events) {
    if (ev.allergy) {
      if (ev.codes.some((c) => c.system === SNOMED && NO_KNOWN_ALLERGY_CODES.has(c.code))) {
        stateNone(sourced(view, ev, `nka:${ev.id}`));
        continue;
      }
      if (ev.status && INACTIVE.has(ev.status)) continue;
      const key = codeKey(ev.codes) ?? `title|${ev.title.toLowerCase()}`;
      const line: AllergyLine = {
        ...sourced(view, ev, `allergy:${key}`),
        substance: ev.title,
        codes: ev.codes,
        reactions: ev.allergy.reactions,
      };
      if (ev.allergy.type) line.type = ev.allergy.type;
      if (ev.allergy.criticality) line.criticality = ev.allergy.criticality;
      if (ev.status) line.status = ev.status;
      const prev = items.get(key);
      if (!prev) items.set(key, line);
      else {
        const keep = line.recorded.start > prev.recorded.start ? line : prev;
        keep.eventIds = [...new Set([...prev.eventIds, ...line.eventIds])];
        items.set(key, keep);
      }
    } else if (ev.kind === 'document' && ev.document) {
      for (const s of ev.document.sections) {
        if (s.code?.code === ALLERGY_SECTION && s.code.system === LOINC && s.text && NONE_STATED.test(s.text)) {
          stateNone(sourced(view, ev, `nka:${ev.id}`));
        }
      }
    }
  }
  const list = [...items.values()].sort(newestFirst);
  const out: Allergies = { state: list.length ? 'listed' : statedNone ? 'stated-none' : 'not-recorded', items: list };
  if (statedNone) out.statedNone = statedNone;
  return out;
}

// ───────────────────────────── problems ─────────────────────────────

export interface ProblemLine extends SourcedLine {
  title: string;
  codes: Coding[];
  /** Onset, when the source gives it. */
  since: FuzzyDate;
  status?: string;
}

/** Active problems (conditions that are not allergies and not resolved), one per code, newest record first. */
export function problemsOf(view: FseView): ProblemLine[] {
  const byKey = new Map<string, ProblemLine>();
  for (const ev of view.events) {
    if (ev.kind !== 'condition' || ev.allergy) continue;
    if (ev.status && INACTIVE.has(ev.status)) continue;
    if (ev.end) continue; // abated
    const key = codeKey(ev.codes) ?? `title|${ev.title.toLowerCase()}`;
    const line: ProblemLine = { ...sourced(view, ev, `problem:${key}`), title: ev.title, codes: ev.codes, since: ev.date };
    if (ev.status) line.status = ev.status;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, line);
    else {
      const keep = line.recorded.start > prev.recorded.start ? line : prev;
      keep.eventIds = [...new Set([...prev.eventIds, ...line.eventIds])];
      keep.since = prev.since.start < line.since.start ? prev.since : line.since;
      byKey.set(key, keep);
    }
  }
  return [...byKey.values()].sort(newestFirst);
}

// ───────────────────────────── history, devices, statements ─────────────────────────────

/** The CND (Classificazione Nazionale dei Dispositivi medici) code system, as the gateway's PSS writes it. */
export const CND_SYSTEM = 'urn:oid:2.16.840.1.113883.2.9.6.1.48';
export { ADVANCE_DIRECTIVES_LOINC, ORGAN_DONATION_LOINC } from './adapter/declarations.js';

export interface HistoryLine extends SourcedLine {
  title: string;
  /** The event has no usable date (`when` is then not a fact: never shown). */
  undated?: true;
  /** For a medical device: status, maker, UDI. */
  device?: DeviceDetail;
  codes: Coding[];
  when: FuzzyDate;
  end?: FuzzyDate;
  where?: string;
}

function historyLine(view: FseView, ev: ClinicalEvent, prefix: string): HistoryLine {
  const line: HistoryLine = { ...sourced(view, ev, `${prefix}:${ev.id}`), title: ev.title, codes: ev.codes, when: ev.date };
  if (ev.undated) line.undated = true;
  if (ev.device) line.device = ev.device;
  if (ev.end) line.end = ev.end;
  const where = ev.facility?.name;
  if (where) line.where = where;
  return line;
}

/**
 * Surgery: procedures coded in ICD-9-CM volume 3 chapters 1–16 (codes 01–86, operations by body
 * system), not chapter 16's 87–99 (diagnostic and therapeutic procedures: imaging, ECG, visits).
 * Source: ICD-9-CM 2007 (Italian edition, Ministero della Salute), tabular list of procedures.
 */
export function isSurgery(ev: ClinicalEvent): boolean {
  if (ev.kind !== 'procedure') return false;
  return ev.codes.some((c) => c.system === ICD9CM_PROCEDURES && /^\d{2}/.test(c.code) && Number(c.code.slice(0, 2)) <= 86);
}

/** An organ-donation statement or advance directives, as the adapter recognised them ({@link Declaration}). */
export interface DeclarationLine extends HistoryLine {
  declaration: Declaration;
}

/** When a declaration was made: the date it states, else its source's. */
const declaredAt = (l: DeclarationLine): number => (l.declaration.stated ?? l.recorded).start;

/**
 * Organ-donation statements and advance directives of the view: entries that are one (a FHIR
 * Observation), sections that are one (a CDA section; a FHIR section unless an entry of the same
 * document already says it), documents of the national type 101133-7. Reads only what the adapter
 * decided ({@link Declaration}); never a code of its own.
 */
function declarationsOf(view: FseView): DeclarationLine[] {
  const lines: DeclarationLine[] = [];
  const fromSections: DeclarationLine[] = [];
  const said = new Set<string>();
  const line = (ev: ClinicalEvent, id: string, declaration: Declaration, title = ev.title): DeclarationLine => ({ ...historyLine(view, ev, id), title, declaration });
  for (const ev of view.events) {
    if (ev.declaration) {
      const l = line(ev, 'declaration', ev.declaration);
      lines.push(l);
      said.add(`${l.documentId ?? ''}|${ev.declaration.kind}`);
    }
    const d = ev.kind === 'document' ? ev.document : undefined;
    if (!d) continue;
    const sections = d.sections.filter((s) => s.declaration);
    sections.forEach((s, i) => fromSections.push(line(ev, `declaration:${i}`, s.declaration!, s.title || ev.title)));
    if (!sections.length && d.typeCode?.code === ORGAN_DONATION_LOINC && d.typeCode.system === LOINC) fromSections.push(line(ev, 'declaration', { kind: 'organ-donation' }));
  }
  for (const l of fromSections) if (!said.has(`${l.documentId ?? ''}|${l.declaration.kind}`)) lines.push(l);
  return lines.sort((a, b) => declaredAt(b) - declaredAt(a) || b.recorded.start - a.recorded.start || (a.id < b.id ? -1 : 1));
}

export interface ClinicalPicture {
  allergies: Allergies;
  problems: ProblemLine[];
  medicines: Medicine[];
  therapyLists: TherapyLists;
  implants: HistoryLine[];
  lastStay?: HistoryLine;
  surgery: HistoryLine[];
  /** Pathology exemptions (income exemptions never reach a professional's view). */
  exemptions: Exemption[];
  /** The newest organ-donation statement (consent or dissent), when the view holds one. */
  organDonation?: DeclarationLine;
  /** Advance directives on treatment, newest first. */
  advanceDirectives: DeclarationLine[];
  /** The newest Patient Summary in the view. */
  patientSummary?: HistoryLine;
}

/** Everything `<fse-summary>` shows, in one pass over the view. */
export function clinicalPicture(view: FseView, now?: number): ClinicalPicture {
  const implants: HistoryLine[] = [];
  const surgery: HistoryLine[] = [];
  let lastStay: HistoryLine | undefined;
  let pss: HistoryLine | undefined;
  for (const ev of view.events) {
    const d = ev.document;
    if (ev.kind === 'document' && d) {
      if (d.nationalType === 'TPI') implants.push(historyLine(view, ev, 'implant'));
      if (d.nationalType === 'PSS' && (!pss || ev.date.start > pss.when.start)) pss = historyLine(view, ev, 'pss');
    } else if ((ev.device || ev.codes.some((c) => c.system === CND_SYSTEM)) && ev.device?.status !== 'entered-in-error' && ev.status !== 'entered-in-error')
      implants.push(historyLine(view, ev, 'implant'));
    if (ev.kind === 'encounter' && ev.encounter?.class === 'IMP' && !ev.encounter.partOf && (!lastStay || ev.date.start > lastStay.when.start))
      lastStay = historyLine(view, ev, 'stay');
    if (isSurgery(ev)) surgery.push(historyLine(view, ev, 'surgery'));
  }
  const declarations = declarationsOf(view);
  const organDonation = declarations.find((l) => l.declaration.kind === 'organ-donation');
  const byWhen = (a: HistoryLine, b: HistoryLine) => b.when.start - a.when.start || (a.id < b.id ? -1 : 1);
  const pic: ClinicalPicture = {
    allergies: allergiesOf(view),
    problems: problemsOf(view),
    medicines: medicinesOf(view, now),
    therapyLists: therapyListsOf(view),
    implants: implants.sort(byWhen),
    surgery: surgery.sort(byWhen),
    exemptions: view.patient.exemptions.filter((e) => e.kind === 'pathology'),
    advanceDirectives: declarations.filter((l) => l.declaration.kind === 'advance-directive'),
  };
  if (lastStay) pic.lastStay = lastStay;
  if (organDonation) pic.organDonation = organDonation;
  if (pss) pic.patientSummary = pss;
  return pic;
}
