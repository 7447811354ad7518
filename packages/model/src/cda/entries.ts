/**
 * The coded entries of CDA2 documents other than lab reports (HL7 Italia templates of the national
 * gateway: LDO, VPS, RAD, RSA, RAP, PSS, vaccinations), read into the events the FHIR adapter makes
 * of the same content, so `<fse-document>` shows them the same whatever the source:
 *
 * - a problem or diagnosis — an `observation` whose code says it is one (LOINC 75326-9 Problem,
 *   8646-2 admission diagnosis, 8651-2 discharge diagnosis, 29308-4 Diagnosis, 56817-0 problem at
 *   the ER access), alone or inside a concern `act` — is a `condition` event coded with its
 *   `value` (ICD-9-CM…), status from its "Stato" observation (LOINC 33999-4), as a FHIR Condition;
 * - an allergy or intolerance (observation LOINC 52473-6, inside a concern act) is a `condition`
 *   event with an {@link AllergyDetail}: the agent (`participant/participantRole/playingEntity/code`)
 *   is its code and title, `value` ALG/OINT… its type, the "Obiettività Clinica" observations
 *   (LOINC 75321-0) its reactions — as a FHIR AllergyIntolerance;
 * - a `substanceAdministration` is a `medication` event (the AIC code of `manufacturedMaterial` and
 *   its translations, ATC), a prescription when its mood is INT/RQO (therapy at discharge), a
 *   statement in a Patient Summary (current therapy), an administration otherwise; in a vaccination
 *   section (LOINC 11369-6) or document it is a `vaccination` event, with the dose number
 *   (observation LOINC 30973-2), the lot (`lotNumberText`), the diseases it is for (75323-6) and
 *   where in the body it was given (`approachSiteCode`, HL7 ActSite LA/RA/LD…: the explicit body
 *   site FHIR's Immunization.site gives; a site code the body map does not know stays a code of the
 *   event, as in fromFhir);
 * - a `procedure` is a `procedure` event.
 *
 * Everything else coded in an entry (vital signs, family history — which is not the patient's —,
 * triage, free-text results, placeholders) stays in the section's narrative, where the reader
 * finds it, and is reported once per section with `entries-not-read` (never dropped silently); a
 * problem or allergy without a usable code is reported with `entry-without-code`.
 */
import { bodySitesFromCodings } from '../body-regions.js';
import type { AllergyDetail, ClinicalEvent, Coding, FuzzyDate, MedicationDetail, NationalDocType, VaccinationDetail } from '../types.js';
import { isPlaceholder } from '../adapter/json.js';
import { PENDING_DATE, type CdaContext, type Doc } from './context.js';
import { child, children, path, type XmlElement } from './xml.js';

const LOINC = 'http://loinc.org';
/** Observation codes that make an observation a problem or diagnosis of the patient. */
const PROBLEM_CODES = new Set(['75326-9', '8646-2', '8651-2', '29308-4', '56817-0']);
const ALLERGY_CODE = '52473-6';
const STATUS_CODE = '33999-4';
const REACTION_CODE = '75321-0';
const DOSE_CODE = '30973-2';
const TARGET_CODE = '75323-6';
/** Sections whose entries are about someone else (family history) or only ask a question (the radiology request's suspected diagnosis). */
const NOT_THE_PATIENTS = new Set(['10157-6', '18785-6']);
const VACCINATION_SECTION = '11369-6';
/** LOINC answers of "Stato" (33999-4) → the FHIR clinical status the adapter keeps. */
const STATUS: Record<string, string> = { 'LA16666-2': 'active', 'LA18632-2': 'inactive', 'LA9041-0': 'resolved' };

/** The national types whose entries are read here (LAB has labs.ts). */
export const ENTRY_TYPES: ReadonlySet<NationalDocType> = new Set<NationalDocType>(['LDO', 'VPS', 'RAD', 'RSA', 'RAP', 'PSS', 'VACC_SINGOLA', 'VACC_CERT', 'TELEVISITA']);

/** Deepest nesting of acts and organizers followed inside one entry. */
const MAX_ENTRY_DEPTH = 8;

