/** The Patient Summary (with its allergies and therapy), and the documents the citizen keeps from view (obscured, protected, hidden from parents). */
import { cc, type Ctx, type DocInfo, type Ref, type Section, workHours } from '../builder.js';
import { AF_ICD9, AF_SNOMED } from '../care-paths/atrial-fibrillation.js';
import { DRUGS, type LabTest, SYS } from '../data.js';
import { specPrescription, therapyStatement } from '../therapies/prescriptions.js';
import { ITALIAN_MONTHS } from '../../adapter/declarations.js';
import type { Rng } from '../random.js';
import { atLocal, dateOnly, DAY, instant, romeFields, YEAR } from '../time.js';
import { condition, visitReport } from './encounters.js';
import { labReport } from './labs.js';

/**
 * The PSS's allergy entry: a SNOMED "no known allergy" statement (716186003) for men, an
 * intolerance to acetylsalicylic acid for women — so that records show both a stated "nessuna
 * allergia nota" and a list, deterministically, without drawing from the random stream.
 */
function allergyEntry(ctx: Ctx, at: number): { ref: Ref; text: string } {
  const { b, sex } = ctx;
  if (sex === 'male') {
    const ref = b.add(
      {
        resourceType: 'AllergyIntolerance',
        id: b.id('allergy'),
        clinicalStatus: cc('http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', 'active'),
        verificationStatus: cc('http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', 'confirmed'),
        code: cc(SYS.snomed, '716186003', 'Nessuna allergia nota'),
        patient: b.patientRef,
        recordedDate: instant(at),
      },
      true,
    );
    return { ref, text: 'Nessuna allergia nota.' };
  }
  const ref = b.add(
    {
      resourceType: 'AllergyIntolerance',
      id: b.id('allergy'),
      clinicalStatus: cc('http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', 'active'),
      verificationStatus: cc('http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', 'confirmed'),
      type: 'intolerance',
      category: ['medication'],
      criticality: 'low',
      code: { coding: [{ system: SYS.atc, code: 'B01AC06', display: 'Acido acetilsalicilico' }], text: 'Acido acetilsalicilico' },
      patient: b.patientRef,
      recordedDate: instant(at),
      reaction: [{ manifestation: [{ text: 'Orticaria' }] }],
    },
    true,
  );
  return { ref, text: 'Intolleranza all’acido acetilsalicilico (orticaria).' };
}

/** Documents the citizen keeps from view: an obscured prescription with the reports it led to,
 * an obscured visit, a protected-category test (HIV), and an adolescent visit hidden from the parents. */
