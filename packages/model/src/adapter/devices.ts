/**
 * Devices: implants and aids (FHIR R4 `Device`), as the Patient Summary lists them in its
 * "Protesi, impianti ed ausili" section (LOINC 46264-8): a pacemaker, a prosthesis, an insulin
 * pump. The device's type is usually a CND code (Classificazione Nazionale dei Dispositivi medici,
 * the gateway's OID 2.16.840.1.113883.2.9.6.1.48), else SNOMED CT or words. A Device carries no
 * date of its own that says when it was implanted: that is the date of the Procedure that used it
 * (`usedReference`, `focalDevice.manipulated`) or of the DeviceUseStatement about it, else its
 * document's; without any, the event is undated (reported, never given a made-up date).
 */
import type { ClinicalReader, Draft } from './clinical.js';
import type { Res } from './collect.js';
import { arr, obj, str } from './json.js';

/** FHIR R4 Device.status codes (FHIRDeviceStatus). */
const DEVICE_STATUS = new Set(['active', 'inactive', 'entered-in-error', 'unknown']);

/** Does `field` of `r` (a Reference, or a list of them) name `device`? Resolved without reporting: the referring resource's reader reports its own references. */
function names(x: Draft, device: Res, value: unknown): boolean {
  for (const v of Array.isArray(value) ? value : [value]) {
    const ref = obj(v)?.reference;
    if (typeof ref !== 'string') continue;
    const hit = x.rd.index.resolveString(ref);
    if (hit && (hit.duplicateOf ?? hit) === device) return true;
  }
  return false;
}

/** The Procedure that implanted the device, or the DeviceUseStatement about it, when the input has one. */
function useOf(x: Draft): Res | undefined {
  for (const res of x.rd.index.all) {
    if (res.duplicateOf) continue;
    const r = res.r;
    if (res.type === 'Procedure') {
      if (names(x, x.res, r.usedReference) || arr(r.focalDevice).some((f) => names(x, x.res, obj(f)?.manipulated))) return res;
    } else if (res.type === 'DeviceUseStatement' && names(x, x.res, r.device)) return res;
  }
  return undefined;
}

export const DEVICE: ClinicalReader = {
  kind: 'other',
  title: 'Dispositivo medico',
  codeField: 'type',
  read(x) {
    const { rd, res, r, ev } = x;
    const name = obj(arr(r.deviceName)[0]);
    const udi = obj(arr(r.udiCarrier)[0]);
    x.title ??= str(name?.name, 256) ?? str(r.modelNumber, 256);
    if (!ev.codes.length && !x.title) rd.issues.add('device-not-understood', res.loc, 'type', {}, [res.key]);
    if (x.status && !DEVICE_STATUS.has(x.status)) rd.issues.add('unknown-status', res.loc, 'status', { value: x.status }, [res.key]);
    const use = useOf(x);
    if (use) {
      const u = use.r;
      for (const f of use.type === 'Procedure' ? ['performedDateTime', 'performedString'] : ['timingDateTime', 'recordedOn']) {
        if (!x.date && u[f] !== undefined) x.date = rd.ctx.date(use, u[f], f);
      }
      if (!x.date) {
        const p = rd.ctx.period(use, u.performedPeriod ?? u.timingPeriod, u.performedPeriod !== undefined ? 'performedPeriod' : 'timingPeriod');
        if (p?.start) x.date = p.start;
      }
      const site = u.bodySite;
      if (site !== undefined) rd.bodySites(use, ev, site, 'bodySite');
    }
    const device: NonNullable<typeof ev.device> = {};
    if (x.status) device.status = x.status;
    const maker = str(r.manufacturer, 256);
    if (maker) device.manufacturer = maker;
    const udiText = str(udi?.carrierHRF, 256) ?? str(udi?.deviceIdentifier, 256);
    if (udiText) device.udi = udiText;
    const lot = str(r.lotNumber, 64);
    if (lot) device.lot = lot;
    ev.device = device;
    const note = rd.note(r.note);
    if (note) ev.note = note;
  },
};
