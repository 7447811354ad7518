/** Registers `<fse-summary>`. Import `@percorso/elements/summary/fse-summary.js` for the class alone. */
import { defineElement } from './internal/define.js';
import { FseSummary } from './summary/fse-summary.js';

export { FseSummary } from './summary/fse-summary.js';
export { FseSelectEvent, type FseSelectDetail, type FseSelectSource } from './internal/clinical.js';

defineElement('fse-summary', FseSummary);

declare global {
  interface HTMLElementTagNameMap {
    'fse-summary': FseSummary;
  }
}
