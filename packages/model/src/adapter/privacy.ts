/**
 * Privacy read from a resource: XDS access rules (P99 obscured, P97, P98, P00), confidentiality
 * and protected categories from security labels. Documents, the resources inside them and care
 * plans all read theirs here; what a viewer may see is decided later, in `viewFor`.
 */
import {
  ACCESS_RULES, CONFIDENTIALITY_RANK, PROTECTED_BY_V3, PROTECTED_CATEGORIES, PROTECTED_SYSTEM, V3_ACT_CODE, V3_CONFIDENTIALITY,
} from '../codes.js';
import type { Privacy, ProtectedCategory } from '../types.js';
import type { Res } from './collect.js';
import type { Ctx } from './context.js';
import type { IssueLog } from './issues.js';
import { arr, describe, isObj, obj } from './json.js';

export function defaultPrivacy(): Privacy {
  return { confidentiality: 'N', obscured: false, hiddenFromParent: false, hiddenFromPatient: false };
}

/** Strictest of two privacies (the document's applies to everything read from it). */
export function mergePrivacy(into: Privacy, from: Privacy): void {
  if ((CONFIDENTIALITY_RANK.get(from.confidentiality) ?? 0) > (CONFIDENTIALITY_RANK.get(into.confidentiality) ?? 0)) into.confidentiality = from.confidentiality;
  if (from.obscured) into.obscured = true;
  if (from.hiddenFromParent) into.hiddenFromParent = true;
  if (from.hiddenFromPatient) into.hiddenFromPatient = true;
  if (from.protectedCategory && !into.protectedCategory) into.protectedCategory = from.protectedCategory;
  if (from.protectedVisible) into.protectedVisible = true;
}

/** Access rules, confidentiality and protected categories of a document's resources, into `p`. */
export function readPrivacy(rd: { ctx: Ctx; issues: IssueLog }, res: Res, p: Privacy, isComposition: boolean): void {
  const r = res.r;
  if (isComposition && r.confidentiality !== undefined) confidentiality(rd.issues, res, r.confidentiality, 'confidentiality', p);
  const labels: [unknown, string][] = [];
  const meta = obj(r.meta);
  if (meta && Array.isArray(meta.security)) meta.security.forEach((x, i) => labels.push([{ coding: [x] }, `meta.security[${i}]`]));
  if (Array.isArray(r.securityLabel)) r.securityLabel.forEach((x, i) => labels.push([isObj(x) && Array.isArray(x.coding) ? x : { coding: [x] }, `securityLabel[${i}]`]));
  for (const [cc] of labels) {
    for (const c of rd.ctx.codings(cc)) {
      if (c.system === V3_CONFIDENTIALITY && CONFIDENTIALITY_RANK.has(c.code)) confidentiality(rd.issues, res, c.code, '', p);
      else if (c.system === V3_ACT_CODE && PROTECTED_BY_V3.has(c.code)) p.protectedCategory ??= PROTECTED_BY_V3.get(c.code);
      else if (c.system === PROTECTED_SYSTEM && PROTECTED_CATEGORIES.has(c.code as ProtectedCategory)) p.protectedCategory ??= c.code as ProtectedCategory;
    }
  }
  const dctx = obj(r.context);
  if (dctx) {
    const events = arr(dctx.event);
    let deobscured = false;
    for (const cc of events) {
      for (const c of rd.ctx.codings(cc)) {
        if (c.code === ACCESS_RULES.OBSCURED) p.obscured = true;
        else if (c.code === ACCESS_RULES.HIDDEN_FROM_PARENT) p.hiddenFromParent = true;
        else if (c.code === ACCESS_RULES.HIDDEN_FROM_PATIENT) p.hiddenFromPatient = true;
        else if (c.code === ACCESS_RULES.DEOBSCURED) deobscured = true;
      }
    }
    // P00: de-obscured at feeding — the document is not obscured even if an older P99 is listed.
    if (deobscured) p.obscured = false;
  }
}

function confidentiality(issues: IssueLog, res: Res, value: unknown, field: string, p: Privacy): void {
  const v = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const rank = CONFIDENTIALITY_RANK.get(v);
  if (rank === undefined) {
    issues.add('invalid-confidentiality', res.loc, field || undefined, { value: describe(value, 20) }, [res.key]);
    return;
  }
  if (rank > (CONFIDENTIALITY_RANK.get(p.confidentiality) ?? 0)) p.confidentiality = v as Privacy['confidentiality'];
}
