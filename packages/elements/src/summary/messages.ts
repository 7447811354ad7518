/**
 * Messages of `<fse-summary>`. Keys ending in `.citizen` / `.clinician` are the two wordings:
 * plain words for the citizen ("La mia salute in breve"), the clinician's words in an EHR.
 */
import type { Catalog, Message } from '../internal/localize.js';

type Key =
  | 'title.citizen'
  | 'title.clinician'
  | 'title.emergency'
  | 'emergency.note'
  | 'allergies.citizen'
  | 'allergies.clinician'
  | 'allergies.none'
  | 'allergies.notRecorded.citizen'
  | 'allergies.notRecorded.clinician'
  | 'allergies.olderNone'
  | 'allergy.intolerance'
  | 'allergy.high'
  | 'therapy.citizen'
  | 'therapy.clinician'
  | 'therapy.none'
  | 'therapy.since'
  | 'therapy.estimate'
  | 'therapy.toCollect'
  | 'conflict.title'
  | 'conflict.intro'
  | 'conflict.missing'
  | 'conflict.dosage'
  | 'list.from'
  | 'problems.citizen'
  | 'problems.clinician'
  | 'problems.none'
  | 'problems.since'
  | 'implants'
  | 'implant.since'
  | 'implant.inactive'
  | 'implant.maker'
  | 'history.citizen'
  | 'history.clinician'
  | 'history.stay'
  | 'history.surgery'
  | 'exemptions'
  | 'exemption.since'
  | 'donation'
  | 'donation.consent'
  | 'donation.dissent'
  | 'donation.unstated'
  | 'declared'
  | 'directives'
  | 'source'
  | 'source.none'
  | 'open'
  | 'critical.count';

type M = Record<Key, Message>;

// Italian is built in; English and German are exported for their locale modules (src/locales/),
// so a bundle that registers neither leaves them out.
export const it: M = {
    'title.citizen': 'La mia salute in breve',
    'title.clinician': 'Sintesi clinica',
    'title.emergency': 'Sintesi per l’emergenza',
    'emergency.note': 'Accesso in emergenza: per primo il Profilo sanitario sintetico, poi il resto del fascicolo. L’accesso è registrato.',
    'allergies.citizen': 'Allergie e intolleranze',
    'allergies.clinician': 'Allergie e intolleranze',
    'allergies.none': 'Nessuna allergia nota',
    'allergies.notRecorded.citizen': 'Non registrate: nel fascicolo nessuno ha scritto se hai allergie.',
    'allergies.notRecorded.clinician': 'Non registrate (nessuna informazione nel fascicolo, da chiedere)',
    'allergies.olderNone': 'Prima era scritto “nessuna allergia nota”',
    'allergy.intolerance': 'intolleranza',
    'allergy.high': 'reazione grave',
    'therapy.citizen': 'Farmaci che prendi',
    'therapy.clinician': 'Terapia in atto',
    'therapy.none': 'Nessun farmaco in corso nel fascicolo',
    'therapy.since': 'dal {date}',
    'therapy.estimate': 'stima',
    'therapy.toCollect': 'ricetta da ritirare',
    'conflict.title': 'Le fonti non concordano',
    'conflict.intro': 'Le liste dei farmaci dei documenti sono diverse: sono mostrate separate, dalla più recente.',
    'conflict.missing': '{name}: non in tutte le liste',
    'conflict.dosage': '{name}: dose diversa',
    'list.from': '{title}, {date}',
    'problems.citizen': 'I tuoi problemi di salute',
    'problems.clinician': 'Problemi attivi',
    'problems.none': 'Nessun problema attivo registrato',
    'problems.since': 'dal {date}',
    implants: 'Dispositivi e impianti',
    'implant.since': 'impiantato o in uso dal {date}',
    'implant.inactive': 'rimosso o non più in uso',
    'implant.maker': 'produttore: {name}',
    'history.citizen': 'Ricoveri e interventi',
    'history.clinician': 'Anamnesi: ricoveri e interventi',
    'history.stay': 'Ultimo ricovero',
    'history.surgery': 'Intervento',
    exemptions: 'Esenzioni per patologia',
    'exemption.since': 'dal {date}',
    donation: 'Donazione di organi e tessuti',
    'donation.consent': 'Assenso: sì alla donazione di organi e tessuti',
    'donation.dissent': 'Dissenso: no alla donazione di organi e tessuti',
    'donation.unstated': 'C’è una dichiarazione sulla donazione, ma la scelta non è scritta: apri il documento',
    'declared': 'dichiarato il {date}',
    directives: 'Disposizioni anticipate di trattamento',
    source: 'Fonte: {title}, {date} ({age})',
    'source.none': 'Senza documento di origine',
    open: 'Apri {title}',
    'critical.count': (p, l) => l.plural(Number(p.count), { one: '# farmaco critico', other: '# farmaci critici' }),
};

