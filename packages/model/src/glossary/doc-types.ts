/**
 * The national document types of FSE 2.0 in plain words (it / en / de): what the document is, who
 * writes it, what to look at first. Written here from the public descriptions cited in
 * `source` (the Ministry of Health's FSE portal and DM 7 settembre 2023, annex on the FSE
 * contents); `reviewed` stays false until a clinician has read the entry.
 */
import type { NationalDocType } from '../types.js';
import type { GlossaryEntry, GlossarySource } from './types.js';

const FSE_PORTAL: GlossarySource = {
  name: 'Ministero della Salute — Fascicolo Sanitario Elettronico, i documenti del fascicolo',
  url: 'https://www.fascicolosanitario.gov.it/',
};
const DM_2023: GlossarySource = {
  name: 'DM 7 settembre 2023, Fascicolo sanitario elettronico 2.0 (G.U. n. 249 del 24 ottobre 2023)',
  url: 'https://www.gazzettaufficiale.it/eli/id/2023/10/24/23A05829/sg',
};
const HL7_IT: GlossarySource = { name: 'HL7 Italia — guide di implementazione dei documenti del FSE', url: 'https://www.hl7italia.it/' };

type Text = { name: string; text: string };
const e = (it: Text, en: Text, de: Text, sources: GlossarySource[] = [FSE_PORTAL, DM_2023]): GlossaryEntry => ({
  name: { it: it.name, en: en.name, de: de.name },
  text: { it: it.text, en: en.text, de: de.text },
  sources,
  reviewed: false,
});

