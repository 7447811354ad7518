/**
 * The model's texts in a language other than Italian: the plain message of each issue code and the
 * glossary's names and sentences. Each language is a module of its own (`@percorso/model/locales/en`,
 * `de`, `fr`, `sl`), so a page that never imports one downloads none of it; the Italian texts are the
 * entries' own (`PLAIN_MESSAGES`, `DOCUMENT_TYPE_GLOSSARY`, `ANALYTE_GLOSSARY`).
 */

/** A glossary text in one language: the thing's name and one or two plain sentences. */
export interface GlossaryText {
  name?: string;
  text?: string;
}

/** The glossary in one language, by the Italian entries' keys. */
export interface GlossaryTexts {
  /** By national document type (`LAB`, `LDO`…). */
  documentTypes?: Record<string, GlossaryText>;
  /** By LOINC code. */
  analytes?: Record<string, GlossaryText>;
}

/** One glossary text for every LOINC code of the same analyte. */
export const codes = (list: readonly string[], t: GlossaryText): Record<string, GlossaryText> => Object.fromEntries(list.map((c) => [c, t]));
