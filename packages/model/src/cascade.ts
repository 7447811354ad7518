/**
 * The obscuring cascade ("catena dell'oscuramento"): what is obscured along with a document.
 *
 * Obscuring a prescription also obscures the documents linked to it — the reports, dispensations
 * and specialist services that fulfil it (Regione Basilicata, https://www.salute.basilicata.it/?p=35299,
 * cited in `shared/domain/fse-2.0.md` §3.2; DPCM 178/2015 art. 8 c.2 asks that nobody can infer
 * that hidden data exist, and a report of a hidden prescription would tell). The link is the NRE
 * (numero di ricetta elettronica, OIDs 2.16.840.1.113883.2.9.4.3.8 / 4.3.9, XDS referenceIdList),
 * kept in `DocumentMeta.nre` and `MedicationDetail.nre` (FHIR.md).
 *
 * The rule, applied transitively:
 * - a hidden document hides every event read from inside it (`documentId`);
 * - a hidden *prescription* — a PRESC_FARM / PRESC_SPEC document (its `document.nre`), or a
 *   medication event of kind `prescription` (its `medication.nre`), standalone or read from a
 *   hidden document — hides every document that carries one of its NREs in `document.nre`, and
 *   every medication event with that `medication.nre` (a dispensation known without its document);
 * - a hidden report, dispensation or visit does not cascade: the NRE it carries is the one it
 *   fulfils, and obscuring it leaves the prescription and its other reports alone.
 */
import type { ClinicalEvent } from './types.js';

/** NREs are compared without spaces and case (`080A1 23456789` = `080a123456789`). */
export function normaliseNre(nre: string): string {
  return nre.replace(/\s+/g, '').toUpperCase();
}

const PRESCRIPTION_DOCS = new Set(['PRESC_FARM', 'PRESC_SPEC']);

/** The NREs a hidden event issues, i.e. that its obscuring extends to. */
export function issuedNres(e: ClinicalEvent): string[] {
  if (e.kind === 'document' && e.document && PRESCRIPTION_DOCS.has(e.document.nationalType)) {
    return Array.isArray(e.document.nre) ? e.document.nre.filter((n) => typeof n === 'string') : [];
  }
  if (e.kind === 'medication' && e.medication?.kind === 'prescription' && typeof e.medication.nre === 'string') {
    return [e.medication.nre];
  }
  return [];
}

function carries(raw: unknown, nres: ReadonlySet<string>, norm: Map<string, string>): boolean {
  if (typeof raw !== 'string') return false;
  let n = norm.get(raw);
  if (n === undefined) norm.set(raw, (n = normaliseNre(raw)));
  return nres.has(n);
}

/** Whether an event carries one of `nres` (normalised); `norm` memoises normalisation across passes. */
function carriesAny(e: ClinicalEvent, nres: ReadonlySet<string>, norm: Map<string, string>): boolean {
  if (e.kind === 'document' && e.document && Array.isArray(e.document.nre)) {
    for (const n of e.document.nre) if (carries(n, nres, norm)) return true;
  }
  return e.kind === 'medication' && e.medication !== undefined && carries(e.medication.nre, nres, norm);
}

/**
 * The set of hidden events, closed under the cascade: events read from a hidden document, and
 * carriers of a hidden prescription's NREs. Sets only, no index to build: `viewFor` decides each
 * event in one pass in record order (`hide` / `follows`), checks while emitting the view that
 * nothing was missed, and only then falls back to `close` (full passes to a fixpoint) — so a
 * record where nothing is hidden, or where documents come before their contents, costs one pass.
 */
export class CascadeSet {
  readonly hidden = new Set<string>();
  private readonly nres = new Set<string>();
  private readonly norm = new Map<string, string>();

  /** Hides an event, and the NREs it issues if it is a prescription. */
  hide(e: ClinicalEvent): void {
    this.hidden.add(e.id);
    for (const n of issuedNres(e)) this.nres.add(normaliseNre(n));
  }

  /** Whether an event must go with what is hidden: its document is, or it carries a hidden prescription's NRE. */
  follows(e: ClinicalEvent): boolean {
    return (e.documentId !== undefined && this.hidden.has(e.documentId)) || (this.nres.size > 0 && carriesAny(e, this.nres, this.norm));
  }

  /** Full passes over the events until nothing more is hidden. */
  close(events: readonly ClinicalEvent[]): void {
    for (let again = true; again; ) {
      again = false;
      const before = this.nres.size;
      for (const e of events) {
        if (!e || this.hidden.has(e.id) || !this.follows(e)) continue;
        this.hide(e);
        // contents may come earlier in the list than their document
        if (e.kind === 'document') again = true;
      }
      if (this.nres.size > before) again = true;
    }
  }
}

/**
 * The ids of the other events obscured along with `documentId`: the documents (and the
 * standalone medication events) linked to it by NRE, transitively, in record order. Events read
 * from inside those documents are not listed: they follow their document. `[]` when the
 * document is not a prescription or nothing carries its NREs. The consent panel shows this as
 * the cascade warning; `viewFor` applies it.
 */
export function obscuringCascade(events: readonly ClinicalEvent[], documentId: string): string[] {
  const source = events.find((e) => e && e.id === documentId);
  if (!source) return [];
  const cascade = new CascadeSet();
  cascade.hide(source);
  cascade.close(events);
  const hidden = cascade.hidden;
  const out: string[] = [];
  for (const e of events) {
    if (!e || e.id === documentId || !hidden.has(e.id)) continue;
    if (e.kind !== 'document' && typeof e.documentId === 'string' && hidden.has(e.documentId)) continue;
    out.push(e.id);
  }
  return out;
}
