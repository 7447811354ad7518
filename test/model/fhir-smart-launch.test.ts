/**
 * SMART App Launch end to end: `demo/smart.html` launched by an EHR against a real OAuth 2.0 /
 * OpenID Connect authorization server (oidc-provider, scripts/smart-auth.mjs) in front of the
 * development FHIR server, which checks every access token by introspection at that provider.
 * The app runs in a frame of this page (same origin, so the test reads what it shows); the
 * authorization request, the EHR's sign-in, the redirect back and the code exchange with the PKCE
 * verifier are the browser's and fhirclient's own, nothing is skipped or stubbed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { FhirAuthError, FhirConsentWriter, loadFhirRecord, type SmartClientLike } from '@percorso/model/fhir-source';

interface Started {
  id: number;
  url: string;
  smartUrl: string;
  patientId: string;
  cf: string;
}
type SmartClient = SmartClientLike & { state: { serverUrl: string; tokenResponse?: { access_token?: string; patient?: string; scope?: string; id_token?: string } } };
type FhirGlobal = { oauth2: { ready(): Promise<SmartClient> }; client(state: { serverUrl: string; tokenResponse?: object }): SmartClient };

const SEED = 5;
const EVENTS = 60;
const APP = new URL('/demo/smart.html', location.href).href;
const viewer = { role: 'clinician' as const, purpose: 'TREATMENT' as const, now: SAMPLE_NOW };

describe('SMART App Launch end to end (EHR launch of demo/smart.html, oidc-provider, PKCE, token introspection)', function () {
  this.timeout(180000);
  let s: Started;
  let frame: HTMLIFrameElement | undefined;
  before(async () => {
    s = await executeServerCommand<Started, object>('fhir-server', {
      action: 'start',
      seed: SEED,
      events: EVENTS,
      // The page's host name, so the app, the FHIR server and the authorization server are one site (their cookies are first-party).
      publicHost: location.hostname,
      smart: { clients: [{ redirectUris: [APP] }] },
    });
  });
  after(() => executeServerCommand('fhir-server', { action: 'stop', id: s.id }));
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  const origin = () => new URL(s.smartUrl).origin;
  /** What the EHR does when the clinician opens the app for a patient: registers the launch context. */
  async function registerLaunch(patient = s.patientId): Promise<string> {
    const r = await fetch(`${origin()}/oauth/launch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ patient }) });
    expect(r.status).to.equal(201);
    return ((await r.json()) as { launch: string }).launch;
  }
  /** Opens a URL in a frame, as the EHR opens the app in its own. */
  function open(url: string): HTMLIFrameElement {
    frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '800px';
    frame.src = url;
    document.body.append(frame);
    return frame;
  }
  /** The app's status line, once the frame is back on this origin (undefined while it is at the authorization server). */
  function statusOf(f: HTMLIFrameElement): string | undefined {
    try {
      return f.contentDocument?.querySelector('#smart-status')?.textContent ?? undefined;
    } catch {
      return undefined;
    }
  }
  async function launchApp(): Promise<{ f: HTMLIFrameElement; client: SmartClient }> {
    const launch = await registerLaunch();
    const f = open(`${APP}?${new URLSearchParams({ iss: s.smartUrl, launch })}`);
    await waitUntil(() => /^Fascicolo letto|non riuscito/.test(statusOf(f) ?? ''), 'the app did not load the record', { timeout: 90000, interval: 100 });
    expect(statusOf(f)).to.match(/^Fascicolo letto da /);
    // The app's own fhirclient client, as `FHIR.oauth2.ready()` gives it again from the session.
    const FHIR = (f.contentWindow as unknown as { FHIR: FhirGlobal }).FHIR;
    return { f, client: await FHIR.oauth2.ready() };
  }

  it('shows the launch patient’s record after the authorization code exchange with PKCE', async () => {
    const { f, client } = await launchApp();
    // The token response carried the launch context and the scopes the EHR granted.
    const tr = client.state.tokenResponse!;
    expect(tr.patient).to.equal(s.patientId);
    expect(tr.access_token).to.be.a('string').and.have.length.greaterThan(20);
    expect(tr.scope!.split(' ')).to.include('patient/*.read');
    expect(tr.id_token!.split('.')).to.have.length(3);
    const claims = JSON.parse(atob(tr.id_token!.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { fhirUser?: string; iss?: string };
    expect(claims.iss).to.equal(`${origin()}/oauth`);
    expect(claims.fhirUser).to.match(/^Practitioner\//);
    // What the clinician sees: that patient's record, as the same data read directly would show it.
    const journey = f.contentDocument!.querySelector('fse-journey') as HTMLElement & { view: FseView; updateComplete: Promise<boolean> };
    await waitUntil(() => journey.view && !(journey.view instanceof Promise) && (journey as unknown as { progress: unknown }).progress === null, 'the journey has the whole record');
    await journey.updateComplete;
    const expected = viewFor(fromFhir(generateFhir({ seed: SEED, events: EVENTS })), viewer);
    expect(journey.view.patient.cf).to.equal(s.cf);
    expect(journey.view.events.map((e) => e.id).sort()).to.deep.equal(expected.events.map((e) => e.id).sort());
    expect(journey.shadowRoot!.textContent).to.contain(expected.patient.family);
  });

  it('refuses an authorization request without PKCE, and the app says so', async () => {
    const launch = await registerLaunch();
    const auth = `${origin()}/oauth/auth?${new URLSearchParams({
      response_type: 'code',
      client_id: 'percorso-fse',
      redirect_uri: APP,
      scope: 'launch openid patient/*.read',
      aud: s.smartUrl,
      launch,
      state: 'senza-pkce',
    })}`;
    const f = open(auth);
    await waitUntil(() => /non riuscito/.test(statusOf(f) ?? ''), 'the app did not come back with an error', { timeout: 60000, interval: 100 });
    expect(new URL(f.contentWindow!.location.href).searchParams.get('error')).to.equal('invalid_request');
    expect(statusOf(f)).to.match(/PKCE|code_challenge/i);
  });

  it('the FHIR server checks the token at the provider: none, forged or revoked is a typed 401', async () => {
    const { client } = await launchApp();
    const FHIR = (frame!.contentWindow as unknown as { FHIR: FhirGlobal }).FHIR;
    const refused = async (c: SmartClientLike) => {
      try {
        await loadFhirRecord({ client: c });
      } catch (e) {
        return e;
      }
      return undefined;
    };
    // The app's token reads the record.
    const r = await loadFhirRecord({ client, pageSize: 50 });
    expect(r.record.patient.cf).to.equal(s.cf);
    // No token, a token the provider never issued.
    for (const access_token of [undefined, 'non-emesso-dal-provider']) {
      const err = await refused(FHIR.client({ serverUrl: s.smartUrl, tokenResponse: { access_token, patient: s.patientId } }));
      expect(err, String(access_token)).to.be.instanceOf(FhirAuthError);
      expect((err as FhirAuthError).status).to.equal(401);
      expect((err as FhirAuthError).code).to.equal('unauthorized');
    }
    // Revoked at the provider (RFC 7009): the same token no longer reads anything.
    const cfg = (await (await fetch(`${s.smartUrl}/.well-known/smart-configuration`)).json()) as { revocation_endpoint: string };
    const rev = await fetch(cfg.revocation_endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: client.state.tokenResponse!.access_token!, client_id: 'percorso-fse' }),
    });
    expect(rev.status).to.equal(200);
    const err = await refused(client);
    expect(err).to.be.instanceOf(FhirAuthError);
    expect((err as FhirAuthError).status).to.equal(401);
  });

  it('a token without the right scope or for another patient is a typed 403 the host can tell from a 401', async () => {
    const { client } = await launchApp();
    // patient/*.read: the EHR granted no write, so the consent panel's writes are forbidden.
    let err: unknown;
    try {
      await new FhirConsentWriter({ client }).write({ type: 'fse-notifications-request', enabled: false });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(FhirAuthError);
    expect((err as FhirAuthError).status).to.equal(403);
    expect((err as FhirAuthError).code).to.equal('forbidden');
    expect((err as FhirAuthError).message).to.contain('403');
    // The launch patient's token does not open another patient's record.
    err = undefined;
    try {
      await loadFhirRecord({ client, patient: 'un-altro-paziente' });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(FhirAuthError);
    expect((err as FhirAuthError).status).to.equal(403);
    expect((err as FhirAuthError).code).to.equal('forbidden');
  });
});
