/**
 * Lab panels and specimens: which results a DiagnosticReport (`result`) or a panel Observation
 * (`hasMember`) groups, and what they were measured on (`Specimen.type`, referenced by
 * `Observation.specimen` or `DiagnosticReport.specimen`). Panels are collected while resources are
 * read and given to their results at the end, when every result is an event; the nearest panel wins
 * (a panel Observation inside a report), and a result's own specimen wins over its panel's.
 */
import { labSpecimen } from '../codes.js';
import type { ClinicalEvent, LabSpecimen } from '../types.js';
import type { Res } from './collect.js';
import { arr } from './json.js';
import type { Reader } from './reader.js';

/** A panel read from `res` (its event `ev`), with the references of its members. */
export interface PendingPanel {
  res: Res;
  ev: ClinicalEvent;
  field: 'result' | 'hasMember';
  specimen?: LabSpecimen;
}

const specimens = new WeakMap<Res, LabSpecimen | null>();

/** The first readable specimen of a list of references; every one that cannot be read is reported once. */
export function specimenOf(rd: Reader, res: Res, list: unknown, field: string): LabSpecimen | undefined {
  let out: LabSpecimen | undefined;
  const many = Array.isArray(list);
  const refs = many ? list : list === undefined ? [] : [list];
  for (let i = 0; i < refs.length; i++) {
    const at = many ? `${field}[${i}]` : field;
    const target = rd.ctx.ref(res, refs[i], at); // a dangling reference is reported here
    if (!target) continue;
    if (target.type !== 'Specimen') {
      rd.issues.add('specimen-not-understood', res.loc, at, { code: target.type }, [res.key]);
      continue;
    }
    let s = specimens.get(target);
    if (s === undefined) {
      const codes = rd.ctx.codings(target.r.type);
      s = labSpecimen(codes, rd.ctx.label(target.r.type)) ?? null;
      if (!s) rd.issues.add('specimen-not-understood', target.loc, 'type', { code: codes.map((c) => c.code).join(', ') || '—' }, [res.key]);
      specimens.set(target, s);
    }
    if (s) out ??= s;
  }
  return out;
}

/** Gives each panel's results their panel and, when they name none, the panel's specimen. */
export function finishPanels(rd: Reader): void {
  // Panel Observations first: the nearest group of a result is the one that names it.
  const order = [...rd.panels.filter((p) => p.field === 'hasMember'), ...rd.panels.filter((p) => p.field === 'result')];
  for (const p of order) {
    const refs = arr(p.res.r[p.field]);
    for (let i = 0; i < refs.length; i++) {
      const target = rd.ctx.ref(p.res, refs[i], `${p.field}[${i}]`);
      if (!target) continue;
      const ev = target.ev as ClinicalEvent | undefined;
      if (target.type !== 'Observation' || !ev) {
        // an Observation left out (another person's) is not this panel's problem; anything else is
        if (target.type !== 'Observation') rd.issues.add('panel-member-not-result', p.res.loc, `${p.field}[${i}]`, { type: target.type }, [p.res.key]);
        continue;
      }
      // a panel names only results of its own document (or, both outside documents, of none): a
      // panel's title never reaches a result whose document another viewer may see
      if (ev === p.ev || ev.documentId !== p.ev.documentId) continue;
      const o = (ev.observation ??= {});
      if (!o.panel) o.panel = { id: p.ev.id, title: p.ev.title, codes: p.ev.codes };
      if (!o.specimen && p.specimen) o.specimen = p.specimen;
    }
  }
}
