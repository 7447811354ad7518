/**
 * Documents: each Composition with the DocumentReference that describes it (or a
 * DocumentReference alone) becomes one document event with its metadata, sections, authors,
 * NREs and privacy; documents that replace others supersede them; and every other resource of a
 * Bundle learns which document it belongs to (the whole Bundle, else section entries and the
 * encounter).
 */
import { FACILITY_TYPES, LOINC, NATIONAL_TYPE_LABEL, nationalTypeOf } from '../codes.js';
import { narrativeOfXhtml } from '../narrative.js';
import { declarationOf } from './declarations.js';
import type { Actor, DocumentMeta, DocumentSection, EventKind, FacilityType } from '../types.js';
import type { Group, Res } from './collect.js';
import { arr, isObj, MAX_NARRATIVE, num, obj, str, xhtmlToText, type Json } from './json.js';
import { defaultPrivacy, readPrivacy } from './privacy.js';
import type { Doc, Reader } from './reader.js';

/** Bundle types whose single Composition owns every resource of the Bundle. */
const WHOLE_BUNDLE_TYPES = new Set(['document', 'transaction', 'batch', 'transaction-response', 'batch-response', 'message', 'unknown']);

export function readDocuments(rd: Reader): void {
  // Compositions, and the DocumentReference that describes each.
  const compByIdentifier = new Map<string, Res>();
  const comps: Res[] = [];
  for (const res of rd.index.all) {
    if (res.type !== 'Composition' || res.duplicateOf) continue;
    comps.push(res);
    const ident = obj(res.r.identifier);
    const v = ident ? str(ident.value, 512) : undefined;
    if (v && !compByIdentifier.has(v)) compByIdentifier.set(v, res);
  }
  const drefOfComp = new Map<Res, Res>();
  const loneDrefs: Res[] = [];
  for (const res of rd.index.all) {
    if (res.type !== 'DocumentReference' || res.duplicateOf) continue;
    const r = res.r;
    let comp: Res | undefined;
    const ctxObj = obj(r.context);
    if (ctxObj) {
      const related = arr(ctxObj.related);
      for (let i = 0; i < related.length && !comp; i++) {
        const t = rd.ctx.ref(res, related[i], `context.related[${i}]`);
        if (t && t.type === 'Composition') comp = t;
      }
    }
    if (!comp) {
      const mi = obj(r.masterIdentifier);
      const v = mi ? str(mi.value, 512) : undefined;
      if (v) comp = compByIdentifier.get(v);
    }
    if (comp && !drefOfComp.has(comp)) drefOfComp.set(comp, res);
    else loneDrefs.push(res);
  }
  for (const comp of comps) {
    const doc = readDocument(rd, comp, drefOfComp.get(comp));
    rd.compDoc.set(comp, doc);
    const dref = drefOfComp.get(comp);
    if (dref) dref.doc = doc;
    comp.doc = doc;
  }
  for (const dref of loneDrefs) {
    const doc = readDocument(rd, undefined, dref);
    dref.doc = doc;
  }
  // A document that replaces another (XDS replace: relatesTo code `replaces`) supersedes it.
  for (const doc of rd.docs) {
    for (const res of [doc.comp, doc.dref]) {
      if (!res) continue;
      const rel = arr(res.r.relatesTo);
      for (let i = 0; i < rel.length; i++) {
        const rt = obj(rel[i]);
        if (!rt || rt.code !== 'replaces') continue;
        const targetRef = rt.target ?? rt.targetReference;
        const t = rd.ctx.ref(res, targetRef, res.type === 'Composition' && rt.targetReference !== undefined ? `relatesTo[${i}].targetReference` : `relatesTo[${i}].target`);
        const old = t ? (t.doc as Doc | undefined) : undefined;
        if (old && old !== doc && old.meta.status === 'current') old.meta.status = 'superseded';
        if (old && old !== doc && !old.excluded && !doc.excluded) {
          old.meta.replacedBy ??= doc.ev.id;
          doc.meta.replaces ??= old.ev.id;
        }
      }
    }
  }
  // Membership of the other resources.
  for (const g of rd.index.groups) assignMembers(rd, g);
}

