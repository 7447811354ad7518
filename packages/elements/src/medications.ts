/** Registers `<fse-medications>`. Import `@percorso/elements/medications/fse-medications.js` for the class alone. */
import { defineElement } from './internal/define.js';
import { FseMedications } from './medications/fse-medications.js';

export { FseMedications, type MedicationsLayout } from './medications/fse-medications.js';
export { FseSelectEvent, type FseSelectDetail, type FseSelectSource } from './internal/clinical.js';

defineElement('fse-medications', FseMedications);

declare global {
  interface HTMLElementTagNameMap {
    'fse-medications': FseMedications;
  }
}
