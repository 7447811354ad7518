/** Shapes of the plain-language glossary. */

/** A public page a glossary text was written from. */
export interface GlossarySource {
  name: string;
  url: string;
}

export interface GlossaryEntry {
  /** The thing's name in plain words, in Italian (other languages: `@percorso/model/locales/<lang>`, by the same key). */
  name: { it: string };
  /** One or two sentences: what it is (and, for documents, who writes it and what to look at). No diagnosis, no advice. */
  text: { it: string };
  /** Where the text comes from. */
  sources: GlossarySource[];
  /** Whether a clinician has reviewed the text (false until one has). */
  reviewed: boolean;
}
