/** Synthetic FHIR records: `generateFhir` and the codice fiscale helpers it uses. */
export { generateFhir, countGeneratedEvents, SAMPLE_NOW } from './generate.js';
export type { GenerateFhirOptions, FhirBundle, FhirBundleEntry, FhirResource } from './generate.js';
export { codiceFiscale, isValidCf, cfCheckChar } from './cf.js';
