/**
 * Events of `<fse-timeline>`. They bubble and cross shadow roots; `fse-event-select` can be
 * cancelled (the selection then stays as it was).
 */
import type { ClinicalEvent } from '@percorso/model';

/** What `fse-event-select` carries. */
export interface FseEventSelectDetail {
  /** The selected event's id, or null when the selection was cleared (Esc). */
  eventId: string | null;
  /** The selected event (a document or a standalone event), or null. */
  event: ClinicalEvent | null;
  /** Events read from inside the selected document (the values of a lab report…), in the view. */
  innerEvents: readonly ClinicalEvent[];
}

/** `fse-event-select`: the user selected an event on the timeline or in its table (click, Enter, Space) or cleared the selection (Esc). */
export class FseEventSelectEvent extends Event {
  static readonly type = 'fse-event-select';
  constructor(
    readonly eventId: string | null,
    readonly event: ClinicalEvent | null,
    readonly innerEvents: readonly ClinicalEvent[] = [],
  ) {
    super(FseEventSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
  get detail(): FseEventSelectDetail {
    return { eventId: this.eventId, event: this.event, innerEvents: this.innerEvents };
  }
}

/** What `fse-range-change` carries. */
export interface FseRangeChangeDetail {
  /** Visible range, epoch ms (end exclusive). */
  from: number;
  to: number;
  /** Marks whose anchor is in the range. */
  count: number;
}

/** `fse-range-change`: the visible range settled after a zoom or pan (debounced), for hosts that sync other views. */
export class FseRangeChangeEvent extends Event {
  static readonly type = 'fse-range-change';
  constructor(
    readonly from: number,
    readonly to: number,
    readonly count: number,
  ) {
    super(FseRangeChangeEvent.type, { bubbles: true, composed: true });
  }
  get detail(): FseRangeChangeDetail {
    return { from: this.from, to: this.to, count: this.count };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fse-event-select': FseEventSelectEvent;
    'fse-range-change': FseRangeChangeEvent;
  }
}
