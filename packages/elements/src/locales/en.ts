/**
 * English for every Percorso element, the model's plain issue messages and the glossary. Importing
 * this module registers it: `import '@percorso/elements/locales/en.js'`. A page that never imports it
 * downloads none of it.
 * The object is exported too, for a region that wants to start from it.
 */
import { registerLocale } from '../internal/localize.js';
import { bundledLocale } from './bundled.js';
import { en as shared } from '../internal/messages.js';
import { criticalEn as critical } from '../internal/clinical-messages.js';
import { en as bodyMap } from '../body-map/messages.js';
import { en as carePaths } from '../care-paths/messages.js';
import { en as document } from '../document/messages.js';
import { en as journey } from '../journey/messages.js';
import { en as medications } from '../medications/messages.js';
import { en as results } from '../results/messages.js';
import { en as summary } from '../summary/messages.js';
import { en as timeline } from '../timeline/messages.js';
import { en as consentPanel } from '../consent-panel/messages.js';
import { glossary, issues } from '@percorso/model/locales/en';

export const en = bundledLocale({ shared, critical, bodyMap, carePaths, document, journey, medications, results, summary, timeline, consentPanel, issues, glossary });

registerLocale('en', en);
