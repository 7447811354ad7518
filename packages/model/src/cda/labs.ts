/**
 * The results of a CDA2 laboratory report (HL7 Italia "Referto di Medicina di Laboratorio"): each
 * section's entries, an `act` or `organizer` (the panel, with its code) holding `observation`s
 * (through `entryRelationship` or `component`, panels inside panels too), or a bare `observation`
 * (a result no panel groups). Each observation becomes an `observation` event of the document with
 * its value (PQ as a number and unit, else words), interpretation, reference range, panel and
 * specimen (`specimen/specimenRole/specimenPlayingEntity/code`: the observation's own, else its
 * panel's). The entries of other national types are entries.ts's.
 */
import { labSpecimen } from '../codes.js';
import type { ClinicalEvent, LabPanel, LabSpecimen, ObservationDetail } from '../types.js';
import type { CdaContext, Doc } from './context.js';
import { entryEvent } from './entries.js';
import { child, children, path, type XmlElement } from './xml.js';

/** Nesting of panels read (sections are limited apart): deeper content is not a lab report's. */
const MAX_PANEL_DEPTH = 8;

export function readLabResults(cx: CdaContext, d: Doc, body: XmlElement, docEv: ClinicalEvent): ClinicalEvent[] {
  const out: ClinicalEvent[] = [];
  const state = { n: 0, panels: 0 };
  const sections = (parent: XmlElement, depth: number) => {
    if (depth > 16) return;
    for (const comp of children(parent, 'component')) {
      const s = child(comp, 'section');
      if (!s) continue;
      for (const entry of children(s, 'entry')) {
        for (const c of entry.children) {
          if (typeof c === 'string') continue;
          if (c.name === 'observation') observation(c, undefined, undefined);
          else if (c.name === 'act' || c.name === 'organizer') panel(c, undefined, 0);
        }
      }
      sections(s, depth + 1);
    }
  };

  const specimenAt = (el: XmlElement): LabSpecimen | undefined => {
    const codeEl = path(el, 'specimen', 'specimenRole', 'specimenPlayingEntity', 'code');
    if (!codeEl) return undefined;
    const coding = cx.coding(codeEl);
    const s = labSpecimen(coding ? [coding] : [], cx.text(child(codeEl, 'originalText')));
    if (!s) cx.issues.add('specimen-not-understood', cx.p(d, codeEl), { code: coding?.code ?? '—' }, [docEv.id]);
    return s;
  };

  const panel = (el: XmlElement, outer: LabSpecimen | undefined, depth: number) => {
    if (depth > MAX_PANEL_DEPTH) return;
    const codeEl = child(el, 'code');
    const { main, codes } = codesOf(cx, codeEl);
    const title = main?.display ?? cx.text(child(codeEl, 'originalText')) ?? codes.find((c) => c.display)?.display;
    const specimen = specimenAt(el) ?? outer;
    const p: LabPanel | undefined = title ? { id: `${docEv.id}/panel/${++state.panels}`, title, codes } : undefined;
    const members = [...children(el, 'entryRelationship'), ...children(el, 'component')];
    for (const m of members) {
      for (const c of m.children) {
        if (typeof c === 'string') continue;
        if (c.name === 'observation') observation(c, p, specimen);
        else if (c.name === 'organizer' || (c.name === 'act' && m.name === 'component')) panel(c, specimen, depth + 1);
      }
    }
  };

  const observation = (el: XmlElement, p: LabPanel | undefined, outer: LabSpecimen | undefined) => {
    const codeEl = child(el, 'code');
    const { main, codes } = codesOf(cx, codeEl);
    const o: ObservationDetail = {};
    readValue(cx, child(el, 'value'), o);
    const interp = children(el, 'interpretationCode').map((i) => cx.coding(i)).filter((c) => c !== undefined);
    if (interp.length) o.interpretation = interp;
    const range = rangeOf(cx, path(el, 'referenceRange', 'observationRange'));
    if (range) o.referenceRange = range;
    if (p) o.panel = p;
    const specimen = specimenAt(el) ?? outer;
    if (specimen) o.specimen = specimen;
    // a result with neither a code nor a value says nothing
    if (!codes.length && o.value === undefined && !o.numeric) return;
    const date = cx.date(d, child(el, 'effectiveTime'), [docEv.id]) ?? cx.period(d, child(el, 'effectiveTime'), [docEv.id])?.start;
    const title = main?.display ?? codes.find((c) => c.display)?.display ?? main?.code ?? 'Risultato';
    const ev = entryEvent(cx, d, el, docEv, { prefix: 'result', counter: state, kind: 'observation', title, codes, date });
    if (Object.keys(o).length) ev.observation = o;
    out.push(ev);
  };

  sections(body, 0);
  return out;
}

/** A CD with its translations: the main coding and all of them. */
function codesOf(cx: CdaContext, codeEl: XmlElement | undefined) {
  const main = cx.coding(codeEl);
  const codes = main ? [main] : [];
  for (const t of children(codeEl, 'translation')) {
    const c = cx.coding(t);
    if (c) codes.push(c);
  }
  return { main, codes };
}

const xsiType = (el: XmlElement) => {
  const t = el.attrs.get('type') ?? '';
  const colon = t.indexOf(':');
  return (colon >= 0 ? t.slice(colon + 1) : t).trim().toUpperCase();
};

function readValue(cx: CdaContext, el: XmlElement | undefined, o: ObservationDetail): void {
  if (!el) return;
  const type = xsiType(el);
  if (type === 'PQ' || type === 'INT' || type === 'REAL') {
    const raw = cx.attr(el, 'value', 64);
    const v = raw !== undefined ? Number(raw) : Number.NaN;
    const unit = type === 'PQ' ? cx.attr(el, 'unit', 64) : undefined;
    if (Number.isFinite(v)) {
      o.numeric = unit && unit !== '1' ? { value: v, unit } : { value: v };
      o.value = `${String(v).replace('.', ',')}${o.numeric.unit ? ` ${o.numeric.unit}` : ''}`;
    }
    return;
  }
  if (type === 'CD' || type === 'CE' || type === 'CV' || type === 'CO') {
    const c = cx.coding(el);
    const words = c?.display ?? cx.text(child(el, 'originalText')) ?? c?.code;
    if (words) o.value = words;
    return;
  }
  const t = cx.text(el, 2000);
  if (t) o.value = t;
}

/** A reference range in words: `low–high unit` of an IVL_PQ, else the range's text. */
function rangeOf(cx: CdaContext, range: XmlElement | undefined): string | undefined {
  if (!range) return undefined;
  const v = child(range, 'value');
  if (v) {
    const lo = child(v, 'low'), hi = child(v, 'high');
    const lv = cx.attr(lo, 'value', 64), hv = cx.attr(hi, 'value', 64);
    const unit = cx.attr(lo, 'unit', 64) ?? cx.attr(hi, 'unit', 64);
    const f = (x: string) => String(Number(x));
    const ok = (x: string | undefined): x is string => x !== undefined && Number.isFinite(Number(x));
    const r = ok(lv) && ok(hv) ? `${f(lv)}–${f(hv)}` : ok(lv) ? `≥ ${f(lv)}` : ok(hv) ? `≤ ${f(hv)}` : undefined;
    if (r) return unit && unit !== '1' ? `${r} ${unit}` : r;
  }
  return cx.text(child(range, 'text'), 256);
}
