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

/**
 * The exported elements that draw something of their own: all but `<fse-record>`, which is
 * `display: contents` around a slot and has no state of its own (the elements inside it do).
 */
export function drawingTags(): string[] {
  return exportedTags().filter((t) => t !== 'fse-record');
}