/** Every national document type, in plain words. */
export const DOCUMENT_TYPE_GLOSSARY: Readonly<Record<NationalDocType, GlossaryEntry>> = {
  LAB: e(
    { name: 'Referto di laboratorio', text: 'I risultati degli esami del sangue, delle urine o di altri campioni, firmati dal laboratorio che li ha eseguiti. Per ogni esame trovi il valore, l’unità di misura e l’intervallo di riferimento; i valori fuori intervallo sono segnalati.' },
    { name: 'Laboratory report', text: 'The results of blood, urine or other sample tests, signed by the laboratory that ran them. Each test shows its value, unit and reference range; values outside the range are flagged.' },
    { name: 'Laborbefund', text: 'Die Ergebnisse von Blut-, Urin- oder anderen Probenuntersuchungen, unterschrieben vom Labor, das sie durchgeführt hat. Zu jedem Test stehen Wert, Einheit und Referenzbereich; Werte außerhalb des Bereichs sind markiert.' },
    [FSE_PORTAL, DM_2023, HL7_IT],
  ),
  RAD: e(
    { name: 'Referto di radiologia', text: 'La descrizione scritta dal medico radiologo di un esame per immagini (radiografia, ecografia, TAC, risonanza). Guarda prima le conclusioni.' },
    { name: 'Radiology report', text: 'The radiologist’s written account of an imaging test (X-ray, ultrasound, CT, MRI). Look at the conclusions first.' },
    { name: 'Radiologiebefund', text: 'Die schriftliche Beurteilung einer Bildgebung (Röntgen, Ultraschall, CT, MRT) durch den Radiologen. Lesen Sie zuerst die Schlussfolgerungen.' },
  ),
  RSA: e(
    { name: 'Referto di visita specialistica', text: 'Il resoconto di una visita o di un esame fatto da uno specialista in ambulatorio (per esempio cardiologo o dermatologo). Guarda le conclusioni e le indicazioni per i controlli successivi.' },
    { name: 'Specialist outpatient report', text: 'The account of a visit or test by a specialist in an outpatient clinic (a cardiologist or dermatologist, for example). Look at the conclusions and the advice for follow-up.' },
    { name: 'Facharztbefund (ambulant)', text: 'Der Bericht über einen ambulanten Besuch oder eine Untersuchung bei einem Facharzt (zum Beispiel Kardiologie oder Dermatologie). Lesen Sie die Schlussfolgerungen und die Hinweise zu Kontrollen.' },
  ),
  RAP: e(
    { name: 'Referto di anatomia patologica', text: 'L’esito dell’esame al microscopio di un tessuto o di cellule prelevati (biopsia, intervento), scritto dal medico anatomo-patologo. Guarda la diagnosi finale e parlane con il medico che ha chiesto l’esame.' },
    { name: 'Pathology report', text: 'The result of examining tissue or cells (a biopsy, a surgical sample) under the microscope, written by the pathologist. Look at the final diagnosis and discuss it with the doctor who asked for the test.' },
    { name: 'Pathologiebefund', text: 'Das Ergebnis der mikroskopischen Untersuchung von Gewebe oder Zellen (Biopsie, Operation), verfasst vom Pathologen. Lesen Sie die Enddiagnose und besprechen Sie sie mit dem Arzt, der die Untersuchung veranlasst hat.' },
  ),
  LDO: e(
    { name: 'Lettera di dimissione', text: 'Il riassunto di un ricovero in ospedale scritto dal reparto quando si torna a casa: perché si è stati ricoverati, cosa è stato fatto, le diagnosi, la terapia da seguire e i controlli da prenotare.' },
    { name: 'Hospital discharge letter', text: 'The ward’s summary of a hospital stay, written when you go home: why you were admitted, what was done, the diagnoses, the therapy to follow and the check-ups to book.' },
    { name: 'Entlassungsbrief', text: 'Die Zusammenfassung eines Krankenhausaufenthalts durch die Station bei der Entlassung: Aufnahmegrund, Behandlung, Diagnosen, weitere Therapie und zu vereinbarende Kontrollen.' },
  ),
  VPS: e(
    { name: 'Verbale di pronto soccorso', text: 'Il resoconto di un accesso al pronto soccorso: il codice di priorità dato al triage, cosa è stato fatto, la diagnosi e come si è concluso (a casa, ricovero). Guarda la diagnosi e le indicazioni alla dimissione.' },
    { name: 'Emergency department report', text: 'The record of a visit to the emergency department: the triage priority, what was done, the diagnosis and how it ended (home, admission). Look at the diagnosis and the discharge advice.' },
    { name: 'Notaufnahmebericht', text: 'Der Bericht über einen Besuch in der Notaufnahme: die Triage-Dringlichkeit, die Behandlung, die Diagnose und wie er endete (nach Hause, Aufnahme). Lesen Sie die Diagnose und die Hinweise bei Entlassung.' },
  ),
  PSS: e(
    { name: 'Profilo sanitario sintetico', text: 'Il riassunto della salute scritto e aggiornato dal medico di famiglia o dal pediatra: allergie, malattie, terapie in corso, vaccinazioni. È il primo documento che un medico legge in emergenza.' },
    { name: 'Patient summary', text: 'The health summary written and kept up to date by the family doctor or paediatrician: allergies, illnesses, current therapy, vaccinations. It is the first document a doctor reads in an emergency.' },
    { name: 'Patientenkurzakte', text: 'Die vom Hausarzt oder Kinderarzt geführte Zusammenfassung der Gesundheit: Allergien, Erkrankungen, laufende Therapie, Impfungen. Im Notfall liest ein Arzt sie zuerst.' },
  ),
  PRESC_FARM: e(
    { name: 'Ricetta di farmaci', text: 'La prescrizione elettronica di un farmaco, con il suo numero di ricetta (NRE). In farmacia basta il numero di ricetta e la tessera sanitaria.' },
    { name: 'Medicine prescription', text: 'The electronic prescription of a medicine, with its prescription number (NRE). At the pharmacy the number and the health card are enough.' },
    { name: 'Arzneimittelrezept', text: 'Das elektronische Rezept für ein Arzneimittel mit seiner Rezeptnummer (NRE). In der Apotheke genügen die Nummer und die Gesundheitskarte.' },
  ),
  PRESC_SPEC: e(
    { name: 'Ricetta di visite ed esami', text: 'La prescrizione elettronica di una visita specialistica o di un esame, con il numero di ricetta (NRE) e la priorità (U urgente, B breve, D differibile, P programmata). Serve per prenotare.' },
    { name: 'Prescription for visits and tests', text: 'The electronic prescription of a specialist visit or a test, with its number (NRE) and priority (U urgent, B short, D deferrable, P planned). You need it to book.' },
    { name: 'Überweisung für Besuche und Untersuchungen', text: 'Die elektronische Verordnung eines Facharztbesuchs oder einer Untersuchung mit Nummer (NRE) und Dringlichkeit (U dringend, B kurzfristig, D aufschiebbar, P geplant). Sie wird zur Terminbuchung gebraucht.' },
  ),
  EROG_FARM: e(
    { name: 'Farmaci ritirati', text: 'La registrazione dei farmaci consegnati dalla farmacia per una ricetta: quale farmaco, quante confezioni, quando.' },
    { name: 'Medicines dispensed', text: 'The record of the medicines a pharmacy handed over for a prescription: which medicine, how many packs, when.' },
    { name: 'Abgegebene Arzneimittel', text: 'Der Nachweis der von der Apotheke auf ein Rezept abgegebenen Arzneimittel: welches Mittel, wie viele Packungen, wann.' },
  ),
  EROG_SPEC: e(
    { name: 'Prestazione eseguita', text: 'La registrazione di una visita o di un esame effettuato per una ricetta. Il risultato, quando c’è, è in un referto a parte.' },
    { name: 'Service provided', text: 'The record of a visit or test carried out for a prescription. The result, when there is one, is in a separate report.' },
    { name: 'Erbrachte Leistung', text: 'Der Nachweis eines auf Überweisung durchgeführten Besuchs oder einer Untersuchung. Das Ergebnis steht, falls vorhanden, in einem eigenen Befund.' },
  ),
  VACC_SINGOLA: e(
    { name: 'Vaccinazione', text: 'La registrazione di una dose di vaccino: quale vaccino, quale dose del ciclo, il lotto, dove e quando è stata fatta.' },
    { name: 'Vaccination', text: 'The record of one vaccine dose: which vaccine, which dose of the series, the batch, where and when it was given.' },
    { name: 'Impfung', text: 'Der Nachweis einer Impfdosis: welcher Impfstoff, welche Dosis der Serie, die Charge, wo und wann sie verabreicht wurde.' },
  ),
  VACC_CERT: e(
    { name: 'Certificato vaccinale', text: 'L’elenco ufficiale delle vaccinazioni ricevute, rilasciato dal servizio vaccinale. Vale come certificato, per esempio per la scuola.' },
    { name: 'Vaccination certificate', text: 'The official list of the vaccinations received, issued by the vaccination service. It counts as a certificate, for school for example.' },
    { name: 'Impfbescheinigung', text: 'Die amtliche Liste der erhaltenen Impfungen, ausgestellt vom Impfdienst. Sie gilt als Bescheinigung, etwa für die Schule.' },
  ),
  CARTELLA: e(
    { name: 'Cartella clinica', text: 'La documentazione completa di un ricovero tenuta dall’ospedale: visite, esami, terapie giorno per giorno.' },
    { name: 'Hospital record', text: 'The hospital’s full documentation of a stay: visits, tests and therapy day by day.' },
    { name: 'Krankenakte', text: 'Die vollständige Dokumentation eines Krankenhausaufenthalts: Visiten, Untersuchungen und Therapie Tag für Tag.' },
  ),
  TPI: e(
    { name: 'Tessera di portatore di impianto', text: 'Il documento che descrive un dispositivo impiantato (per esempio una protesi o un pacemaker): cosa è, chi lo produce, quando è stato impiantato. Utile da mostrare prima di esami come la risonanza.' },
    { name: 'Implant card', text: 'The document describing an implanted device (a prosthesis or a pacemaker, for example): what it is, who makes it, when it was implanted. Useful to show before tests such as MRI.' },
    { name: 'Implantatausweis', text: 'Das Dokument zu einem implantierten Gerät (zum Beispiel Prothese oder Herzschrittmacher): was es ist, wer es herstellt, wann es eingesetzt wurde. Vor Untersuchungen wie MRT vorzeigen.' },
  ),
  INVITO_SCREENING: e(
    { name: 'Invito allo screening', text: 'La lettera con cui la ASL invita a un controllo di prevenzione gratuito (per esempio mammografia, pap test, ricerca del sangue occulto). Dice dove e quando presentarsi.' },
    { name: 'Screening invitation', text: 'The letter by which the local health authority invites you to a free preventive check (mammography, Pap test, faecal occult blood, for example). It says where and when to go.' },
    { name: 'Einladung zur Vorsorge', text: 'Der Brief, mit dem die Gesundheitsbehörde zu einer kostenlosen Vorsorgeuntersuchung einlädt (zum Beispiel Mammografie, Pap-Test, Stuhltest). Er nennt Ort und Zeit.' },
  ),
  INVITO_VACC: e(
    { name: 'Invito alla vaccinazione', text: 'La lettera con cui il servizio vaccinale invita a fare un vaccino, con luogo e data proposti.' },
    { name: 'Vaccination invitation', text: 'The letter by which the vaccination service invites you to a vaccine, with a proposed place and date.' },
    { name: 'Impfeinladung', text: 'Der Brief, mit dem der Impfdienst zu einer Impfung einlädt, mit vorgeschlagenem Ort und Termin.' },
  ),
  TELEVISITA: e(
    { name: 'Referto di televisita', text: 'Il resoconto di una visita fatta a distanza, in video, con il medico. Si legge come il referto di una visita in ambulatorio.' },
    { name: 'Video visit report', text: 'The account of a visit held remotely, by video, with the doctor. Read it like the report of a clinic visit.' },
    { name: 'Bericht über eine Videosprechstunde', text: 'Der Bericht über einen Arztbesuch per Video. Er wird wie ein ambulanter Befund gelesen.' },
  ),
  TELECONSULTO: e(
    { name: 'Relazione di teleconsulto', text: 'Il parere che due o più medici si sono scambiati a distanza sul tuo caso.' },
    { name: 'Teleconsultation report', text: 'The opinion two or more doctors exchanged remotely about your case.' },
    { name: 'Telekonsilbericht', text: 'Die Stellungnahme, die zwei oder mehr Ärzte aus der Ferne zu Ihrem Fall ausgetauscht haben.' },
  ),
  TELEASSISTENZA: e(
    { name: 'Relazione di teleassistenza', text: 'Il resoconto dell’assistenza a distanza da parte di infermieri o altri professionisti, per esempio per controllare a casa pressione o glicemia.' },
    { name: 'Remote care report', text: 'The account of care given remotely by nurses or other professionals, for example to check blood pressure or glucose at home.' },
    { name: 'Bericht über Fernbetreuung', text: 'Der Bericht über die Betreuung aus der Ferne durch Pflegekräfte oder andere Fachleute, etwa zur Kontrolle von Blutdruck oder Blutzucker zu Hause.' },
  ),
  TACCUINO: e(
    { name: 'Taccuino personale', text: 'Le note e le misure che hai scritto tu nel fascicolo (per esempio pressione, peso, glicemia). Le vedono i medici a cui dai il consenso; non sono documenti clinici firmati.' },
    { name: 'Personal notebook', text: 'Notes and measurements you wrote in the record yourself (blood pressure, weight, glucose, for example). Doctors you consent to can see them; they are not signed clinical documents.' },
    { name: 'Persönliches Notizbuch', text: 'Notizen und Messwerte, die Sie selbst in die Akte eingetragen haben (zum Beispiel Blutdruck, Gewicht, Blutzucker). Ärzte mit Ihrer Einwilligung sehen sie; es sind keine unterschriebenen klinischen Dokumente.' },
  ),
  CONSENSO: e(
    { name: 'Consensi', text: 'Il documento che registra i consensi che hai dato o negato sulla consultazione del fascicolo.' },
    { name: 'Consents', text: 'The document recording the consents you gave or refused about consulting the record.' },
    { name: 'Einwilligungen', text: 'Das Dokument mit den Einwilligungen, die Sie zur Einsicht in die Akte gegeben oder verweigert haben.' },
  ),
  ESENZIONE: e(
    { name: 'Esenzione', text: 'Il documento che attesta un’esenzione dal pagamento del ticket, per reddito o per una malattia.' },
    { name: 'Exemption', text: 'The document certifying an exemption from prescription charges, for income or for an illness.' },
    { name: 'Befreiung', text: 'Das Dokument über eine Befreiung von Zuzahlungen, wegen des Einkommens oder einer Erkrankung.' },
  ),
  PROMEMORIA: e(
    { name: 'Promemoria di prenotazione', text: 'Il promemoria di una visita o di un esame prenotato: data, luogo e come prepararsi.' },
    { name: 'Booking reminder', text: 'The reminder of a booked visit or test: date, place and how to prepare.' },
    { name: 'Terminerinnerung', text: 'Die Erinnerung an einen gebuchten Besuch oder eine Untersuchung: Datum, Ort und Vorbereitung.' },
  ),
  PIANO_TERAPEUTICO: e(
    { name: 'Piano terapeutico', text: 'Il documento con cui uno specialista autorizza un farmaco per un periodo, con la dose. Serve perché il medico di famiglia possa prescriverlo.' },
    { name: 'Therapeutic plan', text: 'The document by which a specialist authorises a medicine for a period, with its dose. The family doctor needs it to prescribe the medicine.' },
    { name: 'Therapieplan', text: 'Das Dokument, mit dem ein Facharzt ein Arzneimittel für einen Zeitraum und mit Dosis freigibt. Der Hausarzt braucht es, um das Mittel zu verschreiben.' },
  ),
  OTHER: e(
    { name: 'Documento', text: 'Un documento del fascicolo di un tipo non riconosciuto. Il contenuto è mostrato così come è stato scritto.' },
    { name: 'Document', text: 'A document of the record of a type that is not recognised. Its content is shown as written.' },
    { name: 'Dokument', text: 'Ein Dokument der Akte mit unbekanntem Typ. Der Inhalt wird so gezeigt, wie er geschrieben wurde.' },
  ),
};
