/**
 * First pass: walk the input (Bundles of any type, arrays, nested bundles) once, collect every
 * resource with its place in the input, and index it for reference resolution — by fullUrl, by
 * `Type/id`, by identifier (for conditional references `Patient?identifier=system|value`) and by
 * the conditional URL of transaction entries.
 */
import { describe, isObj, jsonType, Loc, obj, str, type Json } from './json.js';
import type { IssueLog } from './issues.js';

/** A group of resources read together: one Bundle, or the top-level array. Documents are decided per group. */
export interface Group {
  id: number;
  loc: Loc;
  type?: string;
  resources: Res[];
  /** The Bundle resource itself, for `Bundle.identifier`/`timestamp`. */
  bundle?: Json;
}

/** A resource of the input. Its JSON path is built only when asked for (an issue is raised). */
export class Res {
  /** Set when this resource repeats an earlier one: it is not read. */
  duplicateOf?: Res;
  /** Reader's slots, set as passes go (kept here rather than in Maps: one object per resource). */
  ev?: unknown;
  doc?: unknown;
  subject?: string | null;
  /** Resources whose references resolved to this one (kept for lookups only: what an issue about a lookup concerns). */
  users?: Set<Res>;
  private _loc?: Loc;
  constructor(
    readonly r: Json,
    readonly type: string,
    /** `Type/id`; for resources without id the fullUrl, else `Type/$n`. Unique in the record. */
    readonly key: string,
    readonly id: string | undefined,
    /** The parent path (`$[1].entry` or the array) and the index in it. */
    private readonly base: Loc,
    private readonly idx: number,
    private readonly inEntry: boolean,
    readonly group: Group,
    readonly fullUrl: string | undefined,
    /** Input order. */
    readonly seq: number,
  ) {}
  get loc(): Loc {
    if (!this._loc) {
      const l = this.base.child(this.idx);
      this._loc = this.inEntry ? l.child('resource') : l;
      this._loc.owner = this;
    }
    return this._loc;
  }
}

export const MAX_DEPTH = 32;

function mkLoc(base: Loc, idx: number, inEntry: boolean): Loc {
  return idx < 0 ? base : inEntry ? base.child(idx).child('resource') : base.child(idx);
}

/** Resource types used only to look things up (names, organisations, medicines): never events. */
export const LOOKUP_TYPES: ReadonlySet<string> = new Set([
  'Practitioner', 'PractitionerRole', 'Organization', 'OrganizationAffiliation', 'Location', 'Medication', 'Substance',
  'Specimen', 'DeviceDefinition', 'Media', 'BodyStructure', 'Provenance', 'Goal', 'CareTeam', 'ServiceRequest',
  'HealthcareService', 'Endpoint', 'List', 'Group', 'Binary', 'Questionnaire', 'ValueSet', 'CodeSystem', 'StructureDefinition',
  'Basic', 'Linkage', 'Schedule', 'Slot', 'Account', 'Invoice', 'Claim', 'ClaimResponse', 'Contract', 'Person',
  'OperationOutcome', 'Parameters', 'Signature',
]);

export class Index {
  readonly all: Res[] = [];
  readonly groups: Group[] = [];
  readonly byKey = new Map<string, Res>();
  readonly byUrl = new Map<string, Res>();
  /** `Type|system|value` and `Type||value`. */
  readonly byIdentifier = new Map<string, Res>();
  private seen = new Set<unknown>();
  private seq = 0;
  private groupSeq = 0;

  constructor(private issues: IssueLog) {}

  /** Walks the top-level input (already known to be an object or array). */
  walk(input: Json | readonly unknown[]): void {
    const root = new Loc(undefined, '$');
    if (Array.isArray(input)) {
      const g = this.newGroup(root, 'array');
      this.walkArray(input, root, g, 0);
    } else {
      this.walkItem(input, root, -1, false, undefined, 0);
    }
  }

  private newGroup(loc: Loc, type?: string, bundle?: Json): Group {
    const g: Group = { id: this.groupSeq++, loc, type, resources: [], bundle };
    this.groups.push(g);
    return g;
  }

  private walkArray(a: readonly unknown[], loc: Loc, g: Group, depth: number): void {
    if (this.seen.has(a)) {
      this.issues.add('cycle', loc);
      return;
    }
    this.seen.add(a);
    for (let i = 0; i < a.length; i++) this.walkItem(a[i], loc, i, false, g, depth + 1);
  }

