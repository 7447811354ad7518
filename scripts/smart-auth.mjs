// SMART App Launch for the development FHIR server (scripts/fhir-server.mjs): a real OAuth 2.0 /
// OpenID Connect authorization server in front of it, and the access checks the FHIR server makes
// with the tokens it issues. Development only: nothing here is published with the packages.
//
// The authorization server is `oidc-provider` 8.8.1 (MIT, kept by Filip Skokan, OpenID Certified):
// authorization code with PKCE (S256, required of public clients), token, introspection (RFC 7662),
// revocation, discovery and JWKS, all its own. 8.8.1 is pinned because it is the newest release whose
// own runtime check accepts Node 20 (the project's engines): 9.x prints "Unsupported runtime. Use
// Node.js v22.x LTS" on Node 20. What SMART adds, configured here on the provider's extension points:
//   - the scopes: `launch`, `launch/patient`, `fhirUser`, `openid`, `offline_access` at the provider,
//     `patient/…`, `user/…` (SMART v1 `.read`/`.write`, v2 `.cruds`) as the FHIR server's resource scopes
//     (resource indicators: every token is for the FHIR base, asked with `aud` as SMART does);
//   - the EHR launch context: the EHR registers a launch (`POST /oauth/launch` { patient, user } →
//     { launch }) and opens the app with `?iss=<FHIR base>&launch=<id>`; the authorization request
//     carries `launch` and `aud`; the token response carries `patient` (and the token, read by
//     introspection, its `patient` and `fhirUser`);
//   - the EHR's sign-in: the clinician is already signed in to the EHR that launched the app, so the
//     launch stands for that session: the login and consent steps (the provider's interactions) are
//     finished for the launch's user, granting what the EHR allows the app (`clients[].scopes`), and
//     refused without a launch or with an `aud` that is not this FHIR server.
//
// `smartAccess` is the FHIR server's side: a bearer token is checked by introspection at the
// provider over HTTP (inactive, revoked, expired or for another audience: 401), then its scopes
// against the request (403 `insufficient_scope`), then, for patient-context scopes, the patient:
// reads and writes of the launch patient's compartment only (403 otherwise); searches of compartment
// types are narrowed to that patient. Practitioners, organisations, locations and medications (outside
// the compartment) can be read, as the app needs them to show who did what.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { evalFhirPath, getSearchParameter } from '@medplum/core';
import Provider, { errors } from 'oidc-provider';

export const SMART_CLIENT_ID = 'percorso-fse';
/** What the EHR lets the demo app have by default: read its patient's record (SMART v1 and v2 forms). */
export const SMART_DEFAULT_SCOPES = ['patient/*.read', 'patient/*.rs', 'user/*.read', 'user/*.rs'];
const RESOURCE_SCOPES = ['patient/*.read', 'patient/*.write', 'patient/*.*', 'patient/*.rs', 'patient/*.cruds', 'user/*.read', 'user/*.write', 'user/*.*', 'user/*.rs', 'user/*.cruds'];
const OIDC_SCOPES = ['openid', 'offline_access', 'fhirUser', 'launch', 'launch/patient'];
const RS_CLIENT_ID = 'percorso-fhir-server';

/**
 * The authorization server, mounted at `/oauth` of the FHIR server's origin.
 * @param {object} o
 * @param {string} o.origin the public origin (`http://localhost:5173`): the issuer is `<origin>/oauth`.
 * @param {string} o.fhirBase the SMART FHIR base (`<origin>/smart/fhir`): the tokens' audience.
 * @param {string} o.internal where the FHIR server reaches the provider (`http://127.0.0.1:<port>`).
 * @param {{ id?: string, redirectUris: string[], scopes?: string[] }[]} o.clients the apps (public clients).
 */
