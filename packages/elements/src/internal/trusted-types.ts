/**
 * Trusted Types that forbid lit-html's policy: say so instead of leaving blank elements.
 *
 * Lit renders templates through one Trusted Types policy named `lit-html`. A page whose
 * Content-Security-Policy says `require-trusted-types-for 'script'` must allow it
 * (`trusted-types lit-html`); with `trusted-types 'none'` (or a list without `lit-html`) creating
 * the policy throws while lit-html loads, so no Percorso module finishes loading and every
 * `<fse-…>` tag on the page stays an empty, undefined element.
 *
 * This module uses no Lit and is evaluated before it (it is the first import of `define.ts`, which
 * each element's registering module imports first). It listens for the browser's report of that
 * refusal, then names the fix in the console once, and gives every undefined `<fse-…>` element —
 * present or added later — a localised notice in its own shadow root and an `fse-error` event
 * (reason `trusted-types`). Nothing here builds HTML from strings.
 */
import { FseErrorEvent } from './events.js';
import { resolveLang, sharedMessage } from './localize.js';

/** The console message: what broke and the exact directive that fixes it. */
export const TRUSTED_TYPES_FIX =
  'Percorso: the page\'s Content-Security-Policy does not allow the Trusted Types policy "lit-html", so no Percorso element can render. ' +
  "Add `trusted-types lit-html` to the policy (next to `require-trusted-types-for 'script'`); see the README, \"Content-Security-Policy\".";

const NOTICE_CSS = `
  :host { display: block; }
  [role='alert'] {
    padding: 0.75rem 1rem;
    border: 1px solid var(--fse-color-danger, #a61c1c);
    border-radius: var(--fse-radius, 6px);
    background: var(--fse-color-danger-soft, #fdecec);
    color: var(--fse-color-text, #1a1a1a);
    font-family: var(--fse-font-family, system-ui, sans-serif);
  }
`;

let blocked = false;
let sheet: CSSStyleSheet | undefined;

/** Whether the page's Trusted Types refused lit-html's policy (so no element can render). */
export function litBlockedByTrustedTypes(): boolean {
  return blocked;
}

function notify(el: Element): void {
  if (customElements.get(el.localName) || el.shadowRoot) return;
  let root: ShadowRoot;
  try {
    root = el.attachShadow({ mode: 'open' });
  } catch {
    return; // not an element that can have a shadow root
  }
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(NOTICE_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // without constructable stylesheets the notice is plain text: still readable
  }
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.setAttribute('part', 'state');
  alert.textContent = sharedMessage(resolveLang(el), 'state.blocked');
  root.append(alert);
  el.dispatchEvent(new FseErrorEvent('trusted-types', TRUSTED_TYPES_FIX));
}

function notifyAll(root: ParentNode): void {
  if (root instanceof Element && root.localName.startsWith('fse-')) notify(root);
  for (const el of root.querySelectorAll('*')) if (el.localName.startsWith('fse-')) notify(el);
}

function onViolation(e: SecurityPolicyViolationEvent): void {
  if (blocked || e.effectiveDirective !== 'trusted-types' || (e.sample && e.sample !== 'lit-html')) return;
  blocked = true;
  console.error(TRUSTED_TYPES_FIX);
  notifyAll(document);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) notifyAll(n);
  }).observe(document, { childList: true, subtree: true });
}

if (typeof document !== 'undefined' && typeof window !== 'undefined' && 'trustedTypes' in window) {
  document.addEventListener('securitypolicyviolation', onViolation);
}
