/**
 * What a portal's page loads after server-rendered HTML (test/ssr/hydrate.test.ts adds it to the
 * `/__ssr/` page): Lit's hydration support first, then the elements; the same view the server
 * computed (same record, viewer and "now"), given to each top-level element before its
 * `defer-hydration` goes, so the first render in the browser is the server's and hydrates it.
 * What went wrong is kept in `window.ssrErrors`; `window.ssrHydrated` resolves when every element
 * has hydrated.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { fromFhir, viewFor, type ViewerRole } from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import type { LitElement } from 'lit';
import '@percorso/elements';

declare global {
  interface Window {
    ssrErrors: string[];
    ssrHydrated: Promise<void>;
  }
}

const errors: string[] = (window.ssrErrors = []);
addEventListener('error', (e) => errors.push(String(e.error?.message ?? e.message)));
addEventListener('unhandledrejection', (e) => errors.push(String((e.reason as Error | undefined)?.message ?? e.reason)));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  consoleError(...args);
};

const q = new URLSearchParams(location.search);
const now = SAMPLE_NOW;
const view = viewFor(fromFhir(generateFhir({ seed: Number(q.get('seed') ?? 1), events: Number(q.get('events') ?? 60), now })), {
  role: (q.get('role') ?? 'citizen') as ViewerRole,
  now,
});

// The top-level elements (those inside another element's shadow root hydrate with it).
const elements = [...document.querySelectorAll<LitElement & { view: unknown }>('[defer-hydration]')];
for (const el of elements) {
  el.view = view;
  el.removeAttribute('defer-hydration');
}
window.ssrHydrated = Promise.all(
  elements.map((el) => el.updateComplete.catch((err: unknown) => void errors.push(String((err as Error)?.message ?? err)))),
).then(() => undefined);
