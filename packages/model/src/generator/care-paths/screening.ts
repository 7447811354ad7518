/** A screening care path with its invitations and results. */
import { cc, type Ctx, workHours } from '../builder.js';
import { type LabTest, SYS } from '../data.js';
import { radReport } from '../documents/encounters.js';
import { labReport } from '../documents/labs.js';
import { dateOnly, DAY, YEAR } from '../time.js';

export function screening(ctx: Ctx): void {
  const { b, rng, now, sex, full } = ctx;
  const female = sex === 'female';
  const invite = workHours(rng, now - rng.int(300, 420) * DAY);
  const title = female ? 'Screening mammografico — Prevenzione Serena' : 'Screening del tumore del colon-retto — Prevenzione Serena';
  const operator = b.specialist('screening', 'Medico del programma di screening');
  b.doc({
    type: 'INVITO_SCREENING',
    title: 'Lettera di invito per screening',
    date: invite,
    author: operator,
    facility: 'screening',
    psc: 'territoriale',
    sections: [{
      title: 'Invito',
      code: '51898-5',
      text: female
        ? 'È invitata a eseguire la mammografia di screening presso il centro Prevenzione Serena. L’esame è gratuito.'
        : 'È invitato a ritirare in farmacia il kit per il test del sangue occulto nelle feci. L’esame è gratuito.',
    }],
  });
  const doneAt = workHours(rng, invite + rng.int(20, 50) * DAY);
  const done: Record<string, unknown> = {
    detail: { code: { text: female ? 'Mammografia di screening' : 'Test del sangue occulto nelle feci' }, status: 'completed', scheduledString: dateOnly(doneAt), description: female ? 'Mammografia di screening' : 'Test del sangue occulto nelle feci' },
  };
  if (full) {
    if (female) {
      const r = radReport(ctx, doneAt, {
        title: 'Mammografia bilaterale di screening',
        icd9: { code: '87.37', display: 'Altra mammografia' },
        loinc: { code: '24606-6', display: 'MG Mammella Screening' },
        site: { code: '76752008', display: 'Mammella' },
        laterality: { code: '51440002', display: 'Bilaterale' },
        findings: 'Mammelle a prevalente componente adiposa. Non opacità né microcalcificazioni sospette.',
        conclusion: 'Negativa (BI-RADS 1).',
      }, { facility: 'screening' });
      done.outcomeReference = [r.procedure];
    } else {
      const fit: LabTest = { loinc: '29771-3', display: 'Emoglobina gastrointestinale [Presenza] nelle Feci tramite metodo immunologico', unit: 'ng/mL', ucum: 'ng/mL', high: 100, mean: 20, sd: 8, decimals: 0 };
      const lab = labReport(ctx, doneAt, [fit], { facility: 'screening' });
      done.outcomeReference = [lab.obs.get(fit.loinc)];
    }
  }
  b.add(
    {
      resourceType: 'CarePlan',
      id: b.id('careplan'),
      status: 'active',
      intent: 'plan',
      category: [cc(SYS.tipoPercorso, 'SCREENING', 'Screening')],
      title,
      subject: b.patientRef,
      period: { start: dateOnly(invite) },
      author: operator.ref,
      note: [{ text: 'Il prossimo invito arriverà per posta: non serve prenotare.' }],
      activity: [
        done,
        {
          detail: {
            code: { text: female ? 'Mammografia di screening (round successivo)' : 'Test del sangue occulto nelle feci (round successivo)' },
            status: 'scheduled',
            scheduledPeriod: { start: dateOnly(doneAt + 2 * YEAR) },
            description: 'Prossimo round dello screening (ogni due anni)',
          },
        },
      ],
    },
    false,
  );
}
