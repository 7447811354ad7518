/**
 * Messages of `<fse-consent-panel>`: the notification preferences, one per kind. Italian is the reference;
 * English and German say the same; the panel merges every section's messages (`../messages.ts`).
 */
import type { Catalog, Messages } from '../../internal/localize.js';

export const it: Messages = {
  'notif.title': 'Notifiche',
  'notif.label': 'Avvisami quando:',
  'notif.kind.document': 'arriva un nuovo documento',
  'notif.kind.prescription': 'una ricetta è pronta',
  'notif.kind.access': 'qualcuno consulta il mio fascicolo',
  'notif.desc':
    'Scegli di cosa essere avvisato. Le notifiche arrivano sull’app o per e-mail e sono attive se non le disattivi. Per legge non contengono dati personali né sanitari: ti dicono solo di entrare nel fascicolo (DM 7 settembre 2023, art. 22).',
  'notif.on': 'attiva',
  'notif.off': 'disattivata',
};

export const en: Messages = {
  'notif.title': 'Notifications',
  'notif.label': 'Tell me when:',
  'notif.kind.document': 'a new document arrives',
  'notif.kind.prescription': 'a prescription is ready',
  'notif.kind.access': 'someone consults my record',
  'notif.desc':
    'Choose what you want to hear about. Notifications arrive in the app or by e-mail and are on unless you turn them off. By law they contain no personal or health data: they only tell you to open your record (DM 7 September 2023, art. 22).',
  'notif.on': 'on',
  'notif.off': 'off',
};

export const de: Messages = {
  'notif.title': 'Benachrichtigungen',
  'notif.label': 'Benachrichtigen, wenn:',
  'notif.kind.document': 'ein neues Dokument eintrifft',
  'notif.kind.prescription': 'ein Rezept bereitliegt',
  'notif.kind.access': 'jemand meine Akte einsieht',
  'notif.desc':
    'Wählen Sie, worüber Sie informiert werden möchten. Benachrichtigungen kommen per App oder E-Mail und sind aktiv, bis Sie sie ausschalten. Von Gesetzes wegen enthalten sie keine persönlichen oder Gesundheitsdaten: Sie weisen nur darauf hin, die Akte zu öffnen (DM vom 7. September 2023, Art. 22).',
  'notif.on': 'aktiv',
  'notif.off': 'ausgeschaltet',
};

export const notificationsMessages: Catalog = { it };
