/** The access log (AuditEvent): who read or changed what, when, for which purpose; emergency access flagged. */
import { PURPOSE_BY_V3, PURPOSES } from '../codes.js';
import type { AccessLogEntry, Actor, Purpose } from '../types.js';
import type { Res } from './collect.js';
import { arr, obj, str, type Json } from './json.js';
import type { Doc, Reader } from './reader.js';

const AUDIT_ACTION = new Map<string, AccessLogEntry['action']>([
  ['C', 'create'],
  ['R', 'read'],
  ['U', 'update'],
  ['D', 'delete'],
  ['E', 'search'],
]);

export function readAudit(rd: Reader, res: Res): void {
  const r = res.r;
  const at = rd.ctx.date(res, r.recorded, 'recorded') ?? (r.period !== undefined ? rd.ctx.period(res, r.period, 'period')?.start : undefined);
  const agents = arr(r.agent);
  let requestor: Json | undefined;
  let requestorIndex = 0;
  let orgActor: Actor | undefined;
  for (let i = 0; i < agents.length; i++) {
    const a = obj(agents[i]);
    if (!a) continue;
    const who = rd.ctx.ref(res, a.who, `agent[${i}].who`);
    if (who && who.type === 'Organization') {
      orgActor ??= rd.ctx.actor(who);
      continue;
    }
    if (!requestor || (a.requestor === true && requestor.requestor !== true)) {
      requestor = a;
      requestorIndex = i;
    }
  }
  if (!at || (!requestor && !orgActor)) {
    rd.issues.add('audit-not-understood', res.loc, at ? 'agent' : 'recorded', {}, [res.key]);
    return;
  }
  let actor: Actor = {};
  let purpose: Purpose | undefined;
  let emergency = false;
  if (requestor) {
    const whoRes = rd.ctx.ref(res, requestor.who, `agent[${requestorIndex}].who`);
    actor = { ...(rd.ctx.actor(whoRes, obj(requestor.who)?.display) ?? {}) };
    const name = str(requestor.name, 256);
    if (name && !actor.name) actor.name = name;
    const role = rd.ctx.roleCode([...arr(requestor.role), requestor.type]);
    if (role) actor.role = role;
    else {
      const rt = rd.ctx.text(arr(requestor.role)[0]) ?? rd.ctx.text(requestor.type);
      if (rt && !actor.roleText) actor.roleText = rt;
    }
    for (const c of rd.ctx.codingsOf(requestor.purposeOfUse)) {
      if (c.code === 'BTG') emergency = true;
      const p = PURPOSE_BY_V3.get(c.code) ?? (PURPOSES.has(c.code as Purpose) ? (c.code as Purpose) : undefined);
      if (p && !purpose) purpose = p;
    }
  }
  for (const c of rd.ctx.codingsOf(r.purposeOfEvent)) {
    if (c.code === 'BTG') emergency = true;
    const p = PURPOSE_BY_V3.get(c.code) ?? (PURPOSES.has(c.code as Purpose) ? (c.code as Purpose) : undefined);
    if (p && !purpose) purpose = p;
  }
  if (purpose === 'EMERGENCY' || purpose === 'PUBEMERGENCY') emergency = true;
  if (!actor.organization) {
    const src = obj(r.source);
    const obs = src ? rd.ctx.ref(res, src.observer, 'source.observer') : undefined;
    const org = orgActor?.organization ?? (obs && obs.type === 'Organization' ? rd.ctx.organization(obs) : undefined);
    if (org) actor.organization = org;
    if (!requestor && orgActor) actor = { ...orgActor };
  }
  const documentIds: string[] = [];
  const ents = arr(r.entity);
  for (let i = 0; i < ents.length; i++) {
    const e = obj(ents[i]);
    if (!e) continue;
    const t = rd.ctx.ref(res, e.what, `entity[${i}].what`);
    const doc = t ? (t.doc as Doc | undefined) : undefined;
    if (doc && !documentIds.includes(doc.ev.id)) documentIds.push(doc.ev.id);
  }
  const action = AUDIT_ACTION.get(typeof r.action === 'string' ? r.action : '') ?? 'other';
  const outcome: AccessLogEntry['outcome'] = r.outcome === undefined || r.outcome === '0' || r.outcome === 0 ? 'success' : 'failure';
  const entry: AccessLogEntry = { id: res.key, at, actor, action, emergency, documentIds, outcome, source: [{ kind: 'fhir', ref: res.key }] };
  if (purpose) entry.purpose = purpose;
  rd.accessLog.push(entry);
}
