/**
 * Events shared by every element. Each element's own events live beside it; all are prefixed
 * `fse-`, bubble, cross shadow roots, and are typed Event subclasses.
 */
import type { Issue } from '@percorso/model';

export type FseErrorReason = 'invalid-view' | 'load-failed' | 'data-issues' | 'not-permitted' | 'trusted-types' | 'invalid-entries';

/**
 * `fse-error`: the element could not show its data (invalid view, a rejected promise, a viewer
 * it must refuse), or the data it shows came with error-level issues. Reason `trusted-types`: the
 * page's Trusted Types forbid lit-html's policy, so the element cannot render at all. Reason
 * `invalid-entries`: entries of the view that cannot be shown (`null`, an event without privacy…)
 * were left out; `issues` says which.
 */
export class FseErrorEvent extends Event {
  static readonly type = 'fse-error';
  constructor(
    readonly reason: FseErrorReason,
    readonly message: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(FseErrorEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * `fse-retry-request`: the view promise has been pending longer than the element's
 * `loading-timeout` and the person asked to try again. Answer by setting a new `.view`.
 */
export class FseRetryRequestEvent extends Event {
  static readonly type = 'fse-retry-request';
  constructor() {
    super(FseRetryRequestEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fse-error': FseErrorEvent;
    'fse-retry-request': FseRetryRequestEvent;
  }
}
