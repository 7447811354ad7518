/**
 * Messages of `<fse-care-paths>`. Keys ending in `.citizen` / `.clinician` are the two wordings:
 * plain words for the citizen (and a parent or delegate), the clinician's words in an EHR.
 */
import type { Catalog, Message } from '../internal/localize.js';

type Key =
  | 'list.label'
  | 'empty'
  | 'empty.hint.citizen'
  | 'empty.hint.clinician'
  | 'invalid'
  | 'kind.PDTA'
  | 'kind.PAI'
  | 'kind.THERAPEUTIC_PLAN'
  | 'kind.SCREENING'
  | 'kind.OTHER'
  | 'status.draft'
  | 'status.active'
  | 'status.on-hold'
  | 'status.completed'
  | 'status.revoked'
  | 'status.unknown'
  | 'step.done'
  | 'step.booked'
  | 'step.overdue'
  | 'step.planned.citizen'
  | 'step.planned.clinician'
  | 'step.cancelled'
  | 'step.when.done'
  | 'step.when.booked'
  | 'step.when.due'
  | 'step.booking.cancelled'
  | 'step.booking.noshow'
  | 'condition.citizen'
  | 'condition.clinician'
  | 'period'
  | 'progress.label'
  | 'progress.text'
  | 'progress.none'
  | 'overdue.count'
  | 'next.citizen'
  | 'next.clinician'
  | 'next.none.citizen'
  | 'next.none.clinician'
  | 'therapies.citizen'
  | 'therapies.clinician'
  | 'notes.citizen'
  | 'notes.clinician'
  | 'team.citizen'
  | 'team.clinician'
  | 'manager'
  | 'team.members'
  | 'goals.citizen'
  | 'goals.clinician'
  | 'goal.target'
  | 'goal.due'
  | 'steps.citizen'
  | 'steps.clinician'
  | 'steps.none'
  | 'details'
  | 'select.hint'
  | 'selected'
  | 'every.D'
  | 'every.W'
  | 'every.M'
  | 'every.Y'
  | 'steps.done.toggle'
  | 'action.book'
  | 'action.prescription'
  | 'action.label'
  | 'action.pending'
  | 'action.done'
  | 'action.failed'
  | 'action.failed.declined'
  | 'action.failed.unhandled'
  | 'region.match';

type M = Record<Key, Message>;

