/** Messages of `<fse-journey>`. Italian is the reference: plain words a citizen understands. */
import * as bodyMap from '../body-map/messages.js';
import type { Catalog, Message } from '../internal/localize.js';
import { newsDe, newsEn, newsIt } from './news-messages.js';

type Key =
  | 'label'
  | 'patient.birth'
  | 'patient.age'
  | 'patient.cf'
  | 'patient.gp'
  | 'viewer.citizen'
  | 'viewer.delegate'
  | 'viewer.parent'
  | 'viewer.clinician'
  | 'viewer.emergency'
  | 'summary'
  | 'summary.empty'
  | 'section.body'
  | 'section.paths'
  | 'section.timeline'
  | 'section.document'
  | 'tab.timeline'
  | 'tab.results'
  | 'tab.medications'
  | 'links.announce.chosen'
  | 'links.label'
  | 'links.region'
  | 'links.path'
  | 'links.clear'
  | 'links.announce.region'
  | 'links.announce.path'
  | 'links.announce.cleared'
  | 'emergency.note'
  | 'emergency.open'
  | 'emergency.opened'
  | 'family.label'
  | 'family.whose.parent'
  | 'family.whose.delegate'
  | 'family.open'
  | 'family.as.parent'
  | 'family.as.delegate'
  | 'family.back'
  | 'family.pending'
  | 'family.pending.own'
  | 'family.opened.parent'
  | 'family.opened.delegate'
  | 'family.opened.own'
  | 'family.failed'
  | 'family.declined'
  | 'family.unhandled';

export type JourneyMessages = Record<Key, Message>;
type M = JourneyMessages;

// Italian is built in; English and German are exported for their locale modules (src/locales/),
// so a bundle that registers neither leaves them out.
const ownIt: M = {
    label: 'Il percorso di salute di {name}',
    'patient.birth': 'Data di nascita',
    'patient.age': (p, l) => l.plural(Number(p.years), { one: '# anno', other: '# anni' }),
    'patient.cf': 'Codice fiscale',
    'patient.gp': 'Medico di famiglia',
    'viewer.citizen': 'Il tuo fascicolo',
    'viewer.delegate': 'Accesso come delegato',
    'viewer.parent': 'Accesso come genitore',
    'viewer.clinician': 'Consultazione per finalità di cura',
    'viewer.emergency': 'Accesso in emergenza',
    summary: (p, l) => `${l.t('documents', { count: Number(p.documents) })}, ${l.t('count.carePaths', { count: Number(p.paths) })}, ${p.span}`,
    'summary.empty': 'Nel fascicolo non ci sono ancora documenti.',
    'section.body': 'Dove nel corpo',
    'section.paths': 'Percorsi di cura',
    'section.timeline': 'Nel tempo',
    'links.label': 'Filtri attivi sulla linea del tempo',
    'links.region': 'Parte del corpo: {name}',
    'links.path': 'Percorso: {name}',
    'links.clear': 'Togli il filtro {name}',
    'links.announce.region': 'Linea del tempo filtrata: {name}',
    'links.announce.path': 'Evidenziati sulla linea del tempo gli eventi di: {name}',
    'links.announce.cleared': 'Filtro tolto',
    'emergency.note': 'Accesso in emergenza (DM 7 settembre 2023, art. 20): prima il Profilo sanitario sintetico; i documenti oscurati non sono consultabili.',
    'emergency.open': 'Apri il Profilo sanitario sintetico',
    'section.document': 'Documento aperto',
    'tab.timeline': 'Linea del tempo',
    'tab.results': 'Esami e misure',
    'tab.medications': 'Terapia',
    'links.announce.chosen': (p, l) => `Evidenziati sulla linea del tempo: ${l.plural(Number(p.count), { one: '# evento', other: '# eventi' })}`,
    'emergency.opened': 'Selezionato sulla linea del tempo: {title}',
    'family.label': 'Fascicoli che puoi aprire',
    'family.whose.parent': (p) => `Fascicolo di ${p.name} — lo stai vedendo come genitore${p.date ? `, fino ai suoi 18 anni (${p.date})` : ''}`,
    'family.whose.delegate': (p) => `Fascicolo di ${p.name} — lo stai vedendo come persona delegata${p.date ? `. Scadenza della delega: ${p.date}` : ''}`,
    'family.open': '{name} — apri il fascicolo',
    'family.as.parent': 'Come genitore',
    'family.as.delegate': (p) => `Come persona delegata${p.date ? `, scadenza: ${p.date}` : ''}`,
    'family.back': 'Torna al tuo fascicolo',
    'family.pending': 'Apertura del fascicolo di {name}…',
    'family.pending.own': 'Ritorno al tuo fascicolo…',
    'family.opened.parent': 'Ora vedi il fascicolo di {name}, come genitore.',
    'family.opened.delegate': 'Ora vedi il fascicolo di {name}, come persona delegata.',
    'family.opened.own': 'Sei di nuovo nel tuo fascicolo.',
    'family.failed': 'Il fascicolo non si è aperto. {message}',
    'family.declined': 'Il portale non ha aperto il fascicolo.',
    'family.unhandled': 'Il portale non ha gestito la richiesta.',
};

