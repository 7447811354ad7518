/**
 * Hostile sizes placed straight into a view (issue 8 §5) — not through fromFhir, which caps
 * strings: titles, names and facilities of 600 characters without a space. In every element
 * @percorso/elements exports, on a phone and on a desktop, they must not break the layout (nothing
 * pushes the page sideways or widens the element) and the full text stays reachable (in the
 * element's text, a tooltip's or a label's).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { FseView } from '@percorso/model';
import { SAMPLE_NOW, sampleView } from '../../stories/data.js';
import { settleAll } from '../csp/support.js';
import { drawingTags } from './exported-tags.js';

const LONG = 'Elettrocardiogramma'.repeat(30) + 'Fine';
const NAME = 'Dott.'.repeat(100) + 'Rossi';

function longView(): FseView {
  const v = sampleView('citizen');
  const events = v.events.map((e) => ({
    ...e,
    title: LONG,
    facility: e.facility ? { ...e.facility, name: NAME } : e.facility,
    author: e.author ? { ...e.author, name: NAME } : e.author,
  }));
  return {
    ...v,
    patient: { ...v.patient, name: NAME },
    events,
    carePaths: v.carePaths.map((p) => ({ ...p, title: LONG, steps: p.steps.map((s) => ({ ...s, title: LONG })) })),
    accessLog: v.accessLog.map((a) => ({ ...a, actor: { ...a.actor, name: NAME, organization: a.actor.organization ? { ...a.actor.organization, name: NAME } : undefined } })),
    delegations: v.delegations.map((d) => ({ ...d, person: { ...d.person, name: NAME } })),
  } as FseView;
}

/** Text and labels of a tree, shadow roots included. */
function reachable(root: ParentNode): string {
  let out = '';
  for (const n of root.querySelectorAll('*')) {
    if (n.shadowRoot) out += reachable(n.shadowRoot);
    out += ` ${n.getAttribute('title') ?? ''} ${n.getAttribute('aria-label') ?? ''}`;
  }
  return out + (root.textContent ?? '');
}

describe('long unbroken strings placed straight into a view', () => {
  after(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  for (const tag of drawingTags()) {
    for (const width of [360, 1000]) {
      it(`<${tag}> at ${width} px: the layout holds and the full text is reachable`, async function () {
        this.timeout(60_000);
        await setViewport({ width: width + 40, height: 900 });
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        host.style.setProperty('inline-size', `${width}px`);
        const el = document.createElement(tag) as HTMLElement & { view?: unknown; now?: number; showTable?: boolean };
        el.setAttribute('lang', 'it');
        if ('now' in el) el.now = SAMPLE_NOW;
        if ('showTable' in el) el.showTable = true; // the timeline's text alternative, where titles are read in full
        const view = longView();
        // An element that shows one document shows the first one.
        if ('documentId' in el) el.setAttribute('document-id', view.events.find((e) => e.kind === 'document')!.id);
        el.view = view;
        host.append(el);
        await settleAll(host);
        expect(el.shadowRoot!.querySelector('[part~="state"]'), 'shown, not an error').to.equal(null);
        // Nothing inside spills out of the element, unless a scroll box or a clipping box holds it.
        const box = el.getBoundingClientRect();
        const spill: string[] = [];
        const walk = (root: ParentNode, clipped: boolean): void => {
          for (const n of root.children) {
            const cs = getComputedStyle(n);
            const clips = clipped || cs.overflowX !== 'visible' || cs.display === 'none' || cs.visibility === 'hidden' || cs.position === 'fixed';
            if (!clipped && cs.display !== 'contents') {
              const r = n.getBoundingClientRect();
              if (r.width > 0 && r.right > box.right + 1) spill.push(`${n.localName}.${[...n.classList].join('.')} (${Math.round(r.right - box.right)} px)`);
            }
            if (n.shadowRoot) walk(n.shadowRoot, clips);
            walk(n, clips);
          }
        };
        walk(el.shadowRoot!, false);
        expect(spill.slice(0, 5), 'boxes spilling out of the element').to.deep.equal([]);
        expect(el.getBoundingClientRect().width, 'the element keeps its width').to.be.at.most(width + 1);
        expect(document.documentElement.scrollWidth, 'nothing pushes the page sideways').to.be.at.most(window.innerWidth);
        const text = reachable(el.shadowRoot!);
        if (tag !== 'fse-body-map') expect(text, 'a long title in full').to.contain(LONG);
      });
    }
  }
});