// Italian is built in; English and German are exported for their locale modules (src/locales/),
// so a bundle that registers neither leaves them out.
export const it: M = {
    'list.label': 'Percorsi di cura',
    empty: 'Nessun percorso di cura attivo',
    'empty.hint.citizen': 'Quando il tuo medico ti inserisce in un percorso di cura, lo trovi qui.',
    'empty.hint.clinician': "Nel fascicolo non ci sono percorsi di cura visibili per l'assistito.",
    invalid: 'I percorsi di cura ricevuti non sono validi: {reason}',
    'kind.PDTA': 'Percorso diagnostico terapeutico (PDTA)',
    'kind.PAI': 'Piano assistenziale individuale (PAI)',
    'kind.THERAPEUTIC_PLAN': 'Piano terapeutico',
    'kind.SCREENING': 'Screening',
    'kind.OTHER': 'Percorso di cura',
    'status.draft': 'In preparazione',
    'status.active': 'Attivo',
    'status.on-hold': 'Sospeso',
    'status.completed': 'Concluso',
    'status.revoked': 'Interrotto',
    'status.unknown': 'Stato non indicato',
    'step.done': 'Fatta',
    'step.booked': 'Prenotata',
    'step.overdue': 'In ritardo',
    'step.planned.citizen': 'Da fare',
    'step.planned.clinician': 'Pianificata',
    'step.cancelled': 'Annullata',
    'step.when.done': 'fatta: {date}',
    'step.when.booked': 'appuntamento: {date}',
    'step.when.due': 'prevista: {date}',
    'step.booking.cancelled': 'prenotazione annullata',
    'step.booking.noshow': 'appuntamento mancato',
    'condition.citizen': 'Per',
    'condition.clinician': 'Diagnosi',
    period: 'Periodo',
    'progress.label': 'Avanzamento del percorso',
    'progress.text': (p, l) =>
      `${l.number(Number(p.done))} di ${l.plural(Number(p.total), { one: '# tappa completata', other: '# tappe completate' })}` +
      (Number(p.overdue) > 0 ? `, ${l.number(Number(p.overdue))} in ritardo` : ''),
    'progress.none': 'Nessuna tappa indicata',
    'overdue.count': (p, l) => l.plural(Number(p.count), { one: '# tappa in ritardo', other: '# tappe in ritardo' }),
    'next.citizen': 'Prossima visita',
    'next.clinician': 'Follow-up programmato',
    'next.none.citizen': 'Nessuna visita prenotata',
    'next.none.clinician': 'Nessun follow-up programmato',
    'therapies.citizen': 'Le tue terapie',
    'therapies.clinician': 'Terapia in corso',
    'notes.citizen': 'Note per te',
    'notes.clinician': "Note per l'assistito",
    'team.citizen': 'Chi ti segue',
    'team.clinician': 'Responsabile ed équipe',
    manager: 'Responsabile',
    'team.members': 'Équipe',
    'goals.citizen': 'I tuoi obiettivi',
    'goals.clinician': 'Obiettivi',
    'goal.target': 'valore atteso: {target}',
    'goal.due': 'entro: {date}',
    'steps.citizen': 'Le tappe del percorso',
    'steps.clinician': 'Attività del percorso',
    'steps.none': 'Nessuna tappa indicata',
    details: 'Dettagli',
    'select.hint': 'Seleziona per evidenziare gli eventi di questo percorso',
    selected: 'Selezionato',
    'every.D': (p, l) => l.plural(Number(p.n), { one: 'ogni giorno', other: 'ogni # giorni' }),
    'every.W': (p, l) => l.plural(Number(p.n), { one: 'ogni settimana', other: 'ogni # settimane' }),
    'every.M': (p, l) => l.plural(Number(p.n), { one: 'ogni mese', other: 'ogni # mesi' }),
    'every.Y': (p, l) => l.plural(Number(p.n), { one: 'ogni anno', other: 'ogni # anni' }),
    'steps.done.toggle': (p, l) => l.plural(Number(p.count), { one: '# tappa fatta', other: '# tappe fatte' }),
    'action.book': 'Prenota',
    'action.prescription': 'Chiedi la ricetta',
    'action.label': 'Cosa puoi fare per: {step}',
    'action.pending': '{action}: richiesta in corso per «{step}»…',
    'action.done': '{action}: richiesta inviata per «{step}».',
    'action.failed': '{action}: la richiesta per «{step}» non è riuscita. {message}',
    'action.failed.declined': 'Il portale non ha accettato la richiesta.',
    'action.failed.unhandled': 'Il portale non ha gestito la richiesta.',
    'region.match': 'Riguarda la parte del corpo scelta',
};

