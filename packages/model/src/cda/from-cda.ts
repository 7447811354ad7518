/**
 * `fromCda`: CDA2 documents (HL7 Italia templates, as validated by the national FSE 2.0 gateway)
 * → the same {@link FseRecord} `fromFhir` gives, with every problem reported as an {@link Issue}
 * whose path is XPath-like (`$[1]/ClinicalDocument/effectiveTime/@value`; `$` alone for a single
 * string input, as fromFhir does for a single object).
 *
 * What is read: the HEADER (recordTarget → patient; code, templateId, id, effectiveTime,
 * confidentialityCode, versionNumber, author, custodian, legalAuthenticator, inFulfillmentOf,
 * documentationOf/serviceEvent, componentOf/encompassingEncounter, relatedDocument) and, of the
 * body, each section's code, title and the plain text of its narrative block. Coded body ENTRIES
 * are not read: a CDA document gives one `document` event (plus its encounter); the gateway's FHIR
 * (fromFhir) is the way to get observations, conditions and medications one by one.
 * The mapping, element by element, is `packages/model/CDA.md`.
 *
 * Everything that is a code table (LOINC → national type, canonical systems, CF and NRE systems,
 * issue codes and messages) is the adapter's (codes.ts, adapter/issues.ts); names, addresses and
 * the CF shape check are the adapter's helpers, fed with the CDA parts in FHIR shape.
 */
import { canonicalSystem, CF_SYSTEMS, CONFIDENTIALITY_RANK, LOINC, NATIONAL_TYPE_LABEL, nationalTypeOf, NRE_SYSTEMS, V3_ACT_CODE } from '../codes.js';
import { DEFAULT_TIME_ZONE, dayOf, isValidTimeZone } from '../dates.js';
import { FhirInputError } from '../adapter/from-fhir.js';
import { address, humanName, looksLikeCf, splitName } from '../adapter/context.js';
import { MAX_NARRATIVE, MAX_TEXT } from '../adapter/json.js';
import { narrativeOf } from '../narrative.js';
import type {
  Actor, ClinicalEvent, Coding, DocumentMeta, DocumentSection, FromFhirOptions, FromFhirResult, FseRecord, FuzzyDate, Identifier, Organization,
  Patient, Privacy,
} from '../types.js';
import { CdaIssueLog } from './issues.js';
import { TEMPLATE_TYPE } from './templates.js';
import { readHl7Ts } from './ts.js';
import { child, children, parseXml, path, xmlPath, type XmlElement } from './xml.js';

/**
 * Thrown only when the input is neither a string nor an array. It extends the adapter's
 * {@link FhirInputError} (so a caller that already catches that one catches this too, e.g. the
 * CLI), with a message that names what fromCda expects.
 */
export class CdaInputError extends FhirInputError {
  override name = 'CdaInputError';
  constructor(received: string) {
    super(received);
    this.message = `fromCda expects CDA2 XML text or an array of them, received ${received}`;
  }
}

const HL7_NS = 'urn:hl7-org:v3';
const CF_ROOT = '2.16.840.1.113883.2.9.4.3.2';
const TEL_USE_EMAIL = 'mailto:';
const TEL_USE_PHONE = 'tel:';

/** One ClinicalDocument being read. */
interface Doc {
  index: number;
  /** `$[i]` or `$`. */
  base: string;
  /** The parsed tree, dropped as soon as the document is read (hundreds of documents stay small). */
  root?: XmlElement;
  person: string;
  patient?: Patient;
  /** What the patient merge needs from this document's recordTarget, read while the tree exists. */
  facts: {
    recordTarget?: string;
    birth?: { date: FuzzyDate; at: string };
    sex?: { sex: NonNullable<Patient['sex']>; at: string };
    badCf?: { value: string; at: string };
  };
  ev?: ClinicalEvent;
  encounter?: ClinicalEvent;
  /** `root^extension` of the document id, for relatedDocument. */
  idKey?: string;
  replaces: string[];
}

/** Reads CDA2 documents of one patient into the normalised model. Throws only {@link CdaInputError}. */
export function fromCda(input: string | readonly string[], options: FromFhirOptions = {}): FromFhirResult {
  if (typeof input !== 'string' && !Array.isArray(input)) {
    throw new CdaInputError(input === null ? 'null' : typeof input);
  }
  return new CdaReader(options ?? {}).run(typeof input === 'string' ? [input] : input, typeof input === 'string');
}

