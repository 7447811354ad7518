/** Encounters (visits, stays, ER accesses): class, priority, discharge, provider and attending. */
import type { ClinicalEvent } from '../types.js';
import type { ClinicalReader } from './clinical.js';
import { arr, obj, str } from './json.js';

const ENCOUNTER_TITLE = new Map<string, string>([
  ['EMER', 'Accesso in pronto soccorso'],
  ['IMP', 'Ricovero'],
  ['ACUTE', 'Ricovero'],
  ['NONAC', 'Ricovero'],
  ['SS', 'Day hospital'],
  ['AMB', 'Visita ambulatoriale'],
  ['HH', 'Assistenza domiciliare'],
  ['VR', 'Televisita'],
  ['OBSENC', 'Osservazione breve'],
  ['PRENC', 'Pre-ricovero'],
]);

export const ENCOUNTER: ClinicalReader = {
  kind: 'encounter',
  title: 'Contatto',
  read(x) {
    const { rd, res, r, ev } = x;
    const ctx = rd.ctx;
    const cls = obj(r.class);
    const clsCode = cls ? str(cls.code, 32) : undefined;
    const enc: NonNullable<ClinicalEvent['encounter']> = {};
    if (clsCode) enc.class = clsCode;
    const partOf = ctx.ref(res, r.partOf, 'partOf');
    if (partOf) enc.partOf = partOf.key;
    const prio = ctx.codings(r.priority)[0];
    if (prio) enc.priority = prio;
    const hosp = obj(r.hospitalization);
    const dd = hosp ? ctx.codings(hosp.dischargeDisposition)[0] : undefined;
    if (dd) enc.dischargeDisposition = dd;
    ev.encounter = enc;
    const types = ctx.codingsOf(r.type);
    if (!ev.codes.length) ev.codes = types;
    x.title = ctx.text(arr(r.type)[0]) ?? ctx.text(arr(r.reasonCode)[0]) ?? (clsCode ? ENCOUNTER_TITLE.get(clsCode) : undefined);
    x.periodFrom('period');
    if (x.status === 'in-progress' && !x.end) ev.ongoing = true;
    const sp = ctx.facility(res, r.serviceProvider, 'serviceProvider');
    if (sp) ev.facility = sp;
    // The attending / primary performer, else any participant but the referrer or admitter.
    const part = arr(r.participant);
    let rank = 99;
    for (let i = 0; i < part.length; i++) {
      const pp = obj(part[i]);
      if (!pp || pp.individual === undefined) continue;
      const types = ctx.codingsOf(pp.type).map((c) => c.code);
      const rk = types.includes('ATND') || types.includes('PPRF') ? 0 : types.includes('REF') || types.includes('ADM') || types.includes('DIS') ? 2 : 1;
      if (rk >= rank) continue;
      const a = ctx.actor(ctx.ref(res, pp.individual, `participant[${i}].individual`), obj(pp.individual)?.display);
      if (a) {
        ev.author = a;
        rank = rk;
      }
    }
  },
};
