/**
 * What the timeline's task tests read of the demo's timeline: the element, its visible range and
 * the marks of its canvas (what a person sees drawn, which has no words of its own).
 */
import type { FseTimeline } from '../../packages/elements/src/timeline.js';
import type { Demo } from './demo.js';

export function timelineOf(demo: Demo): FseTimeline {
  const tl = demo.$<FseTimeline>('fse-timeline');
  if (!tl) throw new Error('the demo shows no timeline');
  return tl;
}

/** The "Oggi" marker on the axis, when today is in view. */
export function todayMarker(demo: Demo): HTMLElement | undefined {
  return demo.$$('.marker.today').find((m) => demo.visible(m));
}

/** Where the today marker sits across the plot: 0 at its left edge, 1 at its right edge. */
export function todayAt(demo: Demo): number | undefined {
  const marker = todayMarker(demo);
  const plot = timelineOf(demo).shadowRoot!.querySelector<HTMLElement>('.plot')!;
  if (!marker) return undefined;
  const m = marker.getBoundingClientRect();
  const p = plot.getBoundingClientRect();
  return (m.left - p.left) / p.width;
}

/** Where the latest mark drawn sits across the plot (0 left edge, 1 right edge). */
export function lastMarkAt(demo: Demo): number | undefined {
  const tl = timelineOf(demo);
  const r = tl.visibleRange;
  const marks = tl.drawnMarks;
  if (!r || !marks.length) return undefined;
  const t = Math.max(...marks.map((m) => m.t));
  return (t - r.from) / (r.to - r.from);
}

/** Waits until the timeline's range has settled (its live region tells the new range). */
export async function rangeSettled(demo: Demo, before: string): Promise<void> {
  const tl = timelineOf(demo);
  await demo.until(() => {
    const r = tl.visibleRange;
    return !!r && `${Math.round(r.from)}|${Math.round(r.to)}` !== before;
  }, 'the range did not change');
  await new Promise((r) => setTimeout(r, 400));
  await demo.frameDone();
}

export function rangeKey(demo: Demo): string {
  const r = timelineOf(demo).visibleRange;
  return r ? `${Math.round(r.from)}|${Math.round(r.to)}` : '';
}