export function privateDocuments(ctx: Ctx): DocInfo | undefined {
  const { b, rng, now, sex, birth } = ctx;
  const female = sex === 'female';
  // Obscured prescription (P99): its reports are linked by NRE and follow it (cascade).
  const at = workHours(rng, now - rng.int(380, 560) * DAY);
  const nre = specPrescription(ctx, at, female ? 'Visita ginecologica (89.26), dosaggio CA 125' : 'Visita urologica (89.7), dosaggio PSA', { obscured: true });
  const specialist = b.specialist(female ? 'gyn' : 'uro', female ? 'Ginecologa' : 'Urologo', { sex: female ? 'female' : 'male' });
  visitReport(
    ctx,
    workHours(rng, at + rng.int(20, 40) * DAY, 9, 13),
    {
      psc: female ? 'ginecologia' : 'urologia',
      title: female ? 'Visita ginecologica' : 'Visita urologica',
      specialist,
      facility: 'poliambulatorio',
      findings: female ? 'Esame obiettivo nella norma. Si consiglia ecografia pelvica di controllo tra un anno.' : 'Prostata lievemente aumentata di volume, di consistenza parenchimatosa. PSA nella norma.',
    },
    { nre },
  );
  const marker: LabTest = female
    ? { loinc: '10334-1', display: 'CA 125 [Unità/Volume] in Siero o Plasma', unit: 'U/mL', ucum: '[U]/mL', high: 35, mean: 14, sd: 5, decimals: 1 }
    : { loinc: '2857-1', display: 'Antigene prostatico specifico (PSA) [Massa/Volume] in Siero o Plasma', unit: 'ng/mL', ucum: 'ng/mL', high: 4, mean: 1.6, sd: 0.5, decimals: 2 };
  labReport(ctx, at + rng.int(8, 15) * DAY, [marker], { nre, facility: 'poliambulatorio' });

  // Protected category (DM 7/9/2023 art. 6): an HIV test.
  const hivAt = atLocal(now - rng.int(4, 9) * YEAR, 8, 30);
  const hiv = b.add(
    {
      resourceType: 'Observation',
      id: b.id('obs'),
      status: 'final',
      category: [cc(SYS.obsCategory, 'laboratory', 'Laboratory')],
      code: cc(SYS.loinc, '56888-1', 'HIV 1+2 anticorpi e HIV 1 antigene p24 [Presenza] in Siero o Plasma'),
      subject: b.patientRef,
      effectiveDateTime: instant(hivAt),
      valueCodeableConcept: cc(SYS.snomed, '260385009', 'Negativo'),
      interpretation: [cc(SYS.interpretation, 'NEG', 'Negativo')],
    },
    true,
  );
  b.doc({
    type: 'LAB',
    title: 'Referto di medicina di laboratorio: test HIV',
    date: hivAt + 2 * DAY,
    period: [hivAt],
    author: b.specialist('infettivologo', 'Infettivologo'),
    facility: 'amedeo',
    psc: 'malattieInfettive',
    protectedCategory: 'HIV',
    confidentiality: 'V',
    sections: [{ title: 'Sierologia', code: '18727-8', text: 'Test combinato HIV 1-2 Ab / Ag p24: negativo.', entries: [hiv] }],
  });

  // Protected (family counselling service), which the citizen chose to show to professionals.
  let visible: DocInfo | undefined;
  if (ctx.full) {
    const at2 = workHours(rng, now - rng.int(700, 1400) * DAY, 9, 17);
    visible = visitReport(
      ctx,
      at2,
      {
        psc: female ? 'ginecologia' : 'territoriale',
        title: female ? 'Visita ostetrico-ginecologica al consultorio' : 'Colloquio di consulenza familiare',
        specialist: b.specialist('consultorio', female ? 'Ostetrica' : 'Assistente sociale', { sex: 'female', title: female ? 'Ost.' : 'AS' }),
        facility: 'consultorio',
        findings: female ? 'Controllo ginecologico periodico nella norma. Consegnato materiale informativo sulla menopausa.' : 'Colloquio di sostegno per l’assistenza a un familiare anziano. Indicati i servizi del distretto.',
      },
      { protectedCategory: 'CONSULTORIO' },
    ).doc;
  }

  // P97: a visit at 16, at the family counselling service, hidden from the parents.
  const teen = workHours(rng, birth + (16 * 12 + rng.int(0, 10)) * 30.44 * DAY, 14, 17);
  visitReport(
    ctx,
    teen,
    { psc: 'psichiatria', title: 'Colloquio psicologico', specialist: b.specialist('psicologo', 'Psicologa', { sex: 'female' }), facility: 'consultorio', findings: 'Colloquio di sostegno. Concordati due ulteriori incontri.' },
    { hiddenFromParent: true },
  );
  return visible;
}

/** "7 giugno 2018", as an MMG writes it in the narrative. */
function italianDay(t: number): string {
  const f = romeFields(t);
  return `${f.day} ${ITALIAN_MONTHS[f.month - 1]!} ${f.year}`;
}

const DIRECTIVES = [
  'Nessun accanimento terapeutico; sì alle cure palliative e alla sedazione in caso di sofferenza non controllabile.',
  'Rifiuto di nutrizione e idratazione artificiali in caso di stato vegetativo permanente.',
  'Rifiuto di rianimazione cardiopolmonare in caso di malattia inguaribile in fase terminale.',
];

/**
 * The PSS sections of the citizen's will, when this record has them: an organ-donation consent or
 * dissent (as the gateway's PSS writes it: a section coded LOINC 42348-3 titled "Assenso / Dissenso
 * Donazione Organi" with an Observation coded 42348-3 and the choice in words) and advance
 * directives (DAT, law 219/2017, a section coded 42348-3). Drawn from `wills`, a generator of their
 * own seeded from the record's seed: about half of the records state a donation choice, about a
 * third have advance directives, and the rest of the record does not change with them.
 */