const ownEn: M = {
    label: 'Health journey of {name}',
    'patient.birth': 'Date of birth',
    'patient.age': (p, l) => l.plural(Number(p.years), { one: '# year old', other: '# years old' }),
    'patient.cf': 'Tax code',
    'patient.gp': 'Family doctor',
    'viewer.citizen': 'Your health record',
    'viewer.delegate': 'Access as a delegate',
    'viewer.parent': 'Access as a parent',
    'viewer.clinician': 'Consultation for care',
    'viewer.emergency': 'Emergency access',
    summary: (p, l) => `${l.t('documents', { count: Number(p.documents) })}, ${l.t('count.carePaths', { count: Number(p.paths) })}, ${p.span}`,
    'summary.empty': 'There are no documents in the record yet.',
    'section.body': 'Where in the body',
    'section.paths': 'Care paths',
    'section.timeline': 'Over time',
    'links.label': 'Filters applied to the timeline',
    'links.region': 'Body part: {name}',
    'links.path': 'Care path: {name}',
    'links.clear': 'Remove the filter {name}',
    'links.announce.region': 'Timeline filtered: {name}',
    'links.announce.path': 'Highlighted on the timeline, the events of: {name}',
    'links.announce.cleared': 'Filter removed',
    'emergency.note': 'Emergency access (DM 7 September 2023, art. 20): the Patient Summary first; obscured documents cannot be consulted.',
    'emergency.open': 'Open the Patient Summary',
    'section.document': 'Open document',
    'tab.timeline': 'Timeline',
    'tab.results': 'Tests and measurements',
    'tab.medications': 'Medicines',
    'links.announce.chosen': (p, l) => `Highlighted on the timeline: ${l.plural(Number(p.count), { one: '# event', other: '# events' })}`,
    'emergency.opened': 'Selected on the timeline: {title}',
    'family.label': 'Records you can open',
    'family.whose.parent': (p) => `${p.name}’s record — you are viewing it as a parent${p.date ? `, until they turn 18 (${p.date})` : ''}`,
    'family.whose.delegate': (p) => `${p.name}’s record — you are viewing it as their delegate${p.date ? `. The delegation ends on ${p.date}` : ''}`,
    'family.open': '{name} — open the record',
    'family.as.parent': 'As a parent',
    'family.as.delegate': (p) => `As a delegate${p.date ? `, until ${p.date}` : ''}`,
    'family.back': 'Back to your record',
    'family.pending': 'Opening {name}’s record…',
    'family.pending.own': 'Going back to your record…',
    'family.opened.parent': 'You are now viewing {name}’s record, as a parent.',
    'family.opened.delegate': 'You are now viewing {name}’s record, as their delegate.',
    'family.opened.own': 'You are back in your own record.',
    'family.failed': 'The record did not open. {message}',
    'family.declined': 'The portal did not open the record.',
    'family.unhandled': 'The portal did not handle the request.',
};

