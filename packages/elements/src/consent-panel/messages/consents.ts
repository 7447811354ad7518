/**
 * Messages of `<fse-consent-panel>`: consultation consent per purpose, the re-confirmation at 18,
 * revoking, and the historical choices (feeding consent, "pregresso" opposition). Italian is the
 * reference; English and German say the same; the panel merges every section's messages
 * (`../messages.ts`).
 */
import type { Catalog, Messages } from '../../internal/localize.js';

export const it: Messages = {
  'reconfirm.title': 'Sei diventato maggiorenne: conferma le tue scelte',
  'reconfirm.text':
    'Quando eri minorenne i tuoi genitori hanno espresso per te il consenso alla consultazione ({purposes}). La legge ti chiede di confermarlo o revocarlo ora che hai 18 anni.',
  'reconfirm.purpose': 'Espresso dai tuoi genitori quando eri minorenne: confermalo o revocalo.',
  'reconfirm.later': 'Espresso da un genitore: a 18 anni ti sarà chiesto di confermarlo.',
  'reconfirm.later.parent': 'Espresso da un genitore: a 18 anni il ragazzo o la ragazza dovrà confermarlo.',

  'consent.title': 'Chi può consultare il tuo fascicolo',
  'consent.intro':
    'Il fascicolo viene sempre alimentato con i tuoi documenti, ma i medici e gli operatori possono consultarlo solo se dai il consenso. Lo dai separatamente per ogni finalità e puoi cambiarlo quando vuoi. Se non lo dai, solo tu vedi il fascicolo: le tue cure non cambiano.',
  'purpose.care': 'Diagnosi, cura e riabilitazione',
  'purpose.prevention': 'Prevenzione',
  'purpose.prophylaxis': 'Profilassi internazionale',
  'purpose.care.desc':
    'I medici e gli operatori sanitari che ti curano (il tuo medico di famiglia, gli specialisti, il pronto soccorso, l’ospedale) possono consultare i tuoi documenti.',
  'purpose.prevention.desc':
    'I servizi di prevenzione della tua ASL (ad esempio screening e vaccinazioni) possono consultare i tuoi documenti.',
  'purpose.prophylaxis.desc':
    'Gli uffici di sanità per la profilassi internazionale (ad esempio vaccinazioni e controlli per i viaggi all’estero) possono consultare i tuoi documenti.',
  'decision.permit': 'Consenso dato',
  'decision.deny': 'Consenso non dato',
  'decision.not-expressed': 'Non hai ancora scelto',
  'consent.last': 'Ultima scelta: {date}, {channel}',
  'consent.last.noChannel': 'Ultima scelta: {date}',
  'consent.last.never': 'Non hai ancora espresso una scelta: finché non la esprimi, solo tu vedi il fascicolo.',
  'consent.last.pending': 'Stiamo registrando la tua scelta…',
  'consent.last.now': 'Scelta registrata ora',
  'consent.by': 'Espresso da {name}',
  'consent.reconfirm': 'Conferma il consenso',
  'consent.revoke': 'Revoca il consenso',
  'consent.give': 'Dai il consenso',
  'consent.giveAgain': 'Dai di nuovo il consenso',
  'consent.deny': 'Non dare il consenso',
  'revoke.title': 'Revocare il consenso per «{purpose}»?',
  'revoke.confirm': 'Sì, revoca il consenso',
  'revoke.care.effect':
    'Da quel momento i medici e gli operatori che ti curano, compresi il tuo medico di famiglia e gli specialisti che ti hanno già visitato, non potranno più consultare i documenti del tuo fascicolo.',
  'revoke.prevention.effect':
    'Da quel momento i servizi di prevenzione della tua ASL non potranno più consultare i documenti del tuo fascicolo.',
  'revoke.prophylaxis.effect':
    'Da quel momento gli uffici per la profilassi internazionale non potranno più consultare i documenti del tuo fascicolo.',
  'revoke.you':
    'Tu continuerai a vedere tutti i tuoi documenti e il fascicolo continuerà a ricevere i nuovi. Le tue cure non cambiano: potrai sempre mostrare i documenti ai medici tu stesso.',
  'revoke.emergency':
    'In un’emergenza l’accesso resta possibile anche senza consenso: se non puoi esprimerti e la tua salute è in pericolo grave e imminente, un medico può consultare il fascicolo, prima il Profilo Sanitario Sintetico, mai i documenti che hai oscurato, e solo per il tempo necessario (DM 7 settembre 2023, art. 20).',
  'revoke.again': 'Puoi dare di nuovo il consenso in qualsiasi momento.',

  'history.title': 'Scelte precedenti (solo consultazione)',
  'history.undated': 'data non indicata',
  'history.feeding': 'Consenso all’alimentazione del fascicolo',
  'history.feeding.permit': 'Dato ({date})',
  'history.feeding.deny': 'Non dato ({date})',
  'history.feeding.not-expressed': 'Non espresso',
  'history.feeding.desc':
    'Fino al 2020 serviva un consenso per inserire i documenti nel fascicolo. Dal 19 maggio 2020 (decreto legge 34/2020) il fascicolo è alimentato per legge senza bisogno di consenso: questa scelta resta solo come storico.',
  'history.pregresso': 'Opposizione ai dati precedenti al 19 maggio 2020',
  'history.pregresso.deny': 'Ti sei opposto: i documenti precedenti al 19 maggio 2020 non sono nel fascicolo ({date})',
  'history.pregresso.permit': 'Non ti sei opposto: i documenti precedenti al 19 maggio 2020 sono nel fascicolo ({date})',
  'history.pregresso.not-expressed': 'Nessuna opposizione registrata',
  'history.pregresso.desc':
    'I documenti prodotti prima del 19 maggio 2020 sono inseriti nel fascicolo a meno che tu non ti sia opposto entro 30 giorni dalla campagna informativa nazionale, o dai 18 anni (DM 7 settembre 2023, art. 27).',
  'history.readonly': 'Queste scelte non si possono modificare da qui: per informazioni rivolgiti alla tua ASL.',
};

