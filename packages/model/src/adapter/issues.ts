/**
 * Issues raised while reading FHIR: a stable kebab-case code, a severity, the JSON path into the
 * input as given, and a message in Italian and English. Paths are built only here, when an issue
 * is raised.
 */
import type { Issue, Severity } from '../types.js';
import { Res } from './collect.js';
import { describe, type Loc } from './json.js';
import { PLAIN_MESSAGES } from './plain.js';

export type P = Record<string, string | number | undefined>;
export type Msg = (p: P) => { it: string; en: string };
/** What an issue code means: its severity and its message in Italian and English. */
export interface IssueDef {
  severity: Severity;
  message: Msg;
}

const q = (v: unknown) => (v === undefined ? '' : describe(v, 80));

/** Every issue code fromFhir raises, with its default severity and message. */
export const ISSUE_CODES = new Map<string, IssueDef>([
  ['not-a-resource', { severity: 'error', message: (p) => ({ it: `Elemento ignorato: non è una risorsa FHIR (${q(p.what)}).`, en: `Item ignored: not a FHIR resource (${q(p.what)}).` }) }],
  ['missing-resource-type', { severity: 'error', message: () => ({ it: 'Risorsa senza resourceType: ignorata.', en: 'Resource without resourceType: ignored.' }) }],
  ['empty-bundle', { severity: 'info', message: () => ({ it: 'Bundle senza voci.', en: 'Bundle without entries.' }) }],
  ['nesting-too-deep', { severity: 'error', message: () => ({ it: 'Bundle annidati troppo in profondità: il contenuto più interno è ignorato.', en: 'Bundles nested too deep: the innermost content is ignored.' }) }],
  ['cycle', { severity: 'error', message: () => ({ it: 'Riferimento circolare nella struttura: ignorato.', en: 'Circular structure: ignored.' }) }],
  ['missing-id', { severity: 'warning', message: (p) => ({ it: `${q(p.type)} senza id: le si assegna ${q(p.id)}.`, en: `${q(p.type)} without id: assigned ${q(p.id)}.` }) }],
  ['invalid-id', { severity: 'warning', message: (p) => ({ it: `Id non valido (${q(p.value)}): le si assegna ${q(p.id)}.`, en: `Invalid id (${q(p.value)}): assigned ${q(p.id)}.` }) }],
  ['duplicate-resource', { severity: 'warning', message: (p) => ({ it: `${q(p.key)} compare più volte: si tiene la prima.`, en: `${q(p.key)} appears more than once: the first is kept.` }) }],
  ['dangling-reference', { severity: 'warning', message: (p) => ({ it: `Riferimento a una risorsa assente: ${q(p.ref)}.`, en: `Reference to a missing resource: ${q(p.ref)}.` }) }],
  ['invalid-reference', { severity: 'warning', message: (p) => ({ it: `Riferimento non leggibile (${q(p.ref)}).`, en: `Unreadable reference (${q(p.ref)}).` }) }],
  ['invalid-date', { severity: 'warning', message: (p) => ({ it: `Data impossibile "${q(p.value)}": ignorata.`, en: `Impossible date "${q(p.value)}": ignored.` }) }],
  ['date-out-of-range', { severity: 'warning', message: (p) => ({ it: `Anno fuori intervallo in "${q(p.value)}": data ignorata.`, en: `Year out of range in "${q(p.value)}": date ignored.` }) }],
  ['not-iso-date', { severity: 'warning', message: (p) => ({ it: `"${q(p.value)}" non è una data ISO 8601: ignorata.`, en: `"${q(p.value)}" is not an ISO 8601 date: ignored.` }) }],
  ['date-without-offset', { severity: 'info', message: (p) => ({ it: `Orario senza fuso "${q(p.value)}": letto nel fuso ${q(p.tz)}.`, en: `Time without offset "${q(p.value)}": read in ${q(p.tz)}.` }) }],
  ['end-before-start', { severity: 'warning', message: () => ({ it: 'La fine del periodo precede l’inizio: fine ignorata.', en: 'The period ends before it starts: end ignored.' }) }],
  ['undated', { severity: 'warning', message: () => ({ it: 'Evento senza data utilizzabile: tenuto nel fascicolo come “senza data”, fuori dalla linea del tempo.', en: 'Event without a usable date: kept in the record as “undated”, off the timeline.' }) }],
  ['date-from-document', { severity: 'info', message: () => ({ it: 'Evento senza data: si usa la data del documento.', en: 'Event without a date: the document’s date is used.' }) }],
  ['no-patient', { severity: 'warning', message: () => ({ it: 'Nessuna risorsa Patient: il paziente è sconosciuto.', en: 'No Patient resource: the patient is unknown.' }) }],
  ['patient-not-found', { severity: 'warning', message: (p) => ({ it: `Il paziente richiesto (${q(p.value)}) non è nei dati: si usa quello a cui si riferiscono più risorse.`, en: `The requested patient (${q(p.value)}) is not in the data: using the one most resources refer to.` }) }],
  ['patient-without-cf', { severity: 'info', message: () => ({ it: 'Paziente senza codice fiscale.', en: 'Patient without a fiscal code.' }) }],
  ['invalid-cf', { severity: 'warning', message: (p) => ({ it: `Codice fiscale non valido: ${q(p.value)}.`, en: `Invalid fiscal code: ${q(p.value)}.` }) }],
  ['conflicting-patient-data', { severity: 'warning', message: (p) => ({ it: `Dati del paziente in conflitto (${q(p.field)}): ${q(p.values)}; si usa ${q(p.kept)}.`, en: `Conflicting patient data (${q(p.field)}): ${q(p.values)}; using ${q(p.kept)}.` }) }],
  ['other-patient', { severity: 'warning', message: (p) => ({ it: `Dati di un’altra persona (${q(p.who)}): non uniti al fascicolo.`, en: `Data of another person (${q(p.who)}): not merged into the record.` }) }],
  ['absent-patient-resource', { severity: 'warning', message: (p) => ({ it: `${q(p.key)} riguarda un paziente assente dai dati (${q(p.ref)}): esclusa dal fascicolo.`, en: `${q(p.key)} is about a patient absent from the data (${q(p.ref)}): left out of the record.` }) }],
  ['unused-resources', { severity: 'info', message: (p) => ({ it: `${q(p.count)} risorse ${q(p.type)} non mostrate: ${q(p.whyIt)}.`, en: `${q(p.count)} ${q(p.type)} resources not shown: ${q(p.whyEn)}.` }) }],
  ['other-patient-resource', { severity: 'info', message: (p) => ({ it: `${q(p.key)} appartiene a un’altra persona: esclusa.`, en: `${q(p.key)} belongs to another person: left out.` }) }],
  ['unclassified-resource', { severity: 'info', message: (p) => ({ it: `Risorsa ${q(p.type)} non classificabile: mostrata come "altro".`, en: `${q(p.type)} resource cannot be classified: shown as "other".` }) }],
  ['unknown-document-type', { severity: 'warning', message: (p) => ({ it: `Tipo di documento non riconosciuto (${q(p.code)}).`, en: `Unknown document type (${q(p.code)}).` }) }],
  ['coding-without-code', { severity: 'info', message: () => ({ it: 'Codifica senza codice: ignorata.', en: 'Coding without a code: ignored.' }) }],
  ['unknown-code-system', { severity: 'info', message: (p) => ({ it: `Sistema di codifica non riconosciuto "${q(p.system)}".`, en: `Unrecognised code system "${q(p.system)}".` }) }],
  ['value-too-long', { severity: 'info', message: (p) => ({ it: `Testo troppo lungo (${q(p.length)} caratteri): troncato.`, en: `Text too long (${q(p.length)} characters): truncated.` }) }],
  ['narrative-unsafe', { severity: 'warning', message: (p) => ({ it: `Testo del documento con contenuti non ammessi (${q(p.what)}): tolti, il resto del testo è mostrato.`, en: `Document text with disallowed content (${q(p.what)}): removed, the rest of the text is shown.` }) }],
  ['narrative-too-deep', { severity: 'warning', message: (p) => ({ it: `Struttura del testo annidata troppo in profondità (${q(p.what)}): la parte più interna è mostrata come testo semplice.`, en: `Text structure nested too deep (${q(p.what)}): the innermost part is shown as plain text.` }) }],
  ['narrative-not-xhtml', { severity: 'warning', message: (p) => ({ it: `Il testo del documento non è XHTML ben formato (${q(p.what)}): mostrato come testo semplice.`, en: `The document text is not well-formed XHTML (${q(p.what)}): shown as plain text.` }) }],
  ['placeholder-value', { severity: 'info', message: (p) => ({ it: `Valore segnaposto "${q(p.value)}": ignorato.`, en: `Placeholder value "${q(p.value)}": ignored.` }) }],
  ['unknown-access-rule', { severity: 'info', message: (p) => ({ it: `Regola di accesso sconosciuta ${q(p.code)}.`, en: `Unknown access rule ${q(p.code)}.` }) }],
  ['invalid-confidentiality', { severity: 'warning', message: (p) => ({ it: `Riservatezza sconosciuta "${q(p.value)}": si usa N.`, en: `Unknown confidentiality "${q(p.value)}": using N.` }) }],
  ['document-without-composition', { severity: 'info', message: () => ({ it: 'Documento noto solo dai metadati (DocumentReference).', en: 'Document known only by its metadata (DocumentReference).' }) }],
  ['unknown-status', { severity: 'info', message: (p) => ({ it: `Stato sconosciuto "${q(p.value)}".`, en: `Unknown status "${q(p.value)}".` }) }],
  ['consent-superseded', { severity: 'info', message: (p) => ({ it: `Consenso sostituito da uno più recente (${q(p.purpose)}).`, en: `Consent superseded by a later one (${q(p.purpose)}).` }) }],
  ['specimen-not-understood', { severity: 'warning', message: (p) => ({ it: `Campione di laboratorio senza un tipo riconoscibile (${q(p.code)}): risultati mostrati senza il campione.`, en: `Lab specimen without a recognisable type (${q(p.code)}): results shown without the specimen.` }) }],
  ['panel-member-not-result', { severity: 'warning', message: (p) => ({ it: `Un gruppo di esami elenca tra i risultati un ${q(p.type)}, che non è un risultato: ignorato.`, en: `A panel lists a ${q(p.type)} among its results, which is not a result: ignored.` }) }],
  ['device-not-understood', { severity: 'warning', message: () => ({ it: 'Dispositivo medico senza tipo né nome: mostrato come “Dispositivo medico”.', en: 'Medical device without a type or a name: shown as “Dispositivo medico”.' }) }],
  ['consent-not-understood', { severity: 'warning', message: () => ({ it: 'Consenso di tipo non riconosciuto: ignorato.', en: 'Consent of an unrecognised kind: ignored.' }) }],
  ['delegation-not-understood', { severity: 'info', message: () => ({ it: 'Persona collegata senza un tipo di delega riconosciuto: non è una delega.', en: 'Related person without a recognised delegation kind: not a delegation.' }) }],
  ['audit-not-understood', { severity: 'warning', message: () => ({ it: 'Accesso registrato senza data o autore: ignorato.', en: 'Access log entry without date or agent: ignored.' }) }],
  ['invalid-value', { severity: 'warning', message: (p) => ({ it: `Valore non valido in ${q(p.field)}: ignorato.`, en: `Invalid value in ${q(p.field)}: ignored.` }) }],
  ['invalid-time-zone', { severity: 'warning', message: (p) => ({ it: `Fuso orario sconosciuto "${q(p.value)}": si usa Europe/Rome.`, en: `Unknown time zone "${q(p.value)}": using Europe/Rome.` }) }],
]);

