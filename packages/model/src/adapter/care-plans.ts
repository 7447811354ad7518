/**
 * Care paths (PDTA, PAI, therapeutic plans, screening) from CarePlan: conditions, manager and
 * team, goals, notes for the patient, steps with their status (done, booked, overdue…) and the
 * appointments that book them, therapies; read after the events they link.
 */
import { PERCORSO_CS } from '../codes.js';
import type { Actor, CarePath, CarePathGoal, CarePathStep, ClinicalEvent, FuzzyDate, StepStatus } from '../types.js';
import { BOOKING_STATUS } from './appointments.js';
import type { Res } from './collect.js';
import { arr, isObj, MAX_NARRATIVE, num, obj, str } from './json.js';
import { defaultPrivacy, mergePrivacy, readPrivacy } from './privacy.js';
import { PENDING_DATE, pushUnique, type Doc, type Reader } from './reader.js';
import { CLINICAL_READERS } from './readers.js';

const CAREPATH_KIND = new Map<string, CarePath['kind']>([
  ['PDTA', 'PDTA'],
  ['PAI', 'PAI'],
  ['THERAPEUTIC_PLAN', 'THERAPEUTIC_PLAN'],
  ['SCREENING', 'SCREENING'],
]);

/** A care path's name when its CarePlan gives none but its kind. */
const CAREPATH_KIND_LABEL = new Map<CarePath['kind'], string>([
  ['PDTA', 'Percorso diagnostico terapeutico assistenziale'],
  ['PAI', 'Piano assistenziale individuale'],
  ['THERAPEUTIC_PLAN', 'Piano terapeutico'],
  ['SCREENING', 'Screening'],
]);

/** Names of the requests an activity may point to that are not events of their own. */
const REQUEST_TITLE = new Map([
  ['ServiceRequest', 'Prestazione richiesta'],
  ['DeviceRequest', 'Dispositivo richiesto'],
  ['NutritionOrder', 'Indicazioni nutrizionali'],
]);

/** The name of what a resource type is, for a step that says nothing else. */
const typeTitle = (type: string): string | undefined => CLINICAL_READERS.get(type)?.title || REQUEST_TITLE.get(type);

/** The resource type a Reference names: its `type`, else the `Type/` of its reference string. */
function refType(ref: Record<string, unknown>): string {
  if (typeof ref.type === 'string') return ref.type.trim();
  const s = typeof ref.reference === 'string' ? ref.reference : '';
  const hist = s.indexOf('/_history/');
  const path = hist > 0 ? s.slice(0, hist) : s;
  const last = path.lastIndexOf('/');
  if (last <= 0) return '';
  return path.slice(path.lastIndexOf('/', last - 1) + 1, last);
}

const CAREPATH_STATUS = new Set(['draft', 'active', 'on-hold', 'completed', 'revoked', 'unknown']);

export function readCarePlans(rd: Reader): void {
  // Appointments that point at a CarePlan (basedOn / supportingInformation).
  const bookingsOfPlan = new Map<Res, Res[]>();
  const linkedToPlan = new Map<Res, Res[]>();
  for (const res of rd.index.all) {
    if (res.duplicateOf || res.type === 'CarePlan') continue;
    const r = res.r;
    if (r.basedOn === undefined && r.supportingInformation === undefined) continue;
    for (const field of ['basedOn', 'supportingInformation'] as const) {
      for (const ref of arr(r[field])) {
        const rf = obj(ref);
        const t = rf && typeof rf.reference === 'string' ? rd.index.resolveString(rf.reference) : undefined;
        if (!t || t.type !== 'CarePlan') continue;
        const m = res.type === 'Appointment' ? bookingsOfPlan : linkedToPlan;
        const list = m.get(t);
        if (list) list.push(res);
        else m.set(t, [res]);
      }
    }
  }
  for (const res of rd.index.all) {
    if (res.type !== 'CarePlan' || res.duplicateOf) continue;
    const doc = (res.doc as Doc | undefined);
    if (rd.isOtherPerson(res) || doc?.excluded) continue; // reported in readResources
    readCarePlan(rd, res, doc, bookingsOfPlan.get(res) ?? [], linkedToPlan.get(res) ?? []);
  }
}

