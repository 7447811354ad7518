/**
 * `viewFor(record, viewer)`: what one viewer may see of a record — the only place privacy is
 * decided (DESIGN §5). Elements receive the view and nothing else, so what a viewer may not see
 * cannot reach them.
 *
 * Rules and their sources (`shared/domain/fse-2.0.md` §3):
 *
 * - **Obscured (P99)** — visible only to the citizen. DPCM 178/2015 art. 8 c.2: obscuring happens
 *   so that "tutti i soggetti abilitati all'accesso … non possano venire automaticamente a
 *   conoscenza del fatto che l'assistito ha effettuato tale scelta e che tali dati esistano".
 *   Delegates and parents are subjects enabled to access, so they do not see it either (DESIGN
 *   §5: "visible only to the citizen; in every other view it is absent"). Emergency access
 *   excludes obscured documents explicitly (DM 7/9/2023 art. 20).
 * - **Absent, not greyed**: a hidden document goes together with everything derived from it —
 *   the events read from it, the documents of its obscuring cascade (`cascade.ts`), the care paths
 *   read from it, access-log rows about it, issues about it, and every id that points at it
 *   (steps' `eventIds` / `bookingId`, `therapyIds`, `carePathIds`, `encounterId`,
 *   `document.eventIds`, `encounter.partOf`, `booking.carePathStepId`). The view of a record is
 *   deep-equal to the view of the same record with those objects deleted: no counters, no gaps.
 * - **Protected categories** (DM 7/9/2023 art. 6: HIV, IVG, sexual violence, substance use,
 *   anonymous birth, consultori) — "visibili solo all'assistito" unless the citizen consents, at
 *   the provider, to make them visible: a clinician sees one only with that consent (a
 *   `protected-visibility` Consent for the document, the latest deciding; else
 *   `privacy.protectedVisible`). The consent is towards professionals, so delegates and parents
 *   never see them; emergency access never shows them either (the brief of this project: an
 *   emergency view shows no obscured or protected item).
 * - **P97** hidden from the parent (also from a delegate holding a parental delegation, so the
 *   rule cannot be side-stepped by asking for the delegate role); **P98** hidden from the patient
 *   — and so from whoever sees the record as the patient (delegate, parent) — but not from
 *   clinicians.
 * - **Consultation consent** (DM 7/9/2023 art. 8): a clinician (purpose TREATMENT, the default)
 *   needs the latest `consultation` consent for purpose `care` to be a permit; otherwise the view
 *   is empty with `restriction: 'no-consent'` (only the patient's identity is kept, for the
 *   honest empty state). Other non-emergency purposes are not covered by any consultation
 *   purpose and get the same empty view.
 * - **Emergency** (role `emergency`, or purpose EMERGENCY / PUBEMERGENCY; DM 7/9/2023 art. 20)
 *   needs no consent and shows "first the PSS": events stay sorted by date, and
 *   `view.firstIds` lists the visible Patient Summary documents (current before superseded,
 *   newest first) for lists to put on top.
 * - **Delegate / parent**: need `viewer.delegationId` naming an outgoing delegation of the record
 *   that is active at `viewer.now` (status `active`, within `validFrom`…`validTo`), otherwise an
 *   empty view with `restriction: 'inactive-delegation'`. They see what the citizen sees except
 *   obscured and protected items, P97 (parental) and income exemptions.
 * - **Income exemptions**: "consultabili esclusivamente dall'assistito" (DM 7/9/2023 art. 3 c.2),
 *   so the citizen only; pathology exemptions follow the rest of the record.
 * - **Consents, delegations, access log**: citizen, delegate and parent views only.
 * - **Issues**: only those about what the view shows. `fromFhir`/`fromCda` name in `subjectIds`
 *   every model object an issue concerns (the event, its document, a care path…). The citizen's
 *   view leaves out an issue naming anything it hides; every other view keeps an issue only when
 *   it names something and everything it names is shown (the patient, a shown event, care path,
 *   step, consent, delegation or access-log row) — so an issue whose subject could not be
 *   determined reaches the citizen only. A restricted (empty) view has none.
 *
 * Pure: the record is never mutated; objects that need no change are shared with the record,
 * objects that lose a link are shallow copies. One pass over the events, with Sets.
 */