class CdaReader {
  private issues = new CdaIssueLog();
  private tz: string;
  private now: number;
  private docs: Doc[] = [];
  /** Documents by their place in the input. */
  private docAt = new Map<number, Doc>();
  private events: ClinicalEvent[] = [];
  private usedIds = new Set<string>();
  private undated: { ev: ClinicalEvent; path: string }[] = [];

  constructor(private options: FromFhirOptions) {
    let tz = DEFAULT_TIME_ZONE;
    if (options.timeZone !== undefined) {
      if (typeof options.timeZone === 'string' && isValidTimeZone(options.timeZone)) tz = options.timeZone;
      else this.issues.add('invalid-time-zone', '$', { value: String(options.timeZone) });
    }
    this.tz = tz;
    this.now = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
  }

  run(inputs: readonly unknown[], single: boolean): FromFhirResult {
    for (let i = 0; i < inputs.length; i++) {
      const base = single ? '$' : `$[${i}]`;
      const text = inputs[i];
      if (typeof text !== 'string') {
        this.issues.add('not-a-string', base, { index: i, type: text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text });
        continue;
      }
      const parsed = parseXml(text);
      if (!parsed.root) {
        const p = parsed.problem!;
        const params = { line: p.line, column: p.column, it: p.detail.it, en: p.detail.en, length: text.length };
        this.issues.add(p.code, `${base}${p.path}`, params);
        continue;
      }
      const root = parsed.root;
      if (root.name !== 'ClinicalDocument') {
        this.issues.add('not-cda', `${base}/${root.name}`, { root: root.name });
        continue;
      }
      const d: Doc = { index: i, base, root, person: '', replaces: [], facts: {} };
      this.docs.push(d);
      this.docAt.set(i, d);
      d.patient = this.readPatientOf(d);
      this.readDocument(d);
      delete d.root;
    }
    if (!this.docs.length && inputs.length) this.issues.add('no-documents', '$');
    const patient = this.readPatients();
    for (const d of this.docs) {
      if (!d.ev) continue;
      if (d.person !== this.recordPerson && d.person !== '') {
        this.issues.add('other-patient-resource', `${d.base}/ClinicalDocument`, { key: d.ev.id }, [d.ev.id]);
        continue;
      }
      this.events.push(d.ev);
      if (d.encounter) this.events.push(d.encounter);
    }
    this.finish();
    this.issues.settle((at) => this.objectsAt(at, single));
    const record: FseRecord = {
      patient,
      events: this.events,
      carePaths: [],
      consents: [],
      delegations: [],
      accessLog: [],
      timeZone: this.tz,
    };
    return { record, issues: this.issues.list, otherPatients: this.otherPatients };
  }

  /** The model objects of the document a path lies in (`$/ClinicalDocument/…` or `$[i]/…`): its event and its encounter. */
  private objectsAt(at: string, single: boolean): string[] {
    let index = -1;
    if (single) index = at.startsWith('$/') ? 0 : -1;
    else if (at.startsWith('$[')) {
      const close = at.indexOf(']');
      if (close > 2 && at.charCodeAt(close + 1) === 47 /* / */) index = Number(at.slice(2, close));
    }
    const d = index >= 0 ? this.docAt.get(index) : undefined;
    return d ? [d.ev?.id, d.encounter?.id].filter((id): id is string => id !== undefined) : [];
  }

  // ───────────────────────────── small readers ─────────────────────────────

  private p(d: Doc, el: XmlElement, attr?: string): string {
    return `${d.base}${xmlPath(el)}${attr ? `/@${attr}` : ''}`;
  }

  private attr(el: XmlElement | undefined, name: string, max = 512): string | undefined {
    const v = el?.attrs.get(name);
    if (v === undefined) return undefined;
    const t = (v.length > max ? v.slice(0, max) : v).trim();
    return t || undefined;
  }

  /** Text of an element, whitespace collapsed, cut at MAX_TEXT. */
  private text(el: XmlElement | undefined, max = MAX_TEXT): string | undefined {
    if (!el) return undefined;
    const t = collapse(plainText(el, max));
    return t || undefined;
  }

  /** A CD/CE element → Coding (system made canonical); undefined without a code. */
  private coding(el: XmlElement | undefined): Coding | undefined {
    const code = this.attr(el, 'code', 256);
    if (!el || !code) return undefined;
    const sys = this.attr(el, 'codeSystem', 256);
    const display = this.attr(el, 'displayName');
    const c: Coding = { system: sys ? canonicalSystem(sys) : '', code };
    if (display) c.display = display;
    return c;
  }

