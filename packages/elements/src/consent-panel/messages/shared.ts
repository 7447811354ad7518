/**
 * Messages of `<fse-consent-panel>`: the panel as a whole: its title, who is acting, the refusal,
 * the requests' pending / done / failed words and the dialog. Italian is the reference; English
 * and German say the same; the panel merges every section's messages (`../messages.ts`).
 */
import type { Catalog, Messages } from '../../internal/localize.js';

/** A message's count parameter as a number (for plurals). */
export const n = (p: Record<string, string | number | undefined>, k = 'count') => Number(p[k]);

export const it: Messages = {
  title: 'Privacy e consensi',
  'who.citizen': 'Fascicolo sanitario di {name}',
  'who.parent': 'Fascicolo sanitario di {name}: stai agendo come genitore',
  'who.delegate': 'Fascicolo sanitario di {name}: stai agendo come persona delegata',
  'viewer.clinician': 'un professionista sanitario',
  'viewer.emergency': 'un accesso in emergenza',
  'viewer.citizen': "l'assistito",
  'viewer.parent': 'un genitore',
  'viewer.delegate': 'una persona delegata',
  'refused.role':
    "Questa sezione è riservata all'assistito e alle persone che ha delegato: non può essere mostrata a {role}. I consensi si gestiscono solo dal proprio fascicolo.",
  'refused.inactive': 'La delega che ti permette di accedere a questo fascicolo non è attiva: non puoi gestirne i consensi.',

  'nav.label': 'Vai a',
  'req.pending': 'Invio in corso…',
  'req.pending.announce': 'Richiesta inviata, in attesa di conferma.',
  'req.done': 'Fatto',
  'req.done.announce': 'Fatto: la tua scelta è stata registrata.',
  'req.done.delegate': 'Richiesta inviata a {name}: la delega sarà attiva quando la accetterà.',
  'req.failed.host': 'Non è stato possibile registrare la scelta: {message}. Non è cambiato nulla.',
  'req.failed.generic': 'Non è stato possibile registrare la scelta. Non è cambiato nulla: riprova più tardi.',
  'req.failed.declined': 'Il portale non ha accettato la richiesta. Non è cambiato nulla.',
  'req.failed.unhandled': 'Il portale non ha gestito la richiesta. Non è cambiato nulla.',
  'dialog.cancel': 'Annulla',
};

export const en: Messages = {
  title: 'Privacy and consents',
  'who.citizen': 'Health record of {name}',
  'who.parent': 'Health record of {name}: you are acting as a parent',
  'who.delegate': 'Health record of {name}: you are acting as a delegate',
  'viewer.clinician': 'a healthcare professional',
  'viewer.emergency': 'an emergency access',
  'viewer.citizen': 'the patient',
  'viewer.parent': 'a parent',
  'viewer.delegate': 'a delegate',
  'refused.role':
    'This section is for the patient and the people they have delegated: it cannot be shown to {role}. Consents are managed only from one’s own record.',
  'refused.inactive': 'The delegation that gives you access to this record is not active: you cannot manage its consents.',

  'nav.label': 'Go to',
  'req.pending': 'Sending…',
  'req.pending.announce': 'Request sent, waiting for confirmation.',
  'req.done': 'Done',
  'req.done.announce': 'Done: your choice has been recorded.',
  'req.done.delegate': 'Request sent to {name}: the delegation will be active once they accept it.',
  'req.failed.host': 'Your choice could not be recorded: {message}. Nothing has changed.',
  'req.failed.generic': 'Your choice could not be recorded. Nothing has changed: please try again later.',
  'req.failed.declined': 'The portal did not accept the request. Nothing has changed.',
  'req.failed.unhandled': 'The portal did not handle the request. Nothing has changed.',
  'dialog.cancel': 'Cancel',
};

export const de: Messages = {
  title: 'Datenschutz und Einwilligungen',
  'who.citizen': 'Gesundheitsakte von {name}',
  'who.parent': 'Gesundheitsakte von {name}: Sie handeln als Elternteil',
  'who.delegate': 'Gesundheitsakte von {name}: Sie handeln als bevollmächtigte Person',
  'viewer.clinician': 'Gesundheitsfachpersonen',
  'viewer.emergency': 'einen Notfallzugriff',
  'viewer.citizen': 'die versicherte Person',
  'viewer.parent': 'einen Elternteil',
  'viewer.delegate': 'eine bevollmächtigte Person',
  'refused.role':
    'Dieser Bereich ist der versicherten Person und den von ihr Bevollmächtigten vorbehalten: Er kann nicht für {role} angezeigt werden. Einwilligungen werden nur in der eigenen Akte verwaltet.',
  'refused.inactive': 'Die Vollmacht für den Zugang zu dieser Akte ist nicht aktiv: Sie können ihre Einwilligungen nicht verwalten.',

  'nav.label': 'Gehe zu',
  'req.pending': 'Wird gesendet…',
  'req.pending.announce': 'Anfrage gesendet, Bestätigung ausstehend.',
  'req.done': 'Erledigt',
  'req.done.announce': 'Erledigt: Ihre Entscheidung wurde gespeichert.',
  'req.done.delegate': 'Anfrage an {name} gesendet: Die Vollmacht wird aktiv, sobald die Person sie annimmt.',
  'req.failed.host': 'Ihre Entscheidung konnte nicht gespeichert werden: {message}. Es hat sich nichts geändert.',
  'req.failed.generic': 'Ihre Entscheidung konnte nicht gespeichert werden. Es hat sich nichts geändert: Bitte versuchen Sie es später erneut.',
  'req.failed.declined': 'Das Portal hat die Anfrage nicht angenommen. Es hat sich nichts geändert.',
  'req.failed.unhandled': 'Das Portal hat die Anfrage nicht bearbeitet. Es hat sich nichts geändert.',
  'dialog.cancel': 'Abbrechen',
};

export const sharedMessages: Catalog = { it };
