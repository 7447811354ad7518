/**
 * The records of the patient's family that the patient may open (DM 7/9/2023 art. 11 c.6, and the
 * regions' "profili collegati": `shared/domain/fse-2.0.md` §3.3):
 *
 * - the **minor child** (when the story has one: delegations.ts), whose parent the patient is —
 *   with what a parent may not see of a minor near majority: a talk with a psychologist hidden from
 *   the parents (P97) and a visit at the family counselling service (a protected category, DM art. 6);
 * - the **delegator**, the patient's elderly mother, who delegated the patient to consult her record
 *   (voluntary delegation, with its expiry) — with what a delegate may not see: an obscured
 *   prescription and the reports it led to, a protected test, income exemptions.
 *
 * Each record is a bundle of its own, with ids of its own (`Builder` namespaces), holding the same
 * RelatedPerson as the patient's bundle: there it is the patient's incoming delegation, here the
 * outgoing one that `viewFor` checks. Every draw comes from a stream of its own, seeded from the
 * seed, so the patient's bundle is the same bytes with or without them.
 */
import { Builder, cc, type Ctx, type Person, type Ref, type Sex, workHours } from './builder.js';
import { atrialFibrillation } from './care-paths/atrial-fibrillation.js';
import { accessLog } from './consents/access-log.js';
import { consents } from './consents/consents.js';
import type { ChildOf, LinkedPerson } from './consents/delegations.js';
import { COMUNI, FEMALE_NAMES, SURNAMES, SYS } from './data.js';
import { condition, visitReport } from './documents/encounters.js';
import { filler } from './documents/filler.js';
import { labReport, pickTests } from './documents/labs.js';
import { patientSummary, privateDocuments } from './documents/summary.js';
import { adultVaccinations, childhoodVaccinations } from './documents/vaccinations.js';
import type { FhirBundle, FhirResource } from './generate.js';
import { codiceFiscale } from './patient/cf.js';
import { exemptions } from './patient/exemptions.js';
import { patientIdOf } from './patient/patient.js';
import { Rng } from './random.js';
import { dateOnly, DAY, instant, romeFields, romeTime, YEAR } from './time.js';

/** The person who delegated the patient (the relation is the delegation). */
export type DelegatorOf = LinkedPerson;

/** What the family's records are made from (the patient's story gives it). */
export interface FamilySeed {
  seed: number;
  now: number;
  citizen: Person;
  child?: ChildOf;
  delegator: DelegatorOf;
}

/** Streams of draws of their own, far from the patient's (mulberry32 mixes the seed). */
const streamOf = (seed: number, k: number): Rng => new Rng(Math.trunc(seed) * 7919 + 104_729 * k);

/**
 * The patient's mother, who delegated the patient (voluntary delegation, active, expiring within
 * the year); writes the incoming RelatedPerson into the patient's bundle and returns her.
 */
export function delegator(b: Builder, seed: number, citizenBirth: number): DelegatorOf {
  const rng = streamOf(seed, 1);
  const now = b.now;
  const p = b.patient;
  const year = romeFields(citizenBirth).year - rng.int(24, 34);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const birth = romeTime(year, month, day, 12, 0);
  const given = rng.pick(FEMALE_NAMES);
  const family = rng.pick(SURNAMES.filter((s) => s !== p.family));
  const cf = codiceFiscale({ family, given, sex: 'female', year, month, day, belfiore: rng.pick(COMUNI).belfiore });
  const relation: FhirResource = {
    resourceType: 'RelatedPerson',
    id: b.id('related'),
    extension: [{ url: SYS.statoDelega, valueCode: 'active' }],
    identifier: [{ system: SYS.cf, value: p.cf }],
    active: true,
    patient: { reference: `Patient/${patientIdOf(cf)}`, identifier: { system: SYS.cf, value: cf }, display: `${given} ${family}` },
    relationship: [cc(SYS.roleCode, 'POWATT', 'power of attorney')],
    name: [{ family: p.family, given: [p.given] }],
    gender: p.sex,
    period: { start: dateOnly(now - rng.int(300, 700) * DAY), end: dateOnly(now + rng.int(120, 330) * DAY) },
  };
  b.add(relation, false);
  return { given, family, sex: 'female', cf, birth, relation };
}

/** A family member's Patient, with their family doctor (or paediatrician). */
function personOf(b: Builder, who: { given: string; family: string; sex: Sex; cf: string; birth: number }, doctor: string): { ctx: Ctx; ref: Ref } {
  const rng = b.rng;
  const mmg = b.practitioner(rng.chance(0.5) ? 'female' : 'male', doctor);
  const id = patientIdOf(who.cf);
  b.patientRef = { reference: `Patient/${id}` };
  b.patient = { ref: b.patientRef, name: `${who.given} ${who.family}`, given: who.given, family: who.family, sex: who.sex, cf: who.cf };
  b.add(
    {
      resourceType: 'Patient',
      id,
      identifier: [{ system: SYS.cf, value: who.cf }],
      active: true,
      name: [{ use: 'official', family: who.family, given: [who.given] }],
      gender: who.sex,
      birthDate: dateOnly(who.birth),
      generalPractitioner: [mmg.ref],
      managingOrganization: b.org('asl'),
    },
    false,
  );
  return { ctx: { b, rng, now: b.now, birth: who.birth, sex: who.sex, full: true, mmg }, ref: b.patientRef };
}