const ownDe: M = {
    label: 'Gesundheitsverlauf von {name}',
    'patient.birth': 'Geburtsdatum',
    'patient.age': (p, l) => l.plural(Number(p.years), { one: '# Jahr', other: '# Jahre' }),
    'patient.cf': 'Steuernummer',
    'patient.gp': 'Hausarzt/Hausärztin',
    'viewer.citizen': 'Ihre Gesundheitsakte',
    'viewer.delegate': 'Zugriff als Bevollmächtigte/r',
    'viewer.parent': 'Zugriff als Elternteil',
    'viewer.clinician': 'Einsicht zu Behandlungszwecken',
    'viewer.emergency': 'Notfallzugriff',
    summary: (p, l) => `${l.t('documents', { count: Number(p.documents) })}, ${l.t('count.carePaths', { count: Number(p.paths) })}, ${p.span}`,
    'summary.empty': 'Die Akte enthält noch keine Dokumente.',
    'section.body': 'Wo im Körper',
    'section.paths': 'Behandlungspfade',
    'section.timeline': 'Im Zeitverlauf',
    'links.label': 'Aktive Filter der Zeitleiste',
    'links.region': 'Körperteil: {name}',
    'links.path': 'Behandlungspfad: {name}',
    'links.clear': 'Filter {name} entfernen',
    'links.announce.region': 'Zeitleiste gefiltert: {name}',
    'links.announce.path': 'Auf der Zeitleiste hervorgehoben, die Ereignisse von: {name}',
    'links.announce.cleared': 'Filter entfernt',
    'emergency.note': 'Notfallzugriff (DM 7. September 2023, Art. 20): zuerst die Patientenkurzakte; verborgene Dokumente sind nicht einsehbar.',
    'emergency.open': 'Patientenkurzakte öffnen',
    'section.document': 'Geöffnetes Dokument',
    'tab.timeline': 'Zeitleiste',
    'tab.results': 'Befunde und Messwerte',
    'tab.medications': 'Medikamente',
    'links.announce.chosen': (p, l) => `Auf der Zeitleiste hervorgehoben: ${l.plural(Number(p.count), { one: '# Ereignis', other: '# Ereignisse' })}`,
    'emergency.opened': 'Auf der Zeitleiste ausgewählt: {title}',
    'family.label': 'Akten, die Sie öffnen können',
    'family.whose.parent': (p) => `Akte von ${p.name} — Sie sehen sie als Elternteil${p.date ? `, bis zum 18. Geburtstag (${p.date})` : ''}`,
    'family.whose.delegate': (p) => `Akte von ${p.name} — Sie sehen sie als bevollmächtigte Person${p.date ? `. Die Vollmacht endet am ${p.date}` : ''}`,
    'family.open': '{name} — Akte öffnen',
    'family.as.parent': 'Als Elternteil',
    'family.as.delegate': (p) => `Als bevollmächtigte Person${p.date ? `, bis ${p.date}` : ''}`,
    'family.back': 'Zurück zu Ihrer Akte',
    'family.pending': 'Die Akte von {name} wird geöffnet…',
    'family.pending.own': 'Zurück zu Ihrer Akte…',
    'family.opened.parent': 'Sie sehen jetzt die Akte von {name}, als Elternteil.',
    'family.opened.delegate': 'Sie sehen jetzt die Akte von {name}, als bevollmächtigte Person.',
    'family.opened.own': 'Sie sind wieder in Ihrer eigenen Akte.',
    'family.failed': 'Die Akte wurde nicht geöffnet. {message}',
    'family.declined': 'Das Portal hat die Akte nicht geöffnet.',
    'family.unhandled': 'Das Portal hat die Anfrage nicht bearbeitet.',
};

/** The body map's region names (for the chip that says which region filters the timeline), then the journey's own. */
export function withRegions(bodyMapMessages: Record<string, Message>, own: Record<string, Message>): Record<string, Message> {
  return { ...Object.fromEntries(Object.entries(bodyMapMessages).filter(([k]) => k.startsWith('region.'))), ...own };
}

export const it = /* @__PURE__ */ withRegions(bodyMap.it, { ...ownIt, ...newsIt });
export const en = /* @__PURE__ */ withRegions(bodyMap.en, { ...ownEn, ...newsEn });
export const de = /* @__PURE__ */ withRegions(bodyMap.de, { ...ownDe, ...newsDe });

export const messages: Catalog = { it };
