/**
 * viewFor at its edges, written where mutation testing (npm run mutate) found promises of view.ts
 * and cascade.ts that no test held: which care consent decides (latest by date, undated oldest,
 * the later of two on the same day), the validity window of a delegation to the millisecond, what
 * a restricted view keeps of the patient, the order of the Patient Summaries an emergency sees
 * first, version links to hidden documents, and records with missing lists or broken NREs.
 */
import { expect } from '@open-wc/testing';
import { obscuringCascade, viewFor, type CarePath, type CarePathStep, type ClinicalEvent, type Consent, type FseRecord } from '@percorso/model';
import { access, careConsent, carePath, day, delegation, dispensation, doc, event, NOW, NRE_2, patient, prescription, privacy, protectedVisibility, record, step } from './records.js';

const clinician = { role: 'clinician', now: NOW } as const;
const ids = (events: readonly ClinicalEvent[]) => events.map((e) => e.id);

describe('viewFor — which care consent decides', () => {
  const seesWith = (consents: Consent[]) => viewFor(record({ consents, events: [event('o')] }), clinician).restriction === undefined;

  it('the latest by date, whatever the order of the list', () => {
    expect(seesWith([careConsent('deny', 5), careConsent('permit', 10)])).to.equal(true);
    expect(seesWith([careConsent('permit', 10), careConsent('deny', 5)])).to.equal(true);
    expect(seesWith([careConsent('deny', 20), careConsent('permit', 10)])).to.equal(false);
    expect(seesWith([careConsent('permit', 10), careConsent('deny', 20)])).to.equal(false);
  });

  it('on the same day the later in the list; an undated consent counts as the oldest', () => {
    expect(seesWith([careConsent('deny', 10, 'a'), careConsent('permit', 10, 'b')])).to.equal(true);
    expect(seesWith([careConsent('permit', 10, 'a'), careConsent('deny', 10, 'b')])).to.equal(false);
    const undatedPermit: Consent = { id: 'u', scope: 'consultation', purpose: 'care', decision: 'permit', source: [] };
    expect(seesWith([careConsent('deny', 1), undatedPermit])).to.equal(false);
    expect(seesWith([undatedPermit])).to.equal(true);
    const badDate = { ...undatedPermit, id: 'nan', date: { ...day(30), start: Number.NaN } };
    expect(seesWith([careConsent('deny', 1), badDate])).to.equal(false);
  });

  it('only consultation consents for care: a later one for prevention, or another scope, does not decide', () => {
    const prevention: Consent = { id: 'prev', scope: 'consultation', purpose: 'prevention', decision: 'permit', date: day(30), source: [] };
    const feeding: Consent = { id: 'feed', scope: 'feeding', decision: 'permit', date: day(40), source: [] };
    expect(seesWith([careConsent('deny', 10), prevention, feeding])).to.equal(false);
    expect(seesWith([careConsent('permit', 10), { ...prevention, decision: 'deny' }, { ...feeding, decision: 'deny' }])).to.equal(true);
  });
});

describe('viewFor — a delegation’s validity window', () => {
  const view = (p: Parameters<typeof delegation>[1], now = NOW) =>
    viewFor(record({ delegations: [delegation('d', p)], events: [event('o')] }), { role: 'delegate', delegationId: 'd', now });

  it('starts at the first millisecond of validFrom and ends at the end of validTo', () => {
    const from = day(2000); // 24 June 2025
    const to = day(2100);
    expect(view({ validFrom: from }, from.start - 1).restriction).to.equal('inactive-delegation');
    expect(view({ validFrom: from }, from.start).restriction).to.equal(undefined);
    expect(view({ validFrom: from, validTo: to }, to.end - 1).restriction).to.equal(undefined);
    expect(view({ validFrom: from, validTo: to }, to.end).restriction).to.equal('inactive-delegation');
    expect(view({ validFrom: undefined, validTo: undefined }, 0).events).to.have.length(1);
  });
});