  /** A date at `el/@value` (TS), reported when present but unusable. */
  private date(d: Doc, el: XmlElement | undefined, subject: string[]): FuzzyDate | undefined {
    const v = el?.attrs.get('value');
    if (!el || v === undefined) return undefined;
    const r = readHl7Ts(v, this.tz);
    const at = this.p(d, el, 'value');
    if (r.ok) {
      if (r.noOffset) this.issues.add('date-without-offset', at, { value: r.date.iso, tz: this.tz }, subject);
      return r.date;
    }
    this.issues.add(r.problem, at, { value: v.slice(0, 60) }, subject);
    return undefined;
  }

  /** An IVL_TS (`@value`, or `low`/`high`). */
  private period(d: Doc, el: XmlElement | undefined, subject: string[]): { start?: FuzzyDate; end?: FuzzyDate } | undefined {
    if (!el) return undefined;
    if (el.attrs.has('value')) {
      const start = this.date(d, el, subject);
      return start ? { start } : undefined;
    }
    const start = this.date(d, child(el, 'low'), subject);
    let end = this.date(d, child(el, 'high'), subject);
    if (start && end && end.end < start.start) {
      this.issues.add('end-before-start', this.p(d, el), {}, subject);
      end = undefined;
    }
    if (!start && !end) return undefined;
    const out: { start?: FuzzyDate; end?: FuzzyDate } = {};
    if (start) out.start = start;
    if (end) out.end = end;
    return out;
  }

  /** PN → the adapter's HumanName shape, read by its humanName / splitName. */
  private humanName(el: XmlElement | undefined): Record<string, unknown> | undefined {
    if (!el) return undefined;
    const given = children(el, 'given').map((g) => this.text(g, 128)).filter(Boolean);
    const prefix = children(el, 'prefix').map((g) => this.text(g, 64)).filter(Boolean);
    const family = children(el, 'family').map((g) => this.text(g, 256)).filter(Boolean).join(' ');
    if (!given.length && !family && !prefix.length) {
      const t = this.text(el, 512);
      return t ? { text: t } : undefined;
    }
    const n: Record<string, unknown> = { given, prefix };
    if (family) n.family = family;
    return n;
  }

  /** AD → the adapter's Address shape, read by its `address`. */
  private address(el: XmlElement | undefined): string | undefined {
    if (!el) return undefined;
    const line = children(el, 'streetAddressLine').map((x) => this.text(x, 256)).filter(Boolean);
    const hn = this.text(child(el, 'houseNumber'), 32);
    const sa = this.text(child(el, 'streetName'), 256);
    if (!line.length && sa) line.push(hn ? `${sa} ${hn}` : sa);
    const a: Record<string, unknown> = { line };
    const postal = this.text(child(el, 'postalCode'), 16);
    const city = this.text(child(el, 'city'), 128);
    const county = this.text(child(el, 'county'), 16);
    if (postal) a.postalCode = postal;
    if (city) a.city = city;
    if (county) a.district = county;
    if (!line.length && !postal && !city) {
      const t = this.text(el, 512);
      return t || undefined;
    }
    return address(a);
  }

  /** II elements: identifiers, and the CF among them (MEF root). */
  private ids(list: XmlElement[]): { identifiers: Identifier[]; cf?: string; cfEl?: XmlElement; first?: { root: string; ext?: string } } {
    const identifiers: Identifier[] = [];
    let cf: string | undefined;
    let cfEl: XmlElement | undefined;
    let first: { root: string; ext?: string } | undefined;
    for (const el of list) {
      const root = this.attr(el, 'root', 256);
      if (!root) continue;
      const ext = this.attr(el, 'extension', 256);
      if (!first) first = ext ? { root, ext } : { root };
      const system = canonicalSystem(root);
      if (ext) identifiers.push({ system, value: ext });
      if (!cf && ext && (root === CF_ROOT || CF_SYSTEMS.has(system))) {
        cf = ext.toUpperCase();
        cfEl = el;
      }
    }
    const out: { identifiers: Identifier[]; cf?: string; cfEl?: XmlElement; first?: { root: string; ext?: string } } = { identifiers };
    if (cf) out.cf = cf;
    if (cfEl) out.cfEl = cfEl;
    if (first) out.first = first;
    return out;
  }

