/**
 * ATC (Anatomical Therapeutic Chemical classification) → body-map regions (`mapping: 'atc'`), for
 * prescriptions, dispensations and therapies, which carry a medicine's code and nothing else.
 *
 * Source: WHO Collaborating Centre for Drug Statistics Methodology, "Structure and principles"
 * of the ATC/DDD system (https://atcddd.fhi.no/atc/structure_and_principles/): the first level is
 * the anatomical main group (A alimentary tract and metabolism, B blood and blood forming organs,
 * C cardiovascular system, D dermatologicals, G genito-urinary system and sex hormones, H systemic
 * hormonal preparations, J anti-infectives for systemic use, L antineoplastic and
 * immunomodulating agents, M musculo-skeletal system, N nervous system, P antiparasitic products,
 * R respiratory system, S sensory organs, V various); second-level groups named below refine it
 * (A10 drugs used in diabetes, H03 thyroid therapy, N02 analgesics, R01 nasal preparations,
 * S01 ophthalmologicals…).
 *
 * Longest prefix wins. A group whose medicines act on the whole body or on no one place (systemic
 * anti-infectives, analgesics, anaesthetics, antidiabetics, corticosteroids, musculo-skeletal
 * drugs that treat limbs and spine alike) maps to `[]`: the medicine gives no region, and the
 * fallback goes on to the practice setting.
 */
import type { BodyRegion } from '../types.js';

export const ATC_GROUPS: Readonly<Record<string, readonly BodyRegion[]>> = {
  A: ['digestive'],
  A10: [], // drugs used in diabetes: metabolism
  A11: [], // vitamins
  A12: [], // mineral supplements
  B: ['blood-immune'],
  C: ['heart'],
  D: ['skin'],
  G: ['pelvis'],
  G02: ['reproductive'], // other gynecologicals
  G03: ['reproductive'], // sex hormones
  G04: ['pelvis'], // urologicals
  H: [],
  H03: ['neck'], // thyroid therapy
  J: [],
  L: [],
  L03: ['blood-immune'], // immunostimulants
  L04: ['blood-immune'], // immunosuppressants
  M: [],
  N: ['head'],
  N01: [], // anaesthetics
  N02: [], // analgesics: pain anywhere
  P: [],
  R: ['lungs'],
  R01: ['ent'], // nasal preparations
  R02: ['ent'], // throat preparations
  R06: [], // antihistamines for systemic use
  S: ['eyes'],
  S01: ['eyes'], // ophthalmologicals
  S02: ['ent'], // otologicals
  S03: ['eyes', 'ent'], // ophthalmological and otological preparations
  V: [],
};

/** The regions of an ATC code by longest prefix (group of 3, then 1 character); undefined if unknown. */
export function atcRegions(code: string): readonly BodyRegion[] | undefined {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z][0-9]{2}/.test(c) && !/^[A-Z]$/.test(c)) return undefined;
  return ATC_GROUPS[c.slice(0, 3)] ?? ATC_GROUPS[c[0]!];
}
