/** Messages of `<fse-results>`. */
import type { Catalog, Message } from '../internal/localize.js';

type Key =
  | 'title.citizen'
  | 'title.clinician'
  | 'search'
  | 'search.placeholder'
  | 'panel'
  | 'panel.all'
  | 'panel.other'
  | 'carepath'
  | 'carepath.all'
  | 'shown'
  | 'filters.active'
  | 'filter.query'
  | 'filter.panel'
  | 'filter.carepath'
  | 'empty'
  | 'nomatch'
  | 'view.table'
  | 'chart.label'
  | 'latest'
  | 'range'
  | 'range.text'
  | 'range.none'
  | 'trend.down'
  | 'trend.up'
  | 'trend.steady'
  | 'flag.high'
  | 'flag.low'
  | 'flag.normal'
  | 'flag.unknown'
  | 'problem.no-unit'
  | 'problem.implausible'
  | 'problem.converted'
  | 'unit.split'
  | 'unit.none'
  | 'goal'
  | 'point'
  | 'taccuino'
  | 'col.date'
  | 'col.value'
  | 'col.flag'
  | 'col.source'
  | 'keys';

type M = Record<Key, Message>;

// Italian is built in; English and German are exported for their locale modules (src/locales/),
// so a bundle that registers neither leaves them out.
export const it: M = {
    'title.citizen': 'I miei esami nel tempo',
    'title.clinician': 'Risultati e parametri',
    search: 'Cerca un esame',
    'search.placeholder': 'es. colesterolo, creatinina, pressione',
    panel: 'Pannello',
    'panel.all': 'Tutti i pannelli',
    'panel.other': 'Altri risultati',
    carepath: 'Percorso di cura',
    'carepath.all': 'Tutti i percorsi',
    shown: (p, l) => l.plural(Number(p.count), { one: '# esame mostrato', other: '# esami mostrati' }) + ` su ${l.number(Number(p.total))}`,
    empty: 'Nessun valore misurato nel fascicolo',
    'filters.active': 'Filtri attivi: {list}.',
    'filter.query': 'ricerca «{value}»',
    'filter.panel': 'pannello «{value}»',
    'filter.carepath': 'percorso «{value}»',
    nomatch: 'Nessun esame corrisponde alla ricerca',
    'view.table': 'Mostra come tabelle',
    'chart.label': '{name}: {count} valori. Frecce per spostarsi tra i valori, Invio per aprire il referto',
    latest: 'Ultimo valore: {value} ({flag}), {date}',
    range: 'riferimento {low}–{high}',
    'range.text': 'riferimento solo a parole: {text}',
    'range.none': 'senza intervallo di riferimento',
    'trend.down': 'in calo da {count} misure',
    'trend.up': 'in aumento da {count} misure',
    'trend.steady': 'stabile nelle ultime {count} misure',
    'flag.high': 'alto',
    'flag.low': 'basso',
    'flag.normal': 'nella norma',
    'flag.unknown': 'senza confronto',
    'problem.no-unit': 'senza unità di misura',
    'problem.implausible': 'valore impossibile, da verificare',
    'problem.converted': 'convertito da un’altra unità',
    'unit.split': 'Altri valori dello stesso esame sono in un’unità che non si può convertire: sono in un grafico a parte.',
    'unit.none': 'senza unità',
    goal: 'Obiettivo del percorso: {text}',
    point: '{date}: {value}, {flag}',
    taccuino: 'dal taccuino',
    'col.date': 'Data',
    'col.value': 'Valore',
    'col.flag': 'Rispetto al riferimento',
    'col.source': 'Documento',
    keys: 'Un solo tasto Tab per grafico; frecce tra i valori, Invio apre il referto.',
};

