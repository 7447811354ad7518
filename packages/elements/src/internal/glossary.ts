/**
 * The model's plain-language glossary in an element's language: the model writes Italian; each
 * bundled locale module (`@percorso/elements/locales/en.js`…) and any registered locale
 * (`registerLocale('fur', { glossary: … })`) adds a language, and `overrideMessages` replaces a
 * region's texts. Only the elements that explain documents and
 * analytes import this, so the others do not carry the glossary tables.
 */
import { ANALYTE_GLOSSARY, DOCUMENT_TYPE_GLOSSARY, analyteEntry, documentTypeEntry, type Coding, type GlossarySource, type NationalDocType } from '@percorso/model';
import { glossaryText, type Lang } from './localize.js';

/** A glossary entry in one language. */
export interface LocalGlossaryEntry {
  name: string;
  text: string;
  sources: readonly GlossarySource[];
  reviewed: boolean;
}

const LOINC = 'http://loinc.org';

/** A national document type explained in `lang` (the `OTHER` entry for a type the glossary lacks). */
export function documentTypeGlossary(type: NationalDocType, lang: Lang): LocalGlossaryEntry {
  const entry = documentTypeEntry(type);
  const key = type in DOCUMENT_TYPE_GLOSSARY ? type : 'OTHER';
  return { ...glossaryText('documentTypes', key, entry, lang), sources: entry.sources, reviewed: entry.reviewed };
}

/** An analyte explained in `lang`, from its codings (the first LOINC code the glossary knows), if any. */
export function analyteGlossary(codes: readonly Coding[], lang: Lang): LocalGlossaryEntry | undefined {
  const entry = analyteEntry(codes);
  if (!entry) return undefined;
  const key = codes.find((c) => c.system === LOINC && ANALYTE_GLOSSARY.get(c.code) === entry)?.code ?? '';
  return { ...glossaryText('analytes', key, entry, lang), sources: entry.sources, reviewed: entry.reviewed };
}
