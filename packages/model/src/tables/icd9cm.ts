/**
 * ICD-9-CM (Italian edition 2007, OID 2.16.840.1.113883.6.103; HL7 also uses …6.104 for volume 3)
 * → body-map regions.
 *
 * Source: the standard chapter structure of ICD-9-CM (volume 1 diagnoses, volume 3 procedures) as
 * summarised in `shared/domain/fse-2.0.md` §5.2, refined to the 3-digit category (diagnoses) and
 * 2-digit category (procedures) where a chapter spans several regions, plus code-level rows for
 * the diagnostic chapter 87–99 (87.44 chest X-ray, 88.72 echocardiography, 89.52 ECG…), whose
 * chapter says nothing about the site. Codes as in the national catalogue
 * `it-fse-catalogs/terminology/2.16.840.1.113883.6.103.csv` (e.g. 427.31 "Fibrillazione atriale",
 * 88.72 "Diagnostica ecografica del cuore", 89.52 "Elettrocardiogramma").
 *
 * An empty list means "known, but not one region" (systemic diseases, general visits, vessels,
 * bones unspecified): the event is counted under "non localizzato".
 */
import type { BodyRegion } from '../types.js';

/** [first, last, regions]: later rows override earlier ones (chapter, then sub-range). */
type Range = readonly [number, number, readonly BodyRegion[]];

