/**
 * SMART on FHIR as the transport: an authenticated `fhirclient` Client (the standard SMART library,
 * its browser build) gives loadFhirRecord and FhirConsentWriter the server, the patient and the
 * access token, against the development FHIR server requiring a bearer token.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { FhirAuthError, FhirConsentWriter, loadFhirRecord, type SmartClientLike } from '@percorso/model/fhir-source';

interface Started {
  id: number;
  url: string;
  patientId: string;
  cf: string;
}
type FhirGlobal = { client(state: { serverUrl: string; tokenResponse?: { access_token?: string; patient?: string } }): SmartClientLike };

/** fhirclient's browser build, as a page includes it (it defines `window.FHIR`). */
async function fhirclient(): Promise<FhirGlobal> {
  const w = window as unknown as { FHIR?: FhirGlobal };
  if (!w.FHIR) {
    await new Promise<void>((ok, fail) => {
      const s = document.createElement('script');
      s.src = '/node_modules/fhirclient/build/fhir-client.min.js';
      s.onload = () => ok();
      s.onerror = () => fail(new Error('fhirclient not loaded'));
      document.head.append(s);
    });
  }
  return w.FHIR!;
}

describe('SMART client as the transport (fhirclient)', function () {
  this.timeout(120000);
  let s: Started;
  before(async () => {
    s = await executeServerCommand<Started, object>('fhir-server', { action: 'start', seed: 5, events: 60, token: 'token-smart-di-prova' });
  });
  after(() => executeServerCommand('fhir-server', { action: 'stop', id: s.id }));

  it('reads the launch patient’s record from the client’s server with its access token', async () => {
    const FHIR = await fhirclient();
    const client = FHIR.client({ serverUrl: s.url, tokenResponse: { access_token: 'token-smart-di-prova', patient: s.patientId } });
    const r = await loadFhirRecord({ client, pageSize: 20 });
    expect(r.record.patient.cf).to.equal(s.cf);
    expect(r.path).to.equal('everything');
  });

  it('is refused (typed 401) when the client holds no valid token', async () => {
    const FHIR = await fhirclient();
    const client = FHIR.client({ serverUrl: s.url, tokenResponse: { access_token: 'scaduto', patient: s.patientId } });
    let err: unknown;
    try {
      await loadFhirRecord({ client });
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(FhirAuthError);
    expect((err as FhirAuthError).status).to.equal(401);
  });

  it('writes the consent panel’s requests through the client', async () => {
    const FHIR = await fhirclient();
    const client = FHIR.client({ serverUrl: s.url, tokenResponse: { access_token: 'token-smart-di-prova', patient: s.patientId } });
    const before = await loadFhirRecord({ client });
    const done = await new FhirConsentWriter({ client, versions: before.versions }).write({ type: 'fse-notifications-request', enabled: false });
    expect(done[0]!.resource.resourceType).to.equal('Consent');
    const after = await loadFhirRecord({ client });
    expect(after.record.consents.find((c) => c.scope === 'notifications')!.decision).to.equal('deny');
  });
});
