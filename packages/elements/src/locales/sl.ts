/**
 * Slovenian (for Friuli Venezia Giulia) for every Percorso element, the model's plain issue messages and the glossary. Importing
 * this module registers it: `import '@percorso/elements/locales/sl.js'`. Written here, awaiting
 * review by a native speaker (README, "Languages"); a region corrects any string with
 * `overrideMessages('sl', …)`. Dates and numbers are formatted as sl-SI.
 */
import { registerLocale } from '../internal/localize.js';
import { withRegions } from '../journey/messages.js';
import { bundledLocale } from './bundled.js';
import { shared } from './sl/shared.js';
import { bodyMap } from './sl/body-map.js';
import { carePaths } from './sl/care-paths.js';
import { critical, journey } from './sl/clinical.js';
import { news } from './sl/news.js';
import { medications, results, summary } from './sl/clinical-views.js';
import { documentMessages as document } from './sl/document.js';
import { timeline } from './sl/timeline.js';
import { consentPanel } from './sl/consent-panel.js';
import { glossary, issues } from '@percorso/model/locales/sl';

export const sl = bundledLocale({
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

registerLocale('sl', sl);
