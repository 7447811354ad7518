/**
 * `loadFhirRecord`: a patient's record read from a FHIR R4 server over REST, with paging,
 * the per-type fallback when `$everything` is not offered, retries, abort and progress. What it reads
 * goes through `fromFhir`, the one adapter that knows FHIR. No DOM: runs in browsers and in Node 20.
 */
import { fromFhir } from '../adapter/index.js';
import { issueOf, type IssueDef } from '../adapter/issues.js';
import { CF_SYSTEMS } from '../codes.js';
import type { FromFhirResult, Issue } from '../types.js';
import { FhirAuthError, PatientNotFoundError } from './errors.js';
import { abortError, baseUrlOf, httpError, jsonOf, send, transportOf, type FetchLike, type SmartClientLike, type Transport } from './http.js';

/** What the host passes. `patient` is a logical id (`pat-123`) or a codice fiscale. */
export interface LoadFhirRecordOptions {
  /** FHIR base URL, e.g. `https://eds.regione.example/fhir` (no trailing `/metadata`); default: the SMART client's server. */
  baseUrl?: string;
  /** Logical id of the Patient, or a codice fiscale (searched as `Patient?identifier=<system>|<CF>`); default: the SMART client's patient. */
  patient?: string;
  /** An authenticated SMART client (`fhirclient`'s `Client` after `FHIR.oauth2.ready()`): the transport, with its token on every request. */
  client?: SmartClientLike;
  /** The host's fetch (for its own authentication, proxies, tracing); default `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Headers sent with every request (e.g. `Authorization: Bearer …`). */
  headers?: Record<string, string>;
  /** Cancels every request at once; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** `_count` asked of the server per page (default 100). */
  pageSize?: number;
  /** Requests in flight at once on the fallback path (default 4). */
  concurrency?: number;
  /** Retries of a request answered 429 or 503 (default 3), waiting `Retry-After` up to `maxRetryDelayMs` (default 10 000). */
  maxRetries?: number;
  maxRetryDelayMs?: number;
  /** Called after each page; `snapshot()` reads what has arrived so far (a `fromFhir` of it, cached until the next page). */
  onProgress?: (progress: LoadProgress) => void;
  /** Passed to `fromFhir`. */
  timeZone?: string;
  now?: number;
}

export interface LoadProgress {
  phase: 'patient' | 'everything' | 'search' | 'references' | 'done';
  /** Distinct resources received so far. */
  loaded: number;
  /** Resources expected in all: the server's `Bundle.total`s when it gives them, else an estimate (or undefined). */
  total?: number;
  /** True when `total` is an estimate (the server gave no total for some search). */
  approximate: boolean;
  /** Pages received so far. */
  pages: number;
  /** The record as read from what has arrived so far. */
  snapshot(): FromFhirResult;
}

export interface LoadFhirRecordResult extends FromFhirResult {
  /** `Type/id` → `meta.versionId` of every resource read: the versions the consent writes send as `If-Match`. */
  versions: Map<string, string>;
  /** How the record was read: `everything` (Patient/$everything) or `search` (one search per resource type). */
  path: 'everything' | 'search';
  pages: number;
  resources: number;
  requests: number;
  retries: number;
}

/** Issue codes the data source adds to those of `fromFhir`; the path of each is the URL concerned. */
export const SOURCE_ISSUE_CODES = new Map<string, IssueDef>([
  ['fhir-page-malformed', { severity: 'warning', message: (p) => ({ it: `Una pagina del server FHIR non è leggibile (${p.why}): i dati che conteneva mancano.`, en: `A page from the FHIR server cannot be read (${p.why}): the data it held is missing.` }) }],
  ['fhir-page-failed', { severity: 'warning', message: (p) => ({ it: `Il server FHIR ha risposto ${p.status} a una richiesta: i dati che doveva dare mancano.`, en: `The FHIR server answered ${p.status} to a request: the data it was to give is missing.` }) }],
  ['fhir-everything-unsupported', { severity: 'info', message: (p) => ({ it: `Il server non offre Patient/$everything (${p.status}): letto con una ricerca per tipo di risorsa.`, en: `The server does not offer Patient/$everything (${p.status}): read with one search per resource type.` }) }],
]);

