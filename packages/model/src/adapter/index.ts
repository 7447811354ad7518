/** The FHIR R4 adapter: `fromFhir` and its typed input error. */
export { fromFhir, FhirInputError } from './from-fhir.js';
export { ISSUE_CODES } from './issues.js';
export { PLAIN_MESSAGES } from './plain.js';
