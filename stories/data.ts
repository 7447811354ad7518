/**
 * Data for the stories: the sample patient as synthetic FHIR from `generateFhir`, read by
 * `fromFhir` and seen through `viewFor` — the path a portal's real data take. Records are cached
 * per size and seed, since several stories show the same one through different eyes.
 */
import { fromFhir, viewFor, type FseRecord, type FseView, type Viewer, type ViewerRole } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { html, type TemplateResult } from 'lit';
import { styleProps } from '@percorso/elements/internal/style-props.js';

export { SAMPLE_NOW };

const records = new Map<string, FseRecord>();

/** The sample record: `events` clinical events (about), generated from `seed`. */
export function sampleRecord(events = 600, seed = 2026): FseRecord {
  const key = `${events}/${seed}`;
  let r = records.get(key);
  if (!r) records.set(key, (r = fromFhir(generateFhir({ seed, events, now: SAMPLE_NOW }), { now: SAMPLE_NOW }).record));
  return r;
}

/** What `role` sees of the sample record. */
export function sampleView(role: ViewerRole = 'citizen', events = 600, seed = 2026, viewer: Partial<Viewer> = {}): FseView {
  return viewFor(sampleRecord(events, seed), { role, now: SAMPLE_NOW, ...viewer });
}

/** The sample record as if the patient had refused the consultation consent for care. */
export function withoutCareConsent(r: FseRecord): FseRecord {
  return {
    ...r,
    consents: r.consents.map((c) => (c.scope === 'consultation' && c.purpose === 'care' ? { ...c, decision: 'deny' as const } : c)),
  };
}

/** A view that never arrives (the loading state). */
/** The sample patient with nothing in the record yet: the empty state. */
export function emptyView(): FseView {
  return viewFor({ ...sampleRecord(), events: [], carePaths: [] }, { role: 'citizen', now: SAMPLE_NOW });
}

export const pending = (): Promise<FseView> => new Promise<FseView>(() => {});

/** A view whose loading failed (the error state). */
export const failed = (): Promise<FseView> => Promise.reject(new Error('il server FHIR della regione non risponde (503)'));

/** A story's element in a frame `width` pixels wide (through CSSOM: the stories run under a strict CSP), or as it is. */
export function framed(el: TemplateResult, width?: number): TemplateResult {
  return width ? html`<div ${styleProps({ 'max-inline-size': `${width}px` })}>${el}</div>` : el;
}
