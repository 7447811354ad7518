/**
 * Which reader reads which resource type. To read a new clinical type, write its
 * {@link ClinicalReader} in its family's file (or a new one) and add it to `CLINICAL_READERS`;
 * a type that is not an event (consents, delegations…) goes in `RECORD_READERS`. Types only
 * looked up by reference (Practitioner, Organization, Medication…) are `LOOKUP_TYPES` (collect.ts).
 */
import { APPOINTMENT } from './appointments.js';
import { readClinical, type ClinicalReader } from './clinical.js';
import { LOOKUP_TYPES, type Res } from './collect.js';
import { readAudit } from './access-log.js';
import { ALLERGY_INTOLERANCE, CONDITION, IMMUNIZATION, PROCEDURE } from './conditions.js';
import { readConsent } from './consents.js';
import { readRelatedPerson } from './delegations.js';
import { nreOfOrder } from './documents.js';
import { ENCOUNTER } from './encounters.js';
import { MEDICATION_ADMINISTRATION, MEDICATION_DISPENSE, MEDICATION_REQUEST, MEDICATION_STATEMENT } from './medications.js';
import { DIAGNOSTIC_REPORT, IMAGING_STUDY, OBSERVATION } from './observations.js';
import { readCoverage } from './patients.js';
import type { Doc, Reader } from './reader.js';

/** Resource types read as clinical events, by type. */
export const CLINICAL_READERS: ReadonlyMap<string, ClinicalReader> = new Map([
  ['Encounter', ENCOUNTER],
  ['Condition', CONDITION],
  ['AllergyIntolerance', ALLERGY_INTOLERANCE],
  ['Procedure', PROCEDURE],
  ['Observation', OBSERVATION],
  ['DiagnosticReport', DIAGNOSTIC_REPORT],
  ['ImagingStudy', IMAGING_STUDY],
  ['Immunization', IMMUNIZATION],
  ['MedicationRequest', MEDICATION_REQUEST],
  ['MedicationDispense', MEDICATION_DISPENSE],
  ['MedicationStatement', MEDICATION_STATEMENT],
  ['MedicationAdministration', MEDICATION_ADMINISTRATION],
  ['Appointment', APPOINTMENT],
]);

/** Resource types read into the record but not as events. */
export const RECORD_READERS: ReadonlyMap<string, (rd: Reader, res: Res) => void> = new Map([
  ['Consent', readConsent],
  ['AuditEvent', readAudit],
  ['RelatedPerson', readRelatedPerson],
  ['Coverage', readCoverage],
]);

/** Pass 4: every resource once, by type (care plans wait for the events they link: care-plans.ts). */
export function readResources(rd: Reader): void {
  for (const res of rd.index.all) {
    if (res.duplicateOf) continue;
    const type = res.type;
    if (type === 'Composition' || type === 'DocumentReference' || type === 'Patient') continue;
    if (LOOKUP_TYPES.has(type)) {
      if (type === 'ServiceRequest' || type === 'MedicationRequest') nreOfOrder(rd, res);
      continue;
    }
    const doc = res.doc as Doc | undefined;
    if (type !== 'RelatedPerson' && (rd.isOtherPerson(res) || doc?.excluded)) {
      rd.leaveOut(res);
      continue;
    }
    if (type === 'CarePlan') continue;
    const other = RECORD_READERS.get(type);
    if (other) other(rd, res);
    else readClinical(rd, res, doc, CLINICAL_READERS.get(type));
  }
}