/**
 * Collects issues; paths are strings built from {@link Loc}s at the moment of the issue. Each issue
 * also remembers what it was raised in (the owner of its location: a resource of the input), so
 * that once the record is built {@link settle} can name in `subjectIds` every model object it
 * concerns — `viewFor` drops an issue whenever one of them is hidden, and shows an issue about
 * nothing it can name only to the citizen.
 */
export class IssueLog {
  readonly list: Issue[] = [];
  private readonly raisedIn = new Map<Issue, Res>();
  add(code: string, loc: Loc | string, field?: string, params: P = {}, subjectIds?: string[], severity?: Severity): Issue {
    const path = typeof loc === 'string' ? (field ? `${loc}.${field}` : loc) : loc.at(field);
    const issue = issueOf(ISSUE_CODES.get(code), code, path, params, subjectIds, severity);
    this.list.push(issue);
    const owner = typeof loc === 'string' ? undefined : loc.ownerOf();
    if (owner instanceof Res) this.raisedIn.set(issue, owner);
    return issue;
  }

  /**
   * Replaces the subjects of every issue by the model objects they stand for: `objectsOf(res)` for
   * the resource the issue was raised in, and for each id already named, `objectsOf(res)` when
   * `resOf(id)` knows it as a resource key, else the id itself (already a model id). A resource
   * that gave no model object keeps its key, so it is still named. An issue left with no subject
   * has `subjectIds` absent.
   */
  settle(objectsOf: (res: Res) => readonly string[], resOf: (id: string) => Res | undefined): void {
    for (const issue of this.list) {
      const out = new Set<string>();
      const add = (res: Res) => {
        const ids = objectsOf(res);
        if (ids.length) for (const id of ids) out.add(id);
        else out.add(res.key);
      };
      const owner = this.raisedIn.get(issue);
      if (owner) add(owner);
      for (const id of issue.subjectIds ?? []) {
        const res = resOf(id);
        if (res) add(res);
        else out.add(id);
      }
      if (out.size) issue.subjectIds = [...out];
      else delete issue.subjectIds;
    }
    this.raisedIn.clear();
  }
}

/**
 * An issue from its code's definition (the code itself as the message when the code is unknown),
 * with the message for people ({@link PLAIN_MESSAGES}, Italian — the locale modules say it in other
 * languages by its code — or the message itself when it quotes no value).
 */
export function issueOf(def: IssueDef | undefined, code: string, path: string, params: P, subjectIds?: string[], severity?: Severity): Issue {
  const message = def ? def.message(params) : { it: code, en: code };
  const issue: Issue = {
    severity: severity ?? def?.severity ?? 'warning',
    code,
    path,
    message,
  };
  const it = PLAIN_MESSAGES.get(code);
  const plain = it ? { it } : def && def.message.length === 0 ? message : undefined;
  if (plain) issue.plain = plain;
  if (subjectIds && subjectIds.length) issue.subjectIds = subjectIds;
  return issue;
}