export const en: Messages = {
  'reconfirm.title': 'You have come of age: confirm your choices',
  'reconfirm.text':
    'When you were a minor your parents gave consultation consent for you ({purposes}). The law asks you to confirm or revoke it now that you are 18.',
  'reconfirm.purpose': 'Given by your parents when you were a minor: confirm or revoke it.',
  'reconfirm.later': 'Given by a parent: you will be asked to confirm it at 18.',
  'reconfirm.later.parent': 'Given by a parent: your child will have to confirm it at 18.',

  'consent.title': 'Who can consult your record',
  'consent.intro':
    'Your documents are always added to the record, but doctors and health workers can consult it only if you consent. You consent separately for each purpose and can change your mind at any time. If you do not, only you see the record: your care does not change.',
  'purpose.care': 'Diagnosis, care and rehabilitation',
  'purpose.prevention': 'Prevention',
  'purpose.prophylaxis': 'International prophylaxis',
  'purpose.care.desc':
    'The doctors and health workers who treat you (your family doctor, specialists, the emergency department, the hospital) can consult your documents.',
  'purpose.prevention.desc': 'Your health authority’s prevention services (such as screening and vaccinations) can consult your documents.',
  'purpose.prophylaxis.desc':
    'International prophylaxis offices (such as vaccinations and checks for travel abroad) can consult your documents.',
  'decision.permit': 'Consent given',
  'decision.deny': 'Consent not given',
  'decision.not-expressed': 'You have not chosen yet',
  'consent.last': 'Last choice: {date}, {channel}',
  'consent.last.noChannel': 'Last choice: {date}',
  'consent.last.never': 'You have not made a choice yet: until you do, only you see the record.',
  'consent.last.pending': 'Recording your choice…',
  'consent.last.now': 'Choice recorded just now',
  'consent.by': 'Given by {name}',
  'consent.reconfirm': 'Confirm consent',
  'consent.revoke': 'Revoke consent',
  'consent.give': 'Give consent',
  'consent.giveAgain': 'Give consent again',
  'consent.deny': 'Do not give consent',
  'revoke.title': 'Revoke consent for “{purpose}”?',
  'revoke.confirm': 'Yes, revoke consent',
  'revoke.care.effect':
    'From then on the doctors and health workers who treat you, including your family doctor and the specialists who have already seen you, will no longer be able to consult the documents in your record.',
  'revoke.prevention.effect': 'From then on your health authority’s prevention services will no longer be able to consult your record.',
  'revoke.prophylaxis.effect': 'From then on the international prophylaxis offices will no longer be able to consult your record.',
  'revoke.you':
    'You will still see all your documents and new ones will keep arriving. Your care does not change: you can always show your documents to your doctors yourself.',
  'revoke.emergency':
    'In an emergency access remains possible even without consent: if you cannot express yourself and your health is in grave and imminent danger, a doctor may consult your record, the Patient Summary first, never the documents you obscured, and only for as long as necessary (DM 7 September 2023, art. 20).',
  'revoke.again': 'You can give consent again at any time.',

  'history.title': 'Earlier choices (read only)',
  'history.undated': 'date not given',
  'history.feeding': 'Consent to feed the record',
  'history.feeding.permit': 'Given ({date})',
  'history.feeding.deny': 'Not given ({date})',
  'history.feeding.not-expressed': 'Not expressed',
  'history.feeding.desc':
    'Until 2020 consent was needed to add documents to the record. Since 19 May 2020 (decree-law 34/2020) the record is fed by law without consent: this choice is kept only as history.',
  'history.pregresso': 'Opposition to data from before 19 May 2020',
  'history.pregresso.deny': 'You objected: documents from before 19 May 2020 are not in the record ({date})',
  'history.pregresso.permit': 'You did not object: documents from before 19 May 2020 are in the record ({date})',
  'history.pregresso.not-expressed': 'No objection recorded',
  'history.pregresso.desc':
    'Documents produced before 19 May 2020 are added to the record unless you objected within 30 days of the national information campaign, or of turning 18 (DM 7 September 2023, art. 27).',
  'history.readonly': 'These choices cannot be changed here: ask your health authority for information.',
};

