/**
 * Consents (FHIR Consent): consultation consent per purpose (the latest wins, the others are
 * reported as superseded), feeding, opposition to the pregresso, notifications, and visibility
 * of a protected document to the professionals who treat the citizen.
 */
import { DELEGATION_BASIS_BY_V3, NOTIFICATION_CODE, NOTIFICATION_SYSTEM, PERCORSO_CS, PERCORSO_SD } from '../codes.js';
import type { Actor, Consent, ConsultationPurpose, NotificationKind } from '../types.js';
import type { Res } from './collect.js';
import { arr, isObj, obj, str } from './json.js';
import type { Doc, Reader } from './reader.js';

const PURPOSE_BY_CODE = new Map<string, ConsultationPurpose>([
  ['cura', 'care'],
  ['prevenzione', 'prevention'],
  ['profilassi', 'prophylaxis'],
  ['TREAT', 'care'],
  ['PUBHLTH', 'prevention'],
]);

const CONSENT_SCOPE_BY_CODE = new Map<string, Consent['scope']>([
  ['alimentazione', 'feeding'],
  ['opposizione-pregresso', 'pregresso-opposition'],
  ['notifiche', 'notifications'],
  ['visibilita-categoria-protetta', 'protected-visibility'],
]);

const NOTIFICATION_BY_CODE = new Map(Object.entries(NOTIFICATION_CODE).map(([k, code]) => [code, k as NotificationKind]));

export function readConsent(rd: Reader, res: Res): void {
  const r = res.r;
  const cats = rd.ctx.codingsOf(r.category);
  const prov = obj(r.provision);
  const type = prov?.type;
  const decision: Consent['decision'] = type === 'permit' ? 'permit' : type === 'deny' ? 'deny' : 'not-expressed';
  if (type !== undefined && decision === 'not-expressed') rd.issues.add('invalid-value', res.loc, 'provision.type', { field: 'provision.type' }, [res.key]);
  const date = rd.ctx.date(res, r.dateTime, 'dateTime');
  let channel: string | undefined;
  for (const e of arr(r.extension)) if (isObj(e) && e.url === `${PERCORSO_SD}canale`) channel = str(e.valueString, 128);
  let expressedBy: Actor | undefined;
  let byParent = false;
  const perf = arr(r.performer);
  for (let i = 0; i < perf.length; i++) {
    const t = rd.ctx.ref(res, perf[i], `performer[${i}]`);
    if (!t) continue;
    expressedBy = rd.ctx.actor(t, obj(perf[i])?.display);
    if (t.type === 'RelatedPerson') {
      for (const c of rd.ctx.codingsOf(t.r.relationship)) if (DELEGATION_BASIS_BY_V3.get(c.code) === 'parental' || c.code === 'parental') byParent = true;
    }
    break;
  }
  let scope: Consent['scope'] | undefined;
  for (const c of cats) {
    if (c.system === `${PERCORSO_CS}tipo-consenso` && CONSENT_SCOPE_BY_CODE.has(c.code)) scope = CONSENT_SCOPE_BY_CODE.get(c.code);
  }
  if (!scope && cats.some((c) => c.code === '59284-0')) scope = 'consultation';
  if (!scope) {
    rd.issues.add('consent-not-understood', res.loc, 'category', {}, [res.key]);
    return;
  }
  const base = (): Consent => {
    const c: Consent = { id: res.key, scope: scope!, decision, source: [{ kind: 'fhir', ref: res.key }] };
    if (date) c.date = date;
    if (channel) c.channel = channel;
    if (expressedBy) c.expressedBy = expressedBy;
    if (byParent) c.needsReconfirmAt18 = true;
    return c;
  };
  if (scope === 'consultation') {
    const purposes = new Set<ConsultationPurpose>();
    const plist = arr(prov?.purpose);
    for (const p of plist) {
      const coding = obj(p);
      const code = coding ? str(coding.code, 64) : undefined;
      const purpose = code ? PURPOSE_BY_CODE.get(code) : undefined;
      if (purpose) purposes.add(purpose);
    }
    if (!purposes.size) {
      rd.issues.add('consent-not-understood', res.loc, 'provision.purpose', {}, [res.key]);
      return;
    }
    for (const purpose of purposes) {
      const c = base();
      c.purpose = purpose;
      if (purposes.size > 1) c.id = `${res.key}#${purpose}`;
      const prev = rd.consultation.get(purpose);
      if (prev && (prev.c.date?.start ?? -Infinity) > (date?.start ?? -Infinity)) {
        rd.issues.add('consent-superseded', res.loc, undefined, { purpose }, [c.id]);
        continue;
      }
      if (prev) rd.issues.add('consent-superseded', prev.res.loc, undefined, { purpose }, [prev.c.id]);
      rd.consultation.set(purpose, { c, res });
    }
    return;
  }
  const c = base();
  if (scope === 'notifications') {
    // One kind (provision.code); none: the general preference, about every kind.
    const kind = rd.ctx.codingsOf(prov?.code).find((x) => x.system === NOTIFICATION_SYSTEM && NOTIFICATION_BY_CODE.has(x.code));
    if (kind) c.notification = NOTIFICATION_BY_CODE.get(kind.code);
  }
  if (scope === 'protected-visibility') {
    const data = arr(prov?.data);
    for (let i = 0; i < data.length; i++) {
      const d = obj(data[i]);
      const t = d ? rd.ctx.ref(res, d.reference, `provision.data[${i}].reference`) : undefined;
      const doc = t ? (t.doc as Doc | undefined) : undefined;
      if (doc) {
        c.documentId = doc.ev.id;
        if (decision === 'permit') rd.protectedVisibleDocs.add(doc.ev.id);
        break;
      }
    }
  }
  rd.consents.push(c);
}

export function finishConsents(rd: Reader): void {
  const order: ConsultationPurpose[] = ['care', 'prevention', 'prophylaxis'];
  const consultation: Consent[] = [];
  for (const p of order) {
    const got = rd.consultation.get(p);
    consultation.push(got ? got.c : { id: `consent:consultation:${p}`, scope: 'consultation', purpose: p, decision: 'not-expressed', source: [] });
  }
  rd.consents.unshift(...consultation);
  if (rd.protectedVisibleDocs.size) {
    for (const ev of rd.events) {
      const docId = ev.kind === 'document' || ev.kind === 'taccuino' ? (ev.document ? ev.id : ev.documentId) : ev.documentId;
      if (docId && rd.protectedVisibleDocs.has(docId) && ev.privacy.protectedCategory) ev.privacy.protectedVisible = true;
    }
    for (const p of rd.carePaths) if (p.documentId && rd.protectedVisibleDocs.has(p.documentId) && p.privacy.protectedCategory) p.privacy.protectedVisible = true;
  }
}
