/**
 * The national document types of FSE 2.0 in plain words, in Italian (the other languages are the
 * modules of their own, `glossary.documentTypes` in `@percorso/model/locales/en`…): what the document is, who
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
const e = (it: Text, sources: GlossarySource[] = [FSE_PORTAL, DM_2023]): GlossaryEntry => ({
  name: { it: it.name },
  text: { it: it.text },
  sources,
  reviewed: false,
});

/** Every national document type, in plain words. */
export const DOCUMENT_TYPE_GLOSSARY: Readonly<Record<NationalDocType, GlossaryEntry>> = {
  LAB: e(
    { name: 'Referto di laboratorio', text: 'I risultati degli esami del sangue, delle urine o di altri campioni, firmati dal laboratorio che li ha eseguiti. Per ogni esame trovi il valore, l’unità di misura e l’intervallo di riferimento; i valori fuori intervallo sono segnalati.' },
    [FSE_PORTAL, DM_2023, HL7_IT],
  ),
  RAD: e(
    { name: 'Referto di radiologia', text: 'La descrizione scritta dal medico radiologo di un esame per immagini (radiografia, ecografia, TAC, risonanza). Guarda prima le conclusioni.' },
  ),
  RSA: e(
    { name: 'Referto di visita specialistica', text: 'Il resoconto di una visita o di un esame fatto da uno specialista in ambulatorio (per esempio cardiologo o dermatologo). Guarda le conclusioni e le indicazioni per i controlli successivi.' },
  ),
  RAP: e(
    { name: 'Referto di anatomia patologica', text: 'L’esito dell’esame al microscopio di un tessuto o di cellule prelevati (biopsia, intervento), scritto dal medico anatomo-patologo. Guarda la diagnosi finale e parlane con il medico che ha chiesto l’esame.' },
  ),
  LDO: e(
    { name: 'Lettera di dimissione', text: 'Il riassunto di un ricovero in ospedale scritto dal reparto quando si torna a casa: perché si è stati ricoverati, cosa è stato fatto, le diagnosi, la terapia da seguire e i controlli da prenotare.' },
  ),
  VPS: e(
    { name: 'Verbale di pronto soccorso', text: 'Il resoconto di un accesso al pronto soccorso: il codice di priorità dato al triage, cosa è stato fatto, la diagnosi e come si è concluso (a casa, ricovero). Guarda la diagnosi e le indicazioni alla dimissione.' },
  ),
  PSS: e(
    { name: 'Profilo sanitario sintetico', text: 'Il riassunto della salute scritto e aggiornato dal medico di famiglia o dal pediatra: allergie, malattie, terapie in corso, vaccinazioni. È il primo documento che un medico legge in emergenza.' },
  ),
  PRESC_FARM: e(
    { name: 'Ricetta di farmaci', text: 'La prescrizione elettronica di un farmaco, con il suo numero di ricetta (NRE). In farmacia basta il numero di ricetta e la tessera sanitaria.' },
  ),
  PRESC_SPEC: e(
    { name: 'Ricetta di visite ed esami', text: 'La prescrizione elettronica di una visita specialistica o di un esame, con il numero di ricetta (NRE) e la priorità (U urgente, B breve, D differibile, P programmata). Serve per prenotare.' },
  ),
  EROG_FARM: e(
    { name: 'Farmaci ritirati', text: 'La registrazione dei farmaci consegnati dalla farmacia per una ricetta: quale farmaco, quante confezioni, quando.' },
  ),
  EROG_SPEC: e(
    { name: 'Prestazione eseguita', text: 'La registrazione di una visita o di un esame effettuato per una ricetta. Il risultato, quando c’è, è in un referto a parte.' },
  ),
  VACC_SINGOLA: e(
    { name: 'Vaccinazione', text: 'La registrazione di una dose di vaccino: quale vaccino, quale dose del ciclo, il lotto, dove e quando è stata fatta.' },
  ),
  VACC_CERT: e(
    { name: 'Certificato vaccinale', text: 'L’elenco ufficiale delle vaccinazioni ricevute, rilasciato dal servizio vaccinale. Vale come certificato, per esempio per la scuola.' },
  ),
  CARTELLA: e(
    { name: 'Cartella clinica', text: 'La documentazione completa di un ricovero tenuta dall’ospedale: visite, esami, terapie giorno per giorno.' },
  ),
  TPI: e(
    { name: 'Tessera di portatore di impianto', text: 'Il documento che descrive un dispositivo impiantato (per esempio una protesi o un pacemaker): cosa è, chi lo produce, quando è stato impiantato. Utile da mostrare prima di esami come la risonanza.' },
  ),
  INVITO_SCREENING: e(
    { name: 'Invito allo screening', text: 'La lettera con cui la ASL invita a un controllo di prevenzione gratuito (per esempio mammografia, pap test, ricerca del sangue occulto). Dice dove e quando presentarsi.' },
  ),
  INVITO_VACC: e(
    { name: 'Invito alla vaccinazione', text: 'La lettera con cui il servizio vaccinale invita a fare un vaccino, con luogo e data proposti.' },
  ),
  TELEVISITA: e(
    { name: 'Referto di televisita', text: 'Il resoconto di una visita fatta a distanza, in video, con il medico. Si legge come il referto di una visita in ambulatorio.' },
  ),
  TELECONSULTO: e(
    { name: 'Relazione di teleconsulto', text: 'Il parere che due o più medici si sono scambiati a distanza sul tuo caso.' },
  ),
  TELEASSISTENZA: e(
    { name: 'Relazione di teleassistenza', text: 'Il resoconto dell’assistenza a distanza da parte di infermieri o altri professionisti, per esempio per controllare a casa pressione o glicemia.' },
  ),
  TACCUINO: e(
    { name: 'Taccuino personale', text: 'Le note e le misure che hai scritto tu nel fascicolo (per esempio pressione, peso, glicemia). Le vedono i medici a cui dai il consenso; non sono documenti clinici firmati.' },
  ),
  CONSENSO: e(
    { name: 'Consensi', text: 'Il documento che registra i consensi che hai dato o negato sulla consultazione del fascicolo.' },
  ),
  ESENZIONE: e(
    { name: 'Esenzione', text: 'Il documento che attesta un’esenzione dal pagamento del ticket, per reddito o per una malattia.' },
  ),
  PROMEMORIA: e(
    { name: 'Promemoria di prenotazione', text: 'Il promemoria di una visita o di un esame prenotato: data, luogo e come prepararsi.' },
  ),
  PIANO_TERAPEUTICO: e(
    { name: 'Piano terapeutico', text: 'Il documento con cui uno specialista autorizza un farmaco per un periodo, con la dose. Serve perché il medico di famiglia possa prescriverlo.' },
  ),
  OTHER: e(
    { name: 'Documento', text: 'Un documento del fascicolo di un tipo non riconosciuto. Il contenuto è mostrato così come è stato scritto.' },
  ),
};
