/** The atrial-fibrillation story: ER access, stay, discharge letter, follow-ups and the PDTA with done, booked, overdue and planned steps. */
import { cc, type Coding, type Ctx, type Ref, workHours } from '../builder.js';
import { CHEST_XRAY, CREATININE, DRUGS, LAB_TESTS, SYS, VISITS } from '../data.js';
import { condition, encounter, procedure, radReport, visitReport } from '../documents/encounters.js';
import { labReport } from '../documents/labs.js';
import { drugChain, specPrescription, therapyStatement } from '../therapies/prescriptions.js';
import { atLocal, dateOnly, DAY, HOUR, MINUTE } from '../time.js';
import { appointment } from './bookings.js';

export const AF_ICD9: Coding = { system: SYS.icd9dx, code: '427.31', display: 'Fibrillazione atriale' };

export const AF_SNOMED: Coding = { system: SYS.snomed, code: '49436004', display: 'Atrial fibrillation' };

const HEART_SITE: Coding = { system: SYS.snomed, code: '80891009', display: 'Cuore' };

interface AfResult {
  carePlan: Ref;
  /** The overdue renal-function check: its activity of the plan, and the day it was due. */
  overdueCheck: { activity: Record<string, unknown>; due: number };
}

/** The discharge dose of the beta-blocker, halved later by the MMG: the PSS and the LDO disagree, as real records do. */
const LDO_BISOPROLOL = '1/2 compressa al mattino';

