/**
 * A page whose Trusted Types allow no policy at all (`trusted-types 'none'`, served by
 * scripts/wtr-csp.mjs for files named *.tt-none.test.ts). Lit cannot create its `lit-html` policy,
 * so nothing can render: the elements must say so — a notice in the element, `fse-error` with
 * reason `trusted-types`, and a console message naming the fix — instead of staying blank.
 *
 * This file cannot use @open-wc/testing (it loads lit, which fails here): chai and DOM calls only.
 */
import { expect } from '@esm-bundle/chai';
import type { FseErrorEvent } from '../../packages/elements/src/internal/events.js';

const errors: string[] = [];
const originalError = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  originalError.apply(console, args);
};
const fseErrors: { tag: string; reason: string; message: string }[] = [];
document.addEventListener('fse-error', (e) => {
  const ev = e as FseErrorEvent;
  fseErrors.push({ tag: (e.target as Element).localName, reason: ev.reason, message: ev.message });
});

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !cond(); i++) await frame();
  expect(cond(), what).to.equal(true);
}

describe("Trusted Types 'none'", () => {
  after(() => {
    console.error = originalError;
  });

  it('shows a notice and fires fse-error in each element, and names the fix in the console, instead of blank elements', async () => {
    const timeline = document.createElement('fse-timeline');
    timeline.setAttribute('lang', 'en');
    const paths = document.createElement('fse-care-paths');
    const host = document.createElement('section');
    host.setAttribute('lang', 'de');
    const map = document.createElement('fse-body-map');
    host.append(map);
    document.body.append(timeline, paths, host);

    let loadError: unknown;
    try {
      await import('../../packages/elements/src/timeline.js');
    } catch (e) {
      loadError = e;
    }
    expect(loadError, 'lit-html cannot load under this policy').to.be.instanceOf(Error);
    expect(customElements.get('fse-timeline')).to.equal(undefined);

    await until(() => fseErrors.length >= 3, 'fse-error from every element');
    expect(fseErrors.map((f) => f.tag).sort()).to.deep.equal(['fse-body-map', 'fse-care-paths', 'fse-timeline']);
    for (const f of fseErrors) {
      expect(f.reason).to.equal('trusted-types');
      expect(f.message).to.contain('trusted-types lit-html');
    }
    const named = errors.filter((m) => m.includes('trusted-types lit-html'));
    expect(named, 'one console message that names the fix').to.have.length(1);

    const notice = (el: Element) => el.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
    expect(notice(timeline)).to.contain('cannot be shown');
    expect(notice(paths)).to.contain('non può essere mostrato');
    expect(notice(map)).to.contain('kann nicht angezeigt werden');
    for (const el of [timeline, paths, map]) expect(el.getBoundingClientRect().height, `<${el.localName}> is not blank`).to.be.greaterThan(10);
  });

  it('does the same for an element added to the page later', async () => {
    const journey = document.createElement('fse-journey');
    journey.setAttribute('lang', 'en');
    document.body.append(journey);
    await until(() => fseErrors.some((f) => f.tag === 'fse-journey'), 'fse-error from the late element');
    expect(journey.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.contain('cannot be shown');
  });
});
