/**
 * What a citizen would call an event: the default lanes of `<fse-timeline>` and the groups of
 * lists ("Referti", "Ricoveri e Pronto Soccorso", "Visite"…). Decided here, once, from the kind
 * of event, the national document type and the encounter class.
 */
import type { ClinicalEvent, EventCategory, NationalDocType } from './types.js';

/** Every category, in the order lanes and groups are shown. */
export const EVENT_CATEGORIES: readonly EventCategory[] = [
  'reports',
  'admissions',
  'visits',
  'medications',
  'vaccinations',
  'bookings',
  'taccuino',
  'carepaths',
  'other',
];

const BY_DOC_TYPE: Record<NationalDocType, EventCategory> = {
  LAB: 'reports',
  RAD: 'reports',
  RAP: 'reports',
  EROG_SPEC: 'reports',
  RSA: 'visits',
  TELEVISITA: 'visits',
  TELECONSULTO: 'visits',
  TELEASSISTENZA: 'visits',
  LDO: 'admissions',
  VPS: 'admissions',
  CARTELLA: 'admissions',
  PRESC_FARM: 'medications',
  PRESC_SPEC: 'medications',
  EROG_FARM: 'medications',
  PIANO_TERAPEUTICO: 'medications',
  VACC_SINGOLA: 'vaccinations',
  VACC_CERT: 'vaccinations',
  INVITO_VACC: 'vaccinations',
  PROMEMORIA: 'bookings',
  INVITO_SCREENING: 'bookings',
  TACCUINO: 'taccuino',
  PSS: 'other',
  TPI: 'other',
  CONSENSO: 'other',
  ESENZIONE: 'other',
  OTHER: 'other',
};

/** v3 ActCode encounter classes that are a stay or an emergency visit. */
const ADMISSION_CLASSES = new Set(['IMP', 'EMER', 'ACUTE', 'NONAC', 'SS', 'PRENC', 'OBSENC']);

/** The category of an event. */
export function categoryOf(event: ClinicalEvent): EventCategory {
  switch (event.kind) {
    case 'document':
      return BY_DOC_TYPE[event.document?.nationalType ?? 'OTHER'] ?? 'other';
    case 'encounter':
      return ADMISSION_CLASSES.has(event.encounter?.class ?? '') ? 'admissions' : 'visits';
    case 'procedure':
      return 'visits';
    case 'observation':
    case 'imaging':
      return 'reports';
    case 'vaccination':
      return 'vaccinations';
    case 'medication':
      return 'medications';
    case 'appointment':
      return 'bookings';
    case 'careplan':
      return 'carepaths';
    case 'taccuino':
      return 'taccuino';
    default:
      return 'other';
  }
}
