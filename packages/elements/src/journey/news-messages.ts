/**
 * Messages of the journey's "Novità" (news.ts). Italian is the reference; English and German are
 * merged into the journey's catalogues (messages.ts); French and Slovenian are in
 * src/locales/fr|sl/news.ts. A new key goes into all five.
 */
import type { Message } from '../internal/localize.js';

type Key =
  | 'news.title'
  | 'news.since'
  | 'news.empty'
  | 'news.count.document'
  | 'news.count.prescription'
  | 'news.count.booking'
  | 'news.count.access'
  | 'news.document'
  | 'news.prescription'
  | 'news.booking'
  | 'news.access'
  | 'news.access.emergency'
  | 'news.access.someone'
  | 'news.entry.when'
  | 'news.entry.who'
  | 'news.entry.where'
  | 'news.entry.how'
  | 'news.entry.emergency'
  | 'news.entry.read'
  | 'news.entry.none';

export type NewsMessages = Record<Key, Message>;

export const newsIt: NewsMessages = {
  'news.title': 'Novità',
  'news.since': 'Dalla tua ultima visita ({date}): {counts}.',
  'news.empty': 'Nessuna novità dalla tua ultima visita ({date}).',
  'news.count.document': (p, l) => l.plural(Number(p.count), { one: '# nuovo documento', other: '# nuovi documenti' }),
  'news.count.prescription': (p, l) => l.plural(Number(p.count), { one: '# ricetta pronta', other: '# ricette pronte' }),
  'news.count.booking': (p, l) => l.plural(Number(p.count), { one: '# nuova prenotazione', other: '# nuove prenotazioni' }),
  'news.count.access': (p, l) => l.plural(Number(p.count), { one: '# accesso di qualcuno di nuovo', other: '# accessi di persone nuove' }),
  'news.document': 'Nuovo documento: {title}',
  'news.prescription': 'Ricetta pronta: {title}',
  'news.booking': 'Nuova prenotazione: {title}',
  'news.access': 'Accesso al tuo fascicolo da parte di {who} (prima volta)',
  'news.access.emergency': 'Accesso in emergenza al tuo fascicolo da parte di {who} (prima volta)',
  'news.access.someone': 'una persona non indicata',
  'news.entry.when': 'Quando',
  'news.entry.who': 'Chi',
  'news.entry.where': 'Per',
  'news.entry.how': 'Come',
  'news.entry.emergency': 'In emergenza, senza il tuo consenso (DM 7 settembre 2023, art. 20)',
  'news.entry.read': 'Documenti consultati:',
  'news.entry.none': 'Nessun documento consultato tra quelli che vedi.',
};

export const newsEn: NewsMessages = {
  'news.title': 'What’s new',
  'news.since': 'Since your last visit ({date}): {counts}.',
  'news.empty': 'Nothing new since your last visit ({date}).',
  'news.count.document': (p, l) => l.plural(Number(p.count), { one: '# new document', other: '# new documents' }),
  'news.count.prescription': (p, l) => l.plural(Number(p.count), { one: '# prescription ready', other: '# prescriptions ready' }),
  'news.count.booking': (p, l) => l.plural(Number(p.count), { one: '# new booking', other: '# new bookings' }),
  'news.count.access': (p, l) => l.plural(Number(p.count), { one: '# access by someone new', other: '# accesses by people new to your record' }),
  'news.document': 'New document: {title}',
  'news.prescription': 'Prescription ready: {title}',
  'news.booking': 'New booking: {title}',
  'news.access': 'Your record was accessed by {who} (first time)',
  'news.access.emergency': 'Your record was accessed in an emergency by {who} (first time)',
  'news.access.someone': 'someone not named',
  'news.entry.when': 'When',
  'news.entry.who': 'Who',
  'news.entry.where': 'For',
  'news.entry.how': 'How',
  'news.entry.emergency': 'In an emergency, without your consent (DM 7 September 2023, art. 20)',
  'news.entry.read': 'Documents read:',
  'news.entry.none': 'None of the documents you see was read.',
};

export const newsDe: NewsMessages = {
  'news.title': 'Neuigkeiten',
  'news.since': 'Seit Ihrem letzten Besuch ({date}): {counts}.',
  'news.empty': 'Nichts Neues seit Ihrem letzten Besuch ({date}).',
  'news.count.document': (p, l) => l.plural(Number(p.count), { one: '# neues Dokument', other: '# neue Dokumente' }),
  'news.count.prescription': (p, l) => l.plural(Number(p.count), { one: '# Rezept bereit', other: '# Rezepte bereit' }),
  'news.count.booking': (p, l) => l.plural(Number(p.count), { one: '# neuer Termin', other: '# neue Termine' }),
  'news.count.access': (p, l) => l.plural(Number(p.count), { one: '# Zugriff durch jemand Neues', other: '# Zugriffe durch neue Personen' }),
  'news.document': 'Neues Dokument: {title}',
  'news.prescription': 'Rezept bereit: {title}',
  'news.booking': 'Neuer Termin: {title}',
  'news.access': 'Zugriff auf Ihre Akte durch {who} (zum ersten Mal)',
  'news.access.emergency': 'Notfallzugriff auf Ihre Akte durch {who} (zum ersten Mal)',
  'news.access.someone': 'eine nicht genannte Person',
  'news.entry.when': 'Wann',
  'news.entry.who': 'Wer',
  'news.entry.where': 'Für',
  'news.entry.how': 'Wie',
  'news.entry.emergency': 'Im Notfall, ohne Ihre Einwilligung (DM vom 7. September 2023, Art. 20)',
  'news.entry.read': 'Eingesehene Dokumente:',
  'news.entry.none': 'Keines der Dokumente, die Sie sehen, wurde eingesehen.',
};