function assignMembers(rd: Reader, g: Group): void {
  const comps = g.resources.filter((r) => r.type === 'Composition' && !r.duplicateOf);
  if (comps.length === 0) return;
  // A document Bundle (or a gateway transaction: one document per transaction) with one
  // Composition is that document. A collection or searchset holding one document among other
  // data is read like several documents: by section.entry and encounter.
  if (comps.length === 1 && WHOLE_BUNDLE_TYPES.has(g.type ?? '')) {
    const doc = rd.compDoc.get(comps[0]!)!;
    for (const res of g.resources) if (!(res.doc !== undefined) && res.type !== 'Patient') (res.doc = doc);
    return;
  }
  // Several documents in one group: follow section.entry (recursively) and encounter.
  for (const comp of comps) {
    const doc = rd.compDoc.get(comp)!;
    eachSection(comp.r.section, 'section', (sec, path) => {
      const entries = arr(sec.entry);
      for (let j = 0; j < entries.length; j++) {
        const t = rd.ctx.ref(comp, entries[j], `${path}.entry[${j}]`);
        if (t && !(t.doc !== undefined) && t.type !== 'Patient') {
          t.doc = doc;
          followMembers(rd, t, doc, 0);
        }
      }
    });
  }
  const byEncounter = new Map<Res, Doc>();
  for (const comp of comps) {
    const doc = rd.compDoc.get(comp)!;
    if (doc.encounter && !byEncounter.has(doc.encounter)) byEncounter.set(doc.encounter, doc);
  }
  if (byEncounter.size) {
    for (const res of g.resources) {
      if ((res.doc !== undefined) || res.type === 'Patient') continue;
      const enc = res.r.encounter ?? res.r.context;
      if (!isObj(enc)) continue;
      const t = rd.index.resolveString(typeof enc.reference === 'string' ? enc.reference : '');
      const doc = t ? byEncounter.get(t) : undefined;
      if (doc) res.doc = doc;
      else if (byEncounter.has(res)) res.doc = byEncounter.get(res);
    }
    for (const [enc, doc] of byEncounter) if (!(enc.doc !== undefined)) (enc.doc = doc);
  }
}

/** A DiagnosticReport listed in a section brings its results; an Observation its members. */
function followMembers(rd: Reader, res: Res, doc: Doc, depth: number): void {
  if (depth > 8) return;
  const r = res.r;
  for (const field of ['result', 'hasMember', 'imagingStudy'] as const) {
    const list = arr(r[field]);
    for (const item of list) {
      const ref = obj(item);
      const t = ref && typeof ref.reference === 'string' ? rd.index.resolveString(ref.reference) : undefined;
      if (t && !(t.doc !== undefined)) {
        t.doc = doc;
        followMembers(rd, t, doc, depth + 1);
      }
    }
  }
}

