/** Messages of `<fse-body-map>`: region names a citizen understands, counts with plurals. */
import type { Catalog, Message } from '../internal/localize.js';

type Key =
  | 'region.head'
  | 'region.eyes'
  | 'region.ent'
  | 'region.neck'
  | 'region.chest'
  | 'region.heart'
  | 'region.lungs'
  | 'region.breast'
  | 'region.abdomen'
  | 'region.liver'
  | 'region.digestive'
  | 'region.kidneys'
  | 'region.pelvis'
  | 'region.reproductive'
  | 'region.spine'
  | 'region.upper-limb-right'
  | 'region.upper-limb-left'
  | 'region.lower-limb-right'
  | 'region.lower-limb-left'
  | 'region.skin'
  | 'region.blood-immune'
  | 'region.whole-body'
  | 'count'
  | 'control'
  | 'latest'
  | 'latest.none'
  | 'next'
  | 'figure.front'
  | 'figure.back'
  | 'side.label'
  | 'side.front'
  | 'side.back'
  | 'other.label'
  | 'list.show'
  | 'list.label'
  | 'keys.hint'
  | 'empty'
  | 'legend.label'
  | 'legend.none'
  | 'legend.less'
  | 'legend.more'
  | 'selected'
  | 'clear'
  | 'summary'
  | 'rule';

type M = Record<Key, Message>;

// Italian is built in; English and German are exported for their locale modules (src/locales/),
// so a bundle that registers neither leaves them out.
export const it: M = {
    'region.head': 'Testa e cervello',
    'region.eyes': 'Occhi',
    'region.ent': 'Orecchie, naso e gola',
    'region.neck': 'Collo e tiroide',
    'region.chest': 'Torace',
    'region.heart': 'Cuore',
    'region.lungs': 'Polmoni',
    'region.breast': 'Seno',
    'region.abdomen': 'Addome',
    'region.liver': 'Fegato',
    'region.digestive': 'Stomaco e intestino',
    'region.kidneys': 'Reni',
    'region.pelvis': 'Vescica e bacino',
    'region.reproductive': 'Organi genitali',
    'region.spine': 'Colonna vertebrale',
    'region.upper-limb-right': 'Braccio destro',
    'region.upper-limb-left': 'Braccio sinistro',
    'region.lower-limb-right': 'Gamba destra',
    'region.lower-limb-left': 'Gamba sinistra',
    'region.skin': 'Pelle',
    'region.blood-immune': 'Sangue e difese immunitarie',
    'region.whole-body': 'Tutto il corpo o non localizzato',
    count: (p, l) => l.t('count.events', { count: Number(p.count) }),
    control: '{name}, {count}',
    latest: 'Il più recente: {title}, {date}',
    'latest.none': 'Nessun evento',
    next: 'Prossimo: {title}, {date}',
    'figure.front': 'Corpo visto di fronte',
    'figure.back': 'Corpo visto di spalle',
    'side.label': 'Lato della figura',
    'side.front': 'Davanti',
    'side.back': 'Dietro',
    'other.label': 'Non legati a una parte del corpo',
    'list.show': 'Elenco',
    'list.label': 'Eventi per parte del corpo, dal numero più alto',
    'keys.hint': 'Frecce per spostarsi tra le parti del corpo, Invio per selezionare, Esc per annullare.',
    empty: 'Nel fascicolo non ci sono ancora documenti: quando arriveranno, li vedrai contati sulla figura.',
    'legend.label': 'Quanti eventi',
    'legend.none': 'nessuno',
    'legend.less': 'pochi',
    'legend.more': 'molti',
    selected: 'Selezionato',
    clear: 'Annulla la selezione',
    summary: (p, l) =>
      `${l.t('count.events', { count: Number(p.count) })} nel fascicolo` +
      (Number(p.unplaced) ? `, ${l.plural(Number(p.unplaced), { one: '# non localizzato', other: '# non localizzati' })}` : ''),
    rule: 'Un evento conta una volta per ogni parte del corpo che riguarda.',
};