export const de: Messages = {
  'reconfirm.title': 'Sie sind volljährig geworden: Bestätigen Sie Ihre Entscheidungen',
  'reconfirm.text':
    'Als Sie minderjährig waren, haben Ihre Eltern für Sie in die Einsicht eingewilligt ({purposes}). Das Gesetz verlangt, dass Sie diese Einwilligung jetzt mit 18 bestätigen oder widerrufen.',
  'reconfirm.purpose': 'Von Ihren Eltern erteilt, als Sie minderjährig waren: Bestätigen oder widerrufen Sie sie.',
  'reconfirm.later': 'Von einem Elternteil erteilt: Mit 18 werden Sie gebeten, sie zu bestätigen.',
  'reconfirm.later.parent': 'Von einem Elternteil erteilt: Ihr Kind muss sie mit 18 bestätigen.',

  'consent.title': 'Wer Ihre Akte einsehen darf',
  'consent.intro':
    'Ihre Dokumente werden immer in die Akte aufgenommen, aber Ärztinnen, Ärzte und Fachkräfte dürfen sie nur mit Ihrer Einwilligung einsehen. Sie willigen für jeden Zweck einzeln ein und können Ihre Entscheidung jederzeit ändern. Ohne Einwilligung sehen nur Sie die Akte: Ihre Behandlung ändert sich nicht.',
  'purpose.care': 'Diagnose, Behandlung und Rehabilitation',
  'purpose.prevention': 'Vorsorge',
  'purpose.prophylaxis': 'Internationale Prophylaxe',
  'purpose.care.desc':
    'Die Ärztinnen, Ärzte und Fachkräfte, die Sie behandeln (Hausarzt, Fachärzte, Notaufnahme, Krankenhaus), dürfen Ihre Dokumente einsehen.',
  'purpose.prevention.desc': 'Die Vorsorgedienste Ihres Gesundheitsbetriebs (etwa Screenings und Impfungen) dürfen Ihre Dokumente einsehen.',
  'purpose.prophylaxis.desc':
    'Die Stellen für internationale Prophylaxe (etwa Impfungen und Kontrollen für Auslandsreisen) dürfen Ihre Dokumente einsehen.',
  'decision.permit': 'Einwilligung erteilt',
  'decision.deny': 'Einwilligung nicht erteilt',
  'decision.not-expressed': 'Noch keine Entscheidung',
  'consent.last': 'Letzte Entscheidung: {date}, {channel}',
  'consent.last.noChannel': 'Letzte Entscheidung: {date}',
  'consent.last.never': 'Sie haben noch nicht entschieden: Bis dahin sehen nur Sie die Akte.',
  'consent.last.pending': 'Ihre Entscheidung wird gespeichert…',
  'consent.last.now': 'Entscheidung soeben gespeichert',
  'consent.by': 'Erteilt von {name}',
  'consent.reconfirm': 'Einwilligung bestätigen',
  'consent.revoke': 'Einwilligung widerrufen',
  'consent.give': 'Einwilligung erteilen',
  'consent.giveAgain': 'Einwilligung erneut erteilen',
  'consent.deny': 'Einwilligung nicht erteilen',
  'revoke.title': 'Einwilligung für „{purpose}“ widerrufen?',
  'revoke.confirm': 'Ja, Einwilligung widerrufen',
  'revoke.care.effect':
    'Danach können die Ärztinnen, Ärzte und Fachkräfte, die Sie behandeln, auch Ihr Hausarzt und Fachärzte, die Sie schon untersucht haben, die Dokumente Ihrer Akte nicht mehr einsehen.',
  'revoke.prevention.effect': 'Danach können die Vorsorgedienste Ihres Gesundheitsbetriebs Ihre Akte nicht mehr einsehen.',
  'revoke.prophylaxis.effect': 'Danach können die Stellen für internationale Prophylaxe Ihre Akte nicht mehr einsehen.',
  'revoke.you':
    'Sie sehen weiterhin alle Ihre Dokumente, und neue kommen weiter hinzu. Ihre Behandlung ändert sich nicht: Sie können Ihre Dokumente jederzeit selbst vorzeigen.',
  'revoke.emergency':
    'In einem Notfall bleibt der Zugriff auch ohne Einwilligung möglich: Wenn Sie sich nicht äußern können und Ihre Gesundheit ernsthaft und unmittelbar gefährdet ist, darf ein Arzt Ihre Akte einsehen – zuerst die Patientenkurzakte, nie die von Ihnen verborgenen Dokumente und nur so lange wie nötig (DM vom 7. September 2023, Art. 20).',
  'revoke.again': 'Sie können jederzeit wieder einwilligen.',

  'history.title': 'Frühere Entscheidungen (nur lesen)',
  'history.undated': 'ohne Datum',
  'history.feeding': 'Einwilligung in die Befüllung der Akte',
  'history.feeding.permit': 'Erteilt ({date})',
  'history.feeding.deny': 'Nicht erteilt ({date})',
  'history.feeding.not-expressed': 'Nicht geäußert',
  'history.feeding.desc':
    'Bis 2020 war eine Einwilligung nötig, um Dokumente in die Akte aufzunehmen. Seit dem 19. Mai 2020 (Gesetzesdekret 34/2020) wird die Akte von Gesetzes wegen ohne Einwilligung befüllt: Diese Entscheidung bleibt nur als Verlauf erhalten.',
  'history.pregresso': 'Widerspruch gegen Daten vor dem 19. Mai 2020',
  'history.pregresso.deny': 'Sie haben widersprochen: Dokumente vor dem 19. Mai 2020 sind nicht in der Akte ({date})',
  'history.pregresso.permit': 'Sie haben nicht widersprochen: Dokumente vor dem 19. Mai 2020 sind in der Akte ({date})',
  'history.pregresso.not-expressed': 'Kein Widerspruch gespeichert',
  'history.pregresso.desc':
    'Vor dem 19. Mai 2020 erstellte Dokumente werden aufgenommen, sofern Sie nicht innerhalb von 30 Tagen nach der nationalen Informationskampagne oder nach Ihrem 18. Geburtstag widersprochen haben (DM vom 7. September 2023, Art. 27).',
  'history.readonly': 'Diese Entscheidungen können hier nicht geändert werden: Wenden Sie sich an Ihren Gesundheitsbetrieb.',
};

export const consentsMessages: Catalog = { it };
