/** Appointments booked through the CUP, past and future. */
import { type Coding, type Ctx, type Person, type Ref, workHours } from '../builder.js';
import { SYS } from '../data.js';
import type { FhirResource } from '../generate.js';
import { DAY, instant, MINUTE } from '../time.js';

export function appointment(ctx: Ctx, at: number, status: 'booked' | 'fulfilled' | 'cancelled', service: Coding, where: string, who?: Person, minutes = 30): Ref {
  const { b } = ctx;
  const participant: Record<string, unknown>[] = [{ actor: b.patientRef, status: 'accepted' }];
  if (who) participant.push({ actor: who.ref, status: 'accepted' });
  participant.push({ actor: { type: 'Location', display: where }, status: 'accepted' }); // the place, named (no Location resource)
  const resource: FhirResource = {
    resourceType: 'Appointment',
    id: b.id('appt'),
    status,
    serviceType: [{ coding: [service], text: service.display }],
    description: service.display,
    start: instant(at),
    end: instant(at + minutes * MINUTE),
    created: instant(at - 40 * DAY),
    participant,
  };
  if (status === 'cancelled') resource.cancelationReason = { text: 'Disdetta dall’assistito' };
  return b.add(resource, true);
}

export function bookings(ctx: Ctx): void {
  const { rng, now, full } = ctx;
  appointment(ctx, workHours(rng, now - rng.int(200, 280) * DAY), 'fulfilled', { system: SYS.icd9proc, code: '95.02', display: 'Visita oculistica' }, 'Poliambulatorio Via del Ridotto — Oculistica');
  appointment(ctx, workHours(rng, now + rng.int(35, 60) * DAY), 'booked', { system: SYS.icd9proc, code: '88.76.1', display: 'Ecografia addome completo' }, 'Ospedale Maria Vittoria — Radiologia', undefined, 20);
  if (full) {
    appointment(ctx, workHours(rng, now + rng.int(70, 100) * DAY), 'cancelled', { system: SYS.icd9proc, code: '89.7', display: 'Visita dermatologica' }, 'Poliambulatorio Via del Ridotto — Dermatologia');
  }
}
