/**
 * Medicines: prescriptions (MedicationRequest), dispensations, statements and administrations —
 * the medicine (coded or referenced), dosage, quantity, NRE (also given to the document) and
 * whether the SSN pays.
 */
import type { ClinicalEvent, MedicationDetail } from '../types.js';
import type { ClinicalReader, Draft } from './clinical.js';
import { arr, isObj, num, obj, str } from './json.js';
import { pushUnique } from './reader.js';

type MedicationKind = MedicationDetail['kind'];

/** The medicine, dosage, quantity, NRE and payer shared by the four medication resources. */
function readMedication(x: Draft, kind: MedicationKind): void {
  const { rd, res, r, ev } = x;
  let medication = x.codes;
  if (!medication.length && r.medicationReference !== undefined) {
    const m = rd.ctx.ref(res, r.medicationReference, 'medicationReference');
    if (m) {
      medication = rd.ctx.codings(m.r.code);
      x.title ??= rd.ctx.text(m.r.code);
    }
    x.title ??= str(obj(r.medicationReference)?.display);
  }
  ev.codes = medication;
  const med: NonNullable<ClinicalEvent['medication']> = { kind, medication };
  const dosages = arr(r.dosageInstruction ?? r.dosage);
  const dosage0 = obj(dosages[0]) ?? obj(r.dosage);
  const dosageText = dosage0 ? str(dosage0.text, 1024) : undefined;
  if (dosageText) med.dosage = dosageText;
  const qty = obj(r.quantity) ?? obj(obj(r.dispenseRequest)?.quantity);
  if (qty && num(qty.value) !== undefined) med.quantity = `${qty.value}${str(qty.unit, 32) ? ' ' + str(qty.unit, 32) : ''}`;
  const nres: string[] = [];
  for (const ident of arr(r.identifier)) rd.addNre(nres, obj(ident), res, 'identifier');
  if (isObj(r.groupIdentifier)) rd.addNre(nres, r.groupIdentifier, res, 'groupIdentifier');
  if (nres[0]) {
    med.nre = nres[0];
    if (x.doc) for (const n of nres) pushUnique(x.doc.meta.nre, n);
  }
  const cov = rd.ctx.codingsOf(r.courseOfTherapyType);
  for (const c of [...cov, ...rd.ctx.codingsOf(r.category)]) {
    if (c.code === 'PUBLICPOL') med.ssn = true;
    else if (c.code === 'pay') med.ssn = false;
  }
  ev.medication = med;
}

/** Statements and administrations: when the medicine was (being) taken. */
function readTaken(x: Draft, kind: MedicationKind): void {
  readMedication(x, kind);
  x.dateFrom('effectiveDateTime');
  if (!x.date && x.r.effectivePeriod !== undefined) x.periodFrom('effectivePeriod');
  x.dateFrom('effectiveInstant');
  x.dateFrom('dateAsserted');
  x.ev.author = x.rd.performer(x.res, x.r.performer);
  finish(x);
}

function finish(x: Draft): void {
  const note = x.rd.note(x.r.note);
  if (note) x.ev.note = note;
}

export const MEDICATION_REQUEST: ClinicalReader = {
  kind: 'medication',
  title: 'Prescrizione farmaceutica',
  codeField: 'medicationCodeableConcept',
  read(x) {
    const { rd, res, r } = x;
    readMedication(x, 'prescription');
    x.dateFrom('authoredOn');
    const vp = obj(obj(r.dispenseRequest)?.validityPeriod);
    if (vp && !x.end) {
      const e2 = rd.ctx.date(res, vp.end, 'dispenseRequest.validityPeriod.end');
      if (e2 && x.date && e2.end >= x.date.start) x.end = e2;
    }
    x.ev.author = rd.ctx.actor(rd.ctx.ref(res, r.requester, 'requester'));
    finish(x);
  },
};

export const MEDICATION_DISPENSE: ClinicalReader = {
  kind: 'medication',
  title: 'Erogazione di farmaci',
  codeField: 'medicationCodeableConcept',
  read(x) {
    readMedication(x, 'dispensation');
    x.dateFrom('whenHandedOver');
    x.dateFrom('whenPrepared');
    x.ev.author = x.rd.performer(x.res, x.r.performer);
    finish(x);
  },
};

export const MEDICATION_STATEMENT: ClinicalReader = {
  kind: 'medication',
  title: 'Terapia farmacologica',
  codeField: 'medicationCodeableConcept',
  read(x) {
    readTaken(x, 'statement');
  },
};

export const MEDICATION_ADMINISTRATION: ClinicalReader = {
  kind: 'medication',
  title: 'Somministrazione di farmaci',
  codeField: 'medicationCodeableConcept',
  read(x) {
    readTaken(x, 'administration');
  },
};
