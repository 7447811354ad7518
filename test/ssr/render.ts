/**
 * Server rendering of the Percorso elements with `@lit-labs/ssr`, as a portal's Node server does it:
 * a view computed in Node (`generateFhir` → `fromFhir` → `viewFor`), each exported element rendered
 * to HTML with declarative shadow DOM. Used by the Node test (server-render.node.ts) and, through
 * the test runner's `/__ssr/` page (scripts/wtr-plugins.mjs), by the browser's hydration test.
 * Runs in Node only (lit's Node build and its DOM shim).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { fromFhir, viewFor, type FseView, type ViewerRole } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import * as elements from '@percorso/elements';

/** What a page renders: the synthetic record (seed, size) and who looks at it. */
export interface SsrCase {
  seed: number;
  events: number;
  role: ViewerRole;
}

export const DEFAULT_CASE: SsrCase = { seed: 1, events: 60, role: 'citizen' };

/** The view the server (and, from the same inputs, the browser) computes. `now` is fixed so both say "7 mesi fa" alike. */
export function viewOf(c: SsrCase): FseView {
  const now = SAMPLE_NOW;
  return viewFor(fromFhir(generateFhir({ seed: c.seed, events: c.events, now })), { role: c.role, now });
}

/** Tag names of the custom element classes `@percorso/elements` exports (as test/elements/exported-tags.ts finds them in a browser). */
export function serverTags(): string[] {
  const tags = new Set<string>();
  for (const value of Object.values(elements)) {
    if (typeof value !== 'function') continue;
    const tag = customElements.getName(value as CustomElementConstructor);
    if (tag) tags.add(tag);
  }
  return [...tags].sort();
}

/** The document an `<fse-document>` shows on the server: the view's latest document. */
export function documentIdOf(view: FseView): string | undefined {
  const docs = view.events.filter((e) => e.kind === 'document' && !e.undated);
  docs.sort((a, b) => b.date.start - a.date.start);
  return docs[0]?.id;
}

/**
 * One element with its view, as a server template. `<fse-document>` is given the latest document
 * to show; `<fse-record>` (which draws nothing of its own) wraps a care-paths element, which is
 * given the view too: the record's context reaches its children in the browser only.
 */
export function elementTemplate(tag: string, view: FseView): unknown {
  if (!/^fse-[a-z]+(-[a-z]+)*$/.test(tag)) throw new Error(`not a Percorso tag: ${tag}`);
  const t = unsafeStatic(tag);
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- static-html's tag (checked above) is a static value, not a binding: eslint-plugin-lit does not know static-html */
  if (tag === 'fse-document') return html`<${t} .view=${view} document-id=${documentIdOf(view) ?? ''}></${t}>`;
  if (tag === 'fse-record') return html`<${t} .view=${view}><fse-care-paths .view=${view}></fse-care-paths></${t}>`;
  return html`<${t} .view=${view}></${t}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}

/**
 * The HTML of `template`. `deferHydration` marks the top-level elements `defer-hydration`: the
 * browser hydrates each one when the page has given it its view and removed the attribute.
 */
export async function renderHtml(template: unknown, deferHydration = false): Promise<string> {
  return collectResult(render(template, { deferHydration }));
}

/**
 * A whole page for the browser's hydration test: the elements rendered on the server, no script
 * (the test adds the hydrating one when it has looked at the page as it arrived).
 */
export async function ssrPage(tags: readonly string[], c: SsrCase = DEFAULT_CASE): Promise<string> {
  const view = viewOf(c);
  const parts: string[] = [];
  for (const tag of tags) parts.push(`<section data-tag="${tag}">${await renderHtml(elementTemplate(tag, view), true)}</section>`);
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Percorso SSR</title></head><body>${parts.join('\n')}</body></html>`;
}
