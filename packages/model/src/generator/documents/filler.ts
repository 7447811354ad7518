/** The routine of a chronic patient that fills the record up to the requested size: check-ups, visits, therapies, exams. */
import { type Ctx, workHours } from '../builder.js';
import { appointment } from '../care-paths/bookings.js';
import { type DrugKey, LAB_TESTS, type LabTest, RAD_EXAMS, SYS, type VisitDef, VISITS } from '../data.js';
import type { Rng } from '../random.js';
import { drugChain, specPrescription } from '../therapies/prescriptions.js';
import { addYears, atLocal, DAY, MINUTE, YEAR } from '../time.js';
import { procedure, radReport, visitReport } from './encounters.js';
import { labEvents, labReport, pickTests } from './labs.js';
import { taccuinoObservation } from './taccuino.js';

type Episode = { kind: 'lab'; tests: LabTest[] } | { kind: 'visit' } | { kind: 'drug'; drug: DrugKey } | { kind: 'rad' } | { kind: 'tac' } | { kind: 'appt' };

const FILLER_DRUGS: DrugKey[] = ['bisoprolol', 'ramipril', 'atorvastatin', 'pantoprazole', 'amoxiclav', 'ibuprofen', 'levothyroxine'];

function planFiller(rng: Rng, remaining: number): Episode[] {
  const plan: Episode[] = [];
  let left = remaining;
  while (left > 0) {
    if (left <= 1) {
      plan.push({ kind: 'tac' });
      left -= 1;
      continue;
    }
    if (left <= 15) {
      // The last laboratory report takes what is left (a document, its panels and its tests); any
      // event still left is a taccuino entry.
      let tests = pickTests(rng, left - 1);
      while (tests.length > 1 && labEvents(tests) > left) tests = tests.slice(0, -1);
      if (labEvents(tests) <= left) {
        plan.push({ kind: 'lab', tests });
        left -= labEvents(tests);
      }
      for (; left > 0; left--) plan.push({ kind: 'tac' });
      continue;
    }
    const r = rng.next();
    let e: Episode;
    let n: number;
    if (r < 0.42) {
      const tests = pickTests(rng, rng.int(4, 12));
      e = { kind: 'lab', tests };
      n = labEvents(tests);
    } else if (r < 0.62) {
      e = { kind: 'drug', drug: rng.pick(FILLER_DRUGS) };
      n = 4;
    } else if (r < 0.82) {
      e = { kind: 'visit' };
      n = 4; // prescription, report, encounter, procedure-or-condition
    } else if (r < 0.88) {
      e = { kind: 'rad' };
      n = 3; // prescription, report, procedure
    } else if (r < 0.95) {
      e = { kind: 'tac' };
      n = 1;
    } else {
      e = { kind: 'appt' };
      n = 1;
    }
    plan.push(e);
    left -= n;
  }
  return plan;
}

function fillerDates(rng: Rng, count: number, from: number, to: number, recentFrom: number): number[] {
  const dates: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const recent = rng.chance(0.7);
    const lo = recent ? recentFrom : from;
    dates[i] = lo + rng.next() * (to - lo);
  }
  return dates.sort((a, c) => a - c);
}

/** The yearly check-up panel the MMG prescribes. */
const CHECKUP = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10].map((i) => LAB_TESTS[i]);

export function filler(ctx: Ctx, remaining: number, from: number): void {
  if (remaining <= 0) return;
  const { b, rng, now, birth } = ctx;
  // Yearly check-up blood tests from 40, when the budget allows them all (and leaves as much again).
  const firstCheckup = Math.max(from, addYears(birth, 40));
  const years = Math.floor((now - 30 * DAY - firstCheckup) / YEAR);
  const checkup = labEvents(CHECKUP) + 1; // and its prescription
  if (years > 0 && remaining >= years * checkup * 2) {
    for (let y = 0; y < years; y++) {
      const at = workHours(rng, firstCheckup + y * YEAR + rng.int(-20, 20) * DAY, 7, 10);
      const nre = specPrescription(ctx, at - rng.int(5, 20) * DAY, 'Esami ematochimici di controllo annuale');
      labReport(ctx, at, CHECKUP, { nre });
    }
    remaining -= years * checkup;
  }
  if (remaining <= 0) return;
  const plan = planFiller(rng, remaining);
  const to = now - 6 * DAY;
  const dates = fillerDates(rng, plan.length, from, to, Math.max(from, now - 12 * YEAR));
  plan.forEach((e, i) => {
    const at = workHours(rng, dates[i]);
    switch (e.kind) {
      case 'lab':
        labReport(ctx, at, e.tests);
        break;
      case 'drug':
        drugChain(ctx, e.drug, at);
        break;
      case 'visit': {
        const def: VisitDef = rng.pick(VISITS.slice(1));
        const specialist = b.specialist(`visit-${def.psc}`, def.specialist);
        const nre = specPrescription(ctx, at - rng.int(10, 40) * DAY, def.title);
        const extra = def.procedure
          ? [procedure(ctx, def.procedure, at + 10 * MINUTE, { performer: specialist })]
          : [procedure(ctx, { code: '89.7', display: 'Visita generale' }, at, { performer: specialist })];
        visitReport(ctx, at, { psc: def.psc, title: def.title, specialist, facility: rng.pick(['poliambulatorio', 'mariavittoria', 'mauriziano']), findings: rng.pick(def.findings), procedures: extra }, { nre });
        break;
      }
      case 'rad': {
        const def = rng.pick(RAD_EXAMS.filter((r) => r !== RAD_EXAMS[1]));
        const nre = specPrescription(ctx, at - rng.int(10, 40) * DAY, def.title);
        radReport(ctx, at, def, { nre, facility: rng.pick(['molinette', 'mariavittoria']) });
        break;
      }
      case 'tac':
        taccuinoObservation(ctx, atLocal(at, 7, 30), rng.chance(0.5) ? 'weight' : 'hr');
        break;
      case 'appt':
        appointment(ctx, at, 'fulfilled', { system: SYS.icd9proc, code: '89.7', display: 'Visita specialistica' }, 'Poliambulatorio Via del Ridotto');
        break;
    }
  });
}
