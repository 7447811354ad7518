/**
 * Messages every element uses. Element-specific messages live beside each element. Italian is
 * the reference: plain words a citizen understands, built in; English and German are exported for
 * their locale modules (`locales/en.ts`, `locales/de.ts`), so a bundle that registers neither
 * leaves them out.
 */
import type { Catalog, LocalizeController, Message } from './localize.js';

type SharedKey =
  | 'state.loading'
  | 'state.invalid'
  | 'state.loadFailed'
  | 'state.noView'
  | 'state.blocked'
  | 'state.loadFailedNoReason'
  | 'state.stillLoading'
  | 'state.retry'
  | 'issues.summary'
  | 'issues.show'
  | 'issues.severity.error'
  | 'issues.severity.warning'
  | 'issues.severity.info'
  | 'issues.general'
  | 'issues.times'
  | 'period.from'
  | 'period.until'
  | 'restriction.no-consent'
  | 'restriction.inactive-delegation'
  | 'privacy.obscured'
  | 'privacy.protected'
  | 'privacy.hiddenFromParent'
  | 'close'
  | 'documents'
  | 'count.events'
  | 'count.carePaths'
  | 'count.record'
  | 'progress.loading'
  | 'born'
  | 'date.unknown';

type P = Record<string, string | number | undefined>;
/**
 * "nata il 3 marzo 1958", "nata a marzo 1958", "nata nel 1958": the preposition follows the
 * precision of the birth date (`precision`: year, month, day) as each language says it.
 */
const bornIt = (p: P): string =>
  `${p.sex === 'male' ? 'nato' : p.sex === 'female' ? 'nata' : 'nato/a'} ${p.precision === 'year' ? 'nel' : p.precision === 'month' ? 'a' : 'il'} ${p.date}`;
const bornEn = (p: P): string => `born ${p.precision === 'year' || p.precision === 'month' ? 'in' : 'on'} ${p.date}`;
const bornDe = (p: P): string => `geboren ${p.precision === 'year' ? '' : p.precision === 'month' ? 'im ' : 'am '}${p.date}`;

/**
 * "169 eventi e 3 percorsi di cura": the events of the record (`events`) and, when there are any,
 * its care paths (`paths`), in the shared words of each (`count.events`, `count.carePaths`).
 */
export const eventsAndPaths = (p: P, l: LocalizeController, and: string): string =>
  l.t('count.events', { count: Number(p.events) }) + (Number(p.paths) ? `${and}${l.t('count.carePaths', { count: Number(p.paths) })}` : '');

export type SharedMessages = Record<SharedKey, Message>;

export const it: SharedMessages = {
    'state.loading': 'Caricamento del fascicolo…',
    'state.invalid': 'Non è possibile mostrare questi dati: {reason}',
    'state.loadFailed': 'Il caricamento dei dati non è riuscito: {reason}',
    'state.noView': 'Nessun dato da mostrare.',
    'state.loadFailedNoReason': 'Il caricamento dei dati non è riuscito.',
    'state.stillLoading': 'Il caricamento sta richiedendo più tempo del solito…',
    'state.retry': 'Riprova',
    'state.blocked': 'Questo contenuto non può essere mostrato: le impostazioni di sicurezza della pagina lo bloccano. Segnala il problema al gestore del portale.',
    'issues.summary': (p, l) => l.plural(Number(p.count), { one: '# problema nei dati ricevuti', other: '# problemi nei dati ricevuti' }),
    'issues.show': 'Mostra i dettagli',
    'issues.severity.error': 'Errore',
    'issues.severity.warning': 'Avviso',
    'issues.severity.info': 'Nota',
    'issues.general': 'Un dato ricevuto non è valido.',
    'issues.times': '({count} volte)',
    'period.from': 'dal',
    'period.until': 'fino al',
    'restriction.no-consent':
      "L'assistito non ha dato il consenso alla consultazione del fascicolo per finalità di cura: non ci sono dati da mostrare.",
    'restriction.inactive-delegation': 'La delega non è attiva: non ci sono dati da mostrare.',
    'privacy.obscured': 'Oscurato: lo vedi solo tu',
    'privacy.protected': 'Dato a maggior tutela: lo vedi solo tu',
    'privacy.hiddenFromParent': 'Non visibile ai genitori',
    close: 'Chiudi',
    documents: (p, l) => l.plural(Number(p.count), { one: '# documento', other: '# documenti' }),
    // The words of the record's counts (countsFor in the model), the same in every element.
    'count.events': (p, l) => l.plural(Number(p.count), { one: '# evento', other: '# eventi' }),
    'count.carePaths': (p, l) => l.plural(Number(p.count), { one: '# percorso di cura', other: '# percorsi di cura' }),
    'count.record': (p, l) => eventsAndPaths(p, l, ' e '),
    'progress.loading': (p, l) =>
      p.total === undefined ? `Caricamento: ${l.number(Number(p.loaded))} documenti…` : `Caricamento: ${l.number(Number(p.loaded))} documenti su ${p.approximate ? 'circa ' : ''}${l.number(Number(p.total))}`,
    born: bornIt,
    // said instead of a date the source does not give (ClinicalEvent.undated)
    'date.unknown': 'data non disponibile',
};

