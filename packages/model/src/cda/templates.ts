/**
 * CDA2 templateId roots of the national gateway's templates (= XDS formatCode), with the national
 * type each belongs to. Source: `shared/domain/fse-2.0.md` §1.2 (it-fse-catalogs schematron list).
 * The type of a document is still decided by its LOINC code (`nationalTypeOf` in codes.ts); this
 * table only tells which templateId is the formatCode and whether it agrees with the code.
 */
import type { NationalDocType } from '../types.js';

export const TEMPLATE_TYPE: ReadonlyMap<string, NationalDocType> = new Map<string, NationalDocType>([
  ['2.16.840.1.113883.2.9.10.1.1', 'LAB'],
  ['2.16.840.1.113883.2.9.10.1.7.1', 'RAD'],
  ['2.16.840.1.113883.2.9.10.1.9.1', 'RSA'],
  ['2.16.840.1.113883.2.9.10.1.8.1', 'RAP'],
  ['2.16.840.1.113883.2.9.10.1.5', 'LDO'],
  ['2.16.840.1.113883.2.9.10.1.6.1', 'VPS'],
  ['2.16.840.1.113883.2.9.10.1.4.1.1', 'PSS'],
  ['2.16.840.1.113883.2.9.10.1.2.1', 'PRESC_FARM'],
  ['2.16.840.1.113883.2.9.10.1.3.1', 'PRESC_FARM'],
  ['2.16.840.1.113883.2.9.10.1.2.2', 'PRESC_SPEC'],
  ['2.16.840.1.113883.2.9.10.1.13.1.1', 'EROG_FARM'],
  ['2.16.840.1.113883.2.9.10.1.13.2.1', 'EROG_FARM'],
  ['2.16.840.1.113883.2.9.10.1.13.1.2', 'EROG_SPEC'],
  ['2.16.840.1.113883.2.9.10.1.11.1.1', 'VACC_SINGOLA'],
  ['2.16.840.1.113883.2.9.10.1.11.1.2', 'VACC_CERT'],
  ['2.16.840.1.113883.2.9.10.1.18.1', 'CARTELLA'],
  ['2.16.840.1.113883.2.9.10.1.17.1', 'TPI'],
  ['2.16.840.1.113883.2.9.10.1.14.1', 'INVITO_SCREENING'],
  ['2.16.840.1.113883.2.9.10.1.15.1', 'INVITO_VACC'],
  ['2.16.840.1.113883.2.9.10.1.16.1.1', 'TELEVISITA'],
  ['2.16.840.1.113883.2.9.10.1.16.2.1', 'TELECONSULTO'],
  ['2.16.840.1.113883.2.9.10.1.16.4.1', 'TELEASSISTENZA'],
]);
