/**
 * The clinician's page: the same patient's record as the citizen page, read from the same FHIR
 * server, embedded in an EHR, seen through `viewFor` with a clinician's purpose of use. What the
 * patient obscured does not exist here; without consent the view is empty and says why; emergency
 * access shows the Patient Summary first.
 */
import '@percorso/elements/journey.js';
import { viewFor, type FseRecord, type Issue, type Viewer } from '@percorso/model';
import { NOW, sampleRecord, wirePickers } from './sample.js';

const journey = document.querySelector('fse-journey')!;
const purpose = document.querySelector<HTMLSelectElement>('#purpose')!;
/** What has arrived so far (the whole record once loaded). */
let current: { record: FseRecord; issues: Issue[] } | undefined;
const loaded = sampleRecord((p) => {
  if (p.phase === 'done') return;
  current = p.snapshot();
  journey.progress = p;
  show();
}).then((r) => {
  current = r;
  journey.progress = null;
  show();
  return r;
});

/** The record as it would be if the patient had revoked the consultation consent for care. */
function withoutConsent(r: FseRecord): FseRecord {
  return {
    ...r,
    consents: r.consents.map((c) =>
      c.scope === 'consultation' && c.purpose === 'care' ? { ...c, decision: 'deny' as const } : c,
    ),
  };
}

function viewOf(record: FseRecord, issues: Issue[]) {
  const choice = purpose.value;
  const viewer: Viewer =
    choice === 'emergency'
      ? { role: 'emergency', name: 'Dott. Luca Ferri, Pronto Soccorso', now: NOW }
      : { role: 'clinician', name: 'Dott.ssa Anna Conti', purpose: 'TREATMENT', now: NOW };
  return viewFor(choice === 'clinician-no-consent' ? withoutConsent(record) : record, viewer, issues);
}

function show(): void {
  journey.view = current ? viewOf(current.record, current.issues) : loaded.then(({ record, issues }) => viewOf(record, issues));
}

purpose.addEventListener('change', show);
wirePickers([journey]);
show();
