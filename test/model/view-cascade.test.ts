/**
 * The obscuring cascade: obscuring a prescription obscures what fulfils it (reports,
 * dispensations, specialist services carrying its NRE), transitively; viewFor applies it.
 */
import { expect } from '@open-wc/testing';
import { obscuringCascade, viewFor } from '@percorso/model';
import { day, dispensation, doc, event, NOW, NRE_1, NRE_2, NRE_3, prescription, privacy, record } from './records.js';

/** A specialist prescription (NRE_1) for an echo and an ECG, and a drug prescription (NRE_2). */
function prescriptions() {
  return [
    doc('presc-spec', 'PRESC_SPEC', { nre: [NRE_1], date: day(1) }),
    doc('echo', 'RSA', { nre: [NRE_1], date: day(20), eventIds: ['echo-obs'] }),
    event('echo-obs', { documentId: 'echo', date: day(20) }),
    doc('ecg', 'EROG_SPEC', { nre: [` ${NRE_1.toLowerCase()} `], date: day(21) }),
    doc('presc-farm', 'PRESC_FARM', { nre: [NRE_2], date: day(2), eventIds: ['mr'] }),
    prescription('mr', NRE_2, { documentId: 'presc-farm', date: day(2) }),
    doc('erog', 'EROG_FARM', { nre: [NRE_2], date: day(5) }),
    dispensation('loose-disp', NRE_2, { date: day(6) }),
    doc('unrelated', 'LAB', { nre: [NRE_3], date: day(7) }),
  ];
}

describe('obscuringCascade', () => {
  it('a specialist prescription takes the reports and services carrying its NRE (spacing and case aside)', () => {
    expect(obscuringCascade(prescriptions(), 'presc-spec')).to.deep.equal(['echo', 'ecg']);
  });

  it('a drug prescription takes the dispensation document and a standalone dispensation', () => {
    expect(obscuringCascade(prescriptions(), 'presc-farm')).to.deep.equal(['erog', 'loose-disp']);
  });

  it('a report does not cascade back to its prescription or its sibling reports', () => {
    expect(obscuringCascade(prescriptions(), 'echo')).to.deep.equal([]);
    expect(obscuringCascade(prescriptions(), 'unrelated')).to.deep.equal([]);
    expect(obscuringCascade(prescriptions(), 'no-such-document')).to.deep.equal([]);
  });

  it('is transitive: a visit report holding a new prescription carries the chain on', () => {
    const events = [
      doc('presc-a', 'PRESC_SPEC', { nre: [NRE_1], date: day(1) }),
      doc('visit', 'RSA', { nre: [NRE_1], date: day(10), eventIds: ['new-rx'] }),
      prescription('new-rx', NRE_3, { documentId: 'visit', date: day(10) }),
      doc('presc-b', 'PRESC_FARM', { nre: [NRE_3], date: day(11) }),
      doc('erog-b', 'EROG_FARM', { nre: [NRE_3], date: day(12) }),
    ];
    expect(obscuringCascade(events, 'presc-a')).to.deep.equal(['visit', 'presc-b', 'erog-b']);
  });

  it('a standalone prescription event cascades too', () => {
    const events = [prescription('rx', NRE_2), doc('erog', 'EROG_FARM', { nre: [NRE_2] })];
    expect(obscuringCascade(events, 'rx')).to.deep.equal(['erog']);
  });

  it('viewFor hides the cascade from a clinician, with what was read from those documents', () => {
    const events = prescriptions().map((e) => (e.id === 'presc-spec' ? { ...e, privacy: privacy({ obscured: true }) } : e));
    const r = record({ events });
    const clinician = viewFor(r, { role: 'clinician', now: NOW });
    expect(clinician.events.map((e) => e.id)).to.deep.equal(['mr', 'presc-farm', 'erog', 'loose-disp', 'unrelated']);
    expect(viewFor(r, { role: 'citizen', now: NOW }).events).to.have.length(events.length);
  });

  it('viewFor hides the dispensations of a P97 prescription from the parent and a parental delegate', () => {
    const events = prescriptions().map((e) => (e.id === 'presc-farm' ? { ...e, privacy: privacy({ hiddenFromParent: true }) } : e));
    for (const viewer of [{ role: 'parent', delegationId: 'd-par', now: NOW }, { role: 'delegate', delegationId: 'd-par', now: NOW }] as const) {
      const ids = viewFor(record({ events }), viewer).events.map((e) => e.id);
      // each hidden id on its own: `not.include.members([...])` passes when any one of them is missing
      for (const id of ['presc-farm', 'mr', 'erog', 'loose-disp']) expect(ids, `${viewer.role}: ${id}`).to.not.include(id);
      expect(ids, viewer.role).to.deep.equal(['presc-spec', 'unrelated', 'echo', 'echo-obs', 'ecg']);
    }
    // a voluntary delegate sees the P97 prescription and its dispensations
    const vol = viewFor(record({ events }), { role: 'delegate', delegationId: 'd-vol', now: NOW }).events.map((e) => e.id);
    for (const id of ['presc-farm', 'mr', 'erog', 'loose-disp']) expect(vol, id).to.include(id);
  });
});
