/**
 * @percorso/model/fhir-source — a patient's record read from a FHIR R4 server over REST
 * (`loadFhirRecord`), and the writes that persist what the consent panel asks for.
 * No DOM: runs in browsers and in Node 20.
 */
export { loadFhirRecord, PATIENT_SEARCHES, SOURCE_ISSUE_CODES, type LoadFhirRecordOptions, type LoadFhirRecordResult, type LoadProgress } from './load.js';
export { FhirSourceError, FhirAuthError, FhirConflictError, FhirHttpError, FhirUnreachableError, PatientNotFoundError } from './errors.js';
export { retryAfterMs, type FetchLike, type SmartClientLike } from './http.js';
export { FhirConsentWriter, CONSENT_REQUEST_TYPES, type ConsentPanelRequest, type FhirConsentWriterOptions, type FhirWriteDone } from './writes.js';