/**
 * The resource types `fromFhir` reads from a patient's record, each with the search parameter that
 * ties it to the patient and the `_include`s of what it needs beside it. Practitioners,
 * organisations, locations and medications come through the includes or the `_id` searches.
 */
export const PATIENT_SEARCHES: readonly { type: string; param: string; include?: string[] }[] = [
  { type: 'Composition', param: 'patient', include: ['Composition:author', 'Composition:encounter'] },
  { type: 'DocumentReference', param: 'patient', include: ['DocumentReference:author', 'DocumentReference:custodian'] },
  { type: 'DiagnosticReport', param: 'patient', include: ['DiagnosticReport:result', 'DiagnosticReport:performer'] },
  { type: 'Observation', param: 'patient', include: ['Observation:performer'] },
  { type: 'Encounter', param: 'patient', include: ['Encounter:service-provider', 'Encounter:location'] },
  { type: 'Condition', param: 'patient' },
  { type: 'Procedure', param: 'patient', include: ['Procedure:performer'] },
  { type: 'AllergyIntolerance', param: 'patient' },
  { type: 'Immunization', param: 'patient', include: ['Immunization:performer'] },
  { type: 'MedicationRequest', param: 'patient', include: ['MedicationRequest:medication', 'MedicationRequest:requester'] },
  { type: 'MedicationDispense', param: 'patient', include: ['MedicationDispense:medication', 'MedicationDispense:performer'] },
  { type: 'MedicationStatement', param: 'patient', include: ['MedicationStatement:medication'] },
  { type: 'MedicationAdministration', param: 'patient', include: ['MedicationAdministration:medication'] },
  { type: 'ImagingStudy', param: 'patient' },
  { type: 'ServiceRequest', param: 'patient' },
  { type: 'Appointment', param: 'patient', include: ['Appointment:location'] },
  { type: 'CarePlan', param: 'patient', include: ['CarePlan:care-team', 'CarePlan:goal'] },
  { type: 'CareTeam', param: 'patient' },
  { type: 'Goal', param: 'patient' },
  { type: 'Consent', param: 'patient' },
  { type: 'RelatedPerson', param: 'patient' },
  { type: 'AuditEvent', param: 'patient' },
  { type: 'Coverage', param: 'patient' },
  { type: 'Specimen', param: 'patient' },
];

/** Types whose dangling references are fetched with `_id` searches. */
const RESOLVABLE = new Set(['Practitioner', 'PractitionerRole', 'Organization', 'Location', 'Medication', 'Encounter', 'Observation', 'Specimen', 'Condition', 'Procedure', 'ServiceRequest', 'CareTeam', 'Goal', 'DiagnosticReport', 'Composition', 'DocumentReference', 'MedicationRequest', 'Appointment', 'CarePlan']);
const ID_BATCH = 50;
const CF_SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/i;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

type Res = { resourceType: string; id?: string; [k: string]: unknown };
type Bundle = { resourceType: 'Bundle'; total?: number; link?: { relation?: string; url?: string }[]; entry?: { resource?: Res }[] };

/** Reads a patient's record from a FHIR R4 server. See the README, "Data from a FHIR server". */
export async function loadFhirRecord(options: LoadFhirRecordOptions): Promise<LoadFhirRecordResult> {
  return new Loader(options).run();
}

class Loader {
  private t: Transport;
  private base: string;
  private pageSize: number;
  private resources = new Map<string, Res>();
  private versions = new Map<string, string>();
  /** Resources as they arrived, one array per page (the input of `fromFhir`). */
  private pages: Res[][] = [];
  /** The URL each page came from, for the paths of the issues about it. */
  private pageUrls: string[] = [];
  private issues: Issue[] = [];
  private requests = 0;
  private phase: LoadProgress['phase'] = 'patient';
  private totals = new Map<string, number | undefined>();
  private counts = new Map<string, number>();
  private snap?: { at: number; result: FromFhirResult };
  private patientIds: string[] = [];
  /** The patient's codice fiscale, once the Patient is found. */
  private cf?: string;

  constructor(private o: LoadFhirRecordOptions) {
    this.t = transportOf(o);
    this.base = baseUrlOf(o);
    this.pageSize = Math.max(1, Math.min(1000, Math.trunc(o.pageSize ?? 100)));
  }