describe('viewFor — what a restricted view keeps of the patient', () => {
  it('who they are (name, identifiers, fiscal code, birth date, sex), nothing of their health', () => {
    const p = patient();
    const v = viewFor(record({ consents: [careConsent('deny')], events: [event('o')] }), clinician);
    expect(v.restriction).to.equal('no-consent');
    expect(v.patient).to.deep.equal({
      id: p.id,
      identifiers: p.identifiers,
      given: p.given,
      family: p.family,
      name: p.name,
      cf: p.cf,
      birthDate: p.birthDate,
      sex: p.sex,
      exemptions: [],
      source: p.source,
    });
  });

  it('adds no empty fields the record did not have', () => {
    const p = patient();
    delete p.cf;
    delete p.birthDate;
    delete p.sex;
    const v = viewFor(record({ patient: p, consents: [] }), clinician);
    expect(Object.keys(v.patient).sort()).to.deep.equal(['exemptions', 'family', 'given', 'id', 'identifiers', 'name', 'source']);
  });

  it('a professional sees exemptions but those for income; the citizen sees all', () => {
    const r = record({ events: [event('o')] });
    expect(viewFor(r, clinician).patient.exemptions.map((x) => x.code)).to.deep.equal(['0A31']);
    expect(viewFor(r, { role: 'emergency', now: NOW }).patient.exemptions.map((x) => x.code)).to.deep.equal(['0A31']);
    expect(viewFor(r, { role: 'citizen', now: NOW }).patient.exemptions.map((x) => x.code)).to.deep.equal(['E01', '0A31']);
    // Without an income exemption the patient is passed on as it is.
    const plain = record({ patient: patient({ exemptions: [{ code: '0A31', kind: 'pathology' }] }) });
    expect(viewFor(plain, clinician).patient).to.equal(plain.patient);
  });
});

describe('viewFor — the Patient Summaries an emergency sees first', () => {
  const pss = (id: string, when: number, status: 'current' | 'superseded' | 'entered-in-error' = 'current') => doc(id, 'PSS', { date: day(when), status });
  const r = record({
    events: [
      pss('pss-old', 10),
      pss('pss-new', 30),
      pss('pss-b', 20),
      pss('pss-a', 20),
      pss('pss-replaced', 50, 'superseded'),
      pss('pss-older-replaced', 5, 'superseded'),
      pss('pss-error', 60, 'entered-in-error'),
      doc('lab', 'LAB', { date: day(70) }),
      // a document event without its metadata (bad data) is no Patient Summary, and no crash
      event('bare', { kind: 'document', date: day(80) }),
    ],
  });

  it('current before superseded, newest first, on the same day by id; never one entered in error', () => {
    const v = viewFor(r, { role: 'emergency', now: NOW });
    expect(v.firstIds).to.deep.equal(['pss-new', 'pss-a', 'pss-b', 'pss-old', 'pss-replaced', 'pss-older-replaced']);
  });

  it('only in an emergency view', () => {
    expect(viewFor(r, clinician)).to.not.have.property('firstIds');
    expect(viewFor(r, { role: 'citizen', now: NOW })).to.not.have.property('firstIds');
  });
});

