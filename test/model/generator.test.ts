/**
 * generateFhir: deterministic synthetic FHIR, written per FHIR.md and read back through fromFhir
 * with no error-level issue; sizes within ±10 %; the content every element needs (AF care path
 * with done, booked and overdue steps, an obscured prescription with its linked reports, a
 * protected document, an emergency access, consents per purpose, delegations) is really there,
 * checked on what fromFhir and viewFor make of it, not on the generator's own bookkeeping.
 */
import { expect } from '@open-wc/testing';
import {
  fromFhir,
  isValidCf,
  obscuringCascade,
  viewFor,
  type ClinicalEvent,
  type FromFhirResult,
} from '@percorso/model';
import { generateFhir, generateFamilyFhir, codiceFiscale, SAMPLE_NOW, type FhirBundle } from '@percorso/model/generator';
import { COMUNI } from '../../packages/model/src/generator/data.js';

const cache = new Map<string, { bundle: FhirBundle; result: FromFhirResult }>();
function generated(seed: number, events: number): { bundle: FhirBundle; result: FromFhirResult } {
  const key = `${seed}/${events}`;
  let v = cache.get(key);
  if (!v) {
    const bundle = generateFhir({ seed, events });
    v = { bundle, result: fromFhir(bundle, { now: SAMPLE_NOW }) };
    cache.set(key, v);
  }
  return v;
}

