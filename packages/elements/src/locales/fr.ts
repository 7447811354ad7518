/**
 * French (for Valle d'Aosta) for every Percorso element, the model's plain issue messages and the glossary. Importing
 * this module registers it: `import '@percorso/elements/locales/fr.js'`. Written here, awaiting
 * review by a native speaker (README, "Languages"); a region corrects any string with
 * `overrideMessages('fr', …)`. Dates and numbers are formatted as fr-FR.
 */
import { registerLocale } from '../internal/localize.js';
import { withRegions } from '../journey/messages.js';
import { bundledLocale } from './bundled.js';
import { shared } from './fr/shared.js';
import { bodyMap } from './fr/body-map.js';
import { carePaths } from './fr/care-paths.js';
import { critical, journey } from './fr/clinical.js';
import { news } from './fr/news.js';
import { medications, results, summary } from './fr/clinical-views.js';
import { documentMessages as document } from './fr/document.js';
import { timeline } from './fr/timeline.js';
import { consentPanel } from './fr/consent-panel.js';
import { glossary, issues } from '@percorso/model/locales/fr';

export const fr = bundledLocale({
  shared,
  critical,
  bodyMap,
  carePaths,
  document,
  journey: withRegions(bodyMap, { ...journey, ...news }),
  medications,
  results,
  summary,
  timeline,
  consentPanel,
  issues,
  glossary,
});

registerLocale('fr', fr);
