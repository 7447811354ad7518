/**
 * Issues raised only while reading CDA2. Every other problem reuses the adapter's codes
 * ({@link ISSUE_CODES}: `invalid-date`, `other-patient`, `unknown-document-type`…), so a portal
 * handles one vocabulary whatever the source. Paths are XPath-like: `$[1]/ClinicalDocument/effectiveTime/@value`.
 */
import { ISSUE_CODES, issueOf, type IssueDef, type P } from '../adapter/issues.js';
import type { Issue, Severity } from '../types.js';


const q = (v: unknown) => (v === undefined ? '' : String(v).length > 80 ? `${String(v).slice(0, 80)}…` : String(v));

/** The codes only fromCda raises, with their default severity and message. */
export const CDA_ISSUE_CODES = new Map<string, IssueDef>([
  ['not-xml', { severity: 'error', message: (p) => ({ it: `Il documento non è XML (${q(p.it)}): ignorato.`, en: `The document is not XML (${q(p.en)}): ignored.` }) }],
  ['malformed-xml', { severity: 'error', message: (p) => ({ it: `XML non ben formato alla riga ${q(p.line)}, colonna ${q(p.column)}: ${q(p.it)}. Documento ignorato.`, en: `XML not well-formed at line ${q(p.line)}, column ${q(p.column)}: ${q(p.en)}. Document ignored.` }) }],
  ['doctype-refused', { severity: 'error', message: (p) => ({ it: `Il documento dichiara un DOCTYPE (riga ${q(p.line)}): rifiutato per sicurezza, le entità non vengono espanse. Documento ignorato.`, en: `The document declares a DOCTYPE (line ${q(p.line)}): refused for safety, entities are never expanded. Document ignored.` }) }],
  ['xml-too-deep', { severity: 'error', message: (p) => ({ it: `Elementi annidati troppo in profondità (riga ${q(p.line)}): documento ignorato.`, en: `Elements nested too deep (line ${q(p.line)}): document ignored.` }) }],
  ['input-too-large', { severity: 'error', message: (p) => ({ it: `Documento troppo grande (${q(p.length)} caratteri): ignorato.`, en: `Document too large (${q(p.length)} characters): ignored.` }) }],
  ['not-cda', { severity: 'error', message: (p) => ({ it: `L’elemento radice è <${q(p.root)}>, non <ClinicalDocument>: non è un CDA2, ignorato.`, en: `The root element is <${q(p.root)}>, not <ClinicalDocument>: not a CDA2 document, ignored.` }) }],
  ['not-hl7-namespace', { severity: 'warning', message: (p) => ({ it: `Spazio dei nomi "${q(p.ns)}" invece di urn:hl7-org:v3: letto comunque.`, en: `Namespace "${q(p.ns)}" instead of urn:hl7-org:v3: read anyway.` }) }],
  ['missing-element', { severity: 'warning', message: (p) => ({ it: `Manca ${q(p.what)} nell’intestazione CDA.`, en: `${q(p.what)} is missing from the CDA header.` }) }],
  ['not-hl7-date', { severity: 'warning', message: (p) => ({ it: `"${q(p.value)}" non è una data HL7 (AAAAMMGGhhmmss±hhmm): ignorata.`, en: `"${q(p.value)}" is not an HL7 TS date (YYYYMMDDhhmmss±hhmm): ignored.` }) }],
  ['unknown-template', { severity: 'info', message: (p) => ({ it: `Nessun templateId nazionale (${q(p.roots)}): formatCode sconosciuto.`, en: `No national templateId (${q(p.roots)}): formatCode unknown.` }) }],
  ['template-type-mismatch', { severity: 'warning', message: (p) => ({ it: `Il templateId ${q(p.template)} è di un ${q(p.templateType)}, ma il codice LOINC dice ${q(p.type)}: si usa il codice.`, en: `templateId ${q(p.template)} belongs to ${q(p.templateType)}, but the LOINC code says ${q(p.type)}: the code is used.` }) }],
  ['duplicate-document-id', { severity: 'warning', message: (p) => ({ it: `Due documenti con lo stesso id ${q(p.id)}: entrambi tenuti, il secondo come ${q(p.key)}.`, en: `Two documents with the same id ${q(p.id)}: both kept, the second as ${q(p.key)}.` }) }],
  ['not-a-string', { severity: 'error', message: (p) => ({ it: `Elemento ${q(p.index)} non è testo XML (${q(p.type)}): ignorato.`, en: `Item ${q(p.index)} is not XML text (${q(p.type)}): ignored.` }) }],
  ['entries-not-read', { severity: 'info', message: (p) => ({ it: `Sezione «${q(p.section)}»: ${q(p.count)} voci codificate non lette come dati (restano nel testo della sezione).`, en: `Section "${q(p.section)}": ${q(p.count)} coded entries not read as data (they stay in the section's text).` }) }],
  ['entry-without-code', { severity: 'warning', message: (p) => ({ it: `Voce (${q(p.what)}) senza codice né testo: non mostrata come dato.`, en: `Entry (${q(p.what)}) with neither a code nor words: not shown as data.` }) }],
  // the adapter's code, worded for CDA (there is no Patient resource in a CDA document)
  ['no-patient', { severity: 'warning', message: () => ({ it: 'Nessun recordTarget con il paziente: il paziente è sconosciuto.', en: 'No recordTarget naming the patient: the patient is unknown.' }) }],
  ['no-documents', { severity: 'warning', message: () => ({ it: 'Nessun documento CDA2 leggibile.', en: 'No readable CDA2 document.' }) }],
]);

/** Issues with CDA codes first, then the adapter's. */
export class CdaIssueLog {
  readonly list: Issue[] = [];
  add(code: string, path: string, params: P = {}, subjectIds?: string[], severity?: Severity): Issue {
    const issue = issueOf(CDA_ISSUE_CODES.get(code) ?? ISSUE_CODES.get(code), code, path, params, subjectIds, severity);
    this.list.push(issue);
    return issue;
  }

  /**
   * Names in every issue's `subjectIds` the model objects of the place it was raised in, once the
   * record is built: `objectsAt(path)` gives those of the document its path lies in (an issue
   * inside a document is about that document, whatever else it names), so `viewFor` drops it
   * whenever the document is hidden.
   */
  settle(objectsAt: (path: string) => readonly string[]): void {
    for (const issue of this.list) {
      const ids = objectsAt(issue.path);
      if (!ids.length) continue;
      const out = new Set(issue.subjectIds ?? []);
      for (const id of ids) out.add(id);
      issue.subjectIds = [...out];
    }
  }
}
