/**
 * The patient of CDA2 documents: each document's recordTarget read while its tree exists, then one
 * Patient per person (by CF, else by the first id), the record's chosen as fromFhir chooses it,
 * conflicts between documents reported.
 */
import { humanName, looksLikeCf, splitName } from '../adapter/context.js';
import type { FuzzyDate, Patient } from '../types.js';
import { CF_ROOT, type CdaContext, type Doc } from './context.js';
import { child, children } from './xml.js';

const TEL_USE_EMAIL = 'mailto:';
const TEL_USE_PHONE = 'tel:';

export function readPatientOf(cx: CdaContext, d: Doc): Patient | undefined {
  const rt = child(d.root, 'recordTarget');
  const role = child(rt, 'patientRole');
  if (!rt || !role) {
    cx.issues.add('missing-element', `${d.base}/ClinicalDocument/recordTarget`, { what: 'recordTarget/patientRole' });
    return undefined;
  }
  d.facts.recordTarget = cx.p(d, rt);
  const { identifiers, cf, first } = cx.ids(children(role, 'id'));
  const pid = cf ? `Patient/${CF_ROOT}-${cf}` : first ? `Patient/${first.root}-${first.ext ?? ''}` : `Patient/cda-${d.index}`;
  const pat = child(role, 'patient');
  const hn = cx.humanName(child(pat, 'name'));
  const split = splitName(hn ? [hn] : []);
  const p: Patient = {
    id: pid,
    identifiers,
    given: split.given,
    family: split.family,
    name: [split.given, split.family].filter(Boolean).join(' ') || humanName(hn ? [hn] : []) || '',
    exemptions: [],
    source: [{ kind: 'cda', ref: `${pid}`, path: cx.p(d, role) }],
  };
  if (cf) p.cf = cf;
  const addr = cx.address(child(role, 'addr'));
  if (addr) p.address = addr;
  for (const t of children(role, 'telecom')) {
    const v = cx.attr(t, 'value', 256);
    if (!v) continue;
    if (v.startsWith(TEL_USE_PHONE) && !p.phone) p.phone = v.slice(TEL_USE_PHONE.length);
    else if (v.startsWith(TEL_USE_EMAIL) && !p.email) p.email = v.slice(TEL_USE_EMAIL.length);
  }
  d.person = cf ? `cf:${cf}` : first ? `id:${first.root}|${first.ext ?? ''}` : `doc:${d.index}`;
  const bt = child(pat, 'birthTime');
  const bd = cx.date(d, bt, [pid]);
  if (bd && bt) d.facts.birth = { date: bd, at: cx.p(d, bt, 'value') };
  const g = child(pat, 'administrativeGenderCode');
  if (g) {
    const code = cx.attr(g, 'code', 16);
    const sex = code === 'M' ? 'male' : code === 'F' ? 'female' : code === 'UN' || code === 'U' ? 'unknown' : undefined;
    if (sex) d.facts.sex = { sex, at: cx.p(d, g, 'code') };
    else if (code || !g.attrs.has('nullFlavor')) cx.issues.add('invalid-value', cx.p(d, g, 'code'), { field: 'administrativeGenderCode' }, [pid]);
  }
  if (cf && !looksLikeCf(cf)) d.facts.badCf = { value: cf, at: cx.p(d, cx.ids(children(role, 'id')).cfEl ?? role, 'extension') };
  return p;
}

/**
 * One Patient per person among the documents read; the record's is the one asked for (`options.patient`,
 * a CF or an id), else the one with most documents. `recordPerson` is its key (`cf:…`, `id:…`, `doc:…`).
 */
export function readPatients(cx: CdaContext, docs: readonly Doc[]): { patient: Patient; recordPerson: string; otherPatients: Patient[] } {
  const otherPatients: Patient[] = [];
  const byPerson = new Map<string, Doc[]>();
  for (const d of docs) {
    if (!d.patient) {
      d.person = '';
      continue;
    }
    const list = byPerson.get(d.person);
    if (list) list.push(d);
    else byPerson.set(d.person, [d]);
  }
  let chosen: string | undefined;
  const wanted = typeof cx.options.patient === 'string' ? cx.options.patient.trim() : '';
  if (wanted) {
    const up = wanted.toUpperCase();
    if (byPerson.has(`cf:${up}`)) chosen = `cf:${up}`;
    else for (const [k, list] of byPerson) if (list[0]!.patient!.id === wanted) chosen = k;
  }
  if (!chosen) {
    let best = -1;
    for (const [k, list] of byPerson) {
      if (list.length > best) {
        best = list.length;
        chosen = k;
      }
    }
  }
  if (!chosen) {
    if (docs.length) cx.issues.add('no-patient', '$');
    return { patient: { id: 'unknown-patient', identifiers: [], given: '', family: '', name: '', exemptions: [], source: [] }, recordPerson: '', otherPatients };
  }
  const patient = merge(cx, byPerson.get(chosen)!, true);
  for (const [k, list] of byPerson) {
    if (k === chosen) continue;
    const other = merge(cx, list, false);
    otherPatients.push(other);
    cx.issues.add('other-patient', list[0]!.facts.recordTarget!, { who: other.cf ?? other.id }, [other.id]);
  }
  return { patient, recordPerson: chosen, otherPatients };
}

/** One Patient from the recordTargets of several documents; conflicts reported like fromFhir does. */
function merge(cx: CdaContext, list: Doc[], report: boolean): Patient {
  const p = list[0]!.patient!;
  const seen = new Set(p.identifiers.map((i) => `${i.system}|${i.value}`));
  const births: { date: FuzzyDate; at: string }[] = [];
  const sexes: { sex: NonNullable<Patient['sex']>; at: string }[] = [];
  for (const d of list) {
    const q = d.patient!;
    if (q !== p) {
      p.source.push(...q.source);
      for (const i of q.identifiers) {
        const k = `${i.system}|${i.value}`;
        if (!seen.has(k)) {
          seen.add(k);
          p.identifiers.push(i);
        }
      }
      if (!p.name && q.name) Object.assign(p, { given: q.given, family: q.family, name: q.name });
      p.address ??= q.address;
      p.phone ??= q.phone;
      p.email ??= q.email;
      if (p.address === undefined) delete p.address;
      if (p.phone === undefined) delete p.phone;
      if (p.email === undefined) delete p.email;
    }
    if (d.facts.birth) births.push(d.facts.birth);
    if (d.facts.sex) sexes.push(d.facts.sex);
    if (report && d.facts.badCf) cx.issues.add('invalid-cf', d.facts.badCf.at, { value: d.facts.badCf.value }, [p.id]);
  }
  if (births.length) {
    p.birthDate = births[0]!.date;
    const distinct = [...new Set(births.map((b) => b.date.iso))];
    if (distinct.length > 1 && report) {
      cx.issues.add('conflicting-patient-data', births.find((b) => b.date.iso !== distinct[0])!.at, { field: 'birthTime', values: distinct.join(', '), kept: distinct[0] }, [p.id]);
    }
  }
  if (sexes.length) {
    p.sex = sexes[0]!.sex;
    const distinct = [...new Set(sexes.map((s) => s.sex))];
    if (distinct.length > 1 && report) {
      cx.issues.add('conflicting-patient-data', sexes.find((s) => s.sex !== distinct[0])!.at, { field: 'administrativeGenderCode', values: distinct.join(', '), kept: distinct[0] }, [p.id]);
    }
  }
  if (report && !p.cf) cx.issues.add('patient-without-cf', `${list[0]!.base}/ClinicalDocument/recordTarget/patientRole/id`, {}, [p.id]);
  return p;
}