import { CascadeSet } from './cascade.js';
import type {
  AccessLogEntry,
  CarePath,
  CarePathStep,
  ClinicalEvent,
  Consent,
  Delegation,
  FromFhirResult,
  FseRecord,
  FseView,
  Issue,
  Patient,
  Privacy,
  Purpose,
  Viewer,
} from './types.js';

type Mode = 'citizen' | 'delegate' | 'parent' | 'clinician' | 'emergency';

interface Policy {
  mode: Mode;
  /** Hides P97 items. */
  parental: boolean;
}

const EMERGENCY_PURPOSES: ReadonlySet<Purpose> = new Set<Purpose>(['EMERGENCY', 'PUBEMERGENCY']);

function timeOf(c: { date?: { start: number } }): number {
  const t = c.date?.start;
  return typeof t === 'number' && Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
}

/** The latest of some consents (by date; on equal dates the later in the list). */
function latest(consents: readonly Consent[]): Consent | undefined {
  let best: Consent | undefined;
  for (const c of consents) if (!best || timeOf(c) >= timeOf(best)) best = c;
  return best;
}

/** Whether the record's consultation consent for care is a permit. */
export function hasCareConsent(record: FseRecord): boolean {
  const care = entries(record.consents).filter((c) => c.scope === 'consultation' && c.purpose === 'care');
  return latest(care)?.decision === 'permit';
}

/** Whether a delegation is active at `now` (status and validity period). */
export function isDelegationActive(d: Delegation, now: number): boolean {
  if (d.status !== 'active') return false;
  if (d.validFrom && typeof d.validFrom.start === 'number' && now < d.validFrom.start) return false;
  if (d.validTo && typeof d.validTo.end === 'number' && now >= d.validTo.end) return false;
  return true;
}

/** The patient as a restricted view shows it: who they are, nothing of their health. */
function identityOnly(p: Patient): Patient {
  const out: Patient = {
    id: p.id,
    identifiers: p.identifiers,
    given: p.given,
    family: p.family,
    name: p.name,
    exemptions: [],
    source: p.source,
  };
  if (p.cf !== undefined) out.cf = p.cf;
  if (p.birthDate !== undefined) out.birthDate = p.birthDate;
  if (p.sex !== undefined) out.sex = p.sex;
  return out;
}

function withoutIncomeExemptions(p: Patient): Patient {
  if (!p.exemptions.some((x) => x.kind === 'income')) return p;
  return { ...p, exemptions: p.exemptions.filter((x) => x.kind !== 'income') };
}

function restricted(record: FseRecord, viewer: Viewer, restriction: 'no-consent' | 'inactive-delegation'): FseView {
  return {
    viewer,
    patient: identityOnly(record.patient),
    events: [],
    carePaths: [],
    consents: [],
    delegations: [],
    accessLog: [],
    issues: [],
    timeZone: record.timeZone,
    restriction,
  };
}

/**
 * What `viewer` may see of `record`. `issues` are the issues `fromFhir` returned with the record
 * (a record does not carry them); the view keeps those about what it shows. The result of
 * `fromFhir` can be passed whole instead of the record: `viewFor(fromFhir(json), viewer)` keeps
 * its issues.
 */
export function viewFor(record: FseRecord | FromFhirResult, viewer: Viewer, issues?: readonly Issue[]): FseView {
  if (isFromFhirResult(record)) return viewOf(record.record, viewer, issues ?? record.issues ?? []);
  return viewOf(record, viewer, issues ?? []);
}

function isFromFhirResult(x: FseRecord | FromFhirResult): x is FromFhirResult {
  return typeof x === 'object' && x !== null && 'record' in x && !('events' in x);
}

/** An entry of a record's list that can be judged: an object with a string id. */
const isEntry = (x: unknown): x is { id: string } => typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string';

/** Its entries, or the list itself when every item is one (the usual case: nothing copied). */
function entries<T>(list: readonly T[] | undefined): T[] {
  const items = (Array.isArray(list) ? list : []) as T[];
  return items.every(isEntry) ? items : items.filter(isEntry);
}

