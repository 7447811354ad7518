/**
 * "As if it never existed": for random records R, the view of R for a viewer is deep-equal to the
 * view of R′, the same record with the items that viewer may not see deleted together with
 * everything derived from them (events read from them, the NRE cascade, care paths read from them,
 * access-log rows, issues, and every link to them). R′ is built here independently of view.ts, by
 * plain deletion to a fixpoint. Dates extents, counts, care-path steps and issue lists are all
 * part of the deep equality; and the view's text must not mention any deleted id.
 *
 * And the converse (issue 15): everything the rules let a viewer see is in the view, compared with
 * R′ itself rather than with viewFor(R′) — a citizen sees all but P98, a clinician with consent every
 * document not obscured or protected, a parent or a delegate holding a parental delegation all but
 * P97 too… — so a view that hides too much fails. Every role, a delegate holding a parental
 * delegation included; clinicians with and without consent (the consent is random). The seed changes
 * every run; seed.ts says how to replay a failure.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  viewFor,
  type AccessLogEntry,
  type CarePath,
  type ClinicalEvent,
  type Consent,
  type FseRecord,
  type FseView,
  type Issue,
  type NationalDocType,
  type Privacy,
  type ProtectedCategory,
  type Viewer,
} from '@percorso/model';
import { runSeed } from './seed.js';
import {
  access,
  careConsent,
  carePath,
  day,
  dispensation,
  doc,
  event,
  issue,
  NOW,
  NRE_1,
  NRE_2,
  NRE_3,
  prescription,
  privacy,
  protectedVisibility,
  record,
  step,
} from './records.js';

const NRES = [NRE_1, NRE_2, NRE_3, '010A05555555555'];
const DOC_TYPES: NationalDocType[] = ['RAD', 'LAB', 'RSA', 'LDO', 'VPS', 'PSS', 'PRESC_FARM', 'PRESC_SPEC', 'EROG_FARM', 'EROG_SPEC'];
const CATEGORIES: (ProtectedCategory | undefined)[] = [undefined, undefined, undefined, 'HIV', 'IVG', 'SUBSTANCE'];

const privacyArb: fc.Arbitrary<Privacy> = fc
  .record({
    obscured: fc.boolean(),
    p97: fc.boolean(),
    p98: fc.boolean(),
    cat: fc.constantFrom(...CATEGORIES),
    visible: fc.boolean(),
    weight: fc.nat(3),
  })
  .map(({ obscured, p97, p98, cat, visible, weight }) =>
    // most items carry no restriction at all
    weight < 2
      ? privacy()
      : privacy({
          obscured,
          hiddenFromParent: p97,
          hiddenFromPatient: p98,
          ...(cat ? { protectedCategory: cat, protectedVisible: visible } : {}),
        }),
  );

interface DocSpec {
  type: NationalDocType;
  day: number;
  privacy: Privacy;
  nre: number[];
  inner: { kind: 'obs' | 'rx' | 'disp' | 'enc'; nre: number; own?: Privacy }[];
}

const docSpec: fc.Arbitrary<DocSpec> = fc.record({
  type: fc.constantFrom(...DOC_TYPES),
  day: fc.nat(3000),
  privacy: privacyArb,
  nre: fc.uniqueArray(fc.nat(NRES.length - 1), { maxLength: 2 }),
  inner: fc.array(
    fc.record({
      kind: fc.constantFrom('obs' as const, 'rx' as const, 'disp' as const, 'enc' as const),
      nre: fc.nat(NRES.length - 1),
      own: fc.option(privacyArb, { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
});

interface Spec {
  docs: DocSpec[];
  loose: { kind: 'disp' | 'rx' | 'appt' | 'visit'; day: number; nre: number; privacy: Privacy; link: number }[];
  paths: { doc: number; privacy: Privacy; links: number[]; steps: number[][]; booking: number }[];
  consent: 'permit' | 'deny' | 'none';
  visibility: { doc: number; decision: 'permit' | 'deny'; when: number }[];
  logs: number[][];
  issues: (number[] | null)[];
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  docs: fc.array(docSpec, { maxLength: 10 }),
  loose: fc.array(
    fc.record({
      kind: fc.constantFrom('disp' as const, 'rx' as const, 'appt' as const, 'visit' as const),
      day: fc.nat(3000),
      nre: fc.nat(NRES.length - 1),
      privacy: privacyArb,
      link: fc.nat(40),
    }),
    { maxLength: 6 },
  ),
  paths: fc.array(
    fc.record({
      doc: fc.integer({ min: -1, max: 9 }),
      privacy: privacyArb,
      links: fc.array(fc.nat(40), { maxLength: 5 }),
      steps: fc.array(fc.array(fc.nat(40), { maxLength: 3 }), { maxLength: 3 }),
      booking: fc.nat(40),
    }),
    { maxLength: 3 },
  ),
  consent: fc.constantFrom('permit' as const, 'permit' as const, 'deny' as const, 'none' as const),
  visibility: fc.array(fc.record({ doc: fc.nat(9), decision: fc.constantFrom('permit' as const, 'deny' as const), when: fc.nat(50) }), {
    maxLength: 3,
  }),
  logs: fc.array(fc.array(fc.nat(40), { maxLength: 3 }), { maxLength: 5 }),
  issues: fc.array(fc.option(fc.array(fc.nat(60), { minLength: 1, maxLength: 2 }), { nil: null }), { maxLength: 6 }),
});

/** Builds the record of a spec. Ids are drawn from the pool of all ids by index (mod). */
function build(spec: Spec): { record: FseRecord; issues: Issue[] } {
  const events: ClinicalEvent[] = [];
  spec.docs.forEach((d, i) => {
    const id = `doc${i}`;
    const innerIds: string[] = [];
    d.inner.forEach((x, j) => {
      const eid = `doc${i}.${j}`;
      innerIds.push(eid);
      // events read from a document carry its privacy (as the adapter does), sometimes stricter
      const p = x.own ? { ...d.privacy, obscured: d.privacy.obscured || x.own.obscured } : d.privacy;
      // observations often predate their report: contents may come before their document
      const common = { documentId: id, date: day(Math.max(0, d.day - x.nre)), privacy: p };
      if (x.kind === 'rx') events.push(prescription(eid, NRES[x.nre]!, common));
      else if (x.kind === 'disp') events.push(dispensation(eid, NRES[x.nre]!, common));
      else if (x.kind === 'enc') events.push(event(eid, { ...common, kind: 'encounter', encounter: { class: 'AMB' } }));
      else events.push(event(eid, common));
    });
    events.push(doc(id, d.type, { date: day(d.day), privacy: d.privacy, nre: d.nre.map((n) => NRES[n]!), eventIds: innerIds }));
  });
  const pool0 = events.map((e) => e.id);
  spec.loose.forEach((l, i) => {
    const id = `loose${i}`;
    const link = pool0.length ? pool0[l.link % pool0.length] : undefined;
    const common = { date: day(l.day), privacy: l.privacy };
    if (l.kind === 'disp') events.push(dispensation(id, NRES[l.nre]!, common));
    else if (l.kind === 'rx') events.push(prescription(id, NRES[l.nre]!, common));
    else if (l.kind === 'visit') {
      const enc = events.find((e) => e.id === link && e.kind === 'encounter');
      events.push(event(id, { ...common, kind: 'encounter', ...(enc ? { encounterId: enc.id, encounter: { partOf: enc.id } } : {}) }));
    } else events.push(event(id, { ...common, kind: 'appointment', booking: { status: 'booked', service: [], carePathStepId: `path${l.link % 3}.s0` } }));
  });
  const eventIds = events.map((e) => e.id);
  const pick = (n: number): string | undefined => (eventIds.length ? eventIds[n % eventIds.length] : undefined);
  const picks = (ns: number[]): string[] => [...new Set(ns.map(pick).filter((x): x is string => !!x))];

  const carePaths: CarePath[] = spec.paths.map((p, i) =>
    carePath(`path${i}`, {
      ...(p.doc >= 0 && p.doc < spec.docs.length ? { documentId: `doc${p.doc}` } : {}),
      privacy: p.privacy,
      eventIds: picks(p.links),
      therapyIds: picks(p.links.slice(0, 1)),
      steps: p.steps.map((s, j) => step(`path${i}.s${j}`, { eventIds: picks(s), ...(pick(p.booking) ? { bookingId: pick(p.booking)! } : {}) })),
    }),
  );
  // events name the care paths that hold them
  for (const cp of carePaths) {
    for (const id of cp.eventIds) {
      const k = events.findIndex((e) => e.id === id);
      events[k] = { ...events[k]!, carePathIds: [...events[k]!.carePathIds, cp.id] };
    }
  }
  const consents: Consent[] = [];
  if (spec.consent !== 'none') consents.push(careConsent(spec.consent));
  for (const v of spec.visibility) if (v.doc < spec.docs.length) consents.push(protectedVisibility(`doc${v.doc}`, v.decision, v.when));
  const accessLog: AccessLogEntry[] = spec.logs.map((l, i) => access(`log${i}`, picks(l).filter((id) => id.startsWith('doc') && !id.includes('.'))));
  const all = [...eventIds, ...carePaths.flatMap((c) => [c.id, ...c.steps.map((s) => s.id)]), ...consents.map((c) => c.id), ...accessLog.map((a) => a.id), 'pat', 'not-in-record'];
  const issues = spec.issues.map((s, i) => issue(`issue${i}`, s ? [...new Set(s.map((n) => all[n % all.length]!))] : undefined));
  return { record: record({ events, carePaths, consents, accessLog }), issues };
}

