/**
 * The SMART on FHIR app (EHR launch). The EHR opens `smart.html?iss=<FHIR base>&launch=<id>`; fhirclient
 * reads the server's `.well-known/smart-configuration`, sends the clinician to its authorization server
 * (scopes below) and comes back here with a code, which it exchanges for an access token carrying the
 * launch patient. The authenticated client is then the transport of `loadFhirRecord`: its server, its
 * patient and its token. Without a launch the page says how to open it.
 */
import '@percorso/elements/journey.js';
import FHIR from 'fhirclient';
import { viewFor } from '@percorso/model';
import { loadFhirRecord } from '@percorso/model/fhir-source';

const journey = document.querySelector('fse-journey')!;
const status = document.querySelector<HTMLElement>('#smart-status')!;
const params = new URLSearchParams(location.search);

/** The client id the app is registered with at the EHR's authorization server. */
const CLIENT_ID = params.get('client_id') ?? 'percorso-fse';
const SCOPE = 'launch openid fhirUser patient/*.read';

async function main(): Promise<void> {
  if (params.has('iss') && params.has('launch')) {
    status.textContent = 'Autorizzazione in corso…';
    await FHIR.oauth2.authorize({ clientId: CLIENT_ID, scope: SCOPE, redirectUri: './smart.html' });
    return;
  }
  if (!params.has('code') && !params.has('state')) return;
  const client = await FHIR.oauth2.ready();
  status.textContent = 'Caricamento del fascicolo dal server della cartella clinica…';
  const viewer = { role: 'clinician' as const, purpose: 'TREATMENT' as const };
  const loading = loadFhirRecord({
    client,
    onProgress: (p) => {
      if (p.phase === 'done') return;
      const snap = p.snapshot();
      journey.view = viewFor(snap.record, viewer, snap.issues);
      journey.progress = p;
    },
  }).then((r) => {
    journey.progress = null;
    status.textContent = `Fascicolo letto da ${client.state.serverUrl}.`;
    const view = viewFor(r.record, viewer, r.issues);
    journey.view = view;
    return view;
  });
  if (!journey.view) journey.view = loading;
  await loading;
}

main().catch((err: unknown) => {
  status.textContent = `Avvio SMART non riuscito: ${err instanceof Error ? err.message : String(err)}`;
});
