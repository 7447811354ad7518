// First: reports Trusted Types that block lit-html before lit loads (see trusted-types.ts).
import './trusted-types.js';
import { VERSION } from './version.js';

const warned = new Set<string>();

type Versioned = CustomElementConstructor & { percorsoVersion?: string };

/**
 * Registers a Percorso element. Defining twice is harmless; when another copy of Percorso (a
 * different class, say two bundles on one portal page) already owns the tag, it warns once with
 * both versions and keeps the first, as the platform allows only one definition.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    (ctor as Versioned).percorsoVersion = VERSION;
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `Percorso: <${tag}> is already defined (version ${existing.percorsoVersion ?? 'unknown'}); ` +
      `this copy (version ${VERSION}) was not registered. Load @percorso/elements once per page.`,
  );
}
