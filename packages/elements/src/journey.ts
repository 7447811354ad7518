/**
 * Registers `<fse-journey>` and the elements it composes (`<fse-timeline>`, `<fse-body-map>`,
 * `<fse-care-paths>`). Import `@percorso/elements/journey/fse-journey.js` for the class alone.
 */
import './timeline.js';
import './body-map.js';
import './care-paths.js';
import { defineElement } from './internal/define.js';
import { FseJourney } from './journey/fse-journey.js';

export { FseJourney } from './journey/fse-journey.js';
export { FseRecordSwitchRequestEvent, type FseRecordSwitchRequestDetail } from './journey/events.js';

defineElement('fse-journey', FseJourney);

declare global {
  interface HTMLElementTagNameMap {
    'fse-journey': FseJourney;
  }
}
