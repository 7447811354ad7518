/**
 * What the page's media asks of the timeline's canvas: printing (the table becomes the print
 * view) and the colours of the theme in force (forced colours, a dark scheme, more contrast),
 * which the canvas must read again when they change since it does not follow CSS by itself.
 * `beforeprint`/`afterprint` as well as `matchMedia('print')`: Chromium fires the events before it
 * reports the query, Firefox the other way round.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERIES = ['print', '(forced-colors: active)', '(prefers-color-scheme: dark)', '(prefers-contrast: more)'];

export class TimelineMedia implements ReactiveController {
  /** The page is being printed. */
  printing = false;
  private queries: MediaQueryList[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** A query changed: the canvas reads its colours again and redraws. */
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia === 'function') {
      this.queries = QUERIES.map((q) => matchMedia(q));
      for (const m of this.queries) m.addEventListener('change', this.onChange);
      this.printing = this.queries[0].matches;
    }
    addEventListener('beforeprint', this.onBeforePrint);
    addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    for (const m of this.queries) m.removeEventListener('change', this.onChange);
    removeEventListener('beforeprint', this.onBeforePrint);
    removeEventListener('afterprint', this.onAfterPrint);
  }

  private setPrinting(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly onChange = (): void => {
    this.setPrinting(matchMedia('print').matches);
    this.changed();
  };
  private readonly onBeforePrint = (): void => this.setPrinting(true);
  private readonly onAfterPrint = (): void => this.setPrinting(matchMedia('print').matches);
}