function readCarePlan(rd: Reader, res: Res, doc: Doc | undefined, bookings: Res[], linked: Res[]): void {
  const r = res.r;
  const cats = rd.ctx.codingsOf(r.category);
  // The title a person wrote, else the words of a category (never a bare code like `assess-plan`).
  const categoryWords = rd.ctx.label(r.category);
  let kind: CarePath['kind'] | undefined;
  for (const c of cats) if (c.system === `${PERCORSO_CS}tipo-percorso` && CAREPATH_KIND.has(c.code)) kind = CAREPATH_KIND.get(c.code);
  // Regional codings (Lombardy's "Progetto Individuale" PAI among them) carry the kind as their code.
  if (!kind) for (const c of cats) kind ??= CAREPATH_KIND.get(c.code.toUpperCase());
  const title = str(r.title) ?? str(r.description) ?? categoryWords ?? (kind ? CAREPATH_KIND_LABEL.get(kind) : undefined) ?? 'Percorso di cura';
  if (!kind) {
    const t = ` ${[title, categoryWords ?? '', ...cats.map((c) => c.display ?? '')].join(' ').toLowerCase()} `;
    kind = /[^a-z]pdta[^a-z]/.test(t)
      ? 'PDTA'
      : /[^a-z]pai[^a-z]/.test(t) || t.includes('assistenziale individuale') || t.includes('progetto individuale') || t.includes('assistenza individuale')
        ? 'PAI'
        : t.includes('screening')
          ? 'SCREENING'
          : t.includes('piano terapeutico')
            ? 'THERAPEUTIC_PLAN'
            : 'OTHER';
  }
  const st = typeof r.status === 'string' ? r.status : 'unknown';
  const status = (CAREPATH_STATUS.has(st) ? st : st === 'entered-in-error' ? 'revoked' : 'unknown') as CarePath['status'];
  const path: CarePath = {
    id: res.key,
    kind,
    title,
    conditions: [],
    status,
    team: [],
    goals: [],
    steps: [],
    therapyIds: [],
    eventIds: [],
    patientNotes: [],
    privacy: defaultPrivacy(),
    source: [{ kind: 'fhir', ref: res.key }],
  };
  const period = r.period !== undefined ? rd.ctx.period(res, r.period, 'period') : undefined;
  if (period) path.period = period;
  const addEvent = (t: Res | undefined): ClinicalEvent | undefined => {
    const ev = t ? (t.ev as ClinicalEvent | undefined) : undefined;
    if (ev) {
      pushUnique(path.eventIds, ev.id);
      pushUnique(ev.carePathIds, path.id);
    }
    return ev;
  };
  // conditions
  const addresses = arr(r.addresses);
  for (let i = 0; i < addresses.length; i++) {
    const t = rd.ctx.ref(res, addresses[i], `addresses[${i}]`);
    if (t) {
      for (const c of rd.ctx.codings(t.r.code)) path.conditions.push(c);
      addEvent(t);
    } else {
      const disp = str(obj(addresses[i])?.display);
      if (disp) path.conditions.push({ system: '', code: disp, display: disp });
    }
  }
  // manager, team
  const authorRes = rd.ctx.ref(res, r.author, 'author');
  const manager = rd.ctx.actor(authorRes, obj(r.author)?.display);
  if (manager) path.manager = manager;
  const seenActors = new Set<string>();
  const teams = arr(r.careTeam);
  for (let i = 0; i < teams.length; i++) {
    const team = rd.ctx.ref(res, teams[i], `careTeam[${i}]`);
    if (!team) continue;
    const parts = arr(team.r.participant);
    for (let j = 0; j < parts.length; j++) {
      const pp = obj(parts[j]);
      if (!pp) continue;
      const m = rd.ctx.ref(team, pp.member, `participant[${j}].member`);
      const base = rd.ctx.actor(m, obj(pp.member)?.display);
      if (!base) continue;
      const a: Actor = { ...base };
      const roleText = rd.ctx.text(arr(pp.role)[0]);
      if (roleText) a.roleText = roleText;
      const k = a.id ?? a.name ?? String(j);
      if (seenActors.has(k)) continue;
      seenActors.add(k);
      path.team.push(a);
    }
  }
  if (manager && !path.team.some((a) => a.id && a.id === manager.id)) path.team.unshift(manager);
  // goals
  const goals = arr(r.goal);
  for (let i = 0; i < goals.length; i++) {
    const g = rd.ctx.ref(res, goals[i], `goal[${i}]`);
    if (!g) continue;
    const text = rd.ctx.text(g.r.description) ?? 'Obiettivo';
    const goal: CarePathGoal = { text };
    const target = obj(arr(g.r.target)[0]);
    if (target) {
      const q = obj(target.detailQuantity);
      const tgt = str(target.detailString) ?? rd.ctx.text(target.detailCodeableConcept) ?? (q && num(q.value) !== undefined ? `${q.value}${str(q.unit, 32) ? ' ' + str(q.unit, 32) : ''}` : undefined);
      if (tgt) goal.target = tgt;
      const due = rd.ctx.date(g, target.dueDate, 'target[0].dueDate');
      if (due) goal.due = due;
    }
    const gs = str(g.r.lifecycleStatus, 32) ?? rd.ctx.code(g.r.achievementStatus);
    if (gs) goal.status = gs;
    path.goals.push(goal);
  }
  // notes for the patient
  for (const n of arr(r.note)) {
    const t = isObj(n) ? str(n.text, MAX_NARRATIVE) : undefined;
    if (t) path.patientNotes.push(t);
  }
  // steps
  const activities = arr(r.activity);
  const usedBookings = new Set<Res>();
  for (let i = 0; i < activities.length; i++) {
    const act = obj(activities[i]);
    if (!act) continue;
    const field = `activity[${i}]`;
    const outcomes = rd.ctx.refs(res, act.outcomeReference, `${field}.outcomeReference`);
    // `reference` is one Reference; some regional data send a list of them: the first that resolves leads.
    const refs = Array.isArray(act.reference) ? act.reference : act.reference !== undefined ? [act.reference] : [];
    let target: Res | undefined;
    let refName: string | undefined;
    for (let k = 0; k < refs.length; k++) {
      const t = rd.ctx.ref(res, refs[k], Array.isArray(act.reference) ? `${field}.reference[${k}]` : `${field}.reference`);
      target ??= t;
      const ro = obj(refs[k]);
      // a reference that does not resolve still names what it points to: its display, else its type's name
      refName ??= ro ? (rd.ctx.name(res, ro.display, `${field}.reference.display`) ?? (t ? undefined : typeTitle(refType(ro)))) : undefined;
    }
    const detail = obj(act.detail);
    const step: CarePathStep = { id: `${res.key}#${field}`, title: '', status: 'planned', eventIds: [] };
    let detailStatus: string | undefined;
    if (target && target.type === 'MedicationRequest') {
      // a therapy of the path, not a step
      const ev = addEvent(target);
      const ms = target.r.status;
      if (ev && (ms === 'active' || ms === undefined)) pushUnique(path.therapyIds, ev.id);
      continue;
    }
    if (target) {
      const tr = target.r;
      step.title = rd.ctx.text(target.type === 'Appointment' ? arr(tr.serviceType)[0] : tr.code) ?? str(tr.description) ?? refName ?? typeTitle(target.type) ?? 'Attività';
      const code = rd.ctx.codings(target.type === 'Appointment' ? arr(tr.serviceType)[0] : tr.code)[0];
      if (code) step.code = code;
      if (target.type === 'Appointment') {
        usedBookings.add(target);
        const ev = addEvent(target);
        const bs = BOOKING_STATUS.get(typeof tr.status === 'string' ? tr.status : '');
        if (ev) {
          if (ev.date !== PENDING_DATE) step.due = ev.date; // an undated booking gives no date
          if (bs === 'booked' || bs === 'proposed' || bs === 'fulfilled') step.bookingId = ev.id;
          if (ev.booking) ev.booking.carePathStepId = step.id;
        }
        // A cancelled booking (or one missed) is not the step cancelled: the step is to do again
        // (planned, or overdue once its date has passed); the booking keeps pointing at it.
        detailStatus = bs === 'booked' ? 'booked' : bs === 'fulfilled' ? 'completed' : bs === 'cancelled' || bs === 'noshow' ? 'not-started' : 'scheduled';
      } else {
        const ev = addEvent(target);
        if (ev && ev.date !== PENDING_DATE) step.due = ev.date;
        detailStatus = typeof tr.status === 'string' ? (tr.status === 'active' ? 'scheduled' : tr.status) : undefined;
        const occ = tr.occurrenceDateTime ?? obj(tr.occurrencePeriod)?.start;
        if (!step.due && occ !== undefined) step.due = rd.ctx.date(target, occ, 'occurrenceDateTime');
      }
    }
    if (!target && refName) step.title = refName;
    if (detail) {
      // `detail.code` is one CodeableConcept; a list of them is read as its first with words
      step.title = str(detail.description) ?? rd.ctx.label(detail.code) ?? (step.title || rd.ctx.text(arr(detail.code)[0] ?? detail.code)) ?? '';
      const code = rd.ctx.codingsOf(detail.code)[0];
      if (code) step.code = code;
      if (typeof detail.status === 'string') detailStatus = detail.status;
      const sp = detail.scheduledPeriod !== undefined ? rd.ctx.period(res, detail.scheduledPeriod, `${field}.detail.scheduledPeriod`) : undefined;
      if (sp?.start) step.due = sp.start;
      else if (sp?.end) step.due = sp.end;
      const timing = obj(detail.scheduledTiming);
      if (timing) {
        const ev0 = arr(timing.event)[0];
        if (ev0 !== undefined && !step.due) step.due = rd.ctx.date(res, ev0, `${field}.detail.scheduledTiming.event[0]`);
        const rep = obj(timing.repeat);
        if (rep) {
          const bp = obj(rep.boundsPeriod);
          if (bp && !step.due) step.due = rd.ctx.date(res, bp.start, `${field}.detail.scheduledTiming.repeat.boundsPeriod.start`);
          const period = num(rep.period);
          const unit = typeof rep.periodUnit === 'string' ? rep.periodUnit : '';
          const iso = new Map([['a', 'Y'], ['mo', 'M'], ['wk', 'W'], ['d', 'D']]).get(unit);
          if (period && iso && Number.isInteger(period) && period > 0) step.recurrence = `P${period}${iso}`;
        }
      }
      if (detail.scheduledString !== undefined && !step.due) {
        // free text; a date in it is used, otherwise it is only words
        const r2 = typeof detail.scheduledString === 'string' ? rd.ctx.date(res, detail.scheduledString, `${field}.detail.scheduledString`) : undefined;
        if (r2) step.due = r2;
      }
    }
    if (!step.title) step.title = 'Attività';
    for (const o of outcomes) {
      const ev = addEvent(o);
      if (ev && !step.eventIds.includes(ev.id)) step.eventIds.push(ev.id);
    }
    if (target && target.type !== 'Appointment') {
      const ev = (target.ev as ClinicalEvent | undefined);
      if (ev && !step.eventIds.includes(ev.id)) step.eventIds.push(ev.id);
    }
    step.status = stepStatus(rd, detailStatus, outcomes.length > 0, step.due);
    path.steps.push(step);
  }
  // Bookings that point at the plan: they book a matching step, or are steps of their own.
  for (const b of bookings) {
    if (usedBookings.has(b)) continue;
    const ev = addEvent(b);
    if (!ev || !ev.booking) continue;
    const bs = ev.booking.status;
    const codes = new Set(ev.codes.map((c) => c.code));
    const match = path.steps.find((s) => !s.bookingId && s.status !== 'done' && s.status !== 'cancelled' && s.code && codes.has(s.code.code));
    const booked = bs === 'booked' || bs === 'proposed';
    if (match) {
      if (booked || bs === 'fulfilled') {
        match.bookingId = ev.id;
        match.status = bs === 'fulfilled' ? 'done' : 'booked';
      }
      ev.booking.carePathStepId = match.id; // a cancelled booking of the step still belongs to it
    } else {
      const step: CarePathStep = { id: `${res.key}#${b.key}`, title: ev.title, status: bs === 'fulfilled' ? 'done' : booked ? 'booked' : 'planned', eventIds: [] };
      if (ev.date !== PENDING_DATE) step.due = ev.date; // an undated booking gives the step no date
      // cancelled or missed: the step is to do again, overdue once its date has passed
      if (step.status === 'planned') step.status = stepStatus(rd, 'not-started', false, step.due);
      if (ev.codes[0]) step.code = ev.codes[0];
      if (booked || bs === 'fulfilled') step.bookingId = ev.id;
      ev.booking.carePathStepId = step.id;
      path.steps.push(step);
    }
  }
  for (const l of linked) {
    const ev = addEvent(l);
    if (ev && ev.kind === 'medication' && (l.r.status === 'active' || l.r.status === undefined)) pushUnique(path.therapyIds, ev.id);
  }
  // privacy: the plan's own labels, and its document's
  const meta = obj(r.meta);
  if (meta && Array.isArray(meta.security)) readPrivacy(rd, res, path.privacy, false);
  if (doc) {
    path.documentId = doc.ev.id;
    mergePrivacy(path.privacy, doc.ev.privacy);
  }
  rd.carePaths.push(path);
}

function stepStatus(rd: Reader, detailStatus: string | undefined, hasOutcome: boolean, due: FuzzyDate | undefined): StepStatus {
  if (detailStatus === 'completed' || hasOutcome) return 'done';
  if (detailStatus === 'booked') return 'booked';
  if (detailStatus === 'cancelled' || detailStatus === 'stopped' || detailStatus === 'entered-in-error' || detailStatus === 'revoked') return 'cancelled';
  if ((detailStatus === 'not-started' || detailStatus === 'scheduled' || detailStatus === 'in-progress' || detailStatus === undefined || detailStatus === 'draft' || detailStatus === 'on-hold') && due && due.end <= rd.now) return 'overdue';
  return 'planned';
}
