/**
 * LOINC (http://loinc.org, OID 2.16.840.1.113883.6.1) → body-map regions (`mapping: 'loinc'`).
 *
 * Source: the LOINC "System" axis (the 4th part of the fully specified name: Chest, Heart, Urine,
 * Ser/Plas, Bld…), for the radiology, cardiology and laboratory codes met in FSE documents
 * (`shared/domain/fse-2.0.md` §5.2 and §5.3: 36554-4 chest radiograph, 11524-6 EKG, 2160-0
 * creatinine, 6301-6 INR). Document type codes (11502-2, 68604-8…) carry no site and are not here.
 * For codes not in the table, an English LOINC long common name ("… in Urine", "… in Serum or
 * Plasma") is read for its system axis too (see {@link LOINC_SYSTEM_WORDS}).
 */
import type { BodyRegion } from '../types.js';

const BLOOD: readonly BodyRegion[] = ['blood-immune'];
const URINE: readonly BodyRegion[] = ['kidneys', 'pelvis'];

export const LOINC_CODES: Readonly<Record<string, readonly BodyRegion[]>> = {
  // radiology, system axis = the body part
  '36554-4': ['chest', 'lungs'], // XR Chest (radiografia del torace)
  '30746-2': ['chest', 'lungs'], // XR Chest 2 views
  '24627-2': ['chest', 'lungs'], // CT Chest
  '24725-4': ['head'], // CT Head
  '24590-2': ['head'], // MR Brain
  '24558-9': ['abdomen'], // US Abdomen
  '24606-6': ['breast'], // MG Breast screening
  '42148-7': ['heart'], // US Heart (echocardiogram)
  '34552-0': ['heart'], // Cardiac 2D echo panel
  // cardiology
  '11524-6': ['heart'], // EKG study
  '8867-4': ['heart'], // Heart rate
  // blood (Bld, Ser/Plas, PPP)
  '718-7': BLOOD, // Hemoglobin [Mass/volume] in Blood
  '789-8': BLOOD, // Erythrocytes [#/volume] in Blood
  '6690-2': BLOOD, // Leukocytes [#/volume] in Blood
  '777-3': BLOOD, // Platelets [#/volume] in Blood
  '4544-3': BLOOD, // Hematocrit of Blood
  '58410-2': BLOOD, // CBC panel - Blood
  '57021-8': BLOOD, // CBC W Auto Differential panel - Blood
  '4548-4': BLOOD, // Hemoglobin A1c/Hemoglobin.total in Blood
  '2345-7': BLOOD, // Glucose [Mass/volume] in Serum or Plasma
  '2160-0': BLOOD, // Creatinine [Mass/volume] in Serum or Plasma
  '3094-0': BLOOD, // Urea nitrogen [Mass/volume] in Serum or Plasma
  '33914-3': BLOOD, // eGFR (MDRD) in Serum or Plasma
  '2093-3': BLOOD, // Cholesterol [Mass/volume] in Serum or Plasma
  '2085-9': BLOOD, // HDL Cholesterol in Serum or Plasma
  '13457-7': BLOOD, // LDL Cholesterol (calc) in Serum or Plasma
  '2571-8': BLOOD, // Triglyceride in Serum or Plasma
  '1742-6': BLOOD, // ALT in Serum or Plasma
  '1920-8': BLOOD, // AST in Serum or Plasma
  '2951-2': BLOOD, // Sodium in Serum or Plasma
  '2823-3': BLOOD, // Potassium in Serum or Plasma
  '3016-3': BLOOD, // Thyrotropin in Serum or Plasma
  '6301-6': BLOOD, // INR in Platelet poor plasma by Coagulation assay
  '5902-2': BLOOD, // Prothrombin time (PT)
  '600-7': BLOOD, // Bacteria identified in Blood by Culture
  '24323-8': BLOOD, // Comprehensive metabolic 2000 panel - Serum or Plasma
  // urine
  '24356-8': URINE, // Urinalysis complete panel - Urine
  '5811-5': URINE, // Specific gravity of Urine by Test strip
  '5803-2': URINE, // pH of Urine by Test strip
  '2888-6': URINE, // Protein [Mass/volume] in Urine
  '5794-3': URINE, // Hemoglobin [Presence] in Urine by Test strip
  '630-4': URINE, // Bacteria identified in Urine by Culture
};

/** System-axis words of English LOINC long common names, most specific first. */
export const LOINC_SYSTEM_WORDS: readonly (readonly [RegExp, readonly BodyRegion[]])[] = [
  [/\bin (?:Urine|Urine sediment)\b/i, URINE],
  [/\bin (?:Serum or Plasma|Serum|Plasma|Blood|Platelet poor plasma|Red Blood Cells|Arterial blood|Venous blood|Capillary blood)\b/i, BLOOD],
  [/\bin (?:Cerebral spinal fluid)\b/i, ['head']],
  [/\bin (?:Stool)\b/i, ['digestive']],
  [/\bin (?:Sputum)\b/i, ['lungs']],
];