function readDocument(rd: Reader, comp: Res | undefined, dref: Res | undefined): Doc {
  const main = (comp ?? dref)!;
  const c = comp?.r;
  const d = dref?.r;
  const dctx = d ? obj(d.context) : undefined;
  // The Composition and its DocumentReference usually repeat the same type code: keep it once.
  const typeCodings = [...(comp ? rd.ctx.codings(c!.type, comp, 'type') : []), ...(dref ? rd.ctx.codings(d!.type, dref, 'type') : [])].filter(
    (t, i, all) => all.findIndex((o) => o.system === t.system && o.code === t.code) === i,
  );
  const content0 = d ? obj(arr(d.content)[0]) : undefined;
  const attachment = content0 ? obj(content0.attachment) : undefined;
  const formatCode = content0 ? str(obj(content0.format)?.code, 256) : undefined;
  const classCode = d ? str(rd.ctx.code(arr(d.category)[0]), 64) : undefined;
  let nationalType = nationalTypeOf(typeCodings, formatCode);
  if (!nationalType && classCode === 'TAC') nationalType = 'TACCUINO';
  if (!nationalType) {
    nationalType = 'OTHER';
    const code = typeCodings[0];
    rd.issues.add('unknown-document-type', main.loc, 'type', { code: code ? `${code.system} ${code.code}` : '—' }, [main.key]);
  }
  const typeCode = typeCodings.find((t) => t.system === LOINC) ?? typeCodings[0];
  const creationTime = (comp ? rd.ctx.date(comp, c!.date, 'date') : undefined) ?? (dref ? rd.ctx.date(dref, d!.date, 'date') : undefined) ?? (dref && attachment ? rd.ctx.date(dref, attachment.creation, 'content[0].attachment.creation') : undefined);
  const service = dref && dctx?.period !== undefined ? rd.ctx.period(dref, dctx.period, 'context.period') : undefined;
  const title =
    str(c?.title) ?? str(d?.description) ?? (attachment && str(attachment.title) !== 'string' ? str(attachment.title) : undefined) ?? rd.ctx.text(c?.type ?? d?.type) ?? NATIONAL_TYPE_LABEL.get(nationalType)!;

  let status: DocumentMeta['status'] = 'current';
  if (d?.status === 'superseded') status = 'superseded';
  if (d?.status === 'entered-in-error' || c?.status === 'entered-in-error' || d?.docStatus === 'entered-in-error') status = 'entered-in-error';

  const meta: DocumentMeta = { nationalType, status, nre: [], sections: [], eventIds: [] };
  if (typeCode) meta.typeCode = typeCode;
  if (classCode) meta.classCode = classCode;
  if (formatCode) meta.formatCode = formatCode;
  const uniqueId = str(obj(d?.masterIdentifier)?.value, 512) ?? str(obj(c?.identifier)?.value, 512);
  if (uniqueId) meta.uniqueId = uniqueId;
  if (creationTime) meta.creationTime = creationTime;
  const mime = attachment ? str(attachment.contentType, 128) : undefined;
  if (mime) meta.mimeType = mime;
  const size = attachment ? num(attachment.size) : undefined;
  if (size !== undefined && Number.isInteger(size) && size >= 0) meta.size = size;
  for (const e of arr(c?.extension)) {
    if (isObj(e) && typeof e.url === 'string' && e.url.endsWith('versionNumber')) {
      const v = str(e.valueString, 32) ?? (typeof e.valueInteger === 'number' ? String(e.valueInteger) : undefined);
      if (v) meta.version = v;
    }
  }
  if (dctx) {
    const ps = rd.ctx.codings(dctx.practiceSetting)[0];
    if (ps) meta.practiceSetting = ps;
    const ft = rd.ctx.codings(dctx.facilityType).find((x) => FACILITY_TYPES.has(x.code as FacilityType));
    if (ft) meta.facilityType = ft.code as FacilityType;
    for (const rel of arr(dctx.related)) {
      const ident = isObj(rel) ? obj(rel.identifier) : undefined;
      rd.addNre(meta.nre, ident, dref!, 'context.related');
    }
  }
  rd.collectNreExtensions(c?.extension, meta.nre, comp);
  // sections
  if (comp) readSections(rd, comp, meta.sections);
  // legal authenticator
  if (comp) {
    const att = arr(c!.attester);
    for (let i = 0; i < att.length; i++) {
      const a = obj(att[i]);
      if (a && a.mode === 'legal') {
        const who = rd.ctx.ref(comp, a.party, `attester[${i}].party`);
        const actor = rd.ctx.actor(who, obj(a.party)?.display);
        if (actor) meta.legalAuthenticator = actor;
        const when = a.time !== undefined ? rd.ctx.date(comp, a.time, `attester[${i}].time`) : undefined;
        if (when) meta.legalAuthenticatedAt = when;
        break;
      }
    }
  }
  // author, custodian
  let author: Actor | undefined;
  for (const [res, list] of [[comp, c?.author], [dref, d?.author]] as const) {
    if (author || !res) continue;
    const a = arr(list);
    for (let i = 0; i < a.length && !author; i++) {
      const t = rd.ctx.ref(res, a[i], `author[${i}]`);
      author = rd.ctx.actor(t, obj(a[i])?.display);
    }
  }
  let facility;
  for (const res of [comp, dref]) {
    if (facility || !res) continue;
    facility = rd.ctx.facility(res, res.r.custodian, 'custodian');
  }
  const encounter = comp ? rd.ctx.ref(comp, c!.encounter, 'encounter') : dref && dctx ? rd.ctx.refs(dref, dctx.encounter, 'context.encounter')[0] : undefined;

  const privacy = defaultPrivacy();
  if (comp) readPrivacy(rd, comp, privacy, true);
  if (dref) readPrivacy(rd, dref, privacy, false);

  const date = service?.start ?? creationTime;
  const kind: EventKind = nationalType === 'TACCUINO' ? 'taccuino' : 'document';
  const ev = rd.newEvent(main, kind, title, date);
  ev.id = main.key;
  if (service?.end) ev.end = service.end;
  ev.codes = typeCodings;
  if (author) ev.author = author;
  if (facility) ev.facility = facility;
  if (meta.practiceSetting) ev.practiceSetting = meta.practiceSetting;
  const st = str(c?.status, 64) ?? str(d?.status, 64);
  if (st) ev.status = st;
  ev.privacy = privacy;
  ev.document = meta;
  if (comp && dref) ev.source.push({ kind: 'fhir', ref: dref.key });
  if (encounter) ev.encounterId = encounter.key;
  if (!comp) rd.issues.add('document-without-composition', dref!.loc, undefined, {}, [ev.id]);
  const excluded = (comp ? rd.isOtherPerson(comp) : false) || (dref ? rd.isOtherPerson(dref) : false);
  const doc: Doc = { ev, meta, comp, dref, excluded, encounter };
  if (excluded) {
    rd.leaveOut(main);
    if (comp && dref) rd.leaveOut(dref);
  } else {
    rd.pushEvent(ev, main, !date);
    if (comp && dref) dref.ev = ev;
  }
  rd.docs.push(doc);
  return doc;
}

