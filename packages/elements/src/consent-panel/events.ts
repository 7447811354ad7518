/**
 * Request events of `<fse-consent-panel>`. The panel never persists anything: each change the
 * citizen asks for is a request event that bubbles, crosses shadow roots and is cancellable. The
 * host answers it — synchronously, inside its listener — with a promise:
 *
 * ```js
 * panel.addEventListener('fse-obscure-request', (e) => {
 *   e.respond(api.setObscured(e.detail.documentId, e.detail.obscured)); // resolve = done, reject = failed
 * });
 * ```
 *
 * - `respond(promise)` (or `event.detail.answer = promise`) claims the request: the panel shows it
 *   as pending until the promise settles, then done, or failed and rolled back with the rejection's
 *   message (announced). If the promise resolves to an FseView, the panel applies it at once.
 * - `preventDefault()` without an answer declines the request: the panel rolls back and says the
 *   portal did not accept it (nothing changed).
 * - No answer and no `preventDefault()` — nobody handled the request: the panel rolls back and says
 *   "the portal did not handle the request" (nothing changed). It never waits forever.
 */
import type { ConsultationPurpose, FseView, NotificationKind, ProtectedCategory } from '@percorso/model';
import { FseRequestEvent, type FseRequestBase } from '../internal/requests.js';

export { FseRequestEvent, type FseRequestBase } from '../internal/requests.js';

/** `fse-consent-request`: give, refuse, revoke or re-confirm the consultation consent for one purpose. */
export interface FseConsentRequestDetail extends FseRequestBase {
  readonly scope: 'consultation';
  readonly purpose: ConsultationPurpose;
  /** What the citizen asked for: `permit` gives (or re-confirms) consent, `deny` refuses or revokes it. */
  readonly decision: 'permit' | 'deny';
  /** The decision shown before the request. */
  readonly previous: 'permit' | 'deny' | 'not-expressed';
  /** A patient who came of age re-confirming a consent their parent gave (DM 7/9/2023 art. 8 c.2). */
  readonly reconfirm: boolean;
  /** Id of the Consent being replaced, when there is one. */
  readonly consentId?: string;
}

/** `fse-obscure-request`: obscure (P99) or un-obscure one document. */
export interface FseObscureRequestDetail extends FseRequestBase {
  readonly documentId: string;
  /** true: obscure; false: make visible again. */
  readonly obscured: boolean;
  /** Ids of the other documents the law hides along with it (the prescription's reports, dispensations): `obscuringCascade`. */
  readonly cascade: readonly string[];
}

/** `fse-protected-visibility-request`: make a protected-category document visible to professionals, or hide it again. */
export interface FseProtectedVisibilityRequestDetail extends FseRequestBase {
  readonly documentId: string;
  readonly category: ProtectedCategory;
  /** true: visible to professionals (explicit consent, DM art. 6); false: back to citizen-only. */
  readonly visible: boolean;
}

/** A new delegate, as the citizen typed it. */
export interface NewDelegate {
  readonly name: string;
  /** Codice fiscale, upper case, 16 characters. */
  readonly cf: string;
  /** Last day of validity (`YYYY-MM-DD`), if the citizen gave one. */
  readonly validTo?: string;
}

/** `fse-delegation-request`: add a delegate (pending until they accept), revoke one, accept or reject an incoming one. */
export type FseDelegationRequestDetail = FseRequestBase &
  (
    | { readonly action: 'add'; readonly delegate: NewDelegate }
    | { readonly action: 'revoke' | 'accept' | 'reject'; readonly delegationId: string }
  );

/**
 * `fse-notifications-request`: turn the notifications of one kind on or off — a new document, a new
 * prescription, an access to the record (they carry no personal data, DM art. 22).
 */
export interface FseNotificationsRequestDetail extends FseRequestBase {
  readonly enabled: boolean;
  /** What the notifications are about; the panel always says it (absent: every kind, as a host may send). */
  readonly kind?: NotificationKind;
}

export class FseConsentRequestEvent extends FseRequestEvent<FseConsentRequestDetail> {
  static readonly type = 'fse-consent-request';
  constructor(detail: FseConsentRequestDetail) {
    super(FseConsentRequestEvent.type, detail);
  }
}

export class FseObscureRequestEvent extends FseRequestEvent<FseObscureRequestDetail> {
  static readonly type = 'fse-obscure-request';
  constructor(detail: FseObscureRequestDetail) {
    super(FseObscureRequestEvent.type, detail);
  }
}

export class FseProtectedVisibilityRequestEvent extends FseRequestEvent<FseProtectedVisibilityRequestDetail> {
  static readonly type = 'fse-protected-visibility-request';
  constructor(detail: FseProtectedVisibilityRequestDetail) {
    super(FseProtectedVisibilityRequestEvent.type, detail);
  }
}

export class FseDelegationRequestEvent extends FseRequestEvent<FseDelegationRequestDetail> {
  static readonly type = 'fse-delegation-request';
  constructor(detail: FseDelegationRequestDetail) {
    super(FseDelegationRequestEvent.type, detail);
  }
}

export class FseNotificationsRequestEvent extends FseRequestEvent<FseNotificationsRequestDetail> {
  static readonly type = 'fse-notifications-request';
  constructor(detail: FseNotificationsRequestDetail) {
    super(FseNotificationsRequestEvent.type, detail);
  }
}

/** Is this an FseView (so a host's answer can carry the persisted view)? */
export function looksLikeView(v: unknown): v is FseView {
  return (
    typeof v === 'object' && v !== null && 'viewer' in v && 'patient' in v && Array.isArray((v as { events?: unknown }).events)
  );
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fse-consent-request': FseConsentRequestEvent;
    'fse-obscure-request': FseObscureRequestEvent;
    'fse-protected-visibility-request': FseProtectedVisibilityRequestEvent;
    'fse-delegation-request': FseDelegationRequestEvent;
    'fse-notifications-request': FseNotificationsRequestEvent;
  }
}
