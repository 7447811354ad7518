/**
 * HL7 v3 ActSite (OID 2.16.840.1.113883.5.1052) → body-map regions (`mapping: 'hl7-actsite'`).
 *
 * Source: the national catalogue `ministero-salute/it-fse-catalogs`
 * `terminology/2.16.840.1.113883.5.1052.csv` (version 2.1.0, 2019-03-20), every human site code of
 * it. The gateway's Patient Summary example uses RA (right arm) for blood pressure; vaccines use
 * LD/RD (deltoid) and LT/RT (thigh).
 */
import type { SiteEntry } from './snomed-body-site.js';

const L = 'left' as const;
const R = 'right' as const;
const B = 'both' as const;

export const HL7_ACTSITE: Readonly<Record<string, SiteEntry>> = {
  // arms
  LA: { region: 'upper-limb', laterality: L }, // left arm
  RA: { region: 'upper-limb', laterality: R }, // right arm
  LUA: { region: 'upper-limb', laterality: L }, // left upper arm
  RUA: { region: 'upper-limb', laterality: R }, // right upper arm
  LD: { region: 'upper-limb', laterality: L }, // left deltoid
  RD: { region: 'upper-limb', laterality: R }, // right deltoid
  LACF: { region: 'upper-limb', laterality: L }, // left antecubital fossa
  RACF: { region: 'upper-limb', laterality: R }, // right antecubital fossa
  LUFA: { region: 'upper-limb', laterality: L }, // left upper forearm
  RUFA: { region: 'upper-limb', laterality: R }, // right upper forearm
  LMFA: { region: 'upper-limb', laterality: L }, // left mid forearm
  RMFA: { region: 'upper-limb', laterality: R }, // right mid forearm
  LLFA: { region: 'upper-limb', laterality: L }, // left lower forearm
  RLFA: { region: 'upper-limb', laterality: R }, // right lower forearm
  LH: { region: 'upper-limb', laterality: L }, // left hand
  RH: { region: 'upper-limb', laterality: R }, // right hand
  // legs
  LT: { region: 'lower-limb', laterality: L }, // left thigh
  RT: { region: 'lower-limb', laterality: R }, // right thigh
  LVL: { region: 'lower-limb', laterality: L }, // left vastus lateralis
  RVL: { region: 'lower-limb', laterality: R }, // right vastus lateralis
  LF: { region: 'lower-limb', laterality: L }, // left foot
  RF: { region: 'lower-limb', laterality: R }, // right foot
  // buttocks, perineum
  LG: { region: 'pelvis', laterality: L }, // left gluteus medius
  RG: { region: 'pelvis', laterality: R }, // right gluteus medius
  LVG: { region: 'pelvis', laterality: L }, // left ventragluteal
  RVG: { region: 'pelvis', laterality: R }, // right ventragluteal
  BU: { region: 'pelvis' }, // buttock
  PA: { region: 'pelvis' }, // perianal
  PERIN: { region: 'pelvis' }, // perineal
  // eyes, ears, nose
  OD: { region: 'eyes', laterality: R }, // right eye
  OS: { region: 'eyes', laterality: L }, // left eye
  OU: { region: 'eyes', laterality: B }, // bilateral eyes
  LE: { region: 'ent', laterality: L }, // left ear
  RE: { region: 'ent', laterality: R }, // right ear
  BE: { region: 'ent', laterality: B }, // bilateral ears
  LN: { region: 'ent', laterality: L }, // left naris
  RN: { region: 'ent', laterality: R }, // right naris
  BN: { region: 'ent', laterality: B }, // bilateral nares
  // neck (jugular veins)
  LIJ: { region: 'neck', laterality: L }, // left internal jugular
  RIJ: { region: 'neck', laterality: R }, // right internal jugular
  LEJ: { region: 'neck', laterality: L }, // left external jugular
  REJ: { region: 'neck', laterality: R }, // right external jugular
  // chest
  LAC: { region: 'chest', laterality: L }, // left anterior chest
  RAC: { region: 'chest', laterality: R }, // right anterior chest
  LPC: { region: 'chest', laterality: L }, // left posterior chest
  RPC: { region: 'chest', laterality: R }, // right posterior chest
  LSC: { region: 'chest', laterality: L }, // left subclavian
  RSC: { region: 'chest', laterality: R }, // right subclavian
  // abdomen
  LUAQ: { region: 'abdomen', laterality: L }, // left upper abd quadrant
  RUAQ: { region: 'abdomen', laterality: R }, // right upper abd quadrant
  LLAQ: { region: 'abdomen', laterality: L }, // left lower abd quadrant
  RLAQ: { region: 'abdomen', laterality: R }, // right lower abd quadrant
};