/** Diagnoses (volume 1), by 3-digit category 001–999. V and E codes map to nothing. */
export const ICD9CM_DIAGNOSIS_RANGES: readonly Range[] = [
  // 001–139 infectious and parasitic: not one region, but for these
  [10, 18, ['lungs']], // tuberculosis (011 pulmonary)
  [42, 42, ['blood-immune']], // HIV disease
  [70, 70, ['liver']], // viral hepatitis
  // 140–239 neoplasms, by site
  [140, 149, ['ent']], // lip, oral cavity, pharynx
  [150, 154, ['digestive']], // oesophagus, stomach, small intestine, colon (153), rectum
  [155, 156, ['liver']], // liver, gallbladder
  [157, 157, ['digestive']], // pancreas
  [158, 158, ['abdomen']], // peritoneum
  [159, 159, ['digestive']],
  [160, 161, ['ent']], // nasal cavities, larynx
  [162, 163, ['lungs']], // trachea, bronchus and lung (162), pleura
  [164, 164, ['chest']], // thymus, heart, mediastinum
  [165, 165, ['lungs']],
  [172, 173, ['skin']], // melanoma, other skin
  [174, 175, ['breast']], // female (174), male breast
  [176, 176, ['skin']], // Kaposi
  [179, 184, ['reproductive']], // uterus, cervix, placenta, ovary, other female genital
  [185, 187, ['reproductive']], // prostate (185), testis, penis
  [188, 188, ['pelvis']], // bladder
  [189, 189, ['kidneys']], // kidney and urinary organs
  [190, 190, ['eyes']],
  [191, 192, ['head']], // brain, other nervous system
  [193, 193, ['neck']], // thyroid
  [200, 208, ['blood-immune']], // lymphomas, leukaemias
  [210, 210, ['ent']], // benign: lip, oral cavity, pharynx
  [211, 211, ['digestive']],
  [212, 212, ['lungs']],
  [216, 216, ['skin']],
  [217, 217, ['breast']],
  [218, 221, ['reproductive']], // leiomyoma of uterus, ovary, other female genital
  [222, 222, ['reproductive']], // male genital
  [223, 223, ['kidneys']],
  [224, 224, ['eyes']],
  [225, 225, ['head']],
  [226, 226, ['neck']],
  // 240–279 endocrine, nutritional, metabolic, immunity
  [240, 246, ['neck']], // thyroid
  [279, 279, ['blood-immune']], // disorders of the immune mechanism
  // 280–289 blood
  [280, 289, ['blood-immune']],
  // 320–389 nervous system and sense organs
  [320, 352, ['head']],
  [360, 379, ['eyes']],
  [380, 389, ['ent']],
  // 390–459 circulatory
  [390, 405, ['heart']], // rheumatic heart disease, hypertensive disease
  [410, 414, ['heart']], // ischaemic heart disease
  [415, 417, ['lungs']], // pulmonary circulation
  [420, 429, ['heart']], // other heart disease (427.31 atrial fibrillation)
  [430, 438, ['head']], // cerebrovascular
  [454, 454, ['lower-limb']], // varicose veins of lower extremities
  [455, 455, ['digestive']], // haemorrhoids
  // 460–519 respiratory
  [460, 465, ['ent']], // nasopharyngitis, sinusitis, pharyngitis, tonsillitis, laryngitis, URI
  [466, 466, ['lungs']], // acute bronchitis
  [470, 478, ['ent']], // other diseases of upper respiratory tract
  [480, 519, ['lungs']], // pneumonia, influenza, COPD…
  // 520–579 digestive
  [520, 529, ['head']], // oral cavity, teeth, jaws
  [530, 549, ['digestive']], // oesophagus, stomach, duodenum, appendix
  [550, 553, ['abdomen']], // hernia
  [555, 569, ['digestive']], // enteritis, colitis, intestine
  [570, 576, ['liver']], // liver, gallbladder, biliary tract
  [577, 579, ['digestive']], // pancreas, GI haemorrhage, malabsorption
  // 580–629 genitourinary
  [580, 593, ['kidneys']], // nephritis, kidney and ureter
  [594, 599, ['pelvis']], // bladder, urethra, other urinary
  [600, 608, ['reproductive']], // male genital
  [610, 612, ['breast']],
  [614, 629, ['reproductive']], // female genital
  // 630–679 pregnancy, childbirth
  [630, 679, ['reproductive']],
  // 680–709 skin
  [680, 709, ['skin']],
  // 710–739 musculoskeletal: only the dorsopathies have one region
  [717, 717, ['lower-limb']], // internal derangement of knee
  [720, 724, ['spine']], // dorsopathies
  // 740–759 congenital, by system
  [740, 742, ['head']],
  [743, 743, ['eyes']],
  [744, 744, ['ent']],
  [745, 747, ['heart']],
  [748, 748, ['lungs']],
  [749, 749, ['head']], // cleft palate and lip
  [750, 751, ['digestive']],
  [752, 752, ['reproductive']],
  [753, 753, ['kidneys']],
  [757, 757, ['skin']],
  // 780–799 symptoms, signs, by system
  [782, 782, ['skin']],
  [784, 784, ['head']],
  [785, 785, ['heart']],
  [786, 786, ['chest']],
  [787, 787, ['digestive']],
  [788, 788, ['pelvis']],
  [789, 789, ['abdomen']],
  // 800–999 injury and poisoning, by site
  [800, 804, ['head']], // skull fractures
  [805, 806, ['spine']],
  [807, 807, ['chest']],
  [808, 808, ['pelvis']],
  [810, 819, ['upper-limb']],
  [820, 829, ['lower-limb']],
  [830, 830, ['head']],
  [831, 834, ['upper-limb']],
  [835, 838, ['lower-limb']],
  [840, 842, ['upper-limb']],
  [843, 845, ['lower-limb']],
  [846, 847, ['spine']],
  [850, 854, ['head']], // intracranial injury
  [860, 862, ['chest']],
  [863, 869, ['abdomen']],
  [870, 871, ['eyes']],
  [872, 872, ['ent']],
  [873, 873, ['head']],
  [874, 874, ['neck']],
  [875, 875, ['chest']],
  [876, 876, ['spine']],
  [880, 887, ['upper-limb']],
  [890, 897, ['lower-limb']],
  [910, 919, ['skin']], // superficial injury
  [920, 920, ['head']],
  [921, 921, ['eyes']],
  [922, 922, ['chest']],
  [923, 923, ['upper-limb']],
  [924, 924, ['lower-limb']],
  [940, 940, ['eyes']], // burn confined to eye
  [941, 949, ['skin']], // burns
];

/** Code-level rows for diagnoses, longest prefix wins over the 3-digit table. */
export const ICD9CM_DIAGNOSIS_CODES: Readonly<Record<string, readonly BodyRegion[]>> = {
  '427.31': ['heart'], // fibrillazione atriale
  '726.1': ['upper-limb'], // rotator cuff syndrome
  '727.4': [], // ganglion and cyst of synovium (any joint)
  '733.0': [], // osteoporosis
};

/** Procedures (volume 3), by 2-digit category 00–99. */
export const ICD9CM_PROCEDURE_RANGES: readonly Range[] = [
  [1, 5, ['head']], // nervous system
  [3, 3, ['spine']], // spinal cord and canal
  [4, 5, []], // cranial/peripheral nerves, sympathetic
  [6, 6, ['neck']], // thyroid and parathyroid
  [8, 16, ['eyes']],
  [18, 20, ['ent']], // ear
  [21, 29, ['ent']], // nose, mouth, pharynx
  [24, 24, ['head']], // teeth, gums, alveoli
  [30, 30, ['ent']], // larynx
  [31, 33, ['lungs']], // trachea, bronchus, lung
  [34, 34, ['chest']], // chest wall, pleura, mediastinum, diaphragm
  [35, 37, ['heart']], // heart valves, septa, vessels, pericardium
  [40, 41, ['blood-immune']], // haemic and lymphatic system
  [42, 49, ['digestive']],
  [50, 51, ['liver']], // liver, gallbladder and biliary tract
  [52, 52, ['digestive']], // pancreas
  [53, 54, ['abdomen']], // hernia repair, abdominal region
  [55, 56, ['kidneys']], // kidney, ureter
  [57, 59, ['pelvis']], // bladder, urethra, other urinary
  [60, 64, ['reproductive']], // male genital
  [65, 71, ['reproductive']], // female genital
  [72, 75, ['reproductive']], // obstetric
  [76, 76, ['head']], // facial bones and joints
  [82, 82, ['upper-limb']], // hand
  [85, 85, ['breast']],
  [86, 86, ['skin']],
];

