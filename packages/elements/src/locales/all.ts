/**
 * Every bundled language (English, German, French, Slovenian) for every element:
 * `import '@percorso/elements/locales/all.js'`. Convenient where bytes do not matter (Storybook,
 * an intranet); a portal imports only the languages it offers.
 */
import './en.js';
import './de.js';
import './fr.js';
import './sl.js';