// ───────────── R′: deletion, written independently of view.ts ─────────────

type Role = 'citizen' | 'clinician' | 'emergency' | 'delegate' | 'parent';

/** Whether a viewer may not see an item (the rules of DESIGN §5 and view.ts, as a table). */
function forbidden(role: Role, p: Privacy, visibleByConsent: boolean | undefined): boolean {
  const prot = p.protectedCategory !== undefined;
  switch (role) {
    case 'citizen':
      return p.hiddenFromPatient;
    case 'clinician':
      return p.obscured || (prot && !(visibleByConsent ?? p.protectedVisible === true));
    case 'emergency':
      return p.obscured || prot;
    case 'delegate':
      return p.obscured || prot || p.hiddenFromPatient;
    case 'parent':
      return p.obscured || prot || p.hiddenFromPatient || p.hiddenFromParent;
  }
}

function deleteForbidden(r: FseRecord, issues: Issue[], role: Role): { record: FseRecord; issues: Issue[]; removed: Set<string> } {
  const consentFor = (docId: string): boolean | undefined => {
    const cs = r.consents.filter((c) => c.scope === 'protected-visibility' && c.documentId === docId);
    if (!cs.length) return undefined;
    const last = cs.reduce((a, b) => ((b.date?.start ?? 0) >= (a.date?.start ?? 0) ? b : a));
    return last.decision === 'permit';
  };
  const gone = new Set<string>();
  for (const e of r.events) if (forbidden(role, e.privacy, consentFor(e.documentId ?? e.id))) gone.add(e.id);
  // fixpoint: contents of gone documents; NREs of gone prescriptions
  for (let changed = true; changed; ) {
    changed = false;
    const nres = new Set<string>();
    for (const e of r.events) {
      if (!gone.has(e.id)) continue;
      if (e.kind === 'document' && (e.document!.nationalType === 'PRESC_FARM' || e.document!.nationalType === 'PRESC_SPEC')) {
        for (const n of e.document!.nre) nres.add(n.replace(/\s/g, '').toUpperCase());
      }
      if (e.medication?.kind === 'prescription' && e.medication.nre) nres.add(e.medication.nre.toUpperCase());
    }
    for (const e of r.events) {
      if (gone.has(e.id)) continue;
      const byDoc = e.documentId !== undefined && gone.has(e.documentId);
      const byNre = (e.document?.nre ?? []).some((n) => nres.has(n.toUpperCase())) || (e.medication?.nre !== undefined && nres.has(e.medication.nre.toUpperCase()));
      if (byDoc || byNre) {
        gone.add(e.id);
        changed = true;
      }
    }
  }
  const gonePaths = new Set(
    r.carePaths.filter((c) => (c.documentId && gone.has(c.documentId)) || forbidden(role, c.privacy, consentFor(c.documentId ?? c.id))).map((c) => c.id),
  );
  const goneSteps = new Set(r.carePaths.filter((c) => gonePaths.has(c.id)).flatMap((c) => c.steps.map((s) => s.id)));
  const keep = (id: string): boolean => !gone.has(id);

  const events = r.events
    .filter((e) => keep(e.id))
    .map((e) => {
      const x: ClinicalEvent = { ...e, carePathIds: e.carePathIds.filter((id) => !gonePaths.has(id)) };
      if (x.encounterId && !keep(x.encounterId)) delete x.encounterId;
      if (x.document) x.document = { ...x.document, eventIds: x.document.eventIds.filter(keep) };
      if (x.encounter?.partOf && !keep(x.encounter.partOf)) x.encounter = {};
      if (x.booking?.carePathStepId && goneSteps.has(x.booking.carePathStepId)) x.booking = { status: x.booking.status, service: x.booking.service };
      return x;
    });
  const carePaths = r.carePaths
    .filter((c) => !gonePaths.has(c.id))
    .map((c) => ({
      ...c,
      eventIds: c.eventIds.filter(keep),
      therapyIds: c.therapyIds.filter(keep),
      steps: c.steps.map((s) => {
        const t = { ...s, eventIds: s.eventIds.filter(keep) };
        if (t.bookingId && !keep(t.bookingId)) delete t.bookingId;
        return t;
      }),
    }));
  const goneConsents = new Set(r.consents.filter((c) => c.documentId && gone.has(c.documentId)).map((c) => c.id));
  const consents = r.consents.filter((c) => !goneConsents.has(c.id));
  const goneLogs = new Set(r.accessLog.filter((a) => a.documentIds.length > 0 && a.documentIds.every((id) => gone.has(id))).map((a) => a.id));
  const accessLog = r.accessLog.filter((a) => !goneLogs.has(a.id)).map((a) => ({ ...a, documentIds: a.documentIds.filter(keep) }));
  const removed = new Set([...gone, ...gonePaths, ...goneSteps, ...goneConsents, ...goneLogs]);
  const keptIssues = issues.filter((i) => !(i.subjectIds ?? []).some((id) => removed.has(id)));
  return { record: { ...r, events, carePaths, consents, accessLog }, issues: keptIssues, removed };
}

