/**
 * @percorso/model — one normalised FSE 2.0 model, read from FHIR R4, with every problem in the
 * input reported and privacy decided once, in `viewFor`.
 */
export type * from './types.js';
export { BODY_REGIONS, NOTIFICATION_KINDS } from './types.js';
export { categoryOf, EVENT_CATEGORIES } from './category.js';
// adapter (fromFhir, dates, codes, categories): added below by the adapter work
export { fromFhir, FhirInputError, ISSUE_CODES, PLAIN_MESSAGES } from './adapter/index.js';
export { parseFuzzyDate, readFuzzyDate, dayOf, zoneOffset, localToEpoch, isValidTimeZone, DEFAULT_TIME_ZONE, type DateResult, type DateProblem } from './dates.js';
export { canonicalSystem, nationalTypeOf, NATIONAL_TYPE_BY_LOINC, NATIONAL_TYPE_LABEL, CF_SYSTEMS, NRE_SYSTEMS } from './codes.js';
// privacy views and body regions: added below by the view work
export { bodyRegionsOf, bodySiteFromCoding, bodySitesFromCodings, carePathSites, itemSitesOf, BODY_SITE_MAPPINGS, ATC_GROUPS, type RegionsOf } from './body-regions.js';
// one number for one thing: documents, events, voices inside documents, care paths
export { countsFor, isDocumentItem, itemsOf, type ViewCounts, type ViewItem } from './counts.js';
export { viewFor, hasCareConsent, isDelegationActive } from './view.js';
export { obscuringCascade } from './cascade.js';
export { emergencyUseOf, type EmergencyUse } from './emergency.js';
export { newsSince, NEWS_KINDS, type News, type NewsItem, type NewsKind } from './news.js';
// synthetic records (generateFhir, SAMPLE_NOW, codiceFiscale) are on their own subpath: @percorso/model/generator
export { isValidCf, cfCheckChar } from './cf.js';
// CDA2 headers (fromCda): added below by the CDA work
export { fromCda, CdaInputError, CDA_ISSUE_CODES, parseXml, hl7TsToIso, MAX_XML_DEPTH, type XmlElement, type XmlResult, type XmlProblem } from './cda/index.js';
// narrative kept as data (for <fse-document>)
export { narrativeOf, narrativeOfXhtml, narrativeText, MAX_NARRATIVE_TEXT, MAX_NARRATIVE_DEPTH, MAX_NARRATIVE_TABLES, type NarrativeResult, type NarrativeProblem, type NarrativeProblemCode } from './narrative.js';
// plain-language glossary (document types, laboratory analytes)
export { DOCUMENT_TYPE_GLOSSARY, ANALYTE_GLOSSARY, ANALYTE_COUNT, documentTypeEntry, analyteEntry, type GlossaryEntry, type GlossarySource } from './glossary/index.js';
// other languages' issue messages and glossary: @percorso/model/locales/en (de, fr, sl), one module each
export type { GlossaryText, GlossaryTexts } from './locales/types.js';
// the clinical picture (summary, therapy, results): shared by <fse-summary>, <fse-medications>, <fse-results>
export {
  clinicalPicture, allergiesOf, problemsOf, medicinesOf, medicineOf, therapyListsOf, mergePeriods, unitsPerDay, isSurgery, nowOf,
  CRITICAL_ATC, criticalClassOf, AIC_PACKS, ATC_SUBSTANCES, NO_KNOWN_ALLERGY_CODES, ASSUMED_DAYS, PRESCRIPTION_VALID_DAYS, CND_SYSTEM,
  type ClinicalPicture, type SourcedLine, type Allergies, type AllergyLine, type ProblemLine, type Medicine, type MedicineIdentity,
  type PrescriptionLine, type TakenPeriod, type TherapyList, type TherapyListItem, type TherapyLists, type HistoryLine, type DeclarationLine, type CriticalClass, type AicPack,
} from './clinical.js';
export { resultSeriesOf, resultFlagOf, parseRange, parseTarget, trendOf, normaliseUnit, unitFactor, type ResultSeries, type ResultPoint, type NumericRange, type Trend } from './results.js';
