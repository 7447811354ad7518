/**
 * Events of `<fse-document>` (and of every element that opens a document). All bubble, cross
 * shadow roots and are typed Event subclasses.
 */
import { FseRequestEvent, type FseRequestBase } from '../internal/requests.js';

/** Where a request to open a document came from. */
export type FseOpenSource = 'timeline' | 'table' | 'document' | 'consent-panel' | 'care-paths' | 'emergency' | 'host' | 'summary' | 'medications' | 'results' | 'news';

/** What `fse-open` carries. */
export interface FseOpenDetail {
  /** Id of the document event to open (an id of the view). */
  documentId: string;
  /** What the user used to open it. */
  source: FseOpenSource;
}

/**
 * `fse-open`: the user asked to open a document (clicked or pressed Enter on it in the timeline,
 * followed a link to another version or to its prescription, opened it from the consent panel or
 * a care-path step). Cancellable: a host that routes itself (updates the URL, opens its own
 * page) calls `preventDefault()` and the element that fired it does not open the document.
 */
export class FseOpenEvent extends Event {
  static readonly type = 'fse-open';
  constructor(
    readonly documentId: string,
    readonly source: FseOpenSource,
  ) {
    super(FseOpenEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
  get detail(): FseOpenDetail {
    return { documentId: this.documentId, source: this.source };
  }
}

/** `fse-close`: the user closed the document (Esc, the close or back button). */
export class FseCloseEvent extends Event {
  static readonly type = 'fse-close';
  constructor(readonly documentId: string) {
    super(FseCloseEvent.type, { bubbles: true, composed: true });
  }
}

/** What `fse-attachment-request` carries. */
export interface FseAttachmentRequestDetail extends FseRequestBase {
  /** Id of the document event. */
  readonly documentId: string;
  /** MIME type of the original as the metadata gives it (`application/pdf`, `text/x-cda-r2+xml`). */
  readonly mimeType: string;
  /** Size in bytes, when the metadata gives it. */
  readonly size?: number;
  /** The document's title. */
  readonly title: string;
  /** `open` shows it (a new tab), `download` saves it with {@link fileName}. */
  readonly action: 'open' | 'download';
  /** The file name the element gives a download: type and date (`referto-di-laboratorio-2022-03-24.pdf`). */
  readonly fileName: string;
}

/**
 * `fse-attachment-request`: the user asked for the signed original (PDF or CDA2). Elements never
 * fetch: answer inside the listener with `e.respond(promise)`, resolving to a `Blob` or a `URL`
 * (or a URL string); the element then opens or downloads it. Rejecting shows the failure with your
 * message; `preventDefault()` without an answer, or no listener at all, shows "not available".
 *
 * ```js
 * doc.addEventListener('fse-attachment-request', (e) => {
 *   e.respond(fetch(`/fse/Binary/${e.detail.documentId}`).then((r) => r.blob()));
 * });
 * ```
 */
export class FseAttachmentRequestEvent extends FseRequestEvent<FseAttachmentRequestDetail> {
  static readonly type = 'fse-attachment-request';
  constructor(detail: FseAttachmentRequestDetail) {
    super(FseAttachmentRequestEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fse-open': FseOpenEvent;
    'fse-close': FseCloseEvent;
    'fse-attachment-request': FseAttachmentRequestEvent;
  }
}
