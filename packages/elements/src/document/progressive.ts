/**
 * Progressive rendering of a long results table (issue 9's bench: a lab report of 200 results opens
 * in ≤ 50 ms). The first render shows the rows that can fill a screen; the rest follow in one batch
 * after that frame is painted, so the reader sees the top of the report at once and the whole report
 * a frame later.
 *
 * Nothing is lost: every row is in the DOM a frame later, whether scrolled to or not (so the
 * browser's find-in-page and a screen reader's table navigation get every row; the table says
 * `aria-busy` meanwhile, and rows are appended in order, never announced), `beforeprint` renders
 * what is left at once, and the host's `updateComplete` waits for the last row. A hidden tab (no
 * animation frames) goes on with tasks. On the server every row is rendered, and hydrating a
 * server-rendered element renders every row too (the same DOM as the server's).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Rows added after the first screenful: all the rest, in one batch. Each batch waits for a painted
 * frame and lays the whole table out again, so one batch after the first screenful is one frame's
 * wait and one layout, not three (80 rows a frame took four frames for 200 rows; the bench: the
 * README's Performance, "Opening a document").
 */
const STEP = Number.POSITIVE_INFINITY;
/** A row's least height (px: one line of 1.5 × 16 px, its padding of 2 × 0.35 rem and border): a screen's height over it is a screenful of rows at most. */
const MIN_ROW_HEIGHT = 32;

/**
 * Runs `fn` once the next frame is painted: a task queued from the frame's callback (a message, not a
 * timer: no clamping, and after any message queued earlier in the same frame). A hidden tab paints
 * no frames: there, the next task.
 */
function afterPaint(fn: () => void): void {
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      fn();
    };
    ch.port2.postMessage(0);
  });
}

/** How many rows can fill the reader's screen: the first render's rows. */
function screenful(): number {
  const h = typeof innerHeight === 'number' && innerHeight > 0 ? innerHeight : 900;
  return Math.max(20, Math.ceil(h / MIN_ROW_HEIGHT));
}

export class ProgressiveRows implements ReactiveController {
  private limit = screenful();
  private total = 0;
  private scheduled = false;
  private waiting: (() => void)[] = [];
  /** Server-rendered (a declarative shadow root before the first update): the first render hydrates every row the server sent. */
  private hydrating: boolean;
  /** The update under way only adds a batch of rows (nothing else asked for it): rows already rendered may be reused. */
  growing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Renders the host now, synchronously (before printing). */
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
    this.hydrating = !isServer && host.shadowRoot !== null;
    if (this.hydrating) this.limit = Number.POSITIVE_INFINITY;
  }

  /** Another document: start again from a screenful (not while hydrating what the server rendered). */
  reset(): void {
    if (!this.hydrating) this.limit = screenful();
  }

  /** The number of rows to render of `total` (called by the render). */
  take(total: number): number {
    this.total = total;
    return isServer ? total : Math.min(total, this.limit);
  }

  /** Every row of the last render is in the DOM. */
  get complete(): boolean {
    return isServer || this.limit >= this.total;
  }

  /** Resolves once the next batch has been asked of the host (then its update renders it). */
  nextBatch(): Promise<void> {
    return this.complete ? Promise.resolve() : new Promise((ok) => this.waiting.push(ok));
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.onBeforePrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onBeforePrint);
  }

  hostUpdated(): void {
    this.hydrating = false;
    this.growing = false;
    if (this.complete) this.release();
    else this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    afterPaint(() => {
      this.scheduled = false;
      if (this.complete) return this.release();
      this.limit += STEP;
      this.growing = true;
      this.host.requestUpdate();
      this.release();
    });
  }

  private release(): void {
    const w = this.waiting;
    this.waiting = [];
    for (const ok of w) ok();
  }

  /** Printing: every row, now (the browser lays out the print right after this event). */
  private readonly onBeforePrint = (): void => {
    if (this.complete) return;
    this.limit = Number.POSITIVE_INFINITY;
    this.renderNow();
  };
}