/** ER visit for palpitations, admission to Cardiology, discharge letter, follow-ups and the PDTA. */
export function atrialFibrillation(ctx: Ctx, afDx: number): AfResult {
  const { b, rng, now, full, mmg } = ctx;
  const erDoc = b.specialist('er', 'Medico di medicina d’urgenza');
  const cardiologist = b.specialist('cardiologist', 'Cardiologo');
  const ward = b.specialist('ward', 'Cardiologo di reparto');

  // Emergency department visit: EMER encounter, phases partOf it, triage code.
  const arrive = atLocal(afDx, 21, rng.int(5, 55));
  const erEnd = arrive + rng.int(4, 6) * HOUR;
  const er = encounter(ctx, 'EMER', arrive, erEnd, {
    facility: 'molinette',
    practitioner: erDoc,
    reason: 'Cardiopalmo insorto da alcune ore',
    priority: { system: SYS.triage, code: '3', display: 'Azzurro — urgenza differibile' },
    discharge: { system: SYS.dischargeDisposition, code: 'oth', display: 'Ricovero in reparto di degenza (Cardiologia)' },
  });
  const triage = encounter(ctx, 'EMER', arrive + 8 * MINUTE, arrive + 20 * MINUTE, { facility: 'molinette', partOf: er, type: 'Triage' });
  const visit = encounter(ctx, 'EMER', arrive + 50 * MINUTE, erEnd, { facility: 'molinette', partOf: er, type: 'Visita medica e osservazione', practitioner: erDoc });
  b.doc({
    type: 'VPS',
    title: 'Verbale di pronto soccorso',
    date: erEnd + 10 * MINUTE,
    period: [arrive, erEnd],
    author: erDoc,
    facility: 'molinette',
    psc: 'prontoSoccorso',
    encounter: er,
    sections: [
      { title: 'Motivo della visita', code: '46239-0', text: 'Cardiopalmo e lieve dispnea da sforzo insorti nel pomeriggio.' },
      { title: 'Triage', code: '54094-8', text: 'Codice 3 — azzurro. PA 145/90 mmHg, FC 132 bpm aritmica, SpO2 97%.' },
      { title: 'Fasi del pronto soccorso', code: '46240-8', text: 'Triage, visita medica, osservazione.', entries: [triage, visit] },
      { title: 'Esito', code: '28574-2', text: 'ECG: fibrillazione atriale ad alta risposta ventricolare. Ricovero in Cardiologia.' },
    ],
  });

  // Hospital stay and discharge letter, with a chest X-ray on the first day.
  const admit = erEnd;
  const discharge = atLocal(admit + rng.int(3, 5) * DAY, 11, 0);
  const stay = encounter(ctx, 'IMP', admit, discharge, {
    facility: 'molinette',
    practitioner: ward,
    reason: 'Fibrillazione atriale di nuova insorgenza',
    discharge: { system: SYS.dischargeDisposition, code: 'home', display: 'Dimissione a domicilio' },
  });
  radReport(ctx, atLocal(admit + DAY, 9, 30), CHEST_XRAY);
  const afCondition = condition(ctx, AF_ICD9, AF_SNOMED, arrive);

  // First cardiology visit after discharge, prescribed by the MMG: ECG and echocardiogram.
  const visit1 = workHours(rng, discharge + rng.int(28, 40) * DAY, 9, 13);
  const nre1 = specPrescription(ctx, discharge + rng.int(2, 6) * DAY, 'Visita cardiologica di controllo (89.7), ecocardiogramma (88.72)');
  const ecg1 = procedure(ctx, { code: '89.52', display: 'Elettrocardiogramma' }, visit1 + 5 * MINUTE, { site: [HEART_SITE], performer: cardiologist });
  const echo1 = procedure(ctx, { code: '88.72', display: 'Ecocardiogramma' }, visit1 + 20 * MINUTE, { site: [HEART_SITE], performer: cardiologist, note: 'FE 55%, atrio sinistro lievemente dilatato.' });
  const first = visitReport(
    ctx,
    visit1,
    {
      psc: 'cardiologia',
      title: 'Visita cardiologica',
      specialist: cardiologist,
      facility: 'mauriziano',
      findings: 'Fibrillazione atriale persistente a frequenza controllata. CHA2DS2-VASc 2: indicata la terapia anticoagulante orale. Ecocardiogramma: FE 55%.',
      procedures: [ecg1, echo1],
    },
    { nre: nre1 },
  );

  // Follow-up plan written in the discharge letter (a CarePlan inside the LDO).
  const followUp = b.add(
    {
      resourceType: 'CarePlan',
      id: b.id('careplan'),
      status: 'completed',
      intent: 'plan',
      title: 'Indicazioni alla dimissione',
      subject: b.patientRef,
      period: { start: dateOnly(discharge), end: dateOnly(visit1) },
      author: ward.ref,
      activity: [
        { outcomeReference: [first.encounter], detail: { code: { text: 'Visita cardiologica a 30 giorni' }, status: 'completed', scheduledString: dateOnly(visit1), description: 'Visita cardiologica di controllo a 30 giorni' } },
        { outcomeReference: [echo1], detail: { code: cc(SYS.icd9proc, '88.72', 'Ecocardiogramma'), status: 'completed', scheduledString: dateOnly(visit1), description: 'Ecocardiogramma' } },
      ],
    },
    false,
  );
  b.doc({
    type: 'LDO',
    title: 'Lettera di dimissione ospedaliera',
    date: discharge + 30 * MINUTE,
    period: [admit, discharge],
    author: ward,
    facility: 'molinette',
    psc: 'cardiologia',
    encounter: stay,
    sections: [
      { title: 'Motivo del ricovero', code: '46241-6', text: 'Fibrillazione atriale ad alta risposta ventricolare di nuova insorgenza.' },
      { title: 'Decorso ospedaliero', code: '8648-8', text: 'Controllo della frequenza con beta-bloccante, avvio di anticoagulazione orale. Decorso regolare.' },
      { title: 'Diagnosi di dimissione', code: '11535-2', text: 'Fibrillazione atriale (427.31).', entries: [afCondition] },
      {
        title: 'Terapia farmacologica alla dimissione',
        code: '10183-2',
        text: `${DRUGS.rivaroxaban.product}: ${DRUGS.rivaroxaban.dosage}. ${DRUGS.bisoprolol.product}: ${LDO_BISOPROLOL}.`,
        entries: [therapyStatement(ctx, 'rivaroxaban', discharge), therapyStatement(ctx, 'bisoprolol', admit, LDO_BISOPROLOL)],
      },
      { title: 'Istruzioni di follow-up', code: '18776-5', text: 'Visita cardiologica ed ecocardiogramma a 30 giorni.', entries: [followUp] },
    ],
  });

  // Anticoagulant: prescribed by the MMG after discharge, then every ~2 months (full life).
  let therapy = drugChain(ctx, 'rivaroxaban', atLocal(discharge + 2 * DAY, 10, 0), { active: !full });
  if (full) {
    for (let t = discharge + 58 * DAY; t < now - 5 * DAY; t += rng.int(50, 62) * DAY) {
      therapy = drugChain(ctx, 'rivaroxaban', workHours(rng, t), { active: t + 62 * DAY >= now - 5 * DAY });
    }
  }

  // Periodic follow-ups every ~6 months until a few weeks ago (full life): visit with ECG, creatinine.
  const activities: Record<string, unknown>[] = [
    {
      outcomeReference: [ecg1],
      detail: { code: cc(SYS.icd9proc, '89.52', 'Elettrocardiogramma'), status: 'completed', scheduledString: dateOnly(visit1), description: 'ECG alla presa in carico' },
    },
    {
      outcomeReference: [echo1],
      detail: { code: cc(SYS.icd9proc, '88.72', 'Ecocardiogramma'), status: 'completed', scheduledString: dateOnly(visit1), description: 'Ecocardiogramma basale' },
    },
  ];
  const creatLab = labReport(ctx, visit1 - rng.int(3, 8) * DAY, [CREATININE, LAB_TESTS[14], LAB_TESTS[11]], { facility: 'mauriziano' });
  activities.push({
    outcomeReference: [creatLab.obs.get(CREATININE.loinc)],
    detail: { code: cc(SYS.loinc, CREATININE.loinc, 'Creatinina'), status: 'completed', scheduledString: dateOnly(visit1), description: 'Creatinina e funzione renale' },
  });
  const overdueDue = atLocal(now - rng.int(25, 55) * DAY, 12, 0);
  if (full) {
    for (let t = visit1 + 182 * DAY; t < overdueDue - 60 * DAY; t += rng.int(170, 190) * DAY) {
      const at = workHours(rng, t, 9, 13);
      const nre = specPrescription(ctx, at - rng.int(15, 30) * DAY, 'Visita cardiologica di controllo (89.01), elettrocardiogramma (89.52)');
      const ecg = procedure(ctx, { code: '89.52', display: 'Elettrocardiogramma' }, at + 5 * MINUTE, { site: [HEART_SITE], performer: cardiologist });
      const v = visitReport(ctx, at, { psc: 'cardiologia', title: 'Visita cardiologica di controllo', specialist: cardiologist, facility: 'mauriziano', findings: rng.pick(VISITS[0].findings), procedures: [ecg] }, { nre });
      const lab = labReport(ctx, at - rng.int(5, 12) * DAY, [LAB_TESTS[5], CREATININE, LAB_TESTS[14]], { facility: 'mauriziano' });
      activities.push({
        outcomeReference: [v.encounter, ecg],
        detail: { code: { text: 'Visita cardiologica di controllo con ECG' }, status: 'completed', scheduledString: dateOnly(at), description: 'Visita cardiologica di controllo con ECG' },
      });
      activities.push({
        outcomeReference: [lab.obs.get(CREATININE.loinc)],
        detail: { code: cc(SYS.loinc, CREATININE.loinc, 'Creatinina'), status: 'completed', scheduledString: dateOnly(at), description: 'Creatinina e funzione renale' },
      });
    }
  }
  activities.push({ reference: therapy.request });
  // Overdue: the six-monthly renal function check, due weeks ago and not done (its cancelled blood
  // test is booked by cancelledCheck, after the filler).
  const overdueCheck = {
    detail: {
      code: cc(SYS.loinc, CREATININE.loinc, 'Creatinina'),
      status: 'not-started',
      scheduledPeriod: { start: dateOnly(overdueDue) },
      description: 'Controllo della creatinina e della funzione renale (semestrale)',
    },
  };
  activities.push(overdueCheck);
  // Booked: the next cardiology visit, in a few weeks.
  const next = workHours(rng, now + rng.int(10, 30) * DAY, 9, 12);
  const booked = appointment(ctx, next, 'booked', { system: SYS.icd9proc, code: '89.01', display: 'Visita cardiologica di controllo' }, 'Ambulatorio di Cardiologia — AO Ordine Mauriziano di Torino', cardiologist);
  activities.push({ reference: booked });
  // Planned: the yearly echocardiogram, in a few months.
  activities.push({
    detail: {
      code: cc(SYS.icd9proc, '88.72', 'Ecocardiogramma'),
      status: 'scheduled',
      scheduledPeriod: { start: dateOnly(now + rng.int(120, 180) * DAY) },
      description: 'Ecocardiogramma di controllo (annuale)',
    },
  });
  // Cancelled: a Holter the cardiologist no longer needs.
  activities.push({ detail: { code: cc(SYS.icd9proc, '89.50', 'ECG dinamico (Holter)'), status: 'cancelled', description: 'ECG Holter delle 24 ore' } });

  const team = b.add(
    {
      resourceType: 'CareTeam',
      id: b.id('team'),
      status: 'active',
      name: 'Ambulatorio fibrillazione atriale',
      subject: b.patientRef,
      participant: [
        { role: [{ text: 'Cardiologo responsabile' }], member: cardiologist.ref },
        { role: [{ text: 'Medico di medicina generale' }], member: mmg.ref },
        { role: [{ text: 'Infermiere dell’ambulatorio anticoagulanti' }], member: b.specialist('af-nurse', 'Infermiere dell’ambulatorio anticoagulanti', { title: 'Inf.' }).ref },
      ],
    },
    false,
  );
  const goals = [
    b.add(
      {
        resourceType: 'Goal',
        id: b.id('goal'),
        lifecycleStatus: 'active',
        description: { text: 'Frequenza cardiaca a riposo sotto controllo' },
        subject: b.patientRef,
        target: [{ detailString: 'meno di 110 battiti al minuto', dueDate: dateOnly(now + 180 * DAY) }],
      },
      false,
    ),
    b.add(
      {
        resourceType: 'Goal',
        id: b.id('goal'),
        lifecycleStatus: 'active',
        description: { text: 'Prevenzione dell’ictus con la terapia anticoagulante' },
        subject: b.patientRef,
        target: [{ detailString: 'assunzione regolare di Xarelto ogni giorno' }],
      },
      false,
    ),
  ];
  const carePlan = b.add(
    {
      resourceType: 'CarePlan',
      id: b.id('careplan'),
      status: 'active',
      intent: 'plan',
      category: [cc(SYS.tipoPercorso, 'PDTA', 'Percorso diagnostico terapeutico assistenziale')],
      title: 'PDTA Fibrillazione atriale',
      description: 'Percorso diagnostico terapeutico assistenziale per la fibrillazione atriale, ASL Città di Torino.',
      subject: b.patientRef,
      period: { start: dateOnly(arrive) },
      created: dateOnly(visit1),
      author: cardiologist.ref,
      careTeam: [team],
      addresses: [afCondition],
      goal: goals,
      note: [
        { text: 'Prenda Xarelto ogni sera con la cena, senza saltare dosi.' },
        { text: 'Se nota sanguinamenti, feci scure o lividi estesi, contatti subito il medico.' },
        { text: 'Porti con sé l’elenco dei farmaci a ogni visita.' },
      ],
      activity: activities,
    },
    false,
  );
  return { carePlan, overdueCheck: { activity: overdueCheck, due: overdueDue } };
}

/**
 * The overdue renal-function check had its blood test booked for the day it was due, and the patient
 * cancelled it: a cancelled booking that is also a care-path step (the step is to do again). Called
 * after the filler, with no random draw, so that the rest of the sample record — and every figure
 * read from it — stays as it was; the record holds one event more than the filler's budget.
 */
export function cancelledCheck(ctx: Ctx, af: AfResult): void {
  const at = atLocal(af.overdueCheck.due, 8, 0);
  const service = { system: SYS.icd9proc, code: '90.16.3', display: 'Creatinina (prelievo di sangue)' };
  af.overdueCheck.activity.reference = appointment(ctx, at, 'cancelled', service, 'Centro prelievi — AO Ordine Mauriziano di Torino', undefined, 15);
}