  private organization(el: XmlElement | undefined): Organization | undefined {
    if (!el) return undefined;
    const { first } = this.ids(children(el, 'id'));
    let name: string | undefined;
    for (const n of children(el, 'name')) {
      name = this.text(n, 512);
      if (name) break;
    }
    if (!first && !name) return undefined;
    const o: Organization = {
      id: first ? `Organization/${first.root}-${first.ext ?? ''}` : `Organization/${name}`,
      name: name ?? first?.ext ?? first?.root ?? '',
    };
    if (first) o.identifier = first.ext ? `${canonicalSystem(first.root)}|${first.ext}` : canonicalSystem(first.root);
    const addr = this.address(child(el, 'addr'));
    if (addr) o.address = addr;
    const parent = child(el, 'asOrganizationPartOf');
    const parentName = parent ? this.text(path(parent, 'wholeOrganization', 'name')) ?? this.text(child(parent, 'name')) : undefined;
    if (parentName) o.partOf = parentName;
    return o;
  }

  /** assignedAuthor / assignedEntity → Actor (CF, name with prefix, qualification, organisation). */
  private actor(el: XmlElement | undefined): Actor | undefined {
    if (!el) return undefined;
    const { cf, first } = this.ids(children(el, 'id'));
    const a: Actor = {};
    if (first) a.id = `Practitioner/${first.root}-${first.ext ?? ''}`;
    if (cf) a.cf = cf;
    const person = child(el, 'assignedPerson') ?? child(el, 'associatedPerson');
    const name = humanName(this.humanName(child(person, 'name')));
    if (name) a.name = name;
    const role = this.coding(child(el, 'code'));
    if (role?.display) a.roleText = role.display;
    const org = this.organization(child(el, 'representedOrganization'));
    if (org) a.organization = org;
    if (!a.name && !a.cf && !a.id && !a.organization) {
      const device = this.text(path(el, 'assignedAuthoringDevice', 'softwareName'));
      if (device) return { name: device };
      return undefined;
    }
    return a;
  }

  // ───────────────────────────── patients ─────────────────────────────

  private otherPatients: Patient[] = [];
  private recordPerson = '';

  private readPatientOf(d: Doc): Patient | undefined {
    const rt = child(d.root, 'recordTarget');
    const role = child(rt, 'patientRole');
    if (!rt || !role) {
      this.issues.add('missing-element', `${d.base}/ClinicalDocument/recordTarget`, { what: 'recordTarget/patientRole' });
      return undefined;
    }
    d.facts.recordTarget = this.p(d, rt);
    const { identifiers, cf, first } = this.ids(children(role, 'id'));
    const pid = cf ? `Patient/${CF_ROOT}-${cf}` : first ? `Patient/${first.root}-${first.ext ?? ''}` : `Patient/cda-${d.index}`;
    const pat = child(role, 'patient');
    const hn = this.humanName(child(pat, 'name'));
    const split = splitName(hn ? [hn] : []);
    const p: Patient = {
      id: pid,
      identifiers,
      given: split.given,
      family: split.family,
      name: [split.given, split.family].filter(Boolean).join(' ') || humanName(hn ? [hn] : []) || '',
      exemptions: [],
      source: [{ kind: 'cda', ref: `${pid}`, path: this.p(d, role) }],
    };
    if (cf) p.cf = cf;
    const addr = this.address(child(role, 'addr'));
    if (addr) p.address = addr;
    for (const t of children(role, 'telecom')) {
      const v = this.attr(t, 'value', 256);
      if (!v) continue;
      if (v.startsWith(TEL_USE_PHONE) && !p.phone) p.phone = v.slice(TEL_USE_PHONE.length);
      else if (v.startsWith(TEL_USE_EMAIL) && !p.email) p.email = v.slice(TEL_USE_EMAIL.length);
    }
    d.person = cf ? `cf:${cf}` : first ? `id:${first.root}|${first.ext ?? ''}` : `doc:${d.index}`;
    const bt = child(pat, 'birthTime');
    const bd = this.date(d, bt, [pid]);
    if (bd && bt) d.facts.birth = { date: bd, at: this.p(d, bt, 'value') };
    const g = child(pat, 'administrativeGenderCode');
    if (g) {
      const code = this.attr(g, 'code', 16);
      const sex = code === 'M' ? 'male' : code === 'F' ? 'female' : code === 'UN' || code === 'U' ? 'unknown' : undefined;
      if (sex) d.facts.sex = { sex, at: this.p(d, g, 'code') };
      else if (code || !g.attrs.has('nullFlavor')) this.issues.add('invalid-value', this.p(d, g, 'code'), { field: 'administrativeGenderCode' }, [pid]);
    }
    if (cf && !looksLikeCf(cf)) d.facts.badCf = { value: cf, at: this.p(d, this.ids(children(role, 'id')).cfEl ?? role, 'extension') };
    return p;
  }

