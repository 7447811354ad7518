/**
 * What the cards show, derived from one FseView. Pure functions, no DOM.
 *
 * Privacy: everything here looks events up in the view's own events. An id that is not there
 * (an event the viewer may not see) is never counted, linked or described.
 */
import { AIC_PACKS, medicineOf, type CarePath, type CarePathStep, type ClinicalEvent, type Coding, type FseView, type ViewerRole } from '@percorso/model';

export type Wording = 'citizen' | 'clinician';

/** Citizen words for the citizen, a parent or a delegate; clinician words for professionals. */
export function wordingFor(role: ViewerRole | string | undefined): Wording {
  return role === 'clinician' || role === 'emergency' ? 'clinician' : 'citizen';
}

const SYSTEM_LABELS: Record<string, string> = {
  'urn:oid:2.16.840.1.113883.6.103': 'ICD-9-CM',
  'urn:oid:2.16.840.1.113883.6.104': 'ICD-9-CM',
  'http://hl7.org/fhir/sid/icd-9-cm': 'ICD-9-CM',
  'http://hl7.org/fhir/sid/icd-10': 'ICD-10',
  'urn:oid:2.16.840.1.113883.6.3': 'ICD-10',
  'http://snomed.info/sct': 'SNOMED CT',
  'urn:oid:2.16.840.1.113883.6.96': 'SNOMED CT',
  'http://loinc.org': 'LOINC',
  'urn:oid:2.16.840.1.113883.6.1': 'LOINC',
  'http://www.whocc.no/atc': 'ATC',
  'urn:oid:2.16.840.1.113883.6.73': 'ATC',
  'urn:oid:2.16.840.1.113883.2.9.6.1.5': 'AIC',
};