describe('viewFor — links to hidden documents', () => {
  it('drops version links (replaces / replacedBy) to a hidden version and keeps those between visible ones', () => {
    const r = record({
      events: [
        doc('v1', 'LDO', { date: day(1), status: 'superseded', privacy: privacy({ obscured: true }) }),
        doc('v2', 'LDO', { date: day(2) }),
        doc('w1', 'LDO', { date: day(3), status: 'superseded' }),
        doc('w2', 'LDO', { date: day(4), privacy: privacy({ obscured: true }) }),
        doc('x1', 'LDO', { date: day(5), status: 'superseded' }),
        doc('x2', 'LDO', { date: day(6) }),
      ].map((e) => {
        const links: Record<string, { replaces?: string; replacedBy?: string }> = {
          v1: { replacedBy: 'v2' },
          v2: { replaces: 'v1' },
          w1: { replacedBy: 'w2' },
          w2: { replaces: 'w1' },
          x1: { replacedBy: 'x2' },
          x2: { replaces: 'x1' },
        };
        return { ...e, document: { ...e.document!, ...links[e.id] } };
      }),
    });
    const v = viewFor(r, clinician);
    expect(ids(v.events)).to.deep.equal(['v2', 'w1', 'x1', 'x2']);
    const d = (id: string) => v.events.find((e) => e.id === id)!.document!;
    expect(d('v2')).to.not.have.property('replaces');
    expect(d('w1')).to.not.have.property('replacedBy');
    expect(d('x1').replacedBy).to.equal('x2');
    expect(d('x2').replaces).to.equal('x1');
    // the citizen sees every version with every link
    const citizen = viewFor(r, { role: 'citizen', now: NOW });
    expect(citizen.events.find((e) => e.id === 'v2')!.document!.replaces).to.equal('v1');
  });

  it('keeps the links of an event to visible things while dropping those to hidden ones', () => {
    const r = record({
      events: [
        event('visit', { kind: 'encounter', date: day(1), encounter: { class: 'AMB' } }),
        event('secret-stay', { kind: 'encounter', date: day(1), encounter: { class: 'IMP' }, privacy: privacy({ obscured: true }) }),
        event('bp', { date: day(2), encounterId: 'visit' }),
        event('hb', { date: day(2), encounterId: 'secret-stay' }),
        event('phase', { kind: 'encounter', date: day(2), encounter: { class: 'EMER', partOf: 'visit' } }),
      ],
    });
    const v = viewFor(r, clinician);
    const e = (id: string) => v.events.find((x) => x.id === id)!;
    expect(e('bp').encounterId).to.equal('visit');
    expect(e('hb')).to.not.have.property('encounterId');
    expect(e('phase').encounter!.partOf).to.equal('visit');
  });

  it('takes hidden events out of a care path, its steps and bookings, and leaves an untouched path as it is', () => {
    const path = (id: string, p: Partial<CarePath>) => carePath(id, p);
    const r = record({
      events: [
        event('ok', { date: day(1) }),
        event('secret', { date: day(2), privacy: privacy({ obscured: true }) }),
        event('secret-booking', { kind: 'appointment', date: day(3), privacy: privacy({ obscured: true }) }),
        event('rx', { kind: 'medication', date: day(4) }),
      ],
      carePaths: [
        path('touched', {
          eventIds: ['ok', 'secret'],
          therapyIds: ['rx', 'secret'],
          steps: [step('s1', { eventIds: ['secret', 'ok'], bookingId: 'secret-booking' }), step('s2', { eventIds: ['ok'] })],
        }),
        path('therapy-only', { therapyIds: ['secret'] }),
        path('step-only', { steps: [step('s3', { bookingId: 'secret-booking' })] }),
        path('clean', { eventIds: ['ok'], steps: [step('s4', { eventIds: ['ok'] })] }),
      ],
    });
    const v = viewFor(r, clinician);
    const p = (id: string) => v.carePaths.find((x) => x.id === id)!;
    expect(p('touched').eventIds).to.deep.equal(['ok']);
    expect(p('touched').therapyIds).to.deep.equal(['rx']);
    expect(p('touched').steps).to.deep.equal([step('s1', { eventIds: ['ok'] }), step('s2', { eventIds: ['ok'] })]);
    expect(p('touched').steps[1]).to.equal(r.carePaths[0]!.steps[1]);
    expect(p('therapy-only').therapyIds).to.deep.equal([]);
    expect(p('step-only').steps).to.deep.equal([step('s3')]);
    expect(p('clean')).to.equal(r.carePaths[3]);
  });
});

