/**
 * What a person is told about an issue: its code's meaning in plain words, with no JSON path and
 * no value taken from the input (issue 8 §1). The developer's `message` quotes the values it found
 * (`Riferimento a una risorsa assente: Practitioner/dr-…`) — useful to whoever fixes the data, but a
 * raw value may name a person, a doctor or a document, and a citizen cannot act on it. Elements
 * show `issue.plain`; `issue.message` and `issue.path` stay on `view.issues` and in `fse-error`.
 *
 * Every code of the adapter, the CDA reader and the FHIR data source, in Italian, English and German
 * (elements speak all three). A code added later whose message quotes no value is its own plain
 * message (`issueOf`, Italian and English) until it is listed here.
 */
type Plain = { it: string; en: string; de: string };

export const PLAIN_MESSAGES: ReadonlyMap<string, Plain> = new Map<string, Plain>([
  // fromFhir
  ['not-a-resource', { it: 'Un elemento dei dati ricevuti non è una risorsa FHIR: ignorato.', en: 'An item of the data received is not a FHIR resource: ignored.' , de: 'Ein Element der empfangenen Daten ist keine FHIR-Ressource: ignoriert.' }],
  ['missing-id', { it: 'Un dato ricevuto non ha un identificativo: gliene è stato assegnato uno.', en: 'An item received has no identifier: one was assigned.' , de: 'Ein empfangener Datensatz hat keine Kennung: ihm wurde eine zugewiesen.' }],
  ['invalid-id', { it: 'Un dato ricevuto ha un identificativo non valido: gliene è stato assegnato uno.', en: 'An item received has an invalid identifier: one was assigned.' , de: 'Ein empfangener Datensatz hat eine ungültige Kennung: ihm wurde eine zugewiesen.' }],
  ['duplicate-resource', { it: 'Un dato compare più volte: si tiene la prima copia.', en: 'An item appears more than once: the first copy is kept.' , de: 'Ein Datensatz kommt mehrmals vor: die erste Kopie wird behalten.' }],
  ['dangling-reference', { it: 'Un dato rimanda a informazioni che non sono state ricevute.', en: 'An item refers to information that was not received.' , de: 'Ein Datensatz verweist auf Informationen, die nicht empfangen wurden.' }],
  ['invalid-reference', { it: 'Un collegamento tra i dati non è leggibile.', en: 'A link between items cannot be read.' , de: 'Eine Verknüpfung zwischen Datensätzen ist nicht lesbar.' }],
  ['invalid-date', { it: 'Una data impossibile è stata ignorata.', en: 'An impossible date was ignored.' , de: 'Ein unmögliches Datum wurde ignoriert.' }],
  ['date-out-of-range', { it: 'Una data con un anno fuori intervallo è stata ignorata.', en: 'A date with a year out of range was ignored.' , de: 'Ein Datum mit einem Jahr außerhalb des gültigen Bereichs wurde ignoriert.' }],
  ['not-iso-date', { it: 'Una data scritta in un formato non riconosciuto è stata ignorata.', en: 'A date written in an unrecognised format was ignored.' , de: 'Ein Datum in einem unbekannten Format wurde ignoriert.' }],
  ['date-without-offset', { it: 'Un orario senza fuso orario è stato letto nel fuso del fascicolo.', en: 'A time without a time zone was read in the record’s time zone.' , de: 'Eine Uhrzeit ohne Zeitzone wurde in der Zeitzone der Akte gelesen.' }],
  ['patient-not-found', { it: 'La persona richiesta non è nei dati ricevuti: si mostra quella a cui si riferisce la maggior parte dei dati.', en: 'The person asked for is not in the data received: showing the one most of the data is about.' , de: 'Die gesuchte Person ist nicht in den empfangenen Daten: gezeigt wird die, auf die sich die meisten Daten beziehen.' }],
  ['invalid-cf', { it: 'Il codice fiscale ricevuto non è valido.', en: 'The fiscal code received is not valid.' , de: 'Die empfangene Steuernummer ist ungültig.' }],
  ['conflicting-patient-data', { it: 'I dati anagrafici ricevuti non concordano: si usa il primo valore.', en: 'The personal details received disagree: the first value is used.' , de: 'Die empfangenen Personendaten stimmen nicht überein: der erste Wert wird verwendet.' }],
  ['other-patient', { it: 'Sono arrivati dati di un’altra persona: non sono stati uniti al fascicolo.', en: 'Data of another person arrived: not merged into the record.' , de: 'Es sind Daten einer anderen Person eingegangen: sie wurden nicht in die Akte übernommen.' }],
  ['other-patient-resource', { it: 'Un dato di un’altra persona è stato escluso.', en: 'An item about another person was left out.' , de: 'Ein Datensatz über eine andere Person wurde ausgeschlossen.' }],
  ['unclassified-resource', { it: 'Un dato di tipo non riconosciuto è mostrato come «altro».', en: 'An item of an unrecognised kind is shown as ‘other’.', de: 'Ein Datensatz unbekannter Art wird als „Sonstiges“ gezeigt.' }],
  ['unused-resource', { it: 'Un dato ricevuto non è stato utilizzato.', en: 'An item received was not used.' , de: 'Ein empfangener Datensatz wurde nicht verwendet.' }],
  ['unknown-document-type', { it: 'Un documento è di un tipo non riconosciuto.', en: 'A document is of an unrecognised type.' , de: 'Ein Dokument ist von unbekannter Art.' }],
  ['unknown-code-system', { it: 'Un codice appartiene a una codifica non riconosciuta.', en: 'A code belongs to an unrecognised coding system.' , de: 'Ein Code gehört zu einem unbekannten Codesystem.' }],
  ['value-too-long', { it: 'Un testo troppo lungo è stato accorciato.', en: 'A text that was too long was shortened.' , de: 'Ein zu langer Text wurde gekürzt.' }],
  ['narrative-unsafe', { it: 'Dal testo di un documento sono stati tolti contenuti non ammessi; il resto è mostrato.', en: 'Content that is not allowed was removed from a document’s text; the rest is shown.' , de: 'Aus dem Text eines Dokuments wurden unzulässige Inhalte entfernt; der Rest wird gezeigt.' }],
  ['narrative-too-deep', { it: 'Il testo di un documento è annidato troppo in profondità: la parte più interna è mostrata come testo semplice.', en: 'A document’s text is nested too deep: the innermost part is shown as plain text.' , de: 'Der Text eines Dokuments ist zu tief verschachtelt: der innerste Teil wird als einfacher Text gezeigt.' }],
  ['narrative-not-xhtml', { it: 'Il testo di un documento non è scritto correttamente: è mostrato come testo semplice.', en: 'A document’s text is not well formed: it is shown as plain text.' , de: 'Der Text eines Dokuments ist nicht korrekt aufgebaut: er wird als einfacher Text gezeigt.' }],
  ['placeholder-value', { it: 'Un valore segnaposto è stato ignorato.', en: 'A placeholder value was ignored.' , de: 'Ein Platzhalterwert wurde ignoriert.' }],
  ['unknown-access-rule', { it: 'Una regola di accesso non riconosciuta è stata ignorata.', en: 'An unrecognised access rule was ignored.' , de: 'Eine unbekannte Zugriffsregel wurde ignoriert.' }],
  ['invalid-confidentiality', { it: 'Un livello di riservatezza non riconosciuto: si usa quello normale.', en: 'An unrecognised confidentiality level: the normal one is used.' , de: 'Unbekannte Vertraulichkeitsstufe: die normale wird verwendet.' }],
  ['unknown-status', { it: 'Uno stato non riconosciuto.', en: 'An unrecognised status.' , de: 'Ein unbekannter Status.' }],
  ['consent-superseded', { it: 'Un consenso è stato sostituito da uno più recente.', en: 'A consent was replaced by a later one.' , de: 'Eine Einwilligung wurde durch eine neuere ersetzt.' }],
  ['invalid-value', { it: 'Un valore non valido è stato ignorato.', en: 'An invalid value was ignored.' , de: 'Ein ungültiger Wert wurde ignoriert.' }],
  ['invalid-time-zone', { it: 'Fuso orario sconosciuto: si usa quello italiano.', en: 'Unknown time zone: Italian time is used.' , de: 'Unbekannte Zeitzone: die italienische wird verwendet.' }],
  ['missing-resource-type', { it: 'Un elemento dei dati ricevuti non dice di che tipo è: ignorato.', en: 'An item of the data received does not say what kind it is: ignored.', de: 'Ein Element der empfangenen Daten gibt seine Art nicht an: ignoriert.' }],
  ['empty-bundle', { it: 'Un pacchetto di dati ricevuto è vuoto.', en: 'A package of data received is empty.', de: 'Ein empfangenes Datenpaket ist leer.' }],
  ['nesting-too-deep', { it: 'I dati ricevuti sono annidati troppo in profondità: la parte più interna è ignorata.', en: 'The data received is nested too deep: the innermost part is ignored.', de: 'Die empfangenen Daten sind zu tief verschachtelt: der innerste Teil wird ignoriert.' }],
  ['cycle', { it: 'I dati ricevuti rimandano a sé stessi in cerchio: la parte ripetuta è ignorata.', en: 'The data received refers to itself in a circle: the repeated part is ignored.', de: 'Die empfangenen Daten verweisen im Kreis auf sich selbst: der wiederholte Teil wird ignoriert.' }],
  ['end-before-start', { it: 'Un periodo finisce prima di iniziare: la fine è ignorata.', en: 'A period ends before it starts: the end is ignored.', de: 'Ein Zeitraum endet, bevor er beginnt: das Ende wird ignoriert.' }],
  ['undated', { it: 'Un evento non ha una data utilizzabile: è elencato a parte, senza data.', en: 'An event has no usable date: it is listed apart, without a date.', de: 'Ein Ereignis hat kein verwendbares Datum: es wird gesondert, ohne Datum, aufgeführt.' }],
  ['date-from-document', { it: 'Un evento senza data prende la data del suo documento.', en: 'An event without a date takes the date of its document.', de: 'Ein Ereignis ohne Datum übernimmt das Datum seines Dokuments.' }],
  ['no-patient', { it: 'I dati ricevuti non dicono di chi sono.', en: 'The data received does not say whose it is.', de: 'Die empfangenen Daten geben nicht an, wem sie gehören.' }],
  ['patient-without-cf', { it: 'Il codice fiscale della persona non è nei dati ricevuti.', en: 'The person’s fiscal code is not in the data received.', de: 'Die Steuernummer der Person ist nicht in den empfangenen Daten.' }],
  ['coding-without-code', { it: 'Una codifica senza codice è stata ignorata.', en: 'A coding without a code was ignored.', de: 'Eine Codierung ohne Code wurde ignoriert.' }],
  ['document-without-composition', { it: 'Di un documento sono arrivati solo i dati descrittivi, non il contenuto.', en: 'Only the description of a document arrived, not its content.', de: 'Von einem Dokument ist nur die Beschreibung eingegangen, nicht der Inhalt.' }],
  ['specimen-not-understood', { it: 'Il materiale di un esame di laboratorio non è riconoscibile: i risultati sono mostrati senza.', en: 'The specimen of a lab test cannot be recognised: the results are shown without it.', de: 'Das Probenmaterial einer Laboruntersuchung ist nicht erkennbar: die Ergebnisse werden ohne es angezeigt.' }],
  ['panel-member-not-result', { it: 'Un gruppo di esami rimanda a qualcosa che non è un risultato: ignorato.', en: 'A group of tests refers to something that is not a result: ignored.', de: 'Eine Untersuchungsgruppe verweist auf etwas, das kein Ergebnis ist: ignoriert.' }],
  ['device-not-understood', { it: 'Un dispositivo medico senza tipo né nome è mostrato come “Dispositivo medico”.', en: 'A medical device without a type or a name is shown as “medical device”.', de: 'Ein Medizinprodukt ohne Art und Namen wird als „Medizinprodukt“ angezeigt.' }],
  ['consent-not-understood', { it: 'Un consenso di tipo non riconosciuto è stato ignorato.', en: 'A consent of an unrecognised kind was ignored.', de: 'Eine Einwilligung unbekannter Art wurde ignoriert.' }],
  ['delegation-not-understood', { it: 'Una persona collegata non ha un tipo di delega riconosciuto: non è trattata come delega.', en: 'A related person has no recognised kind of delegation: not treated as a delegation.', de: 'Eine verbundene Person hat keine bekannte Art von Vollmacht: sie wird nicht als Vollmacht behandelt.' }],
  ['audit-not-understood', { it: 'Un accesso registrato senza data o autore è stato ignorato.', en: 'An access log entry without a date or an author was ignored.', de: 'Ein protokollierter Zugriff ohne Datum oder Urheber wurde ignoriert.' }],
  ['entries-not-read', { it: 'Alcune voci codificate di un documento non sono lette come dati: restano nel suo testo.', en: 'Some coded entries of a document are not read as data: they stay in its text.', de: 'Einige codierte Einträge eines Dokuments werden nicht als Daten gelesen: sie bleiben in seinem Text.' }],
  ['entry-without-code', { it: 'Una voce di un documento non ha né codice né testo: non è mostrata come dato.', en: 'An entry of a document has neither a code nor words: it is not shown as data.', de: 'Ein Eintrag eines Dokuments hat weder Code noch Text: er wird nicht als Datum angezeigt.' }],
  ['no-documents', { it: 'Nessun documento ricevuto è leggibile.', en: 'No document received can be read.', de: 'Kein empfangenes Dokument ist lesbar.' }],
  ['absent-patient-resource', { it: 'Un dato riguarda una persona che non è nei dati ricevuti: escluso dal fascicolo.', en: 'An item is about a person who is not in the data received: left out of the record.', de: 'Ein Datensatz betrifft eine Person, die nicht in den empfangenen Daten ist: aus der Akte ausgeschlossen.' }],
  ['unused-resources', { it: 'Alcuni dati ricevuti non sono mostrati.', en: 'Some of the data received is not shown.', de: 'Einige der empfangenen Daten werden nicht gezeigt.' }],
  // fromCda
  ['not-xml', { it: 'Un documento ricevuto non è leggibile: ignorato.', en: 'A document received cannot be read: ignored.' , de: 'Ein empfangenes Dokument ist nicht lesbar: ignoriert.' }],
  ['malformed-xml', { it: 'Un documento ricevuto è danneggiato: ignorato.', en: 'A document received is damaged: ignored.' , de: 'Ein empfangenes Dokument ist beschädigt: ignoriert.' }],
  ['doctype-refused', { it: 'Un documento ricevuto è stato rifiutato per sicurezza.', en: 'A document received was refused for safety.' , de: 'Ein empfangenes Dokument wurde aus Sicherheitsgründen abgelehnt.' }],
  ['xml-too-deep', { it: 'Un documento ricevuto è annidato troppo in profondità: ignorato.', en: 'A document received is nested too deep: ignored.' , de: 'Ein empfangenes Dokument ist zu tief verschachtelt: ignoriert.' }],
  ['input-too-large', { it: 'Un documento ricevuto è troppo grande: ignorato.', en: 'A document received is too large: ignored.' , de: 'Ein empfangenes Dokument ist zu groß: ignoriert.' }],
  ['not-cda', { it: 'Un file ricevuto non è un documento clinico CDA2: ignorato.', en: 'A file received is not a CDA2 clinical document: ignored.' , de: 'Eine empfangene Datei ist kein klinisches CDA2-Dokument: ignoriert.' }],
  ['not-hl7-namespace', { it: 'Un documento usa uno spazio dei nomi inatteso: letto comunque.', en: 'A document uses an unexpected namespace: read anyway.' , de: 'Ein Dokument verwendet einen unerwarteten Namensraum: trotzdem gelesen.' }],
  ['missing-element', { it: 'Nell’intestazione di un documento manca un’informazione.', en: 'A piece of information is missing from a document’s header.' , de: 'Im Kopf eines Dokuments fehlt eine Angabe.' }],
  ['not-hl7-date', { it: 'Una data scritta in un formato non riconosciuto è stata ignorata.', en: 'A date written in an unrecognised format was ignored.' , de: 'Ein Datum in einem unbekannten Format wurde ignoriert.' }],
  ['unknown-template', { it: 'Un documento non dichiara un modello nazionale riconosciuto.', en: 'A document does not declare a recognised national template.' , de: 'Ein Dokument gibt keine bekannte nationale Vorlage an.' }],
  ['template-type-mismatch', { it: 'Il modello dichiarato da un documento non corrisponde al suo tipo: si usa il tipo.', en: 'A document’s template does not match its type: the type is used.' , de: 'Die Vorlage eines Dokuments passt nicht zu seiner Art: die Art wird verwendet.' }],
  ['duplicate-document-id', { it: 'Due documenti hanno lo stesso identificativo: sono tenuti entrambi.', en: 'Two documents have the same identifier: both are kept.' , de: 'Zwei Dokumente haben dieselbe Kennung: beide werden behalten.' }],
  ['not-a-string', { it: 'Un elemento ricevuto non è un testo XML: ignorato.', en: 'An item received is not XML text: ignored.' , de: 'Ein empfangenes Element ist kein XML-Text: ignoriert.' }],
  // the FHIR data source
  ['fhir-page-malformed', { it: 'Una parte dei dati dal server non è leggibile: i dati che conteneva mancano.', en: 'Part of the data from the server cannot be read: what it held is missing.' , de: 'Ein Teil der Daten vom Server ist nicht lesbar: sein Inhalt fehlt.' }],
  ['fhir-page-failed', { it: 'Il server non ha dato una parte dei dati: mancano.', en: 'The server did not give part of the data: it is missing.' , de: 'Der Server hat einen Teil der Daten nicht geliefert: er fehlt.' }],
  ['fhir-everything-unsupported', { it: 'Il server non offre la lettura completa del fascicolo: letto per tipo di dato.', en: 'The server does not offer reading the whole record at once: read by kind of data.' , de: 'Der Server bietet das Lesen der ganzen Akte auf einmal nicht an: nach Datenart gelesen.' }],
]);
