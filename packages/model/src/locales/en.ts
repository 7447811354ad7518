/**
 * The model's texts in en: each issue code's plain message and the glossary (document types,
 * analytes), by the keys of the Italian ones. `import { issues, glossary } from '@percorso/model/locales/en'`;
 * `@percorso/elements/locales/en.js` registers them for the elements.
 */
export { issues } from './en/issues.js';
export { glossary } from './en/glossary.js';
