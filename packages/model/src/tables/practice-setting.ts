/**
 * Practice setting AD_PSCxxx (assetto organizzativo, OID 2.16.840.1.113883.2.9.3.3.6.1.2) →
 * body-map regions (`mapping: 'practice-setting'`), the last fallback.
 *
 * Source: the gateway's PracticeSettingCodeEnum (ministero-salute/it-fse-gtw-dispatcher, listed in
 * `shared/domain/fse-2.0.md` §2.2), codes derived from the ministerial "discipline"; the
 * specialty → region choices follow §5.2. Specialties that care for the whole body or for many
 * regions (general medicine, paediatrics, oncology, geriatrics, psychiatry, radiology, laboratory,
 * orthopaedics and traumatology — which treats limbs and spine alike, so any single region would
 * put a shoulder visit on the legs) are deliberately absent: they give no region.
 * AD_PSC019 (Malattie endocrine, del ricambio e della nutrizione) maps to the neck (thyroid), as
 * §5.2 says, although diabetology is also part of it.
 */
import type { BodyRegion } from '../types.js';

export const PRACTICE_SETTING: Readonly<Record<string, readonly BodyRegion[]>> = {
  AD_PSC006: ['heart'], // Cardiochirurgia pediatrica
  AD_PSC007: ['heart'], // Cardiochirurgia
  AD_PSC008: ['heart'], // Cardiologia
  AD_PSC010: ['head'], // Chirurgia maxillo-facciale
  AD_PSC013: ['chest'], // Chirurgia toracica
  AD_PSC018: ['blood-immune'], // Ematologia e immunoematologia
  AD_PSC019: ['neck'], // Malattie endocrine, del ricambio e della nutrizione
  AD_PSC020: ['blood-immune'], // Immunologia
  AD_PSC028: ['spine'], // Unità spinale
  AD_PSC029: ['kidneys'], // Nefrologia
  AD_PSC030: ['head'], // Neurochirurgia
  AD_PSC032: ['head'], // Neurologia
  AD_PSC034: ['eyes'], // Oculistica
  AD_PSC035: ['head'], // Odontoiatria e stomatologia
  AD_PSC037: ['reproductive'], // Ostetricia e ginecologia
  AD_PSC038: ['ent'], // Otorinolaringoiatria
  AD_PSC043: ['pelvis'], // Urologia
  AD_PSC046: ['skin'], // Grandi ustioni pediatriche
  AD_PSC047: ['skin'], // Grandi ustionati
  AD_PSC048: ['kidneys'], // Nefrologia (abilitazione trapianto rene)
  AD_PSC050: ['heart'], // Unità coronarica
  AD_PSC052: ['skin'], // Dermatologia
  AD_PSC054: ['kidneys'], // Emodialisi
  AD_PSC057: ['reproductive'], // Fisiopatologia della riproduzione umana
  AD_PSC058: ['digestive'], // Gastroenterologia
  AD_PSC065: ['blood-immune'], // Oncoematologia pediatrica
  AD_PSC066: ['blood-immune'], // Oncoematologia
  AD_PSC068: ['lungs'], // Pneumologia, fisiopatologia respiratoria, tisiologia
  AD_PSC076: ['head'], // Neurochirurgia pediatrica
  AD_PSC077: ['kidneys'], // Nefrologia pediatrica
  AD_PSC078: ['pelvis'], // Urologia pediatrica
  AD_PSC102: ['blood-immune'], // Centro trasfusionale e immunoematologico
  AD_PSC104: ['head'], // Neuroradiologia
};
