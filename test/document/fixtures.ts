/**
 * FHIR inputs for `<fse-document>`'s tests, stories and bench, read through fromFhir + viewFor
 * like real data: the generated sample record plus a superseded lab report (a newer version
 * replaces it), a long discharge letter (many sections, tables), an empty document whose content
 * is only in its signed PDF, and a lab series of many results each with a long history.
 */
import { fromFhir, viewFor, type FseView, type ViewerRole } from '@percorso/model';
import { generateFhir, SAMPLE_NOW, type FhirBundle, type FhirResource } from '@percorso/model/generator';

export { SAMPLE_NOW };

type R = FhirResource & Record<string, unknown>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const XHTML = (inner: string) => `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;

/** Ids of the documents the extras add (stable for stories and tests). */
export const EXTRA = {
  newer: 'Composition/doc-lab-v2',
  long: 'Composition/doc-long',
  empty: 'Composition/doc-empty',
} as const;

/** The generated sample plus a newer version of its last lab report, a long letter and an empty PDF-only report. */
export function documentBundle(events = 1500, seed = 2026): FhirBundle {
  const bundle = generateFhir({ seed, events, now: SAMPLE_NOW });
  const res = bundle.entry.map((e) => e.resource as R);
  const patient = res.find((r) => r.resourceType === 'Patient')!;
  const subject = { reference: `Patient/${patient.id}` };
  const labDrefs = res.filter((r) => r.resourceType === 'DocumentReference' && JSON.stringify(r.type).includes('11502-2'));
  const oldDref = labDrefs[labDrefs.length - 1]!;
  const oldCompRef = ((oldDref.context as { related: { reference: string }[] }).related[0]!.reference).split('/')[1]!;
  const oldComp = res.find((r) => r.resourceType === 'Composition' && r.id === oldCompRef)!;
  const extra: R[] = [];

  // A newer version of the last lab report: same content (without its entries), version 2, replaces the old.
  const comp2 = clone(oldComp);
  comp2.id = 'doc-lab-v2';
  comp2.title = `${String(oldComp.title ?? 'Referto di laboratorio')} (rettifica)`;
  comp2.extension = [{ url: 'http://hl7.org/fhir/StructureDefinition/composition-clinicaldocument-versionNumber', valueString: '2' }];
  for (const s of (comp2.section as { entry?: unknown }[] | undefined) ?? []) delete s.entry;
  comp2.section = [
    ...((comp2.section as unknown[]) ?? []),
    { title: 'Nota di rettifica', text: { status: 'generated', div: XHTML('<p>Corretto il valore di riferimento della <b>glicemia</b>; gli altri risultati sono invariati.</p>') } },
  ];
  const dref2 = clone(oldDref);
  dref2.id = 'docref-lab-v2';
  (dref2.masterIdentifier as { value: string }).value += '.v2';
  (dref2.context as { related: { reference: string }[] }).related = [{ reference: 'Composition/doc-lab-v2' }];
  dref2.relatesTo = [{ code: 'replaces', target: { reference: `DocumentReference/${oldDref.id}` } }];
  (dref2.content as { attachment: Record<string, unknown> }[])[0]!.attachment = { contentType: 'application/pdf', size: 184_320, title: 'Referto firmato' };
  extra.push(comp2, dref2);

  // A long discharge letter: 24 sections, with lists and tables.
  const date = '2025-10-20T10:00:00+02:00';
  const sections = [];
  for (let i = 1; i <= 24; i++) {
    const rows = Array.from({ length: 12 }, (_, k) => `<tr><td>Giorno ${k + 1}</td><td>Parametro ${i}.${k}</td><td>${(36 + (k % 3) * 0.4).toFixed(1)}</td></tr>`).join('');
    sections.push({
      title: i === 1 ? 'Diagnosi di dimissione' : i === 2 ? 'Terapia farmacologica alla dimissione' : `Decorso, parte ${i - 2}`,
      code: i === 1 ? { coding: [{ system: 'http://loinc.org', code: '11535-2' }] } : i === 2 ? { coding: [{ system: 'http://loinc.org', code: '10183-2' }] } : undefined,
      text: {
        status: 'generated',
        div: XHTML(
          i === 1
            ? '<ul><li>Scompenso cardiaco acuto</li><li>Fibrillazione atriale parossistica</li></ul>'
            : i === 2
              ? '<ol><li><b>Apixaban</b> 5 mg, una compressa due volte al giorno</li><li>Furosemide 25 mg al mattino</li></ol>'
              : `<p>Giornata di degenza ${i - 2}: condizioni stabili, paziente vigile e collaborante.</p><table><thead><tr><th>Giorno</th><th>Parametro</th><th>Temperatura (°C)</th></tr></thead><tbody>${rows}</tbody></table>`,
        ),
      },
    });
  }
  extra.push(
    { resourceType: 'Composition', id: 'doc-long', status: 'final', type: { coding: [{ system: 'http://loinc.org', code: '34105-7' }] }, subject, date, title: 'Lettera di dimissione — Cardiologia', section: sections } as R,
    { resourceType: 'DocumentReference', id: 'docref-long', status: 'current', type: { coding: [{ system: 'http://loinc.org', code: '34105-7' }] }, subject, date, content: [{ attachment: { contentType: 'application/pdf', size: 512_000 } }], context: { related: [{ reference: 'Composition/doc-long' }] } } as R,
  );

  // An empty report: no sections, the content only in the signed PDF.
  extra.push(
    { resourceType: 'Composition', id: 'doc-empty', status: 'final', type: { coding: [{ system: 'http://loinc.org', code: '68604-8' }] }, subject, date: '2025-09-02T09:15:00+02:00', title: 'RX torace (87.44.1)' } as R,
    { resourceType: 'DocumentReference', id: 'docref-empty', status: 'current', type: { coding: [{ system: 'http://loinc.org', code: '68604-8' }] }, subject, date: '2025-09-02T09:15:00+02:00', content: [{ attachment: { contentType: 'application/pdf', size: 96_000 } }], context: { related: [{ reference: 'Composition/doc-empty' }] } } as R,
  );
  return { ...bundle, entry: [...bundle.entry, ...extra.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource }))] } as FhirBundle;
}

const views = new Map<string, FseView>();
/** What `role` sees of {@link documentBundle}. */
export function documentView(role: ViewerRole = 'citizen', events = 1500): FseView {
  const key = `${role}/${events}`;
  let v = views.get(key);
  if (!v) views.set(key, (v = viewFor(fromFhir(documentBundle(events), { now: SAMPLE_NOW }), { role, now: SAMPLE_NOW })));
  return v;
}

/**
 * A lab series: `history + 1` lab reports, one a month, each with `results` results (local codes
 * with units and ranges), so the newest report has `history` previous values for every result.
 * Returns FHIR resources and the id of the newest report.
 */
export function labSeries(results = 200, history = 50): { resources: unknown[]; latest: string } {
  const out: unknown[] = [
    { resourceType: 'Patient', id: 'p-series', identifier: [{ system: 'http://hl7.org/fhir/sid/it-fiscal-code', value: 'RSSMRA60A41L219X' }], name: [{ family: 'Rossi', given: ['Maria'] }], birthDate: '1960-01-01' },
  ];
  const subject = { reference: 'Patient/p-series' };
  let latest = '';
  for (let d = 0; d <= history; d++) {
    const month = new Date(Date.UTC(2021, d, 10, 7, 30));
    const iso = month.toISOString().replace('.000Z', '+00:00');
    const entries = [];
    for (let k = 0; k < results; k++) {
      const id = `o-${d}-${k}`;
      const value = 50 + ((k * 7 + d * 13) % 40);
      out.push({
        resourceType: 'Observation',
        id,
        status: 'final',
        code: { coding: [{ system: 'urn:oid:2.16.840.1.113883.2.9.2.10.6.11', code: `A${k}`, display: `Analita ${k + 1}` }] },
        subject,
        effectiveDateTime: iso,
        valueQuantity: { value, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' },
        referenceRange: [{ low: { value: 55, unit: 'mg/dL' }, high: { value: 85, unit: 'mg/dL' } }],
        interpretation: value > 85 ? [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'H' }] }] : value < 55 ? [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'L' }] }] : [],
      });
      entries.push({ reference: `Observation/${id}` });
    }
    // Panels of 20 results (a DiagnosticReport each), on serum, whole blood or urine, as labs group them.
    const panels = [];
    for (const [i, code] of ['SER', 'BLD', 'UR'].entries()) out.push({ resourceType: 'Specimen', id: `sp-${d}-${i}`, subject, type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-SpecimenType', code }] } });
    for (let p = 0; p * 20 < results; p++) {
      out.push({
        resourceType: 'DiagnosticReport',
        id: `dr-${d}-${p}`,
        status: 'final',
        code: { text: `Pannello ${p + 1}` },
        subject,
        effectiveDateTime: iso,
        specimen: [{ reference: `Specimen/sp-${d}-${p % 3}` }],
        result: entries.slice(p * 20, p * 20 + 20),
      });
      panels.push({ reference: `DiagnosticReport/dr-${d}-${p}` });
    }
    out.push({
      resourceType: 'Composition',
      id: `lab-${d}`,
      status: 'final',
      type: { coding: [{ system: 'http://loinc.org', code: '11502-2' }] },
      subject,
      date: iso,
      title: 'Referto di laboratorio',
      section: [{ title: 'Chimica clinica', code: { coding: [{ system: 'http://loinc.org', code: '18719-5' }] }, entry: [...panels, ...entries], text: { status: 'generated', div: XHTML(`<p>${results} esami eseguiti.</p>`) } }],
    });
    latest = `Composition/lab-${d}`;
  }
  return { resources: out, latest };
}
