/** A year of access log (AuditEvent): clinicians, the delegate, emergency access, the citizen. */
import { cc, type Coding, type Ctx, type DocInfo, type Ref, workHours } from '../builder.js';
import { SYS } from '../data.js';
import { atLocal, DAY, instant } from '../time.js';

export function accessLog(ctx: Ctx, size: number, delegate: { ref: Ref; name: string }, pss: DocInfo): void {
  const { b, rng, now, mmg } = ctx;
  const visible = b.docs.filter((d) => d.visible && d.date < now).sort((x, y) => x.date - y.date);
  if (!visible.length) return;
  const yearAgo = now - 365 * DAY;
  const docAt = (t: number): DocInfo => {
    // A document that existed at time t, biased to the recent ones.
    let hi = visible.length - 1;
    while (hi > 0 && visible[hi].date > t) hi--;
    return visible[Math.max(0, hi - Math.floor(rng.next() * rng.next() * Math.min(hi + 1, 40)))];
  };
  const regione = b.org('regione');
  const entry = (at: number, who: Ref, whoName: string, role: [string, string], org: Ref | undefined, purpose: Coding | undefined, docs: DocInfo[]): void => {
    const agent: Record<string, unknown>[] = [];
    const a: Record<string, unknown> = { role: [cc(SYS.ruolo, role[0], role[1])], who, name: whoName, requestor: true };
    if (purpose) a.purposeOfUse = [{ coding: [purpose] }];
    agent.push(a);
    if (org) agent.push({ who: org, requestor: false });
    b.add(
      {
        resourceType: 'AuditEvent',
        id: b.id('audit'),
        type: { system: SYS.dicom, code: '110110', display: 'Patient Record' },
        action: 'R',
        recorded: instant(at),
        outcome: '0',
        agent,
        source: { observer: regione, type: [{ system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '4', display: 'Application Server' }] },
        entity: [
          { what: b.patientRef, type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '1', display: 'Person' } },
          ...docs.map((d) => ({ what: d.docRef, type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2', display: 'System Object' } })),
        ],
      },
      false,
    );
  };
  const TREAT = { system: SYS.actReason, code: 'TREAT', display: 'treatment' };
  const scale = Math.max(1, Math.min(10, Math.round(size / 5000)));
  const day = (): number => yearAgo + rng.next() * (now - yearAgo - DAY);
  const asl = b.org('asl');
  for (let i = 0; i < 14 * scale; i++) {
    const at = workHours(rng, day());
    entry(at, mmg.ref, mmg.name, ['APR', 'Medico di medicina generale'], asl, TREAT, [docAt(at)]);
  }
  const cardiologist = b.specialist('cardiologist', 'Cardiologo');
  for (let i = 0; i < 5 * scale; i++) {
    const at = workHours(rng, day(), 9, 13);
    entry(at, cardiologist.ref, cardiologist.name, ['AAS', 'Personale di assistenza ad alta specializzazione'], b.org('mauriziano'), TREAT, [docAt(at), docAt(at)]);
  }
  const pharmacist = b.specialist('pharmacist', 'Farmacista');
  for (let i = 0; i < 2 * scale; i++) {
    const at = workHours(rng, day(), 9, 19);
    entry(at, pharmacist.ref, pharmacist.name, ['FAR', 'Farmacista'], b.org('farmacia'), TREAT, [docAt(at)]);
  }
  // One break-the-glass access by an emergency physician, at night.
  const er = b.specialist('er3', 'Medico di medicina d’urgenza');
  const emergencyAt = atLocal(now - rng.int(60, 200) * DAY, 3, rng.int(0, 59));
  // The PSS first (DM 7/9/2023 art. 20), then the latest report.
  entry(emergencyAt, er.ref, er.name, ['AAS', 'Personale di assistenza ad alta specializzazione'], b.org('sgb'), { system: SYS.actReason, code: 'ETREAT', display: 'Emergency Treatment' }, [pss, docAt(emergencyAt)]);
  // The active delegate (the spouse) reads on the patient's behalf: traced like everyone else.
  for (let i = 0; i < 2 * scale; i++) {
    const at = atLocal(day(), rng.int(8, 21), rng.int(0, 59));
    entry(at, delegate.ref, delegate.name, ['ING', 'Delegato'], undefined, undefined, [docAt(at)]);
  }
  // The citizen's own accesses.
  for (let i = 0; i < 10 * scale; i++) {
    const at = atLocal(day(), rng.int(7, 22), rng.int(0, 59));
    entry(at, b.patientRef, b.patient.name, ['ASS', 'Assistito'], undefined, undefined, [docAt(at)]);
  }
}
