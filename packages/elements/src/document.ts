/** Registers `<fse-document>`. Import `@percorso/elements/document/fse-document.js` for the class alone. */
import { defineElement } from './internal/define.js';
import { FseDocument } from './document/fse-document.js';

export { FseDocument } from './document/fse-document.js';
export {
  FseOpenEvent,
  FseCloseEvent,
  FseAttachmentRequestEvent,
  type FseOpenDetail,
  type FseOpenSource,
  type FseAttachmentRequestDetail,
} from './document/events.js';

defineElement('fse-document', FseDocument);

declare global {
  interface HTMLElementTagNameMap {
    'fse-document': FseDocument;
  }
}
