/** Problems and allergies (Condition, AllergyIntolerance), procedures and vaccinations. */
import type { ClinicalEvent } from '../types.js';
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
export const ALLERGY_INTOLERANCE: ClinicalReader = { kind: 'condition', title: 'Allergia o intolleranza', read: readProblem };

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
