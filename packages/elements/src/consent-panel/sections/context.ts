/**
 * What every section of `<fse-consent-panel>` shares: the panel it lives in (seen through
 * {@link PanelContext}, so that a section reaches only what it needs) and the small templates all
 * sections draw with (section title, button, request status line, a document's day).
 *
 * Each section (`consents.ts`, `obscuring.ts`, `protected.ts`, `delegations.ts`, `access-log.ts`,
 * `notifications.ts`, `document-index.ts`) is a class that keeps its own state, renders its part of
 * the panel's shadow root and sends its requests through the panel, which tracks them, announces
 * them and asks for confirmation in its one dialog.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_TIME_ZONE, type ClinicalEvent, type FseView, type FuzzyDate } from '@percorso/model';
import type { LocalizeController } from '../../internal/localize.js';
import type { Outcome, RequestTracker, Tracked } from '../../internal/requests.js';
import type {
  FseConsentRequestEvent,
  FseDelegationRequestEvent,
  FseNotificationsRequestEvent,
  FseObscureRequestEvent,
  FseProtectedVisibilityRequestEvent,
} from '../events.js';
import { dayDate, dayIn } from '../derive.js';
import { alertIcon, checkIcon } from '../icons.js';

export type ConsentSection = 'consent' | 'history' | 'documents' | 'delegations' | 'log' | 'notifications' | 'index';
export const ALL_SECTIONS: readonly ConsentSection[] = ['consent', 'history', 'documents', 'delegations', 'log', 'notifications', 'index'];

export type PanelRequestEvent =
  | FseConsentRequestEvent
  | FseObscureRequestEvent
  | FseProtectedVisibilityRequestEvent
  | FseDelegationRequestEvent
  | FseNotificationsRequestEvent;

/** A question the panel asks in its modal dialog before sending a request. */
export interface Confirm {
  kind: 'revoke-consent' | 'obscure' | 'protected' | 'revoke-delegation';
  title: string;
  confirmLabel: string;
  danger: boolean;
  body: () => TemplateResult;
  run: () => void;
  returnTo?: HTMLElement | null;
}

/** What the sections read of the panel's state (read again at each use: it changes). */
export interface PanelState {
  readonly l: LocalizeController;
  readonly requests: RequestTracker;
  /** The view shown (undefined while loading). */
  readonly view: FseView | undefined;
  /** "Now" (epoch ms) for ages, expiries and the log's periods. */
  readonly now: number;
  /** ARIA level of the panel's title; section titles are one deeper. */
  readonly level: number;
  readonly theme: string;
  /** The element's `time-zone` attribute (passed on to the document it opens). */
  readonly timeZone: string;
  readonly root: ShadowRoot | null;
  readonly updateComplete: Promise<boolean>;
}

/** The panel, as its sections see it. */
export interface PanelContext extends PanelState {
  requestUpdate(): void;
  /** A clinical event of the view by id. */
  event(id: string): ClinicalEvent | undefined;
  /** The view's documents, newest first (computed once per view). */
  documents(view: FseView): ClinicalEvent[];
  /** Sends a request the host must answer; `key` is its target (one request per target at a time). */
  send<V>(key: string, value: V, ev: PanelRequestEvent): void;
  /** Asks first, in the panel's modal dialog. */
  openConfirm(c: Confirm): void;
  /** Tells assistive technology (polite). */
  announce(text: string): void;
  /** Dispatches an event from the panel; false when a listener cancelled it. */
  emit(e: Event): boolean;
}

/** An object whose every property is read, each time it is read, from its reader. */
export function liveObject<T extends object>(readers: { [K in keyof T]: () => T[K] }): T {
  const o = {} as T;
  for (const k of Object.keys(readers) as (keyof T)[]) Object.defineProperty(o, k, { get: readers[k], enumerable: true });
  return o;
}

