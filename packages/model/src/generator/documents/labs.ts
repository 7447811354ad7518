/** Laboratory reports (REF_LAB) and their Observations, with values drawn around each test's mean. */
import { cc, type Coding, type Ctx, type DocInfo, type Ref, round, type Sex } from '../builder.js';
import { LAB_TESTS, type LabTest, SYS } from '../data.js';
import type { Rng } from '../random.js';
import { atLocal, HOUR, instant } from '../time.js';

function labValue(rng: Rng, t: LabTest, sex: Sex, shift = 0): number {
  let mean = t.mean + shift * t.sd;
  if (t.loinc === '718-7' && sex === 'male') mean += 1.2;
  return round(Math.max(t.decimals ? 0.01 : 1, rng.normal(mean, t.sd)), t.decimals);
}

const INTERPRETATION = {
  H: [cc(SYS.interpretation, 'H', 'Alto')],
  L: [cc(SYS.interpretation, 'L', 'Basso')],
  N: [cc(SYS.interpretation, 'N', 'Normale')],
} as const;

/** Per test, the parts every result of it shares (code, reference range). */
const labConstants = new WeakMap<LabTest, { code: { coding: Coding[] }; range: Record<string, unknown>[] }>();

const LAB_CATEGORY = [cc(SYS.obsCategory, 'laboratory', 'Laboratory')];

function observation(ctx: Ctx, t: LabTest, at: number, value: number): Ref {
  const { b } = ctx;
  const interp = t.high !== undefined && value > t.high ? 'H' : t.low !== undefined && value < t.low ? 'L' : 'N';
  let k = labConstants.get(t);
  if (!k) {
    k = { code: cc(SYS.loinc, t.loinc, t.display), range: referenceRange(t) };
    labConstants.set(t, k);
  }
  return b.add(
    {
      resourceType: 'Observation',
      id: b.id('obs'),
      status: 'final',
      category: LAB_CATEGORY,
      code: k.code,
      subject: b.patientRef,
      effectiveDateTime: instant(at),
      issued: instant(at + 6 * HOUR),
      valueQuantity: { value, unit: t.unit, system: SYS.ucum, code: t.ucum },
      interpretation: INTERPRETATION[interp],
      referenceRange: k.range,
    },
    true,
  );
}

function referenceRange(t: LabTest): Record<string, unknown>[] {
  const r: Record<string, unknown> = {};
  if (t.low !== undefined) r.low = { value: t.low, unit: t.unit, system: SYS.ucum, code: t.ucum };
  if (t.high !== undefined) r.high = { value: t.high, unit: t.unit, system: SYS.ucum, code: t.ucum };
  r.text = t.low !== undefined && t.high !== undefined ? `${t.low}–${t.high} ${t.unit}` : t.low !== undefined ? `> ${t.low} ${t.unit}` : `< ${t.high} ${t.unit}`;
  return [r];
}

/** A laboratory report with the given tests. Returns the document and the observations by LOINC. */
export function labReport(
  ctx: Ctx,
  at: number,
  tests: readonly LabTest[],
  opts: { nre?: string; facility?: string; obscured?: boolean; shift?: number } = {},
): { doc: DocInfo; obs: Map<string, Ref> } {
  const { b, rng } = ctx;
  const obs = new Map<string, Ref>();
  const draw = atLocal(at, rng.int(7, 9), rng.pick([0, 15, 30, 45]));
  for (const t of tests) obs.set(t.loinc, observation(ctx, t, draw, labValue(rng, t, ctx.sex, opts.shift)));
  const lab = b.specialist('lab', 'Biologa, direttrice del laboratorio', { sex: 'female' });
  const doc = b.doc({
    type: 'LAB',
    title: 'Referto di medicina di laboratorio',
    date: draw + rng.int(6, 30) * HOUR,
    period: [draw],
    author: lab,
    facility: opts.facility ?? rng.pick(['molinette', 'mariavittoria', 'sgb', 'mauriziano']),
    psc: 'laboratorio',
    obscured: opts.obscured,
    nre: opts.nre ? [opts.nre] : undefined,
    sections: [
      {
        title: 'Chimica clinica ed ematologia',
        code: '18719-5',
        text: `Esami eseguiti: ${tests.map((t) => t.display.split(' [')[0]).join(', ')}.`,
        entries: [...obs.values()],
      },
    ],
  });
  return { doc, obs };
}

export function pickTests(rng: Rng, k: number): LabTest[] {
  const pool = LAB_TESTS.slice();
  const out: LabTest[] = [];
  while (out.length < k && pool.length) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]);
  // Reports list tests in the laboratory's order.
  return out.sort((a, c) => LAB_TESTS.indexOf(a) - LAB_TESTS.indexOf(c));
}
