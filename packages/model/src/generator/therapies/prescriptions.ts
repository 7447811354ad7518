/** Therapies: medicine prescriptions with their dispensations (linked by NRE), therapy lists (MedicationStatement), specialist prescriptions. */
import type { Ctx, Person, Ref } from '../builder.js';
import { type DrugKey, DRUGS, SYS } from '../data.js';
import { atLocal, dateOnly, DAY, instant } from '../time.js';

/** A medicine prescription (PRESC_FARM, NRE) and, when dispensed, its dispensation (EROG_FARM). */
export function drugChain(ctx: Ctx, drug: DrugKey, at: number, opts: { prescriber?: Person; dispensed?: boolean; active?: boolean } = {}): { request: Ref; nre: string } {
  const { b, rng } = ctx;
  const d = DRUGS[drug];
  const prescriber = opts.prescriber ?? ctx.mmg;
  const nre = b.nre();
  const med = { coding: [{ system: SYS.atc, code: d.atc, display: d.display }], text: d.product };
  const request = b.add(
    {
      resourceType: 'MedicationRequest',
      id: b.id('medreq'),
      identifier: [{ system: SYS.nre, value: nre }],
      status: opts.active ? 'active' : 'completed',
      intent: 'order',
      medicationCodeableConcept: med,
      subject: b.patientRef,
      authoredOn: instant(at),
      requester: prescriber.ref,
      dosageInstruction: [{ text: d.dosage }],
      dispenseRequest: { numberOfRepeatsAllowed: 0, quantity: { value: 2, unit: 'confezioni' } },
      insurance: [{ display: 'SSN' }],
    },
    true,
  );
  b.doc({
    type: 'PRESC_FARM',
    title: `Prescrizione farmaceutica: ${d.display}`,
    date: at,
    author: prescriber,
    facility: 'asl',
    psc: 'medicinaBase',
    nre: [nre],
    sections: [{ title: 'Prescrizione', code: '57828-6', text: `${d.product} — ${d.dosage}. Ricetta elettronica ${nre}.`, entries: [request] }],
  });
  if (opts.dispensed !== false) {
    const when = atLocal(at + rng.int(0, 4) * DAY, rng.int(9, 19), rng.pick([0, 20, 40]));
    if (when < ctx.now) {
      const pharmacist = b.specialist('pharmacist', 'Farmacista');
      const dispense = b.add(
        {
          resourceType: 'MedicationDispense',
          id: b.id('meddisp'),
          identifier: [{ system: SYS.nre, value: nre }],
          status: 'completed',
          medicationCodeableConcept: med,
          subject: b.patientRef,
          performer: [{ actor: pharmacist.ref }],
          location: { display: 'Farmacia Comunale 12, Torino' },
          authorizingPrescription: [request],
          quantity: { value: 2, unit: 'confezioni' },
          whenHandedOver: instant(when),
        },
        true,
      );
      b.doc({
        type: 'EROG_FARM',
        title: `Erogazione farmaceutica: ${d.display}`,
        date: when,
        author: pharmacist,
        facility: 'farmacia',
        psc: 'territoriale',
        nre: [nre],
        sections: [{ title: 'Farmaci erogati', code: '60590-7', text: `${d.product}, 2 confezioni.`, entries: [dispense] }],
      });
    }
  }
  return { request, nre };
}

/**
 * A medicine in a document's therapy list (MedicationStatement): taken since `since`, with its
 * dosage as the document writes it, so that summaries can show the list as each source gave it.
 */
export function therapyStatement(ctx: Ctx, drug: DrugKey, since: number, dosage: string = DRUGS[drug].dosage): Ref {
  const { b } = ctx;
  const d = DRUGS[drug];
  return b.add(
    {
      resourceType: 'MedicationStatement',
      id: b.id('medstat'),
      status: 'active',
      medicationCodeableConcept: { coding: [{ system: SYS.atc, code: d.atc, display: d.display }], text: d.product },
      subject: b.patientRef,
      effectivePeriod: { start: dateOnly(since) },
      dosage: [{ text: dosage }],
    },
    true,
  );
}

/** A specialist prescription (PRESC_SPEC) for the visit or exam; returns its NRE. */
export function specPrescription(ctx: Ctx, at: number, what: string, opts: { obscured?: boolean; prescriber?: Person } = {}): string {
  const { b } = ctx;
  const nre = b.nre();
  b.doc({
    type: 'PRESC_SPEC',
    title: `Prescrizione specialistica: ${what}`,
    date: at,
    author: opts.prescriber ?? ctx.mmg,
    facility: 'asl',
    psc: 'medicinaBase',
    obscured: opts.obscured,
    nre: [nre],
    sections: [{ title: 'Prestazioni richieste', code: '62387-6', text: `${what}. Priorità: programmabile (P). Ricetta elettronica ${nre}.` }],
  });
  return nre;
}