  async run(): Promise<LoadFhirRecordResult> {
    if (this.o.signal?.aborted) throw abortError(this.o.signal);
    // With a logical id, the first page of $everything is asked at the same time as the Patient: the
    // first paint waits for one round trip instead of two. It is used only once the Patient is found.
    const p = this.patientParam();
    const first = CF_SHAPE.test(p) || !FHIR_ID.test(p) ? undefined : this.fetchPage(this.everythingUrl(p));
    first?.catch(() => undefined);
    await this.findPatient();
    let path: 'everything' | 'search' = 'everything';
    for (const id of this.patientIds) {
      const ok = await this.everything(id, id === p ? first : undefined);
      if (!ok) {
        path = 'search';
        await this.searches(id);
      }
    }
    await this.linked();
    this.phase = 'references';
    await this.resolveDangling();
    await this.resolveDangling();
    this.phase = 'done';
    const result = this.read();
    this.progress(true);
    return { ...result, issues: [...this.issues, ...result.issues], versions: this.versions, path, pages: this.pages.length, resources: this.resources.size, requests: this.requests, retries: this.t.retries };
  }

  // ── the patient ──
  private patientParam(): string {
    return String(this.o.patient ?? this.o.client?.getPatientId() ?? '').trim();
  }

  private async findPatient(): Promise<void> {
    const p = this.patientParam();
    if (CF_SHAPE.test(p)) {
      const cf = p.toUpperCase();
      const value = [...CF_SYSTEMS].map((s) => `${s}|${cf}`).join(',');
      const url = `${this.base}/Patient?identifier=${encodeURIComponent(value)}&_count=${this.pageSize}`;
      const bundle = await this.getBundle(url, true);
      const found = (bundle?.entry ?? []).map((e) => e.resource).filter((r): r is Res => r?.resourceType === 'Patient' && typeof r.id === 'string');
      if (!found.length) throw new PatientNotFoundError(url, cf);
      this.patientIds = found.map((r) => r.id as string);
      this.cf = cf;
      return;
    }
    if (!FHIR_ID.test(p)) throw new PatientNotFoundError(`${this.base}/Patient/${encodeURIComponent(p)}`, p);
    const url = `${this.base}/Patient/${p}`;
    this.requests++;
    const res = await send(this.t, url);
    const body = await jsonOf(res);
    if (res.status === 404 || res.status === 410) throw new PatientNotFoundError(url, p);
    if (!res.ok) throw httpError(url, res, body);
    this.patientIds = [p];
    const ids = (body as Res | undefined)?.identifier;
    for (const i of Array.isArray(ids) ? (ids as { system?: unknown; value?: unknown }[]) : []) {
      if (typeof i?.system === 'string' && CF_SYSTEMS.has(i.system.trim()) && typeof i.value === 'string' && CF_SHAPE.test(i.value.trim())) {
        this.cf = i.value.trim().toUpperCase();
        break;
      }
    }
  }

  // ── the records that name this patient ──
  /**
   * The RelatedPersons of other people's records that name this patient by codice fiscale — a
   * minor's record naming their parent, a delegator's naming their delegate — with the Patient each
   * is about (`_include`): who they are, so that the record shows whose records the patient may
   * open. They live in the other person's compartment, so `$everything` and the per-type searches
   * do not bring them. A server that does not let this client search them (401/403: a SMART app
   * with patient-level scopes) simply leaves them out: they are not part of this patient's record.
   */
  private async linked(): Promise<void> {
    if (!this.cf) return;
    const value = [...CF_SYSTEMS].map((s) => `${s}|${this.cf}`).join(',');
    const url = `${this.base}/RelatedPerson?identifier=${encodeURIComponent(value)}&_include=${encodeURIComponent('RelatedPerson:patient')}&_count=${this.pageSize}`;
    try {
      await this.searchChain('linked', url);
    } catch (err) {
      if (!(err instanceof FhirAuthError)) throw err;
    }
  }

  // ── Patient/$everything ──
  private everythingUrl(id: string): string {
    return `${this.base}/Patient/${id}/$everything?_count=${this.pageSize}`;
  }

  /** One GET and its body as JSON (undefined when not JSON). */
  private async fetchPage(url: string): Promise<{ res: Response; body: unknown }> {
    this.requests++;
    const res = await send(this.t, url);
    return { res, body: await jsonOf(res) };
  }

