/** Registers `<fse-results>`. Import `@percorso/elements/results/fse-results.js` for the class alone. */
import { defineElement } from './internal/define.js';
import { FseResults } from './results/fse-results.js';

export { FseResults, OTHER_RESULTS, type ResultsLayout } from './results/fse-results.js';
export { FseSelectEvent, type FseSelectDetail, type FseSelectSource } from './internal/clinical.js';

defineElement('fse-results', FseResults);

declare global {
  interface HTMLElementTagNameMap {
    'fse-results': FseResults;
  }
}
