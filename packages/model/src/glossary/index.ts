/**
 * The plain-language glossary, in Italian: national document types and common laboratory analytes
 * (by LOINC), each entry with its public sources and a `reviewed` flag. English, German, French and
 * Slovenian are modules of their own, by the same keys (`@percorso/model/locales/<lang>`, `glossary`),
 * which `@percorso/elements/locales/<lang>.js` registers for the elements.
 */
import type { Coding, NationalDocType } from '../types.js';
import { DOCUMENT_TYPE_GLOSSARY } from './doc-types.js';
import { ANALYTE_GLOSSARY } from './analytes.js';
import type { GlossaryEntry } from './types.js';

export type { GlossaryEntry, GlossarySource } from './types.js';
export { DOCUMENT_TYPE_GLOSSARY } from './doc-types.js';
export { ANALYTE_GLOSSARY, ANALYTE_COUNT } from './analytes.js';

const LOINC = 'http://loinc.org';

/** The entry of a national document type. */
export function documentTypeEntry(type: NationalDocType): GlossaryEntry {
  return DOCUMENT_TYPE_GLOSSARY[type] ?? DOCUMENT_TYPE_GLOSSARY.OTHER;
}

/** The entry of an analyte from its codings (the first LOINC code the glossary knows), if any. */
export function analyteEntry(codes: readonly Coding[]): GlossaryEntry | undefined {
  for (const c of codes) {
    if (c.system !== LOINC) continue;
    const e = ANALYTE_GLOSSARY.get(c.code);
    if (e) return e;
  }
  return undefined;
}
