/**
 * The citizen's portal page: the journey (body map, care paths, timeline) and the privacy panel on
 * the same record, read over HTTP from the FHIR server `npm start` runs (`loadFhirRecord`). The page
 * plays the portal: it answers the panel's requests — the notification preferences per kind
 * included — with the FHIR writes its server takes (`FhirConsentWriter`, If-Match on the versions
 * read), then reads the record back; it passes the citizen's last visit to the journey's "Novità".
 */
import '@percorso/elements/journey.js';
import '@percorso/elements/consent-panel.js';
import { viewFor, type FseView, type Viewer } from '@percorso/model';
import { CONSENT_REQUEST_TYPES, FhirConsentWriter, loadFhirRecord } from '@percorso/model/fhir-source';
import { FHIR_BASE, NOW, samplePatient, sampleRecord, wirePickers } from './sample.js';

const journey = document.querySelector('fse-journey')!;
const panel = document.querySelector('fse-consent-panel')!;
const log = document.querySelector<HTMLElement>('#host-log')!;
const failNext = document.querySelector<HTMLInputElement>('#fail');
const viewer = { role: 'citizen' as const, now: NOW };
const opened = Date.now();
/**
 * The citizen's last visit, as a portal keeps it (here 120 days before the sample's reading day, so
 * that the "Novità" show each kind: documents, prescriptions, bookings, an access by someone new).
 */
const LAST_VISIT = new Date(NOW - 120 * 86_400_000).toISOString().slice(0, 10);
journey.setAttribute('since', LAST_VISIT);
let versions: ReadonlyMap<string, string> = new Map();
/**
 * The record shown: the citizen's own, or the record of someone who named them their parent or
 * delegate (opened from the journey's "… — apri il fascicolo"): its Patient id and the viewer.
 */
let shown: { patientId?: string; viewer: Viewer } = { viewer };

/**
 * Reads the record from the server and shows it: the first time growing page by page with a
 * progress bar; after a write (`progressive` false) the record shown stays until the new one is
 * read whole, then the journey and the consent panel get it together. Shown again page by page, the
 * first pages (a half record) lacked the document the citizen had just obscured from where they
 * read it: the journey closed it, so they never saw "Fatto", and the panel caught up seconds later.
 */
async function load(progressive = true): Promise<FseView> {
  if (shown.patientId) return loadLinked(shown.patientId, shown.viewer);
  const r = await sampleRecord(
    progressive
      ? (p) => {
          if (p.phase === 'done') return;
          const snap = p.snapshot();
          const view = viewFor(snap.record, viewer, snap.issues);
          journey.view = view;
          journey.progress = p;
        }
      : undefined,
  );
  journey.progress = null;
  versions = r.versions;
  const view = viewFor(r.record, viewer, r.issues);
  journey.view = view;
  panel.view = view;
  return view;
}

/**
 * A record the citizen may open (their minor child's, their delegator's), read from the same server
 * by its codice fiscale; `viewFor` with the delegation named in the request decides what of it the
 * citizen sees as parent or delegate (and refuses an inactive delegation).
 */
async function loadLinked(patient: string, as: Viewer): Promise<FseView> {
  const r = await loadFhirRecord({ baseUrl: FHIR_BASE, patient, now: NOW, pageSize: 100 });
  versions = r.versions;
  shown = { patientId: r.record.patient.id.replace(/^Patient\//, ''), viewer: as };
  const view = viewFor(r.record, as, r.issues);
  journey.view = view;
  panel.view = view;
  return view;
}

// "Luisa — apri il fascicolo", "Torna al tuo fascicolo": the journey asks, the page loads and answers.
journey.addEventListener('fse-record-switch-request', (e) => {
  const d = e.detail;
  log.textContent = `Richiesta ricevuta: apertura del fascicolo${d.name ? ` di ${d.name}` : ''}…`;
  if (failNext?.checked) {
    failNext.checked = false;
    e.respond(Promise.reject(new Error('Il servizio regionale non risponde. Riprova tra qualche minuto.')));
    return;
  }
  if (d.to === 'own' || !d.cf || !d.delegationId) {
    shown = { viewer };
    e.respond(load());
    return;
  }
  const as: Viewer = { role: d.role === 'parent' ? 'parent' : 'delegate', delegationId: d.delegationId, now: NOW };
  e.respond(loadLinked(d.cf, as));
});

/** Persists a request as a portal's server would, then reads the record back for the panel. */
async function persist(event: Event & { detail: object }): Promise<FseView> {
  log.textContent = `Richiesta ricevuta: ${event.type}…`;
  if (failNext?.checked) {
    failNext.checked = false;
    log.textContent = `Richiesta non riuscita: ${event.type}`;
    throw new Error('Il servizio regionale non risponde. Riprova tra qualche minuto.');
  }
  const id = shown.patientId ?? (await samplePatient()).id;
  // Dates of what the citizen asks follow the sample's "now", moving on with the page's clock.
  const writer = new FhirConsentWriter({ baseUrl: FHIR_BASE, patientId: id, versions, now: () => NOW + (Date.now() - opened) });
  const done = await writer.writeEvent(event);
  log.textContent = `Richiesta salvata: ${done.map((d) => `${d.method} ${d.resource.resourceType}/${d.resource.id}`).join(', ')}`;
  return load(false);
}

for (const type of CONSENT_REQUEST_TYPES) {
  panel.addEventListener(type, (e) => e.respond(persist(e)));
}
// Obscuring starts from a document the citizen reads in the journey too ("Oscura questo documento").
journey.addEventListener('fse-obscure-request', (e) => e.respond(persist(e)));

// A care path's overdue step: a portal sends the booking to its CUP, or the request for the
// prescription to the family doctor; the demo takes it and says so.
journey.addEventListener('fse-step-action-request', (e) => {
  const what = e.detail.action === 'book' ? 'prenotazione' : 'richiesta della ricetta';
  log.textContent = `Richiesta ricevuta: ${what} — ${e.detail.title}…`;
  e.respond(
    new Promise<void>((resolve, reject) =>
      setTimeout(() => {
        if (failNext?.checked) {
          failNext.checked = false;
          log.textContent = `Richiesta non riuscita: ${what}`;
          reject(new Error('Il servizio regionale non risponde. Riprova tra qualche minuto.'));
          return;
        }
        log.textContent = `Richiesta inviata: ${what} — ${e.detail.title}`;
        resolve();
      }, 300),
    ),
  );
});

/**
 * On phones the privacy section folds to its title (the page stays a few screens tall); on wider
 * screens it is always open. Following the "Privacy e consensi" link opens it.
 */
const privacy = document.querySelector<HTMLDetailsElement>('#privacy details')!;
const phone = matchMedia('(max-width: 700px)');
const fold = () => {
  privacy.open = !phone.matches || location.hash === '#privacy';
};
phone.addEventListener('change', fold);
addEventListener('hashchange', fold);
fold();

wirePickers([journey, panel]);
const first = load();
journey.view = first;
panel.view = first;
