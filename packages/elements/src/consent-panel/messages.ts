/**
 * Messages of `<fse-consent-panel>`, one module per section under `messages/` (plus the panel's
 * own, `messages/shared.ts`), merged here into the one catalogue the panel's localisation
 * controller reads. Italian is the reference: the words a citizen understands, with the law named
 * where the law requires the warning (DM 7 settembre 2023). Italian is built in; English and
 * German are merged here for their locale modules (src/locales/), so a bundle that registers
 * neither leaves them out; French and Slovenian are in src/locales/fr|sl/consent-panel.ts.
 * A new key goes into its section's Italian, English and German blocks and into those files.
 */
import type { Catalog, Messages } from '../internal/localize.js';
import { criticalIt } from '../internal/clinical-messages.js';
import { it as sharedIt, en as sharedEn, de as sharedDe } from './messages/shared.js';
import { it as consentsIt, en as consentsEn, de as consentsDe } from './messages/consents.js';
import { it as obscuringIt, en as obscuringEn, de as obscuringDe } from './messages/obscuring.js';
import { it as protectedIt, en as protectedEn, de as protectedDe } from './messages/protected.js';
import { it as delegationsIt, en as delegationsEn, de as delegationsDe } from './messages/delegations.js';
import { it as accessLogIt, en as accessLogEn, de as accessLogDe } from './messages/access-log.js';
import { it as notificationsIt, en as notificationsEn, de as notificationsDe } from './messages/notifications.js';
import { it as documentIndexIt, en as documentIndexEn, de as documentIndexDe } from './messages/document-index.js';

/** One language's messages, section by section. */
const merge = (...sections: Messages[]): Messages => Object.assign({}, ...sections);

export const it = merge(sharedIt, consentsIt, obscuringIt, protectedIt, delegationsIt, accessLogIt, notificationsIt, documentIndexIt);
export const en = /* @__PURE__ */ merge(sharedEn, consentsEn, obscuringEn, protectedEn, delegationsEn, accessLogEn, notificationsEn, documentIndexEn);
export const de = /* @__PURE__ */ merge(sharedDe, consentsDe, obscuringDe, protectedDe, delegationsDe, accessLogDe, notificationsDe, documentIndexDe);

export const messages: Catalog = { it: { ...it, ...criticalIt } };
