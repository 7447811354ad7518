/**
 * The demo's sample record, read over HTTP from the FHIR R4 server that `npm start` runs beside the
 * demo (`/fhir`, seeded with synthetic FHIR from `generateFhir`: no person in it is real), through
 * `loadFhirRecord` — the path a portal's own server takes.
 */
// The demo offers every bundled language (a portal imports only those it offers).
import '@percorso/elements/locales/all.js';
import type { FseRecord, Issue } from '@percorso/model';
import { loadFhirRecord, type LoadFhirRecordResult, type LoadProgress } from '@percorso/model/fhir-source';
import { SAMPLE_NOW } from '@percorso/model/generator';

export const NOW = SAMPLE_NOW;
const params = new URLSearchParams(location.search);
/**
 * The FHIR base URL: the server `npm start` runs (same origin as the demo), or another one named in
 * the page's address (`?fhir=https://…/fhir&patient=<id>`: try the demo on your own server; the
 * task tests give each test a fresh server this way).
 */
export const FHIR_BASE = new URL(params.get('fhir') ?? '/fhir', location.href).href;

let patient: Promise<{ id: string }> | undefined;
/** The sample patient's id on that server (from the address, else the dev server says it; a portal knows its own). */
export function samplePatient(): Promise<{ id: string }> {
  const named = params.get('patient');
  if (named) return (patient ??= Promise.resolve({ id: named }));
  return (patient ??= fetch(new URL('/sample-patient.json', location.href)).then((r) => {
    if (!r.ok) throw new Error(`Il server di esempio non risponde (${r.status}): avviare la demo con npm start.`);
    return r.json() as Promise<{ id: string }>;
  }));
}

/** The sample record, read from the server. */
export async function sampleRecord(onProgress?: (p: LoadProgress) => void): Promise<LoadFhirRecordResult & { record: FseRecord; issues: Issue[] }> {
  const { id } = await samplePatient();
  return loadFhirRecord({ baseUrl: FHIR_BASE, patient: id, now: NOW, pageSize: 100, onProgress });
}

/** Wires the page's language and theme pickers to every Percorso element on the page. */
export function wirePickers(elements: HTMLElement[]): void {
  const lang = document.querySelector<HTMLSelectElement>('#lang');
  const theme = document.querySelector<HTMLSelectElement>('#theme');
  lang?.addEventListener('change', () => {
    document.documentElement.lang = lang.value;
    for (const el of elements) el.setAttribute('lang', lang.value);
  });
  theme?.addEventListener('change', () => {
    document.body.dataset.fseTheme = theme.value;
    for (const el of elements) el.setAttribute('theme', theme.value);
  });
}
