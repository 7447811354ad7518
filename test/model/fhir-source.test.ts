/**
 * loadFhirRecord against a real FHIR R4 server (Medplum's engine, scripts/fhir-server.mjs) started on
 * loopback for this suite, and a small proxy in front of it for what real networks do (429, pages
 * that are not JSON, slow pages). The record read over HTTP must equal `fromFhir` of the same data.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fromFhir, viewFor } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import {
  FhirAuthError,
  FhirConflictError,
  FhirConsentWriter,
  FhirUnreachableError,
  loadFhirRecord,
  PatientNotFoundError,
  retryAfterMs,
  type LoadProgress,
} from '@percorso/model/fhir-source';

interface Started {
  id: number;
  url: string;
  patientId: string;
  cf: string;
}
type Rule = { match: string; times?: number; status?: number; headers?: Record<string, string>; body?: string; contentType?: string; delayMs?: number };

const start = (o: { events?: number; seed?: number; everything?: boolean; token?: string; gateway?: boolean; demo?: boolean } = {}) =>
  executeServerCommand<Started, object>('fhir-server', { action: 'start', ...o });
const proxy = (target: string, rules: Rule[]) => executeServerCommand<{ id: number; url: string }, object>('fhir-proxy', { target, rules });
const hits = (id: number) => executeServerCommand<number[], object>('fhir-proxy', { action: 'hits', id });
const stop = (id: number) => executeServerCommand('fhir-server', { action: 'stop', id });

const EVENTS = 60;
const SEED = 7;
const direct = () => fromFhir(generateFhir({ seed: SEED, events: EVENTS }));
const ids = (r: { record: { events: { id: string }[] } }) => r.record.events.map((e) => e.id).sort();

/** A fetch that remembers every URL asked and the resources each answer held, by search mode. */
function recordingFetch() {
  const log: { url: string; status: number; match: number; include: number }[] = [];
  const f = async (input: string, init?: RequestInit) => {
    const res = await fetch(input, init);
    const copy = res.clone();
    const entry = { url: input, status: res.status, match: 0, include: 0 };
    log.push(entry);
    try {
      const b = await copy.json();
      for (const e of b?.entry ?? []) {
        if (e.search?.mode === 'include') entry.include++;
        else entry.match++;
      }
    } catch {
      // not JSON: counted as nothing
    }
    return res;
  };
  return { log, fetch: f };
}

