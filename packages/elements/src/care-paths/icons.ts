/**
 * Step-status icons: a distinct shape per status, so that status is never told by colour alone
 * (the word is always written beside it too).
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { StepStatus } from '@percorso/model';

const SHAPES: Record<StepStatus, SVGTemplateResult> = {
  // filled circle with a check
  done: svg`<circle r="7" fill="currentColor"></circle><path d="M-3.5,0.2L-1,2.8L3.8,-2.6" fill="none" stroke="var(--_fse-icon-contrast, #fff)" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>`,
  // calendar
  booked: svg`<rect x="-6.5" y="-5" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.8"></rect><path d="M-6.5,-1.5H6.5M-3,-7V-3.5M3,-7V-3.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path><rect x="-3.5" y="1" width="3" height="3" fill="currentColor"></rect>`,
  // warning triangle with an exclamation mark
  overdue: svg`<path d="M0,-7.2L7.6,6.4H-7.6Z" fill="currentColor"></path><path d="M0,-2.6V1.8" stroke="var(--_fse-icon-contrast, #fff)" stroke-width="2" stroke-linecap="round"></path><circle cy="4.2" r="1.1" fill="var(--_fse-icon-contrast, #fff)"></circle>`,
  // hollow circle
  planned: svg`<circle r="6" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2.3"></circle>`,
  // circle with a cross
  cancelled: svg`<circle r="6.2" fill="none" stroke="currentColor" stroke-width="1.8"></circle><path d="M-3,-3L3,3M3,-3L-3,3" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>`,
};

/** An SVG icon for a step status (decorative: the status word is always written beside it). */
export function stepIcon(status: StepStatus, size = 18): SVGTemplateResult {
  return svg`<svg class="icon icon--${status}" width=${size} height=${size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">${SHAPES[status] ?? SHAPES.planned}</svg>`;
}

/** A chevron for disclosure buttons (rotated by CSS when expanded). */
export function chevron(size = 14): SVGTemplateResult {
  return svg`<svg class="chevron" width=${size} height=${size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false"><path d="M-4,-2L0,2.5L4,-2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></svg>`;
}

/** A small calendar-with-clock for the next appointment. */
export function calendarIcon(size = 16): SVGTemplateResult {
  return svg`<svg class="icon" width=${size} height=${size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">${SHAPES.booked}</svg>`;
}
