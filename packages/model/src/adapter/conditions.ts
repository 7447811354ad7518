/** Problems and allergies (Condition, AllergyIntolerance), procedures and vaccinations. */
import { V3_ACT_CODE } from '../codes.js';
import type { AllergyDetail, ClinicalEvent } from '../types.js';
import type { ClinicalReader, Draft } from './clinical.js';
import { arr, num, obj, str } from './json.js';

function readProblem(x: Draft): void {
  const { rd, res, r, ev } = x;
  x.dateFrom('onsetDateTime');
  if (!x.date && r.onsetPeriod !== undefined) x.periodFrom('onsetPeriod');
  x.dateFrom('onsetString');
  x.dateFrom('recordedDate');
  x.dateFrom('assertedDate');
  if (r.abatementDateTime !== undefined) x.end = rd.ctx.date(res, r.abatementDateTime, 'abatementDateTime');
  const cs = rd.ctx.text(r.clinicalStatus);
  if (cs) ev.status = rd.ctx.code(r.clinicalStatus) ?? cs;
  rd.bodySites(res, ev, r.bodySite, 'bodySite');
  const note = rd.note(r.note);
  if (note) ev.note = note;
}

export const CONDITION: ClinicalReader = { kind: 'condition', title: 'Problema clinico', read: readProblem };
/**
 * Type, criticality, category and reactions of an AllergyIntolerance. The gateway's examples name
 * the substance only in `reaction.substance` (with no code, or a code that only says "allergy",
 * v3 ActCode ALG/DALG/INTOL…): the substance becomes the event's code and title.
 */
function readAllergy(x: Draft): void {
  readProblem(x);
  const { rd, res, r, ev } = x;
  const a: AllergyDetail = { category: [], reactions: [] };
  const type = str(r.type, 32);
  if (type === 'allergy' || type === 'intolerance') a.type = type;
  const crit = str(r.criticality, 32);
  if (crit === 'low' || crit === 'high' || crit === 'unable-to-assess') a.criticality = crit;
  for (const c of arr(r.category)) {
    const v = str(c, 32);
    if (v) a.category.push(v);
  }
  let needSubstance = !ev.codes.length || ev.codes.every((c) => c.system === V3_ACT_CODE);
  const reactions = arr(r.reaction);
  for (let i = 0; i < reactions.length; i++) {
    const re = obj(reactions[i]);
    if (!re) continue;
    if (needSubstance && re.substance !== undefined) {
      needSubstance = false;
      ev.codes = rd.ctx.codings(re.substance, res, `reaction[${i}].substance`);
      const t = rd.ctx.text(re.substance);
      if (t) x.title = t;
    }
    for (const m of arr(re.manifestation)) {
      const t = rd.ctx.text(m);
      if (t && !a.reactions.includes(t)) a.reactions.push(t);
    }
  }
  ev.allergy = a;
}

export const ALLERGY_INTOLERANCE: ClinicalReader = { kind: 'condition', title: 'Allergia o intolleranza', read: readAllergy };

export const PROCEDURE: ClinicalReader = {
  kind: 'procedure',
  title: 'Procedura',
  read(x) {
    const { rd, res, r, ev } = x;
    x.dateFrom('performedDateTime');
    if (!x.date && r.performedPeriod !== undefined) x.periodFrom('performedPeriod');
    x.dateFrom('performedString');
    rd.bodySites(res, ev, r.bodySite, 'bodySite');
    const note = rd.note(r.note);
    if (note) ev.note = note;
    ev.author = rd.performer(res, r.performer);
  },
};

export const IMMUNIZATION: ClinicalReader = {
  kind: 'vaccination',
  title: 'Vaccinazione',
  codeField: 'vaccineCode',
  read(x) {
    const { rd, res, r, ev } = x;
    x.dateFrom('occurrenceDateTime');
    x.dateFrom('occurrenceString');
    x.dateFrom('recorded');
    const pa = obj(arr(r.protocolApplied)[0]);
    const vacc: NonNullable<ClinicalEvent['vaccination']> = { vaccine: x.codes, targetDiseases: [] };
    if (pa) {
      const dose = num(pa.doseNumberPositiveInt) ?? (typeof pa.doseNumberString === 'string' ? Number.parseInt(pa.doseNumberString, 10) : undefined);
      if (dose !== undefined && Number.isFinite(dose)) vacc.doseNumber = dose;
      vacc.targetDiseases = rd.ctx.codingsOf(pa.targetDisease);
    }
    const lot = str(r.lotNumber, 128);
    if (lot) vacc.lot = lot;
    if (x.status) vacc.status = x.status;
    ev.vaccination = vacc;
    rd.bodySites(res, ev, r.site, 'site');
    ev.author = rd.performer(res, r.performer);
  },
};