  /**
   * Reads every page of `$everything` (the first one may have been asked already: `prefetched`);
   * false when the server does not offer it (the caller falls back).
   */
  private async everything(id: string, prefetched?: Promise<{ res: Response; body: unknown }>): Promise<boolean> {
    this.phase = 'everything';
    let url: string | undefined = this.everythingUrl(id);
    const key = `everything:${id}`;
    let first = true;
    while (url) {
      const { res, body } = await (first && prefetched ? prefetched : this.fetchPage(url));
      if (first && (res.status === 404 || res.status === 405 || res.status === 501 || res.status === 400 || (res.ok && (body as Res | undefined)?.resourceType === 'OperationOutcome'))) {
        this.issues.push(issueOf(SOURCE_ISSUE_CODES.get('fhir-everything-unsupported'), 'fhir-everything-unsupported', url, { status: res.status }));
        return false;
      }
      const bundle = this.pageOf(url, res, body);
      if (!bundle) {
        // The chain of `next` links is broken here: what is still missing comes from the searches.
        await this.searches(id);
        return true;
      }
      if (first) this.totals.set(key, typeof bundle.total === 'number' ? bundle.total : undefined);
      first = false;
      url = this.take(bundle, key, url);
    }
    return true;
  }

  // ── one search per resource type ──
  private async searches(id: string): Promise<void> {
    this.phase = 'search';
    const tasks = PATIENT_SEARCHES.map((s) => () => this.searchChain(`${s.type}:${id}`, `${this.base}/${s.type}?${s.param}=${encodeURIComponent(`Patient/${id}`)}&_count=${this.pageSize}${(s.include ?? []).map((i) => `&_include=${encodeURIComponent(i)}`).join('')}`));
    await this.pool(tasks);
  }

  private async searchChain(key: string, start: string): Promise<void> {
    let url: string | undefined = start;
    let first = true;
    if (!this.totals.has(key)) this.totals.set(key, undefined);
    while (url) {
      this.requests++;
      const res = await send(this.t, url);
      const body = await jsonOf(res);
      const bundle = this.pageOf(url, res, body);
      if (!bundle) return;
      if (first && typeof bundle.total === 'number') this.totals.set(key, bundle.total);
      first = false;
      url = this.take(bundle, key, url);
    }
  }

