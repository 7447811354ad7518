/**
 * The model's texts in de: each issue code's plain message and the glossary (document types,
 * analytes), by the keys of the Italian ones. `import { issues, glossary } from '@percorso/model/locales/de'`;
 * `@percorso/elements/locales/de.js` registers them for the elements.
 */
export { issues } from './de/issues.js';
export { glossary } from './de/glossary.js';