export function createSmartAuth(o) {
  const issuer = `${o.origin}/oauth`;
  const rsSecret = randomBytes(24).toString('base64url');
  const launches = new Map();
  const grantLaunch = new Map();
  const policy = new Map(o.clients.map((c) => [c.id ?? SMART_CLIENT_ID, new Set(c.scopes ?? SMART_DEFAULT_SCOPES)]));
  const origins = new Set(o.clients.flatMap((c) => c.redirectUris.map((u) => new URL(u).origin)));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'percorso-dev', use: 'sig', alg: 'RS256' };

  const provider = new Provider(issuer, {
    clients: [
      ...o.clients.map((c) => ({
        client_id: c.id ?? SMART_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: c.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      })),
      { client_id: RS_CLIENT_ID, client_secret: rsSecret, grant_types: [], response_types: [], redirect_uris: [] },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    scopes: OIDC_SCOPES,
    claims: { openid: ['sub'], fhirUser: ['fhirUser'] },
    extraParams: ['launch', 'aud'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
    features: {
      devInteractions: { enabled: false },
      introspection: {
        enabled: true,
        allowedPolicy: (ctx, client, token) => client.clientId === RS_CLIENT_ID || token.clientId === client.clientId,
      },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => o.fhirBase,
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx, indicator) => {
          if (indicator !== o.fhirBase) throw new errors.InvalidTarget();
          return { scope: RESOURCE_SCOPES.join(' '), audience: o.fhirBase, accessTokenFormat: 'opaque', accessTokenTTL: 3600 };
        },
      },
    },
    clientBasedCORS: (ctx, origin) => origins.has(origin),
    findAccount: (ctx, sub) => ({ accountId: sub, claims: () => ({ sub, fhirUser: `Practitioner/${sub}` }) }),
    extraTokenClaims: (ctx, token) => {
      const l = grantLaunch.get(token.grantId);
      return l ? { patient: l.patient, fhirUser: `Practitioner/${l.user}` } : undefined;
    },
    interactions: { url: (ctx, interaction) => `/oauth/interaction/${interaction.uid}` },
  });
  // The SMART launch context in the token response (beside access_token): the patient the EHR launched with.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || !ctx.body?.access_token) return;
    const at = await provider.AccessToken.find(ctx.body.access_token);
    const l = at && grantLaunch.get(at.grantId);
    if (l) Object.assign(ctx.body, { patient: l.patient, need_patient_banner: false });
  });
  const callback = provider.callback();

  /** The EHR's sign-in for a launch: login as the launch's user, then grant what the EHR allows the app. */
  async function interaction(req, res) {
    const details = await provider.interactionDetails(req, res);
    const { prompt, params } = details;
    const launch = launches.get(params.launch);
    if (!launch) {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'No EHR launch context: open the app from the EHR' });
    }
    if (params.aud !== o.fhirBase) {
      return provider.interactionFinished(req, res, { error: 'invalid_request', error_description: `aud is not this FHIR server (${o.fhirBase})` });
    }
    if (prompt.name === 'login') return provider.interactionFinished(req, res, { login: { accountId: launch.user } }, { mergeWithLastSubmission: false });
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
    const allowed = policy.get(params.client_id) ?? new Set();
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes ?? {})) {
      // What the EHR does not allow this app is refused (the token then carries fewer scopes than asked, as SMART allows).
      const granted = scopes.filter((s) => allowed.has(s));
      const refused = scopes.filter((s) => !allowed.has(s));
      if (granted.length) grant.addResourceScope(indicator, granted.join(' '));
      if (refused.length) grant.rejectResourceScope(indicator, refused.join(' '));
    }
    const grantId = await grant.save();
    grantLaunch.set(grantId, launch);
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  return {
    issuer,
    provider,
    fhirBase: o.fhirBase,
    createLaunch,
    /** The SMART configuration of the FHIR base (`<fhirBase>/.well-known/smart-configuration`), for a request on `origin`. */
    configuration(origin = o.origin) {
      const at = (p) => `${origin}/oauth${p}`;
      return {
        issuer,
        jwks_uri: at('/jwks'),
        authorization_endpoint: at('/auth'),
        token_endpoint: at('/token'),
        introspection_endpoint: at('/token/introspection'),
        revocation_endpoint: at('/token/revocation'),
        token_endpoint_auth_methods_supported: ['none', 'client_secret_basic'],
        grant_types_supported: ['authorization_code'],
        response_types_supported: ['code'],
        scopes_supported: [...OIDC_SCOPES, ...RESOURCE_SCOPES],
        code_challenge_methods_supported: ['S256'],
        capabilities: ['launch-ehr', 'client-public', 'context-ehr-patient', 'sso-openid-connect', 'permission-patient', 'permission-user', 'permission-v1', 'permission-v2'],
      };
    },
    /** Introspects a bearer token at the provider (RFC 7662, over HTTP as a resource server does). */
    async introspect(token) {
      const r = await fetch(`${o.internal}/oauth/token/introspection`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${Buffer.from(`${RS_CLIENT_ID}:${rsSecret}`).toString('base64')}` },
        body: new URLSearchParams({ token }),
      });
      if (!r.ok) throw new Error(`introspection answered ${r.status}`);
      return r.json();
    },
    /** The node:http handler for paths under `/oauth`. */
    handle(req, res) {
      const full = req.url ?? '/';
      const url = full.slice('/oauth'.length) || '/';
      if (url === '/launch' || url.startsWith('/launch?')) return launchEndpoint(req, res);
      req.originalUrl = full;
      req.url = url;
      if (url.startsWith('/interaction/')) {
        return interaction(req, res).catch((err) => {
          res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end(`Interaction failed: ${err?.message ?? err}`);
        });
      }
      return callback(req, res);
    },
  };

  async function launchEndpoint(req, res) {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    if (req.method !== 'POST') return res.writeHead(405).end();
    const chunks = [];
    for await (const c of req) chunks.push(c);
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      body = {};
    }
    if (typeof body.patient !== 'string' || !body.patient) {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ error: 'patient is required' }));
    }
    const launch = createLaunch(body);
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ launch, iss: o.fhirBase }));
  }
  /** Registers an EHR launch: `{ patient, user }` → its opaque id (what the EHR puts in `launch=`). */
  function createLaunch({ patient, user }) {
    const id = randomBytes(12).toString('base64url');
    launches.set(id, { patient, user: typeof user === 'string' && user ? user : 'medico-demo' });
    return id;
  }
}

const SCOPE_RE = /^(patient|user|system)\/(\*|[A-Z][A-Za-z]+)\.(read|write|\*|c?r?u?d?s?)(?:\?.*)?$/;
const V1 = { read: 'rs', write: 'cud', '*': 'cruds' };

/**
 * What a token's scopes allow for one interaction on one type: `'all'` (a user/system scope), `'patient'`
 * (only a patient-context scope: the token's patient's compartment), or undefined (nothing: 403).
 * `need` is one of c r u d s (SMART v2 letters; v1 `.read` = rs, `.write` = cud, `.*` = all).
 */
export function scopeAllows(scopes, type, need) {
  let best;
  for (const s of scopes) {
    const m = SCOPE_RE.exec(s);
    if (!m || (m[2] !== '*' && m[2] !== type)) continue;
    const letters = V1[m[3]] ?? m[3];
    if (!letters.includes(need)) continue;
    if (m[1] !== 'patient') return 'all';
    best = 'patient';
  }
  return best;
}

/**
 * The FHIR server's checks of a SMART request (`path` below the base, e.g. `Observation` or
 * `Patient/x/$everything`; `query` an object the caller then hands to the engine, narrowed here).
 * Resolves to `{ status: 200, token }` to go on, or `{ status: 401 | 403, error, text }`; `after(resource)`
 * checks a resource read by id (its compartment) before it is sent.
 * @param {ReturnType<typeof createSmartAuth>} auth
 * @param {{ type: string, params: string[] }[]} compartment the Patient CompartmentDefinition
 */
export async function smartAccess(auth, compartment, { method, path, authorization, query, body }) {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!token) return { status: 401, error: 'invalid_request', text: 'A bearer token is required' };
  const info = await auth.introspect(token);
  if (!info.active) return { status: 401, error: 'invalid_token', text: 'The access token is not active' };
  const aud = [].concat(info.aud ?? []);
  if (!aud.includes(auth.fhirBase)) return { status: 401, error: 'invalid_token', text: 'The access token is for another server' };
  const scopes = String(info.scope ?? '').split(' ').filter(Boolean);
  const [type, id, ...rest] = path.split('/');
  const write = method !== 'GET' && method !== 'HEAD';
  const need = write ? (method === 'POST' ? 'c' : method === 'DELETE' ? 'd' : 'u') : id ? 'r' : 's';
  if (!type || type.startsWith('$') || type.startsWith('_')) {
    // The system level (batch, transaction, history): user or system scopes only.
    if (scopeAllows(scopes, '*', need) !== 'all') return forbidden('this request needs a user- or system-level scope');
    return { status: 200, token: info };
  }
  const allows = scopeAllows(scopes, type, need);
  if (!allows) return forbidden(`the token's scopes (${scopes.join(' ') || 'none'}) do not allow ${write ? 'writing' : 'reading'} ${type}`);
  if (allows === 'all') return { status: 200, token: info };
  const patient = typeof info.patient === 'string' ? info.patient : undefined;
  if (!patient) return forbidden('a patient-level scope without a patient in context');
  const ref = `Patient/${patient}`;
  const inCompartment = (resource) => {
    if (resource?.resourceType === 'Patient') return resource.id === patient;
    const c = compartment.find((x) => x.type === resource?.resourceType);
    if (!c) return true;
    return c.params.some((code) => {
      const sp = getSearchParameter(c.type, code);
      return sp?.expression ? evalFhirPath(sp.expression, resource).some((v) => v?.reference === ref || v?.reference?.endsWith(`/${ref}`)) : false;
    });
  };
  if (type === 'Patient') {
    if (id && id !== patient) return forbidden(`this token is for another patient's record`);
    if (!id) {
      if (query._id !== undefined && query._id !== patient) return forbidden(`this token is for another patient's record`);
      query._id = patient;
    }
  } else {
    const c = compartment.find((x) => x.type === type);
    if (c && !id) {
      const named = c.params.filter((p) => query[p] !== undefined);
      for (const p of named) for (const v of [].concat(query[p])) if (v !== ref && v !== patient) return forbidden(`this token is for another patient's record`);
      if (!named.length) query[c.params[0]] = ref;
    }
  }
  if (write && body && !inCompartment(body)) return forbidden(`a write outside the patient's record`);
  return { status: 200, token: info, after: (resource) => (rest.length === 0 && id && !inCompartment(resource) ? forbidden(`this token is for another patient's record`) : undefined) };

  function forbidden(text) {
    return { status: 403, error: 'insufficient_scope', text };
  }
}