/**
 * The record with only what can be judged: an item of a list that is not an object with a string
 * id (null, a number, `{}` — a host building records by hand) cannot be said to be anyone's to see,
 * so no view shows it, and it does not stop the view of everything else.
 */
function judgeable(r: FseRecord): FseRecord {
  const carePaths = entries(r.carePaths).map((cp) => {
    const steps = entries(cp.steps);
    return steps === cp.steps ? cp : { ...cp, steps };
  });
  return {
    ...r,
    events: entries(r.events),
    carePaths,
    consents: entries(r.consents),
    delegations: entries(r.delegations),
    accessLog: entries(r.accessLog),
  };
}

function viewOf(input: FseRecord, viewer: Viewer, issues: readonly Issue[]): FseView {
  const record = judgeable(input);
  const role = viewer.role;
  let purpose = viewer.purpose;
  if (role === 'clinician' && purpose === undefined) purpose = 'TREATMENT';
  if (role === 'emergency' && purpose === undefined) purpose = 'EMERGENCY';
  const v: Viewer = purpose === viewer.purpose ? { ...viewer } : { ...viewer, purpose };
  const now = typeof viewer.now === 'number' ? viewer.now : Date.now();

  let policy: Policy;
  switch (role) {
    case 'citizen':
      policy = { mode: 'citizen', parental: false };
      break;
    case 'delegate':
    case 'parent': {
      const d = record.delegations.find((x) => x.id === viewer.delegationId && x.direction === 'outgoing');
      if (viewer.delegationId === undefined || !d || !isDelegationActive(d, now)) return restricted(record, v, 'inactive-delegation');
      policy = { mode: role, parental: role === 'parent' || d.basis === 'parental' };
      break;
    }
    case 'clinician':
    case 'emergency':
      if (role === 'emergency' || EMERGENCY_PURPOSES.has(purpose!)) policy = { mode: 'emergency', parental: false };
      else if (purpose !== 'TREATMENT' || !hasCareConsent(record)) return restricted(record, v, 'no-consent');
      else policy = { mode: 'clinician', parental: false };
      break;
    default:
      // An unknown role sees nothing (fail closed).
      return restricted(record, v, 'no-consent');
  }
  return buildView(record, v, issues, policy);
}

