/**
 * SNOMED CT body structures → body-map regions (`mapping: 'snomed-body-site'`).
 *
 * Source: SNOMED CT International concept ids (body structure hierarchy, 123037004), as listed in
 * `shared/domain/fse-2.0.md` §5.2 and used by the gateway examples (`mds-fhir-RAP.json` bodySite
 * 4870002, 7771000). Each concept is mapped to the region its is-a / part-of ancestors fall in; a
 * concept that is itself lateralised (left eye, right thigh…) carries its laterality here.
 */
import type { BodyRegion } from '../types.js';

export type Laterality = 'left' | 'right' | 'both';
export interface SiteEntry {
  region: BodyRegion;
  laterality?: Laterality;
}

const L = 'left' as const;
const R = 'right' as const;
const B = 'both' as const;

/** SNOMED CT laterality qualifiers (272741003 "Laterality" values). */
export const SNOMED_LATERALITY: Readonly<Record<string, Laterality>> = {
  '7771000': L, // Left
  '24028007': R, // Right
  '51440002': B, // Right and left (bilateral)
};

export const SNOMED_BODY_SITE: Readonly<Record<string, SiteEntry>> = {
  // head, brain
  '69536005': { region: 'head' }, // Head structure
  '12738006': { region: 'head' }, // Brain structure
  '4870002': { region: 'head' }, // Dorsal tegmental nuclei of midbrain (gateway RAP example)
  '89545001': { region: 'head' }, // Face structure
  // eyes
  '81745001': { region: 'eyes' }, // Eye structure
  '8966001': { region: 'eyes', laterality: L }, // Left eye structure
  '18944008': { region: 'eyes', laterality: R }, // Right eye structure
  '40638003': { region: 'eyes', laterality: B }, // Structure of both eyes
  // ears, nose, throat
  '117590005': { region: 'ent' }, // Ear structure
  '89644007': { region: 'ent', laterality: L }, // Left ear structure
  '25577004': { region: 'ent', laterality: R }, // Right ear structure
  '34338003': { region: 'ent', laterality: B }, // Both ears
  '45206002': { region: 'ent' }, // Nasal structure
  '54066008': { region: 'ent' }, // Pharyngeal structure
  '4596009': { region: 'ent' }, // Laryngeal structure
  // neck, thyroid
  '45048000': { region: 'neck' }, // Neck structure
  '69748006': { region: 'neck' }, // Thyroid structure
  // chest, heart, lungs, breast
  '51185008': { region: 'chest' }, // Thoracic structure
  '80891009': { region: 'heart' }, // Heart structure
  '39607008': { region: 'lungs' }, // Lung structure
  '44029006': { region: 'lungs', laterality: L }, // Left lung structure
  '3341006': { region: 'lungs', laterality: R }, // Right lung structure
  '76752008': { region: 'breast' }, // Breast structure
  '80248007': { region: 'breast', laterality: L }, // Left breast structure
  '73056007': { region: 'breast', laterality: R }, // Right breast structure
  // abdomen, liver, digestive
  '113345001': { region: 'abdomen' }, // Abdominal structure
  '10200004': { region: 'liver' }, // Liver structure
  '28231008': { region: 'liver' }, // Gallbladder structure
  '69695003': { region: 'digestive' }, // Stomach structure
  '71854001': { region: 'digestive' }, // Colon structure
  '113276009': { region: 'digestive' }, // Intestinal structure
  '32849002': { region: 'digestive' }, // Esophageal structure
  '34402009': { region: 'digestive' }, // Rectum structure
  '15776009': { region: 'digestive' }, // Pancreatic structure
  // kidneys, pelvis, reproductive
  '64033007': { region: 'kidneys' }, // Kidney structure
  '18639004': { region: 'kidneys', laterality: L }, // Left kidney structure
  '9846003': { region: 'kidneys', laterality: R }, // Right kidney structure
  '12921003': { region: 'pelvis' }, // Pelvic structure
  '89837001': { region: 'pelvis' }, // Urinary bladder structure
  '41216001': { region: 'reproductive' }, // Prostatic structure
  '35039007': { region: 'reproductive' }, // Uterine structure
  '15497006': { region: 'reproductive' }, // Ovarian structure
  '40689003': { region: 'reproductive' }, // Testis structure
  // spine
  '421060004': { region: 'spine' }, // Structure of vertebral column
  // limbs
  '53120007': { region: 'upper-limb' }, // Upper limb structure
  '40983000': { region: 'upper-limb' }, // Upper arm structure
  '368208006': { region: 'upper-limb', laterality: L }, // Left upper arm structure
  '368209003': { region: 'upper-limb', laterality: R }, // Right upper arm structure
  '85562004': { region: 'upper-limb' }, // Hand structure
  '16982005': { region: 'upper-limb' }, // Shoulder region structure
  '61685007': { region: 'lower-limb' }, // Lower limb structure
  '32153003': { region: 'lower-limb', laterality: L }, // Left lower limb structure
  '62175007': { region: 'lower-limb', laterality: R }, // Right lower limb structure
  '68367000': { region: 'lower-limb' }, // Thigh structure
  '61396006': { region: 'lower-limb', laterality: L }, // Left thigh structure
  '11207009': { region: 'lower-limb', laterality: R }, // Right thigh structure
  '72696002': { region: 'lower-limb' }, // Knee region structure
  '56459004': { region: 'lower-limb' }, // Foot structure
  '29836001': { region: 'lower-limb' }, // Hip region structure
  // skin, blood and immune system
  '39937001': { region: 'skin' }, // Skin structure
  '14016003': { region: 'blood-immune' }, // Bone marrow structure
  '78961009': { region: 'blood-immune' }, // Splenic structure
  '59441001': { region: 'blood-immune' }, // Structure of lymph node
  // whole body
  '38266002': { region: 'whole-body' }, // Entire body as a whole
};