describe('viewFor and obscuringCascade on records with holes', () => {
  it('reads a record without consents, delegations, access log or care paths as empty lists', () => {
    const r = { patient: patient(), events: [doc('d', 'LAB', { date: day(1) })], timeZone: 'Europe/Rome' } as unknown as FseRecord;
    const citizen = viewFor(r, { role: 'citizen', now: NOW });
    expect(ids(citizen.events)).to.deep.equal(['d']);
    expect([citizen.consents, citizen.delegations, citizen.accessLog, citizen.carePaths]).to.deep.equal([[], [], [], []]);
    // the professional without a consent list has no consent
    expect(viewFor(r, clinician).restriction).to.equal('no-consent');
    expect(viewFor(r, { role: 'delegate', delegationId: 'd-vol', now: NOW }).restriction).to.equal('inactive-delegation');
  });

  it('reads a care path without lists, and an access entry without documents', () => {
    const hiddenDoc = doc('h', 'LAB', { date: day(1), privacy: privacy({ obscured: true }) });
    const bare = { ...carePath('bare'), eventIds: undefined, therapyIds: undefined, steps: [{ ...step('s'), eventIds: undefined }] } as unknown as CarePath;
    const r = record({
      events: [hiddenDoc, event('ok', { date: day(2) })],
      carePaths: [bare, { ...carePath('no-steps', { eventIds: ['h'] }), steps: undefined } as unknown as CarePath],
      accessLog: [{ id: 'a', at: day(3), actor: {}, action: 'read', emergency: false, outcome: 'success', source: [] } as never],
    });
    const v = viewFor(r, { role: 'emergency', now: NOW });
    expect(v.carePaths.find((p) => p.id === 'bare')).to.equal(bare);
    const noSteps = v.carePaths.find((p) => p.id === 'no-steps')!;
    expect([noSteps.eventIds, noSteps.therapyIds, noSteps.steps]).to.deep.equal([[], [], []]);
    expect(ids(v.events)).to.deep.equal(['ok']);
  });

  it('a prescription without an NRE, or with NREs that are not text, cascades to nothing and breaks nothing', () => {
    const noNre = { ...prescription('rx', NRE_2), medication: { kind: 'prescription', medication: [] } } as ClinicalEvent;
    const events = [
      noNre,
      dispensation('disp', NRE_2),
      { ...dispensation('disp-no-nre', NRE_2), medication: { kind: 'dispensation', medication: [] } } as ClinicalEvent,
      doc('presc', 'PRESC_FARM', { nre: [42 as unknown as string, NRE_2] }),
      doc('erog', 'EROG_FARM', { nre: [NRE_2] }),
      // a medication event without its details
      event('med', { kind: 'medication' }),
    ];
    expect(obscuringCascade(events, 'rx')).to.deep.equal([]);
    // a number among the NREs is skipped; the text one still cascades
    expect(obscuringCascade(events, 'presc')).to.deep.equal(['disp', 'erog']);
    const r = record({ events: events.map((e) => (e.id === 'presc' || e.id === 'med' ? { ...e, privacy: privacy({ obscured: true }) } : e)) });
    expect(ids(viewFor(r, clinician).events)).to.have.members(['rx', 'disp-no-nre']);
  });
});

describe('viewFor — who is asking', () => {
  const r = record({
    events: [
      doc('pss', 'PSS', { date: day(1) }),
      event('p97', { date: day(2), privacy: privacy({ hiddenFromParent: true }) }),
      // an event without privacy labels: shown to the citizen, withheld from everyone else (fail closed)
      { ...event('unlabelled', { date: day(3) }), privacy: undefined } as unknown as ClinicalEvent,
    ],
  });

  it('hands back the viewer as given, with only the purpose a professional role implies', () => {
    expect(viewFor(r, { role: 'citizen', now: NOW }).viewer).to.deep.equal({ role: 'citizen', now: NOW });
    expect(viewFor(r, { role: 'delegate', delegationId: 'd-vol', now: NOW }).viewer).to.deep.equal({ role: 'delegate', delegationId: 'd-vol', now: NOW });
    expect(viewFor(r, clinician).viewer).to.deep.equal({ role: 'clinician', purpose: 'TREATMENT', now: NOW });
    expect(viewFor(r, { role: 'emergency', now: NOW }).viewer).to.deep.equal({ role: 'emergency', purpose: 'EMERGENCY', now: NOW });
  });

  it('a public-health emergency purpose opens the emergency view without a consent; an unknown role sees nothing', () => {
    const noConsent = record({ ...r, consents: [] });
    const v = viewFor(noConsent, { role: 'clinician', purpose: 'PUBEMERGENCY', now: NOW });
    expect(v.restriction).to.equal(undefined);
    expect(v.firstIds).to.deep.equal(['pss']);
    const nobody = viewFor(r, { role: 'nurse', now: NOW } as never);
    expect(nobody.restriction).to.equal('no-consent');
    expect(nobody.events).to.deep.equal([]);
  });

  it('a parental delegation hides what the minor withheld from parents, whatever role name the portal uses', () => {
    const seen = (role: 'delegate' | 'parent', delegationId: string) => ids(viewFor(r, { role, delegationId, now: NOW }).events);
    expect(seen('delegate', 'd-vol')).to.include('p97');
    expect(seen('delegate', 'd-par')).to.not.include('p97');
    expect(seen('parent', 'd-vol')).to.not.include('p97');
    expect(ids(viewFor(r, { role: 'citizen', now: NOW }).events)).to.include('p97');
  });

  it('an event without privacy labels only for the citizen', () => {
    expect(ids(viewFor(r, { role: 'citizen', now: NOW }).events)).to.include('unlabelled');
    expect(ids(viewFor(r, clinician).events)).to.not.include('unlabelled');
    expect(ids(viewFor(r, { role: 'delegate', delegationId: 'd-vol', now: NOW }).events)).to.not.include('unlabelled');
  });

  it('without `now`, the delegation window is checked against the clock', () => {
    const expired = record({ ...r, delegations: [delegation('old', { validTo: day(1) })] });
    expect(viewFor(expired, { role: 'delegate', delegationId: 'old' }).restriction).to.equal('inactive-delegation');
    const future = record({ ...r, delegations: [delegation('soon', { validFrom: { ...day(0), start: Date.now() + 86_400_000 } })] });
    expect(viewFor(future, { role: 'delegate', delegationId: 'soon' }).restriction).to.equal('inactive-delegation');
  });
});

