/**
 * What `<fse-summary>`, `<fse-medications>` and `<fse-results>` share: the selection event they
 * fire (one selection model: the events a line, row or point stands for), the critical-medicine
 * icon and words, and the medicine's name as a line of text.
 */
import { svg, type SVGTemplateResult } from 'lit';

/** Where a selection was made. */
export type FseSelectSource = 'summary' | 'medications' | 'results';

/** What `fse-select` carries. */
export interface FseSelectDetail {
  /** Ids of the view's events the selected line, row or point stands for (empty: selection cleared). */
  eventIds: readonly string[];
  /** Which element, and the key of what was selected there (a medicine, a series, a summary line). */
  source: FseSelectSource;
  key: string | null;
}

/**
 * `fse-select`: the user selected a line of the summary, a medicine, or a measured value. The
 * host (or `<fse-journey>`) highlights `eventIds` on the timeline and the care paths. Cancellable.
 */
export class FseSelectEvent extends Event {
  static readonly type = 'fse-select';
  constructor(
    readonly eventIds: readonly string[],
    readonly source: FseSelectSource,
    readonly key: string | null,
  ) {
    super(FseSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
  get detail(): FseSelectDetail {
    return { eventIds: this.eventIds, source: this.source, key: this.key };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fse-select': FseSelectEvent;
  }
}

/** A warning triangle with an exclamation mark: the critical-medicine icon (never alone: always beside its words). */
export function criticalIcon(size = 16): SVGTemplateResult {
  return svg`<svg class="icon icon--critical" width=${size} height=${size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false"><path d="M0,-7L7.5,6.5H-7.5Z" fill="currentColor"></path><path d="M-0.9,-2.6H0.9L0.6,2.4H-0.6ZM-0.95,3.6H0.95V5.3H-0.95Z" fill="var(--_fse-color-surface, #fff)"></path></svg>`;
}

export { criticalMessages, criticalIt, criticalEn, criticalDe, mergeCatalogs } from './clinical-messages.js';