const errorsOf = (r: FromFhirResult): string[] => r.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.path}`);
const docs = (events: readonly ClinicalEvent[]): ClinicalEvent[] => events.filter((e) => e.kind === 'document');

/** Every `reference` string anywhere in a value. */
function references(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) references(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else references(v, out);
    }
  }
  return out;
}

const MONTHS = 'ABCDEHLMPRST';

describe('generateFhir', () => {
  describe('determinism', () => {
    it('gives byte-identical JSON for the same options, and different records for different seeds', () => {
      const a = JSON.stringify(generateFhir({ seed: 42, events: 1000 }));
      const b = JSON.stringify(generateFhir({ seed: 42, events: 1000 }));
      const c = JSON.stringify(generateFhir({ seed: 43, events: 1000 }));
      expect(a).to.equal(b);
      expect(c).to.not.equal(a);
      const pa = generateFhir({ seed: 42, events: 50 }).entry.find((e) => e.resource.resourceType === 'Patient')!.resource;
      const pc = generateFhir({ seed: 43, events: 50 }).entry.find((e) => e.resource.resourceType === 'Patient')!.resource;
      expect(JSON.stringify(pa.identifier)).to.not.equal(JSON.stringify(pc.identifier));
    });

    it('never reads the clock or Math.random, and "now" defaults to SAMPLE_NOW', () => {
      const realNow = Date.now;
      const realRandom = Math.random;
      let text: string;
      try {
        Date.now = () => {
          throw new Error('Date.now called');
        };
        Math.random = () => {
          throw new Error('Math.random called');
        };
        text = JSON.stringify(generateFhir({ seed: 7, events: 300 }));
      } finally {
        Date.now = realNow;
        Math.random = realRandom;
      }
      expect(text).to.equal(JSON.stringify(generateFhir({ seed: 7, events: 300, now: SAMPLE_NOW })));
      expect(new Date(SAMPLE_NOW).toISOString()).to.equal('2026-11-15T09:00:00.000Z');
    });

    it('moves the whole life with "now": the booked visit stays in the future', () => {
      const now = Date.UTC(2030, 5, 1, 8, 0, 0);
      const { record } = fromFhir(generateFhir({ seed: 3, events: 200, now }), { now });
      const af = record.carePaths.find((p) => p.kind === 'PDTA')!;
      const booked = af.steps.find((s) => s.status === 'booked')!;
      const appt = record.events.find((e) => e.id === booked.bookingId)!;
      expect(appt.date.start).to.be.greaterThan(now);
      expect(af.steps.some((s) => s.status === 'overdue' && s.due!.start < now)).to.equal(true);
    });

    it('puts nothing but bookings and planned steps after "now", whatever "now" is', () => {
      for (const now of [Date.UTC(2017, 2, 1, 9), SAMPLE_NOW, Date.UTC(2031, 8, 20, 7)]) {
        const { record } = fromFhir(generateFhir({ seed: 8, events: 500, now }), { now });
        const future = record.events.filter((e) => e.date.start > now && e.kind !== 'appointment');
        expect(future.map((e) => `${e.kind} ${e.title} ${e.date.iso}`), new Date(now).toISOString()).to.deep.equal([]);
        for (const c of record.consents) if (c.date) expect(c.date.start, c.scope).to.be.below(now);
        for (const d of record.delegations) if (d.validFrom) expect(d.validFrom.start).to.be.below(now);
        for (const a of record.accessLog) expect(a.at.start).to.be.below(now);
        expect(record.delegations.find((d) => d.status === 'expired')!.validTo!.start).to.be.below(now);
      }
    });

    it('honours sex, birth year and names, and keeps at least 25 years of life', () => {
      const bundle = generateFhir({ seed: 5, events: 60, sex: 'female', birthYear: 1971, given: 'Niccolò', family: "D'Angelo" });
      const { record } = fromFhir(bundle, { now: SAMPLE_NOW });
      expect(record.patient.sex).to.equal('female');
      expect(record.patient.birthDate!.iso.slice(0, 4)).to.equal('1971');
      expect(record.patient.name).to.equal("Niccolò D'Angelo");
      // D'Angelo → DNG; Niccolò has four consonants (N C C L): first, third and fourth → NCL.
      expect(record.patient.cf!.slice(0, 6)).to.equal('DNGNCL');
      const young = fromFhir(generateFhir({ seed: 5, events: 60, birthYear: 2020 }), { now: SAMPLE_NOW }).record;
      expect(Number(young.patient.birthDate!.iso.slice(0, 4))).to.be.at.most(2001);
    });
  });

  describe('FHIR soundness', () => {
    it('is a collection Bundle whose entries have unique fullUrls matching their resources, and no dangling reference', () => {
      const { bundle } = generated(11, 1000);
      expect(bundle.resourceType).to.equal('Bundle');
      expect(bundle.type).to.equal('collection');
      const keys = new Set<string>();
      for (const { fullUrl, resource } of bundle.entry) {
        const key = `${resource.resourceType}/${resource.id}`;
        expect(fullUrl.endsWith(`/${key}`), fullUrl).to.equal(true);
        expect(keys.has(key), `duplicate ${key}`).to.equal(false);
        keys.add(key);
      }
      // The RelatedPersons that link the family point at the child's and the mother's Patients, which
      // are in their own records (generateFamilyFhir): nothing else points outside the bundle.
      const family = new Set(generateFamilyFhir({ seed: 11, events: 1000 }).flatMap((b) => b.entry.filter((e) => e.resource.resourceType === 'Patient').map((e) => `Patient/${e.resource.id}`)));
      const dangling = references(bundle.entry.map((e) => e.resource)).filter((r) => !keys.has(r));
      expect(dangling.length).to.be.within(1, 2);
      for (const r of dangling) expect(family.has(r), r).to.equal(true);
    });

    for (const [seed, events] of [[1, 50], [2, 50], [3, 1000], [4, 10000]] as const) {
      it(`reads through fromFhir with no error-level issue (seed ${seed}, ${events} events)`, () => {
        const { result } = generated(seed, events);
        expect(errorsOf(result)).to.deep.equal([]);
        expect(result.otherPatients).to.have.length(0);
        expect(result.issues.filter((i) => i.severity === 'warning').map((i) => i.code)).to.deep.equal([]);
      });
    }
  });

  describe('size', () => {
    for (const events of [50, 1000, 10000]) {
      it(`gives ${events} events within ±10 % as fromFhir counts them`, () => {
        for (const seed of events === 50 ? [1, 2, 3, 4, 5, 6] : [1]) {
          const n = generated(seed, events).result.record.events.length;
          expect(n, `seed ${seed}`).to.be.within(Math.floor(events * 0.9), Math.ceil(events * 1.1));
        }
      });
    }

    it('has a yearly check-up lab report from the age of 40, each fulfilling its prescription', () => {
      const { record } = generated(1, 1000).result;
      const born = Number(record.patient.birthDate!.iso.slice(0, 4));
      const labs = docs(record.events).filter((d) => d.document!.nationalType === 'LAB');
      const years = new Set(labs.map((d) => Number(d.date.iso.slice(0, 4))));
      for (let y = born + 41; y <= 2025; y++) expect(years.has(y), String(y)).to.equal(true);
      const prescriptions = new Set(docs(record.events).filter((d) => d.document!.nationalType === 'PRESC_SPEC').flatMap((d) => d.document!.nre));
      expect(labs.filter((d) => d.document!.nre.some((n) => prescriptions.has(n))).length).to.be.at.least(2025 - born - 41);
    });

    it('fills a large record with more of a chronic patient’s routine (lab reports, visits, prescriptions)', () => {
      const small = docs(generated(1, 1000).result.record.events);
      const large = docs(generated(4, 10000).result.record.events);
      const count = (d: ClinicalEvent[], t: string): number => d.filter((e) => e.document!.nationalType === t).length;
      for (const t of ['LAB', 'RSA', 'PRESC_FARM', 'PRESC_SPEC', 'EROG_FARM']) expect(count(large, t), t).to.be.greaterThan(count(small, t) * 5);
      // The whole life is told: first events in childhood, last ones around now.
      const ev = generated(4, 10000).result.record;
      expect(ev.events[0].date.start).to.be.below(ev.patient.birthDate!.start + 2 * 365 * 86_400_000);
    });
  });

  describe('patient', () => {
    it('has a codice fiscale with a valid check character, consistent with birth date, sex and comune', () => {
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const bundle = generateFhir({ seed, events: 50 });
        const pat = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!.resource as unknown as {
          identifier: { value: string }[]; birthDate: string; gender: string; extension: { valueAddress: { city: string } }[];
        };
        const cf = pat.identifier[0].value;
        expect(isValidCf(cf), cf).to.equal(true);
        const [y, m, d] = pat.birthDate.split('-').map(Number);
        expect(cf.slice(6, 8)).to.equal(String(y % 100).padStart(2, '0'));
        expect(cf[8]).to.equal(MONTHS[m - 1]);
        expect(Number(cf.slice(9, 11))).to.equal(d + (pat.gender === 'female' ? 40 : 0));
        const city = pat.extension[0].valueAddress.city;
        expect(COMUNI.filter((c) => c.name === city).map((c) => c.belfiore)).to.include(cf.slice(11, 15));
      }
    });

    it('computes the codice fiscale by the official algorithm, and rejects a wrong check character', () => {
      expect(codiceFiscale({ family: 'Rossi', given: 'Mario', year: 1980, month: 1, day: 1, sex: 'male', belfiore: 'H501' })).to.equal('RSSMRA80A01H501U');
      expect(isValidCf('RSSMRA80A01H501U')).to.equal(true);
      expect(isValidCf('RSSMRA80A01H501V')).to.equal(false);
      expect(isValidCf('GTWGWY82B42G920M')).to.equal(true);
    });

    it('gives every practitioner and related person a valid codice fiscale too', () => {
      const { bundle } = generated(11, 1000);
      const cfs = bundle.entry
        .filter((e) => e.resource.resourceType === 'Practitioner' || e.resource.resourceType === 'RelatedPerson')
        .map((e) => (e.resource.identifier as { value: string }[])[0].value);
      expect(cfs.length).to.be.greaterThan(8);
      for (const cf of cfs) expect(isValidCf(cf), cf).to.equal(true);
    });

    it('is an Italian patient: address in Turin, an MMG, an income and a pathology exemption (income hidden from clinicians)', () => {
      const { record } = generated(1, 1000).result;
      expect(record.patient.address).to.match(/Torino/);
      expect(record.patient.generalPractitioner!.name).to.match(/^Dott/);
      expect(record.patient.exemptions.map((e) => e.kind).sort()).to.deep.equal(['income', 'pathology']);
      const clinician = viewFor(record, { role: 'clinician', now: SAMPLE_NOW });
      expect(clinician.patient.exemptions.map((e) => e.kind)).to.deep.equal(['pathology']);
    });
  });

  describe('content', () => {
    for (const events of [50, 1000]) {
      it(`has the atrial-fibrillation PDTA with done, booked and overdue steps relative to now (${events} events)`, () => {
        const { record } = generated(1, events).result;
        const af = record.carePaths.find((p) => p.kind === 'PDTA')!;
        expect(af, 'PDTA').to.exist;
        expect(af.conditions.map((c) => c.code)).to.include.members(['427.31', '49436004']);
        expect(af.team.length).to.be.at.least(2);
        expect(af.goals.length).to.be.at.least(1);
        expect(af.patientNotes.length).to.be.at.least(1);
        const done = af.steps.filter((s) => s.status === 'done');
        expect(done.length).to.be.at.least(2);
        for (const s of done) expect(s.eventIds.length, s.title).to.be.greaterThan(0);
        const booked = af.steps.find((s) => s.status === 'booked')!;
        const appt = record.events.find((e) => e.id === booked.bookingId)!;
        expect(appt.kind).to.equal('appointment');
        expect(appt.date.start).to.be.greaterThan(SAMPLE_NOW);
        const overdue = af.steps.find((s) => s.status === 'overdue')!;
        expect(overdue.due!.start).to.be.below(SAMPLE_NOW);
        expect(overdue.eventIds).to.deep.equal([]);
        const therapy = record.events.find((e) => e.id === af.therapyIds[0])!;
        expect(therapy.medication!.medication.map((c) => c.code)).to.include('B01AF01');
        expect(therapy.medication!.nre).to.match(/^010A\d{11}$/);
        const codes = done.flatMap((s) => s.eventIds).flatMap((id) => record.events.find((e) => e.id === id)?.codes ?? []).map((c) => c.code);
        expect(codes).to.include.members(['89.52', '88.72', '2160-0']);
      });
    }

    it('has more done follow-ups in a full life than in the smallest one', () => {
      const small = generated(1, 50).result.record.carePaths.find((p) => p.kind === 'PDTA')!;
      const full = generated(1, 1000).result.record.carePaths.find((p) => p.kind === 'PDTA')!;
      expect(full.steps.filter((s) => s.status === 'done').length).to.be.greaterThan(small.steps.filter((s) => s.status === 'done').length);
    });

    it('has a screening path and a discharge-letter follow-up that shares its document', () => {
      const { record } = generated(2, 50).result;
      expect(record.carePaths.some((p) => p.kind === 'SCREENING')).to.equal(true);
      const followUp = record.carePaths.find((p) => p.documentId)!;
      const ldo = record.events.find((e) => e.id === followUp.documentId)!;
      expect(ldo.document!.nationalType).to.equal('LDO');
    });

    it('has an obscured prescription whose linked reports exist, and the clinician sees none of them', () => {
      for (const seed of [1, 2]) {
        const { record } = generated(seed, 50).result;
        const presc = docs(record.events).find((e) => e.privacy.obscured)!;
        expect(presc.document!.nationalType).to.equal('PRESC_SPEC');
        const nre = presc.document!.nre[0];
        const linked = docs(record.events).filter((e) => e !== presc && e.document!.nre.includes(nre));
        expect(linked.length).to.be.at.least(2);
        expect(linked.map((e) => e.document!.nationalType).sort()).to.deep.equal(['LAB', 'RSA']);
        expect(obscuringCascade(record.events, presc.id)).to.include.members(linked.map((e) => e.id));
        const clinician = viewFor(record, { role: 'clinician', now: SAMPLE_NOW });
        const seen = new Set(clinician.events.map((e) => e.id));
        for (const e of [presc, ...linked]) expect(seen.has(e.id), e.title).to.equal(false);
        const citizen = viewFor(record, { role: 'citizen', now: SAMPLE_NOW });
        expect(citizen.events.some((e) => e.id === presc.id)).to.equal(true);
      }
    });

    it('has a protected-category document (HIV test) and a document hidden from the parents (P97)', () => {
      const { record } = generated(1, 50).result;
      const hiv = docs(record.events).find((e) => e.privacy.protectedCategory === 'HIV')!;
      expect(hiv.document!.nationalType).to.equal('LAB');
      expect(viewFor(record, { role: 'clinician', now: SAMPLE_NOW }).events.some((e) => e.id === hiv.id)).to.equal(false);
      expect(record.events.some((e) => e.privacy.hiddenFromParent)).to.equal(true);
    });

    it('has a protected document the citizen made visible to professionals (full life)', () => {
      const { record } = generated(1, 1000).result;
      const consent = record.consents.find((c) => c.scope === 'protected-visibility')!;
      expect(consent.decision).to.equal('permit');
      const doc = record.events.find((e) => e.id === consent.documentId)!;
      expect(doc.privacy.protectedCategory).to.equal('CONSULTORIO');
      expect(doc.privacy.protectedVisible).to.equal(true);
      const seen = viewFor(record, { role: 'clinician', now: SAMPLE_NOW }).events;
      expect(seen.some((e) => e.id === doc.id)).to.equal(true);
      expect(seen.some((e) => e.privacy.protectedCategory === 'HIV')).to.equal(false);
    });

    it('tells the clinical story: vaccinations with ActSite sites, ER visit with phases and triage, a stay with its discharge letter, a chest X-ray', () => {
      const { record } = generated(1, 1000).result;
      const ev = record.events;
      const vacc = ev.filter((e) => e.kind === 'vaccination');
      expect(vacc.length).to.be.at.least(6);
      expect(vacc.some((e) => e.bodySites.some((b) => b.from.system.endsWith('v3-ActSite')))).to.equal(true);
      const er = ev.find((e) => e.encounter?.class === 'EMER' && !e.encounter.partOf && e.encounter.priority)!;
      expect(ev.filter((e) => e.encounter?.partOf === er.id).length).to.be.at.least(1);
      const stay = ev.find((e) => e.encounter?.class === 'IMP')!;
      expect(stay.end!.start).to.be.greaterThan(stay.date.start);
      expect(docs(ev).filter((d) => d.document!.nationalType === 'LDO')).to.have.length(1);
      expect(docs(ev).some((d) => d.document!.nationalType === 'VPS')).to.equal(true);
      const xray = ev.find((e) => e.codes.some((c) => c.code === '87.44'))!;
      expect(xray.codes.map((c) => c.code)).to.include('36554-4');
      expect(xray.bodySites.map((b) => b.region)).to.include('chest');
      const lab = ev.filter((e) => e.kind === 'observation' && e.observation?.numeric);
      expect(lab.length).to.be.greaterThan(20);
      expect(lab.every((o) => o.codes.some((c) => c.system === 'http://loinc.org'))).to.equal(true);
      expect(lab.some((o) => o.observation!.numeric!.unit === 'mg/dL')).to.equal(true);
      expect(ev.some((e) => e.kind === 'medication' && e.medication!.kind === 'dispensation')).to.equal(true);
      expect(ev.some((e) => e.kind === 'taccuino')).to.equal(true);
      const appts = ev.filter((e) => e.kind === 'appointment');
      expect(appts.some((a) => a.date.start < SAMPLE_NOW)).to.equal(true);
      expect(appts.some((a) => a.date.start > SAMPLE_NOW)).to.equal(true);
      // Facilities and practice settings are real-sounding and coded.
      const settings = new Set(docs(ev).map((d) => d.practiceSetting?.code ?? d.document?.practiceSetting?.code));
      for (const psc of ['AD_PSC008', 'AD_PSC004', 'AD_PSC100']) expect(settings.has(psc), psc).to.equal(true);
      expect(docs(ev).some((d) => d.facility?.name === 'AOU Città della Salute e della Scienza di Torino' || d.facility?.partOf === 'AOU Città della Salute e della Scienza di Torino')).to.equal(true);
    });

    it('has a consent per purpose: care permitted, prevention denied, prophylaxis not expressed; feeding and notifications', () => {
      const { record } = generated(1, 50).result;
      const byPurpose = new Map(record.consents.filter((c) => c.scope === 'consultation').map((c) => [c.purpose, c.decision]));
      expect(byPurpose.get('care')).to.equal('permit');
      expect(byPurpose.get('prevention')).to.equal('deny');
      expect(byPurpose.get('prophylaxis')).to.equal('not-expressed');
      expect(record.consents.some((c) => c.scope === 'feeding')).to.equal(true);
      expect(record.consents.find((c) => c.scope === 'notifications')!.decision).to.equal('permit');
    });

    it('has outgoing delegations (pending, active, expired) and an incoming one for a child who turns 18 soon', () => {
      const { record } = generated(1, 50).result;
      const out = record.delegations.filter((d) => d.direction === 'outgoing').map((d) => d.status).sort();
      expect(out).to.deep.equal(['active', 'expired', 'pending']);
      const incoming = record.delegations.find((d) => d.direction === 'incoming')!;
      expect(incoming.basis).to.equal('parental');
      expect(incoming.status).to.equal('active');
      expect(incoming.validTo!.start).to.be.within(SAMPLE_NOW, SAMPLE_NOW + 90 * 86_400_000);
      for (let seed = 2; seed <= 12; seed++) {
        const r = fromFhir(generateFhir({ seed, events: 50 }), { now: SAMPLE_NOW }).record;
        expect(r.delegations.some((d) => d.direction === 'incoming'), `seed ${seed}`).to.equal(true);
      }
    });

    it('writes the family’s records the patient may open: the minor child’s (as parent) and the delegator’s (as delegate), linked by the same RelatedPerson', () => {
      const o = { seed: 2026, events: 600 };
      const own = generated(2026, 600);
      const family = generateFamilyFhir(o);
      expect(JSON.stringify(generateFamilyFhir(o))).to.equal(JSON.stringify(family));
      expect(family).to.have.length(2);
      // One server holds them all: no id names two different resources.
      const byKey = new Map<string, string>();
      for (const b of [own.bundle, ...family])
        for (const { resource } of b.entry) {
          const k = `${resource.resourceType}/${resource.id}`;
          const json = JSON.stringify(resource);
          if (byKey.has(k)) expect(byKey.get(k), k).to.equal(json);
          byKey.set(k, json);
        }
      const incoming = own.result.record.delegations.filter((d) => d.direction === 'incoming' && d.status === 'active');
      expect(incoming.map((d) => d.basis)).to.deep.equal(['parental', 'voluntary']);
      const cf = own.result.record.patient.cf;
      const [child, mother] = family.map((b) => fromFhir(b, { now: SAMPLE_NOW }));
      for (const [r, d] of [[child!, incoming[0]!], [mother!, incoming[1]!]] as const) {
        expect(errorsOf(r)).to.deep.equal([]);
        expect(r.record.patient.cf).to.equal(d.person.cf);
        const out = r.record.delegations.find((x) => x.id === d.id)!;
        expect(out).to.deep.include({ direction: 'outgoing', basis: d.basis, status: 'active' });
        expect(out.person.cf).to.equal(cf);
      }
      // The child is a minor; the parent's view leaves out what a parent may not see (P97, protected).
      const born = child!.record.patient.birthDate!.start;
      expect(SAMPLE_NOW - born).to.be.within(17 * 365 * 86_400_000, 18 * 365.25 * 86_400_000);
      const childDocs = docs(child!.record.events);
      const parentView = viewFor(child!, { role: 'parent', delegationId: incoming[0]!.id, now: SAMPLE_NOW });
      expect(parentView.restriction).to.equal(undefined);
      const hiddenFromParent = childDocs.filter((e) => e.privacy.hiddenFromParent || e.privacy.protectedCategory);
      expect(hiddenFromParent.map((e) => e.title).sort()).to.deep.equal(['Colloquio psicologico', 'Visita allo spazio giovani del consultorio']);
      for (const e of hiddenFromParent) expect(parentView.events.some((x) => x.id === e.id)).to.equal(false);
      expect(docs(parentView.events)).to.have.length(childDocs.length - 2);
      // The delegate sees neither obscured nor protected documents, nor income exemptions; the delegation expires within the year.
      const delegateView = viewFor(mother!, { role: 'delegate', delegationId: incoming[1]!.id, now: SAMPLE_NOW });
      expect(delegateView.restriction).to.equal(undefined);
      const motherDocs = docs(mother!.record.events);
      expect(motherDocs.some((e) => e.privacy.obscured)).to.equal(true);
      expect(motherDocs.some((e) => e.privacy.protectedCategory)).to.equal(true);
      expect(docs(delegateView.events).some((e) => e.privacy.obscured || e.privacy.protectedCategory)).to.equal(false);
      expect(mother!.record.patient.exemptions.some((x) => x.kind === 'income')).to.equal(true);
      expect(delegateView.patient.exemptions.some((x) => x.kind === 'income')).to.equal(false);
      expect(incoming[1]!.validTo!.start).to.be.within(SAMPLE_NOW, SAMPLE_NOW + 366 * 86_400_000);
    });

    it('vaccinates with the calendar of the patient’s time: hexavalent and MPR for the young, smallpox only before 1939', () => {
      const vaccines = (birthYear: number): string[] =>
        fromFhir(generateFhir({ seed: 2, events: 600, birthYear }), { now: SAMPLE_NOW })
          .record.events.filter((e) => e.kind === 'vaccination' && e.date.start < Date.UTC(birthYear + 15, 0, 1))
          .flatMap((e) => e.vaccination!.vaccine.map((c) => c.code));
      const young = vaccines(2000);
      expect(young).to.include.members(['J07CA09', 'J07BD52']);
      const old = vaccines(1932);
      expect(old.length).to.be.greaterThan(0);
      expect([...new Set(old)]).to.deep.equal(['J07BX01']);
      expect(vaccines(1966)).to.include.members(['J07AM51', 'J07BF02']);
    });

    it('has a year of access log: the MMG, a specialist, a pharmacist, the citizen, and one emergency access', () => {
      const { record } = generated(1, 50).result;
      const log = record.accessLog;
      expect(log.length).to.be.at.least(25);
      for (const a of log) expect(a.at.start).to.be.within(SAMPLE_NOW - 366 * 86_400_000, SAMPLE_NOW);
      const roles = new Set(log.map((a) => a.actor.role));
      for (const r of ['APR', 'AAS', 'FAR', 'ASS']) expect(roles.has(r as never), r).to.equal(true);
      const emergency = log.filter((a) => a.emergency);
      expect(emergency).to.have.length(1);
      expect(emergency[0].purpose).to.equal('EMERGENCY');
      // First the Patient Summary (DM 7/9/2023 art. 20).
      const first = record.events.find((e) => e.id === emergency[0].documentIds[0])!;
      expect(first.document!.nationalType).to.equal('PSS');
      expect(first.author!.id).to.equal(record.patient.generalPractitioner!.id);
      const obscured = new Set(docs(record.events).filter((d) => d.privacy.obscured || d.privacy.protectedCategory).map((d) => d.id));
      for (const a of log) for (const id of a.documentIds) expect(obscured.has(id)).to.equal(false);
    });
  });
});
