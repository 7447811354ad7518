/** Consents: consultation per purpose, feeding, notifications, visibility of a protected document. */
import { cc, type Coding, type Ctx, type DocInfo, type Ref } from '../builder.js';
import { SYS } from '../data.js';
import { atLocal, dateOnly, DAY, instant, romeTime, YEAR } from '../time.js';

export function consents(ctx: Ctx, visibleProtected: DocInfo | undefined): void {
  const { b, rng, now } = ctx;
  const consent = (category: Coding, type: 'permit' | 'deny', at: string, channel: string, purpose?: Coding, data?: Ref): void => {
    const provision: Record<string, unknown> = { type };
    if (purpose) provision.purpose = [purpose];
    if (data) provision.data = [{ meaning: 'instance', reference: data }];
    b.add(
      {
        resourceType: 'Consent',
        id: b.id('consent'),
        extension: [{ url: SYS.canale, valueString: channel }],
        status: 'active',
        scope: cc(SYS.consentScope, 'patient-privacy', 'Privacy Consent'),
        category: [{ coding: [category] }],
        patient: b.patientRef,
        dateTime: at,
        performer: [b.patientRef],
        organization: [b.org('regione')],
        policy: [{ uri: 'https://www.gazzettaufficiale.it/eli/id/2023/10/24/23A05829/sg' }],
        provision,
      },
      false,
    );
  };
  const consultation = { system: SYS.loinc, code: '59284-0', display: 'Consenso alla consultazione del FSE' };
  // Dates follow "now": the care consent years ago, the prevention choice more recently.
  consent(consultation, 'permit', instant(atLocal(now - rng.float(5.5, 6.8) * YEAR, 18, 12)), 'online', { system: SYS.finalita, code: 'cura', display: 'Diagnosi, cura e riabilitazione' });
  consent(consultation, 'deny', instant(atLocal(now - rng.float(1.5, 3) * YEAR, 10, 40)), 'MMG/PLS', { system: SYS.finalita, code: 'prevenzione', display: 'Prevenzione' });
  // Profilassi internazionale: never expressed (no Consent).
  consent({ system: SYS.tipoConsenso, code: 'alimentazione', display: 'Consenso all’alimentazione del FSE (storico)' }, 'permit', dateOnly(Math.min(romeTime(2016, 2, rng.int(1, 28), 12), now - 8 * YEAR)), 'sportello');
  if (visibleProtected) {
    consent({ system: SYS.tipoConsenso, code: 'visibilita-categoria-protetta', display: 'Visibilità di un documento a maggiore tutela' }, 'permit', instant(visibleProtected.date + rng.int(1, 20) * DAY), 'online', undefined, visibleProtected.docRef);
  }
  consent({ system: SYS.tipoConsenso, code: 'notifiche', display: 'Notifiche degli accessi' }, 'permit', instant(now - rng.int(200, 500) * DAY), 'online');
}