function bundleOf(b: Builder, id: string, now: number): FhirBundle {
  const at = instant(now);
  return {
    resourceType: 'Bundle',
    id,
    meta: { lastUpdated: at, tag: [{ system: 'https://percorso.dev/fhir/CodeSystem/origine', code: 'synthetic', display: 'Dati sintetici generati da generateFhir' }] },
    type: 'collection',
    timestamp: at,
    entry: b.entries,
  };
}

/** The minor child's record: childhood vaccinations, check-ups, a lab report, and what the parent may not see. */
function childRecord(f: FamilySeed, child: ChildOf): FhirBundle {
  const b = new Builder(streamOf(f.seed, 2), f.now, 'f1-');
  const { ctx } = personOf(b, child, 'Pediatra di libera scelta');
  const { rng, now, birth } = ctx;
  b.add(child.relation, false);
  childhoodVaccinations(ctx);
  const pls = ctx.mmg;
  for (const age of [6, 10, 14]) {
    visitReport(ctx, workHours(rng, birth + (age * 12 + rng.int(0, 6)) * 30.44 * DAY, 9, 12), {
      psc: 'pediatria',
      title: 'Bilancio di salute',
      specialist: pls,
      facility: 'asl',
      findings: `Bilancio di salute dei ${age} anni: crescita regolare, sviluppo adeguato all’età. Vaccinazioni in regola.`,
    });
  }
  labReport(ctx, workHours(rng, now - rng.int(200, 320) * DAY, 7, 10), pickTests(rng, 4));
  visitReport(ctx, workHours(rng, now - rng.int(120, 190) * DAY, 9, 13), {
    psc: 'dermatologia',
    title: 'Visita dermatologica',
    specialist: b.specialist('derm', 'Dermatologo'),
    facility: 'poliambulatorio',
    findings: 'Acne volgare lieve del volto. Indicata detersione delicata e crema al perossido di benzoile; controllo tra tre mesi.',
  });
  // What a parent may not see of a minor near majority.
  const consultorio = b.specialist('consultorio', 'Psicologa', { sex: 'female' });
  visitReport(
    ctx,
    workHours(rng, now - rng.int(40, 90) * DAY, 14, 17),
    { psc: 'psichiatria', title: 'Colloquio psicologico', specialist: consultorio, facility: 'consultorio', findings: `Colloquio di sostegno richiesto ${child.sex === 'female' ? 'dalla ragazza' : 'dal ragazzo'}. Concordati due ulteriori incontri.` },
    { hiddenFromParent: true },
  );
  visitReport(
    ctx,
    workHours(rng, now - rng.int(100, 115) * DAY, 14, 17),
    { psc: 'ginecologia', title: 'Visita allo spazio giovani del consultorio', specialist: b.specialist('spazio-giovani', 'Ostetrica', { sex: 'female', title: 'Ost.' }), facility: 'consultorio', findings: 'Colloquio informativo sulla salute sessuale e sulla contraccezione.' },
    { protectedCategory: 'CONSULTORIO' },
  );
  consents(ctx, undefined);
  return bundleOf(b, `percorso-${f.seed}-figlio`, now);
}

/** The delegator's record: an elderly woman's — atrial fibrillation, check-ups, vaccinations, her privacy choices, exemptions, the access log. */
function delegatorRecord(f: FamilySeed, who: DelegatorOf): FhirBundle {
  const b = new Builder(streamOf(f.seed, 3), f.now, 'f2-');
  const { ctx } = personOf(b, who, 'Medico di medicina generale');
  const { rng, now, birth } = ctx;
  b.add(who.relation, false);
  childhoodVaccinations(ctx);
  const visibleProtected = privateDocuments(ctx);
  const afDx = now - rng.float(4, 6) * YEAR;
  atrialFibrillation(ctx, afDx);
  adultVaccinations(ctx, afDx);
  condition(ctx, { system: SYS.icd9dx, code: '401.9', display: 'Ipertensione essenziale non specificata' }, { system: SYS.snomed, code: '59621000', display: 'Essential hypertension' }, afDx - rng.int(5, 12) * YEAR, 'problem-list-item');
  const pss = patientSummary(ctx, afDx, streamOf(f.seed, 4));
  filler(ctx, 80, birth + 50 * YEAR);
  consents(ctx, visibleProtected);
  // The delegate's (the patient's) reads appear in her access log.
  accessLog(ctx, 200, { ref: { reference: `RelatedPerson/${who.relation.id}` }, name: `${f.citizen.given} ${f.citizen.family}` }, pss);
  exemptions(ctx, afDx);
  return bundleOf(b, `percorso-${f.seed}-delegante`, now);
}

/** The family's records: the minor child's (when there is one), then the delegator's. */
export function familyBundles(f: FamilySeed): FhirBundle[] {
  const out: FhirBundle[] = [];
  if (f.child) out.push(childRecord(f, f.child));
  out.push(delegatorRecord(f, f.delegator));
  return out;
}
