/**
 * Delegations (RelatedPerson with a delegation basis): outgoing (someone acts for the patient)
 * and incoming (the patient acts for someone), with their person, basis, status and validity.
 */
import { DELEGATION_BASIS_BY_V3, PERCORSO_CS, PERCORSO_SD } from '../codes.js';
import type { Delegation } from '../types.js';
import type { Res } from './collect.js';
import { cfOf, humanName } from './context.js';
import { arr, isObj, obj, str } from './json.js';
import type { Reader } from './reader.js';

const DELEGATION_BASIS = new Set(['parental', 'tutor', 'support-admin', 'curator', 'voluntary']);
const DELEGATION_STATUS = new Set(['pending', 'active', 'rejected', 'revoked', 'expired']);

export function readRelatedPerson(rd: Reader, res: Res): void {
  const r = res.r;
  const rels = rd.ctx.codingsOf(r.relationship);
  let basis: Delegation['basis'] | undefined;
  for (const c of rels) {
    if (c.system === `${PERCORSO_CS}tipo-delega` && DELEGATION_BASIS.has(c.code)) basis = c.code as Delegation['basis'];
  }
  if (!basis) for (const c of rels) if (DELEGATION_BASIS_BY_V3.has(c.code)) basis = DELEGATION_BASIS_BY_V3.get(c.code);
  const cf = cfOf(r.identifier);
  // The record's patient is the related person of someone else's record (their parent, their
  // delegate): that person's Patient is in their own record, usually not in this one. The
  // reference then names them by codice fiscale (`patient.identifier`) and display, which is all
  // this record needs of them; a literal reference to their Patient that is not here is expected,
  // not dangling.
  const linkRef = obj(r.patient);
  const linkedCf = cfOf(linkRef?.identifier);
  const linked = cf !== undefined && cf === rd.patient.cf && linkedCf !== undefined && linkedCf !== rd.patient.cf;
  const patientRes = linked ? rd.ctx.refQuietly(res, r.patient) : rd.ctx.ref(res, r.patient, 'patient');
  const patientPerson = patientRes && patientRes.type === 'Patient' ? rd.personKeyOfPatient(patientRes) : undefined;
  let direction: Delegation['direction'] | undefined;
  if (patientPerson && patientPerson === rd.recordPerson) direction = 'outgoing';
  else if (cf && rd.patient.cf && cf === rd.patient.cf && patientPerson !== rd.recordPerson) direction = 'incoming';
  if (!basis) {
    // Not a delegation (e.g. a relative attesting a Patient Summary): used for names only.
    if (direction && rels.length) rd.issues.add('delegation-not-understood', res.loc, 'relationship', {}, [res.key]);
    return;
  }
  if (!direction) {
    if (patientPerson && rd.excludedPersons.has(patientPerson)) rd.leaveOut(res);
    else rd.issues.add('delegation-not-understood', res.loc, 'patient', {}, [res.key]);
    return;
  }
  let person: Delegation['person'];
  if (direction === 'outgoing') {
    person = { name: humanName(r.name) ?? cf ?? 'Persona delegata' };
    if (cf) person.cf = cf;
    const bd = rd.ctx.date(res, r.birthDate, 'birthDate');
    if (bd) person.birthDate = bd;
  } else {
    const pr = patientRes?.r;
    const pcf = (pr ? cfOf(pr.identifier) : undefined) ?? linkedCf;
    person = { name: (pr ? humanName(pr.name) : undefined) ?? str(linkRef?.display) ?? pcf ?? 'Persona' };
    if (pcf) person.cf = pcf;
    const bd = pr && patientRes ? rd.ctx.date(patientRes, pr.birthDate, 'birthDate') : undefined;
    if (bd) person.birthDate = bd;
  }
  const period = r.period !== undefined ? rd.ctx.period(res, r.period, 'period') : undefined;
  let status: Delegation['status'] | undefined;
  for (const e of arr(r.extension)) {
    if (isObj(e) && e.url === `${PERCORSO_SD}stato-delega` && typeof e.valueCode === 'string' && DELEGATION_STATUS.has(e.valueCode)) status = e.valueCode as Delegation['status'];
  }
  if (!status) {
    if (r.active === false) status = period?.end && period.end.end <= rd.now ? 'expired' : 'revoked';
    else status = period?.end && period.end.end <= rd.now ? 'expired' : 'active';
  }
  const d: Delegation = { id: res.key, direction, person, basis, status, source: [{ kind: 'fhir', ref: res.key }] };
  if (period?.start) d.validFrom = period.start;
  if (period?.end) d.validTo = period.end;
  rd.delegations.push(d);
}