function wills(ctx: Ctx, wills: Rng, at: number): Section[] {
  const { b, birth, mmg } = ctx;
  const out: Section[] = [];
  const adult = birth + 18 * YEAR;
  const when = () => atLocal(Math.max(adult, at - wills.int(60, 8 * 365) * DAY), 10, 0);
  if (wills.chance(0.5)) {
    const t = Math.min(when(), at);
    const consent = wills.chance(0.75);
    const choice = consent ? 'Assenso' : 'Dissenso';
    const said = `Donazione organi e tessuti: ${choice}, dichiarato il ${italianDay(t)} al medico di medicina generale.`;
    const obs = b.add(
      {
        resourceType: 'Observation',
        id: b.id('obs'),
        status: 'final',
        code: cc(SYS.loinc, '42348-3', 'Dichiarazioni anticipate di trattamento'),
        subject: b.patientRef,
        effectiveDateTime: dateOnly(t),
        performer: [mmg.ref],
        valueCodeableConcept: { text: choice },
        note: [{ text: said }],
      },
      true,
    );
    out.push({ title: 'Assenso / Dissenso Donazione Organi', code: '42348-3', text: said, entries: [obs] });
  }
  if (wills.chance(0.35)) {
    const t = Math.min(when(), at);
    out.push({ title: 'Disposizioni anticipate di trattamento', code: '42348-3', text: `DAT depositate presso l’ufficio di stato civile il ${italianDay(t)}. ${wills.pick(DIRECTIVES)}` });
  }
  return out;
}

/**
 * The Patient Summary (PSS) the MMG keeps up to date: the first document an emergency access reads.
 * `willRng` draws its organ-donation and advance-directive sections (see {@link wills}).
 */
export function patientSummary(ctx: Ctx, afDx: number, willRng: Rng): DocInfo {
  const { b, rng, now, mmg, sex } = ctx;
  // Updated some months ago, before the emergency access of the access log.
  const at = workHours(rng, now - rng.int(210, 330) * DAY);
  const problem = condition(ctx, AF_ICD9, AF_SNOMED, at, 'problem-list-item');
  const allergy = allergyEntry(ctx, at);
  const therapy = [therapyStatement(ctx, 'rivaroxaban', afDx), therapyStatement(ctx, 'bisoprolol', afDx)];
  const bp = b.add(
    {
      resourceType: 'Observation',
      id: b.id('obs'),
      status: 'final',
      category: [cc(SYS.obsCategory, 'vital-signs', 'Vital Signs')],
      code: cc(SYS.loinc, '8480-6', 'Pressione arteriosa sistolica'),
      subject: b.patientRef,
      effectiveDateTime: instant(at),
      performer: [mmg.ref],
      valueQuantity: { value: rng.int(124, 142), unit: 'mmHg', system: SYS.ucum, code: 'mm[Hg]' },
    },
    true,
  );
  return b.doc({
    type: 'PSS',
    title: 'Profilo sanitario sintetico',
    date: at,
    author: mmg,
    facility: 'asl',
    psc: 'medicinaBase',
    sections: [
      { title: 'Allergie e intolleranze', code: '48765-2', text: allergy.text, entries: [allergy.ref] },
      { title: 'Terapia farmacologica in atto', code: '10160-0', text: `${DRUGS.rivaroxaban.product}: ${DRUGS.rivaroxaban.dosage}. ${DRUGS.bisoprolol.product}: ${DRUGS.bisoprolol.dosage}.`, entries: therapy },
      { title: 'Lista dei problemi', code: '11450-4', text: 'Fibrillazione atriale in terapia anticoagulante orale.', entries: [problem] },
      { title: 'Parametri vitali', code: '8716-3', text: 'Pressione arteriosa sistolica misurata in ambulatorio.', entries: [bp] },
      { title: 'Stili di vita', code: '29762-2', text: sex === 'female' ? 'Non fumatrice. Attività fisica moderata.' : 'Ex fumatore (smesso nel 2010). Attività fisica moderata.' },
      ...wills(ctx, willRng, at),
    ],
  });
}