export const en: M = {
    'list.label': 'Care paths',
    empty: 'No active care paths',
    'empty.hint.citizen': 'When your doctor enrols you in a care path, you will find it here.',
    'empty.hint.clinician': "The record shows no care paths for this patient.",
    invalid: 'The care paths received are not valid: {reason}',
    'kind.PDTA': 'Diagnostic and treatment pathway (PDTA)',
    'kind.PAI': 'Individual care plan (PAI)',
    'kind.THERAPEUTIC_PLAN': 'Therapeutic plan',
    'kind.SCREENING': 'Screening',
    'kind.OTHER': 'Care path',
    'status.draft': 'Being prepared',
    'status.active': 'Active',
    'status.on-hold': 'On hold',
    'status.completed': 'Completed',
    'status.revoked': 'Stopped',
    'status.unknown': 'Status not given',
    'step.done': 'Done',
    'step.booked': 'Booked',
    'step.overdue': 'Overdue',
    'step.planned.citizen': 'To do',
    'step.planned.clinician': 'Planned',
    'step.cancelled': 'Cancelled',
    'step.when.done': 'done: {date}',
    'step.when.booked': 'appointment: {date}',
    'step.when.due': 'due: {date}',
    'step.booking.cancelled': 'booking cancelled',
    'step.booking.noshow': 'appointment missed',
    'condition.citizen': 'For',
    'condition.clinician': 'Diagnosis',
    period: 'Period',
    'progress.label': 'Progress of the care path',
    'progress.text': (p, l) =>
      `${l.number(Number(p.done))} of ${l.plural(Number(p.total), { one: '# step done', other: '# steps done' })}` +
      (Number(p.overdue) > 0 ? `, ${l.number(Number(p.overdue))} overdue` : ''),
    'progress.none': 'No steps given',
    'overdue.count': (p, l) => l.plural(Number(p.count), { one: '# step overdue', other: '# steps overdue' }),
    'next.citizen': 'Your next appointment',
    'next.clinician': 'Scheduled follow-up',
    'next.none.citizen': 'No appointment booked',
    'next.none.clinician': 'No follow-up scheduled',
    'therapies.citizen': 'Your medicines',
    'therapies.clinician': 'Current therapy',
    'notes.citizen': 'Notes for you',
    'notes.clinician': 'Notes for the patient',
    'team.citizen': 'Who looks after you',
    'team.clinician': 'Responsible clinician and team',
    manager: 'Responsible',
    'team.members': 'Team',
    'goals.citizen': 'Your goals',
    'goals.clinician': 'Goals',
    'goal.target': 'target: {target}',
    'goal.due': 'by: {date}',
    'steps.citizen': 'Steps of your path',
    'steps.clinician': 'Care plan activities',
    'steps.none': 'No steps given',
    details: 'Details',
    'select.hint': "Select to highlight this path's events",
    selected: 'Selected',
    'every.D': (p, l) => l.plural(Number(p.n), { one: 'every day', other: 'every # days' }),
    'every.W': (p, l) => l.plural(Number(p.n), { one: 'every week', other: 'every # weeks' }),
    'every.M': (p, l) => l.plural(Number(p.n), { one: 'every month', other: 'every # months' }),
    'every.Y': (p, l) => l.plural(Number(p.n), { one: 'every year', other: 'every # years' }),
    'steps.done.toggle': (p, l) => l.plural(Number(p.count), { one: '# step done', other: '# steps done' }),
    'action.book': 'Book',
    'action.prescription': 'Ask for the prescription',
    'action.label': 'What you can do for: {step}',
    'action.pending': '{action}: request in progress for “{step}”…',
    'action.done': '{action}: request sent for “{step}”.',
    'action.failed': '{action}: the request for “{step}” did not go through. {message}',
    'action.failed.declined': 'The portal did not accept the request.',
    'action.failed.unhandled': 'The portal did not handle the request.',
    'region.match': 'About the chosen part of the body',
};

