/** The citizen's own taccuino: measurements they wrote and documents they uploaded. */
import { cc, type Ctx, round, SECURITY_LABELS, workHours } from '../builder.js';
import { DOC_TYPES, PSC, SYS } from '../data.js';
import { atLocal, DAY, instant } from '../time.js';

export function taccuinoObservation(ctx: Ctx, at: number, kind: 'weight' | 'hr'): void {
  const { b, rng } = ctx;
  const weight = kind === 'weight';
  const value = weight ? round(rng.normal(ctx.sex === 'male' ? 80 : 66, 2), 1) : rng.int(62, 92);
  b.add(
    {
      resourceType: 'Observation',
      id: b.id('obs'),
      status: 'final',
      category: [cc(SYS.obsCategory, 'vital-signs', 'Vital Signs')],
      code: weight ? cc(SYS.loinc, '29463-7', 'Peso corporeo') : cc(SYS.loinc, '8867-4', 'Frequenza cardiaca'),
      subject: b.patientRef,
      effectiveDateTime: instant(at),
      performer: [b.patientRef],
      valueQuantity: weight ? { value, unit: 'kg', system: SYS.ucum, code: 'kg' } : { value, unit: 'battiti/min', system: SYS.ucum, code: '/min' },
      note: [{ text: weight ? 'Pesata a casa, al mattino.' : 'Misurata con il misuratore da polso.' }],
    },
    true,
  );
}

function base64(ascii: string): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < ascii.length; i += 3) {
    const n = (ascii.charCodeAt(i) << 16) | ((ascii.charCodeAt(i + 1) || 0) << 8) | (ascii.charCodeAt(i + 2) || 0);
    out += chars[(n >> 18) & 63] + chars[(n >> 12) & 63] + (i + 1 < ascii.length ? chars[(n >> 6) & 63] : '=') + (i + 2 < ascii.length ? chars[n & 63] : '=');
  }
  return out;
}

function taccuinoDocument(ctx: Ctx, at: number, title: string, text: string): void {
  const { b } = ctx;
  const t = DOC_TYPES.TACCUINO;
  b.add(
    {
      resourceType: 'DocumentReference',
      id: b.id('docref'),
      status: 'current',
      type: cc(SYS.loinc, t.loinc, t.display),
      category: [cc(SYS.classCode, t.cls)],
      subject: b.patientRef,
      date: instant(at),
      author: [b.patientRef],
      description: title,
      securityLabel: SECURITY_LABELS.N,
      content: [{ attachment: { contentType: 'text/plain', language: 'it-IT', title, data: base64(text) } }],
      context: {
        period: { start: instant(at) },
        facilityType: cc(SYS.facilityType, 'Cittadino', 'Cittadino'),
        practiceSetting: cc(SYS.practiceSetting, PSC.altro.code, PSC.altro.display),
      },
    },
    true,
  );
}

export function taccuino(ctx: Ctx): void {
  const { rng, now, full } = ctx;
  taccuinoDocument(ctx, workHours(rng, now - rng.int(20, 60) * DAY, 18, 21), 'Diario della pressione arteriosa', 'Diario della pressione: valori mattino e sera, settimana di controllo. Media 132/82 mmHg.');
  taccuinoObservation(ctx, atLocal(now - rng.int(3, 15) * DAY, 7, 30), 'weight');
  if (full) {
    taccuinoDocument(ctx, workHours(rng, now - rng.int(400, 700) * DAY, 18, 21), 'Referto privato — visita fisiatrica', 'Visita fisiatrica privata: lombalgia, indicati esercizi di rinforzo.');
    for (let i = 1; i <= 6; i++) taccuinoObservation(ctx, atLocal(now - i * 30 * DAY - rng.int(0, 5) * DAY, 7, 30), i % 2 ? 'hr' : 'weight');
  }
}
