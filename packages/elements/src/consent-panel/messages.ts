/**
 * Messages of `<fse-consent-panel>`, one module per section under `messages/` (plus the panel's
 * own, `messages/shared.ts`), merged here into the one catalogue the panel's localisation
 * controller reads. Italian is the reference: the words a citizen understands, with the law named
 * where the law requires the warning (DM 7 settembre 2023). English and German say the same.
 * A new language adds its block to each section's module.
 */
import type { Catalog } from '../internal/localize.js';
import { mergeCatalogs } from '../internal/clinical.js';
import { sharedMessages } from './messages/shared.js';
import { consentsMessages } from './messages/consents.js';
import { obscuringMessages } from './messages/obscuring.js';
import { protectedMessages } from './messages/protected.js';
import { delegationsMessages } from './messages/delegations.js';
import { accessLogMessages } from './messages/access-log.js';
import { notificationsMessages } from './messages/notifications.js';
import { documentIndexMessages } from './messages/document-index.js';

export const messages: Catalog = [
  consentsMessages,
  obscuringMessages,
  protectedMessages,
  delegationsMessages,
  accessLogMessages,
  notificationsMessages,
  documentIndexMessages,
].reduce<Catalog>((all, section) => mergeCatalogs(all, section), sharedMessages);