describe('loadFhirRecord over HTTP ($everything, paging)', function () {
  this.timeout(120000);
  let s: Started;
  before(async () => {
    s = await start({ seed: SEED, events: EVENTS });
  });
  after(() => stop(s.id));

  it('reads $everything in small pages, following Bundle.link next, into the same record as fromFhir', async () => {
    const progress: LoadProgress[] = [];
    const r = await loadFhirRecord({ baseUrl: s.url, patient: s.patientId, pageSize: 7, onProgress: (p) => progress.push(p) });
    expect(r.path).to.equal('everything');
    expect(r.pages).to.be.greaterThan(5);
    expect(ids(r)).to.deep.equal(ids(direct()));
    expect(r.record.patient.cf).to.equal(s.cf);
    expect(r.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    // Progress: one call per page, growing, with the server's exact total.
    expect(progress.length).to.equal(r.pages + 1);
    const loaded = progress.map((p) => p.loaded);
    expect(loaded).to.deep.equal([...loaded].sort((a, b) => a - b));
    expect(progress[0]!.loaded).to.equal(7);
    expect(progress[0]!.approximate).to.equal(false);
    // The server's total of $everything; then the two RelatedPersons of the records the patient may
    // open (their child's, their mother's), which live in those records and are searched after it.
    expect(r.resources - progress[0]!.total!).to.equal(2);
    expect(progress.at(-1)!.total).to.equal(r.resources);
    expect(progress.at(-1)!.phase).to.equal('done');
    // A snapshot after the first page already has the patient and some of the record.
    const first = progress[0]!.snapshot();
    expect(first.record.patient.cf).to.equal(s.cf);
  });

  it('finds the patient by codice fiscale (Patient?identifier=…|CF)', async () => {
    const { fetch: f, log } = recordingFetch();
    const r = await loadFhirRecord({ baseUrl: s.url, patient: s.cf.toLowerCase(), pageSize: 50, fetch: f });
    expect(ids(r)).to.deep.equal(ids(direct()));
    expect(decodeURIComponent(log[0]!.url)).to.contain(`Patient?identifier=`).and.contain(`http://hl7.it/sid/codiceFiscale|${s.cf}`);
  });

  it('asks the first page of $everything at the same time as the Patient (one round trip before the first paint, not two)', async () => {
    // The server answers the Patient read 300 ms late (a slow proxy); the first page must already be on its way.
    const p = await proxy(s.url, [{ match: '$everything' }, { match: `/Patient/${s.patientId}`, times: 1, delayMs: 300 }]);
    try {
      const started: { url: string; patientAnswered: boolean }[] = [];
      let patientAnswered = false;
      const f = async (input: string, init?: RequestInit) => {
        started.push({ url: input, patientAnswered });
        const res = await fetch(input, init);
        if (!input.includes('$everything') && input.endsWith(`/Patient/${s.patientId}`)) patientAnswered = true;
        return res;
      };
      const r = await loadFhirRecord({ baseUrl: p.url, patient: s.patientId, pageSize: 20, fetch: f });
      expect(ids(r)).to.deep.equal(ids(direct()));
      const firstTwo = started.slice(0, 2);
      expect(firstTwo.some((x) => new RegExp(`/Patient/${s.patientId}$`).test(x.url)), 'the Patient is read').to.equal(true);
      const page = firstTwo.find((x) => x.url.includes(`/Patient/${s.patientId}/$everything`));
      expect(page, 'the first page is one of the first two requests').to.not.equal(undefined);
      expect(page!.patientAnswered, 'the first page was asked before the Patient answered').to.equal(false);
      // A patient that does not exist is still said so, whatever the first page answered.
      let err: unknown;
      try {
        await loadFhirRecord({ baseUrl: p.url, patient: 'nessuno', fetch: f });
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(PatientNotFoundError);
    } finally {
      await stop(p.id);
    }
  });

  it('says which patient was not found, by id or by fiscal code', async () => {
    let err: unknown;
    try {
      await loadFhirRecord({ baseUrl: s.url, patient: 'nessuno' });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(PatientNotFoundError);
    expect((err as PatientNotFoundError).patient).to.equal('nessuno');
    err = undefined;
    try {
      await loadFhirRecord({ baseUrl: s.url, patient: 'RSSMRA80A01H501U' });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(PatientNotFoundError);
    expect((err as PatientNotFoundError).code).to.equal('patient-not-found');
  });

  it('retries a 429 after its Retry-After and still reads everything', async () => {
    const p = await proxy(s.url, [{ match: '$everything', times: 1, status: 429, headers: { 'Retry-After': '1' }, body: '' }]);
    try {
      const t0 = performance.now();
      const r = await loadFhirRecord({ baseUrl: p.url, patient: s.patientId, pageSize: 25 });
      expect(performance.now() - t0).to.be.at.least(900);
      expect(r.retries).to.equal(1);
      expect(await hits(p.id)).to.deep.equal([1]);
      expect(ids(r)).to.deep.equal(ids(direct()));
    } finally {
      await stop(p.id);
    }
  });

  it('retries a 503 with back-off up to its limit, then reports the page and keeps the rest', async () => {
    const p = await proxy(s.url, [{ match: '$everything?_count=20&_offset=20', status: 503, body: '' }]);
    try {
      const r = await loadFhirRecord({ baseUrl: p.url, patient: s.patientId, pageSize: 20, maxRetries: 2, maxRetryDelayMs: 50 });
      expect(r.retries).to.equal(2);
      expect((await hits(p.id))[0]).to.equal(3);
      const failed = r.issues.find((i) => i.code === 'fhir-page-failed');
      expect(failed?.path).to.contain('_offset=20');
      expect(failed?.message.it).to.contain('503');
      // The broken chain of pages is completed by the per-type searches.
      expect(ids(r)).to.deep.equal(ids(direct()));
    } finally {
      await stop(p.id);
    }
  });

  it('reports a page that is not JSON with its URL, and the rest still loads', async () => {
    const p = await proxy(s.url, [{ match: '$everything?_count=10&_offset=10', status: 200, contentType: 'text/html', body: '<html><body>Gateway timeout</body></html>' }]);
    try {
      const r = await loadFhirRecord({ baseUrl: p.url, patient: s.patientId, pageSize: 10 });
      const bad = r.issues.find((i) => i.code === 'fhir-page-malformed');
      expect(bad, 'issue').to.not.equal(undefined);
      expect(bad!.path).to.contain('_offset=10');
      expect(bad!.severity).to.equal('error');
      // What that page held comes from the per-type searches: nothing is missing.
      expect(ids(r)).to.deep.equal(ids(direct()));
    } finally {
      await stop(p.id);
    }
  });

  it('cancels everything at once on abort, mid-load', async () => {
    const p = await proxy(s.url, [{ match: '_offset=', delayMs: 3000 }]);
    try {
      const ctl = new AbortController();
      let after = 0;
      const t0 = performance.now();
      const pending = loadFhirRecord({
        baseUrl: p.url,
        patient: s.patientId,
        pageSize: 10,
        signal: ctl.signal,
        onProgress: () => {
          if (ctl.signal.aborted) after++;
          else setTimeout(() => ctl.abort(), 50);
        },
      });
      let err: unknown;
      try {
        await pending;
      } catch (e) {
        err = e;
      }
      expect((err as DOMException).name).to.equal('AbortError');
      expect(performance.now() - t0).to.be.below(2500);
      expect(after).to.equal(0);
    } finally {
      await stop(p.id);
    }
  });

  it('says the server is unreachable', async () => {
    const gone = await start({ events: 50 });
    await stop(gone.id);
    let err: unknown;
    try {
      await loadFhirRecord({ baseUrl: gone.url, patient: gone.patientId });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(FhirUnreachableError);
    expect((err as FhirUnreachableError).url).to.contain(gone.url);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).to.equal(3000);
    expect(retryAfterMs(new Date(Date.UTC(2026, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2026, 0, 1))).to.equal(10000);
    expect(retryAfterMs('soon')).to.equal(undefined);
  });
});

describe('loadFhirRecord over HTTP (the records of the family, on the demo’s server)', function () {
  this.timeout(240000);
  let s: Started;
  before(async () => {
    s = await start({ demo: true });
  });
  after(() => stop(s.id));

  it('finds whose records name the patient (their child, their delegator) with who they are, and each of those records names the patient back', async () => {
    const r = await loadFhirRecord({ baseUrl: s.url, patient: s.patientId, now: SAMPLE_NOW });
    expect(r.issues.map((i) => i.code)).to.not.include('other-patient');
    const incoming = r.record.delegations.filter((d) => d.direction === 'incoming');
    expect(incoming.map((d) => d.basis).sort()).to.deep.equal(['parental', 'voluntary']);
    for (const d of incoming) {
      expect(d.person.cf, d.person.name).to.match(/^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/);
      expect(d.person.birthDate, d.person.name).to.not.equal(undefined);
      const other = await loadFhirRecord({ baseUrl: s.url, patient: d.person.cf!, now: SAMPLE_NOW });
      expect(other.record.patient.name).to.equal(d.person.name);
      const back = other.record.delegations.find((x) => x.id === d.id)!;
      expect(back).to.deep.include({ direction: 'outgoing', basis: d.basis, status: 'active' });
      expect(back.person.cf).to.equal(s.cf);
      const v = viewFor(other, { role: d.basis === 'parental' ? 'parent' : 'delegate', delegationId: d.id, now: SAMPLE_NOW });
      expect(v.restriction).to.equal(undefined);
      expect(v.events.length).to.be.above(0).and.below(other.record.events.length);
    }
  });
});

describe('loadFhirRecord over HTTP (a server without $everything)', function () {
  this.timeout(180000);
  let s: Started;
  before(async () => {
    s = await start({ seed: SEED, events: EVENTS, everything: false });
  });
  after(() => stop(s.id));

  it('falls back to one search per resource type with _include, resolves what is left by _id, and reads the same record', async () => {
    const { fetch: f, log } = recordingFetch();
    const r = await loadFhirRecord({ baseUrl: s.url, patient: s.patientId, pageSize: 20, fetch: f, concurrency: 3 });
    expect(r.path).to.equal('search');
    expect(r.issues.some((i) => i.code === 'fhir-everything-unsupported')).to.equal(true);
    expect(ids(r)).to.deep.equal(ids(direct()));
    // _include brought referenced resources in the same answers.
    const withInclude = log.filter((l) => decodeURIComponent(l.url).includes('_include=DiagnosticReport:result'));
    expect(withInclude.length).to.be.greaterThan(0);
    expect(log.reduce((n, l) => n + l.include, 0)).to.be.greaterThan(0);
    // What no include reached came by _id, in batches.
    const byId = log.filter((l) => /[?&]_id=/.test(l.url));
    expect(byId.length).to.be.greaterThan(0);
    expect(byId.some((l) => decodeURIComponent(l.url).includes(','))).to.equal(true);
    // Nothing the direct reading resolves is left dangling here.
    const dangling = (x: { issues: { code: string }[] }) => x.issues.filter((i) => i.code === 'dangling-reference').length;
    expect(dangling(r)).to.equal(dangling(direct()));
  });

  it('gives an approximate total only while some search has not said its own', async () => {
    const seen: LoadProgress[] = [];
    await loadFhirRecord({ baseUrl: s.url, patient: s.patientId, pageSize: 50, concurrency: 2, onProgress: (p) => seen.push(p) });
    const last = seen.at(-1)!;
    expect(last.approximate).to.equal(false);
    expect(last.total).to.equal(last.loaded);
    expect(seen.every((p) => p.total === undefined || p.total >= p.loaded)).to.equal(true);
  });
});

describe('loadFhirRecord over HTTP (authentication)', function () {
  this.timeout(120000);
  let s: Started;
  before(async () => {
    s = await start({ seed: SEED, events: 50, token: 'segreto-di-prova' });
  });
  after(() => stop(s.id));

  it('throws a typed 401 without credentials, and reads with the host’s headers', async () => {
    let err: unknown;
    try {
      await loadFhirRecord({ baseUrl: s.url, patient: s.patientId });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(FhirAuthError);
    expect((err as FhirAuthError).status).to.equal(401);
    expect((err as FhirAuthError).code).to.equal('unauthorized');
    const r = await loadFhirRecord({ baseUrl: s.url, patient: s.patientId, headers: { Authorization: 'Bearer segreto-di-prova' } });
    expect(r.record.patient.cf).to.equal(s.cf);
  });
});

describe('loadFhirRecord over HTTP (the gateway examples)', function () {
  this.timeout(120000);
  let s: Started;
  before(async () => {
    s = await start({ events: 50, gateway: true });
  });
  after(() => stop(s.id));

  it('reads the gateway patient’s documents by fiscal code (OID identifier system)', async () => {
    const r = await loadFhirRecord({ baseUrl: s.url, patient: 'GTWGWY82B42G920M', pageSize: 100 });
    expect(r.record.patient.cf).to.equal('GTWGWY82B42G920M');
    const types = new Set(r.record.events.map((e) => e.document?.nationalType).filter(Boolean));
    for (const t of ['LAB', 'LDO', 'PSS', 'RAD', 'VPS']) expect(types.has(t as never), t).to.equal(true);
    expect(r.otherPatients).to.deep.equal([]);
  });
});

describe('consent panel writes on a FHIR server', function () {
  this.timeout(180000);
  let s: Started;
  before(async () => {
    s = await start({ seed: SEED, events: EVENTS });
  });
  after(() => stop(s.id));

  const load = () => loadFhirRecord({ baseUrl: s.url, patient: s.patientId, pageSize: 100 });
  const docWithReference = (r: Awaited<ReturnType<typeof load>>) =>
    r.record.events.find((e) => e.kind === 'document' && !e.privacy.obscured && e.source.some((x) => x.ref.startsWith('DocumentReference/')))!;

  it('obscures a document (DocumentReference context.event P99, If-Match on the version read) and reads it back', async () => {
    const before = await load();
    const doc = docWithReference(before);
    const writer = new FhirConsentWriter({ baseUrl: s.url, patientId: s.patientId, versions: before.versions });
    const done = await writer.writeEvent({ type: 'fse-obscure-request', detail: { documentId: doc.id, obscured: true, cascade: [] } });
    expect(done.map((d) => d.method)).to.deep.equal(['PUT']);
    const after = await load();
    expect(after.record.events.find((e) => e.id === doc.id)!.privacy.obscured).to.equal(true);
    // Un-obscuring with the versions now read gives the document back.
    await new FhirConsentWriter({ baseUrl: s.url, patientId: s.patientId, versions: after.versions }).write({ type: 'fse-obscure-request', documentId: doc.id, obscured: false });
    expect((await load()).record.events.find((e) => e.id === doc.id)!.privacy.obscured).to.equal(false);
  });

  it('reports a version conflict (412) as "changed by someone else, reload"', async () => {
    const mine = await load();
    const doc = docWithReference(mine);
    // Someone else changes the document after this page read it.
    await new FhirConsentWriter({ baseUrl: s.url, patientId: s.patientId }).write({ type: 'fse-obscure-request', documentId: doc.id, obscured: true });
    let err: unknown;
    try {
      await new FhirConsentWriter({ baseUrl: s.url, patientId: s.patientId, versions: mine.versions }).write({ type: 'fse-obscure-request', documentId: doc.id, obscured: false });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(FhirConflictError);
    expect((err as FhirConflictError).status).to.equal(412);
    expect((err as Error).message).to.contain('Modificato da qualcun altro');
    // Nothing was overwritten: the other change stands.
    expect((await load()).record.events.find((e) => e.id === doc.id)!.privacy.obscured).to.equal(true);
  });

  it('creates a Consent for a consultation decision, for notifications and for a protected document’s visibility', async () => {
    const r = await load();
    const writer = new FhirConsentWriter({ baseUrl: s.url, patientId: s.patientId, versions: r.versions });
    const care = r.record.consents.find((c) => c.scope === 'consultation' && c.purpose === 'care')!;
    const decision = care.decision === 'permit' ? 'deny' : 'permit';
    const done = await writer.writeEvent({ type: 'fse-consent-request', detail: { scope: 'consultation', purpose: 'care', decision, previous: care.decision, reconfirm: false } });
    expect(done[0]!.resource.resourceType).to.equal('Consent');
    const notif = r.record.consents.find((c) => c.scope === 'notifications');
    const enabled = notif?.decision !== 'permit';
    await writer.write({ type: 'fse-notifications-request', enabled });
    const protectedDoc = r.record.events.find((e) => e.kind === 'document' && e.privacy.protectedCategory && !e.privacy.protectedVisible && e.source.some((x) => x.ref.startsWith('DocumentReference/')));
    if (protectedDoc) await writer.write({ type: 'fse-protected-visibility-request', documentId: protectedDoc.id, visible: true });
    const after = await load();
    expect(after.record.consents.find((c) => c.scope === 'consultation' && c.purpose === 'care')!.decision).to.equal(decision);
    expect(after.record.consents.find((c) => c.scope === 'notifications')!.decision).to.equal(enabled ? 'permit' : 'deny');
    expect(protectedDoc, 'the sample has a protected-category document').to.not.equal(undefined);
    expect(after.record.events.find((e) => e.id === protectedDoc!.id)!.privacy.protectedVisible).to.equal(true);
  });

  it('keeps a notification preference per kind (new document, new prescription, access): one Consent each, read back with its kind', async () => {
    const r = await load();
    const writer = new FhirConsentWriter({ baseUrl: s.url, patientId: s.patientId, versions: r.versions });
    await writer.write({ type: 'fse-notifications-request', enabled: false, kind: 'prescription' });
    await writer.write({ type: 'fse-notifications-request', enabled: true, kind: 'access' });
    const mid = await load();
    const of = (rec: typeof mid.record, kind?: string) => rec.consents.filter((c) => c.scope === 'notifications' && c.notification === kind);
    expect(of(mid.record, 'prescription').map((c) => c.decision)).to.deep.equal(['deny']);
    expect(of(mid.record, 'access').map((c) => c.decision)).to.deep.equal(['permit']);
    expect(of(mid.record, 'document')).to.deep.equal([]);
    // the general preference is untouched, and the same kind again updates its Consent (no second one)
    expect(of(mid.record, undefined).map((c) => c.decision)).to.deep.equal(of(r.record, undefined).map((c) => c.decision));
    await new FhirConsentWriter({ baseUrl: s.url, patientId: s.patientId, versions: mid.versions }).write({ type: 'fse-notifications-request', enabled: true, kind: 'prescription' });
    expect(of((await load()).record, 'prescription').map((c) => c.decision)).to.deep.equal(['permit']);
  });

  it('adds a delegate (RelatedPerson, pending) and revokes a delegation with If-Match', async () => {
    const r = await load();
    const writer = new FhirConsentWriter({ baseUrl: s.url, patientId: s.patientId, versions: r.versions });
    await writer.writeEvent({ type: 'fse-delegation-request', detail: { action: 'add', delegate: { name: 'Lucia Ferraris', cf: 'FRRLCU80A41L219X', validTo: '2027-12-31' } } });
    let after = await load();
    const added = after.record.delegations.find((d) => d.person.cf === 'FRRLCU80A41L219X');
    expect(added?.status).to.equal('pending');
    expect(added?.direction).to.equal('outgoing');
    await new FhirConsentWriter({ baseUrl: s.url, patientId: s.patientId, versions: after.versions }).write({ type: 'fse-delegation-request', action: 'revoke', delegationId: added!.id });
    after = await load();
    expect(after.record.delegations.find((d) => d.id === added!.id)?.status).to.equal('revoked');
  });
});
