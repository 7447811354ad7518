/**
 * What a clinician would miss in an emergency if a document were obscured. When the patient cannot
 * consent and there is a grave, imminent, irreparable risk, a professional may read the record
 * without consent — the Patient Summary first, then the rest, never the obscured documents, only
 * for the time strictly necessary (DM 7 settembre 2023, art. 20; GU code 23A05829):
 * obscuring the Patient Summary, or a document that holds a critical medicine (an anticoagulant,
 * insulin… `tables/critical-medicines.ts`), hides from them what they must know first. The consent
 * panel and `<fse-document>` say so before the citizen confirms.
 */
import type { ClinicalEvent, FseView } from './types.js';
import { criticalClassOf, type CriticalClass } from './tables/critical-medicines.js';
import { medicineOf } from './medicines.js';
import { obscuringCascade } from './cascade.js';

export interface EmergencyUse {
  /** The document is a Patient Summary (Profilo Sanitario Sintetico), the first thing read in an emergency. */
  patientSummary: boolean;
  /** Critical medicines the document (or what is obscured with it) holds, one per substance, in the order found. */
  critical: { substance: string; critical: CriticalClass }[];
}

/**
 * Why a document matters in an emergency, or undefined when it does not (or the view does not hold
 * it). Looks at the document, the medicines read from it and those of the documents its obscuring
 * would hide with it (`obscuringCascade`). Pure: only what the view holds.
 */
export function emergencyUseOf(view: FseView, documentId: string): EmergencyUse | undefined {
  const doc = view.events.find((e) => e.id === documentId && e.kind === 'document');
  if (!doc) return undefined;
  const docs = new Set([doc.id, ...obscuringCascade(view.events, doc.id)]);
  const critical: EmergencyUse['critical'] = [];
  const seen = new Set<string>();
  const consider = (ev: ClinicalEvent) => {
    if (ev.kind !== 'medication') return;
    const id = medicineOf(ev);
    const c = id.atc ? criticalClassOf(id.atc) : undefined;
    if (!c || seen.has(id.substance)) return;
    seen.add(id.substance);
    critical.push({ substance: id.substance, critical: c });
  };
  for (const ev of view.events) if (docs.has(ev.id) || (ev.documentId && docs.has(ev.documentId))) consider(ev);
  const patientSummary = doc.document?.nationalType === 'PSS';
  return patientSummary || critical.length ? { patientSummary, critical } : undefined;
}