/** Code-level rows for procedures (chiefly 87–99, diagnostic and therapeutic), longest prefix wins. */
export const ICD9CM_PROCEDURE_CODES: Readonly<Record<string, readonly BodyRegion[]>> = {
  '38.5': ['lower-limb'], // legatura e stripping di vene varicose
  '39.95': ['kidneys'], // emodialisi
  '45.13': ['digestive'], // esofagogastroduodenoscopia
  '45.23': ['digestive'], // colonscopia
  '80.6': ['lower-limb'], // meniscectomia del ginocchio
  '81.0': ['spine'], // artrodesi vertebrale
  '81.5': ['lower-limb'], // sostituzione articolare dell'arto inferiore
  '81.8': ['upper-limb'], // artroplastica della spalla e del gomito
  '87.0': ['head'], // radiologia dei tessuti molli di faccia, capo e collo
  '87.03': ['head'], // TC del capo
  '87.2': ['spine'], // radiografia della colonna vertebrale
  '87.3': ['chest'], // radiologia dei tessuti molli del torace
  '87.37': ['breast'], // altra mammografia
  '87.4': ['chest'], // altra radiologia del torace
  '87.41': ['chest', 'lungs'], // TC del torace
  '87.44': ['chest', 'lungs'], // radiografia del torace di routine
  '87.49': ['chest', 'lungs'], // altra radiografia del torace
  '87.6': ['digestive'], // altra radiologia dell'apparato digerente
  '87.7': ['kidneys'], // radiologia dell'apparato urinario
  '88.01': ['abdomen'], // TC dell'addome
  '88.38': [], // altra TC
  '88.71': ['neck'], // ecografia del capo e del collo
  '88.72': ['heart'], // ecografia del cuore
  '88.73': ['chest'], // ecografia di altre sedi del torace
  '88.74': ['digestive'], // ecografia dell'apparato digerente
  '88.75': ['kidneys'], // ecografia dell'apparato urinario
  '88.76': ['abdomen'], // ecografia addominale e retroperitoneale
  '88.78': ['reproductive'], // ecografia dell'utero gravido
  '88.91': ['head'], // RM del cervello e del tronco encefalico
  '88.92': ['chest', 'heart'], // RM del torace e del miocardio
  '88.93': ['spine'], // RM della colonna vertebrale
  '88.95': ['pelvis'], // RM di pelvi, prostata e vescica
  '89.14': ['head'], // elettroencefalogramma
  '89.37': ['lungs'], // determinazione della capacità vitale (spirometria)
  '89.38': ['lungs'], // altre misurazioni respiratorie non chirurgiche
  '89.4': ['heart'], // test da sforzo cardiovascolare e controllo di pacemaker
  '89.5': ['heart'], // altri test cardiovascolari non invasivi (89.50 Holter, 89.52 ECG)
  '89.52': ['heart'], // elettrocardiogramma
  '90.5': ['blood-immune'], // esame microscopico del sangue
  '91.3': ['kidneys', 'pelvis'], // esame microscopico di campioni delle vie urinarie
  '92.01': ['neck'], // scintigrafia della tiroide
  '92.05': ['heart'], // scintigrafia cardiovascolare
  '92.15': ['lungs'], // scintigrafia polmonare
  '95.0': ['eyes'], // esame generale e diagnostico dell'occhio
  '95.1': ['eyes'], // esami della funzione visiva
  '95.4': ['ent'], // esami non operatori dell'udito (95.41 audiometria)
};

/** A 0..n lookup array built from ranges (later rows win). */
export function rangeTable(ranges: readonly Range[], size: number): (readonly BodyRegion[] | undefined)[] {
  const table: (readonly BodyRegion[] | undefined)[] = new Array(size).fill(undefined);
  for (const [from, to, regions] of ranges) for (let i = from; i <= to && i < size; i++) table[i] = regions;
  return table;
}
