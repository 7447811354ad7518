/**
 * Bad input handed straight to the elements (issue 8 §5), for every element @percorso/elements
 * exports: a `.view` promise that rejects with anything at all, one that never settles, and views
 * with `null` entries or events without `privacy`. Each must end in a visible state and an event
 * the host can act on — never a blank element, never an exception in the host page.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FseView } from '@percorso/model';
import { drawingTags } from './exported-tags.js';
import { FseErrorEvent, FseRetryRequestEvent } from '../../packages/elements/src/internal/events.js';
import { SAMPLE_NOW, sampleView } from '../../stories/data.js';

type El = HTMLElement & { view?: unknown; loadingTimeout?: number; updateComplete: Promise<unknown> };

const tags = drawingTags();

async function mount(tag: string, lang = 'en'): Promise<El> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as El;
  el.setAttribute('lang', lang);
  host.append(el);
  await el.updateComplete;
  return el;
}

const stateText = (el: El) => el.shadowRoot!.querySelector('[part~="state"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const revoked = Proxy.revocable({}, {});
revoked.revoke();

/** Rejection values without a printable reason, and two with one. */
const REJECTIONS: [string, () => unknown, string | undefined][] = [
  ['undefined', () => undefined, undefined],
  ['null', () => null, undefined],
  ['a Symbol', () => Symbol('nope'), undefined],
  [
    'an object whose toString throws',
    () => ({
      toString() {
        throw new Error('no');
      },
    }),
    undefined,
  ],
  ['an object without prototype', () => Object.create(null), undefined],
  ['a revoked Proxy', () => revoked.proxy, undefined],
  [
    'an Error whose message getter throws',
    () =>
      Object.defineProperty(new Error(), 'message', {
        get() {
          throw new Error('no');
        },
      }),
    undefined,
  ],
  ['an Error', () => new Error('FHIR server down (503)'), 'FHIR server down (503)'],
  ['a string', () => 'timeout', 'timeout'],
];

