/**
 * Registers `<fse-record>`. Import `@percorso/elements/record/fse-record.js` for the class alone;
 * elements that join a record use `RecordState` and `recordContext` (see the README, "Linked views").
 */
import { defineElement } from './internal/define.js';
import { FseRecord } from './record/fse-record.js';

export { FseRecord } from './record/fse-record.js';
export { recordContext, RecordSelection, type RecordState, type SelectionChange } from './internal/record.js';

defineElement('fse-record', FseRecord);

declare global {
  interface HTMLElementTagNameMap {
    'fse-record': FseRecord;
  }
}