function buildView(record: FseRecord, viewer: Viewer, issues: readonly Issue[], policy: Policy): FseView {
  const { mode, parental } = policy;
  const professional = mode === 'clinician' || mode === 'emergency';

  // Protected-visibility consents, latest per document.
  const protectedDecision = new Map<string, Consent>();
  for (const c of record.consents) {
    if (c.scope !== 'protected-visibility' || typeof c.documentId !== 'string') continue;
    const prev = protectedDecision.get(c.documentId);
    if (!prev || timeOf(c) >= timeOf(prev)) protectedDecision.set(c.documentId, c);
  }
  const protectedVisible = (p: Privacy, key: string): boolean => {
    const c = protectedDecision.get(key);
    return c ? c.decision === 'permit' : p.protectedVisible === true;
  };
  /** Whether this viewer may not see an item with this privacy (key: the document it belongs to). */
  const hides = (p: Privacy | undefined, key: string): boolean => {
    if (!p) return mode !== 'citizen'; // no privacy information: fail closed for others
    if (mode === 'citizen') return p.hiddenFromPatient === true;
    if (p.obscured) return true;
    if (mode === 'clinician') return p.protectedCategory !== undefined && !protectedVisible(p, key);
    if (p.protectedCategory !== undefined) return true;
    if (mode === 'emergency') return false;
    // delegate, parent: see as the patient does
    return p.hiddenFromPatient === true || (parental && p.hiddenFromParent === true);
  };

  // Pass 1, in record order: hidden by its own privacy, or following a hidden document or
  // prescription (cascade.ts).
  const events = record.events;
  const cascade = new CascadeSet();
  const hidden = cascade.hidden;
  for (const e of events) if (hides(e.privacy, e.documentId ?? e.id) || cascade.follows(e)) cascade.hide(e);

  // Pass 2: the visible events, with links to hidden things removed. Should it meet an event
  // that follows something hidden later in the list (contents listed before their document),
  // close the set with full passes and emit again.
  let emitted = emit(record, events, cascade, hides);
  if (!emitted) {
    cascade.close(events);
    emitted = emit(record, events, cascade, hides)!;
  }
  const { outEvents, carePaths, hiddenPaths, hiddenSteps } = emitted;

  // Consents, delegations, access log: the patient's side only.
  const droppedIds = new Set<string>();
  const consents: Consent[] = [];
  let delegations: Delegation[] = [];
  const accessLog: AccessLogEntry[] = [];
  if (professional) {
    for (const c of record.consents) droppedIds.add(c.id);
    for (const d of record.delegations) droppedIds.add(d.id);
    for (const a of record.accessLog) droppedIds.add(a.id);
  } else {
    for (const c of record.consents) {
      if (c.documentId !== undefined && hidden.has(c.documentId)) droppedIds.add(c.id);
      else consents.push(c);
    }
    delegations = record.delegations.slice();
    for (const a of record.accessLog) {
      const ids = a.documentIds ?? [];
      if (ids.length === 0 || !ids.some((id) => hidden.has(id))) {
        accessLog.push(a);
        continue;
      }
      const kept = ids.filter((id) => !hidden.has(id));
      if (kept.length === 0) droppedIds.add(a.id);
      else accessLog.push({ ...a, documentIds: kept });
    }
  }

  // Issues. The citizen: none that names something of the record this view hides. Everyone else
  // (fail closed): only issues that name something, all of it shown in this view — an issue whose
  // subject the reader could not determine, or that names what this view does not show, is left out.
  const outIssues: Issue[] = [];
  if (mode === 'citizen') {
    const hiddenHere = (id: string) => hidden.has(id) || hiddenPaths.has(id) || hiddenSteps.has(id) || droppedIds.has(id);
    for (const issue of issues) if (!issue.subjectIds?.some(hiddenHere)) outIssues.push(issue);
  } else {
    const shown = new Set<string>([record.patient.id]);
    for (const e of outEvents) shown.add(e.id);
    for (const cp of carePaths) {
      shown.add(cp.id);
      for (const s of cp.steps) shown.add(s.id);
    }
    for (const x of [...consents, ...delegations, ...accessLog]) shown.add(x.id);
    for (const issue of issues) {
      const subjects = issue.subjectIds;
      if (subjects && subjects.length > 0 && subjects.every((id) => shown.has(id))) outIssues.push(issue);
    }
  }

  const view: FseView = {
    viewer,
    patient: mode === 'citizen' ? record.patient : withoutIncomeExemptions(record.patient),
    events: outEvents,
    carePaths,
    consents,
    delegations,
    accessLog,
    issues: outIssues,
    timeZone: record.timeZone,
  };
  if (mode === 'emergency') view.firstIds = patientSummaries(outEvents);
  return view;
}

interface Emitted {
  outEvents: ClinicalEvent[];
  carePaths: CarePath[];
  hiddenPaths: Set<string>;
  hiddenSteps: Set<string>;
}

/** The visible events and care paths, or undefined when an event turns out to follow a hidden one. */
function emit(
  record: FseRecord,
  events: readonly ClinicalEvent[],
  cascade: CascadeSet,
  hides: (p: Privacy | undefined, key: string) => boolean,
): Emitted | undefined {
  const hidden = cascade.hidden;
  // Care paths: hidden with their document, or by their own privacy.
  const hiddenPaths = new Set<string>();
  const hiddenSteps = new Set<string>();
  for (const cp of record.carePaths) {
    if ((cp.documentId !== undefined && hidden.has(cp.documentId)) || hides(cp.privacy, cp.documentId ?? cp.id)) {
      hiddenPaths.add(cp.id);
      for (const s of cp.steps) hiddenSteps.add(s.id);
    }
  }
  const anyHidden = hidden.size > 0 || hiddenPaths.size > 0;
  const outEvents: ClinicalEvent[] = [];
  for (const e of events) {
    if (hidden.has(e.id)) continue;
    if (anyHidden && cascade.follows(e)) return undefined;
    outEvents.push(anyHidden ? unlinkEvent(e, hidden, hiddenPaths, hiddenSteps) : e);
  }
  const carePaths: CarePath[] = [];
  for (const cp of record.carePaths) {
    if (hiddenPaths.has(cp.id)) continue;
    carePaths.push(hidden.size > 0 ? unlinkPath(cp, hidden) : cp);
  }
  return { outEvents, carePaths, hiddenPaths, hiddenSteps };
}