describe('bad input straight into the elements', () => {
  it('covers the elements @percorso/elements exports', () => {
    expect(tags).to.include.members(['fse-body-map', 'fse-care-paths', 'fse-consent-panel', 'fse-journey', 'fse-timeline']);
  });

  describe('a .view promise that rejects', () => {
    for (const tag of tags) {
      for (const [label, value, reason] of REJECTIONS) {
        it(`<${tag}> rejected with ${label}: error state and fse-error`, async () => {
          const el = await mount(tag);
          const fired = oneEvent(el, FseErrorEvent.type) as unknown as Promise<FseErrorEvent>;
          el.view = Promise.reject(value());
          const ev = await fired;
          expect(ev.reason).to.equal('load-failed');
          await el.updateComplete;
          const shown = stateText(el);
          expect(shown).to.contain('Loading the data failed');
          if (reason) expect(shown).to.contain(reason);
          else expect(shown).to.equal('Loading the data failed.');
          expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
        });
      }
    }
  });

  describe('a .view promise still pending after loading-timeout', () => {
    it('waits 30 s by default', async () => {
      const el = await mount('fse-timeline');
      expect(el.loadingTimeout).to.equal(30_000);
    });

    for (const tag of tags) {
      it(`<${tag}>: “still loading” with a retry button that fires fse-retry-request; a new view takes over`, async () => {
        const el = await mount(tag);
        el.setAttribute('loading-timeout', '80');
        el.view = new Promise<FseView>(() => {});
        await el.updateComplete;
        expect(stateText(el)).to.contain('Loading the health record');
        expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'the retry button appears', { timeout: 3000 });
        expect(stateText(el)).to.contain('Loading is taking longer than usual');
        const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
        expect(retry.textContent!.trim()).to.equal('Try again');
        const asked = oneEvent(document, FseRetryRequestEvent.type) as unknown as Promise<FseRetryRequestEvent>;
        retry.click();
        const ev = await asked;
        expect(ev.composed && ev.bubbles).to.equal(true);
        expect(ev.target === el, 'fired by the element').to.equal(true);
        // The host answers with a new promise: loading again, without the notice, until it times out.
        el.view = new Promise<FseView>(() => {});
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
      });
    }

    it('never shows the notice for a promise that settles in time', async () => {
      const el = await mount('fse-body-map');
      el.setAttribute('loading-timeout', '60');
      el.view = new Promise<FseView>((resolve) => setTimeout(() => resolve(sampleView('citizen')), 10));
      await new Promise((r) => setTimeout(r, 150));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="state"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
    });

    it('speaks German and Italian too', async () => {
      for (const [lang, text, button] of [
        ['de', 'Das Laden dauert länger als üblich', 'Erneut versuchen'],
        ['it', 'Il caricamento sta richiedendo più tempo del solito', 'Riprova'],
      ]) {
        const el = await mount('fse-care-paths', lang);
        el.loadingTimeout = 20;
        el.view = new Promise<FseView>(() => {});
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'the retry button appears', { timeout: 3000 });
        expect(stateText(el)).to.contain(text);
        expect(el.shadowRoot!.querySelector('[part~="retry"]')!.textContent!.trim()).to.equal(button);
      }
    });
  });

  describe('null entries and events without privacy', () => {
    const SECRET = 'Titolo che nessuno deve vedere';
    function damaged(): FseView {
      const v = sampleView('citizen');
      const events = [...v.events] as unknown[];
      events.splice(3, 0, null);
      const noPrivacy = { ...v.events[5], id: 'no-privacy', title: SECRET };
      delete (noPrivacy as { privacy?: unknown }).privacy;
      events.splice(7, 0, noPrivacy);
      const first = v.events[0];
      events[0] = { ...first, codes: [null, ...first.codes], carePathIds: [...first.carePathIds, null] };
      const paths = v.carePaths.map((p, i) => (i === 0 ? { ...p, steps: [null, ...p.steps] } : p)) as unknown[];
      paths.push(null);
      return {
        ...v,
        events: events as FseView['events'],
        carePaths: paths as FseView['carePaths'],
        consents: [null, ...v.consents] as FseView['consents'],
        delegations: [...v.delegations, null] as FseView['delegations'],
        accessLog: [null, ...v.accessLog] as FseView['accessLog'],
      };
    }

    for (const tag of tags) {
      it(`<${tag}> leaves them out, reports them with fse-error, and shows the rest`, async () => {
        const el = await mount(tag, 'it');
        if ('now' in el) (el as El & { now: number }).now = SAMPLE_NOW;
        const fired: FseErrorEvent[] = [];
        el.addEventListener(FseErrorEvent.type, (e) => fired.push(e as FseErrorEvent));
        let thrown: unknown;
        const onError = (e: ErrorEvent) => (thrown = e.error);
        window.addEventListener('error', onError);
        try {
          el.view = damaged();
          await waitUntil(() => fired.some((e) => e.reason === 'invalid-entries'), 'fse-error invalid-entries', { timeout: 5000 });
          await el.updateComplete;
        } finally {
          window.removeEventListener('error', onError);
        }
        expect(thrown, 'nothing thrown into the page').to.equal(undefined);
        const ev = fired.find((e) => e.reason === 'invalid-entries')!;
        expect(ev.issues.map((i) => i.path)).to.include.members([
          'view.events[3]',
          'view.events[7]',
          'view.events[0].codes[0]',
          'view.carePaths[0].steps[0]',
          'view.consents[0]',
          'view.accessLog[0]',
        ]);
        expect(ev.issues.every((i) => i.code === 'invalid-view-entry' && i.severity === 'warning')).to.equal(true);
        const root = el.shadowRoot!;
        expect(root.querySelector('[part~="state"]'), 'not an error or loading state').to.equal(null);
        expect((root.textContent ?? '').trim().length, 'not blank').to.be.greaterThan(20);
        const all = (node: ParentNode): string =>
          [...node.querySelectorAll('*')].map((n) => (n.shadowRoot ? all(n.shadowRoot) : '') + (n.getAttribute('aria-label') ?? '') + (n.getAttribute('title') ?? '')).join(' ') +
          (node.textContent ?? '');
        expect(all(root), 'an event without privacy is never shown').not.to.contain(SECRET);
      });
    }
  });
});
