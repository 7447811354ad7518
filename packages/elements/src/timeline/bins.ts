/**
 * Level of detail: the marks of a lane in the visible range, aggregated into time-aligned pixel
 * bins. Cost per frame is O(non-empty bins × log n), whatever the record size; the number of
 * marks drawn is at most (width / bin width) per lane. Bins are aligned to time (not to the
 * screen), so panning does not reshuffle counts; zooming in splits them.
 */
import { lowerBound, type Lane, type SpanClass, type TimelineItem } from './index.js';

export interface Bin {
  lane: number;
  /** Items `lane.items[i0 .. i1)` are in the bin. */
  i0: number;
  i1: number;
  /** Where the bin is drawn: the anchor of its only item, or the middle of the bin's visible part. */
  t: number;
}

/**
 * Bins of one lane over [t0, t1) with bins `binMs` wide; appends to `out`. Only the items whose
 * anchor is in the range are counted, so the counts of all bins add up to the visible items.
 */
export function binLane(lane: Lane, laneIndex: number, t0: number, t1: number, binMs: number, out: Bin[]): void {
  const a = lane.anchors;
  let i = lowerBound(a, t0);
  const end = lowerBound(a, t1, i);
  if (!(binMs > 0)) binMs = 1;
  while (i < end) {
    const k = Math.floor(a[i] / binMs);
    const binEnd = (k + 1) * binMs;
    // Gallop: most bins hold a handful of items, so probe linearly before bisecting.
    let j = i + 1;
    let step = 1;
    while (j < end && a[j] < binEnd && step < 8) {
      j++;
      step++;
    }
    if (j < end && a[j] < binEnd) j = lowerBound(a, binEnd, j, end);
    // An aggregate sits in the middle of its bin, so neighbouring counts never overlap.
    out.push({ lane: laneIndex, i0: i, i1: j, t: j - i === 1 ? a[i] : (Math.max(k * binMs, t0) + Math.min(binEnd, t1)) / 2 });
    i = j;
  }
}

/**
 * The spans (bands and bars) of a lane that overlap [t0, t1) and are at least `minMs` long.
 * A class of spans with more than `cap` candidates in view is skipped as a whole (it would be a
 * wash of colour, and drawing only some of it would mislead): the bins still count every item.
 * Calls `fn` for each span drawn and returns how many.
 */
export function visibleSpans(
  lane: Lane,
  t0: number,
  t1: number,
  minMs: number,
  cap: number,
  fn: (item: TimelineItem) => void,
): number {
  let n = 0;
  for (const c of lane.spans as SpanClass[]) {
    if (c.maxSpan < minMs) continue;
    const lo = lowerBound(c.starts, t0 - c.maxSpan);
    const hi = lowerBound(c.starts, t1, lo);
    if (hi - lo > cap) continue;
    for (let i = lo; i < hi; i++) {
      const it = c.items[i];
      if (it.end <= t0 || it.end - it.start < minMs) continue;
      fn(it);
      n++;
    }
  }
  return n;
}