  private readPatients(): Patient {
    const byPerson = new Map<string, Doc[]>();
    for (const d of this.docs) {
      if (!d.patient) {
        d.person = '';
        continue;
      }
      const list = byPerson.get(d.person);
      if (list) list.push(d);
      else byPerson.set(d.person, [d]);
    }
    let chosen: string | undefined;
    const wanted = typeof this.options.patient === 'string' ? this.options.patient.trim() : '';
    if (wanted) {
      const up = wanted.toUpperCase();
      if (byPerson.has(`cf:${up}`)) chosen = `cf:${up}`;
      else for (const [k, list] of byPerson) if (list[0]!.patient!.id === wanted) chosen = k;
    }
    if (!chosen) {
      let best = -1;
      for (const [k, list] of byPerson) {
        if (list.length > best) {
          best = list.length;
          chosen = k;
        }
      }
    }
    if (!chosen) {
      if (this.docs.length) this.issues.add('no-patient', '$');
      return { id: 'unknown-patient', identifiers: [], given: '', family: '', name: '', exemptions: [], source: [] };
    }
    this.recordPerson = chosen;
    const patient = this.merge(byPerson.get(chosen)!, true);
    for (const [k, list] of byPerson) {
      if (k === chosen) continue;
      const other = this.merge(list, false);
      this.otherPatients.push(other);
      this.issues.add('other-patient', list[0]!.facts.recordTarget!, { who: other.cf ?? other.id }, [other.id]);
    }
    return patient;
  }

  /** One Patient from the recordTargets of several documents; conflicts reported like fromFhir does. */
  private merge(list: Doc[], report: boolean): Patient {
    const p = list[0]!.patient!;
    const seen = new Set(p.identifiers.map((i) => `${i.system}|${i.value}`));
    const births: { date: FuzzyDate; at: string }[] = [];
    const sexes: { sex: NonNullable<Patient['sex']>; at: string }[] = [];
    for (const d of list) {
      const q = d.patient!;
      if (q !== p) {
        p.source.push(...q.source);
        for (const i of q.identifiers) {
          const k = `${i.system}|${i.value}`;
          if (!seen.has(k)) {
            seen.add(k);
            p.identifiers.push(i);
          }
        }
        if (!p.name && q.name) Object.assign(p, { given: q.given, family: q.family, name: q.name });
        p.address ??= q.address;
        p.phone ??= q.phone;
        p.email ??= q.email;
        if (p.address === undefined) delete p.address;
        if (p.phone === undefined) delete p.phone;
        if (p.email === undefined) delete p.email;
      }
      if (d.facts.birth) births.push(d.facts.birth);
      if (d.facts.sex) sexes.push(d.facts.sex);
      if (report && d.facts.badCf) this.issues.add('invalid-cf', d.facts.badCf.at, { value: d.facts.badCf.value }, [p.id]);
    }
    if (births.length) {
      p.birthDate = births[0]!.date;
      const distinct = [...new Set(births.map((b) => b.date.iso))];
      if (distinct.length > 1 && report) {
        this.issues.add('conflicting-patient-data', births.find((b) => b.date.iso !== distinct[0])!.at, { field: 'birthTime', values: distinct.join(', '), kept: distinct[0] }, [p.id]);
      }
    }
    if (sexes.length) {
      p.sex = sexes[0]!.sex;
      const distinct = [...new Set(sexes.map((s) => s.sex))];
      if (distinct.length > 1 && report) {
        this.issues.add('conflicting-patient-data', sexes.find((s) => s.sex !== distinct[0])!.at, { field: 'administrativeGenderCode', values: distinct.join(', '), kept: distinct[0] }, [p.id]);
      }
    }
    if (report && !p.cf) this.issues.add('patient-without-cf', `${list[0]!.base}/ClinicalDocument/recordTarget/patientRole/id`, {}, [p.id]);
    return p;
  }

  // ───────────────────────────── documents ─────────────────────────────

