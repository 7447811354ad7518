/**
 * viewFor: each privacy rule on hand-built records. What a viewer may not see must be absent —
 * no event, no count, no link, no access-log row, no issue — not merely flagged.
 */
import { expect } from '@open-wc/testing';
import { viewFor, type FseRecord, type FseView, type Viewer } from '@percorso/model';
import {
  access,
  careConsent,
  carePath,
  day,
  delegation,
  doc,
  event,
  issue,
  NOW,
  patient,
  privacy,
  protectedVisibility,
  record,
  step,
} from './records.js';

const clinician: Viewer = { role: 'clinician', now: NOW };
const emergency: Viewer = { role: 'emergency', now: NOW };
const citizen: Viewer = { role: 'citizen', now: NOW };
const delegate: Viewer = { role: 'delegate', delegationId: 'd-vol', now: NOW };
const parent: Viewer = { role: 'parent', delegationId: 'd-par', now: NOW };

const ids = (v: FseView): string[] => v.events.map((e) => e.id);
/** The view as text, to look for any trace of an id. */
const mentions = (v: FseView, id: string): boolean => JSON.stringify(v).includes(`"${id}"`) || JSON.stringify(v).includes(`T-${id}`);

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** A record with an obscured chest X-ray (with an observation inside), a visible lab report and a visit. */
function obscuredXray(): FseRecord {
  return record({
    events: [
      doc('lab', 'LAB', { date: day(10), eventIds: ['hb'] }),
      event('hb', { documentId: 'lab', date: day(10) }),
      doc('rx', 'RAD', { date: day(400), eventIds: ['rx-obs'], privacy: privacy({ obscured: true }) }),
      event('rx-obs', { documentId: 'rx', date: day(400), privacy: privacy({ obscured: true }) }),
      event('visit', { kind: 'encounter', date: day(200) }),
    ],
    accessLog: [access('log-rx', ['rx']), access('log-lab', ['lab']), access('log-both', ['lab', 'rx']), access('log-search', [])],
    carePaths: [
      carePath('cp-rx', { documentId: 'rx', eventIds: ['rx-obs'] }),
      carePath('cp-ok', {
        eventIds: ['visit', 'rx-obs'],
        steps: [step('s1', { eventIds: ['rx-obs', 'visit'], status: 'done' }), step('s2', { bookingId: 'rx-obs' })],
      }),
    ],
  });
}

