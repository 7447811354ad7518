/**
 * Events shared by every element. Each element's own events live beside it; all are prefixed
 * `fse-`, bubble, cross shadow roots, and are typed Event subclasses.
 */
import type { Issue } from '@percorso/model';

export type FseErrorReason = 'invalid-view' | 'load-failed' | 'data-issues' | 'not-permitted' | 'trusted-types';

/**
 * `fse-error`: the element could not show its data (invalid view, a rejected promise, a viewer
 * it must refuse), or the data it shows came with error-level issues. Reason `trusted-types`: the
 * page's Trusted Types forbid lit-html's policy, so the element cannot render at all.
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

declare global {
  interface GlobalEventHandlersEventMap {
    'fse-error': FseErrorEvent;
  }
}
