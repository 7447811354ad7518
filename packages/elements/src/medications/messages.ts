/** Messages of `<fse-medications>`. Keys ending in `.citizen` / `.clinician` are the two wordings. */
import type { Catalog, Message } from '../internal/localize.js';

type Key =
  | 'title.citizen'
  | 'title.clinician'
  | 'current'
  | 'past'
  | 'empty'
  | 'list.label'
  | 'bar.label'
  | 'bar.estimate'
  | 'bar.stated'
  | 'bar.gaps'
  | 'legend.stated'
  | 'legend.estimate'
  | 'legend.gap'
  | 'estimate.note'
  | 'counts'
  | 'count.prescription'
  | 'count.dispensation'
  | 'count.statement'
  | 'count.administration'
  | 'rx.title'
  | 'rx.nre'
  | 'rx.to-collect'
  | 'rx.dispensed'
  | 'rx.dispensedAt'
  | 'rx.expired'
  | 'rx.closed'
  | 'rx.cancelled'
  | 'rx.open'
  | 'rx.openDispensation'
  | 'carepath'
  | 'details.show'
  | 'view.table'
  | 'view.chart'
  | 'print'
  | 'print.title'
  | 'col.medicine'
  | 'col.substance'
  | 'col.dosage'
  | 'col.period'
  | 'col.prescriptions'
  | 'col.critical'
  | 'selected';

type M = Record<Key, Message>;

// Italian is built in; English and German are exported for their locale modules (src/locales/),
// so a bundle that registers neither leaves them out.
export const it: M = {
    'title.citizen': 'La mia terapia',
    'title.clinician': 'Terapia farmacologica',
    current: 'Terapia in corso',
    past: 'Terapie passate',
    empty: 'Nessun farmaco nel fascicolo',
    'list.label': 'Farmaci: frecce per spostarsi, Invio per selezionare',
    'bar.label': 'Periodo di assunzione',
    'bar.estimate': 'stimato da date e quantità',
    'bar.stated': 'come scritto nei documenti',
    'bar.gaps': (p, l) => l.plural(Number(p.count), { one: '# interruzione', other: '# interruzioni' }),
    'legend.stated': 'periodo scritto nei documenti',
    'legend.estimate': 'periodo stimato',
    'legend.gap': 'interruzione',
    'estimate.note': 'I periodi tratteggiati sono stime: dalla data di ritiro e dalla quantità (confezioni e dose giornaliera), o un mese per ritiro quando la quantità non lo dice.',
    counts: 'Dal fascicolo',
    'count.prescription': (p, l) => l.plural(Number(p.count), { one: '# prescrizione', other: '# prescrizioni' }),
    'count.dispensation': (p, l) => l.plural(Number(p.count), { one: '# erogazione in farmacia', other: '# erogazioni in farmacia' }),
    'count.statement': (p, l) => l.plural(Number(p.count), { one: '# lista di terapia', other: '# liste di terapia' }),
    'count.administration': (p, l) => l.plural(Number(p.count), { one: '# somministrazione', other: '# somministrazioni' }),
    'rx.title': 'Ricette',
    'rx.nre': 'Ricetta {nre}',
    'rx.to-collect': 'Da ritirare (scade: {date})',
    'rx.dispensed': 'Ritirata in farmacia: {date}',
    'rx.dispensedAt': 'Ritirata: {date}, {where}',
    'rx.expired': 'Scaduta senza essere ritirata ({date})',
    'rx.closed': 'Chiusa',
    'rx.cancelled': 'Annullata',
    'rx.open': 'Apri la ricetta',
    'rx.openDispensation': 'Apri l’erogazione',
    carepath: 'Percorso di cura: {title}',
    'details.show': 'Ricette e dettagli di {name}',
    'view.table': 'Mostra come tabella',
    'view.chart': 'Mostra come grafico',
    print: 'Stampa la mia terapia',
    'print.title': 'La mia terapia, al {date}',
    'col.medicine': 'Farmaco',
    'col.substance': 'Principio attivo',
    'col.dosage': 'Come si prende',
    'col.period': 'Periodo',
    'col.prescriptions': 'Ricette',
    'col.critical': 'Attenzione',
    selected: 'selezionato',
};

