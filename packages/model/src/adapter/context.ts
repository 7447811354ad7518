/**
 * The reading context shared by the resource readers: issues, references, dates, codings, actors
 * and organisations, each resolved once and cached.
 */
import { canonicalSystem, CF_SYSTEMS, FACILITY_TYPES, isUriSystem } from '../codes.js';
import { readFuzzyDate } from '../dates.js';
import type { Actor, Coding, FacilityType, FuzzyDate, Organization, RoleCode } from '../types.js';
import { LOOKUP_TYPES, type Index, type Res } from './collect.js';
import type { IssueLog } from './issues.js';
import { arr, describe, isObj, isPlaceholder, jsonType, MAX_TEXT, obj, str, type Json } from './json.js';
import { ROLE_CODES } from '../codes.js';

export class Ctx {
  private actors = new Map<Res, Actor>();
  private orgs = new Map<Res, Organization>();
  constructor(
    readonly index: Index,
    readonly issues: IssueLog,
    readonly tz: string,
    readonly now: number,
  ) {}

  // ───────────── references ─────────────

  /**
   * Resolves a Reference (`{ reference, identifier }`) found at `res.loc` + `field`. A dangling or
   * unreadable reference is reported; a logical reference (identifier only) that matches nothing is not.
   */
  /**
   * Resolves a Reference that may rightly point outside the input (a person's Patient in their own
   * record): what it names when present, else undefined, without an issue.
   */
  refQuietly(res: Res, value: unknown): Res | undefined {
    if (!isObj(value)) return undefined;
    const reference = value.reference;
    if (typeof reference === 'string' && reference.length > 0 && reference.length <= 4096) {
      const hit = this.index.resolveString(reference);
      if (hit) return usedBy(hit.duplicateOf ?? hit, res);
    }
    const ident = obj(value.identifier);
    if (ident && typeof ident.value === 'string') {
      const sys = typeof ident.system === 'string' ? ident.system.trim() : '';
      const v = ident.value.trim();
      const hit = this.index.byIdentifier.get(`Patient|${sys}|${v}`) ?? this.index.byIdentifier.get(`Patient||${v}`);
      return hit && usedBy(hit, res);
    }
    return undefined;
  }

