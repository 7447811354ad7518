/** Registers `<fse-timeline>`. Import `@percorso/elements/timeline/fse-timeline.js` for the class alone. */
import { defineElement } from './internal/define.js';
import { FseTimeline } from './timeline/fse-timeline.js';

export { FseTimeline } from './timeline/fse-timeline.js';
export type { GroupBy, TimelineFilter } from './timeline/fse-timeline.js';
export {
  FseEventSelectEvent,
  FseRangeChangeEvent,
  type FseEventSelectDetail,
  type FseRangeChangeDetail,
} from './timeline/events.js';

defineElement('fse-timeline', FseTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'fse-timeline': FseTimeline;
  }
}
