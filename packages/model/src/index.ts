/**
 * @percorso/model — one normalised FSE 2.0 model, read from FHIR R4, with every problem in the
 * input reported and privacy decided once, in `viewFor`.
 */
export type * from './types.js';
export { BODY_REGIONS } from './types.js';
export { categoryOf, EVENT_CATEGORIES } from './category.js';
// adapter (fromFhir, dates, codes, categories): added below by the adapter work
// privacy views and body regions: added below by the view work
export { bodyRegionsOf, bodySiteFromCoding, bodySitesFromCodings, BODY_SITE_MAPPINGS } from './body-regions.js';
export { viewFor, hasCareConsent, isDelegationActive } from './view.js';
export { obscuringCascade } from './cascade.js';
// synthetic records: added below by the generator work
