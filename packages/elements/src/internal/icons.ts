/**
 * One shape per event category, so that colour is never the only cue (WCAG 1.4.1). The same
 * geometry draws SVG icons (legends, lists, DOM marks) and canvas marks (dense timelines).
 * Shapes are paths in a box from -7 to 7 around the origin.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { EventCategory } from '@percorso/model';

function star(points: number, outer: number, inner: number): string {
  let d = '';
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 ? inner : outer;
    const a = (Math.PI * i) / points - Math.PI / 2;
    d += `${i ? 'L' : 'M'}${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
  }
  return `${d}Z`;
}

function polygon(sides: number, r: number, rotate = 0): string {
  let d = '';
  for (let i = 0; i < sides; i++) {
    const a = (2 * Math.PI * i) / sides + rotate;
    d += `${i ? 'L' : 'M'}${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`;
  }
  return `${d}Z`;
}

export const CATEGORY_SHAPES: Record<EventCategory, string> = {
  reports: 'M6,0A6,6 0 1,1 -6,0A6,6 0 1,1 6,0Z', // circle
  admissions: 'M-5.5,-5.5H5.5V5.5H-5.5Z', // square
  visits: 'M0,-7L7,0L0,7L-7,0Z', // diamond
  medications: 'M0,-6.5L6.5,5.5H-6.5Z', // triangle
  vaccinations: 'M-2.2,-6.5H2.2V-2.2H6.5V2.2H2.2V6.5H-2.2V2.2H-6.5V-2.2H-2.2Z', // plus
  bookings: 'M6.5,0A6.5,6.5 0 1,1 -6.5,0A6.5,6.5 0 1,1 6.5,0ZM3,0A3,3 0 1,0 -3,0A3,3 0 1,0 3,0Z', // ring
  taccuino: star(5, 7, 3), // star
  carepaths: polygon(6, 6.5), // hexagon
  other: 'M0,6.5L6.5,-5.5H-6.5Z', // triangle down
};

/** An SVG icon for a category, `size` px square, filled with currentColor unless told otherwise. */
export function categoryIcon(category: EventCategory, size = 14, fill = 'currentColor'): SVGTemplateResult {
  return svg`<svg class="icon" width=${size} height=${size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false"><path d=${CATEGORY_SHAPES[category]} fill=${fill} fill-rule="evenodd"></path></svg>`;
}

const path2d = new Map<EventCategory, Path2D>();
/** A cached Path2D of a category's shape for canvas drawing (fill with 'evenodd'). */
export function categoryPath2D(category: EventCategory): Path2D {
  let p = path2d.get(category);
  if (!p) path2d.set(category, (p = new Path2D(CATEGORY_SHAPES[category])));
  return p;
}