describe('viewFor', () => {
  describe('obscured documents (P99)', () => {
    it('are in the citizen view, with what was read from them', () => {
      const v = viewFor(obscuredXray(), citizen);
      expect(ids(v)).to.include.members(['rx', 'rx-obs']);
      expect(v.carePaths.map((c) => c.id)).to.include('cp-rx');
      expect(v.accessLog.map((a) => a.id)).to.include('log-rx');
    });

    for (const viewer of [clinician, emergency, delegate, parent]) {
      it(`leave no trace in the ${viewer.role} view`, () => {
        const v = viewFor(obscuredXray(), viewer, [issue('invalid-date', ['rx-obs']), issue('general'), issue('lab-ok', ['hb'])]);
        expect(ids(v)).to.deep.equal(['hb', 'lab', 'visit']);
        for (const id of ['rx', 'rx-obs', 'cp-rx', 'log-rx']) expect(mentions(v, id), id).to.equal(false);
        // an issue about nothing in particular could be about the X-ray: the citizen's only
        expect(v.issues.map((i) => i.code)).to.deep.equal(['lab-ok']);
        // the last event is the visit: the date extent does not reach the X-ray's date
        expect(Math.max(...v.events.map((e) => e.date.end))).to.equal(day(200).end);
        const cp = v.carePaths.find((c) => c.id === 'cp-ok')!;
        expect(cp.eventIds).to.deep.equal(['visit']);
        expect(cp.steps[0]!.eventIds).to.deep.equal(['visit']);
        expect(cp.steps[1]!).to.not.have.property('bookingId');
        expect(v).to.not.have.property('restriction');
      });
    }

    it('leave access-log rows about other documents, without the obscured one', () => {
      const v = viewFor(obscuredXray(), delegate);
      expect(v.accessLog.map((a) => [a.id, a.documentIds])).to.deep.equal([
        ['log-lab', ['lab']],
        ['log-both', ['lab']],
        ['log-search', []],
      ]);
    });

    it('never change the record (frozen input)', () => {
      const r = deepFreeze(obscuredXray());
      const before = JSON.stringify(r);
      for (const viewer of [citizen, clinician, emergency, delegate, parent]) viewFor(r, viewer);
      expect(JSON.stringify(r)).to.equal(before);
    });

    it('take the events inside them even when those carry no privacy flag of their own', () => {
      const r = record({
        events: [doc('d', 'RSA', { privacy: privacy({ obscured: true }) }), event('inside', { documentId: 'd' })],
      });
      expect(ids(viewFor(r, clinician))).to.deep.equal([]);
    });

    it('unlink events that point at them (encounter, partOf, document contents)', () => {
      const r = record({
        events: [
          doc('ldo', 'LDO', { privacy: privacy({ obscured: true }) }),
          event('stay', { kind: 'encounter', documentId: 'ldo', date: day(1) }),
          event('phase', { kind: 'encounter', encounter: { partOf: 'stay' }, encounterId: 'stay', date: day(2) }),
          doc('vps', 'VPS', { eventIds: ['phase', 'hidden-obs'], date: day(3) }),
          event('hidden-obs', { documentId: 'vps', privacy: privacy({ obscured: true }), date: day(3) }),
        ],
      });
      const v = viewFor(r, clinician);
      expect(ids(v)).to.deep.equal(['phase', 'vps']);
      const phase = v.events[0]!;
      expect(phase).to.not.have.property('encounterId');
      expect(phase.encounter).to.deep.equal({});
      expect(v.events[1]!.document!.eventIds).to.deep.equal(['phase']);
    });
  });

  describe('protected categories (DM 7/9/2023 art. 6)', () => {
    const r = (extra: Partial<FseRecord> = {}): FseRecord =>
      record({
        events: [
          doc('hiv', 'LAB', { privacy: privacy({ protectedCategory: 'HIV' }), date: day(5) }),
          doc('ivg', 'LDO', { privacy: privacy({ protectedCategory: 'IVG', protectedVisible: true }), date: day(6) }),
          doc('plain', 'LAB', { date: day(7) }),
        ],
        ...extra,
      });

    it('are visible to the citizen', () => {
      expect(ids(viewFor(r(), citizen))).to.deep.equal(['hiv', 'ivg', 'plain']);
    });

    it('are hidden from clinicians unless made visible', () => {
      expect(ids(viewFor(r(), clinician))).to.deep.equal(['ivg', 'plain']);
    });

    it('follow the latest protected-visibility consent for the document', () => {
      const consents = [careConsent(), protectedVisibility('hiv', 'permit', 20), protectedVisibility('ivg', 'deny', 30)];
      expect(ids(viewFor(r({ consents }), clinician))).to.deep.equal(['hiv', 'plain']);
      const revoked = [...consents, protectedVisibility('hiv', 'deny', 40)];
      expect(ids(viewFor(r({ consents: revoked }), clinician))).to.deep.equal(['plain']);
    });

    it('are never shown in emergency, nor to delegates and parents, even when made visible', () => {
      for (const viewer of [emergency, delegate, parent]) expect(ids(viewFor(r(), viewer)), viewer.role).to.deep.equal(['plain']);
    });
  });

  describe('P97 and P98', () => {
    const r = (): FseRecord =>
      record({
        events: [
          doc('p97', 'RSA', { privacy: privacy({ hiddenFromParent: true }), date: day(1) }),
          doc('p98', 'RAP', { privacy: privacy({ hiddenFromPatient: true }), date: day(2) }),
          doc('ok', 'LAB', { date: day(3) }),
        ],
      });

    it('P97 is hidden from the parent only', () => {
      expect(ids(viewFor(r(), parent))).to.deep.equal(['ok']);
      expect(ids(viewFor(r(), delegate))).to.deep.equal(['p97', 'ok']);
      expect(ids(viewFor(r(), citizen))).to.deep.equal(['p97', 'ok']);
      expect(ids(viewFor(r(), clinician))).to.deep.equal(['p97', 'p98', 'ok']);
    });

    it('P97 is hidden from a delegate holding a parental delegation too', () => {
      expect(ids(viewFor(r(), { role: 'delegate', delegationId: 'd-par', now: NOW }))).to.deep.equal(['ok']);
    });

    it('P98 is hidden from the patient and whoever sees as the patient, not from clinicians', () => {
      expect(ids(viewFor(r(), citizen))).to.not.include('p98');
      expect(ids(viewFor(r(), delegate))).to.not.include('p98');
      expect(ids(viewFor(r(), clinician))).to.include('p98');
      expect(ids(viewFor(r(), emergency))).to.include('p98');
    });
  });

  describe('consultation consent (DM 7/9/2023 art. 8)', () => {
    const events = [doc('lab', 'LAB'), doc('pss', 'PSS', { date: day(3) })];

    it('without any consent the clinician view is empty and says why', () => {
      const v = viewFor(record({ events, consents: [] }), clinician, [issue('general')]);
      expect(v.restriction).to.equal('no-consent');
      expect(v.events).to.deep.equal([]);
      expect(v.carePaths).to.deep.equal([]);
      expect(v.issues).to.deep.equal([]);
      expect(v.patient.name).to.equal('Mario Rossi');
      expect(v.patient.exemptions).to.deep.equal([]);
      expect(v.patient).to.not.have.property('address');
    });

    it('the latest consultation consent for care decides', () => {
      const denied = record({ events, consents: [careConsent('permit', 10), careConsent('deny', 20)] });
      expect(viewFor(denied, clinician).restriction).to.equal('no-consent');
      const regiven = record({ events, consents: [careConsent('deny', 20), careConsent('permit', 30)] });
      expect(ids(viewFor(regiven, clinician))).to.deep.equal(['lab', 'pss']);
      const otherPurpose = record({ events, consents: [{ ...careConsent('permit'), purpose: 'prevention' }] });
      expect(viewFor(otherPurpose, clinician).restriction).to.equal('no-consent');
    });

    it('a clinician purpose no consultation purpose covers gets the empty view', () => {
      expect(viewFor(record({ events }), { role: 'clinician', purpose: 'ADMINISTRATIVE' }).restriction).to.equal('no-consent');
    });

    it('defaults the clinician purpose to TREATMENT and the emergency one to EMERGENCY', () => {
      expect(viewFor(record({ events }), { role: 'clinician' }).viewer.purpose).to.equal('TREATMENT');
      expect(viewFor(record({ events }), { role: 'emergency' }).viewer.purpose).to.equal('EMERGENCY');
    });

    it('emergency access needs no consent and lists the Patient Summary first', () => {
      const r = record({
        events: [
          doc('old-pss', 'PSS', { date: day(1), status: 'superseded' }),
          doc('lab', 'LAB', { date: day(2) }),
          doc('pss', 'PSS', { date: day(3) }),
          doc('x', 'PSS', { date: day(4), status: 'entered-in-error' }),
          doc('secret-pss', 'PSS', { date: day(5), privacy: privacy({ obscured: true }) }),
        ],
        consents: [careConsent('deny')],
      });
      const v = viewFor(r, emergency);
      expect(v).to.not.have.property('restriction');
      expect(ids(v)).to.deep.equal(['old-pss', 'lab', 'pss', 'x']); // still by date
      expect(v.firstIds).to.deep.equal(['pss', 'old-pss']);
      // a clinician with purpose EMERGENCY is treated as emergency access
      expect(viewFor(r, { role: 'clinician', purpose: 'EMERGENCY', now: NOW }).firstIds).to.deep.equal(['pss', 'old-pss']);
      expect(viewFor(r, clinician)).to.not.have.property('firstIds');
    });
  });

  describe('delegations', () => {
    const events = [doc('lab', 'LAB')];

    it('an active delegation gives the delegate the record', () => {
      expect(ids(viewFor(record({ events }), delegate))).to.deep.equal(['lab']);
    });

    const inactive: [string, Partial<FseRecord>, Viewer][] = [
      ['no delegation id', {}, { role: 'delegate', now: NOW }],
      ['an unknown delegation', {}, { role: 'delegate', delegationId: 'nope', now: NOW }],
      ['a revoked delegation', { delegations: [delegation('d-vol', { status: 'revoked' })] }, delegate],
      ['a pending delegation', { delegations: [delegation('d-vol', { status: 'pending' })] }, delegate],
      ['an expired period', { delegations: [delegation('d-vol', { validTo: day(100) })] }, delegate],
      ['a period not yet started', { delegations: [delegation('d-vol', { validFrom: day(5000) })] }, delegate],
      ['an incoming delegation', { delegations: [delegation('d-vol', { direction: 'incoming' })] }, delegate],
      ['a parent without a delegation', {}, { role: 'parent', delegationId: 'x', now: NOW }],
    ];
    for (const [what, extra, viewer] of inactive) {
      it(`${what} gives an empty view with restriction inactive-delegation`, () => {
        const v = viewFor(record({ events, accessLog: [access('a', ['lab'])], ...extra }), viewer);
        expect(v.restriction).to.equal('inactive-delegation');
        expect(v.events).to.deep.equal([]);
        expect(v.accessLog).to.deep.equal([]);
        expect(v.consents).to.deep.equal([]);
      });
    }

    it('validity is judged at viewer.now: valid until the end of validTo', () => {
      const r = record({ events, delegations: [delegation('d-vol', { validTo: day(100) })] });
      expect(viewFor(r, { ...delegate, now: day(100).end - 1 }).restriction).to.equal(undefined);
      expect(viewFor(r, { ...delegate, now: day(100).end }).restriction).to.equal('inactive-delegation');
    });
  });

  describe('income exemptions (DM 7/9/2023 art. 3 c.2)', () => {
    it('are the citizen’s only', () => {
      const r = record();
      expect(viewFor(r, citizen).patient.exemptions.map((e) => e.kind)).to.deep.equal(['income', 'pathology']);
      for (const viewer of [clinician, emergency, delegate, parent]) {
        expect(viewFor(r, viewer).patient.exemptions.map((e) => e.kind), viewer.role).to.deep.equal(['pathology']);
      }
    });

    it('a patient without income exemptions is passed through unchanged', () => {
      const p = patient({ exemptions: [] });
      expect(viewFor(record({ patient: p }), clinician).patient).to.equal(p);
    });
  });

  describe('consents, delegations, access log', () => {
    const r = (): FseRecord =>
      record({
        events: [doc('lab', 'LAB'), doc('hiv', 'LAB', { privacy: privacy({ protectedCategory: 'HIV' }) })],
        consents: [careConsent(), protectedVisibility('hiv', 'deny')],
        accessLog: [access('a1', ['lab'])],
      });

    it('are in the citizen, delegate and parent views', () => {
      expect(viewFor(r(), citizen).consents).to.have.length(2);
      expect(viewFor(r(), citizen).delegations).to.have.length(2);
      for (const viewer of [delegate, parent]) {
        const v = viewFor(r(), viewer);
        // the protected document is hidden from them, and so is the consent about it
        expect(v.consents.map((c) => c.id), viewer.role).to.deep.equal(['consent-care-permit-10']);
        expect(v.delegations, viewer.role).to.have.length(2);
        expect(v.accessLog, viewer.role).to.have.length(1);
      }
    });

    it('are empty for professionals, and so are issues about them', () => {
      for (const viewer of [clinician, emergency]) {
        const v = viewFor(r(), viewer, [issue('consent-bad', ['consent-care-permit-10']), issue('log-bad', ['a1'])]);
        expect(v.consents).to.deep.equal([]);
        expect(v.delegations).to.deep.equal([]);
        expect(v.accessLog).to.deep.equal([]);
        expect(v.issues).to.deep.equal([]);
      }
    });
  });

  describe('issues', () => {
    it('keeps for professionals only issues about what the view shows; the citizen also sees those about nothing known', () => {
      const r = obscuredXray();
      const all = [
        issue('a', ['lab']),
        issue('b'),
        issue('c', ['rx']),
        issue('d', ['unknown-input-object']),
        issue('e', ['s1']),
        issue('f', ['pat']),
        issue('g', ['lab', 'rx']),
        issue('h', []),
      ];
      expect(viewFor(r, clinician, all).issues.map((i) => i.code)).to.deep.equal(['a', 'e', 'f']);
      expect(viewFor(r, citizen, all).issues.map((i) => i.code)).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
      expect(viewFor(r, citizen).issues).to.deep.equal([]);
    });
  });

  describe('care paths', () => {
    it('a care path with its own privacy follows it, and its events lose the link', () => {
      const r = record({
        events: [event('v', { carePathIds: ['cp-p97', 'cp-ok'] }), event('b', { kind: 'appointment', booking: { status: 'booked', service: [], carePathStepId: 's-hidden' } })],
        carePaths: [
          carePath('cp-p97', { privacy: privacy({ hiddenFromParent: true }), steps: [step('s-hidden')] }),
          carePath('cp-ok', { eventIds: ['v'] }),
        ],
      });
      const v = viewFor(r, parent);
      expect(v.carePaths.map((c) => c.id)).to.deep.equal(['cp-ok']);
      expect(v.events.find((e) => e.id === 'v')!.carePathIds).to.deep.equal(['cp-ok']);
      expect(v.events.find((e) => e.id === 'b')!.booking).to.not.have.property('carePathStepId');
      expect(viewFor(r, clinician).carePaths.map((c) => c.id)).to.deep.equal(['cp-p97', 'cp-ok']);
    });
  });

  it('shares unchanged objects with the record and copies only what loses a link', () => {
    const r = obscuredXray();
    const v = viewFor(r, clinician);
    expect(v.events.find((e) => e.id === 'lab')).to.equal(r.events.find((e) => e.id === 'lab'));
    expect(v.carePaths.find((c) => c.id === 'cp-ok')).to.not.equal(r.carePaths.find((c) => c.id === 'cp-ok'));
  });
});
