/**
 * Icons of `<fse-consent-panel>`: decorative (the words are always written beside them), each a
 * distinct shape so that nothing is told by colour alone.
 */
import { svg, type SVGTemplateResult } from 'lit';

function icon(name: string, body: SVGTemplateResult, size = 18): SVGTemplateResult {
  return svg`<svg class="icon icon--${name}" width=${size} height=${size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">${body}</svg>`;
}

/** A filled circle with a check: given, done, active. */
export const checkIcon = (size?: number) =>
  icon(
    'check',
    svg`<circle r="7" fill="currentColor"></circle><path d="M-3.5,0.2L-1,2.8L3.8,-2.6" fill="none" stroke="var(--_fse-icon-contrast, #fff)" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path>`,
    size,
  );

/** A padlock: refused, revoked, protected. */
export const lockIcon = (size?: number) =>
  icon(
    'lock',
    svg`<rect x="-5.5" y="-1" width="11" height="8" rx="1.5" fill="currentColor"></rect><path d="M-3.2,-1V-3.6A3.2,3.2 0 0 1 3.2,-3.6V-1" fill="none" stroke="currentColor" stroke-width="1.8"></path>`,
    size,
  );

/** A clock: not expressed yet, pending. */
export const clockIcon = (size?: number) =>
  icon(
    'clock',
    svg`<circle r="6.3" fill="none" stroke="currentColor" stroke-width="1.8"></circle><path d="M0,-3.6V0.4L2.8,2.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>`,
    size,
  );

/** A warning triangle: the law's warnings, failures. */
export const alertIcon = (size?: number) =>
  icon(
    'alert',
    svg`<path d="M0,-7.2L7.6,6.4H-7.6Z" fill="currentColor"></path><path d="M0,-2.6V1.8" stroke="var(--_fse-icon-contrast, #fff)" stroke-width="2" stroke-linecap="round"></path><circle cy="4.2" r="1.1" fill="var(--_fse-icon-contrast, #fff)"></circle>`,
    size,
  );

/** A crossed eye: obscured. */
export const eyeOffIcon = (size?: number) =>
  icon(
    'eye-off',
    svg`<path d="M-7,0C-4.5,-4.5 4.5,-4.5 7,0C4.5,4.5 -4.5,4.5 -7,0Z" fill="none" stroke="currentColor" stroke-width="1.6"></path><circle r="2" fill="currentColor"></circle><path d="M-6,6L6,-6" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>`,
    size,
  );

/** A siren (beacon): emergency access. */
export const sirenIcon = (size?: number) =>
  icon(
    'siren',
    svg`<path d="M-4.5,5V0A4.5,4.5 0 0 1 4.5,0V5Z" fill="currentColor"></path><rect x="-6.5" y="5" width="13" height="2.2" rx="0.6" fill="currentColor"></rect><path d="M0,-7.5V-5.8M-5.6,-5.4L-4.5,-4.3M5.6,-5.4L4.5,-4.3" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>`,
    size,
  );
