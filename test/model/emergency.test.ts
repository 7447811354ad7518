/**
 * emergencyUseOf: what a clinician would miss in an emergency (DM 7/9/2023 art. 20) if a document
 * were obscured — the Patient Summary, or a document holding a critical medicine, itself or through
 * the documents its obscuring hides with it. The consent panel and <fse-document> warn with it.
 */
import { expect } from '@open-wc/testing';
import { emergencyUseOf, viewFor, type ClinicalEvent } from '@percorso/model';
import { careConsent, doc, event, NOW, NRE_1, prescription, dispensation, record } from './records.js';

const ATC = 'http://www.whocc.no/atc';
const RIVAROXABAN = { system: ATC, code: 'B01AF01', display: 'Rivaroxaban' };
const AMOXICILLIN = { system: ATC, code: 'J01CA04', display: 'Amoxicillina' };

function citizen(events: ClinicalEvent[]) {
  return viewFor(record({ events, consents: [careConsent()] }), { role: 'citizen', now: NOW });
}

describe('emergencyUseOf', () => {
  it('the Patient Summary matters in an emergency, whatever it holds', () => {
    const view = citizen([doc('pss', 'PSS')]);
    expect(emergencyUseOf(view, 'pss')).to.deep.equal({ patientSummary: true, critical: [] });
  });

  it('a document holding a critical medicine names it and its class, once per substance', () => {
    const view = citizen([
      doc('ldo', 'LDO'),
      event('m1', { kind: 'medication', documentId: 'ldo', medication: { kind: 'statement', medication: [RIVAROXABAN] } }),
      event('m2', { kind: 'medication', documentId: 'ldo', medication: { kind: 'prescription', medication: [RIVAROXABAN] } }),
      event('m3', { kind: 'medication', documentId: 'ldo', medication: { kind: 'statement', medication: [AMOXICILLIN] } }),
    ]);
    expect(emergencyUseOf(view, 'ldo')).to.deep.equal({ patientSummary: false, critical: [{ substance: 'Rivaroxaban', critical: 'anticoagulant' }] });
  });

  it('a document without critical medicines, or an event that is not a document, or an unknown id: nothing', () => {
    const view = citizen([
      doc('ref', 'RAD'),
      event('m3', { kind: 'medication', documentId: 'ref', medication: { kind: 'statement', medication: [AMOXICILLIN] } }),
    ]);
    expect(emergencyUseOf(view, 'ref')).to.equal(undefined);
    expect(emergencyUseOf(view, 'm3')).to.equal(undefined);
    expect(emergencyUseOf(view, 'nope')).to.equal(undefined);
  });

  it('counts what obscuring hides with the document: the dispensation of an obscured prescription', () => {
    const view = citizen([
      doc('rx', 'PRESC_FARM', { nre: [NRE_1] }),
      prescription('p1', NRE_1, { documentId: 'rx' }),
      dispensation('d1', NRE_1, { medication: { kind: 'dispensation', medication: [RIVAROXABAN], nre: NRE_1 } }),
    ]);
    expect(emergencyUseOf(view, 'rx')?.critical.map((c) => c.critical)).to.deep.equal(['anticoagulant']);
  });

  it('never reads what the view does not hold: an obscured document is absent from a clinician view', () => {
    const r = record({ events: [doc('pss', 'PSS', { privacy: { confidentiality: 'N', obscured: true, hiddenFromParent: false, hiddenFromPatient: false } })], consents: [careConsent()] });
    const clinician = viewFor(r, { role: 'clinician', now: NOW });
    expect(emergencyUseOf(clinician, 'pss')).to.equal(undefined);
    expect(emergencyUseOf(viewFor(r, { role: 'citizen', now: NOW }), 'pss')?.patientSummary).to.equal(true);
  });
});