  ref(res: Res, value: unknown, field: string): Res | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isObj(value)) {
      this.issues.add('invalid-reference', res.loc, field, { ref: jsonType(value) }, [res.key]);
      return undefined;
    }
    const reference = value.reference;
    if (typeof reference === 'string' && reference.length > 0) {
      if (reference.length > 4096) {
        this.issues.add('invalid-reference', res.loc, `${field}.reference`, { ref: reference.slice(0, 60) }, [res.key]);
        return undefined;
      }
      const hit = this.index.resolveString(reference);
      if (hit) return usedBy(hit.duplicateOf ?? hit, res);
      if (hit === null) this.issues.add('invalid-reference', res.loc, `${field}.reference`, { ref: reference }, [res.key]);
      else if (reference.charCodeAt(0) !== 35) this.issues.add('dangling-reference', res.loc, `${field}.reference`, { ref: reference }, [res.key]);
      return undefined;
    }
    if (reference !== undefined) {
      this.issues.add('invalid-reference', res.loc, `${field}.reference`, { ref: jsonType(reference) }, [res.key]);
      return undefined;
    }
    const ident = obj(value.identifier);
    if (ident && typeof ident.value === 'string') {
      const type = typeof value.type === 'string' ? value.type.trim() : '';
      const sys = typeof ident.system === 'string' ? ident.system.trim() : '';
      const v = ident.value.trim();
      const hit = this.index.byIdentifier.get(`${type}|${sys}|${v}`) ?? this.index.byIdentifier.get(`${type}||${v}`);
      return hit && usedBy(hit, res);
    }
    return undefined;
  }

  /** Resolves each Reference of a list. */
  refs(res: Res, list: unknown, field: string): Res[] {
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      const one = this.ref(res, list, field);
      return one ? [one] : [];
    }
    const out: Res[] = [];
    for (let i = 0; i < list.length; i++) {
      const hit = this.ref(res, list[i], `${field}[${i}]`);
      if (hit) out.push(hit);
    }
    return out;
  }

  // ───────────── dates ─────────────

  /** A date at `field` of `res`, or undefined (reported) when present but unusable. */
  date(res: Res, value: unknown, field: string): FuzzyDate | undefined {
    if (value === undefined || value === null) return undefined;
    const r = readFuzzyDate(value, this.tz);
    if (r.ok) {
      if (r.noOffset) this.issues.add('date-without-offset', res.loc, field, { value: r.date.iso, tz: this.tz }, [res.key]);
      return r.date;
    }
    this.issues.add(r.problem, res.loc, field, { value: describe(value) }, [res.key]);
    return undefined;
  }

  /** A Period; an end before the start is reported and dropped. */
  period(res: Res, value: unknown, field: string): { start?: FuzzyDate; end?: FuzzyDate } | undefined {
    const p = obj(value);
    if (!p) {
      if (value !== undefined) this.issues.add('invalid-value', res.loc, field, { field }, [res.key]);
      return undefined;
    }
    const start = this.date(res, p.start, `${field}.start`);
    let end = this.date(res, p.end, `${field}.end`);
    if (start && end && end.end < start.start) {
      this.issues.add('end-before-start', res.loc, field, {}, [res.key]);
      end = undefined;
    }
    if (!start && !end) return undefined;
    return { start, end };
  }

  // ───────────── codes ─────────────

  /** Codings of a CodeableConcept (systems made canonical). `report` adds issues for codings that cannot be used. */
  codings(cc: unknown, res?: Res, field?: string): Coding[] {
    const c = obj(cc);
    if (!c) return [];
    const list = c.coding;
    if (!Array.isArray(list)) return [];
    const out: Coding[] = [];
    for (let i = 0; i < list.length; i++) {
      const coding = list[i];
      if (!isObj(coding)) continue;
      const code = typeof coding.code === 'string' ? coding.code.trim() : typeof coding.code === 'number' ? String(coding.code) : '';
      if (!code || code.length > 256) {
        if (res && field) this.issues.add('coding-without-code', res.loc, `${field}.coding[${i}]`, {}, [res.key]);
        continue;
      }
      const rawSystem = typeof coding.system === 'string' ? coding.system.trim() : '';
      const system = rawSystem ? canonicalSystem(rawSystem) : '';
      if (res && field && rawSystem && !isUriSystem(system)) this.issues.add('unknown-code-system', res.loc, `${field}.coding[${i}].system`, { system: rawSystem }, [res.key]);
      const display = str(coding.display, 512);
      out.push(display ? { system, code, display } : { system, code });
    }
    return out;
  }

  /** Codings of a list of CodeableConcepts. */
  codingsOf(list: unknown): Coding[] {
    if (!Array.isArray(list)) return this.codings(list);
    const out: Coding[] = [];
    for (const cc of list) for (const c of this.codings(cc)) out.push(c);
    return out;
  }

  /** The words of a CodeableConcept: text, else the first display, else the first code. */
  text(cc: unknown): string | undefined {
    const words = this.label(cc);
    if (words) return words;
    const list = arr(obj(cc)?.coding);
    for (const coding of list) {
      const d = isObj(coding) ? str(coding.code, 256) : undefined;
      if (d) return d;
    }
    return undefined;
  }

  /**
   * The words of a CodeableConcept meant for people — its text, else the first display — never a
   * bare code (`assess-plan`). A list of CodeableConcepts gives the first that has words.
   */
  label(cc: unknown): string | undefined {
    if (Array.isArray(cc)) {
      for (const one of cc) {
        const w = this.label(one);
        if (w) return w;
      }
      return undefined;
    }
    const c = obj(cc);
    if (!c) return typeof cc === 'string' ? str(cc) : undefined;
    const t = str(c.text);
    if (t && t.charCodeAt(0) !== 35 /* '#ref' to the narrative */) return t;
    for (const coding of arr(c.coding)) {
      const d = isObj(coding) ? str(coding.display) : undefined;
      if (d) return d;
    }
    return undefined;
  }

  /** First code of a CodeableConcept (any system). */
  code(cc: unknown): string | undefined {
    for (const coding of arr(obj(cc)?.coding)) {
      const d = isObj(coding) ? str(coding.code, 256) : undefined;
      if (d) return d;
    }
    return undefined;
  }

  // ───────────── people and organisations ─────────────

  /** An Actor for a referenced Practitioner, PractitionerRole, Organization, RelatedPerson, Patient or Device. */
  actor(target: Res | undefined, display?: unknown): Actor | undefined {
    if (!target) {
      const name = str(display, 512);
      return name && !isPlaceholder(name) ? { name } : undefined;
    }
    const cached = this.actors.get(target);
    if (cached) return cached;
    const r = target.r;
    let a: Actor;
    switch (target.type) {
      case 'PractitionerRole': {
        const pr = this.ref(target, r.practitioner, 'practitioner');
        const base = pr && pr.type !== 'PractitionerRole' ? this.actor(pr) : undefined;
        a = { ...(base ?? {}), id: base?.id ?? target.key };
        const org = this.ref(target, r.organization, 'organization');
        if (org && org.type === 'Organization') a.organization = this.organization(org);
        const spec = this.codingsOf(r.specialty)[0];
        if (spec) a.specialty = spec;
        const roleText = this.text(arr(r.code)[0]);
        const role = this.roleCode(r.code);
        if (role) a.role = role;
        else if (roleText && roleText.length > 3) a.roleText = roleText;
        break;
      }
      case 'Organization': {
        const org = this.organization(target);
        a = { id: target.key, name: org.name, organization: org };
        break;
      }
      default: {
        a = { id: target.key };
        const name = humanName(r.name);
        if (name) a.name = name;
        const cf = cfOf(r.identifier);
        if (cf) a.cf = cf;
        if (target.type === 'Patient') a.role = 'ASS';
        const q = this.text(arr(r.qualification).map((x) => obj(x)?.code)[0]);
        if (q) a.roleText = q;
      }
    }
    if (!a.name && display) {
      const d = str(display, 512);
      if (d && !isPlaceholder(d)) a.name = d;
    }
    this.actors.set(target, a);
    return a;
  }

  /** The national role code (ASS, APR, AAS…) among codings, whatever their system. */
  roleCode(list: unknown): RoleCode | undefined {
    for (const c of this.codingsOf(list)) {
      if (ROLE_CODES.has(c.code as RoleCode)) return c.code as RoleCode;
    }
    return undefined;
  }

  /**
   * A name as the source wrote it (trimmed, cut at 512), unless it is a placeholder left from an
   * example file (`@NOME_STRUTTURA@`, `[NRE]`): that is reported (`placeholder-value`) and not used.
   */
  name(res: Res, value: unknown, field: string): string | undefined {
    const s = str(value, 512);
    if (s && isPlaceholder(s)) {
      this.issues.add('placeholder-value', res.loc, field, { value: s }, [res.key]);
      return undefined;
    }
    return s;
  }

  /**
   * The facility a Reference at `field` of `res` names: the Organization it points to, else (a
   * reference given only as `display`, as regional data often does) an Organization with that name.
   */
  facility(res: Res, value: unknown, field: string): Organization | undefined {
    if (value === undefined) return undefined;
    const t = this.ref(res, value, field);
    if (t) return t.type === 'Organization' ? this.organization(t) : undefined;
    const name = isObj(value) ? this.name(res, value.display, `${field}.display`) : undefined;
    return name ? { id: `${res.key}#${field}`, name } : undefined;
  }

  organization(target: Res): Organization {
    const cached = this.orgs.get(target);
    if (cached) return cached;
    const r = target.r;
    let ident = firstIdentifier(r.identifier);
    if (ident && isPlaceholder(ident.value)) ident = undefined;
    const o: Organization = { id: target.key, name: this.name(target, r.name, 'name') ?? this.name(target, r.alias, 'alias') ?? ident?.value ?? target.id ?? target.key };
    if (ident) o.identifier = ident.system ? `${ident.system}|${ident.value}` : ident.value;
    if (target.type === 'Organization') {
      const ft = this.codingsOf(r.type).find((c) => FACILITY_TYPES.has(c.code as FacilityType));
      if (ft) o.facilityType = ft.code as FacilityType;
      const parentRes = this.ref(target, r.partOf, 'partOf');
      if (parentRes && parentRes !== target && parentRes.type === 'Organization') {
        const pn = str(parentRes.r.name, 512);
        if (pn) o.partOf = pn;
      }
    }
    const addr = address(Array.isArray(r.address) ? r.address[0] : r.address);
    if (addr) o.address = addr;
    this.orgs.set(target, o);
    return o;
  }
}

