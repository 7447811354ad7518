/**
 * The model's texts in fr: each issue code's plain message and the glossary (document types,
 * analytes), by the keys of the Italian ones. `import { issues, glossary } from '@percorso/model/locales/fr'`;
 * `@percorso/elements/locales/fr.js` registers them for the elements.
 */
export { issues } from './fr/issues.js';
export { glossary } from './fr/glossary.js';