/** A short, human name for a code system (`ICD-9-CM`), or the last part of its URI. */
export function systemLabel(system: string): string {
  const known = SYSTEM_LABELS[system];
  if (known) return known;
  const tail = system.split(/[/:#]/).filter(Boolean).pop();
  return tail ?? system;
}

const PREFERRED_SYSTEMS = ['ICD-9-CM', 'ICD-10', 'SNOMED CT'];

/**
 * The condition in plain words and the codes to show beside it. Codings of one condition in
 * several systems carry displays in several languages, so the words come from the preferred
 * system (ICD-9-CM, as the FSE uses it, then ICD-10, SNOMED CT), else from whatever is there.
 */
export function conditionSummary(conditions: readonly Coding[]): { words: string[]; preferred: Coding[]; codes: Coding[] } {
  let preferred: Coding[] = [];
  for (const label of PREFERRED_SYSTEMS) {
    preferred = conditions.filter((c) => systemLabel(c.system) === label);
    if (preferred.length) break;
  }
  if (!preferred.length) preferred = [...conditions];
  const words: string[] = [];
  const addWords = (list: readonly Coding[]) => {
    for (const c of list) {
      const d = c.display?.trim();
      if (d && !words.some((w) => w.toLowerCase() === d.toLowerCase())) words.push(d);
    }
  };
  addWords(preferred);
  if (!words.length) addWords(conditions.slice(0, 1).concat(conditions.filter((c) => c.display).slice(0, 1)));
  return { words, preferred, codes: [...conditions] };
}

export interface Recurrence {
  n: number;
  unit: 'D' | 'W' | 'M' | 'Y';
}

/** `P6M` → every 6 months. Other durations (with times, or mixed units) are not shown. */
export function parseRecurrence(iso: string | undefined): Recurrence | undefined {
  if (!iso) return undefined;
  const m = /^P(\d+)([DWMY])$/.exec(iso.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 ? { n, unit: m[2] as Recurrence['unit'] } : undefined;
}

export interface NextAppointment {
  start: number;
  /** The visible booking event, when there is one. */
  booking?: ClinicalEvent;
  /** The step it books, when known. */
  step?: CarePathStep;
  title: string;
}

export interface PathSummary {
  path: CarePath;
  /** Steps that count for progress: all but cancelled ones. */
  total: number;
  done: number;
  booked: number;
  overdue: number;
  planned: number;
  /** The path's therapies that are in the view. */
  therapies: ClinicalEvent[];
  next?: NextAppointment;
  /** Ids of the path's events in the view: its events, therapies, the steps' events and bookings. */
  eventIds: string[];
  /** Per step: ids of its events in the view (fulfilling events, then the booking). */
  stepEventIds: Map<string, string[]>;
  /** Per step: its booking event, if in the view. */
  stepBooking: Map<string, ClinicalEvent>;
  /** Per step: its cancelled (or missed) bookings in the view, latest first — the step is to do again. */
  stepCancelled: Map<string, ClinicalEvent[]>;
  /** Per step: its latest fulfilling event in the view. */
  stepDoneEvent: Map<string, ClinicalEvent>;
}

/** Indexes a view's events by id. */
export function indexEvents(view: FseView): Map<string, ClinicalEvent> {
  const byId = new Map<string, ClinicalEvent>();
  for (const e of view.events) byId.set(e.id, e);
  return byId;
}

function visible(ids: readonly string[] | undefined, byId: Map<string, ClinicalEvent>): string[] {
  if (!Array.isArray(ids)) return [];
  return ids.filter((id) => typeof id === 'string' && byId.has(id));
}

const BOOKED_APPOINTMENT = new Set(['booked', 'proposed']);

/** Summarises one care path against the view's events and `now`. */
export function summarise(path: CarePath, byId: Map<string, ClinicalEvent>, now: number): PathSummary {
  let total = 0;
  let done = 0;
  let booked = 0;
  let overdue = 0;
  let planned = 0;
  const stepEventIds = new Map<string, string[]>();
  const stepBooking = new Map<string, ClinicalEvent>();
  const stepDoneEvent = new Map<string, ClinicalEvent>();
  const all = new Set<string>(visible(path.eventIds, byId));
  const candidates: NextAppointment[] = [];
  const bookingsOfSteps = new Set<string>();

  for (const step of path.steps) {
    if (step.status !== 'cancelled') total++;
    if (step.status === 'done') done++;
    else if (step.status === 'booked') booked++;
    else if (step.status === 'overdue') overdue++;
    else if (step.status === 'planned') planned++;

    const ids = visible(step.eventIds, byId);
    let latest: ClinicalEvent | undefined;
    for (const id of ids) {
      const e = byId.get(id)!;
      if (e.undated) continue; // no date to say when the step was done
      if (!latest || e.date.start > latest.date.start) latest = e;
    }
    if (latest) stepDoneEvent.set(step.id, latest);
    const booking = step.bookingId ? byId.get(step.bookingId) : undefined;
    if (booking && step.bookingId) {
      stepBooking.set(step.id, booking);
      bookingsOfSteps.add(booking.id);
      if (!ids.includes(booking.id)) ids.push(booking.id);
    }
    stepEventIds.set(step.id, ids);
    for (const id of ids) all.add(id);

    if (step.status === 'booked') {
      const start = booking && !booking.undated ? booking.date.start : step.due?.start;
      if (start !== undefined && start >= now) candidates.push({ start, booking, step, title: step.title });
    }
  }

  // Appointments of the path that no step claims.
  for (const id of all) {
    const e = byId.get(id)!;
    if (e.kind !== 'appointment' || bookingsOfSteps.has(e.id)) continue;
    const status = e.booking?.status;
    if (status && !BOOKED_APPOINTMENT.has(status)) continue;
    if (!e.undated && e.date.start >= now) candidates.push({ start: e.date.start, booking: e, title: e.title });
  }
  candidates.sort((a, b) => a.start - b.start);

  // Bookings of a step that were cancelled or missed: the step shows them struck through, and they are among its events.
  const stepCancelled = new Map<string, ClinicalEvent[]>();
  for (const id of all) {
    const e = byId.get(id)!;
    const stepId = e.booking?.carePathStepId;
    if (e.kind !== 'appointment' || !stepId || bookingsOfSteps.has(e.id) || (e.booking?.status !== 'cancelled' && e.booking?.status !== 'noshow')) continue;
    if (!stepEventIds.has(stepId)) continue;
    stepCancelled.set(stepId, [...(stepCancelled.get(stepId) ?? []), e].sort((a, b) => b.date.start - a.date.start));
    const ids = stepEventIds.get(stepId)!;
    if (!ids.includes(e.id)) ids.push(e.id);
  }

  const therapies = visible(path.therapyIds, byId).map((id) => byId.get(id)!);
  for (const t of therapies) all.add(t.id);

  return {
    path,
    total,
    done,
    booked,
    overdue,
    planned,
    therapies,
    next: candidates[0],
    eventIds: [...all],
    stepEventIds,
    stepBooking,
    stepCancelled,
    stepDoneEvent,
  };
}

/**
 * Why a view's care paths cannot be shown (for developers, in English), or undefined. The base
 * element checks the view and its events; this checks what the cards read.
 */
export function invalidCarePathsReason(view: FseView): string | undefined {
  const paths = (view as { carePaths?: unknown }).carePaths;
  if (paths === undefined) return undefined;
  if (!Array.isArray(paths)) return 'view.carePaths is not an array';
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i] as Partial<CarePath> | null;
    if (typeof p !== 'object' || p === null || typeof p.id !== 'string' || typeof p.title !== 'string')
      return `view.carePaths[${i}] is not a care path (id and title are required)`;
    if (!Array.isArray(p.steps)) return `view.carePaths[${i}].steps is not an array`;
    for (let j = 0; j < p.steps.length; j++) {
      const s = p.steps[j] as Partial<CarePathStep> | null;
      if (typeof s !== 'object' || s === null || typeof s.id !== 'string' || typeof s.status !== 'string')
        return `view.carePaths[${i}].steps[${j}] is not a step (id and status are required)`;
    }
    for (const key of ['conditions', 'team', 'goals', 'therapyIds', 'eventIds', 'patientNotes'] as const) {
      if (p[key] !== undefined && !Array.isArray(p[key])) return `view.carePaths[${i}].${key} is not an array`;
    }
  }
  return undefined;
}

const STATUS_ORDER: Record<string, number> = { active: 0, 'on-hold': 1, draft: 2, unknown: 3, completed: 4, revoked: 5 };

/** Active paths first, then on hold, drafts, completed and stopped ones; newest first within each. */
export function sortPaths(paths: readonly CarePath[]): CarePath[] {
  return [...paths].sort(
    (a, b) =>
      (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3) ||
      (b.period?.start?.start ?? 0) - (a.period?.start?.start ?? 0) ||
      a.title.localeCompare(b.title),
  );
}

const STEP_ORDER: Record<string, number> = { overdue: 0, booked: 1, planned: 2, cancelled: 3, done: 4 };

/**
 * The steps in the order of what to do: overdue first, then booked (the next appointment), then
 * planned, each soonest first, then cancelled ones; done steps apart, latest first (the card folds
 * them). A step without a date keeps its place in the path after the dated ones of its kind.
 */
export function orderSteps(steps: readonly CarePathStep[], whenOf: (s: CarePathStep) => number | undefined): { open: CarePathStep[]; done: CarePathStep[] } {
  const at = new Map(steps.map((s, i) => [s, i]));
  const key = (s: CarePathStep) => whenOf(s) ?? Infinity;
  const open = steps
    .filter((s) => s.status !== 'done')
    .sort((a, b) => (STEP_ORDER[a.status] ?? 2) - (STEP_ORDER[b.status] ?? 2) || key(a) - key(b) || at.get(a)! - at.get(b)!);
  const done = steps.filter((s) => s.status === 'done').sort((a, b) => (whenOf(b) ?? -Infinity) - (whenOf(a) ?? -Infinity) || at.get(a)! - at.get(b)!);
  return { open, done };
}

/**
 * A therapy as a citizen recognises it: the active substance and the brand together, "Rivaroxaban
 * (Xarelto)", from the model's ATC and AIC tables (`medicineOf`); the substance alone when the
 * brand is not known or is the substance's own name.
 */
export function therapyName(ev: ClinicalEvent): string {
  const m = medicineOf(ev);
  const aic = (ev.medication?.medication ?? []).map((c) => AIC_PACKS[c.code]).find(Boolean);
  // The brand is the pack's name up to its strength or form ("Xarelto 20 mg 28 compresse" → "Xarelto").
  const brand = (aic?.brand ?? m.brand?.split(/[*\d(]/)[0])?.trim().replace(/[\s,;–—-]+$/, '');
  if (!brand || brand.toLocaleLowerCase() === m.substance.toLocaleLowerCase()) return m.substance;
  if (m.substance === ev.title || m.substance.toLocaleLowerCase().startsWith(brand.toLocaleLowerCase())) return m.substance;
  return `${m.substance} (${brand})`;
}
