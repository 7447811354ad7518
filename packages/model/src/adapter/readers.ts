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
import { DEVICE } from './devices.js';
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
  ['Device', DEVICE],
]);

/** Resource types read into the record but not as events. */
export const RECORD_READERS: ReadonlyMap<string, (rd: Reader, res: Res) => void> = new Map([
  ['Consent', readConsent],
  ['AuditEvent', readAudit],
  ['RelatedPerson', readRelatedPerson],
  ['Coverage', readCoverage],
]);

/**
 * Resource types the record does not show, each reported once per kind (`unused-resources`), with
 * why. Billing and insurance (Claim, ExplanationOfBenefit, a Coverage that is not an exemption)
 * are not part of a citizen's care journey; the others carry nothing Percorso can read.
 */
export const NOT_SHOWN = new Map<string, { it: string; en: string }>([
  ...['Claim', 'ClaimResponse', 'ExplanationOfBenefit', 'Coverage', 'Account', 'Invoice', 'PaymentNotice', 'PaymentReconciliation', 'CoverageEligibilityRequest', 'CoverageEligibilityResponse'].map(
    (t) => [t, { it: 'dati amministrativi o di rimborso, non fanno parte del percorso di cura', en: 'administrative or billing data, not part of the care journey' }] as const,
  ),
  ...['Basic', 'Linkage', 'Person', 'Contract', 'OperationOutcome', 'Parameters', 'Questionnaire', 'ValueSet', 'CodeSystem', 'StructureDefinition', 'Schedule', 'Slot', 'Endpoint'].map(
    (t) => [t, { it: 'tipo di risorsa senza un significato che Percorso sappia leggere', en: 'a resource type without a meaning Percorso can read' }] as const,
  ),
]);

/** One `unused-resources` issue per kind set aside, in the first's place, naming every one of them. */
export function reportUnused(rd: Reader): void {
  for (const [type, list] of rd.unused) {
    const why = NOT_SHOWN.get(type) ?? { it: 'non mostrate', en: 'not shown' };
    rd.issues.add('unused-resources', list[0]!.loc, undefined, { type, count: list.length, whyIt: why.it, whyEn: why.en }, list.map((r) => r.key));
  }
}

/** Pass 4: every resource once, by type (care plans wait for the events they link: care-plans.ts). */
export function readResources(rd: Reader): void {
  for (const res of rd.index.all) {
    if (res.duplicateOf) continue;
    const type = res.type;
    if (type === 'Composition' || type === 'DocumentReference' || type === 'Patient') continue;
    if (NOT_SHOWN.has(type) && type !== 'Coverage' /* an exemption, or set aside by readCoverage */) {
      // billing, administrative and unknown-purpose resources (Claim, Basic…): never a silent drop
      rd.setAside(res);
      continue;
    }
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