export const de: M = {
    'list.label': 'Behandlungspfade',
    empty: 'Kein aktiver Behandlungspfad',
    'empty.hint.citizen': 'Wenn Ihre Ärztin oder Ihr Arzt Sie in einen Behandlungspfad aufnimmt, finden Sie ihn hier.',
    'empty.hint.clinician': 'Die Akte enthält keine sichtbaren Behandlungspfade für diese Person.',
    invalid: 'Die empfangenen Behandlungspfade sind ungültig: {reason}',
    'kind.PDTA': 'Diagnose- und Behandlungspfad (PDTA)',
    'kind.PAI': 'Individueller Betreuungsplan (PAI)',
    'kind.THERAPEUTIC_PLAN': 'Therapieplan',
    'kind.SCREENING': 'Früherkennung',
    'kind.OTHER': 'Behandlungspfad',
    'status.draft': 'In Vorbereitung',
    'status.active': 'Aktiv',
    'status.on-hold': 'Ausgesetzt',
    'status.completed': 'Abgeschlossen',
    'status.revoked': 'Abgebrochen',
    'status.unknown': 'Status unbekannt',
    'step.done': 'Erledigt',
    'step.booked': 'Gebucht',
    'step.overdue': 'Überfällig',
    'step.planned.citizen': 'Steht an',
    'step.planned.clinician': 'Geplant',
    'step.cancelled': 'Abgesagt',
    'step.when.done': 'erledigt: {date}',
    'step.when.booked': 'Termin: {date}',
    'step.when.due': 'fällig: {date}',
    'step.booking.cancelled': 'Termin abgesagt',
    'step.booking.noshow': 'Termin versäumt',
    'condition.citizen': 'Bei',
    'condition.clinician': 'Diagnose',
    period: 'Zeitraum',
    'progress.label': 'Fortschritt des Behandlungspfads',
    'progress.text': (p, l) =>
      `${l.number(Number(p.done))} von ${l.plural(Number(p.total), { one: '# Schritt erledigt', other: '# Schritten erledigt' })}` +
      (Number(p.overdue) > 0 ? `, ${l.number(Number(p.overdue))} überfällig` : ''),
    'progress.none': 'Keine Schritte angegeben',
    'overdue.count': (p, l) => l.plural(Number(p.count), { one: '# Schritt überfällig', other: '# Schritte überfällig' }),
    'next.citizen': 'Ihr nächster Termin',
    'next.clinician': 'Geplante Nachsorge',
    'next.none.citizen': 'Kein Termin gebucht',
    'next.none.clinician': 'Keine Nachsorge geplant',
    'therapies.citizen': 'Ihre Therapien',
    'therapies.clinician': 'Laufende Therapie',
    'notes.citizen': 'Hinweise für Sie',
    'notes.clinician': 'Hinweise für die Patientin / den Patienten',
    'team.citizen': 'Wer Sie betreut',
    'team.clinician': 'Verantwortlich und Team',
    manager: 'Verantwortlich',
    'team.members': 'Team',
    'goals.citizen': 'Ihre Ziele',
    'goals.clinician': 'Ziele',
    'goal.target': 'Zielwert: {target}',
    'goal.due': 'bis: {date}',
    'steps.citizen': 'Schritte Ihres Pfads',
    'steps.clinician': 'Maßnahmen des Pfads',
    'steps.none': 'Keine Schritte angegeben',
    details: 'Details',
    'select.hint': 'Auswählen, um die Ereignisse dieses Pfads hervorzuheben',
    selected: 'Ausgewählt',
    'every.D': (p, l) => l.plural(Number(p.n), { one: 'täglich', other: 'alle # Tage' }),
    'every.W': (p, l) => l.plural(Number(p.n), { one: 'wöchentlich', other: 'alle # Wochen' }),
    'every.M': (p, l) => l.plural(Number(p.n), { one: 'monatlich', other: 'alle # Monate' }),
    'every.Y': (p, l) => l.plural(Number(p.n), { one: 'jährlich', other: 'alle # Jahre' }),
    'steps.done.toggle': (p, l) => l.plural(Number(p.count), { one: '# Schritt erledigt', other: '# Schritte erledigt' }),
    'action.book': 'Termin buchen',
    'action.prescription': 'Verordnung anfragen',
    'action.label': 'Was Sie tun können für: {step}',
    'action.pending': '{action}: Anfrage für „{step}“ läuft…',
    'action.done': '{action}: Anfrage für „{step}“ gesendet.',
    'action.failed': '{action}: Die Anfrage für „{step}“ ist nicht gelungen. {message}',
    'action.failed.declined': 'Das Portal hat die Anfrage nicht angenommen.',
    'action.failed.unhandled': 'Das Portal hat die Anfrage nicht bearbeitet.',
    'region.match': 'Betrifft den gewählten Körperteil',
};

export const messages: Catalog<Key> = { it };
