/** Laboratory reports (REF_LAB) and their Observations, with values drawn around each test's mean. */
import { cc, type Coding, type Ctx, type DocInfo, type Ref, round, type Sex } from '../builder.js';
import { LAB_PANELS, LAB_TESTS, type LabPanelKey, type LabTest, SYS } from '../data.js';
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
  const panels = panelReports(ctx, tests, obs, draw);
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
        entries: [...panels, ...obs.values()],
      },
    ],
  });
  return { doc, obs };
}

/**
 * One DiagnosticReport per panel among the tests (in the laboratory's order), each naming its
 * results and the specimen they were measured on (one Specimen per type and report, not an event).
 * Tests without a panel stay alone ("Altri risultati"). Draws nothing from the random stream.
 */
function panelReports(ctx: Ctx, tests: readonly LabTest[], obs: ReadonlyMap<string, Ref>, at: number): Ref[] {
  const { b } = ctx;
  const byPanel = new Map<LabPanelKey, Ref[]>();
  for (const t of tests) {
    if (!t.panel) continue;
    let list = byPanel.get(t.panel);
    if (!list) byPanel.set(t.panel, (list = []));
    list.push(obs.get(t.loinc)!);
  }
  const specimens = new Map<string, Ref>();
  const out: Ref[] = [];
  for (const [key, results] of byPanel) {
    const p = LAB_PANELS[key];
    const [code, name] = p.specimen;
    let specimen = specimens.get(code);
    if (!specimen) {
      specimen = b.add({ resourceType: 'Specimen', id: b.id('spec'), type: cc(SYS.specimenType, code, name), subject: b.patientRef, collection: { collectedDateTime: instant(at) } }, false);
      specimens.set(code, specimen);
    }
    out.push(
      b.add(
        {
          resourceType: 'DiagnosticReport',
          id: b.id('dr'),
          status: 'final',
          category: [cc('http://terminology.hl7.org/CodeSystem/v2-0074', 'LAB', 'Laboratory')],
          code: cc(p.system, p.code, p.display),
          subject: b.patientRef,
          effectiveDateTime: instant(at),
          issued: instant(at + 6 * HOUR),
          specimen: [specimen],
          result: results,
        },
        true,
      ),
    );
  }
  return out;
}

/** The events a report of these tests gives: the document, one per panel, one per test. */
export function labEvents(tests: readonly LabTest[]): number {
  return 1 + new Set(tests.map((t) => t.panel).filter(Boolean)).size + tests.length;
}

export function pickTests(rng: Rng, k: number): LabTest[] {
  const pool = LAB_TESTS.slice();
  const out: LabTest[] = [];
  while (out.length < k && pool.length) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]);
  // Reports list tests in the laboratory's order.
  return out.sort((a, c) => LAB_TESTS.indexOf(a) - LAB_TESTS.indexOf(c));
}