/** Every viewer role; a delegate holding a parental delegation follows the parent's rules (P97 too). */
const VIEWERS: { name: string; viewer: Viewer; rules: Role }[] = [
  { name: 'clinician', viewer: { role: 'clinician', now: NOW }, rules: 'clinician' },
  { name: 'emergency', viewer: { role: 'emergency', now: NOW }, rules: 'emergency' },
  { name: 'parent', viewer: { role: 'parent', delegationId: 'd-par', now: NOW }, rules: 'parent' },
  { name: 'delegate with a parental delegation', viewer: { role: 'delegate', delegationId: 'd-par', now: NOW }, rules: 'parent' },
  { name: 'delegate', viewer: { role: 'delegate', delegationId: 'd-vol', now: NOW }, rules: 'delegate' },
  { name: 'citizen', viewer: { role: 'citizen', now: NOW }, rules: 'citizen' },
];

/**
 * The converse: everything the rules let this viewer see is in the view, as it is in the record.
 * R′ (what the rules leave) is written here, so a view that hides too much — an event, a care path,
 * a link, a consent, a log row, an issue — fails, which comparing with viewFor(R′) cannot see.
 */
function expectAllAllowed(v: FseView, r: FseRecord, pruned: ReturnType<typeof deleteForbidden>, rules: Role, name: string): void {
  const professional = rules === 'clinician' || rules === 'emergency';
  const careConsent = r.consents.filter((c) => c.scope === 'consultation' && c.purpose === 'care').reduce<Consent | undefined>((a, b) => (!a || (b.date?.start ?? 0) >= (a.date?.start ?? 0) ? b : a), undefined);
  if (rules === 'clinician' && careConsent?.decision !== 'permit') {
    expect(v.restriction, `${name}: no consent`).to.equal('no-consent');
    expect(v.events, name).to.deep.equal([]);
    expect(v.issues, name).to.deep.equal([]);
    return;
  }
  expect(v.restriction, `${name}: not restricted`).to.equal(undefined);
  const R = pruned.record;
  expect(v.events, `${name}: every allowed event, with its allowed links`).to.deep.equal(R.events);
  expect(v.carePaths, `${name}: every allowed care path`).to.deep.equal(R.carePaths);
  expect(v.consents, `${name}: consents`).to.deep.equal(professional ? [] : R.consents);
  expect(v.delegations, `${name}: delegations`).to.deep.equal(professional ? [] : R.delegations);
  expect(v.accessLog, `${name}: access log`).to.deep.equal(professional ? [] : R.accessLog);
  const patient = rules === 'citizen' ? r.patient : { ...r.patient, exemptions: r.patient.exemptions.filter((x) => x.kind !== 'income') };
  expect(v.patient, `${name}: patient`).to.deep.equal(patient);
  // issues: the citizen sees every issue not about what R′ lost; anyone else those naming only what they see
  const shown = new Set<string>([r.patient.id, ...R.events.map((e) => e.id), ...R.carePaths.flatMap((c) => [c.id, ...c.steps.map((s) => s.id)])]);
  if (!professional) for (const x of [...R.consents, ...R.delegations, ...R.accessLog]) shown.add(x.id);
  const issues = rules === 'citizen' ? pruned.issues : pruned.issues.filter((i) => (i.subjectIds ?? []).length > 0 && i.subjectIds!.every((id) => shown.has(id)));
  expect(v.issues, `${name}: issues`).to.deep.equal(issues);
}

