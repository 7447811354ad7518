/**
 * Messages of `<fse-consent-panel>`: the printable index of documents and its CSV. Italian is the
 * reference; English and German say the same; the panel merges every section's messages
 * (`../messages.ts`).
 */
import type { Catalog, Messages } from '../../internal/localize.js';
import { n } from './shared.js';

export const it: Messages = {
  'index.title': 'Elenco dei documenti',
  'index.intro': (p, l) =>
    `L’indice del tuo fascicolo: data, titolo, struttura e visibilità di ogni documento (${l.plural(n(p), { one: '# documento', other: '# documenti' })}).`,
  'index.print': 'Stampa o salva come PDF',
  'index.print.hint': 'Si apre la stampa del browser: per un PDF scegli «Salva come PDF».',
  'index.csv': 'Scarica l’elenco (CSV)',
  'index.print.title': 'Elenco dei documenti del fascicolo sanitario di {name}',
  'index.print.when': 'Aggiornato al {date}',
  'index.col.date': 'Data',
  'index.col.title': 'Documento',
  'index.col.facility': 'Struttura',
  'index.col.author': 'Autore',
  'index.col.visibility': 'Visibilità',
  'index.filename': 'elenco-documenti',
  'index.downloaded': (p, l) => l.plural(n(p), { one: 'Scaricato l’elenco con # documento.', other: 'Scaricato l’elenco con # documenti.' }),
};

export const en: Messages = {
  'index.title': 'List of documents',
  'index.intro': (p, l) =>
    `The index of your record: date, title, organisation and visibility of each document (${l.plural(n(p), { one: '# document', other: '# documents' })}).`,
  'index.print': 'Print or save as PDF',
  'index.print.hint': 'The browser’s print dialog opens: for a PDF choose “Save as PDF”.',
  'index.csv': 'Download the list (CSV)',
  'index.print.title': 'List of the documents in the health record of {name}',
  'index.print.when': 'As of {date}',
  'index.col.date': 'Date',
  'index.col.title': 'Document',
  'index.col.facility': 'Organisation',
  'index.col.author': 'Author',
  'index.col.visibility': 'Visibility',
  'index.filename': 'document-list',
  'index.downloaded': (p, l) => l.plural(n(p), { one: 'Downloaded the list with # document.', other: 'Downloaded the list with # documents.' }),
};

export const de: Messages = {
  'index.title': 'Dokumentenverzeichnis',
  'index.intro': (p, l) =>
    `Das Verzeichnis Ihrer Akte: Datum, Titel, Einrichtung und Sichtbarkeit jedes Dokuments (${l.plural(n(p), { one: '# Dokument', other: '# Dokumente' })}).`,
  'index.print': 'Drucken oder als PDF speichern',
  'index.print.hint': 'Der Druckdialog des Browsers öffnet sich: Für ein PDF wählen Sie „Als PDF speichern“.',
  'index.csv': 'Verzeichnis herunterladen (CSV)',
  'index.print.title': 'Verzeichnis der Dokumente in der Gesundheitsakte von {name}',
  'index.print.when': 'Stand: {date}',
  'index.col.date': 'Datum',
  'index.col.title': 'Dokument',
  'index.col.facility': 'Einrichtung',
  'index.col.author': 'Verfasser',
  'index.col.visibility': 'Sichtbarkeit',
  'index.filename': 'dokumentenverzeichnis',
  'index.downloaded': (p, l) => l.plural(n(p), { one: 'Verzeichnis mit # Dokument heruntergeladen.', other: 'Verzeichnis mit # Dokumenten heruntergeladen.' }),
};

export const documentIndexMessages: Catalog = { it };
