/** Encounters, procedures and diagnoses, and the documents around them: specialist visit reports, radiology reports, a second ER access. */
import { cc, type Coding, type Ctx, type DocInfo, type Person, type Ref, type Section } from '../builder.js';
import { type PscKey, RAD_EXAMS, type RadDef, SYS } from '../data.js';
import type { FhirResource } from '../generate.js';
import { atLocal, dateOnly, HOUR, instant, MINUTE, YEAR } from '../time.js';

export function encounter(
  ctx: Ctx,
  cls: 'AMB' | 'EMER' | 'IMP',
  start: number,
  end: number,
  opts: { facility: string; practitioner?: Person; partOf?: Ref; type?: string; priority?: Coding; discharge?: Coding; reason?: string },
): Ref {
  const { b } = ctx;
  const display = { AMB: 'ambulatory', EMER: 'emergency', IMP: 'inpatient encounter' }[cls];
  const resource: FhirResource = {
    resourceType: 'Encounter',
    id: b.id('enc'),
    status: end <= ctx.now ? 'finished' : 'in-progress',
    class: { system: SYS.actCode, code: cls, display },
    subject: b.patientRef,
    period: { start: instant(start), end: instant(end) },
    serviceProvider: b.org(opts.facility),
  };
  if (opts.type) resource.type = [{ text: opts.type }];
  if (opts.priority) resource.priority = { coding: [opts.priority] };
  if (opts.practitioner) resource.participant = [{ individual: opts.practitioner.ref }];
  if (opts.reason) resource.reasonCode = [{ text: opts.reason }];
  if (opts.discharge) resource.hospitalization = { dischargeDisposition: { coding: [opts.discharge] } };
  if (opts.partOf) resource.partOf = opts.partOf;
  return b.add(resource, true);
}

export function procedure(ctx: Ctx, code: { code: string; display: string }, at: number, opts: { loinc?: { code: string; display: string }; site?: Coding[]; performer?: Person; note?: string } = {}): Ref {
  const { b } = ctx;
  const coding: Coding[] = [{ system: SYS.icd9proc, code: code.code, display: code.display }];
  if (opts.loinc) coding.push({ system: SYS.loinc, code: opts.loinc.code, display: opts.loinc.display });
  const resource: FhirResource = {
    resourceType: 'Procedure',
    id: b.id('proc'),
    status: 'completed',
    code: { coding, text: code.display },
    subject: b.patientRef,
    performedDateTime: instant(at),
  };
  if (opts.site) resource.bodySite = [{ coding: opts.site }];
  if (opts.performer) resource.performer = [{ actor: opts.performer.ref }];
  if (opts.note) resource.note = [{ text: opts.note }];
  return b.add(resource, true);
}

export function condition(ctx: Ctx, icd9: Coding, snomed: Coding | undefined, onset: number, category = 'encounter-diagnosis'): Ref {
  const { b } = ctx;
  const coding: Coding[] = [icd9];
  if (snomed) coding.push(snomed);
  return b.add(
    {
      resourceType: 'Condition',
      id: b.id('cond'),
      clinicalStatus: cc(SYS.conditionClinical, 'active'),
      verificationStatus: cc('http://terminology.hl7.org/CodeSystem/condition-ver-status', 'confirmed'),
      category: [cc(SYS.conditionCategory, category)],
      code: { coding, text: icd9.display },
      subject: b.patientRef,
      onsetDateTime: dateOnly(onset),
      recordedDate: instant(onset),
    },
    true,
  );
}