describe('viewFor: as if it never existed (property)', () => {
  for (const { name, viewer, rules } of VIEWERS) {
    it(`${name}: view(R) deep-equals view(R without what the ${name} may not see), and holds all of it`, async () => {
      const { seed, path } = await runSeed();
      fc.assert(
        fc.property(specArb, (spec) => {
          const { record: r, issues } = build(spec);
          const before = JSON.stringify(r);
          const v = viewFor(r, viewer, issues);
          const pruned = deleteForbidden(r, issues, rules);
          const v2 = viewFor(pruned.record, viewer, pruned.issues);
          expect(v).to.deep.equal(v2);
          expect(JSON.stringify(r), 'record unchanged').to.equal(before);
          if (!v.restriction) {
            const text = JSON.stringify(v);
            for (const id of pruned.removed) expect(text.includes(`"${id}"`), `trace of ${id}`).to.equal(false);
          }
          expectAllAllowed(v, r, pruned, rules, name);
        }),
        { numRuns: 300, seed, ...(path ? { path } : {}), includeErrorInReport: true },
      );
    });
  }

  it('the converse is not vacuous: a view that hides one allowed thing too many fails it', () => {
    const samples = fc.sample(specArb, { numRuns: 200, seed: 7 });
    let caught = 0;
    for (const spec of samples) {
      const { record: r, issues } = build(spec);
      const v = viewFor(r, { role: 'citizen', now: NOW }, issues);
      if (!v.events.length) continue;
      const tooMuch = { ...v, events: v.events.slice(1) };
      try {
        expectAllAllowed(tooMuch, r, deleteForbidden(r, issues, 'citizen'), 'citizen', 'citizen');
      } catch {
        caught++;
        continue;
      }
      expect.fail('a view missing an allowed event passed the converse check');
    }
    expect(caught).to.be.greaterThan(100);
  });

  it('the property is not vacuous: random records do hide things from clinicians', () => {
    const samples = fc.sample(specArb, { numRuns: 200, seed: 7 });
    let hiddenSomething = 0;
    for (const spec of samples) {
      const { record: r } = build(spec);
      const v = viewFor(r, { role: 'clinician', now: NOW });
      if (!v.restriction && v.events.length < r.events.length) hiddenSomething++;
    }
    expect(hiddenSomething).to.be.greaterThan(20);
  });
});

