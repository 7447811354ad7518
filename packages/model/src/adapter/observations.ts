/** Observations (values, ranges, interpretation; ER triage), diagnostic reports and imaging studies. */
import { LOINC } from '../codes.js';
import type { ClinicalEvent } from '../types.js';
import type { ClinicalReader } from './clinical.js';
import { declarationOf, declarationTitle } from './declarations.js';
import type { Res } from './collect.js';
import { arr, MAX_NARRATIVE, num, obj, str } from './json.js';
import { specimenOf } from './labs.js';
import { noteText, type Reader } from './reader.js';

/** LOINC 11283-9 "Acuity assessment": the ER triage Observation of the gateway's VPS. */
const TRIAGE_LOINC = '11283-9';

export const OBSERVATION: ClinicalReader = {
  kind: 'observation',
  title: 'Osservazione',
  read(x) {
    const { rd, res, r, ev } = x;
    x.dateFrom('effectiveDateTime');
    if (!x.date && r.effectivePeriod !== undefined) x.periodFrom('effectivePeriod');
    x.dateFrom('effectiveInstant');
    x.dateFrom('issued');
    rd.bodySites(res, ev, r.bodySite, 'bodySite');
    ev.observation = observationValue(rd, res);
    const specimen = specimenOf(rd, res, r.specimen, 'specimen');
    if (specimen) (ev.observation ??= {}).specimen = specimen;
    if (r.hasMember !== undefined) rd.panels.push({ res, ev, field: 'hasMember', ...(specimen ? { specimen } : {}) });
    const note = rd.note(r.note);
    if (note) ev.note = note;
    // Organ donation or advance directives (LOINC 42348-3 is both in the gateway's PSS): by what the entry says.
    const declaration = declarationOf({ codes: x.codes, texts: [ev.observation?.value, note, str(r.valueString, MAX_NARRATIVE)], answer: typeof r.valueBoolean === 'boolean' ? r.valueBoolean : undefined, tz: rd.ctx.tz });
    if (declaration) {
      ev.declaration = declaration;
      const title = declarationTitle(declaration);
      if (title) x.title = title;
    }
    // An observation the patient wrote (performer = the Patient) is a taccuino entry.
    for (const pr of arr(r.performer)) {
      const t = rd.ctx.ref(res, pr, 'performer');
      if (t && t.type === 'Patient') {
        ev.kind = 'taccuino';
        break;
      }
    }
    if (ev.kind !== 'taccuino') ev.author = rd.performer(res, r.performer);
  },
  withEncounter(x, encounter) {
    // ER triage (VPS): an acuity Observation (LOINC 11283-9) of the visit gives the visit its priority.
    if (x.codes.some((c) => c.code === TRIAGE_LOINC && c.system === LOINC)) {
      const colour = x.rd.ctx.codings(x.r.valueCodeableConcept)[0];
      if (colour) x.rd.triage.push({ encounter, coding: colour });
    }
  },
};

export const DIAGNOSTIC_REPORT: ClinicalReader = {
  kind: 'observation',
  title: 'Referto',
  read(x) {
    const { rd, res, r, ev } = x;
    x.dateFrom('effectiveDateTime');
    if (!x.date && r.effectivePeriod !== undefined) x.periodFrom('effectivePeriod');
    x.dateFrom('issued');
    const concl = noteText(r.conclusion);
    if (concl) ev.note = concl;
    const cats = rd.ctx.codingsOf(r.category);
    if (cats.some((c) => c.code === 'RAD' || c.code === 'LP29684-5') || arr(r.imagingStudy).length) ev.kind = 'imaging';
    else if (r.result !== undefined) {
      const specimen = specimenOf(rd, res, r.specimen, 'specimen');
      rd.panels.push({ res, ev, field: 'result', ...(specimen ? { specimen } : {}) });
    }
    ev.author = rd.performer(res, r.performer);
  },
};

export const IMAGING_STUDY: ClinicalReader = {
  kind: 'imaging',
  title: 'Esame di diagnostica per immagini',
  read(x) {
    const { rd, res, r, ev } = x;
    x.dateFrom('started');
    const series = arr(r.series);
    const modalities = rd.ctx.codingsOf(r.modality);
    for (let i = 0; i < series.length; i++) {
      const s = obj(series[i]);
      if (!s) continue;
      const m = rd.ctx.codings({ coding: [s.modality] });
      modalities.push(...m);
      if (s.bodySite) rd.bodySites(res, ev, { coding: [s.bodySite] }, `series[${i}].bodySite`);
    }
    if (!ev.codes.length) ev.codes = [...rd.ctx.codingsOf(r.procedureCode), ...modalities];
    x.title = str(r.description) ?? rd.ctx.text(arr(r.procedureCode)[0]);
  },
};