/** A specialist visit report (RSA) with its encounter and, optionally, procedures. */
export function visitReport(
  ctx: Ctx,
  at: number,
  def: { psc: PscKey; title: string; specialist: Person; facility: string; findings: string; procedures?: Ref[]; diagnoses?: Ref[] },
  opts: { nre?: string; obscured?: boolean; hiddenFromParent?: boolean; protectedCategory?: 'CONSULTORIO' } = {},
): { doc: DocInfo; encounter: Ref } {
  const { b, rng } = ctx;
  const end = at + rng.int(20, 45) * MINUTE;
  const enc = encounter(ctx, 'AMB', at, end, { facility: def.facility, practitioner: def.specialist, type: def.title });
  const sections: Section[] = [
    { title: 'Quesito diagnostico', code: '29299-5', text: 'Controllo clinico.' },
    { title: 'Referto', code: '47045-0', text: def.findings },
  ];
  if (def.procedures?.length) sections.push({ title: 'Prestazioni', code: '62387-6', text: 'Prestazioni eseguite durante la visita.', entries: def.procedures });
  if (def.diagnoses?.length) sections.push({ title: 'Diagnosi', code: '29548-5', text: 'Diagnosi.', entries: def.diagnoses });
  const doc = b.doc({
    type: 'RSA',
    title: def.title,
    date: end + rng.int(5, 60) * MINUTE,
    period: [at, end],
    author: def.specialist,
    facility: def.facility,
    psc: def.psc,
    encounter: enc,
    obscured: opts.obscured,
    hiddenFromParent: opts.hiddenFromParent,
    protectedCategory: opts.protectedCategory,
    confidentiality: opts.protectedCategory ? 'R' : undefined,
    nre: opts.nre ? [opts.nre] : undefined,
    sections,
  });
  return { doc, encounter: enc };
}

export function radReport(ctx: Ctx, at: number, def: RadDef, opts: { nre?: string; facility?: string } = {}): { doc: DocInfo; procedure: Ref } {
  const { b, rng } = ctx;
  const radiologist = b.specialist('radiologist', 'Medico radiologo');
  const site: Coding[] = [{ system: SYS.snomed, code: def.site.code, display: def.site.display }];
  if (def.laterality) site.push({ system: SYS.snomed, code: def.laterality.code, display: def.laterality.display });
  const proc = procedure(ctx, def.icd9, at, { loinc: def.loinc, site, performer: radiologist, note: def.conclusion });
  const doc = b.doc({
    type: 'RAD',
    title: `Referto di radiologia: ${def.title}`,
    date: at + rng.int(2, 48) * HOUR,
    period: [at],
    author: radiologist,
    facility: opts.facility ?? 'molinette',
    psc: 'radiologia',
    nre: opts.nre ? [opts.nre] : undefined,
    sections: [
      { title: 'Esame eseguito', code: '55111-9', text: def.title, entries: [proc] },
      { title: 'Referto', code: '18782-3', text: def.findings },
      { title: 'Conclusioni', code: '55110-1', text: def.conclusion },
    ],
  });
  return { doc, procedure: proc };
}

export function secondEmergency(ctx: Ctx): void {
  const { b, rng, birth, now } = ctx;
  const at = atLocal(Math.min(birth + rng.float(38, 46) * YEAR, now - 6 * YEAR), rng.int(10, 18), rng.int(0, 59));
  const erDoc = b.specialist('er2', 'Medico di medicina d’urgenza');
  const end = at + rng.int(3, 5) * HOUR;
  const er = encounter(ctx, 'EMER', at, end, {
    facility: 'sgb',
    practitioner: erDoc,
    reason: 'Trauma al polso destro dopo caduta',
    priority: { system: SYS.triage, code: '4', display: 'Verde — urgenza minore' },
    discharge: { system: SYS.dischargeDisposition, code: 'home', display: 'Dimissione a domicilio' },
  });
  const triage = encounter(ctx, 'EMER', at + 5 * MINUTE, at + 15 * MINUTE, { facility: 'sgb', partOf: er, type: 'Triage' });
  radReport(ctx, at + 70 * MINUTE, RAD_EXAMS[1], { facility: 'sgb' });
  b.doc({
    type: 'VPS',
    title: 'Verbale di pronto soccorso',
    date: end + 5 * MINUTE,
    period: [at, end],
    author: erDoc,
    facility: 'sgb',
    psc: 'prontoSoccorso',
    encounter: er,
    sections: [
      { title: 'Motivo della visita', code: '46239-0', text: 'Caduta accidentale con trauma al polso destro.' },
      { title: 'Triage', code: '54094-8', text: 'Codice 4 — verde. Dolore 6/10.' },
      { title: 'Fasi del pronto soccorso', code: '46240-8', text: 'Triage, radiografia del polso, visita ortopedica.', entries: [triage] },
      { title: 'Esito', code: '28574-2', text: 'Frattura composta del radio distale: apparecchio gessato per 30 giorni. Dimissione a domicilio.' },
    ],
  });
}
