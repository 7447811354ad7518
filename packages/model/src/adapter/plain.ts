/**
 * What a person is told about an issue: its code's meaning in plain words, with no JSON path and
 * no value taken from the input (issue 8 §1). The developer's `message` quotes the values it found
 * (`Riferimento a una risorsa assente: Practitioner/dr-…`) — useful to whoever fixes the data, but a
 * raw value may name a person, a doctor or a document, and a citizen cannot act on it. Elements
 * show `issue.plain`; `issue.message` and `issue.path` stay on `view.issues` and in `fse-error`.
 *
 * Listed here: the codes whose message quotes a value (the adapter's, the CDA reader's, the FHIR
 * data source's). A code whose message takes no value is its own plain message (`issueOf`).
 */
type Plain = { it: string; en: string };

export const PLAIN_MESSAGES: ReadonlyMap<string, Plain> = new Map<string, Plain>([
  // fromFhir
  ['not-a-resource', { it: 'Un elemento dei dati ricevuti non è una risorsa FHIR: ignorato.', en: 'An item of the data received is not a FHIR resource: ignored.' }],
  ['missing-id', { it: 'Un dato ricevuto non ha un identificativo: gliene è stato assegnato uno.', en: 'An item received has no identifier: one was assigned.' }],
  ['invalid-id', { it: 'Un dato ricevuto ha un identificativo non valido: gliene è stato assegnato uno.', en: 'An item received has an invalid identifier: one was assigned.' }],
  ['duplicate-resource', { it: 'Un dato compare più volte: si tiene la prima copia.', en: 'An item appears more than once: the first copy is kept.' }],
  ['dangling-reference', { it: 'Un dato rimanda a informazioni che non sono state ricevute.', en: 'An item refers to information that was not received.' }],
  ['invalid-reference', { it: 'Un collegamento tra i dati non è leggibile.', en: 'A link between items cannot be read.' }],
  ['invalid-date', { it: 'Una data impossibile è stata ignorata.', en: 'An impossible date was ignored.' }],
  ['date-out-of-range', { it: 'Una data con un anno fuori intervallo è stata ignorata.', en: 'A date with a year out of range was ignored.' }],
  ['not-iso-date', { it: 'Una data scritta in un formato non riconosciuto è stata ignorata.', en: 'A date written in an unrecognised format was ignored.' }],
  ['date-without-offset', { it: 'Un orario senza fuso orario è stato letto nel fuso del fascicolo.', en: 'A time without a time zone was read in the record’s time zone.' }],
  ['patient-not-found', { it: 'La persona richiesta non è nei dati ricevuti: si mostra quella a cui si riferisce la maggior parte dei dati.', en: 'The person asked for is not in the data received: showing the one most of the data is about.' }],
  ['invalid-cf', { it: 'Il codice fiscale ricevuto non è valido.', en: 'The fiscal code received is not valid.' }],
  ['conflicting-patient-data', { it: 'I dati anagrafici ricevuti non concordano: si usa il primo valore.', en: 'The personal details received disagree: the first value is used.' }],
  ['other-patient', { it: 'Sono arrivati dati di un’altra persona: non sono stati uniti al fascicolo.', en: 'Data of another person arrived: not merged into the record.' }],
  ['other-patient-resource', { it: 'Un dato di un’altra persona è stato escluso.', en: 'An item about another person was left out.' }],
  ['unclassified-resource', { it: 'Un dato di tipo non riconosciuto è mostrato come "altro".', en: 'An item of an unrecognised kind is shown as "other".' }],
  ['unused-resource', { it: 'Un dato ricevuto non è stato utilizzato.', en: 'An item received was not used.' }],
  ['unknown-document-type', { it: 'Un documento è di un tipo non riconosciuto.', en: 'A document is of an unrecognised type.' }],
  ['unknown-code-system', { it: 'Un codice appartiene a una codifica non riconosciuta.', en: 'A code belongs to an unrecognised coding system.' }],
  ['value-too-long', { it: 'Un testo troppo lungo è stato accorciato.', en: 'A text that was too long was shortened.' }],
  ['narrative-unsafe', { it: 'Dal testo di un documento sono stati tolti contenuti non ammessi; il resto è mostrato.', en: 'Content that is not allowed was removed from a document’s text; the rest is shown.' }],
  ['narrative-too-deep', { it: 'Il testo di un documento è annidato troppo in profondità: la parte più interna è mostrata come testo semplice.', en: 'A document’s text is nested too deep: the innermost part is shown as plain text.' }],
  ['narrative-not-xhtml', { it: 'Il testo di un documento non è scritto correttamente: è mostrato come testo semplice.', en: 'A document’s text is not well formed: it is shown as plain text.' }],
  ['placeholder-value', { it: 'Un valore segnaposto è stato ignorato.', en: 'A placeholder value was ignored.' }],
  ['unknown-access-rule', { it: 'Una regola di accesso non riconosciuta è stata ignorata.', en: 'An unrecognised access rule was ignored.' }],
  ['invalid-confidentiality', { it: 'Un livello di riservatezza non riconosciuto: si usa quello normale.', en: 'An unrecognised confidentiality level: the normal one is used.' }],
  ['unknown-status', { it: 'Uno stato non riconosciuto.', en: 'An unrecognised status.' }],
  ['consent-superseded', { it: 'Un consenso è stato sostituito da uno più recente.', en: 'A consent was replaced by a later one.' }],
  ['invalid-value', { it: 'Un valore non valido è stato ignorato.', en: 'An invalid value was ignored.' }],
  ['invalid-time-zone', { it: 'Fuso orario sconosciuto: si usa quello italiano.', en: 'Unknown time zone: Italian time is used.' }],
  // fromCda
  ['not-xml', { it: 'Un documento ricevuto non è leggibile: ignorato.', en: 'A document received cannot be read: ignored.' }],
  ['malformed-xml', { it: 'Un documento ricevuto è danneggiato: ignorato.', en: 'A document received is damaged: ignored.' }],
  ['doctype-refused', { it: 'Un documento ricevuto è stato rifiutato per sicurezza.', en: 'A document received was refused for safety.' }],
  ['xml-too-deep', { it: 'Un documento ricevuto è annidato troppo in profondità: ignorato.', en: 'A document received is nested too deep: ignored.' }],
  ['input-too-large', { it: 'Un documento ricevuto è troppo grande: ignorato.', en: 'A document received is too large: ignored.' }],
  ['not-cda', { it: 'Un file ricevuto non è un documento clinico CDA2: ignorato.', en: 'A file received is not a CDA2 clinical document: ignored.' }],
  ['not-hl7-namespace', { it: 'Un documento usa uno spazio dei nomi inatteso: letto comunque.', en: 'A document uses an unexpected namespace: read anyway.' }],
  ['missing-element', { it: 'Nell’intestazione di un documento manca un’informazione.', en: 'A piece of information is missing from a document’s header.' }],
  ['not-hl7-date', { it: 'Una data scritta in un formato non riconosciuto è stata ignorata.', en: 'A date written in an unrecognised format was ignored.' }],
  ['unknown-template', { it: 'Un documento non dichiara un modello nazionale riconosciuto.', en: 'A document does not declare a recognised national template.' }],
  ['template-type-mismatch', { it: 'Il modello dichiarato da un documento non corrisponde al suo tipo: si usa il tipo.', en: 'A document’s template does not match its type: the type is used.' }],
  ['duplicate-document-id', { it: 'Due documenti hanno lo stesso identificativo: sono tenuti entrambi.', en: 'Two documents have the same identifier: both are kept.' }],
  ['not-a-string', { it: 'Un elemento ricevuto non è un testo XML: ignorato.', en: 'An item received is not XML text: ignored.' }],
  // the FHIR data source
  ['fhir-page-malformed', { it: 'Una parte dei dati dal server non è leggibile: i dati che conteneva mancano.', en: 'Part of the data from the server cannot be read: what it held is missing.' }],
  ['fhir-page-failed', { it: 'Il server non ha dato una parte dei dati: mancano.', en: 'The server did not give part of the data: it is missing.' }],
  ['fhir-everything-unsupported', { it: 'Il server non offre la lettura completa del fascicolo: letto per tipo di dato.', en: 'The server does not offer reading the whole record at once: read by kind of data.' }],
]);