describe('viewFor — entries that are not entries (a host building records by hand)', () => {
  // null, a number, an object without a string id: nobody can say who may see them, so no view
  // shows them, and none of them stops the view of everything else.
  const junk = [null, undefined, 7, 'x', {}, { id: 12 }] as unknown[];
  const withJunk = (): FseRecord => ({
    ...record(),
    events: [...junk, event('ok'), ...junk] as ClinicalEvent[],
    carePaths: [...junk, carePath('cp', { steps: [...junk, step('s1')] as CarePath['steps'] })] as CarePath[],
    consents: [...junk, careConsent('permit', 10)] as Consent[],
    delegations: [...junk, delegation('d')] as FseRecord['delegations'],
    accessLog: [...junk] as FseRecord['accessLog'],
  });
  const viewers = [
    { role: 'citizen', now: NOW },
    { role: 'clinician', now: NOW },
    { role: 'emergency', now: NOW },
    { role: 'delegate', delegationId: 'd', now: NOW },
    { role: 'parent', delegationId: 'd', now: NOW },
  ] as const;

  for (const viewer of viewers) {
    it(`are left out of the ${viewer.role}'s view, and the rest is shown`, () => {
      const v = viewFor(withJunk(), viewer);
      expect(v.restriction).to.equal(undefined);
      expect(ids(v.events)).to.deep.equal(['ok']);
      expect(v.carePaths.map((p) => p.id)).to.deep.equal(['cp']);
      expect(v.carePaths[0]!.steps.map((s) => s.id)).to.deep.equal(['s1']);
      const patientSide = viewer.role === 'clinician' || viewer.role === 'emergency' ? [] : undefined;
      expect(v.consents.map((c) => c.id)).to.deep.equal(patientSide ?? [careConsent('permit', 10).id]);
      expect(v.delegations.map((d) => d.id)).to.deep.equal(patientSide ?? ['d']);
      expect(v.accessLog).to.deep.equal([]);
    });
  }
});

