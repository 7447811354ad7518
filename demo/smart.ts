/**
 * The SMART on FHIR app (EHR launch). The EHR opens `smart.html?iss=<FHIR base>&launch=<id>`; fhirclient
 * reads the server's `.well-known/smart-configuration`, sends the browser to its authorization server
 * with the launch, the scopes below, `aud` and a PKCE challenge, and comes back here with a code, which
 * it exchanges (with the PKCE verifier) for an access token whose response names the launch patient.
 * The authenticated client is then the transport of `loadFhirRecord`: its server, its patient, its token.
 *
 * Under `npm start` the development server plays the EHR: `/oauth` is its authorization server
 * (oidc-provider, scripts/smart-auth.mjs) and `/smart/fhir` the FHIR server behind it; opened without a
 * launch, the page offers to launch itself from there, as an EHR's "open app" button would.
 */
import '@percorso/elements/journey.js';
// fhirclient's browser build (it defines `window.FHIR`): its CommonJS entry does not load as an ES
// module in the test runner, the build does everywhere.
import 'fhirclient/build/fhir-client.pure.min.js';
import type SmartApi from 'fhirclient';
import { viewFor } from '@percorso/model';
import { loadFhirRecord } from '@percorso/model/fhir-source';
import { SAMPLE_NOW } from '@percorso/model/generator';

const FHIR = (window as unknown as { FHIR: typeof SmartApi }).FHIR;
const journey = document.querySelector('fse-journey')!;
const status = document.querySelector<HTMLElement>('#smart-status')!;
const launcher = document.querySelector<HTMLButtonElement>('#smart-launch')!;
const params = new URLSearchParams(location.search);

/** The client id the app is registered with at the EHR's authorization server. */
const CLIENT_ID = params.get('client_id') ?? 'percorso-fse';
const SCOPE = 'launch openid fhirUser patient/*.read';

/** What the EHR does when the clinician opens the app: registers the launch context, opens the app with it. */
async function launchFromDevServer(): Promise<void> {
  launcher.disabled = true;
  status.textContent = 'Avvio dalla cartella clinica…';
  const sample = (await (await fetch(new URL('/sample-patient.json', location.href))).json()) as { id: string };
  const res = await fetch(new URL('/oauth/launch', location.href), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ patient: sample.id }) });
  if (!res.ok) throw new Error(`la cartella clinica di prova non risponde (${res.status}): avviare la demo con npm start`);
  const { launch, iss } = (await res.json()) as { launch: string; iss: string };
  location.assign(`./smart.html?${new URLSearchParams({ iss, launch })}`);
}

async function main(): Promise<void> {
  if (params.has('iss') && params.has('launch')) {
    status.textContent = 'Autorizzazione in corso…';
    await FHIR.oauth2.authorize({ clientId: CLIENT_ID, scope: SCOPE, redirectUri: './smart.html', pkceMode: 'required' });
    return;
  }
  // Back from the authorization server with a code, or reloaded after it (fhirclient keeps its state in sessionStorage).
  if (!params.has('code') && !params.has('error') && !sessionStorage.getItem('SMART_KEY')) {
    launcher.hidden = false;
    launcher.addEventListener('click', () => launchFromDevServer().catch(fail));
    return;
  }
  if (params.has('error')) throw new Error(params.get('error_description') ?? params.get('error')!);
  const client = await FHIR.oauth2.ready();
  status.textContent = 'Caricamento del fascicolo dal server della cartella clinica…';
  const viewer = { role: 'clinician' as const, purpose: 'TREATMENT' as const, now: SAMPLE_NOW };
  const loading = loadFhirRecord({
    client,
    now: SAMPLE_NOW,
    onProgress: (p) => {
      if (p.phase === 'done') return;
      const snap = p.snapshot();
      journey.view = viewFor(snap.record, viewer, snap.issues);
      journey.progress = p;
    },
  }).then((r) => {
    journey.progress = null;
    status.textContent = `Fascicolo letto da ${client.state.serverUrl} con l’autorizzazione della cartella clinica.`;
    const view = viewFor(r.record, viewer, r.issues);
    journey.view = view;
    return view;
  });
  if (!journey.view) journey.view = loading;
  await loading;
}

function fail(err: unknown): void {
  launcher.disabled = false;
  status.textContent = `Avvio SMART non riuscito: ${err instanceof Error ? err.message : String(err)}`;
}

main().catch(fail);
