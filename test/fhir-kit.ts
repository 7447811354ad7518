/**
 * What the small FHIR R4 inputs of the element and model tests share: the code systems as the
 * national gateway spells them (written out here, not taken from the model, so that a wrong
 * constant in the model is caught) and the patient every input is about.
 */
export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const ICD9 = 'urn:oid:2.16.840.1.113883.6.103';
export const ICD9P = 'urn:oid:2.16.840.1.113883.6.104';
export const ATC = 'http://www.whocc.no/atc';
/** Codice fiscale (MEF). */
export const CF_SYSTEM = 'urn:oid:2.16.840.1.113883.2.9.4.3.2';
/** NRE, the number of a ricetta dematerializzata. */
export const NRE_SYSTEM = 'urn:oid:2.16.840.1.113883.2.9.4.3.8';
/** The gateway's eventCodeList (attiCliniciRegoleAccesso). */
export const EVENT_CODES = 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3';
/** Percorso's code system for the kind of care path. */
export const TIPO = 'https://percorso.dev/fhir/CodeSystem/tipo-percorso';

/** Every input is about Patient/p1. */
export const patientRef = { reference: 'Patient/p1' };

/** Patient/p1 with a codice fiscale, a name and a birth date. */
export function patientResource(cf: string, family: string, given: string, birthDate: string, gender = 'female'): Record<string, unknown> {
  return { resourceType: 'Patient', id: 'p1', identifier: [{ system: CF_SYSTEM, value: cf }], name: [{ family, given: [given] }], gender, birthDate };
}
