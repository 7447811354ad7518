/**
 * A CDA2 document's header and sections → its `document` event (and its encounter's): type from code
 * and templateId, dates, confidentiality, author, custodian, legal authenticator, NRE, service event,
 * replaced documents, and the plain text and narrative of each section.
 */
import { canonicalSystem, CONFIDENTIALITY_RANK, LOINC, NATIONAL_TYPE_LABEL, nationalTypeOf, NRE_SYSTEMS, V3_ACT_CODE } from '../codes.js';
import { declarationOf } from '../adapter/declarations.js';
import { MAX_NARRATIVE } from '../adapter/json.js';
import { narrativeOf } from '../narrative.js';
import type { Actor, ClinicalEvent, Coding, DocumentMeta, DocumentSection, FuzzyDate, Privacy } from '../types.js';
import { PENDING_DATE, type CdaContext, type Doc } from './context.js';
import { plainText, tidy } from './plain-text.js';
import { ENTRY_TYPES, readEntries } from './entries.js';
import { readLabResults } from './labs.js';
import { TEMPLATE_TYPE } from './templates.js';
import { child, children, path, type XmlElement } from './xml.js';

const HL7_NS = 'urn:hl7-org:v3';

/**
 * The encounter a template implies when encompassingEncounter carries no code: the LDO is about a
 * hospital stay, the VPS about an emergency-room visit (HL7 Italia LDO and VPS templates).
 */
const ENCOUNTER_OF_TYPE = new Map<string, { class: string; title: string }>([
  ['LDO', { class: 'IMP', title: 'Ricovero' }],
  ['VPS', { class: 'EMER', title: 'Accesso in pronto soccorso' }],
]);

