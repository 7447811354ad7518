/**
 * Patients: the record's person (asked for, else the one most resources are about), their
 * Patient resources merged, the other people set aside; and exemptions, from Patient extensions
 * and from Coverage resources.
 */
import { EXEMPTION_KIND } from '../codes.js';
import type { Exemption, FuzzyDate, Identifier, Patient } from '../types.js';
import { LOOKUP_TYPES, type Res } from './collect.js';
import { address, cfOf, humanName, looksLikeCf, splitName } from './context.js';
import { arr, isObj, obj, str } from './json.js';
import type { Reader } from './reader.js';

export function readPatients(rd: Reader): void {
  const byPerson = new Map<string, Res[]>();
  for (const res of rd.index.all) {
    if (res.type !== 'Patient') continue;
    const k = rd.personKeyOfPatient(res);
    const list = byPerson.get(k);
    if (list) list.push(res);
    else byPerson.set(k, [res]);
  }
  // The person of the record: asked for, else the one most resources are about.
  let chosen: string | undefined;
  const wanted = typeof rd.options.patient === 'string' ? rd.options.patient.trim() : '';
  if (wanted) {
    const up = wanted.toUpperCase();
    if (byPerson.has(`cf:${up}`)) chosen = `cf:${up}`;
    else
      for (const [k, list] of byPerson)
        if (list.some((p) => p.id === wanted || p.key === wanted)) {
          chosen = k;
          break;
        }
  }
  if (wanted && !chosen) rd.issues.add('patient-not-found', '$', undefined, { value: wanted });
  if (!chosen && byPerson.size > 1) {
    const votes = new Map<string, number>();
    for (const res of rd.index.all) {
      if (res.type === 'Patient' || LOOKUP_TYPES.has(res.type)) continue;
      const p = rd.subjectOf(res);
      if (p) votes.set(p, (votes.get(p) ?? 0) + 1);
    }
    let best = -1;
    for (const k of byPerson.keys()) {
      const v = votes.get(k) ?? 0;
      if (v > best) {
        best = v;
        chosen = k;
      }
    }
  }
  if (!chosen) chosen = byPerson.keys().next().value;
  if (!chosen) {
    rd.issues.add('no-patient', '$');
    rd.patient = { id: 'unknown-patient', identifiers: [], given: '', family: '', name: '', exemptions: [], source: [] };
    return;
  }
  rd.recordPerson = chosen;
  rd.patient = mergePatients(rd, byPerson.get(chosen)!, true);
  const linked = linkedPersons(rd);
  for (const [k, list] of byPerson) {
    if (k === chosen) continue;
    rd.excludedPersons.add(k);
    const other = mergePatients(rd, list, false);
    rd.otherPatients.push(other);
    // A child or a delegator whose record the patient may open comes with their Patient (who they
    // are): expected, not another person's data mixed in. Anything else of theirs is still left out.
    if (!linked.has(k)) rd.issues.add('other-patient', list[0]!.loc, undefined, { who: other.cf ?? other.id }, [other.id]);
  }
}

/**
 * The people whose record names the record's patient as their related person (parent, delegate):
 * a RelatedPerson that carries the patient's codice fiscale and points at another Patient.
 */
function linkedPersons(rd: Reader): Set<string> {
  const out = new Set<string>();
  const cf = rd.patient.cf;
  if (!cf) return out;
  for (const res of rd.index.all) {
    if (res.type !== 'RelatedPerson' || cfOf(res.r.identifier) !== cf) continue;
    const target = rd.ctx.refQuietly(res, res.r.patient);
    if (target?.type === 'Patient') out.add(rd.personKeyOfPatient(target));
  }
  return out;
}

