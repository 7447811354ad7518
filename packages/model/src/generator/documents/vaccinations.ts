/** Vaccinations (Immunization and the certificate): the childhood calendar and the adult ones. */
import { cc, type Ctx, workHours } from '../builder.js';
import { ACT_SITES, SYS, type VaccineKey, VACCINES } from '../data.js';
import type { FhirResource } from '../generate.js';
import { atLocal, dateOnly, DAY, instant, MINUTE, monthOnly, romeFields, romeTime, YEAR } from '../time.js';

function vaccination(ctx: Ctx, key: VaccineKey, at: number, dose: number, opts: { site?: keyof typeof ACT_SITES; oral?: boolean; precision?: 'year' | 'month' | 'day' | 'instant' } = {}): void {
  const { b, rng } = ctx;
  const v = VACCINES[key];
  const nurse = b.specialist('vaccinator', 'Assistente sanitaria', { sex: 'female', title: 'AS' });
  const precision = opts.precision ?? 'instant';
  const occurrence = precision === 'year' ? dateOnly(at).slice(0, 4) : precision === 'month' ? monthOnly(at) : precision === 'day' ? dateOnly(at) : instant(at);
  const imm: FhirResource = {
    resourceType: 'Immunization',
    id: b.id('imm'),
    status: 'completed',
    vaccineCode: { coding: [{ system: SYS.atc, code: v.atc, display: v.display }], text: v.display },
    patient: b.patientRef,
    occurrenceDateTime: occurrence,
    primarySource: precision === 'instant',
    lotNumber: `${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}${rng.digits(4)}`,
  };
  if (opts.oral) {
    imm.route = cc('http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration', 'PO', 'Swallow, oral');
  } else {
    const site = opts.site ?? 'LD';
    imm.site = cc(SYS.actSite, site, ACT_SITES[site]);
    imm.route = cc('http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration', 'IM', 'Injection, intramuscular');
  }
  imm.performer = [{ actor: nurse.ref }];
  imm.protocolApplied = [{ doseNumberPositiveInt: dose, targetDisease: v.targets.map(([code, display]) => cc(SYS.snomed, code, display)) }];
  const ref = b.add(imm, true);
  b.doc({
    type: 'VACC_SINGOLA',
    title: `Vaccinazione: ${v.display}`,
    date: precision === 'instant' ? at + 30 * MINUTE : atLocal(at, 12, 0),
    author: nurse,
    facility: 'vaccini',
    psc: 'territoriale',
    sections: [{ title: 'Vaccinazioni', code: '11369-6', text: `${v.display}, dose ${dose}.`, entries: [ref] }],
  });
}

/**
 * The childhood calendar of the patient's time (Italian law): hexavalent, pneumococcal and MPR(V)
 * since 2000; diphtheria-tetanus and oral polio (Sabin, 1964) with hepatitis B (1991, for those born
 * from 1979) before; inactivated polio (Salk, 1957) and smallpox (until 1977) for older patients;
 * only smallpox before diphtheria became compulsory (1939).
 */
export function childhoodVaccinations(ctx: Ctx): void {
  const { birth, rng, full } = ctx;
  const y = romeFields(birth).year;
  const at = (months: number): number => workHours(rng, birth + months * 30.44 * DAY, 9, 12);
  // Historical entries transcribed from the vaccination registry keep the precision it had.
  const precision = y < 1990 ? 'day' : 'instant';
  if (y >= 2000) {
    vaccination(ctx, 'esavalente', at(3), 1, { site: 'LT', precision });
    vaccination(ctx, 'mpr', at(13), 1, { site: 'LD', precision });
    if (!full) return;
    vaccination(ctx, 'pneumococco', at(3) + 20 * MINUTE, 1, { site: 'RT', precision });
    vaccination(ctx, 'esavalente', at(5), 2, { site: 'RT', precision });
    vaccination(ctx, 'esavalente', at(11), 3, { site: 'LT', precision });
    vaccination(ctx, 'mprv', at(6 * 12 + 2), 2, { site: 'LD', precision });
    vaccination(ctx, 'dtpaIpv', at(6 * 12 + 2) + 20 * MINUTE, 1, { site: 'RD', precision });
  } else if (y >= 1964) {
    vaccination(ctx, 'dt', at(3), 1, { site: 'LT', precision: 'month' });
    vaccination(ctx, 'polioOrale', at(3), 1, { oral: true, precision });
    if (!full) return;
    vaccination(ctx, 'dt', at(5), 2, { site: 'RT', precision });
    vaccination(ctx, 'polioOrale', at(5), 2, { oral: true, precision });
    vaccination(ctx, 'dt', at(11), 3, { site: 'LT', precision });
    vaccination(ctx, 'polioOrale', at(11), 3, { oral: true, precision });
    if (y >= 1979) vaccination(ctx, 'epatiteB', at(12 * 12), 1, { site: 'LD', precision });
    vaccination(ctx, 'dt', at(6 * 12), 4, { site: 'LD', precision });
  } else if (y >= 1939) {
    vaccination(ctx, 'dt', at(4), 1, { site: 'LT', precision: 'month' });
    vaccination(ctx, 'vaiolo', at(14), 1, { site: 'LA', precision: 'month' });
    if (!full) return;
    vaccination(ctx, 'dt', at(6), 2, { site: 'RT', precision: 'month' });
    if (y >= 1957) vaccination(ctx, 'polioSalk', at(8), 1, { site: 'LT', precision: 'month' });
    vaccination(ctx, 'vaiolo', at(8 * 12), 2, { site: 'LA', precision: 'year' });
  } else {
    vaccination(ctx, 'vaiolo', at(14), 1, { site: 'LA', precision: 'year' });
  }
}

export function adultVaccinations(ctx: Ctx, afDx: number): void {
  const { now, rng, birth } = ctx;
  const nowYear = romeFields(now).year;
  // Yearly flu shots once over 65 or chronically ill (AF), as the national plan recommends; records from 2015.
  const from = Math.max(2015, Math.min(romeFields(afDx).year, romeFields(birth).year + 65));
  for (let y = from; y <= nowYear; y++) {
    const at = romeTime(y, rng.pick([10, 11]), rng.int(2, 28), rng.int(9, 16), rng.pick([0, 15, 30, 45]));
    if (at < now) vaccination(ctx, 'influenza', at, 1, { site: 'LD' });
  }
  const covid = [romeTime(2021, 5, rng.int(3, 28), 10, 30), romeTime(2021, 6, rng.int(20, 30), 11, 0), romeTime(2021, 12, rng.int(1, 20), 15, 30)];
  covid.forEach((at, i) => { if (at > birth + 18 * YEAR && at < now) vaccination(ctx, 'covid', at, i + 1, { site: i % 2 ? 'RD' : 'LD' }); });
}