/**
 * Notes that `user` refers to `target` when the target is a lookup (a Practitioner, an
 * Organization…): a lookup gives no model object of its own, so an issue about it concerns what
 * its users gave (IssueLog.settle).
 */
function usedBy(target: Res, user: Res): Res {
  if (target !== user && LOOKUP_TYPES.has(target.type)) (target.users ??= new Set()).add(user);
  return target;
}

/** "Dott.ssa Giulia Bianchi": the official (or first) HumanName. */
export function humanName(names: unknown): string | undefined {
  const list = Array.isArray(names) ? names : isObj(names) ? [names] : [];
  let best: Json | undefined;
  for (const n of list) {
    if (!isObj(n)) continue;
    if (!best || n.use === 'official') best = n;
    if (n.use === 'official') break;
  }
  if (!best) return undefined;
  const text = str(best.text, 512);
  if (text) return text;
  const parts: string[] = [];
  for (const p of arr(best.prefix)) {
    const s = str(p, 64);
    if (s) parts.push(s);
  }
  for (const g of arr(best.given)) {
    const s = str(g, 128);
    if (s) parts.push(s);
  }
  const fam = str(best.family, 256);
  if (fam) parts.push(fam);
  return parts.length ? parts.join(' ') : undefined;
}

export function splitName(names: unknown): { given: string; family: string } {
  const list = Array.isArray(names) ? names : isObj(names) ? [names] : [];
  for (const n of list) {
    if (!isObj(n)) continue;
    const given = arr(n.given).map((g) => str(g, 128)).filter(Boolean).join(' ');
    const family = str(n.family, 256) ?? '';
    if (given || family) return { given, family };
    const text = str(n.text, 512);
    if (text) {
      const sp = text.lastIndexOf(' ');
      return sp > 0 ? { given: text.slice(0, sp), family: text.slice(sp + 1) } : { given: '', family: text };
    }
  }
  return { given: '', family: '' };
}

