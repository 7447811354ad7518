/** Appointments (bookings from the CUP): status, service, priority, who and where. */
import type { ClinicalEvent } from '../types.js';
import type { ClinicalReader } from './clinical.js';
import { arr, obj, str } from './json.js';

/** FHIR Appointment.status → the booking status shown (care plans read it too). */
export const BOOKING_STATUS = new Map<string, 'proposed' | 'booked' | 'fulfilled' | 'cancelled' | 'noshow' | 'other'>([
  ['proposed', 'proposed'],
  ['pending', 'proposed'],
  ['waitlist', 'proposed'],
  ['booked', 'booked'],
  ['arrived', 'booked'],
  ['checked-in', 'booked'],
  ['fulfilled', 'fulfilled'],
  ['cancelled', 'cancelled'],
  ['entered-in-error', 'cancelled'],
  ['noshow', 'noshow'],
]);

export const APPOINTMENT: ClinicalReader = {
  kind: 'appointment',
  title: 'Appuntamento',
  codeField: 'serviceType',
  read(x) {
    const { rd, res, r, ev } = x;
    const ctx = rd.ctx;
    x.dateFrom('start');
    if (r.end !== undefined) {
      const e2 = ctx.date(res, r.end, 'end');
      if (e2 && x.date && e2.end < x.date.start) rd.issues.add('end-before-start', res.loc, 'end', {}, [res.key]);
      else if (e2) x.end = e2;
    }
    if (!x.date && r.requestedPeriod !== undefined) {
      const rp = arr(r.requestedPeriod)[0];
      const p = ctx.period(res, rp, 'requestedPeriod[0]');
      x.date = p?.start;
    }
    x.dateFrom('created');
    const bstatus = BOOKING_STATUS.get(x.status ?? '') ?? 'other';
    const booking: NonNullable<ClinicalEvent['booking']> = { status: bstatus, service: x.codes };
    const prio = r.priority;
    const prioCode = typeof prio === 'string' ? prio : ctx.code(prio);
    if (prioCode === 'U' || prioCode === 'B' || prioCode === 'D' || prioCode === 'P') booking.priority = prioCode;
    ev.booking = booking;
    x.title ??= str(r.description) ?? ctx.text(arr(r.appointmentType)[0] ?? r.appointmentType);
    for (const p of arr(r.participant)) {
      const pp = obj(p);
      const t = pp ? ctx.ref(res, pp.actor, 'participant') : undefined;
      // A place named without a Location resource (`{ type: 'Location', display }`): where the visit is.
      const named = !t && pp ? obj(pp.actor) : undefined;
      const place = named && str(named.type) === 'Location' ? str(named.display)?.trim() : undefined;
      if (place && !ev.facility) ev.facility = { id: `${ev.id}#location`, name: place };
      if (t && t.type !== 'Patient' && !ev.author && t.type !== 'Location') ev.author = ctx.actor(t);
      if (t && t.type === 'Location') {
        const mo = ctx.ref(t, t.r.managingOrganization, 'managingOrganization');
        if (mo) ev.facility = ctx.organization(mo);
      }
    }
  },
};
