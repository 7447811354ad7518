/**
 * Delegations: outgoing ones (the spouse, active; a friend, pending; an old one, expired) and the
 * incoming one of the patient's child, a minor who turns 18 in a few weeks (the parent's access).
 * The child's RelatedPerson belongs to the child's record (its `patient` is the child's Patient,
 * named also by codice fiscale and display, as FHIR allows): the same resource is in the child's
 * own bundle (family.ts), where it is the parent's outgoing delegation.
 */
import { cc, type Ctx, type Ref, type Sex } from '../builder.js';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES, SYS } from '../data.js';
import type { FhirResource } from '../generate.js';
import { codiceFiscale } from '../patient/cf.js';
import { patientIdOf } from '../patient/patient.js';
import { addYears, atLocal, dateOnly, DAY, romeFields, YEAR } from '../time.js';

/** Someone in the family whose record the patient may open: who they are, and the RelatedPerson that links them. */
export interface LinkedPerson {
  given: string;
  family: string;
  sex: Sex;
  cf: string;
  /** Birth, epoch ms (noon in Rome). */
  birth: number;
  /** The RelatedPerson of the link, the same object in both records. */
  relation: FhirResource;
}

/** The minor child of the story (the relation names the patient as the child's parent). */
export type ChildOf = LinkedPerson;

/** Returns the active delegate (the spouse), whose accesses appear in the log, and the minor child when the story has one. */
export function delegations(ctx: Ctx, spouse: { given: string; family: string; sex: Sex }): { delegate: { ref: Ref; name: string }; child?: ChildOf } {
  const { b, rng, now, birth } = ctx;
  const p = b.patient;
  let last: FhirResource | undefined;
  const rp = (opts: { name: [string, string]; sex: Sex; cf: string; code: string; state: string; start: number; end?: number; incoming?: { ref: Record<string, unknown> } }): Ref => {
    const period: Record<string, string> = { start: dateOnly(opts.start) };
    if (opts.end !== undefined) period.end = dateOnly(opts.end);
    const resource: FhirResource = {
      resourceType: 'RelatedPerson',
      id: b.id('related'),
      extension: [{ url: SYS.statoDelega, valueCode: opts.state }],
      identifier: [{ system: SYS.cf, value: opts.cf }],
      active: opts.state === 'active' || opts.state === 'pending',
      patient: opts.incoming ? opts.incoming.ref : b.patientRef,
      relationship: [cc(SYS.roleCode, opts.code, { POWATT: 'power of attorney', MTH: 'mother', FTH: 'father' }[opts.code])],
      name: [{ family: opts.name[1], given: [opts.name[0]] }],
      gender: opts.sex,
      period,
    };
    if (opts.incoming) resource.birthDate = dateOnly(birth);
    last = resource;
    return b.add(resource, false);
  };
  const cfOf = (given: string, family: string, sex: Sex, year: number): string =>
    codiceFiscale({ family, given, sex, year, month: rng.int(1, 12), day: rng.int(1, 28), belfiore: 'L219' });
  const by = romeFields(birth).year;
  // Outgoing, active: the spouse.
  const delegate = rp({ name: [spouse.given, spouse.family], sex: spouse.sex, cf: cfOf(spouse.given, spouse.family, spouse.sex, by + rng.int(-4, 3)), code: 'POWATT', state: 'active', start: now - rng.int(500, 800) * DAY, end: now + rng.int(200, 500) * DAY });
  // Outgoing, pending: asked a few days ago, not yet accepted.
  const friendSex: Sex = rng.chance(0.5) ? 'female' : 'male';
  const friend: [string, string] = [rng.pick(friendSex === 'female' ? FEMALE_NAMES : MALE_NAMES), rng.pick(SURNAMES)];
  rp({ name: friend, sex: friendSex, cf: cfOf(friend[0], friend[1], friendSex, by + rng.int(-6, 6)), code: 'POWATT', state: 'pending', start: now - rng.int(2, 9) * DAY });
  // Outgoing, expired.
  const oldSex: Sex = rng.chance(0.5) ? 'female' : 'male';
  const old: [string, string] = [rng.pick(oldSex === 'female' ? FEMALE_NAMES : MALE_NAMES), rng.pick(SURNAMES)];
  rp({ name: old, sex: oldSex, cf: cfOf(old[0], old[1], oldSex, by - rng.int(20, 30)), code: 'POWATT', state: 'expired', start: now - rng.float(6, 7.5) * YEAR, end: now - rng.float(4, 5.5) * YEAR });
  // Incoming: the patient is the parent of a minor who turns 18 in a few weeks.
  const child18 = atLocal(now + rng.int(15, 60) * DAY, 12, 0);
  const childBirth = addYears(child18, -18);
  const parentAge = (childBirth - birth) / YEAR;
  let child: ChildOf | undefined;
  if (parentAge >= 20 && parentAge <= (p.sex === 'female' ? 48 : 60)) {
    const childSex: Sex = rng.chance(0.5) ? 'female' : 'male';
    const childGiven = rng.pick(childSex === 'female' ? FEMALE_NAMES : MALE_NAMES);
    const childFamily = p.sex === 'male' ? p.family : spouse.family;
    const f = romeFields(childBirth);
    const childCf = codiceFiscale({ family: childFamily, given: childGiven, sex: childSex, year: f.year, month: f.month, day: f.day, belfiore: 'L219' });
    rp({
      name: [p.given, p.family],
      sex: p.sex,
      cf: p.cf,
      code: p.sex === 'female' ? 'MTH' : 'FTH',
      state: 'active',
      start: childBirth,
      end: child18,
      incoming: { ref: { reference: `Patient/${patientIdOf(childCf)}`, identifier: { system: SYS.cf, value: childCf }, display: `${childGiven} ${childFamily}` } },
    });
    child = { given: childGiven, family: childFamily, sex: childSex, cf: childCf, birth: childBirth, relation: last! };
  }
  return { delegate: { ref: delegate, name: `${spouse.given} ${spouse.family}` }, child };
}
