/**
 * What the CDA reader shares while it reads one input: options, the issue log, the time zone, the ids
 * already given, the events whose date is decided at the end, and the small readers of CDA data
 * types (II, CD, TS, IVL_TS, PN, AD, organisations, actors) that every family uses.
 */
import { canonicalSystem, CF_SYSTEMS } from '../codes.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../dates.js';
import { address, humanName } from '../adapter/context.js';
import { MAX_TEXT } from '../adapter/json.js';
import type { Actor, ClinicalEvent, Coding, FromFhirOptions, FuzzyDate, Identifier, Organization, Patient } from '../types.js';
import { CdaIssueLog } from './issues.js';
import { collapse, plainText } from './plain-text.js';
import { readHl7Ts } from './ts.js';
import { child, children, path, xmlPath, type XmlElement } from './xml.js';

export const CF_ROOT = '2.16.840.1.113883.2.9.4.3.2';

/** Placeholder date of an event whose date is decided at the end (undated). */
export const PENDING_DATE: FuzzyDate = Object.freeze({ iso: '', precision: 'day', start: Number.NaN, end: Number.NaN }) as FuzzyDate;

/** One ClinicalDocument being read. */
export interface Doc {
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
  /** The results of a LAB document (labs.ts). */
  results?: ClinicalEvent[];
  /** `root^extension` of the document id, for relatedDocument. */
  idKey?: string;
  replaces: string[];
}

export class CdaContext {
  readonly issues = new CdaIssueLog();
  readonly tz: string;
  readonly now: number;
  /** Event ids already given (documents, encounters). */
  readonly usedIds = new Set<string>();
  /** Events read without a date, dated (or marked undated) at the end. */
  readonly undated: { ev: ClinicalEvent; path: string }[] = [];

  constructor(readonly options: FromFhirOptions) {
    let tz = DEFAULT_TIME_ZONE;
    if (options.timeZone !== undefined) {
      if (typeof options.timeZone === 'string' && isValidTimeZone(options.timeZone)) tz = options.timeZone;
      else this.issues.add('invalid-time-zone', '$', { value: String(options.timeZone) });
    }
    this.tz = tz;
    this.now = typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
  }

  p(d: Doc, el: XmlElement, attr?: string): string {
    return `${d.base}${xmlPath(el)}${attr ? `/@${attr}` : ''}`;
  }

  attr(el: XmlElement | undefined, name: string, max = 512): string | undefined {
    const v = el?.attrs.get(name);
    if (v === undefined) return undefined;
    const t = (v.length > max ? v.slice(0, max) : v).trim();
    return t || undefined;
  }

  /** Text of an element, whitespace collapsed, cut at MAX_TEXT. */
  text(el: XmlElement | undefined, max = MAX_TEXT): string | undefined {
    if (!el) return undefined;
    const t = collapse(plainText(el, max));
    return t || undefined;
  }

  /** A CD/CE element → Coding (system made canonical); undefined without a code. */
  coding(el: XmlElement | undefined): Coding | undefined {
    const code = this.attr(el, 'code', 256);
    if (!el || !code) return undefined;
    const sys = this.attr(el, 'codeSystem', 256);
    const display = this.attr(el, 'displayName');
    const c: Coding = { system: sys ? canonicalSystem(sys) : '', code };
    if (display) c.display = display;
    return c;
  }

  /** A date at `el/@value` (TS), reported when present but unusable. */
  date(d: Doc, el: XmlElement | undefined, subject: string[]): FuzzyDate | undefined {
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
  period(d: Doc, el: XmlElement | undefined, subject: string[]): { start?: FuzzyDate; end?: FuzzyDate } | undefined {
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
  humanName(el: XmlElement | undefined): Record<string, unknown> | undefined {
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
  address(el: XmlElement | undefined): string | undefined {
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
  ids(list: XmlElement[]): { identifiers: Identifier[]; cf?: string; cfEl?: XmlElement; first?: { root: string; ext?: string } } {
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

  organization(el: XmlElement | undefined): Organization | undefined {
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
  actor(el: XmlElement | undefined): Actor | undefined {
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

}