export const en: M = {
    'title.citizen': 'My medicines',
    'title.clinician': 'Medication',
    current: 'Current therapy',
    past: 'Past therapies',
    empty: 'No medicines in the record',
    'list.label': 'Medicines: arrows to move, Enter to select',
    'bar.label': 'When it was taken',
    'bar.estimate': 'estimated from dates and quantities',
    'bar.stated': 'as written in the documents',
    'bar.gaps': (p, l) => l.plural(Number(p.count), { one: '# gap', other: '# gaps' }),
    'legend.stated': 'period written in the documents',
    'legend.estimate': 'estimated period',
    'legend.gap': 'gap',
    'estimate.note': 'Hatched periods are estimates: from the collection date and the quantity (packs and daily dose), or a month per collection when the quantity does not say.',
    counts: 'From the record',
    'count.prescription': (p, l) => l.plural(Number(p.count), { one: '# prescription', other: '# prescriptions' }),
    'count.dispensation': (p, l) => l.plural(Number(p.count), { one: '# pharmacy dispensation', other: '# pharmacy dispensations' }),
    'count.statement': (p, l) => l.plural(Number(p.count), { one: '# therapy list', other: '# therapy lists' }),
    'count.administration': (p, l) => l.plural(Number(p.count), { one: '# administration', other: '# administrations' }),
    'rx.title': 'Prescriptions',
    'rx.nre': 'Prescription {nre}',
    'rx.to-collect': 'To collect by {date}',
    'rx.dispensed': 'Collected on {date}',
    'rx.dispensedAt': 'Collected on {date} at {where}',
    'rx.expired': 'Expired on {date} without being collected',
    'rx.closed': 'Closed',
    'rx.cancelled': 'Cancelled',
    'rx.open': 'Open the prescription',
    'rx.openDispensation': 'Open the dispensation',
    carepath: 'Care path: {title}',
    'details.show': 'Prescriptions and details of {name}',
    'view.table': 'Show as a table',
    'view.chart': 'Show as a chart',
    print: 'Print my medicines',
    'print.title': 'My medicines, as of {date}',
    'col.medicine': 'Medicine',
    'col.substance': 'Active substance',
    'col.dosage': 'How to take it',
    'col.period': 'Period',
    'col.prescriptions': 'Prescriptions',
    'col.critical': 'Caution',
    selected: 'selected',
};

export const de: M = {
    'title.citizen': 'Meine Medikamente',
    'title.clinician': 'Medikation',
    current: 'Aktuelle Therapie',
    past: 'Frühere Therapien',
    empty: 'Keine Medikamente in der Akte',
    'list.label': 'Medikamente: Pfeiltasten zum Bewegen, Eingabe zum Auswählen',
    'bar.label': 'Einnahmezeitraum',
    'bar.estimate': 'geschätzt aus Daten und Mengen',
    'bar.stated': 'wie in den Dokumenten angegeben',
    'bar.gaps': (p, l) => l.plural(Number(p.count), { one: '# Unterbrechung', other: '# Unterbrechungen' }),
    'legend.stated': 'in den Dokumenten angegebener Zeitraum',
    'legend.estimate': 'geschätzter Zeitraum',
    'legend.gap': 'Unterbrechung',
    'estimate.note': 'Schraffierte Zeiträume sind Schätzungen: aus Abholdatum und Menge (Packungen und Tagesdosis), oder ein Monat je Abholung, wenn die Menge es nicht sagt.',
    counts: 'Aus der Akte',
    'count.prescription': (p, l) => l.plural(Number(p.count), { one: '# Verordnung', other: '# Verordnungen' }),
    'count.dispensation': (p, l) => l.plural(Number(p.count), { one: '# Abgabe in der Apotheke', other: '# Abgaben in der Apotheke' }),
    'count.statement': (p, l) => l.plural(Number(p.count), { one: '# Medikationsliste', other: '# Medikationslisten' }),
    'count.administration': (p, l) => l.plural(Number(p.count), { one: '# Verabreichung', other: '# Verabreichungen' }),
    'rx.title': 'Rezepte',
    'rx.nre': 'Rezept {nre}',
    'rx.to-collect': 'Abzuholen bis {date}',
    'rx.dispensed': 'Abgeholt am {date}',
    'rx.dispensedAt': 'Abgeholt am {date} in {where}',
    'rx.expired': 'Am {date} abgelaufen, ohne abgeholt zu werden',
    'rx.closed': 'Abgeschlossen',
    'rx.cancelled': 'Storniert',
    'rx.open': 'Rezept öffnen',
    'rx.openDispensation': 'Abgabe öffnen',
    carepath: 'Behandlungspfad: {title}',
    'details.show': 'Rezepte und Details zu {name}',
    'view.table': 'Als Tabelle zeigen',
    'view.chart': 'Als Diagramm zeigen',
    print: 'Meine Medikamente drucken',
    'print.title': 'Meine Medikamente, Stand {date}',
    'col.medicine': 'Medikament',
    'col.substance': 'Wirkstoff',
    'col.dosage': 'Einnahme',
    'col.period': 'Zeitraum',
    'col.prescriptions': 'Rezepte',
    'col.critical': 'Achtung',
    selected: 'ausgewählt',
};

export const messages: Catalog<Key> = { it };
