/**
 * The demo's embedded sample record: synthetic FHIR from `generateFhir`, read back through
 * `fromFhir` — the same path a portal's real gateway data takes. No person in it is real.
 */
import { fromFhir, generateFhir, SAMPLE_NOW, type FseRecord, type Issue } from '@percorso/model';

export const NOW = SAMPLE_NOW;

export function sampleRecord(): { record: FseRecord; issues: Issue[] } {
  const { record, issues } = fromFhir(generateFhir({ seed: 2026, events: 600, now: NOW }), { now: NOW });
  return { record, issues };
}

/** Wires the page's language and theme pickers to every Percorso element on the page. */
export function wirePickers(elements: HTMLElement[]): void {
  const lang = document.querySelector<HTMLSelectElement>('#lang');
  const theme = document.querySelector<HTMLSelectElement>('#theme');
  lang?.addEventListener('change', () => {
    document.documentElement.lang = lang.value;
    for (const el of elements) el.setAttribute('lang', lang.value);
  });
  theme?.addEventListener('change', () => {
    document.body.dataset.fseTheme = theme.value;
    for (const el of elements) el.setAttribute('theme', theme.value);
  });
}
