/**
 * The custom elements `@percorso/elements` exports (and registers), found rather than listed, so
 * suites that must cover every element (strict CSP, bad input, long text) cover a new one as soon
 * as it is exported.
 */
import * as elements from '@percorso/elements';

/** Tag names of the custom element classes `@percorso/elements` exports, sorted. */
export function exportedTags(): string[] {
  const tags = new Set<string>();
  for (const value of Object.values(elements)) {
    if (typeof value !== 'function' || !(value.prototype instanceof HTMLElement)) continue;
    const tag = customElements.getName(value as CustomElementConstructor);
    if (tag) tags.add(tag);
  }
  return [...tags].sort();
}
