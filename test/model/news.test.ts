/**
 * newsSince: the "Novità" since the citizen's last visit — new documents, prescriptions ready,
 * bookings, accesses by someone new — computed from the view only, so what a viewer may not see
 * never appears.
 */
import { expect } from '@open-wc/testing';
import { newsSince, viewFor, type ClinicalEvent } from '@percorso/model';
import { access, careConsent, day, doc, event, NOW, privacy, record } from './records.js';

const SINCE = day(100).start;

function citizenView(events: ClinicalEvent[], log = [access('a-old', [], { at: day(50) })]) {
  return viewFor(record({ events, consents: [careConsent()], accessLog: log }), { role: 'citizen', now: NOW });
}

describe('newsSince', () => {
  it('lists documents and prescriptions since the last visit, apart, newest first', () => {
    const view = citizenView([
      doc('old', 'LAB', { date: day(90) }),
      doc('lab', 'LAB', { date: day(101) }),
      doc('rx', 'PRESC_FARM', { date: day(102) }),
      doc('spec', 'PRESC_SPEC', { date: day(103) }),
    ]);
    const n = newsSince(view, SINCE);
    expect(n.items.map((i) => [i.kind, i.id])).to.deep.equal([
      ['prescription', 'spec'],
      ['prescription', 'rx'],
      ['document', 'lab'],
    ]);
    expect(n.count).to.deep.equal({ document: 1, prescription: 2, booking: 0, access: 0 });
  });

  it('a document counts from the day it reached the record (its creation), and an undated one never', () => {
    const created = { ...day(105) };
    const view = citizenView([doc('late', 'RAD', { date: day(40), document: { nationalType: 'RAD', status: 'current', nre: [], sections: [], eventIds: [], creationTime: created } }), doc('nodate', 'RAD', { date: day(120), undated: true })]);
    expect(newsSince(view, SINCE).items.map((i) => i.id)).to.deep.equal(['late']);
  });

  it('lists booked appointments after the last visit, not cancelled ones', () => {
    const view = citizenView([
      event('b1', { kind: 'appointment', date: day(130), booking: { status: 'booked', service: [] } }),
      event('b2', { kind: 'appointment', date: day(131), booking: { status: 'cancelled', service: [] } }),
      event('b3', { kind: 'appointment', date: day(20), booking: { status: 'booked', service: [] } }),
    ]);
    expect(newsSince(view, SINCE).items.map((i) => [i.kind, i.id])).to.deep.equal([['booking', 'b1']]);
  });

  it('lists an access only when it is by someone new, once, with the documents the view holds', () => {
    const view = citizenView(
      [doc('lab', 'LAB', { date: day(90) })],
      [
        access('a-old', ['lab'], { at: day(50), actor: { name: 'Dott. Bianchi', role: 'AAS' } }),
        access('a-again', ['lab'], { at: day(110), actor: { name: 'Dott. Bianchi', role: 'AAS' } }),
        access('a-new', ['lab', 'gone'], { at: day(111), actor: { name: 'Dott.ssa Verdi', role: 'APR' }, emergency: true, purpose: 'EMERGENCY' }),
        access('a-new2', ['lab'], { at: day(112), actor: { name: 'Dott.ssa Verdi', role: 'APR' } }),
      ],
    );
    const n = newsSince(view, SINCE);
    expect(n.items).to.deep.equal([{ kind: 'access', id: 'a-new', at: day(111).start, title: 'Dott.ssa Verdi', documentIds: ['lab'], emergency: true }]);
  });

  it('nothing hidden from the viewer appears: an obscured document is absent from a delegate-less clinician view', () => {
    const events = [doc('secret', 'LAB', { date: day(101), privacy: privacy({ obscured: true }) }), doc('open', 'LAB', { date: day(102) })];
    const r = record({ events, consents: [careConsent()] });
    expect(newsSince(viewFor(r, { role: 'clinician', now: NOW }), SINCE).items.map((i) => i.id)).to.deep.equal(['open']);
    expect(newsSince(viewFor(r, { role: 'citizen', now: NOW }), SINCE).items.map((i) => i.id)).to.deep.equal(['open', 'secret']);
  });
});