  private readDocument(d: Doc): void {
    const doc = d.root!;
    const base = `${d.base}/ClinicalDocument`;
    if (doc.ns !== HL7_NS) this.issues.add('not-hl7-namespace', base, { ns: doc.ns ?? '—' });
    // id
    const idEl = child(doc, 'id');
    const root = this.attr(idEl, 'root', 256);
    const ext = this.attr(idEl, 'extension', 256);
    // uniqueId as the gateway's CDA→FHIR map gives Composition.identifier.value (the extension;
    // the root is its system), so the same document has the same uniqueId from FHIR and from CDA.
    // The event id keeps both (`root^extension`), which is unique across issuers.
    const idKey = root ? (ext ? `${root}^${ext}` : root) : undefined;
    const uniqueId = ext ?? root;
    if (!root) this.issues.add('missing-element', `${base}/id`, { what: 'id/@root' });
    d.idKey = idKey;
    let key = `ClinicalDocument/${idKey ?? `cda-${d.index}`}`;
    if (this.usedIds.has(key)) {
      let n = 2;
      while (this.usedIds.has(`${key}#${n}`)) n++;
      const second = `${key}#${n}`;
      this.issues.add('duplicate-document-id', `${base}/id`, { id: idKey ?? key, key: second }, [second]);
      key = second;
    }
    this.usedIds.add(key);
    const subject = [key];

    // code → national type
    const codeEl = child(doc, 'code');
    const typeCoding = this.coding(codeEl);
    const codes: Coding[] = [];
    if (typeCoding) codes.push(typeCoding);
    for (const t of children(codeEl, 'translation')) {
      const c = this.coding(t);
      if (c) codes.push(c);
    }
    if (!typeCoding) this.issues.add('missing-element', codeEl ? `${base}/code/@code` : `${base}/code`, { what: 'code (LOINC)' }, subject);
    // templateId → formatCode
    const roots = children(doc, 'templateId').map((t) => this.attr(t, 'root', 256)).filter((r): r is string => !!r);
    const formatCode = roots.find((r) => TEMPLATE_TYPE.has(r));
    let nationalType = nationalTypeOf(codes, formatCode);
    if (!nationalType) {
      nationalType = 'OTHER';
      if (typeCoding) this.issues.add('unknown-document-type', `${base}/code/@code`, { code: `${typeCoding.system} ${typeCoding.code}` }, subject);
    }
    if (!formatCode) this.issues.add('unknown-template', `${base}/templateId`, { roots: roots.join(', ') || '—' }, subject);
    else if (typeCoding && nationalType !== 'OTHER' && TEMPLATE_TYPE.get(formatCode) !== nationalType) {
      this.issues.add('template-type-mismatch', `${base}/templateId`, { template: formatCode, templateType: TEMPLATE_TYPE.get(formatCode), type: nationalType }, subject);
    }

    const meta: DocumentMeta = { nationalType, status: 'current', nre: [], sections: [], eventIds: [] };
    const typeCode = codes.find((c) => c.system === LOINC) ?? codes[0];
    if (typeCode) meta.typeCode = typeCode;
    if (formatCode) meta.formatCode = formatCode;
    if (uniqueId) meta.uniqueId = uniqueId;
    meta.mimeType = 'text/x-cda-r2+xml';
    // effectiveTime → creationTime
    const et = child(doc, 'effectiveTime');
    const creationTime = this.date(d, et, subject);
    if (!et || (!et.attrs.has('value') && !et.attrs.has('nullFlavor'))) this.issues.add('missing-element', `${base}/effectiveTime`, { what: 'effectiveTime/@value' }, subject);
    if (creationTime) meta.creationTime = creationTime;
    const version = this.attr(child(doc, 'versionNumber'), 'value', 32);
    if (version) meta.version = version;
    // title
    const title = this.text(child(doc, 'title')) ?? typeCoding?.display ?? NATIONAL_TYPE_LABEL.get(nationalType)!;
    // confidentiality
    const privacy: Privacy = { confidentiality: 'N', obscured: false, hiddenFromParent: false, hiddenFromPatient: false };
    const cc = child(doc, 'confidentialityCode');
    const conf = this.attr(cc, 'code', 20);
    if (!cc) this.issues.add('missing-element', `${base}/confidentialityCode`, { what: 'confidentialityCode' }, subject);
    else if (conf && CONFIDENTIALITY_RANK.has(conf.toUpperCase())) privacy.confidentiality = conf.toUpperCase() as Privacy['confidentiality'];
    else this.issues.add('invalid-confidentiality', this.p(d, cc, 'code'), { value: conf ?? '' }, subject);
    // author (the first), custodian, legal authenticator
    let author: Actor | undefined;
    for (const a of children(doc, 'author')) {
      author = this.actor(child(a, 'assignedAuthor'));
      if (author) break;
    }
    if (!author) this.issues.add('missing-element', `${base}/author`, { what: 'author/assignedAuthor' }, subject);
    const facility = this.organization(path(doc, 'custodian', 'assignedCustodian', 'representedCustodianOrganization'));
    if (!facility) this.issues.add('missing-element', `${base}/custodian`, { what: 'custodian/assignedCustodian/representedCustodianOrganization' }, subject);
    const legal = this.actor(path(doc, 'legalAuthenticator', 'assignedEntity'));
    if (legal) meta.legalAuthenticator = legal;
    const signedAt = legal ? this.date(d, path(doc, 'legalAuthenticator', 'time'), subject) : undefined;
    if (signedAt) meta.legalAuthenticatedAt = signedAt;
    // NRE (a Set beside the list: a document with thousands of orders stays linear)
    const nreSeen = new Set(meta.nre);
    for (const f of children(doc, 'inFulfillmentOf')) {
      for (const idE of children(child(f, 'order'), 'id')) {
        const r = this.attr(idE, 'root', 256);
        const v = this.attr(idE, 'extension', 64);
        if (!r || !v || !NRE_SYSTEMS.has(canonicalSystem(r))) continue;
        if (v.charCodeAt(0) === 91 /* [NRE] placeholder */) this.issues.add('placeholder-value', this.p(d, idE, 'extension'), { value: v }, subject);
        else if (!nreSeen.has(v)) {
          nreSeen.add(v);
          meta.nre.push(v);
        }
      }
    }
    // service event: the date the document is about
    let service: { start?: FuzzyDate; end?: FuzzyDate } | undefined;
    for (const o of children(doc, 'documentationOf')) {
      service = this.period(d, path(o, 'serviceEvent', 'effectiveTime'), subject);
      if (service?.start) break;
    }
    // replaced documents
    for (const rel of children(doc, 'relatedDocument')) {
      if (this.attr(rel, 'typeCode', 8) !== 'RPLC') continue;
      const pid = child(child(rel, 'parentDocument'), 'id');
      const r = this.attr(pid, 'root', 256);
      if (r) d.replaces.push(this.attr(pid, 'extension', 256) ? `${r}^${this.attr(pid, 'extension', 256)}` : r);
    }
    // sections
    const body = path(doc, 'component', 'structuredBody');
    if (body) this.readSections(d, body, meta.sections, 0);

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
    const statusCode = this.attr(child(doc, 'statusCode'), 'code', 32);
    if (statusCode) ev.status = statusCode;
    d.ev = ev;
    if (!service?.start && !creationTime) this.undated.push({ ev, path: `${base}/effectiveTime` });

    // encounter
    const enc = path(doc, 'componentOf', 'encompassingEncounter');
    if (enc) d.encounter = this.readEncounter(d, enc, ev);
  }