export const en: SharedMessages = {
    'state.loading': 'Loading the health record…',
    'state.invalid': 'This data cannot be shown: {reason}',
    'state.loadFailed': 'Loading the data failed: {reason}',
    'state.noView': 'No data to show.',
    'state.loadFailedNoReason': 'Loading the data failed.',
    'state.stillLoading': 'Loading is taking longer than usual…',
    'state.retry': 'Try again',
    'state.blocked': "This content cannot be shown: the page's security settings block it. Please tell the portal's operator.",
    'issues.summary': (p, l) => l.plural(Number(p.count), { one: '# problem in the data received', other: '# problems in the data received' }),
    'issues.show': 'Show details',
    'issues.severity.error': 'Error',
    'issues.severity.warning': 'Warning',
    'issues.severity.info': 'Note',
    'issues.general': 'An item of the data received is not valid.',
    'issues.times': '({count} times)',
    'period.from': 'from',
    'period.until': 'until',
    'restriction.no-consent': 'The patient has not consented to the record being consulted for care: there is nothing to show.',
    'restriction.inactive-delegation': 'The delegation is not active: there is nothing to show.',
    'privacy.obscured': 'Obscured: only you can see it',
    'privacy.protected': 'Specially protected: only you can see it',
    'privacy.hiddenFromParent': 'Not visible to parents',
    close: 'Close',
    documents: (p, l) => l.plural(Number(p.count), { one: '# document', other: '# documents' }),
    'count.events': (p, l) => l.plural(Number(p.count), { one: '# event', other: '# events' }),
    'count.carePaths': (p, l) => l.plural(Number(p.count), { one: '# care path', other: '# care paths' }),
    'count.record': (p, l) => eventsAndPaths(p, l, ' and '),
    'progress.loading': (p, l) =>
      p.total === undefined ? `Loading: ${l.number(Number(p.loaded))} records…` : `Loading: ${l.number(Number(p.loaded))} records of ${p.approximate ? 'about ' : ''}${l.number(Number(p.total))}`,
    born: bornEn,
    'date.unknown': 'date not available',
};

export const de: SharedMessages = {
    'state.loading': 'Die Gesundheitsakte wird geladen…',
    'state.invalid': 'Diese Daten können nicht angezeigt werden: {reason}',
    'state.loadFailed': 'Die Daten konnten nicht geladen werden: {reason}',
    'state.noView': 'Keine Daten vorhanden.',
    'state.loadFailedNoReason': 'Die Daten konnten nicht geladen werden.',
    'state.stillLoading': 'Das Laden dauert länger als üblich…',
    'state.retry': 'Erneut versuchen',
    'state.blocked': 'Dieser Inhalt kann nicht angezeigt werden: Die Sicherheitseinstellungen der Seite blockieren ihn. Bitte melden Sie das Problem dem Betreiber des Portals.',
    'issues.summary': (p, l) => l.plural(Number(p.count), { one: '# Problem in den empfangenen Daten', other: '# Probleme in den empfangenen Daten' }),
    'issues.show': 'Details anzeigen',
    'issues.severity.error': 'Fehler',
    'issues.severity.warning': 'Warnung',
    'issues.severity.info': 'Hinweis',
    'issues.general': 'Ein empfangener Datenwert ist ungültig.',
    'issues.times': '({count}-mal)',
    'period.from': 'seit',
    'period.until': 'bis',
    'restriction.no-consent':
      'Die Person hat der Einsicht in die Akte zu Behandlungszwecken nicht zugestimmt: Es gibt nichts anzuzeigen.',
    'restriction.inactive-delegation': 'Die Vollmacht ist nicht aktiv: Es gibt nichts anzuzeigen.',
    'privacy.obscured': 'Verborgen: nur Sie sehen es',
    'privacy.protected': 'Besonders geschützt: nur Sie sehen es',
    'privacy.hiddenFromParent': 'Für Eltern nicht sichtbar',
    close: 'Schließen',
    documents: (p, l) => l.plural(Number(p.count), { one: '# Dokument', other: '# Dokumente' }),
    'count.events': (p, l) => l.plural(Number(p.count), { one: '# Ereignis', other: '# Ereignisse' }),
    'count.carePaths': (p, l) => l.plural(Number(p.count), { one: '# Behandlungspfad', other: '# Behandlungspfade' }),
    'count.record': (p, l) => eventsAndPaths(p, l, ' und '),
    'progress.loading': (p, l) =>
      p.total === undefined ? `Wird geladen: ${l.number(Number(p.loaded))} Einträge…` : `Wird geladen: ${l.number(Number(p.loaded))} Einträge von ${p.approximate ? 'etwa ' : ''}${l.number(Number(p.total))}`,
    born: bornDe,
    'date.unknown': 'Datum nicht verfügbar',
};

export const sharedMessages: Catalog<SharedKey> = { it };
