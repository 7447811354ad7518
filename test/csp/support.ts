/**
 * Shared by the suites in test/csp/, which run in pages served with a strict
 * Content-Security-Policy header (scripts/wtr-csp.mjs): a record of every `securitypolicyviolation`
 * event, and a wait until Percorso elements — nested ones included — have rendered and drawn.
 */
import { expect, nextFrame } from '@open-wc/testing';

/** The policy the elements run under (the harness adds `connect-src 'self'` for its WebSocket). */
export const STRICT_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export interface Violation {
  directive: string;
  sample: string;
  source: string;
}

const seen: Violation[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  seen.push({ directive: e.violatedDirective, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
});

/** Violations reported so far (the browser reports them in a later task: wait before reading). */
export async function violationsSince(mark: number): Promise<Violation[]> {
  await new Promise((r) => setTimeout(r, 30));
  return seen.slice(mark);
}

/** A mark to pass to `violationsSince` / `expectNoViolationsSince`. */
export const violationMark = (): number => seen.length;

export async function expectNoViolationsSince(mark: number, what: string): Promise<void> {
  const v = await violationsSince(mark);
  expect(
    v.map((x) => `${x.directive} "${x.sample}" at ${x.source}`),
    `CSP violations while showing ${what}`,
  ).to.deep.equal([]);
}

interface Updatable extends Element {
  updateComplete?: Promise<unknown>;
}

/** Every fse-* element in `root` and in the shadow roots below it. */
export function fseElements(root: ParentNode): Updatable[] {
  const out: Updatable[] = [];
  const walk = (r: ParentNode): void => {
    for (const el of r.querySelectorAll('*')) {
      if (el.localName.startsWith('fse-')) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Waits until the elements in `root` (nested ones too) have updated and drawn their frames. */
export async function settleAll(root: ParentNode): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await Promise.all(fseElements(root).map((el) => el.updateComplete));
    await nextFrame();
    await nextFrame();
  }
}

/** An `rgb(…)`/`rgba(…)` colour as numbers. */
export function rgbOf(css: string): [number, number, number] {
  const m = /rgba?\((\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
