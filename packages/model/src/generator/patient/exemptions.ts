/** Exemptions (Coverage): by pathology and by income. */
import { cc, type Coding, type Ctx } from '../builder.js';
import { SYS } from '../data.js';
import { dateOnly, DAY, romeFields, YEAR } from '../time.js';

export function exemptions(ctx: Ctx, afDx: number): void {
  const { b, rng, now, birth } = ctx;
  const age = (now - birth) / YEAR;
  const income = age >= 65 ? ['E01', 'Esenzione per età e reddito: età superiore a 65 anni, reddito familiare inferiore a 36.151,98 euro'] : ['E02', 'Esenzione per reddito: disoccupato e familiari a carico, reddito inferiore a 8.263,31 euro'];
  const nowYear = romeFields(now).year;
  const fy = romeFields(now).month >= 4 ? nowYear : nowYear - 1;
  const coverage = (kind: Coding, classValue: string, name: string, start: string, end?: string): void => {
    const period: Record<string, string> = { start };
    if (end) period.end = end;
    b.add(
      {
        resourceType: 'Coverage',
        id: b.id('coverage'),
        status: 'active',
        type: { coding: [kind] },
        beneficiary: b.patientRef,
        payor: [b.org('asl')],
        period,
        class: [{ type: cc('http://terminology.hl7.org/CodeSystem/coverage-class', 'plan'), value: classValue, name }],
      },
      false,
    );
  };
  coverage({ system: SYS.loinc, code: 'LP267463-0', display: 'Reddito' }, income[0], income[1], `${fy}-04-01`, `${fy + 1}-03-31`);
  coverage({ system: SYS.loinc, code: 'LP199190-2', display: 'Patologia' }, '0A02', 'Affezioni del sistema circolatorio (fibrillazione atriale)', dateOnly(afDx + rng.int(40, 80) * DAY));
}