  // ── references still dangling ──
  private async resolveDangling(): Promise<void> {
    const missing = new Map<string, Set<string>>();
    const scan = (v: unknown): void => {
      if (Array.isArray(v)) for (const x of v) scan(x);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'reference' && typeof x === 'string') {
            const m = /^(?:.*\/)?([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(x);
            if (m && RESOLVABLE.has(m[1]!) && !this.resources.has(`${m[1]}/${m[2]}`) && (!x.includes('://') || x.startsWith(this.base + '/'))) {
              let set = missing.get(m[1]!);
              if (!set) missing.set(m[1]!, (set = new Set()));
              set.add(m[2]!);
            }
          } else if (k !== 'text' && k !== 'contained') scan(x);
        }
      }
    };
    for (const r of this.resources.values()) scan(r);
    const tasks: (() => Promise<void>)[] = [];
    for (const [type, ids] of missing) {
      const list = [...ids];
      for (let i = 0; i < list.length; i += ID_BATCH) {
        const batch = list.slice(i, i + ID_BATCH);
        tasks.push(() => this.searchChain(`ids:${type}:${i}`, `${this.base}/${type}?_id=${batch.map(encodeURIComponent).join(',')}&_count=${ID_BATCH}`));
      }
    }
    await this.pool(tasks);
  }

  // ── pages ──
  /** A page's bundle, or undefined after reporting why it cannot be used. Throws for 401/403 (in `send`). */
  private pageOf(url: string, res: Response, body: unknown): Bundle | undefined {
    if (!res.ok) {
      if (res.status === 404 && this.pages.length === 0 && this.phase === 'patient') throw httpError(url, res, body);
      this.issues.push(issueOf(SOURCE_ISSUE_CODES.get('fhir-page-failed'), 'fhir-page-failed', url, { status: res.status }, undefined, res.status >= 500 ? 'error' : 'warning'));
      return undefined;
    }
    const b = body as Bundle | undefined;
    if (!b || typeof b !== 'object' || b.resourceType !== 'Bundle' || (b.entry !== undefined && !Array.isArray(b.entry))) {
      const why = body === undefined ? 'non è JSON / not JSON' : `resourceType ${String((b as Res | undefined)?.resourceType ?? typeof body)}`;
      this.issues.push(issueOf(SOURCE_ISSUE_CODES.get('fhir-page-malformed'), 'fhir-page-malformed', url, { why }, undefined, 'error'));
      return undefined;
    }
    return b;
  }

  private async getBundle(url: string, required: boolean): Promise<Bundle | undefined> {
    this.requests++;
    const res = await send(this.t, url);
    const body = await jsonOf(res);
    if (required && !res.ok) throw httpError(url, res, body);
    return this.pageOf(url, res, body);
  }

  /** Keeps the page's new resources, reports progress, and gives the next page's URL. */
  private take(bundle: Bundle, key: string, url: string): string | undefined {
    if (this.o.signal?.aborted) throw abortError(this.o.signal);
    const fresh: Res[] = [];
    for (const e of bundle.entry ?? []) {
      const r = e?.resource;
      if (!r || typeof r !== 'object' || typeof r.resourceType !== 'string') continue;
      if (r.resourceType === 'OperationOutcome') continue;
      const k = typeof r.id === 'string' ? `${r.resourceType}/${r.id}` : undefined;
      if (k && this.resources.has(k)) continue;
      if (k) {
        this.resources.set(k, r);
        const v = (r.meta as { versionId?: unknown } | undefined)?.versionId;
        if (typeof v === 'string') this.versions.set(k, v);
      }
      fresh.push(r);
    }
    this.pages.push(fresh);
    this.pageUrls.push(url);
    this.snap = undefined;
    this.progress(false);
    const next = bundle.link?.find((l) => l?.relation === 'next')?.url;
    this.counts.set(key, (this.counts.get(key) ?? 0) + fresh.length);
    if (!next) {
      // The end of a search the server gave no total for: now its count is known.
      if (this.totals.get(key) === undefined) this.totals.set(key, this.counts.get(key));
      return undefined;
    }
    // A next link is followed on this server only (a relative one is resolved against the base).
    const abs = new URL(next, this.base + '/').href;
    if (new URL(abs).origin === new URL(this.base).origin) return abs;
    this.issues.push(issueOf(SOURCE_ISSUE_CODES.get('fhir-page-malformed'), 'fhir-page-malformed', url, { why: `next → ${new URL(abs).origin}` }, undefined, 'error'));
    return undefined;
  }

  private progress(done: boolean): void {
    if (!this.o.onProgress) return;
    const loaded = this.resources.size;
    let total: number | undefined = 0;
    let approximate = false;
    for (const v of this.totals.values()) {
      if (v === undefined) approximate = true;
      else total += v;
    }
    if (approximate) total = total > 0 ? Math.max(total, loaded + this.pageSize) : undefined;
    if (done) {
      total = loaded;
      approximate = false;
    } else if (total !== undefined) total = Math.max(total, loaded);
    this.o.onProgress({ phase: this.phase, loaded, total, approximate, pages: this.pages.length, snapshot: () => this.read() });
  }

  private read(): FromFhirResult {
    const at = this.pages.length;
    if (this.snap && this.snap.at === at) return this.snap.result;
    const input = this.pages.map((entry) => ({ resourceType: 'Bundle', type: 'searchset', entry: entry.map((resource) => ({ resource })) }));
    const result = fromFhir(input, { patient: this.patientIds[0], timeZone: this.o.timeZone, now: this.o.now });
    // `$[3].entry[7]…` names the fourth page: the path says its URL instead.
    for (const issue of result.issues) issue.path = issue.path.replace(/^\$\[(\d+)\]/, (m, k: string) => (this.pageUrls[Number(k)] ? `${this.pageUrls[Number(k)]} $` : m));
    this.snap = { at, result };
    return result;
  }

  private async pool(tasks: (() => Promise<void>)[]): Promise<void> {
    const limit = Math.max(1, Math.trunc(this.o.concurrency ?? 4));
    let next = 0;
    let failed: unknown;
    const worker = async () => {
      while (next < tasks.length && failed === undefined) {
        const task = tasks[next++]!;
        try {
          await task();
        } catch (err) {
          failed ??= err;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
    if (failed !== undefined) throw failed;
  }
}