export function readDocument(cx: CdaContext, d: Doc): void {
  const doc = d.root!;
  const base = `${d.base}/ClinicalDocument`;
  if (doc.ns !== HL7_NS) cx.issues.add('not-hl7-namespace', base, { ns: doc.ns ?? '—' });
  // id
  const idEl = child(doc, 'id');
  const root = cx.attr(idEl, 'root', 256);
  const ext = cx.attr(idEl, 'extension', 256);
  // uniqueId as the gateway's CDA→FHIR map gives Composition.identifier.value (the extension;
  // the root is its system), so the same document has the same uniqueId from FHIR and from CDA.
  // The event id keeps both (`root^extension`), which is unique across issuers.
  const idKey = root ? (ext ? `${root}^${ext}` : root) : undefined;
  const uniqueId = ext ?? root;
  if (!root) cx.issues.add('missing-element', `${base}/id`, { what: 'id/@root' });
  d.idKey = idKey;
  let key = `ClinicalDocument/${idKey ?? `cda-${d.index}`}`;
  if (cx.usedIds.has(key)) {
    let n = 2;
    while (cx.usedIds.has(`${key}#${n}`)) n++;
    const second = `${key}#${n}`;
    cx.issues.add('duplicate-document-id', `${base}/id`, { id: idKey ?? key, key: second }, [second]);
    key = second;
  }
  cx.usedIds.add(key);
  const subject = [key];

  // code → national type
  const codeEl = child(doc, 'code');
  const typeCoding = cx.coding(codeEl);
  const codes: Coding[] = [];
  if (typeCoding) codes.push(typeCoding);
  for (const t of children(codeEl, 'translation')) {
    const c = cx.coding(t);
    if (c) codes.push(c);
  }
  if (!typeCoding) cx.issues.add('missing-element', codeEl ? `${base}/code/@code` : `${base}/code`, { what: 'code (LOINC)' }, subject);
  // templateId → formatCode
  const roots = children(doc, 'templateId').map((t) => cx.attr(t, 'root', 256)).filter((r): r is string => !!r);
  const formatCode = roots.find((r) => TEMPLATE_TYPE.has(r));
  let nationalType = nationalTypeOf(codes, formatCode);
  if (!nationalType) {
    nationalType = 'OTHER';
    if (typeCoding) cx.issues.add('unknown-document-type', `${base}/code/@code`, { code: `${typeCoding.system} ${typeCoding.code}` }, subject);
  }
  if (!formatCode) cx.issues.add('unknown-template', `${base}/templateId`, { roots: roots.join(', ') || '—' }, subject);
  else if (typeCoding && nationalType !== 'OTHER' && TEMPLATE_TYPE.get(formatCode) !== nationalType) {
    cx.issues.add('template-type-mismatch', `${base}/templateId`, { template: formatCode, templateType: TEMPLATE_TYPE.get(formatCode), type: nationalType }, subject);
  }

  const meta: DocumentMeta = { nationalType, status: 'current', nre: [], sections: [], eventIds: [] };
  const typeCode = codes.find((c) => c.system === LOINC) ?? codes[0];
  if (typeCode) meta.typeCode = typeCode;
  if (formatCode) meta.formatCode = formatCode;
  if (uniqueId) meta.uniqueId = uniqueId;
  meta.mimeType = 'text/x-cda-r2+xml';
  // effectiveTime → creationTime
  const et = child(doc, 'effectiveTime');
  const creationTime = cx.date(d, et, subject);
  if (!et || (!et.attrs.has('value') && !et.attrs.has('nullFlavor'))) cx.issues.add('missing-element', `${base}/effectiveTime`, { what: 'effectiveTime/@value' }, subject);
  if (creationTime) meta.creationTime = creationTime;
  const version = cx.attr(child(doc, 'versionNumber'), 'value', 32);
  if (version) meta.version = version;
  // title
  const title = cx.text(child(doc, 'title')) ?? typeCoding?.display ?? NATIONAL_TYPE_LABEL.get(nationalType)!;
  // confidentiality
  const privacy: Privacy = { confidentiality: 'N', obscured: false, hiddenFromParent: false, hiddenFromPatient: false };
  const cc = child(doc, 'confidentialityCode');
  const conf = cx.attr(cc, 'code', 20);
  if (!cc) cx.issues.add('missing-element', `${base}/confidentialityCode`, { what: 'confidentialityCode' }, subject);
  else if (conf && CONFIDENTIALITY_RANK.has(conf.toUpperCase())) privacy.confidentiality = conf.toUpperCase() as Privacy['confidentiality'];
  else cx.issues.add('invalid-confidentiality', cx.p(d, cc, 'code'), { value: conf ?? '' }, subject);
  // author (the first), custodian, legal authenticator
  let author: Actor | undefined;
  for (const a of children(doc, 'author')) {
    author = cx.actor(child(a, 'assignedAuthor'));
    if (author) break;
  }
  if (!author) cx.issues.add('missing-element', `${base}/author`, { what: 'author/assignedAuthor' }, subject);
  const facility = cx.organization(path(doc, 'custodian', 'assignedCustodian', 'representedCustodianOrganization'));
  if (!facility) cx.issues.add('missing-element', `${base}/custodian`, { what: 'custodian/assignedCustodian/representedCustodianOrganization' }, subject);
  const legal = cx.actor(path(doc, 'legalAuthenticator', 'assignedEntity'));
  if (legal) meta.legalAuthenticator = legal;
  const signedAt = legal ? cx.date(d, path(doc, 'legalAuthenticator', 'time'), subject) : undefined;
  if (signedAt) meta.legalAuthenticatedAt = signedAt;
  // NRE (a Set beside the list: a document with thousands of orders stays linear)
  const nreSeen = new Set(meta.nre);
  for (const f of children(doc, 'inFulfillmentOf')) {
    for (const idE of children(child(f, 'order'), 'id')) {
      const r = cx.attr(idE, 'root', 256);
      const v = cx.attr(idE, 'extension', 64);
      if (!r || !v || !NRE_SYSTEMS.has(canonicalSystem(r))) continue;
      if (v.charCodeAt(0) === 91 /* [NRE] placeholder */) cx.issues.add('placeholder-value', cx.p(d, idE, 'extension'), { value: v }, subject);
      else if (!nreSeen.has(v)) {
        nreSeen.add(v);
        meta.nre.push(v);
      }
    }
  }
  // service event: the date the document is about
  let service: { start?: FuzzyDate; end?: FuzzyDate } | undefined;
  for (const o of children(doc, 'documentationOf')) {
    service = cx.period(d, path(o, 'serviceEvent', 'effectiveTime'), subject);
    if (service?.start) break;
  }
  // replaced documents
  for (const rel of children(doc, 'relatedDocument')) {
    if (cx.attr(rel, 'typeCode', 8) !== 'RPLC') continue;
    const pid = child(child(rel, 'parentDocument'), 'id');
    const r = cx.attr(pid, 'root', 256);
    if (r) d.replaces.push(cx.attr(pid, 'extension', 256) ? `${r}^${cx.attr(pid, 'extension', 256)}` : r);
  }
  // sections
  const body = path(doc, 'component', 'structuredBody');
  if (body) readSections(cx, d, body, meta.sections, 0);

  const ev: ClinicalEvent = {
    id: key,
    kind: nationalType === 'TACCUINO' ? 'taccuino' : 'document',
    title,
    date: service?.start ?? creationTime ?? PENDING_DATE,
    codes,
    carePathIds: [],
    bodySites: [],
    privacy,
    source: [{ kind: 'cda', ref: key, path: base }],
    document: meta,
  };
  if (service?.start && service.end) ev.end = service.end;
  if (author) ev.author = author;
  if (facility) ev.facility = facility;
  const statusCode = cx.attr(child(doc, 'statusCode'), 'code', 32);
  if (statusCode) ev.status = statusCode;
  d.ev = ev;
  if (nationalType === 'LAB' && body) d.results = readLabResults(cx, d, body, ev);
  else if (ENTRY_TYPES.has(nationalType) && body) d.results = readEntries(cx, d, body, ev, nationalType);
  if (!service?.start && !creationTime) cx.undated.push({ ev, path: `${base}/effectiveTime` });

  // encounter
  const enc = path(doc, 'componentOf', 'encompassingEncounter');
  if (enc) {
    d.encounter = readEncounter(cx, d, enc, ev);
    // What the document's coded entries say happened during that encounter, as FHIR resources
    // carry it in their own `encounter` reference (the gateway's CDA→FHIR map gives every
    // resource of the document the one Encounter made of encompassingEncounter).
    for (const r of d.results ?? []) r.encounterId = d.encounter.id;
  }
}