describe('viewFor — promises that the second mutation run found unheld', () => {
  const hiv = privacy({ protectedCategory: 'HIV' });
  const citizen = { role: 'citizen', now: NOW } as const;

  it('a care consent is one of consultation: a later deny of another scope for care does not revoke it', () => {
    const feedingForCare: Consent = { id: 'f', scope: 'feeding', purpose: 'care', decision: 'deny', date: day(50), source: [] };
    expect(viewFor(record({ consents: [careConsent('permit', 10), feedingForCare], events: [event('o')] }), clinician).restriction).to.equal(undefined);
  });

  it('a restricted view holds nothing of the patient’s side: no consents, delegations or access log', () => {
    const r = record({ consents: [careConsent('deny')], accessLog: [access('a', [])], events: [event('o')] });
    const v = viewFor(r, clinician);
    expect(v.restriction).to.equal('no-consent');
    expect([v.events, v.carePaths, v.consents, v.delegations, v.accessLog, v.issues]).to.deep.equal([[], [], [], [], [], []]);
  });

  it('fromFhir’s result without an issues list gives a view with none', () => {
    const v = viewFor({ record: record({ events: [event('o')] }) } as unknown as Parameters<typeof viewFor>[0], citizen);
    expect(ids(v.events)).to.deep.equal(['o']);
    expect(v.issues).to.deep.equal([]);
  });

  it('a record without an events list is a record (not taken for fromFhir’s result): an empty view, no error', () => {
    const r = record();
    delete (r as Partial<FseRecord>).events;
    const v = viewFor(r, citizen);
    expect(v.events).to.deep.equal([]);
    expect(v.patient.id).to.equal('pat');
  });

  it('an emergency access keeps its own purpose, and is an emergency access whatever purpose it names', () => {
    const r = record({ consents: [careConsent('deny')], events: [event('o'), event('h', { privacy: hiv })] });
    const named = viewFor(r, { role: 'emergency', purpose: 'PUBEMERGENCY', now: NOW });
    expect(named.viewer.purpose).to.equal('PUBEMERGENCY');
    const treatment = viewFor(r, { role: 'emergency', purpose: 'TREATMENT', now: NOW });
    expect(treatment.restriction).to.equal(undefined); // no care consent needed in an emergency
    expect(ids(treatment.events)).to.deep.equal(['o']); // and protected categories stay hidden
  });

  it('only a protected-visibility consent with a document decides that document: a consultation consent naming it does not', () => {
    const h = doc('h', 'LAB', { privacy: hiv });
    const other: Consent = { id: 'c2', scope: 'consultation', purpose: 'care', decision: 'permit', documentId: 'h', date: day(30), source: [] };
    expect(ids(viewFor(record({ consents: [careConsent('permit'), other], events: [h] }), clinician).events)).to.deep.equal([]);
    const noDoc: Consent = { id: 'pv', scope: 'protected-visibility', decision: 'permit', date: day(30), source: [] };
    expect(ids(viewFor(record({ consents: [careConsent('permit'), noDoc], events: [h] }), clinician).events)).to.deep.equal([]);
  });

  it('of two protected-visibility decisions the later by date wins, and on the same day the later in the list', () => {
    const h = doc('h', 'LAB', { privacy: hiv });
    const sees = (consents: Consent[]) => ids(viewFor(record({ consents: [careConsent('permit'), ...consents], events: [h] }), clinician).events).includes('h');
    expect(sees([protectedVisibility('h', 'permit', 30), protectedVisibility('h', 'deny', 20)])).to.equal(true);
    expect(sees([protectedVisibility('h', 'deny', 30), protectedVisibility('h', 'permit', 20)])).to.equal(false);
    const sameDay = (a: Consent['decision'], b: Consent['decision']) => [
      { ...protectedVisibility('h', a, 30), id: 'first' },
      { ...protectedVisibility('h', b, 30), id: 'second' },
    ];
    expect(sees(sameDay('deny', 'permit'))).to.equal(true);
    expect(sees(sameDay('permit', 'deny'))).to.equal(false);
  });

  it('a view’s lists are its own: changing them leaves the record as it was', () => {
    const r = record({ events: [event('o')] });
    const v = viewFor(r, citizen);
    (v.delegations as unknown[]).length = 0;
    expect(r.delegations).to.have.length(2);
  });

  it('an access log entry that names no document stays when documents are hidden', () => {
    const entry = { ...access('a', []) } as Partial<ReturnType<typeof access>>;
    delete entry.documentIds;
    const r = record({ accessLog: [entry as ReturnType<typeof access>], events: [doc('p', 'LAB', { privacy: privacy({ hiddenFromPatient: true }) })] });
    expect(viewFor(r, citizen).accessLog.map((a) => a.id)).to.deep.equal(['a']);
  });

  it('only documents open first in an emergency: an entry carrying a Patient Summary’s metadata is not one', () => {
    const pss = doc('pss', 'PSS');
    const entry = event('entry', { kind: 'observation', document: pss.document });
    expect(viewFor(record({ events: [pss, entry] }), { role: 'emergency', now: NOW }).firstIds).to.deep.equal(['pss']);
  });

  it('Patient Summaries of the same day open in the order of their ids', () => {
    const v = viewFor(record({ events: [doc('pss-b', 'PSS'), doc('pss-a', 'PSS'), doc('pss-c', 'PSS')] }), { role: 'emergency', now: NOW });
    expect(v.firstIds).to.deep.equal(['pss-a', 'pss-b', 'pss-c']);
  });

  it('unlinking a hidden care path keeps the event’s other links, and lists it did not have stay absent', () => {
    const hiddenPath = carePath('cp-h', { privacy: privacy({ hiddenFromPatient: true }) });
    const visit = event('visit', { kind: 'encounter' });
    const e = event('e', { encounterId: 'visit', carePathIds: ['cp-h'] });
    const v = viewFor(record({ carePaths: [hiddenPath], events: [visit, e] }), citizen);
    const out = v.events.find((x) => x.id === 'e')!;
    expect(out.encounterId).to.equal('visit');
    expect(out.carePathIds).to.deep.equal([]);
  });

  it('an event whose encounter is hidden loses that link and gains no care-path list', () => {
    const visit = event('visit', { kind: 'encounter', privacy: privacy({ hiddenFromPatient: true }) });
    const e = event('e', { encounterId: 'visit' });
    delete (e as Partial<ClinicalEvent>).carePathIds;
    const v = viewFor(record({ carePaths: [carePath('cp-h', { privacy: privacy({ hiddenFromPatient: true }) })], events: [visit, e] }), citizen);
    const out = v.events.find((x) => x.id === 'e')!;
    expect(out).to.not.have.property('encounterId');
    expect(out).to.not.have.property('carePathIds');
  });

  it('a phase of a hidden stay keeps the rest of its encounter details', () => {
    const stay = event('stay', { kind: 'encounter', privacy: privacy({ hiddenFromPatient: true }) });
    const phase = event('phase', { kind: 'encounter', encounter: { class: 'EMER', partOf: 'stay' } });
    const out = viewFor(record({ events: [stay, phase] }), citizen).events.find((x) => x.id === 'phase')!;
    expect(out.encounter).to.deep.equal({ class: 'EMER' });
  });

  it('a care path and its steps without id lists lose their links to hidden events without error', () => {
    const hidden = event('h', { privacy: privacy({ hiddenFromPatient: true }) });
    const s = step('s', { bookingId: 'h' });
    delete (s as Partial<CarePathStep>).eventIds;
    const cp = carePath('cp', { steps: [s], eventIds: ['h'] });
    delete (cp as Partial<CarePath>).therapyIds;
    const out = viewFor(record({ carePaths: [cp], events: [hidden] }), citizen).carePaths[0]!;
    expect(out.eventIds).to.deep.equal([]);
    expect(out.therapyIds).to.deep.equal([]);
    expect(out.steps[0]).to.deep.equal({ id: 's', title: 'S-s', status: 'planned', eventIds: [] });
  });
});

