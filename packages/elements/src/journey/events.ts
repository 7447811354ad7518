/**
 * `fse-record-switch-request`: the citizen asks to open another record — the record of someone
 * who named them their parent or delegate (from the journey's "Luisa — apri il fascicolo"), or
 * their own again ("Torna al tuo fascicolo"). The journey never fetches: the host loads that
 * record, computes its view for this viewer (`viewFor(record, { role: 'parent' | 'delegate',
 * delegationId })`, which checks the delegation is the record's and still active) and answers:
 *
 * ```js
 * journey.addEventListener('fse-record-switch-request', (e) => {
 *   e.respond(loadRecordOf(e.detail).then((record) => viewFor(record, { role: e.detail.role, delegationId: e.detail.delegationId })));
 * });
 * ```
 *
 * Resolve with the new `FseView` (or set the journey's `.view` yourself and resolve) and the
 * journey shows it, says whose record it is and moves focus to its name; reject with an `Error`
 * and it stays on the record shown and says your message. `preventDefault()` without an answer
 * declines; no listener at all says the portal did not handle the request.
 */
import { FseRequestEvent, type FseRequestBase } from '../internal/requests.js';

export interface FseRecordSwitchRequestDetail extends FseRequestBase {
  /** `linked`: someone else's record the viewer may open; `own`: back to the viewer's own. */
  readonly to: 'own' | 'linked';
  /** The role the viewer will have there: `parent` (a minor's record), `delegate`, or `citizen` (their own). */
  readonly role: 'citizen' | 'parent' | 'delegate';
  /** For `linked`: the delegation that gives access (a RelatedPerson's id, the same in both records). */
  readonly delegationId?: string;
  /** Whose record: their name and codice fiscale as the viewer's own record names them. */
  readonly name?: string;
  readonly cf?: string;
}

export class FseRecordSwitchRequestEvent extends FseRequestEvent<FseRecordSwitchRequestDetail> {
  static readonly type = 'fse-record-switch-request';
  constructor(detail: FseRecordSwitchRequestDetail) {
    super(FseRecordSwitchRequestEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fse-record-switch-request': FseRecordSwitchRequestEvent;
  }
}