export function readEntries(cx: CdaContext, d: Doc, body: XmlElement, docEv: ClinicalEvent, type: NationalDocType): ClinicalEvent[] {
  const out: ClinicalEvent[] = [];
  const vaccDoc = type === 'VACC_SINGOLA' || type === 'VACC_CERT';

  const counter = { n: 0 };
  const newEvent = (el: XmlElement, kind: ClinicalEvent['kind'], title: string, codes: Coding[]): ClinicalEvent => {
    const period = cx.period(d, child(el, 'effectiveTime'), [docEv.id]);
    const ev = entryEvent(cx, d, el, docEv, { prefix: 'entry', counter, kind, title, codes, date: period?.start });
    if (period?.start && period.end) ev.end = period.end;
    out.push(ev);
    return ev;
  };

  /** Words as the source wrote them, unless a placeholder left from an example file (`[LOTTO_VACCINO]`): reported, not used. */
  const real = (v: string | undefined, at: XmlElement): string | undefined => {
    if (v === undefined || !isPlaceholder(v)) return v;
    cx.issues.add('placeholder-value', cx.p(d, at), { value: v }, [docEv.id]);
    return undefined;
  };

  /** Observations inside `el` (through entryRelationship) with this LOINC code. */
  const related = (el: XmlElement, code: string): XmlElement[] =>
    children(el, 'entryRelationship')
      .map((r) => child(r, 'observation'))
      .filter((o): o is XmlElement => o !== undefined && loincOf(cx, o) === code);

  const problem = (el: XmlElement): boolean => {
    const value = child(el, 'value');
    const coding = cx.coding(value);
    const words = real(coding?.display ?? cx.text(child(value, 'originalText')), value ?? el);
    if (!coding && !words) {
      cx.issues.add('entry-without-code', cx.p(d, el), { what: 'problema' }, [docEv.id]);
      return true;
    }
    const codes = coding ? [coding] : [];
    const ev = newEvent(el, 'condition', words ?? coding!.code, codes);
    // a Condition's status is its clinical status (the "Stato" observation), not the act's statusCode
    delete ev.status;
    const st = related(el, STATUS_CODE).map((o) => cx.coding(child(o, 'value'))?.code).find((c) => c !== undefined);
    if (st) ev.status = STATUS[st] ?? st;
    return true;
  };

  const allergy = (el: XmlElement): boolean => {
    const agentEl = path(el, 'participant', 'participantRole', 'playingEntity', 'code');
    const agent = cx.coding(agentEl);
    const agentWords = real(agent?.display ?? cx.text(child(agentEl, 'originalText')) ?? cx.text(path(el, 'participant', 'participantRole', 'playingEntity', 'name')), agentEl ?? el);
    const type = cx.coding(child(el, 'value'));
    const a: AllergyDetail = { category: [], reactions: [] };
    const t = type?.code.toUpperCase();
    if (t === 'ALG' || t === 'DALG' || t === 'EALG' || t === 'FALG') a.type = 'allergy';
    else if (t === 'OINT' || t === 'INTOL' || t === 'DINT' || t === 'EINT' || t === 'FINT') a.type = 'intolerance';
    if (t === 'DALG' || t === 'DINT') a.category.push('medication');
    else if (t === 'FALG' || t === 'FINT') a.category.push('food');
    else if (t === 'EALG' || t === 'EINT') a.category.push('environment');
    for (const o of related(el, REACTION_CODE)) {
      const v = child(o, 'value');
      const r = cx.coding(v)?.display ?? cx.text(child(v, 'originalText'));
      if (r && !a.reactions.includes(r)) a.reactions.push(r);
    }
    if (!agent && !agentWords && !type) {
      cx.issues.add('entry-without-code', cx.p(d, el), { what: 'allergia' }, [docEv.id]);
      return true;
    }
    const title = agentWords ?? (a.type === 'intolerance' ? 'Intolleranza' : 'Allergia o intolleranza');
    const ev = newEvent(el, 'condition', title, agent ? [agent] : type ? [type] : []);
    delete ev.status;
    ev.allergy = a;
    const st = related(el, STATUS_CODE).map((o) => cx.coding(child(o, 'value'))?.code).find((c) => c !== undefined);
    if (st) ev.status = STATUS[st] ?? st;
    return true;
  };

  const material = (el: XmlElement): { codes: Coding[]; words?: string | undefined; lot?: string | undefined } => {
    const mm = path(el, 'consumable', 'manufacturedProduct', 'manufacturedMaterial');
    const codeEl = child(mm, 'code');
    const codes: Coding[] = [];
    const main = cx.coding(codeEl);
    if (main) codes.push(main);
    for (const tr of children(codeEl, 'translation')) {
      const c = cx.coding(tr);
      if (c) codes.push(c);
    }
    for (const c of codes) if (c.display && real(c.display, codeEl ?? el) === undefined) delete c.display;
    const words = real(codes.find((c) => c.display)?.display ?? cx.text(child(codeEl, 'originalText')) ?? cx.text(child(mm, 'name')), codeEl ?? el);
    const lotEl = child(mm, 'lotNumberText');
    const lot = real(cx.text(lotEl, 128), lotEl ?? el);
    return { codes, words, lot };
  };

  const substance = (el: XmlElement, section: string | undefined): boolean => {
    const { codes, words, lot } = material(el);
    if (!codes.length && !words) {
      cx.issues.add('entry-without-code', cx.p(d, el), { what: 'farmaco' }, [docEv.id]);
      return true;
    }
    if (vaccDoc || section === VACCINATION_SECTION) {
      const v: VaccinationDetail = { vaccine: codes, targetDiseases: [] };
      const dose = related(el, DOSE_CODE).map((o) => Number(cx.attr(child(o, 'value'), 'value', 16))).find((x) => Number.isInteger(x) && x > 0);
      if (dose !== undefined) v.doseNumber = dose;
      for (const o of related(el, TARGET_CODE)) {
        const c = cx.coding(child(o, 'value'));
        if (c) v.targetDiseases.push(c);
      }
      if (lot) v.lot = lot;
      const ev = newEvent(el, 'vaccination', words ?? 'Vaccinazione', codes);
      if (ev.status) v.status = ev.status;
      ev.vaccination = v;
      site(ev, child(el, 'approachSiteCode'));
      return true;
    }
    const mood = cx.attr(el, 'moodCode', 8);
    const kind: MedicationDetail['kind'] = mood === 'INT' || mood === 'RQO' || mood === 'PRMS' ? 'prescription' : type === 'PSS' ? 'statement' : 'administration';
    const m: MedicationDetail = { kind, medication: codes };
    const dose = doseOf(cx, child(el, 'doseQuantity'));
    if (dose) m.dosage = dose;
    const ev = newEvent(el, 'medication', words ?? 'Terapia farmacologica', codes);
    ev.medication = m;
    return true;
  };

  /** A body-site code (`approachSiteCode`) → the event's explicit body site, as the adapter's `bodySites` does with FHIR `site`. */
  const site = (ev: ClinicalEvent, siteEl: XmlElement | undefined) => {
    const c = cx.coding(siteEl);
    if (!c) return;
    if (c.display && real(c.display, siteEl!) === undefined) delete c.display;
    const sites = bodySitesFromCodings([c]);
    if (sites.length) ev.bodySites.push(...sites);
    else if (!ev.codes.some((x) => x.system === c.system && x.code === c.code)) ev.codes = [...ev.codes, c];
  };

  const procedure = (el: XmlElement): boolean => {
    const codeEl = child(el, 'code');
    const c = cx.coding(codeEl);
    const words = c?.display ?? cx.text(child(codeEl, 'originalText'));
    if (!c && !words) return false;
    newEvent(el, 'procedure', words ?? c!.code, c ? [c] : []);
    return true;
  };

  /** Reads one clinical statement; false when it is not something read here. */
  const statement = (el: XmlElement, section: string | undefined, depth: number): boolean => {
    if (depth > MAX_ENTRY_DEPTH) return false;
    switch (el.name) {
      case 'observation': {
        const code = loincOf(cx, el);
        if (code === ALLERGY_CODE) return allergy(el);
        if (code && PROBLEM_CODES.has(code)) return problem(el);
        return false;
      }
      case 'substanceAdministration':
        return substance(el, section);
      case 'procedure':
        return procedure(el);
      case 'act': {
        // a concern act (problem list, allergies): what it is about is in its entryRelationships
        let any = false;
        for (const r of children(el, 'entryRelationship')) {
          for (const c of r.children) if (typeof c !== 'string' && statement(c, section, depth + 1)) any = true;
        }
        return any;
      }
      default:
        return false;
    }
  };

  const sections = (parent: XmlElement, depth: number) => {
    if (depth > 16) return;
    for (const comp of children(parent, 'component')) {
      const s = child(comp, 'section');
      if (!s) continue;
      const codeEl = child(s, 'code');
      const sectionCode = cx.attr(codeEl, 'code', 64);
      const title = cx.text(child(s, 'title'), 200) ?? cx.coding(codeEl)?.display ?? sectionCode ?? '';
      let unread = 0;
      for (const entry of children(s, 'entry')) {
        for (const c of entry.children) {
          if (typeof c === 'string') continue;
          const read = !NOT_THE_PATIENTS.has(sectionCode ?? '') && statement(c, sectionCode, 0);
          if (!read) unread++;
        }
      }
      if (unread) cx.issues.add('entries-not-read', cx.p(d, s), { count: unread, section: title }, [docEv.id]);
      sections(s, depth + 1);
    }
  };

  sections(body, 0);
  return out;
}

