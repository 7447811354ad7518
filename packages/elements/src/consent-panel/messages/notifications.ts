/**
 * Messages of `<fse-consent-panel>`: the notification preference. Italian is the reference;
 * English and German say the same; the panel merges every section's messages (`../messages.ts`).
 */
import type { Catalog, Messages } from '../../internal/localize.js';

export const it: Messages = {
  'notif.title': 'Notifiche',
  'notif.label': 'Avvisami quando arriva un nuovo documento o qualcuno consulta il fascicolo',
  'notif.desc':
    'Le notifiche arrivano sull’app o per e-mail e sono attive se non le disattivi. Per legge non contengono dati personali né sanitari: ti dicono solo di entrare nel fascicolo (DM 7 settembre 2023, art. 22).',
  'notif.on': 'Notifiche attive',
  'notif.off': 'Notifiche disattivate',
};

export const en: Messages = {
  'notif.title': 'Notifications',
  'notif.label': 'Tell me when a new document arrives or someone consults my record',
  'notif.desc':
    'Notifications arrive in the app or by e-mail and are on unless you turn them off. By law they contain no personal or health data: they only tell you to open your record (DM 7 September 2023, art. 22).',
  'notif.on': 'Notifications on',
  'notif.off': 'Notifications off',
};

export const de: Messages = {
  'notif.title': 'Benachrichtigungen',
  'notif.label': 'Benachrichtigen, wenn ein neues Dokument eintrifft oder jemand die Akte einsieht',
  'notif.desc':
    'Benachrichtigungen kommen per App oder E-Mail und sind aktiv, bis Sie sie ausschalten. Von Gesetzes wegen enthalten sie keine persönlichen oder Gesundheitsdaten: Sie weisen nur darauf hin, die Akte zu öffnen (DM vom 7. September 2023, Art. 22).',
  'notif.on': 'Benachrichtigungen aktiv',
  'notif.off': 'Benachrichtigungen ausgeschaltet',
};

export const notificationsMessages: Catalog = { it };
