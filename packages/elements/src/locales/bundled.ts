/** The one map from each element's catalogue to its tag in a {@link Locale}, for the bundled language modules. */
import type { Locale, Messages } from '../internal/localize.js';
import { obscureActionWords } from '../consent-panel/obscure-words.js';

export interface BundledMessages {
  shared: Messages;
  /** Critical-medicine words shared by the summary and the medications. */
  critical: Messages;
  bodyMap: Messages;
  carePaths: Messages;
  document: Messages;
  journey: Messages;
  medications: Messages;
  results: Messages;
  summary: Messages;
  timeline: Messages;
  consentPanel: Messages;
  /** Plain messages of the model's issue codes, in this language (`@percorso/model/locales/<lang>`). */
  issues: NonNullable<Locale['issues']>;
  /** The glossary's document types and analytes, in this language (`@percorso/model/locales/<lang>`). */
  glossary: NonNullable<Locale['glossary']>;
}

/** A language's catalogues as a Locale, each element's under its tag. */
export function bundledLocale(m: BundledMessages): Locale {
  return {
    shared: m.shared,
    'fse-body-map': m.bodyMap,
    'fse-care-paths': m.carePaths,
    'fse-consent-panel': { ...m.consentPanel, ...m.critical },
    'fse-document': { ...obscureActionWords(m.consentPanel), ...m.critical, ...m.document },
    'fse-journey': m.journey,
    'fse-medications': { ...m.medications, ...m.critical },
    'fse-results': m.results,
    'fse-summary': { ...m.summary, ...m.critical },
    'fse-timeline': m.timeline,
    issues: m.issues,
    glossary: m.glossary,
  };
}