export const en: M = {
    'title.citizen': 'My tests over time',
    'title.clinician': 'Results and measurements',
    search: 'Search a test',
    'search.placeholder': 'e.g. cholesterol, creatinine, pressure',
    panel: 'Panel',
    'panel.all': 'All panels',
    'panel.other': 'Other results',
    carepath: 'Care path',
    'carepath.all': 'All care paths',
    shown: (p, l) => l.plural(Number(p.count), { one: '# test shown', other: '# tests shown' }) + ` of ${l.number(Number(p.total))}`,
    empty: 'No measured values in the record',
    'filters.active': 'Filters on: {list}.',
    'filter.query': 'search “{value}”',
    'filter.panel': 'panel “{value}”',
    'filter.carepath': 'care path “{value}”',
    nomatch: 'No test matches the search',
    'view.table': 'Show as tables',
    'chart.label': '{name}: {count} values. Arrows move between values, Enter opens the report',
    latest: 'Latest: {value} ({flag}), {date}',
    range: 'reference {low}–{high}',
    'range.text': 'reference in words only: {text}',
    'range.none': 'no reference range',
    'trend.down': 'falling for {count} measurements',
    'trend.up': 'rising for {count} measurements',
    'trend.steady': 'steady over the last {count} measurements',
    'flag.high': 'high',
    'flag.low': 'low',
    'flag.normal': 'normal',
    'flag.unknown': 'no comparison',
    'problem.no-unit': 'no unit',
    'problem.implausible': 'impossible value, to be checked',
    'problem.converted': 'converted from another unit',
    'unit.split': 'Other values of this test are in a unit that cannot be converted: they have a chart of their own.',
    'unit.none': 'no unit',
    goal: 'Care-path goal: {text}',
    point: '{date}: {value}, {flag}',
    taccuino: 'from the personal notebook',
    'col.date': 'Date',
    'col.value': 'Value',
    'col.flag': 'Against the reference',
    'col.source': 'Document',
    keys: 'One Tab stop per chart; arrows between values, Enter opens the report.',
};

export const de: M = {
    'title.citizen': 'Meine Werte im Zeitverlauf',
    'title.clinician': 'Befunde und Messwerte',
    search: 'Untersuchung suchen',
    'search.placeholder': 'z. B. Cholesterin, Kreatinin, Blutdruck',
    panel: 'Panel',
    'panel.all': 'Alle Panels',
    'panel.other': 'Weitere Ergebnisse',
    carepath: 'Behandlungspfad',
    'carepath.all': 'Alle Behandlungspfade',
    shown: (p, l) => l.plural(Number(p.count), { one: '# Untersuchung angezeigt', other: '# Untersuchungen angezeigt' }) + ` von ${l.number(Number(p.total))}`,
    empty: 'Keine Messwerte in der Akte',
    'filters.active': 'Aktive Filter: {list}.',
    'filter.query': 'Suche „{value}“',
    'filter.panel': 'Panel „{value}“',
    'filter.carepath': 'Behandlungspfad „{value}“',
    nomatch: 'Keine Untersuchung entspricht der Suche',
    'view.table': 'Als Tabellen zeigen',
    'chart.label': '{name}: {count} Werte. Pfeiltasten wechseln den Wert, Eingabe öffnet den Befund',
    latest: 'Letzter Wert: {value} ({flag}), {date}',
    range: 'Referenz {low}–{high}',
    'range.text': 'Referenz nur als Text: {text}',
    'range.none': 'ohne Referenzbereich',
    'trend.down': 'fallend seit {count} Messungen',
    'trend.up': 'steigend seit {count} Messungen',
    'trend.steady': 'stabil in den letzten {count} Messungen',
    'flag.high': 'hoch',
    'flag.low': 'niedrig',
    'flag.normal': 'im Normbereich',
    'flag.unknown': 'ohne Vergleich',
    'problem.no-unit': 'ohne Einheit',
    'problem.implausible': 'unmöglicher Wert, zu prüfen',
    'problem.converted': 'aus einer anderen Einheit umgerechnet',
    'unit.split': 'Andere Werte dieser Untersuchung haben eine nicht umrechenbare Einheit: Sie haben ein eigenes Diagramm.',
    'unit.none': 'ohne Einheit',
    goal: 'Ziel des Behandlungspfads: {text}',
    point: '{date}: {value}, {flag}',
    taccuino: 'aus dem persönlichen Tagebuch',
    'col.date': 'Datum',
    'col.value': 'Wert',
    'col.flag': 'Im Vergleich zur Referenz',
    'col.source': 'Dokument',
    keys: 'Ein Tabstopp pro Diagramm; Pfeiltasten zwischen den Werten, Eingabe öffnet den Befund.',
};

export const messages: Catalog<Key> = { it };
