/**
 * What a person is told about an issue: its code's meaning in plain words, with no JSON path and
 * no value taken from the input (issue 8 §1). The developer's `message` quotes the values it found
 * (`Riferimento a una risorsa assente: Practitioner/dr-…`) — useful to whoever fixes the data, but a
 * raw value may name a person, a doctor or a document, and a citizen cannot act on it. Elements
 * show `issue.plain`; `issue.message` and `issue.path` stay on `view.issues` and in `fse-error`.
 *
 * Every code of the adapter, the CDA reader and the FHIR data source, in Italian: the model's main
 * entry carries no other language, so a portal that ships Italian only downloads none. The other
 * languages are modules of their own (`issues` in `@percorso/model/locales/en`, `de`, `fr`, `sl`),
 * which `@percorso/elements/locales/<lang>.js` registers and the elements look up by code. A code added later whose message quotes no value is
 * its own plain message (`issueOf`, Italian and English) until it is listed here.
 */

export const PLAIN_MESSAGES: ReadonlyMap<string, string> = new Map<string, string>([
  // fromFhir
  ['not-a-resource', 'Un elemento dei dati ricevuti non è una risorsa FHIR: ignorato.'],
  ['missing-id', 'Un dato ricevuto non ha un identificativo: gliene è stato assegnato uno.'],
  ['invalid-id', 'Un dato ricevuto ha un identificativo non valido: gliene è stato assegnato uno.'],
  ['duplicate-resource', 'Un dato compare più volte: si tiene la prima copia.'],
  ['dangling-reference', 'Un dato rimanda a informazioni che non sono state ricevute.'],
  ['invalid-reference', 'Un collegamento tra i dati non è leggibile.'],
  ['invalid-date', 'Una data impossibile è stata ignorata.'],
  ['date-out-of-range', 'Una data con un anno fuori intervallo è stata ignorata.'],
  ['not-iso-date', 'Una data scritta in un formato non riconosciuto è stata ignorata.'],
  ['date-without-offset', 'Un orario senza fuso orario è stato letto nel fuso del fascicolo.'],
  ['patient-not-found', 'La persona richiesta non è nei dati ricevuti: si mostra quella a cui si riferisce la maggior parte dei dati.'],
  ['invalid-cf', 'Il codice fiscale ricevuto non è valido.'],
  ['conflicting-patient-data', 'I dati anagrafici ricevuti non concordano: si usa il primo valore.'],
  ['other-patient', 'Sono arrivati dati di un’altra persona: non sono stati uniti al fascicolo.'],
  ['other-patient-resource', 'Un dato di un’altra persona è stato escluso.'],
  ['unclassified-resource', 'Un dato di tipo non riconosciuto è mostrato come «altro».'],
  ['unused-resource', 'Un dato ricevuto non è stato utilizzato.'],
  ['unknown-document-type', 'Un documento è di un tipo non riconosciuto.'],
  ['unknown-code-system', 'Un codice appartiene a una codifica non riconosciuta.'],
  ['value-too-long', 'Un testo troppo lungo è stato accorciato.'],
  ['narrative-unsafe', 'Dal testo di un documento sono stati tolti contenuti non ammessi; il resto è mostrato.'],
  ['narrative-too-deep', 'Il testo di un documento è annidato troppo in profondità: la parte più interna è mostrata come testo semplice.'],
  ['narrative-not-xhtml', 'Il testo di un documento non è scritto correttamente: è mostrato come testo semplice.'],
  ['placeholder-value', 'Un valore segnaposto è stato ignorato.'],
  ['unknown-access-rule', 'Una regola di accesso non riconosciuta è stata ignorata.'],
  ['invalid-confidentiality', 'Un livello di riservatezza non riconosciuto: si usa quello normale.'],
  ['unknown-status', 'Uno stato non riconosciuto.'],
  ['consent-superseded', 'Un consenso è stato sostituito da uno più recente.'],
  ['invalid-value', 'Un valore non valido è stato ignorato.'],
  ['invalid-time-zone', 'Fuso orario sconosciuto: si usa quello italiano.'],
  ['missing-resource-type', 'Un elemento dei dati ricevuti non dice di che tipo è: ignorato.'],
  ['empty-bundle', 'Un pacchetto di dati ricevuto è vuoto.'],
  ['nesting-too-deep', 'I dati ricevuti sono annidati troppo in profondità: la parte più interna è ignorata.'],
  ['cycle', 'I dati ricevuti rimandano a sé stessi in cerchio: la parte ripetuta è ignorata.'],
  ['end-before-start', 'Un periodo finisce prima di iniziare: la fine è ignorata.'],
  ['undated', 'Un evento non ha una data utilizzabile: è elencato a parte, senza data.'],
  ['date-from-document', 'Un evento senza data prende la data del suo documento.'],
  ['no-patient', 'I dati ricevuti non dicono di chi sono.'],
  ['patient-without-cf', 'Il codice fiscale della persona non è nei dati ricevuti.'],
  ['coding-without-code', 'Una codifica senza codice è stata ignorata.'],
  ['document-without-composition', 'Di un documento sono arrivati solo i dati descrittivi, non il contenuto.'],
  ['specimen-not-understood', 'Il materiale di un esame di laboratorio non è riconoscibile: i risultati sono mostrati senza.'],
  ['panel-member-not-result', 'Un gruppo di esami rimanda a qualcosa che non è un risultato: ignorato.'],
  ['device-not-understood', 'Un dispositivo medico senza tipo né nome è mostrato come “Dispositivo medico”.'],
  ['consent-not-understood', 'Un consenso di tipo non riconosciuto è stato ignorato.'],
  ['delegation-not-understood', 'Una persona collegata non ha un tipo di delega riconosciuto: non è trattata come delega.'],
  ['audit-not-understood', 'Un accesso registrato senza data o autore è stato ignorato.'],
  ['entries-not-read', 'Alcune voci codificate di un documento non sono lette come dati: restano nel suo testo.'],
  ['entry-without-code', 'Una voce di un documento non ha né codice né testo: non è mostrata come dato.'],
  ['no-documents', 'Nessun documento ricevuto è leggibile.'],
  ['absent-patient-resource', 'Un dato riguarda una persona che non è nei dati ricevuti: escluso dal fascicolo.'],
  ['unused-resources', 'Alcuni dati ricevuti non sono mostrati.'],
  // fromCda
  ['not-xml', 'Un documento ricevuto non è leggibile: ignorato.'],
  ['malformed-xml', 'Un documento ricevuto è danneggiato: ignorato.'],
  ['doctype-refused', 'Un documento ricevuto è stato rifiutato per sicurezza.'],
  ['xml-too-deep', 'Un documento ricevuto è annidato troppo in profondità: ignorato.'],
  ['input-too-large', 'Un documento ricevuto è troppo grande: ignorato.'],
  ['not-cda', 'Un file ricevuto non è un documento clinico CDA2: ignorato.'],
  ['not-hl7-namespace', 'Un documento usa uno spazio dei nomi inatteso: letto comunque.'],
  ['missing-element', 'Nell’intestazione di un documento manca un’informazione.'],
  ['not-hl7-date', 'Una data scritta in un formato non riconosciuto è stata ignorata.'],
  ['unknown-template', 'Un documento non dichiara un modello nazionale riconosciuto.'],
  ['template-type-mismatch', 'Il modello dichiarato da un documento non corrisponde al suo tipo: si usa il tipo.'],
  ['duplicate-document-id', 'Due documenti hanno lo stesso identificativo: sono tenuti entrambi.'],
  ['not-a-string', 'Un elemento ricevuto non è un testo XML: ignorato.'],
  // the FHIR data source
  ['fhir-page-malformed', 'Una parte dei dati dal server non è leggibile: i dati che conteneva mancano.'],
  ['fhir-page-failed', 'Il server non ha dato una parte dei dati: mancano.'],
  ['fhir-everything-unsupported', 'Il server non offre la lettura completa del fascicolo: letto per tipo di dato.'],
]);