  private readEncounter(d: Doc, enc: XmlElement, docEv: ClinicalEvent): ClinicalEvent {
    const { first } = this.ids(children(enc, 'id'));
    let id = first ? `Encounter/${first.root}-${first.ext ?? ''}` : `${docEv.id}/encounter`;
    if (this.usedIds.has(id)) id = `${docEv.id}/encounter`;
    this.usedIds.add(id);
    const code = this.coding(child(enc, 'code'));
    const period = this.period(d, child(enc, 'effectiveTime'), [id]);
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
      source: [{ kind: 'cda', ref: id, path: this.p(d, enc) }],
      documentId: docEv.id,
    };
    if (code && (code.system === V3_ACT_CODE || code.system === '')) ev.encounter = { class: code.code };
    else if (implied) ev.encounter = { class: implied.class };
    if (period?.end) ev.end = period.end;
    const place = path(enc, 'location', 'healthCareFacility');
    const facility = this.organization(child(place, 'serviceProviderOrganization')) ?? this.organization(child(place, 'location')) ?? docEv.facility;
    if (facility) ev.facility = facility;
    const resp = this.actor(path(enc, 'responsibleParty', 'assignedEntity'));
    if (resp) ev.author = resp;
    if (!period?.start) this.undated.push({ ev, path: this.p(d, enc) + '/effectiveTime' });
    docEv.encounterId = id;
    return ev;
  }

  private readSections(d: Doc, parent: XmlElement, out: DocumentSection[], depth: number): void {
    if (depth > 16) return;
    for (const comp of children(parent, 'component')) {
      const s = child(comp, 'section');
      if (!s) continue;
      const code = this.coding(child(s, 'code'));
      const title = this.text(child(s, 'title')) ?? code?.display ?? '';
      const sec: DocumentSection = { title };
      if (code) sec.code = code;
      const textEl = child(s, 'text');
      if (textEl) {
        const raw = plainText(textEl, MAX_NARRATIVE + 1, true);
        if (raw.length > MAX_NARRATIVE) this.issues.add('value-too-long', this.p(d, textEl), { length: `> ${MAX_NARRATIVE}` }, d.ev ? [d.ev.id] : undefined);
        const t = tidy(raw.slice(0, MAX_NARRATIVE));
        if (t) sec.text = t;
        const n = narrativeOf(textEl);
        if (n.nodes.length) sec.narrative = n.nodes;
        for (const pr of n.problems) {
          // The same text node cut twice (plain text and tree) is one issue.
          if (pr.code === 'value-too-long' && raw.length > MAX_NARRATIVE) continue;
          this.issues.add(pr.code, this.p(d, textEl) + pr.path.slice('/text'.length), { what: pr.what, length: pr.what }, d.ev ? [d.ev.id] : undefined);
        }
      }
      out.push(sec);
      this.readSections(d, s, out, depth + 1);
    }
  }

  // ───────────────────────────── finish ─────────────────────────────

  private finish(): void {
    // relatedDocument RPLC: the replaced document, if given, is superseded.
    const byId = new Map<string, Doc>();
    for (const d of this.docs) if (d.idKey && d.ev && !byId.has(d.idKey)) byId.set(d.idKey, d);
    for (const d of this.docs) for (const r of d.replaces) {
      const old = byId.get(r);
      if (old?.ev?.document && old !== d) {
        old.ev.document.status = 'superseded';
        if (d.ev?.document) {
          old.ev.document.replacedBy ??= d.ev.id;
          d.ev.document.replaces ??= old.ev.id;
        }
      }
    }
    if (this.undated.length) {
      const kept = new Map(this.events.map((e) => [e.id, e]));
      for (const { ev, path: at } of this.undated) {
        if (kept.get(ev.id) !== ev) continue; // a document of another person, left out
        const doc = ev.documentId ? kept.get(ev.documentId) : undefined;
        if (doc && doc.date !== PENDING_DATE) {
          ev.date = doc.date;
          this.issues.add('date-from-document', at, {}, [ev.id]);
        } else {
          // a place in the sorted list only, marked so that nothing shows it as the event's date
          ev.date = dayOf(this.now, this.tz); // never another event's date: it could be a hidden document's
          ev.undated = true;
          this.issues.add('undated', at, {}, [ev.id]);
        }
      }
    }
    this.events.sort((a, b) => a.date.start - b.date.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const docById = new Map<string, DocumentMeta>();
    for (const ev of this.events) if (ev.document) docById.set(ev.id, ev.document);
    for (const ev of this.events) if (ev.documentId) docById.get(ev.documentId)?.eventIds.push(ev.id);
  }
}

