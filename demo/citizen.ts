/**
 * The citizen's portal page: the journey (body map, care paths, timeline) and the privacy panel
 * on the same record. The page plays the portal's back end: it answers the panel's requests by
 * changing its copy of the record after a short delay and handing back the new view — which is
 * what a real portal does with its regional FSE services.
 */
import '@percorso/elements/journey.js';
import '@percorso/elements/consent-panel.js';
import { viewFor, type Consent, type FseRecord, type FseView } from '@percorso/model';
import { NOW, sampleRecord, wirePickers } from './sample.js';

const journey = document.querySelector('fse-journey')!;
const panel = document.querySelector('fse-consent-panel')!;
const log = document.querySelector<HTMLElement>('#host-log')!;
const failNext = document.querySelector<HTMLInputElement>('#fail');

const sample = sampleRecord();
let record = sample.record;
const viewer = { role: 'citizen' as const, now: NOW };

function show(): FseView {
  const view = viewFor(record, viewer, sample.issues);
  journey.view = view;
  panel.view = view;
  return view;
}

/** Persists a change the way a portal's back end would: later, and sometimes not at all. */
function persist(what: string, change: (r: FseRecord) => FseRecord): Promise<FseView> {
  log.textContent = `Richiesta ricevuta: ${what}…`;
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (failNext?.checked) {
        failNext.checked = false;
        log.textContent = `Richiesta non riuscita: ${what}`;
        reject(new Error('Il servizio regionale non risponde. Riprova tra qualche minuto.'));
        return;
      }
      record = change(record);
      log.textContent = `Richiesta salvata: ${what}`;
      resolve(show());
    }, 700);
  });
}

const setEvents = (r: FseRecord, ids: Set<string>, f: (p: FseRecord['events'][number]['privacy']) => FseRecord['events'][number]['privacy']): FseRecord => ({
  ...r,
  events: r.events.map((e) => (ids.has(e.id) || (e.documentId !== undefined && ids.has(e.documentId)) ? { ...e, privacy: f(e.privacy) } : e)),
});

panel.addEventListener('fse-consent-request', (e) => {
  const { purpose, decision } = e.detail;
  e.respond(
    persist(`consenso (${purpose}): ${decision}`, (r) => {
      const next: Consent = {
        id: `consent-${purpose}-${Date.now()}`,
        scope: 'consultation',
        purpose,
        decision,
        date: { iso: new Date(NOW).toISOString(), precision: 'second', start: NOW, end: NOW + 1000 },
        channel: 'online',
        source: [],
      };
      return { ...r, consents: [...r.consents.filter((c) => !(c.scope === 'consultation' && c.purpose === purpose)), next] };
    }),
  );
});

panel.addEventListener('fse-obscure-request', (e) => {
  const { documentId, obscured } = e.detail;
  e.respond(persist(`${obscured ? 'oscura' : 'rendi visibile'} ${documentId}`, (r) => setEvents(r, new Set([documentId]), (p) => ({ ...p, obscured }))));
});

panel.addEventListener('fse-protected-visibility-request', (e) => {
  const { documentId, visible } = e.detail;
  e.respond(persist(`visibilità ${documentId}: ${visible}`, (r) => setEvents(r, new Set([documentId]), (p) => ({ ...p, protectedVisible: visible }))));
});

panel.addEventListener('fse-notifications-request', (e) => {
  const { enabled } = e.detail;
  e.respond(
    persist(`notifiche: ${enabled ? 'attive' : 'spente'}`, (r) => ({
      ...r,
      consents: [
        ...r.consents.filter((c) => c.scope !== 'notifications'),
        { id: `notifications-${Date.now()}`, scope: 'notifications', decision: enabled ? 'permit' : 'deny', channel: 'online', source: [] },
      ],
    })),
  );
});

panel.addEventListener('fse-delegation-request', (e) => {
  const d = e.detail;
  e.respond(
    persist(`delega: ${d.action}`, (r) => {
      if (d.action === 'add') {
        return {
          ...r,
          delegations: [
            ...r.delegations,
            { id: `delegation-${Date.now()}`, direction: 'outgoing', person: { name: d.delegate.name, cf: d.delegate.cf }, basis: 'voluntary', status: 'pending', source: [] },
          ],
        };
      }
      const status = d.action === 'revoke' ? 'revoked' : d.action === 'accept' ? 'active' : 'rejected';
      return { ...r, delegations: r.delegations.map((x) => (x.id === d.delegationId ? { ...x, status } : x)) };
    }),
  );
});

wirePickers([journey, panel]);
show();