/** The LOINC code of an element's `code`, when it is one. */
function loincOf(cx: CdaContext, el: XmlElement): string | undefined {
  const c = cx.coding(child(el, 'code'));
  return c && c.system === LOINC ? c.code : undefined;
}

/** A doseQuantity in words: "5 mg", "5–10 mg". */
function doseOf(cx: CdaContext, el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const one = (x: XmlElement | undefined) => {
    const v = cx.attr(x, 'value', 32);
    return v !== undefined && Number.isFinite(Number(v)) ? { v: String(Number(v)).replace('.', ','), u: cx.attr(x, 'unit', 32) } : undefined;
  };
  const unit = (u: string | undefined) => (u && u !== '1' ? ` ${u}` : '');
  const single = one(el);
  if (single) return `${single.v}${unit(single.u)}`;
  const lo = one(child(el, 'low'));
  const hi = one(child(el, 'high'));
  if (lo && hi) return `${lo.v}–${hi.v}${unit(hi.u ?? lo.u)}`;
  const x = lo ?? hi;
  return x ? `${x.v}${unit(x.u)}` : undefined;
}

/**
 * An event read from an entry of a document (a lab result, a diagnosis, a medicine…): a fresh id
 * under the document's (`<doc>/<prefix>/<n>`), the document's privacy and facility, the entry's
 * statusCode and source path; without a date it waits for the document's (`cx.undated`).
 */
export function entryEvent(
  cx: CdaContext,
  d: Doc,
  el: XmlElement,
  docEv: ClinicalEvent,
  o: { prefix: string; counter: { n: number }; kind: ClinicalEvent['kind']; title: string; codes: Coding[]; date: FuzzyDate | undefined },
): ClinicalEvent {
  let id = `${docEv.id}/${o.prefix}/${++o.counter.n}`;
  while (cx.usedIds.has(id)) id = `${docEv.id}/${o.prefix}/${++o.counter.n}`;
  cx.usedIds.add(id);
  const ev: ClinicalEvent = {
    id,
    kind: o.kind,
    title: o.title,
    date: o.date ?? PENDING_DATE,
    codes: o.codes,
    carePathIds: [],
    bodySites: [],
    privacy: { ...docEv.privacy },
    source: [{ kind: 'cda', ref: id, path: cx.p(d, el) }],
    documentId: docEv.id,
  };
  const status = cx.attr(child(el, 'statusCode'), 'code', 32);
  if (status) ev.status = status;
  if (docEv.facility) ev.facility = docEv.facility;
  if (!o.date) cx.undated.push({ ev, path: `${cx.p(d, el)}/effectiveTime` });
  return ev;
}
