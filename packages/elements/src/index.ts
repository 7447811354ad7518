/**
 * @percorso/elements — importing this module registers every element. To register one, import
 * its module (`@percorso/elements/timeline.js`); for the class alone, without registering,
 * import it from its folder (`@percorso/elements/timeline/fse-timeline.js`).
 */
export { VERSION } from './internal/version.js';
export { FseErrorEvent, FseRetryRequestEvent } from './internal/events.js';
export { registerLocale, overrideMessages, registeredLanguages, type Locale, type LocaleOptions, type GlossaryText, type Message, type Messages, type Params } from './localize.js';
// element modules: each element work adds its line below
export * from './care-paths.js';
export * from './body-map.js';
export * from './consent-panel.js';
export * from './timeline.js';
export * from './journey.js';
export * from './record.js';
export * from './document.js';
export * from './summary.js';
export * from './medications.js';
export * from './results.js';
