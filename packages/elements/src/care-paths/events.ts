/**
 * Events of `<fse-care-paths>`. All bubble, cross shadow roots and can be cancelled (a cancelled
 * card selection leaves `selected` as it was).
 */
import { FseRequestEvent, type FseRequestBase } from '../internal/requests.js';
import type { CarePathStep } from '@percorso/model';

/** What `fse-carepath-select` carries. */
export interface FseCarePathSelectDetail {
  /** The selected care path, or null when the selection was cleared. */
  carePathId: string | null;
  /** Ids of the path's events present in the view (visits, reports, bookings, therapies). */
  eventIds: readonly string[];
}

/**
 * `fse-carepath-select`: the user selected a care-path card (or cleared the selection by
 * selecting it again). The host can highlight `eventIds` on the timeline.
 */
export class FseCarePathSelectEvent extends Event {
  static readonly type = 'fse-carepath-select';
  constructor(
    readonly carePathId: string | null,
    readonly eventIds: readonly string[],
  ) {
    super(FseCarePathSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
  /** The same fields as a plain object, for hosts that read `event.detail`. */
  get detail(): FseCarePathSelectDetail {
    return { carePathId: this.carePathId, eventIds: this.eventIds };
  }
}

/** What `fse-step-select` carries. */
export interface FseStepSelectDetail {
  carePathId: string;
  stepId: string;
  /** Ids of the step's events present in the view (the events that fulfil it and its booking). */
  eventIds: readonly string[];
}

/** `fse-step-select`: the user selected a step of a care path (click, Enter or Space). */
export class FseStepSelectEvent extends Event {
  static readonly type = 'fse-step-select';
  constructor(
    readonly carePathId: string,
    readonly stepId: string,
    readonly eventIds: readonly string[],
  ) {
    super(FseStepSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
  get detail(): FseStepSelectDetail {
    return { carePathId: this.carePathId, stepId: this.stepId, eventIds: this.eventIds };
  }
}

/** What a citizen can ask for an overdue step: to book it, or their doctor for the prescription it needs. */
export type StepAction = 'book' | 'prescription';

/** What `fse-step-action-request` carries. */
export interface FseStepActionRequestDetail extends FseRequestBase {
  carePathId: string;
  stepId: string;
  action: StepAction;
  /** The step's title and code (the service to book or prescribe), as the view has them. */
  title: string;
  code?: CarePathStep['code'];
}

/**
 * `fse-step-action-request`: the citizen asked to book an overdue step, or to ask their doctor for
 * its prescription. Cancellable; the host answers with `e.respond(promise)` — resolve when the
 * request is sent (the step says so), reject with an Error whose message the citizen reads (the
 * step offers the action again). No answer: the card says the portal did not handle it.
 */
export class FseStepActionRequestEvent extends FseRequestEvent<FseStepActionRequestDetail> {
  static readonly type = 'fse-step-action-request';
  constructor(detail: FseStepActionRequestDetail) {
    super(FseStepActionRequestEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fse-step-action-request': FseStepActionRequestEvent;
    'fse-carepath-select': FseCarePathSelectEvent;
    'fse-step-select': FseStepSelectEvent;
  }
}