/** The codice fiscale among identifiers (MEF OID or HL7 Italia naming system), upper case. */
export function cfOf(identifiers: unknown): string | undefined {
  const list = Array.isArray(identifiers) ? identifiers : isObj(identifiers) ? [identifiers] : [];
  for (const i of list) {
    if (!isObj(i)) continue;
    if (typeof i.system === 'string' && CF_SYSTEMS.has(i.system.trim())) {
      const v = str(i.value, 64);
      if (v) return v.toUpperCase();
    }
  }
  return undefined;
}

/** Whether a string has the shape of a codice fiscale (16 characters, or the 11-digit temporary one). */
export function looksLikeCf(cf: string): boolean {
  if (cf.length === 11) {
    for (let i = 0; i < 11; i++) {
      const c = cf.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }
  if (cf.length !== 16) return false;
  for (let i = 0; i < 16; i++) {
    const c = cf.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

function firstIdentifier(identifiers: unknown): { system?: string; value: string; } | undefined {
  const list = Array.isArray(identifiers) ? identifiers : isObj(identifiers) ? [identifiers] : [];
  for (const i of list) {
    if (!isObj(i)) continue;
    const v = str(i.value, 256);
    if (v) return { system: str(i.system, 256), value: v };
  }
  return undefined;
}

export function address(a: unknown): string | undefined {
  const o = obj(a);
  if (!o) return undefined;
  const text = str(o.text, 512);
  if (text) return text;
  const parts: string[] = [];
  for (const l of arr(o.line)) {
    const s = str(l, 256);
    if (s) parts.push(s);
  }
  const city = [str(o.postalCode, 16), str(o.city, 128), str(o.district, 16) ? `(${str(o.district, 16)})` : undefined].filter(Boolean).join(' ');
  if (city) parts.push(city);
  return parts.length ? parts.join(', ') : undefined;
}

export { MAX_TEXT };