/** Every section and subsection of a Composition, depth first, each once, at most 16 deep, with its JSON path. */
function eachSection(sections: unknown, field: string, visit: (s: Json, path: string) => void, depth = 0, seen = new Set<unknown>()): void {
  if (depth > 16) return;
  const list = arr(sections);
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (!isObj(s) || seen.has(s)) continue;
    seen.add(s);
    visit(s, `${field}[${i}]`);
    if (s.section) eachSection(s.section, `${field}[${i}].section`, visit, depth + 1, seen);
  }
}

function readSections(rd: Reader, comp: Res, out: DocumentSection[]): void {
  eachSection(comp.r.section, 'section', (s, path) => {
    const code = rd.ctx.codings(s.code)[0];
    const title = str(s.title) ?? rd.ctx.text(s.code) ?? '';
    const sec: DocumentSection = { title };
    if (code) sec.code = code;
    const text = obj(s.text);
    if (text && typeof text.div === 'string') {
      const tooLong = text.div.length > MAX_NARRATIVE * 4;
      if (tooLong) rd.issues.add('value-too-long', comp.loc, `${path}.text.div`, { length: text.div.length }, [comp.key]);
      const t = xhtmlToText(text.div);
      if (t) sec.text = t;
      const n = narrativeOfXhtml(text.div, t);
      if (n.nodes.length) sec.narrative = n.nodes;
      for (const pr of n.problems) {
        // The same div cut twice (plain text and tree) is one issue.
        if (pr.code === 'value-too-long' && tooLong) continue;
        rd.issues.add(pr.code, comp.loc, `${path}.text.div`, { what: pr.what, length: pr.what }, [comp.key]);
      }
    }
    const declaration = declarationOf({ codes: code ? [code] : [], title: str(s.title), texts: [sec.text], tz: rd.ctx.tz });
    if (declaration) sec.declaration = declaration;
    out.push(sec);
  });
}

/** NRE of an order (ServiceRequest, MedicationRequest) → the document it is in. */
export function nreOfOrder(rd: Reader, res: Res): void {
  const doc = res.doc as Doc | undefined;
  if (!doc || doc.excluded) return;
  const r = res.r;
  for (const ident of arr(r.identifier)) rd.addNre(doc.meta.nre, obj(ident), res, 'identifier');
  if (isObj(r.groupIdentifier)) rd.addNre(doc.meta.nre, r.groupIdentifier, res, 'groupIdentifier');
}
