/**
 * The model's texts in sl: each issue code's plain message and the glossary (document types,
 * analytes), by the keys of the Italian ones. `import { issues, glossary } from '@percorso/model/locales/sl'`;
 * `@percorso/elements/locales/sl.js` registers them for the elements.
 */
export { issues } from './sl/issues.js';
export { glossary } from './sl/glossary.js';
