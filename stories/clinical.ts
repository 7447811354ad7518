/**
 * The data states the clinical-picture stories share (`<fse-summary>`, `<fse-results>`,
 * `<fse-medications>`): the clinical fixture through each viewer's eyes, the sample record, a
 * dense one, an empty record, and the loading and error states. A story adds its own states in
 * `extra`.
 */
import { fromFhir, viewFor, type FseView } from '@percorso/model';
import { fhirInput, fixtureView, NOW } from '../test/clinical/fixtures.js';
import { failed, pending, sampleView, SAMPLE_NOW } from './data.js';

export const CLINICAL_DATA = ['citizen', 'clinician', 'emergency', 'sample', 'dense', 'empty', 'loading', 'error'] as const;
export type ClinicalData = (typeof CLINICAL_DATA)[number];

/** The view a data state stands for; `sampleRole` is who looks at the sample record. */
export function clinicalView(
  data: string,
  { sampleRole = 'citizen', extra = {} }: { sampleRole?: 'citizen' | 'clinician'; extra?: Record<string, () => FseView> } = {},
): FseView | Promise<FseView> {
  if (extra[data]) return extra[data]();
  switch (data) {
    case 'clinician':
      return fixtureView('clinician');
    case 'emergency':
      return viewFor(fromFhir(fhirInput(), { now: NOW }).record, { role: 'emergency', now: NOW });
    case 'sample':
      return sampleView(sampleRole);
    case 'dense':
      return sampleView('clinician', 5000);
    case 'empty':
      return viewFor(fromFhir([{ resourceType: 'Patient', id: 'p0', name: [{ family: 'Bianchi', given: ['Anna'] }] }]).record, { role: 'citizen', now: NOW });
    case 'loading':
      return pending();
    case 'error':
      return failed();
    default:
      return fixtureView('citizen');
  }
}

/** The reading day of a data state: the sample record's or the fixture's. */
export const clinicalNow = (data: string): number => (data === 'sample' || data === 'dense' ? SAMPLE_NOW : NOW);
