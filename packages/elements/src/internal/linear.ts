/**
 * A linear map from values to chart coordinates, for the charts that draw with numbers and ticks
 * (`<fse-results>`' values, `<fse-medications>`' periods): what they used of d3-scale's
 * `scaleLinear` — map, clamp, nice domain, ticks — with d3-array's own `nice` and `ticks` (the
 * functions scaleLinear calls for both). d3-scale's continuous scales import every interpolator of
 * d3-interpolate (with d3-color) and d3-format for a `tickFormat` no chart here uses: 24 kB minified,
 * about 9 kB gzip, that every page with any element paid (issue 12 §Size).
 */
import { nice as niceDomain, ticks as ticksOf } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  /** The domain, after `nice` when asked. */
  domain(): [number, number];
  /** About `count` round values over the domain (d3-array's `ticks`). */
  ticks(count: number): number[];
}

export interface LinearOptions {
  /** Values outside the domain map to its ends. */
  clamp?: boolean;
  /** Extends the domain to round values, for about this many ticks (d3-array's `nice`). */
  nice?: number;
}

/**
 * `domain[0]` maps to `range[0]` and `domain[1]` to `range[1]`, linearly; a domain of one value maps
 * everything to the middle of the range (as d3-scale does).
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], options: LinearOptions = {}): LinearScale {
  let [d0, d1] = domain;
  if (options.nice !== undefined) {
    const [a, b] = niceDomain(Math.min(d0, d1), Math.max(d0, d1), options.nice);
    [d0, d1] = d0 <= d1 ? [a, b] : [b, a];
  }
  const [r0, r1] = range;
  const span = d1 - d0;
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const clamp = options.clamp === true;
  const scale = (value: number): number => {
    const v = clamp ? Math.max(lo, Math.min(hi, value)) : value;
    const t = span ? (v - d0) / span : Number.isNaN(span) ? NaN : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  scale.domain = (): [number, number] => [d0, d1];
  scale.ticks = (count: number): number[] => ticksOf(d0, d1, count);
  return scale;
}