/** The Patient Summary documents of a view, current before superseded, newest first. */
function patientSummaries(events: readonly ClinicalEvent[]): string[] {
  const pss = events.filter(
    (e) => e.kind === 'document' && e.document?.nationalType === 'PSS' && e.document.status !== 'entered-in-error',
  );
  pss.sort((a, b) => {
    const ca = a.document!.status === 'current' ? 0 : 1;
    const cb = b.document!.status === 'current' ? 0 : 1;
    if (ca !== cb) return ca - cb;
    return timeOf(b) - timeOf(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  return pss.map((e) => e.id);
}

function anyIn(ids: readonly string[] | undefined, set: ReadonlySet<string>): boolean {
  if (!ids || set.size === 0) return false;
  for (let i = 0; i < ids.length; i++) if (set.has(ids[i]!)) return true;
  return false;
}

/** The event without links to hidden events, care paths or steps (the same object when it has none). */
function unlinkEvent(
  e: ClinicalEvent,
  hidden: ReadonlySet<string>,
  hiddenPaths: ReadonlySet<string>,
  hiddenSteps: ReadonlySet<string>,
): ClinicalEvent {
  // Checked first without allocating: almost every event keeps all its links.
  const enc = e.encounterId !== undefined && hidden.has(e.encounterId);
  const paths = anyIn(e.carePathIds, hiddenPaths);
  const contents =
    e.document !== undefined &&
    (anyIn(e.document.eventIds, hidden) ||
      (e.document.replaces !== undefined && hidden.has(e.document.replaces)) ||
      (e.document.replacedBy !== undefined && hidden.has(e.document.replacedBy)));
  const partOf = e.encounter?.partOf !== undefined && hidden.has(e.encounter.partOf);
  const step = e.booking?.carePathStepId !== undefined && hiddenSteps.has(e.booking.carePathStepId);
  if (!enc && !paths && !contents && !partOf && !step) return e;
  const out: ClinicalEvent = { ...e };
  if (enc) delete out.encounterId;
  if (paths) out.carePathIds = e.carePathIds.filter((id) => !hiddenPaths.has(id));
  if (contents) {
    const d = { ...e.document!, eventIds: e.document!.eventIds.filter((id) => !hidden.has(id)) };
    if (d.replaces !== undefined && hidden.has(d.replaces)) delete d.replaces;
    if (d.replacedBy !== undefined && hidden.has(d.replacedBy)) delete d.replacedBy;
    out.document = d;
  }
  if (partOf) {
    const x = { ...e.encounter! };
    delete x.partOf;
    out.encounter = x;
  }
  if (step) {
    const b = { ...e.booking! };
    delete b.carePathStepId;
    out.booking = b;
  }
  return out;
}

/** The care path without links to hidden events (the same object when it has none). */
function unlinkPath(cp: CarePath, hidden: ReadonlySet<string>): CarePath {
  const touches = (ids: readonly string[] | undefined): boolean => !!ids && ids.some((id) => hidden.has(id));
  const stepTouches = (s: CarePathStep): boolean => touches(s.eventIds) || (s.bookingId !== undefined && hidden.has(s.bookingId));
  if (!touches(cp.eventIds) && !touches(cp.therapyIds) && !cp.steps.some(stepTouches)) return cp;
  return {
    ...cp,
    eventIds: (cp.eventIds ?? []).filter((id) => !hidden.has(id)),
    therapyIds: (cp.therapyIds ?? []).filter((id) => !hidden.has(id)),
    steps: cp.steps.map((s) => {
      if (!stepTouches(s)) return s;
      const step: CarePathStep = { ...s, eventIds: (s.eventIds ?? []).filter((id) => !hidden.has(id)) };
      if (step.bookingId !== undefined && hidden.has(step.bookingId)) delete step.bookingId;
      return step;
    }),
  };
}
