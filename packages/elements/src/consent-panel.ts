/** Registers `<fse-consent-panel>`. Import `@percorso/elements/consent-panel/fse-consent-panel.js` for the class alone. */
import { defineElement } from './internal/define.js';
import { FseConsentPanel } from './consent-panel/fse-consent-panel.js';

export { FseConsentPanel } from './consent-panel/fse-consent-panel.js';
export type { ConsentSection } from './consent-panel/fse-consent-panel.js';
export {
  FseConsentRequestEvent,
  FseDelegationRequestEvent,
  FseNotificationsRequestEvent,
  FseObscureRequestEvent,
  FseProtectedVisibilityRequestEvent,
  FseRequestEvent,
  type FseConsentRequestDetail,
  type FseDelegationRequestDetail,
  type FseNotificationsRequestDetail,
  type FseObscureRequestDetail,
  type FseProtectedVisibilityRequestDetail,
  type FseRequestBase,
  type NewDelegate,
} from './consent-panel/events.js';
export { csvField, toCsv } from './consent-panel/derive.js';

defineElement('fse-consent-panel', FseConsentPanel);

declare global {
  interface HTMLElementTagNameMap {
    'fse-consent-panel': FseConsentPanel;
  }
}
