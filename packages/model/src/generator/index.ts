/**
 * `@percorso/model/generator`: synthetic FHIR records (`generateFhir`) and `codiceFiscale`,
 * which computes a person's code (checking one is the model's `isValidCf`). Kept out of `@percorso/model` so that a portal reading real data does not
 * ship the generator's tables.
 */
export { generateFhir, generateFamilyFhir, countGeneratedEvents, SAMPLE_NOW } from './generate.js';
export type { GenerateFhirOptions, FhirBundle, FhirBundleEntry, FhirResource } from './generate.js';
export { codiceFiscale } from './patient/cf.js';