export const en: M = {
    'region.head': 'Head and brain',
    'region.eyes': 'Eyes',
    'region.ent': 'Ear, nose and throat',
    'region.neck': 'Neck and thyroid',
    'region.chest': 'Chest',
    'region.heart': 'Heart',
    'region.lungs': 'Lungs',
    'region.breast': 'Breast',
    'region.abdomen': 'Abdomen',
    'region.liver': 'Liver',
    'region.digestive': 'Stomach and bowel',
    'region.kidneys': 'Kidneys',
    'region.pelvis': 'Bladder and pelvis',
    'region.reproductive': 'Reproductive organs',
    'region.spine': 'Spine',
    'region.upper-limb-right': 'Right arm',
    'region.upper-limb-left': 'Left arm',
    'region.lower-limb-right': 'Right leg',
    'region.lower-limb-left': 'Left leg',
    'region.skin': 'Skin',
    'region.blood-immune': 'Blood and immune system',
    'region.whole-body': 'Whole body or not localised',
    count: (p, l) => l.t('count.events', { count: Number(p.count) }),
    control: '{name}, {count}',
    latest: 'Latest: {title}, {date}',
    'latest.none': 'No events',
    next: 'Next: {title}, {date}',
    'figure.front': 'Body seen from the front',
    'figure.back': 'Body seen from the back',
    'side.label': 'Side of the figure',
    'side.front': 'Front',
    'side.back': 'Back',
    'other.label': 'Not tied to a body part',
    'list.show': 'List',
    'list.label': 'Events by body part, most first',
    'keys.hint': 'Arrow keys move between body parts, Enter selects, Esc clears.',
    empty: 'There are no documents in the record yet: when they arrive, you will see them counted on the figure.',
    'legend.label': 'How many events',
    'legend.none': 'none',
    'legend.less': 'few',
    'legend.more': 'many',
    selected: 'Selected',
    clear: 'Clear selection',
    summary: (p, l) =>
      `${l.t('count.events', { count: Number(p.count) })} in the record` +
      (Number(p.unplaced) ? `, ${l.plural(Number(p.unplaced), { one: '# not localised', other: '# not localised' })}` : ''),
    rule: 'An event counts once for each body part it concerns.',
};

export const de: M = {
    'region.head': 'Kopf und Gehirn',
    'region.eyes': 'Augen',
    'region.ent': 'Ohren, Nase, Rachen',
    'region.neck': 'Hals und Schilddrüse',
    'region.chest': 'Brustkorb',
    'region.heart': 'Herz',
    'region.lungs': 'Lunge',
    'region.breast': 'Brust',
    'region.abdomen': 'Bauch',
    'region.liver': 'Leber',
    'region.digestive': 'Magen und Darm',
    'region.kidneys': 'Nieren',
    'region.pelvis': 'Blase und Becken',
    'region.reproductive': 'Geschlechtsorgane',
    'region.spine': 'Wirbelsäule',
    'region.upper-limb-right': 'Rechter Arm',
    'region.upper-limb-left': 'Linker Arm',
    'region.lower-limb-right': 'Rechtes Bein',
    'region.lower-limb-left': 'Linkes Bein',
    'region.skin': 'Haut',
    'region.blood-immune': 'Blut und Immunsystem',
    'region.whole-body': 'Ganzer Körper oder nicht zugeordnet',
    count: (p, l) => l.t('count.events', { count: Number(p.count) }),
    control: '{name}, {count}',
    latest: 'Neuestes: {title}, {date}',
    'latest.none': 'Keine Ereignisse',
    next: 'Nächstes: {title}, {date}',
    'figure.front': 'Körper von vorne',
    'figure.back': 'Körper von hinten',
    'side.label': 'Seite der Figur',
    'side.front': 'Vorne',
    'side.back': 'Hinten',
    'other.label': 'Keinem Körperteil zugeordnet',
    'list.show': 'Liste',
    'list.label': 'Ereignisse nach Körperteil, die meisten zuerst',
    'keys.hint': 'Pfeiltasten wechseln zwischen Körperteilen, Eingabe wählt aus, Esc hebt die Auswahl auf.',
    empty: 'In der Akte gibt es noch keine Dokumente: Sobald welche da sind, werden sie auf der Figur gezählt.',
    'legend.label': 'Wie viele Ereignisse',
    'legend.none': 'keine',
    'legend.less': 'wenige',
    'legend.more': 'viele',
    selected: 'Ausgewählt',
    clear: 'Auswahl aufheben',
    summary: (p, l) =>
      `${l.t('count.events', { count: Number(p.count) })} in der Akte` +
      (Number(p.unplaced) ? `, ${l.plural(Number(p.unplaced), { one: '# nicht zugeordnet', other: '# nicht zugeordnet' })}` : ''),
    rule: 'Ein Ereignis zählt einmal für jeden Körperteil, den es betrifft.',
};

export const messages: Catalog<Key> = { it };