export const en: M = {
    'title.citizen': 'My health at a glance',
    'title.clinician': 'Clinical summary',
    'title.emergency': 'Emergency summary',
    'emergency.note': 'Emergency access: the Patient Summary first, then the rest of the record. This access is logged.',
    'allergies.citizen': 'Allergies and intolerances',
    'allergies.clinician': 'Allergies and intolerances',
    'allergies.none': 'No known allergies',
    'allergies.notRecorded.citizen': 'Not recorded: nobody has written in your record whether you have allergies.',
    'allergies.notRecorded.clinician': 'Not recorded (nothing in the record, ask)',
    'allergies.olderNone': 'Earlier it said “no known allergies”',
    'allergy.intolerance': 'intolerance',
    'allergy.high': 'severe reaction',
    'therapy.citizen': 'Medicines you take',
    'therapy.clinician': 'Current therapy',
    'therapy.none': 'No current medicines in the record',
    'therapy.since': 'since {date}',
    'therapy.estimate': 'estimate',
    'therapy.toCollect': 'prescription to collect',
    'conflict.title': 'The sources disagree',
    'conflict.intro': 'The documents’ medicine lists differ: they are shown apart, newest first.',
    'conflict.missing': '{name}: not in every list',
    'conflict.dosage': '{name}: different dose',
    'list.from': '{title}, {date}',
    'problems.citizen': 'Your health problems',
    'problems.clinician': 'Active problems',
    'problems.none': 'No active problems recorded',
    'problems.since': 'since {date}',
    implants: 'Devices and implants',
    'implant.since': 'implanted or in use since {date}',
    'implant.inactive': 'removed or no longer in use',
    'implant.maker': 'manufacturer: {name}',
    'history.citizen': 'Hospital stays and operations',
    'history.clinician': 'History: stays and surgery',
    'history.stay': 'Last hospital stay',
    'history.surgery': 'Operation',
    exemptions: 'Exemptions for a condition',
    'exemption.since': 'since {date}',
    donation: 'Organ and tissue donation',
    'donation.consent': 'Consent: yes to organ and tissue donation',
    'donation.dissent': 'Refusal: no to organ and tissue donation',
    'donation.unstated': 'There is a statement about donation, but the choice is not written: open the document',
    'declared': 'stated on {date}',
    directives: 'Advance directives',
    source: 'Source: {title}, {date} ({age})',
    'source.none': 'No source document',
    open: 'Open {title}',
    'critical.count': (p, l) => l.plural(Number(p.count), { one: '# critical medicine', other: '# critical medicines' }),
};

export const de: M = {
    'title.citizen': 'Meine Gesundheit auf einen Blick',
    'title.clinician': 'Klinische Zusammenfassung',
    'title.emergency': 'Zusammenfassung für den Notfall',
    'emergency.note': 'Notfallzugriff: zuerst die Patientenkurzakte, dann der Rest der Akte. Der Zugriff wird protokolliert.',
    'allergies.citizen': 'Allergien und Unverträglichkeiten',
    'allergies.clinician': 'Allergien und Unverträglichkeiten',
    'allergies.none': 'Keine bekannten Allergien',
    'allergies.notRecorded.citizen': 'Nicht erfasst: In Ihrer Akte steht nicht, ob Sie Allergien haben.',
    'allergies.notRecorded.clinician': 'Nicht erfasst (keine Angabe in der Akte, erfragen)',
    'allergies.olderNone': 'Früher stand dort „keine bekannten Allergien“',
    'allergy.intolerance': 'Unverträglichkeit',
    'allergy.high': 'schwere Reaktion',
    'therapy.citizen': 'Ihre Medikamente',
    'therapy.clinician': 'Aktuelle Medikation',
    'therapy.none': 'Keine aktuellen Medikamente in der Akte',
    'therapy.since': 'seit {date}',
    'therapy.estimate': 'geschätzt',
    'therapy.toCollect': 'Rezept abzuholen',
    'conflict.title': 'Die Quellen stimmen nicht überein',
    'conflict.intro': 'Die Medikamentenlisten der Dokumente unterscheiden sich: Sie werden getrennt gezeigt, die neueste zuerst.',
    'conflict.missing': '{name}: nicht in jeder Liste',
    'conflict.dosage': '{name}: andere Dosis',
    'list.from': '{title}, {date}',
    'problems.citizen': 'Ihre Gesundheitsprobleme',
    'problems.clinician': 'Aktive Probleme',
    'problems.none': 'Keine aktiven Probleme erfasst',
    'problems.since': 'seit {date}',
    implants: 'Medizinprodukte und Implantate',
    'implant.since': 'implantiert oder in Gebrauch seit {date}',
    'implant.inactive': 'entfernt oder nicht mehr in Gebrauch',
    'implant.maker': 'Hersteller: {name}',
    'history.citizen': 'Krankenhausaufenthalte und Operationen',
    'history.clinician': 'Anamnese: Aufenthalte und Operationen',
    'history.stay': 'Letzter Krankenhausaufenthalt',
    'history.surgery': 'Operation',
    exemptions: 'Befreiungen wegen einer Erkrankung',
    'exemption.since': 'seit {date}',
    donation: 'Organ- und Gewebespende',
    'donation.consent': 'Zustimmung: ja zur Organ- und Gewebespende',
    'donation.dissent': 'Widerspruch: nein zur Organ- und Gewebespende',
    'donation.unstated': 'Es gibt eine Erklärung zur Spende, die Entscheidung steht aber nicht darin: Dokument öffnen',
    'declared': 'erklärt am {date}',
    directives: 'Patientenverfügung',
    source: 'Quelle: {title}, {date} ({age})',
    'source.none': 'Ohne Quelldokument',
    open: '{title} öffnen',
    'critical.count': (p, l) => l.plural(Number(p.count), { one: '# kritisches Medikament', other: '# kritische Medikamente' }),
};

export const messages: Catalog<Key> = { it };