/** A hand-made record where every kind of derived object exists, checked the same way. */
describe('viewFor: as if it never existed (worked example)', () => {
  it('an obscured specialist prescription, its echo report, care path and log rows vanish for a clinician', () => {
    const r = record({
      events: [
        doc('presc', 'PRESC_SPEC', { nre: [NRE_1], date: day(100), privacy: privacy({ obscured: true }) }),
        doc('echo', 'RSA', { nre: [NRE_1], date: day(900), eventIds: ['echo-obs'] }),
        event('echo-obs', { documentId: 'echo', date: day(900), carePathIds: ['cp'] }),
        doc('lab', 'LAB', { date: day(50) }),
      ],
      carePaths: [carePath('cp', { eventIds: ['echo-obs'], steps: [step('cp.s', { eventIds: ['echo-obs'] })] })],
      consents: [careConsent()],
      accessLog: [access('l1', ['echo']), access('l2', ['lab', 'presc'])],
    });
    const issues = [issue('i1', ['echo-obs']), issue('i2', ['lab'])];
    const pruned = deleteForbidden(r, issues, 'clinician');
    expect([...pruned.removed].sort()).to.deep.equal(['echo', 'echo-obs', 'l1', 'presc']);
    const v = viewFor(r, { role: 'clinician', now: NOW }, issues);
    expect(v).to.deep.equal(viewFor(pruned.record, { role: 'clinician', now: NOW }, pruned.issues));
    expect(v.events.map((e) => e.id)).to.deep.equal(['lab']);
    expect(v.carePaths[0]!.steps[0]!.eventIds).to.deep.equal([]);
    expect(v.issues.map((i) => i.code)).to.deep.equal(['i2']);
  });
});