/** The view's time zone (the record's), else the default one. */
export function zoneOf(ctx: PanelContext, view?: FseView): string {
  return view?.timeZone ?? ctx.view?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** Today in the view's time zone, `YYYY-MM-DD`. */
export function today(ctx: PanelContext): string {
  return dayIn(ctx.now, zoneOf(ctx));
}

/** A date as its day in the record's time zone ("2 maggio 2024"), whatever its precision. */
export function day(ctx: PanelContext, d: FuzzyDate, view?: FseView): string {
  if (d.precision === 'year' || d.precision === 'month' || d.precision === 'day') return ctx.l.date(d);
  return ctx.l.date(dayDate(dayIn(d.start, zoneOf(ctx, view))));
}

/** The day of a document, or "data non disponibile" when the source gives it none (never a made-up date). */
export function when(ctx: PanelContext, d: ClinicalEvent, view?: FseView): string {
  return d.undated ? ctx.l.t('date.unknown') : day(ctx, d.date, view);
}

/** A document's date, facility and author on one line. */
export function docMeta(ctx: PanelContext, d: ClinicalEvent): string {
  return [when(ctx, d), d.facility?.name ?? d.author?.organization?.name, d.author?.name].filter(Boolean).join(' · ');
}

/** A section's title: a heading one level below the panel's, focusable from script (`#h-<id>`). */
export function sectionTitle(ctx: PanelContext, id: string, key: string): TemplateResult {
  return html`<div role="heading" aria-level=${ctx.level + 1} class="section-title" id=${`h-${id}`} tabindex="-1">
    ${ctx.l.t(key)}
  </div>`;
}

export interface ButtonOptions {
  kind?: 'primary' | 'danger';
  pending?: boolean;
  describedBy?: string;
  /** Said after the label to assistive technology only (what the button acts on). */
  extra?: string;
  id?: string;
  /** For a button in a roving list: 0 for the list's one tab stop, -1 for the others. */
  tabIndex?: number;
}

/** A native button; while its request is pending it stays focusable but does nothing. */
export function button(label: string, onClick: (e: Event) => void, opts: ButtonOptions = {}): TemplateResult {
  const parts = ['button', opts.kind ? `button-${opts.kind}` : ''].filter(Boolean).join(' ');
  return html`<button
    type="button"
    id=${opts.id ?? nothing}
    tabindex=${opts.tabIndex ?? nothing}
    class="fse-button ${opts.kind ?? ''}"
    part=${parts}
    aria-disabled=${opts.pending ? 'true' : nothing}
    aria-describedby=${opts.describedBy ?? nothing}
    @click=${(e: Event) => {
      if (opts.pending) return;
      onClick(e);
    }}
  >
    ${label}${opts.extra ? html`<span class="visually-hidden">: ${opts.extra}</span>` : nothing}
  </button>`;
}

/** The pending / done / failed line of a request, beside its control. */
export function requestStatus(ctx: Pick<PanelContext, 'l' | 'requests'>, key: string, id?: string): unknown {
  const t: Tracked | undefined = ctx.requests.get(key);
  if (!t) return nothing;
  if (t.status === 'pending')
    return html`<p class="req req--pending" part="request-status" id=${id ?? nothing}>
      <span class="spinner" aria-hidden="true"></span>${ctx.l.t('req.pending')}
    </p>`;
  if (t.status === 'done')
    return html`<p class="req req--done" part="request-status" id=${id ?? nothing}>${checkIcon()}${ctx.l.t('req.done')}</p>`;
  return html`<p class="req req--failed" part="request-status" id=${id ?? nothing}>
    ${alertIcon()}<span>${t.message ?? ctx.l.t('req.failed.generic')}</span>
  </p>`;
}

/** Why a request failed, in the citizen's words: the host's message, or what the panel knows. */
export function failureMessage(l: LocalizeController, o: Extract<Outcome, { kind: 'failed' }>): string {
  if (o.reason !== 'rejected') return l.t(`req.failed.${o.reason}`);
  return o.message ? l.t('req.failed.host', { message: o.message }) : l.t('req.failed.generic');
}

/**
 * The confirmation dialog (a modal native `<dialog>`: Esc cancels): its title one level below
 * `level`, the question's body, Cancel and the confirming button. Open it with `showModal()` once
 * rendered with a question.
 */
export function confirmDialog(l: LocalizeController, level: number, c: Confirm | undefined, close: (confirmed: boolean) => void): TemplateResult {
  return html`<dialog
    part="dialog"
    class="confirm"
    aria-labelledby="dlg-title"
    aria-describedby="dlg-body"
    @cancel=${(e: Event) => {
      e.preventDefault();
      close(false);
    }}
  >
    ${c
      ? html`<form method="dialog" @submit=${(e: Event) => e.preventDefault()}>
          <div role="heading" aria-level=${level + 1} class="dlg-title" id="dlg-title">${c.title}</div>
          <div class="dlg-body" id="dlg-body">${c.body()}</div>
          <div class="dlg-actions">
            <button type="button" class="fse-button cancel" part="button" @click=${() => close(false)}>${l.t('dialog.cancel')}</button>
            <button
              type="button"
              class="fse-button ${c.danger ? 'danger' : 'primary'} ok"
              part="button ${c.danger ? 'button-danger' : 'button-primary'}"
              @click=${() => close(true)}
            >
              ${c.confirmLabel}
            </button>
          </div>
        </form>`
      : nothing}
  </dialog>`;
}

/** Opens a rendered confirmation dialog as a modal, the focus on "Annulla" (the safe answer). */
export function showConfirm(dialog: HTMLDialogElement | null | undefined): void {
  if (!dialog || dialog.open) return;
  dialog.showModal();
  dialog.querySelector<HTMLButtonElement>('button.cancel')?.focus();
}

/** Closes the dialog and, when confirmed, does what it asked. */
export function answerConfirm(dialog: HTMLDialogElement | null | undefined, c: Confirm, confirmed: boolean): void {
  if (dialog?.open) dialog.close();
  if (confirmed) c.run();
}
