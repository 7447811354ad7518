/**
 * "Oscura questo documento" where the citizen reads a document (`<fse-document>`, so also the
 * timeline's and the journey's document), not only in the consent panel: the same question first
 * (the emergency warning, the cascade: `sections/obscure-confirm.ts`), then the same cancellable
 * `fse-obscure-request` the panel fires, answered by the host with `e.respond(promise)` and followed
 * by the shared request tracker (pending, done, or failed and rolled back with the host's words).
 *
 * Shown only to those who manage the record's privacy: the citizen, or a parent or an active
 * delegate acting for them (the consent panel's rule, `refusalReason`).
 * A helper of the element that shows the document: `render(view, doc, level)` in its template, its
 * `messages` merged into the element's catalogue and `confirmStyles` into its styles.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { obscuringCascade, type ClinicalEvent, type FseView } from '@percorso/model';
import { criticalIt } from '../internal/clinical.js';
import type { Catalog, LocalizeController } from '../internal/localize.js';
import { RequestTracker, type Outcome, type Tracked } from '../internal/requests.js';
import { refusalReason } from './derive.js';
import { eyeOffIcon } from './icons.js';
import { it as sharedIt } from './messages/shared.js';
import { it as obscuringIt } from './messages/obscuring.js';
import { obscureActionWords } from './obscure-words.js';
import { answerConfirm, button, confirmDialog, failureMessage, requestStatus, showConfirm, type Confirm } from './sections/context.js';
import { obscureConfirm, obscureRequest } from './sections/obscure-confirm.js';

/** The panel's words this action says (Italian; the other languages come with their locale modules). */
export const obscureActionMessages: Catalog = { it: { ...obscureActionWords({ ...sharedIt, ...obscuringIt }), ...criticalIt } } as Catalog;

export class ObscureAction {
  private confirm?: Confirm;
  private view?: FseView;
  private status = '';
  private failure = '';
  private returnTo?: HTMLElement;
  private readonly requests: RequestTracker;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly l: LocalizeController,
    private readonly emit: (e: Event) => boolean,
  ) {
    this.requests = new RequestTracker(host, (t, o) => this.settled(t, o));
  }

  /** The action for `doc` of `view` (nothing for a viewer who does not manage the record's privacy). */
  render(view: FseView, doc: ClinicalEvent, level: number): unknown {
    if (doc.kind !== 'document' || refusalReason(view)) return nothing;
    if (view !== this.view) {
      if (this.view && view.patient.id !== this.view.patient.id) this.requests.clear();
      else this.requests.reconcile();
      this.view = view;
    }
    const l = this.l;
    const key = `obscure:${doc.id}`;
    const obscured = this.requests.valueOf(key, doc.privacy.obscured);
    const pending = this.requests.isPending(key);
    return html`<div class="obscure-action" part="obscure">
      ${obscured ? html`<p class="obscured-note">${eyeOffIcon()}<span>${l.t('privacy.obscured')}</span></p>` : nothing}
      ${obscured
        ? button(l.t('docs.unobscure'), () => this.send(view, doc, false), { pending, extra: doc.title })
        : button(l.t('obscure.this'), (e) => this.ask(view, doc, e), { pending })}
      ${requestStatus({ l, requests: this.requests }, key)}
      <p class="visually-hidden" role="status">${this.status}</p>
      <p class="visually-hidden" role="alert">${this.failure}</p>
      ${confirmDialog(l, level, this.confirm, (ok) => this.close(ok))}
    </div>`;
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('.obscure-action dialog');
  }

  private ask(view: FseView, doc: ClinicalEvent, e: Event): void {
    if (this.confirm) return;
    this.returnTo = e.currentTarget as HTMLElement;
    this.confirm = {
      ...obscureConfirm(this.l, view, doc, obscuringCascade(view.events, doc.id), (d) => (d.undated ? this.l.t('date.unknown') : this.l.date(d.date))),
      run: () => this.send(view, doc, true),
    };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => showConfirm(this.dialog));
  }

  private close(confirmed: boolean): void {
    const c = this.confirm;
    if (!c) return;
    this.confirm = undefined;
    answerConfirm(this.dialog, c, confirmed);
    this.host.requestUpdate();
    const back = this.returnTo;
    void this.host.updateComplete.then(() => {
      // The button that opened it, else the one that replaced it (obscured: "Rendi visibile").
      if (back?.isConnected) back.focus();
      else this.host.shadowRoot?.querySelector<HTMLElement>('.obscure-action button.fse-button')?.focus();
    });
  }

  private send(view: FseView, doc: ClinicalEvent, obscured: boolean): void {
    this.failure = '';
    const sent = this.requests.submit(`obscure:${doc.id}`, obscured, obscureRequest(view, doc, obscured), (e) => this.emit(e));
    if (sent && this.requests.isPending(`obscure:${doc.id}`)) this.status = this.l.t('req.pending.announce');
  }

  private settled(t: Tracked, o: Outcome): void {
    if (o.kind === 'done') {
      this.status = this.l.t('req.done.announce');
    } else {
      t.message = failureMessage(this.l, o);
      this.failure = t.message;
    }
    this.host.requestUpdate();
  }
}
