/**
 * Requests an element asks its host to answer (the consent panel's changes, the document's
 * original): a cancellable event answered with `e.respond(promise)`, and the tracker of the
 * requests in flight.
 *
 * The requests in flight: one per target (a purpose, a document, a delegation…), so a
 * second click while the first is pending is ignored. Each request is pending until the host's
 * promise settles, then done (its value stays shown until the host sets a new view) or failed
 * (rolled back: the view's value is shown again, with the host's message).
 */
import type { ReactiveControllerHost } from 'lit';

/** Fields every request carries. */
export interface FseRequestBase {
  /** Unique per request; the same id is never reused, so a host can de-duplicate retries. */
  readonly requestId: string;
  /**
   * The host's answer: a promise that resolves when the change is persisted (optionally with the
   * new FseView) and rejects with an Error (its `message` is shown to the citizen) when it is not.
   * Set it inside the listener, or call `event.respond(promise)`.
   */
  answer?: PromiseLike<unknown>;
}

/** A cancellable request the host answers with a promise. */
export abstract class FseRequestEvent<D extends FseRequestBase> extends Event {
  readonly detail: D;
  constructor(type: string, detail: D) {
    super(type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
  /** Answers the request (call inside the listener): resolve when persisted, reject with an Error whose message the citizen reads. */
  respond(answer: PromiseLike<unknown>): void {
    this.detail.answer = answer;
  }
  /** The host's answer, if any. */
  get answer(): PromiseLike<unknown> | undefined {
    return this.detail.answer;
  }
}


export type RequestStatus = 'pending' | 'done' | 'failed';

export interface Tracked<V = unknown> {
  readonly id: string;
  readonly key: string;
  status: RequestStatus;
  /** What the citizen asked for: shown in place of the view's value while pending or done. */
  readonly value: V;
  /** Whether `value` still overrides the view (false once failed, or once a newer view arrived). */
  override: boolean;
  /** Why it failed, in the citizen's words (the host's message or the panel's). */
  message?: string;
  /** The request's event detail, for the "done"/"failed" announcements. */
  readonly detail: FseRequestBase;
}

export type Outcome =
  | { kind: 'done'; value?: unknown }
  | { kind: 'failed'; reason: 'rejected'; message: string }
  | { kind: 'failed'; reason: 'declined' | 'unhandled' };

let seq = 0;
/** A request id unique in this page. */
export function nextRequestId(): string {
  seq += 1;
  return `fse-req-${Date.now().toString(36)}-${seq}`;
}

export class RequestTracker {
  private readonly map = new Map<string, Tracked>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settled: (t: Tracked, outcome: Outcome) => void,
  ) {}

  get(key: string): Tracked | undefined {
    return this.map.get(key);
  }

  isPending(key: string): boolean {
    return this.map.get(key)?.status === 'pending';
  }

  /** The value to show for `key`: the request's while it overrides the view, else `fallback`. */
  valueOf<V>(key: string, fallback: V): V {
    const t = this.map.get(key);
    return t && t.override ? (t.value as V) : fallback;
  }

  /** Every tracked request whose key starts with `prefix`. */
  withPrefix(prefix: string): Tracked[] {
    return [...this.map.values()].filter((t) => t.key.startsWith(prefix));
  }

  /** Forgets a request's message (after the citizen dismissed it or acted again). */
  forget(key: string): void {
    const t = this.map.get(key);
    if (t && t.status !== 'pending') {
      this.map.delete(key);
      this.host.requestUpdate();
    }
  }

  /**
   * Sends a request: dispatches `event` through `dispatch` and follows the host's answer.
   * Returns false, without dispatching, when a request for the same key is still pending.
   */
  submit<D extends FseRequestBase, V>(
    key: string,
    value: V,
    event: FseRequestEvent<D>,
    dispatch: (e: Event) => boolean,
  ): boolean {
    if (this.isPending(key)) return false;
    const t: Tracked<V> = { id: event.detail.requestId, key, status: 'pending', value, override: true, detail: event.detail };
    this.map.set(key, t);
    this.host.requestUpdate();
    let notPrevented = true;
    try {
      notPrevented = dispatch(event);
    } catch {
      // A listener threw: treated like a host that did not answer (the error is the host's to report).
    }
    const answer = event.detail.answer;
    if (!answer || typeof answer.then !== 'function') {
      this.finish(t, { kind: 'failed', reason: notPrevented ? 'unhandled' : 'declined' });
      return true;
    }
    Promise.resolve(answer).then(
      (v) => this.finish(t, { kind: 'done', value: v }),
      (err: unknown) => {
        const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
        this.finish(t, { kind: 'failed', reason: 'rejected', message });
      },
    );
    return true;
  }

  private finish(t: Tracked, outcome: Outcome): void {
    if (this.map.get(t.key) !== t) return; // superseded
    if (outcome.kind === 'done') {
      t.status = 'done';
    } else {
      t.status = 'failed';
      t.override = false;
    }
    this.host.requestUpdate();
    this.settled(t, outcome);
  }

  /** A new view arrived (the host persisted): settled requests stop overriding it; pending ones still do. */
  reconcile(): void {
    for (const t of this.map.values()) if (t.status !== 'pending') t.override = false;
  }

  /** Forgets everything (another patient's view). */
  clear(): void {
    this.map.clear();
  }
}