describe('obscuringCascade and the NRE links — what carries a prescription number', () => {
  const NRE = '120A04005123456';
  const presc = () => doc('p', 'PRESC_FARM', { nre: [NRE], privacy: privacy({ obscured: true }) });

  it('lists the documents that follow, not the entries read from inside them (they follow their document)', () => {
    const erog = doc('d', 'EROG_FARM', { nre: [NRE] });
    const inside = event('x', { documentId: 'd' });
    const listedDoc = doc('d2', 'EROG_FARM', { nre: [NRE], documentId: 'd' });
    expect(obscuringCascade([presc(), erog, inside, listedDoc], 'p')).to.deep.equal(['d', 'd2']);
  });

  it('a prescription document without an NRE list links nothing', () => {
    const bare = doc('p', 'PRESC_FARM');
    delete (bare.document as { nre?: string[] }).nre;
    expect(obscuringCascade([bare, doc('d', 'EROG_FARM', { nre: [NRE] })], 'p')).to.deep.equal([]);
  });

  it('only documents and medication events carry an NRE: an entry with a document’s metadata neither starts nor follows a cascade', () => {
    const lookalike = event('o', { kind: 'observation', document: presc().document });
    expect(obscuringCascade([lookalike, doc('d', 'EROG_FARM', { nre: [NRE] })], 'o')).to.deep.equal([]);
    const follower = event('f', { kind: 'observation', document: doc('z', 'EROG_FARM', { nre: [NRE] }).document });
    const v = viewFor(record({ events: [presc(), follower] }), clinician);
    expect(ids(v.events)).to.deep.equal(['f']);
  });
});