function mergePatients(rd: Reader, list: Res[], report: boolean): Patient {
  const first = list[0]!;
  const identifiers: Identifier[] = [];
  const seenIds = new Set<string>();
  const p: Patient = { id: first.duplicateOf?.key ?? first.key, identifiers, given: '', family: '', name: '', exemptions: [], source: [] };
  const births: { date: FuzzyDate; res: Res }[] = [];
  const sexes: { sex: NonNullable<Patient['sex']>; res: Res }[] = [];
  for (const res of list) {
    const r = res.r;
    p.source.push({ kind: 'fhir', ref: res.key });
    for (const ident of arr(r.identifier)) {
      if (!isObj(ident)) continue;
      const value = str(ident.value, 256);
      if (!value) continue;
      const system = str(ident.system, 256) ?? '';
      const k = `${system}|${value}`;
      if (!seenIds.has(k)) {
        seenIds.add(k);
        identifiers.push({ system, value });
      }
    }
    const cf = cfOf(r.identifier);
    if (cf && !p.cf) {
      p.cf = cf;
      if (report && !looksLikeCf(cf)) rd.issues.add('invalid-cf', res.loc, 'identifier', { value: cf });
    }
    if (!p.name) {
      const n = splitName(r.name);
      const full = humanName(r.name);
      if (n.given || n.family || full) {
        p.given = n.given;
        p.family = n.family;
        p.name = [n.given, n.family].filter(Boolean).join(' ') || full || '';
      }
    }
    const bd = rd.ctx.date(res, r.birthDate, 'birthDate');
    if (bd) births.push({ date: bd, res });
    const g = r.gender;
    if (g === 'male' || g === 'female' || g === 'other' || g === 'unknown') sexes.push({ sex: g, res });
    else if (g !== undefined) rd.issues.add('invalid-value', res.loc, 'gender', { field: 'gender' }, [p.id]);
    if (r.deceasedBoolean === true && p.deceased === undefined) p.deceased = true;
    const dd = rd.ctx.date(res, r.deceasedDateTime, 'deceasedDateTime');
    if (dd) p.deceased = dd;
    if (!p.address) {
      const a = address(Array.isArray(r.address) ? r.address[0] : r.address);
      if (a) p.address = a;
    }
    for (const t of arr(r.telecom)) {
      if (!isObj(t)) continue;
      const v = str(t.value, 256);
      if (!v) continue;
      if (t.system === 'phone' && !p.phone) p.phone = v;
      if (t.system === 'email' && !p.email) p.email = v;
    }
    if (!p.generalPractitioner) {
      const gp = rd.ctx.refs(res, r.generalPractitioner, 'generalPractitioner')[0];
      if (gp) p.generalPractitioner = rd.ctx.actor(gp);
    }
    patientExemptions(rd, res, p);
  }
  if (births.length) {
    p.birthDate = births[0]!.date;
    const distinct = [...new Set(births.map((b) => b.date.iso))];
    if (distinct.length > 1 && report) {
      rd.issues.add('conflicting-patient-data', births.find((b) => b.date.iso !== distinct[0])!.res.loc, 'birthDate', { field: 'birthDate', values: distinct.join(', '), kept: distinct[0] }, [p.id]);
    }
  }
  if (sexes.length) {
    p.sex = sexes[0]!.sex;
    const distinct = [...new Set(sexes.map((s) => s.sex))];
    if (distinct.length > 1 && report) {
      rd.issues.add('conflicting-patient-data', sexes.find((s) => s.sex !== distinct[0])!.res.loc, 'gender', { field: 'gender', values: distinct.join(', '), kept: distinct[0] }, [p.id]);
    }
  }
  if (report && !p.cf) rd.issues.add('patient-without-cf', first.loc, 'identifier', {}, [p.id]);
  return p;
}

/** Exemptions carried as Patient extensions (a CodeableConcept with LP267463-0 / LP199190-2). */
function patientExemptions(rd: Reader, res: Res, p: Patient): void {
  const walk = (exts: unknown, depth: number): void => {
    if (depth > 4) return;
    for (const e of arr(exts)) {
      if (!isObj(e)) continue;
      const codings = rd.ctx.codings(e.valueCodeableConcept);
      const kindCoding = codings.find((c) => EXEMPTION_KIND.has(c.code));
      if (kindCoding) {
        const code = codings.find((c) => c !== kindCoding) ?? kindCoding;
        const ex: Exemption = { code: code.code, kind: EXEMPTION_KIND.get(kindCoding.code)! };
        if (code.display) ex.display = code.display;
        p.exemptions.push(ex);
      }
      if (e.extension) walk(e.extension, depth + 1);
    }
  };
  walk(res.r.extension, 0);
}

export function readCoverage(rd: Reader, res: Res): void {
  const r = res.r;
  const typeCodings = rd.ctx.codings(r.type);
  const classes = arr(r.class);
  let kind: 'income' | 'pathology' | undefined;
  for (const c of typeCodings) kind ??= EXEMPTION_KIND.get(c.code);
  let exemptCode: string | undefined;
  let display: string | undefined;
  for (const cl of classes) {
    const o = obj(cl);
    if (!o) continue;
    for (const c of rd.ctx.codings(o.type)) kind ??= EXEMPTION_KIND.get(c.code);
    exemptCode ??= str(o.value, 64);
    display ??= str(o.name, 256);
  }
  if (!kind) {
    // insurance cover, not an exemption: administrative, reported once with the other Coverages
    rd.setAside(res);
    return;
  }
  const code = exemptCode ?? typeCodings.find((c) => !EXEMPTION_KIND.has(c.code))?.code ?? str(obj(arr(r.identifier)[0])?.value, 64) ?? kind;
  const ex: Exemption = { code, kind };
  display ??= typeCodings.find((c) => !EXEMPTION_KIND.has(c.code))?.display ?? str(obj(r.type)?.text);
  if (display) ex.display = display;
  const period = r.period !== undefined ? rd.ctx.period(res, r.period, 'period') : undefined;
  if (period) ex.period = period;
  rd.patient.exemptions.push(ex);
}
