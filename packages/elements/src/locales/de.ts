/**
 * German for every Percorso element, the model's plain issue messages and the glossary. Importing
 * this module registers it: `import '@percorso/elements/locales/de.js'`. A page that never imports it
 * downloads none of it.
 * The object is exported too, for a region that wants to start from it.
 */
import { registerLocale } from '../internal/localize.js';
import { bundledLocale } from './bundled.js';
import { de as shared } from '../internal/messages.js';
import { criticalDe as critical } from '../internal/clinical-messages.js';
import { de as bodyMap } from '../body-map/messages.js';
import { de as carePaths } from '../care-paths/messages.js';
import { de as document } from '../document/messages.js';
import { de as journey } from '../journey/messages.js';
import { de as medications } from '../medications/messages.js';
import { de as results } from '../results/messages.js';
import { de as summary } from '../summary/messages.js';
import { de as timeline } from '../timeline/messages.js';
import { de as consentPanel } from '../consent-panel/messages.js';
import { glossary, issues } from '@percorso/model/locales/de';

export const de = bundledLocale({ shared, critical, bodyMap, carePaths, document, journey, medications, results, summary, timeline, consentPanel, issues, glossary });

registerLocale('de', de);