function readEncounter(cx: CdaContext, d: Doc, enc: XmlElement, docEv: ClinicalEvent): ClinicalEvent {
  const { first } = cx.ids(children(enc, 'id'));
  let id = first ? `Encounter/${first.root}-${first.ext ?? ''}` : `${docEv.id}/encounter`;
  if (cx.usedIds.has(id)) id = `${docEv.id}/encounter`;
  cx.usedIds.add(id);
  const code = cx.coding(child(enc, 'code'));
  const period = cx.period(d, child(enc, 'effectiveTime'), [id]);
  const implied = ENCOUNTER_OF_TYPE.get(docEv.document!.nationalType);
  const title = code?.display ?? implied?.title ?? (code ? `Contatto ${code.code}` : 'Contatto');
  const ev: ClinicalEvent = {
    id,
    kind: 'encounter',
    title,
    date: period?.start ?? PENDING_DATE,
    codes: code ? [code] : [],
    carePathIds: [],
    bodySites: [],
    privacy: { ...docEv.privacy },
    source: [{ kind: 'cda', ref: id, path: cx.p(d, enc) }],
    documentId: docEv.id,
  };
  if (code && (code.system === V3_ACT_CODE || code.system === '')) ev.encounter = { class: code.code };
  else if (implied) ev.encounter = { class: implied.class };
  if (period?.end) ev.end = period.end;
  const place = path(enc, 'location', 'healthCareFacility');
  const facility = cx.organization(child(place, 'serviceProviderOrganization')) ?? cx.organization(child(place, 'location')) ?? docEv.facility;
  if (facility) ev.facility = facility;
  const resp = cx.actor(path(enc, 'responsibleParty', 'assignedEntity'));
  if (resp) ev.author = resp;
  if (!period?.start) cx.undated.push({ ev, path: cx.p(d, enc) + '/effectiveTime' });
  docEv.encounterId = id;
  return ev;
}

function readSections(cx: CdaContext, d: Doc, parent: XmlElement, out: DocumentSection[], depth: number): void {
  if (depth > 16) return;
  for (const comp of children(parent, 'component')) {
    const s = child(comp, 'section');
    if (!s) continue;
    const code = cx.coding(child(s, 'code'));
    const title = cx.text(child(s, 'title')) ?? code?.display ?? '';
    const sec: DocumentSection = { title };
    if (code) sec.code = code;
    const textEl = child(s, 'text');
    if (textEl) {
      const raw = plainText(textEl, MAX_NARRATIVE + 1, true);
      if (raw.length > MAX_NARRATIVE) cx.issues.add('value-too-long', cx.p(d, textEl), { length: `> ${MAX_NARRATIVE}` }, d.ev ? [d.ev.id] : undefined);
      const t = tidy(raw.slice(0, MAX_NARRATIVE));
      if (t) sec.text = t;
      const n = narrativeOf(textEl);
      if (n.nodes.length) sec.narrative = n.nodes;
      for (const pr of n.problems) {
        // The same text node cut twice (plain text and tree) is one issue.
        if (pr.code === 'value-too-long' && raw.length > MAX_NARRATIVE) continue;
        cx.issues.add(pr.code, cx.p(d, textEl) + pr.path.slice('/text'.length), { what: pr.what, length: pr.what }, d.ev ? [d.ev.id] : undefined);
      }
    }
    const templates = children(s, 'templateId').map((t) => cx.attr(t, 'root')).filter((r): r is string => !!r);
    const declaration = declarationOf({ codes: code ? [code] : [], title: cx.text(child(s, 'title')), texts: [sec.text], templates, tz: cx.tz });
    if (declaration) sec.declaration = declaration;
    out.push(sec);
    readSections(cx, d, s, out, depth + 1);
  }
}