/**
 * The encounter a template implies when encompassingEncounter carries no code: the LDO is about a
 * hospital stay, the VPS about an emergency-room visit (HL7 Italia LDO and VPS templates).
 */
const ENCOUNTER_OF_TYPE = new Map<string, { class: string; title: string }>([
  ['LDO', { class: 'IMP', title: 'Ricovero' }],
  ['VPS', { class: 'EMER', title: 'Accesso in pronto soccorso' }],
]);

/** Placeholder date of an event whose date is decided at the end (undated). */
const PENDING_DATE: FuzzyDate = Object.freeze({ iso: '', precision: 'day', start: Number.NaN, end: Number.NaN }) as FuzzyDate;

// ───────────────────────────── narrative ─────────────────────────────

/** Narrative elements that end a line (CDA2 narrative block, and XHTML spellings). */
const BLOCK = new Set(['paragraph', 'br', 'list', 'item', 'table', 'tr', 'caption', 'thead', 'tbody', 'tfoot', 'footnote', 'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Plain text below an element: markup dropped (never kept), block ends as line breaks and table
 * cells as tabs when `layout`; stops after `max` characters.
 */
function plainText(el: XmlElement, max: number, layout = false): string {
  const parts: string[] = [];
  let len = 0;
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (len > max) return;
      if (typeof c === 'string') {
        parts.push(c);
        len += c.length;
        continue;
      }
      if (c.name === 'renderMultiMedia' || c.name === 'script' || c.name === 'style') continue;
      walk(c);
      if (layout) {
        if (BLOCK.has(c.name)) parts.push('\n');
        else if (c.name === 'td' || c.name === 'th') parts.push('\t');
      }
    }
  };
  walk(el);
  const t = parts.join('');
  return t.length > max ? t.slice(0, max) : t;
}

/** One line, whitespace runs as one space. */
function collapse(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) space = out.length > 0;
    else {
      if (space) out += ' ';
      space = false;
      out += s[i];
    }
  }
  return out;
}

/** Lines collapsed and trimmed, empty lines dropped. */
function tidy(s: string): string {
  const out: string[] = [];
  for (const line of s.split('\n')) {
    const l = collapse(line);
    if (l) out.push(l);
  }
  return out.join('\n');
}