  private walkItem(item: unknown, base: Loc, idx: number, inEntry: boolean, g: Group | undefined, depth: number, fullUrl?: string, entry?: Json): void {
    // The path is built only when needed: an issue, or a Bundle (whose entries need a base).
    if (depth > MAX_DEPTH) {
      this.issues.add('nesting-too-deep', mkLoc(base, idx, inEntry));
      return;
    }
    if (Array.isArray(item)) {
      this.walkArray(item, mkLoc(base, idx, inEntry), g ?? this.newGroup(mkLoc(base, idx, inEntry), 'array'), depth);
      return;
    }
    if (!isObj(item)) {
      this.issues.add('not-a-resource', mkLoc(base, idx, inEntry), undefined, { what: jsonType(item) });
      return;
    }
    const type = item.resourceType;
    if (typeof type !== 'string' || !type || type.length > 64) {
      this.issues.add('missing-resource-type', mkLoc(base, idx, inEntry));
      return;
    }
    if (type === 'Bundle') {
      const loc = mkLoc(base, idx, inEntry);
      // Only containers can make a cycle (JSON cannot; objects built in code can).
      if (this.seen.has(item)) {
        this.issues.add('cycle', loc);
        return;
      }
      this.seen.add(item);
      const bg = this.newGroup(loc, str(item.type, 64) ?? 'unknown', item);
      const entries = item.entry;
      if (!Array.isArray(entries) || entries.length === 0) {
        this.issues.add('empty-bundle', loc);
        return;
      }
      const eloc = loc.child('entry');
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (!isObj(e)) {
          this.issues.add('not-a-resource', eloc.child(i), undefined, { what: e === null ? 'null' : typeof e });
          continue;
        }
        const res = e.resource;
        if (res === undefined) {
          // a transaction-response or a DELETE entry: nothing to read
          if (!isObj(e.request) && !isObj(e.response)) this.issues.add('not-a-resource', eloc.child(i), 'resource', { what: 'undefined' });
          continue;
        }
        this.walkItem(res, eloc, i, true, bg, depth + 1, typeof e.fullUrl === 'string' ? str(e.fullUrl, 2048) : undefined, e);
      }
      return;
    }
    const group = g ?? this.newGroup(mkLoc(base, idx, inEntry), 'single');
    this.add(item, type, base, idx, inEntry, group, fullUrl, entry);
  }

  private add(r: Json, type: string, base: Loc, idx: number, inEntry: boolean, group: Group, fullUrl?: string, entry?: Json): void {
    const seq = this.seq++;
    let id: string | undefined;
    const rawId = r.id;
    if (typeof rawId === 'string' && rawId.length > 0 && rawId.length <= 1024) id = rawId;
    let key: string;
    if (id !== undefined) key = `${type}/${id}`;
    else if (fullUrl) key = fullUrl.startsWith('urn:') ? `${type}/${fullUrl.slice(fullUrl.lastIndexOf(':') + 1)}` : fullUrl;
    else key = `${type}/$${seq}`;
    const res = new Res(r, type, key, id, base, idx, inEntry, group, fullUrl, seq);
    if (id === undefined && !fullUrl) {
      this.issues.add(rawId === undefined ? 'missing-id' : 'invalid-id', res.loc, 'id', { type, id: key, value: describe(rawId, 40) });
    }
    const prev = this.byKey.get(key);
    if (prev) {
      res.duplicateOf = prev;
      // The same conditional upsert (PUT Practitioner?identifier=…) repeated in several gateway
      // bundles is normal: only repeats inside one group, or of clinical resources, are reported.
      if (type !== 'Patient' && (prev.group === group || !LOOKUP_TYPES.has(type))) {
        this.issues.add('duplicate-resource', res.loc, undefined, { key });
      }
    } else {
      this.byKey.set(key, res);
    }
    this.all.push(res);
    group.resources.push(res);
    if (fullUrl && !this.byUrl.has(fullUrl)) this.byUrl.set(fullUrl, res);
    if (res.duplicateOf) return;
    // identifiers, for conditional references
    const ids = r.identifier;
    if (Array.isArray(ids)) {
      for (const ident of ids) this.indexIdentifier(type, ident, res);
    } else if (isObj(ids)) this.indexIdentifier(type, ids, res);
    // transaction entry: PUT Patient?identifier=… makes that URL a name of this resource
    const req = entry ? obj(entry.request) : undefined;
    const url = req ? str(req.url, 2048) : undefined;
    if (url && url.indexOf('?') > 0 && !this.byUrl.has(url)) this.byUrl.set(url, res);
  }

  private indexIdentifier(type: string, ident: unknown, res: Res): void {
    if (!isObj(ident)) return;
    // stray whitespace around a system or value (a system URI ending in a space) is not part of it
    const value = typeof ident.value === 'string' ? ident.value.trim() : '';
    if (!value || value.length > 512) return;
    const system = typeof ident.system === 'string' ? ident.system.trim() : '';
    const k1 = `${type}|${system}|${value}`;
    if (!this.byIdentifier.has(k1)) this.byIdentifier.set(k1, res);
    const k2 = `${type}||${value}`;
    if (!this.byIdentifier.has(k2)) this.byIdentifier.set(k2, res);
  }

  /**
   * Resolves a reference string: a fullUrl (`urn:uuid:…`, absolute URL), a conditional reference
   * (`Patient?identifier=system|value`), `Type/id`, a relative or absolute URL ending in `Type/id`
   * (with or without `_history`). `null` when it cannot be read at all.
   */
  resolveString(ref: string): Res | undefined | null {
    const direct = this.byUrl.get(ref);
    if (direct) return direct;
    const qm = ref.indexOf('?');
    if (qm > 0) {
      const type = ref.slice(ref.lastIndexOf('/', qm) + 1, qm);
      const params = ref.slice(qm + 1).split('&');
      for (const p of params) {
        const eq = p.indexOf('=');
        if (eq < 0 || p.slice(0, eq) !== 'identifier') continue;
        let v = p.slice(eq + 1);
        try {
          v = decodeURIComponent(v);
        } catch {
          return null;
        }
        const bar = v.indexOf('|');
        const hit = bar >= 0 ? this.byIdentifier.get(`${type}|${v.slice(0, bar).trim()}|${v.slice(bar + 1).trim()}`) : this.byIdentifier.get(`${type}||${v.trim()}`);
        if (hit) return hit;
      }
      return undefined;
    }
    if (ref.charCodeAt(0) === 35 /* # */) return undefined; // contained: not supported, reported by the caller
    if (ref.startsWith('urn:uuid:') || ref.startsWith('urn:oid:')) return undefined; // a fullUrl not in the input
    let s = ref;
    const hist = s.indexOf('/_history/');
    if (hist > 0) s = s.slice(0, hist);
    const last = s.lastIndexOf('/');
    if (last <= 0) return null;
    const prev = s.lastIndexOf('/', last - 1);
    const key = s.slice(prev + 1);
    return this.byKey.get(key);
  }
}