/**
 * The value of an Observation given only in `component`: blood pressure as one reading,
 * "136/49 mmHg" (systolic LOINC 8480-6 / diastolic 8462-4, as in the FHIR vital-signs profile);
 * any other components as "name value unit; …".
 */
function componentsValue(rd: Reader, list: readonly unknown[]): string | undefined {
  const parts: { code?: string; name?: string; value: string; unit?: string }[] = [];
  for (const c of list) {
    const o = obj(c);
    if (!o) continue;
    const q = obj(o.valueQuantity);
    const n = q ? num(q.value) : undefined;
    const unit = q ? (str(q.unit, 64) ?? str(q.code, 64)) : undefined;
    const value =
      n !== undefined
        ? String(n).replace('.', ',')
        : typeof o.valueString === 'string'
          ? str(o.valueString, 256)
          : o.valueCodeableConcept !== undefined
            ? rd.ctx.text(o.valueCodeableConcept)
            : num(o.valueInteger) !== undefined
              ? String(o.valueInteger)
              : undefined;
    if (value === undefined) continue;
    const codes = rd.ctx.codings(o.code);
    parts.push({ code: codes.find((x) => x.system === LOINC)?.code ?? codes[0]?.code, name: rd.ctx.text(o.code), value, unit });
  }
  if (!parts.length) return undefined;
  const sys = parts.find((p) => p.code === '8480-6');
  const dia = parts.find((p) => p.code === '8462-4');
  if (sys && dia) {
    const unit = sys.unit ?? dia.unit;
    return `${sys.value}/${dia.value}${unit ? ` ${unit}` : ''}`;
  }
  return parts.map((p) => [p.name, p.value, p.unit].filter(Boolean).join(' ')).join('; ');
}

function observationValue(rd: Reader, res: Res): ClinicalEvent['observation'] {
  const r = res.r;
  const o: NonNullable<ClinicalEvent['observation']> = {};
  const q = obj(r.valueQuantity);
  if (q) {
    const v = num(q.value);
    if (v !== undefined) {
      const unit = str(q.unit, 64) ?? str(q.code, 64);
      o.numeric = unit ? { value: v, unit } : { value: v };
      o.value = `${String(v).replace('.', ',')}${unit ? ' ' + unit : ''}`;
    } else if (q.value !== undefined) rd.issues.add('invalid-value', res.loc, 'valueQuantity.value', { field: 'valueQuantity.value' }, [res.key]);
  } else if (typeof r.valueString === 'string') o.value = str(r.valueString, MAX_NARRATIVE);
  else if (r.valueCodeableConcept !== undefined) o.value = rd.ctx.text(r.valueCodeableConcept);
  else if (typeof r.valueBoolean === 'boolean') o.value = r.valueBoolean ? 'Sì' : 'No';
  else if (num(r.valueInteger) !== undefined) {
    o.numeric = { value: r.valueInteger as number };
    o.value = String(r.valueInteger);
  } else if (r.valueDateTime !== undefined) {
    const dt = rd.ctx.date(res, r.valueDateTime, 'valueDateTime');
    if (dt) o.value = dt.iso;
  } else if (Array.isArray(r.component)) {
    const v = componentsValue(rd, r.component);
    if (v) o.value = v;
  }
  const interp = rd.ctx.codingsOf(r.interpretation);
  if (interp.length) o.interpretation = interp;
  const rr = obj(arr(r.referenceRange)[0]);
  if (rr) {
    const t = str(rr.text, 256);
    const lo = obj(rr.low), hi = obj(rr.high);
    const lv = lo ? num(lo.value) : undefined, hv = hi ? num(hi.value) : undefined;
    const unit = str(lo?.unit, 64) ?? str(hi?.unit, 64);
    const range = t ?? (lv !== undefined && hv !== undefined ? `${lv}–${hv}` : lv !== undefined ? `≥ ${lv}` : hv !== undefined ? `≤ ${hv}` : undefined);
    if (range) o.referenceRange = unit && !t ? `${range} ${unit}` : range;
  }
  if (o.value === undefined) delete o.value;
  return Object.keys(o).length ? o : undefined;
}
