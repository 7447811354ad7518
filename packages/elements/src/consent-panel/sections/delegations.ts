/**
 * Delegations: the ones the citizen gave (with the form to add a delegate, for adults), the
 * minors a parent acts for (until 18), and the ones the citizen received (accept, reject,
 * renounce).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isValidCf, type Delegation, type FseView } from '@percorso/model';
import { FseDelegationRequestEvent, type NewDelegate } from '../events.js';
import { birthdayOf, dayDate, daysLeft, isAdult, isLive } from '../derive.js';
import { alertIcon, checkIcon, clockIcon } from '../icons.js';
import { nextRequestId, type Tracked } from '../../internal/requests.js';
import { button, day, requestStatus, sectionTitle, today, type PanelContext } from './context.js';

type DelegationValue = Delegation['status'];
/** A field's `aria-describedby`: its hint and its error, when it has them. */
const describedBy = (id: string, hint: boolean, error?: string) => [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || nothing;

type FormErrors = { name?: string; cf?: string; validTo?: string };

export class DelegationsSection {
  private formErrors: FormErrors = {};

  constructor(private readonly ctx: PanelContext) {}

  get deps(): unknown[] {
    return [this.formErrors];
  }

  /** A delegate was added: the form empties, and the citizen is told who must accept. */
  added(delegate: NewDelegate): void {
    this.ctx.root?.querySelector<HTMLFormElement>('form.deleg-form')?.reset();
    this.formErrors = {};
    this.ctx.requestUpdate();
    this.ctx.announce(this.ctx.l.t('req.done.delegate', { name: delegate.name }));
  }

  private status(d: Delegation): DelegationValue {
    return this.ctx.requests.valueOf<DelegationValue>(`delegation:${d.id}`, d.status);
  }

  render(view: FseView): TemplateResult {
    const { l, level } = this.ctx;
    const all = view.delegations ?? [];
    const outgoing = all.filter((d) => d.direction === 'outgoing');
    const incoming = all.filter((d) => d.direction === 'incoming');
    const minors = incoming.filter((d) => d.basis === 'parental');
    const others = incoming.filter((d) => d.basis !== 'parental');
    const knownCfs = new Set(outgoing.map((d) => d.person.cf?.toUpperCase()).filter(Boolean));
    const optimistic = this.ctx.requests
      .withPrefix('delegation:add:')
      .filter((t) => t.override && !knownCfs.has((t.value as NewDelegate).cf));
    const adult = isAdult(view.patient.birthDate, this.ctx.now, view.timeZone);
    return html`<section class="section" part="section section-delegations" data-section="delegations" aria-labelledby="h-delegations">
      ${sectionTitle(this.ctx, 'delegations', 'deleg.title')}
      <p class="intro">${l.t('deleg.intro')}</p>
      <div role="heading" aria-level=${level + 2} class="sub-title" id="h-outgoing">${l.t('deleg.outgoing')}</div>
      ${outgoing.length || optimistic.length
        ? html`<ul class="deleg-list" aria-labelledby="h-outgoing">
            ${repeat(outgoing, (d) => d.id, (d) => this.renderDelegation(d))}
            ${optimistic.map((t) => this.renderOptimistic(t))}
          </ul>`
        : html`<p class="empty">${l.t('deleg.outgoing.empty')}</p>`}
      ${adult === false ? html`<p class="desc">${l.t('deleg.minorCannot')}</p>` : this.renderForm()}
      ${minors.length
        ? html`<div role="heading" aria-level=${level + 2} class="sub-title" id="h-minors">${l.t('deleg.minors')}</div>
            <ul class="deleg-list" aria-labelledby="h-minors">
              ${repeat(minors, (d) => d.id, (d) => this.renderMinor(view, d))}
            </ul>`
        : nothing}
      ${others.length
        ? html`<div role="heading" aria-level=${level + 2} class="sub-title" id="h-incoming">${l.t('deleg.incoming')}</div>
            <ul class="deleg-list" aria-labelledby="h-incoming">
              ${repeat(others, (d) => d.id, (d) => this.renderDelegation(d))}
            </ul>`
        : nothing}
    </section>`;
  }

  private validity(d: Delegation): string {
    const l = this.ctx.l;
    const status = this.status(d);
    if (d.validTo) {
      const left = daysLeft(d, this.ctx.now) ?? 0;
      if (status === 'expired' || left < 0) return l.t('deleg.expired', { date: day(this.ctx, d.validTo) });
      if (left <= 30) return l.t('deleg.expiresIn', { days: left, date: day(this.ctx, d.validTo) });
      return l.t('deleg.validTo', { date: day(this.ctx, d.validTo) });
    }
    return l.t('deleg.noEnd');
  }

  private renderDelegation(d: Delegation): TemplateResult {
    const l = this.ctx.l;
    const status = this.status(d);
    const key = `delegation:${d.id}`;
    const pending = this.ctx.requests.isPending(key);
    const left = daysLeft(d, this.ctx.now);
    const expiring = status === 'active' && left !== undefined && left >= 0 && left <= 30;
    const parts = ['delegation', `delegation-${status}`, expiring ? 'delegation-expiring' : ''].filter(Boolean).join(' ');
    const statusId = `deleg-${d.id}-status`;
    const name = d.person.name;
    return html`<li class="deleg deleg--${status} ${expiring ? 'is-expiring' : ''}" part=${parts} data-id=${d.id}>
      <div class="deleg-main">
        <p class="deleg-name">${name}${d.person.cf ? html` <span class="muted cf">${d.person.cf}</span>` : nothing}</p>
        <p class="deleg-meta">${l.t(`basis.${d.basis}`)} · ${this.validity(d)}</p>
        <p class="deleg-status status-chip status-chip--${status}" id=${statusId}>
          ${status === 'pending' ? clockIcon() : status === 'active' ? checkIcon() : nothing}${l.t(`deleg.status.${d.direction}.${status}`)}
        </p>
        ${requestStatus(this.ctx, key)}
      </div>
      <div class="actions">
        ${d.direction === 'incoming' && status === 'pending'
          ? html`${button(l.t('deleg.accept'), () => this.request(d, 'accept'), { kind: 'primary', pending, extra: name, describedBy: statusId })}
            ${button(l.t('deleg.reject'), () => this.request(d, 'reject'), { pending, extra: name, describedBy: statusId })}`
          : isLive({ ...d, status })
            ? button(
                l.t(d.direction === 'incoming' ? 'deleg.renounce' : status === 'pending' ? 'deleg.cancel' : 'deleg.revoke'),
                (e) => this.askRevoke(d, e),
                { kind: 'danger', pending, extra: name, describedBy: statusId },
              )
            : nothing}
      </div>
    </li>`;
  }

  private renderOptimistic(t: Tracked): TemplateResult {
    const l = this.ctx.l;
    const v = t.value as NewDelegate;
    return html`<li class="deleg deleg--pending" part="delegation delegation-pending">
      <div class="deleg-main">
        <p class="deleg-name">${v.name} <span class="muted cf">${v.cf}</span></p>
        <p class="deleg-meta">
          ${l.t('basis.voluntary')} · ${v.validTo ? l.t('deleg.validTo', { date: l.date(dayDate(v.validTo)) }) : l.t('deleg.noEnd')}
        </p>
        <p class="deleg-status status-chip status-chip--pending">${clockIcon()}${l.t('deleg.status.outgoing.pending')}</p>
        ${requestStatus(this.ctx, t.key)}
      </div>
    </li>`;
  }

  private renderMinor(view: FseView, d: Delegation): TemplateResult {
    const l = this.ctx.l;
    const b = d.person.birthDate;
    const eighteen = b ? birthdayOf(b, 18) : undefined;
    const adult = isAdult(b, this.ctx.now, view.timeZone);
    return html`<li class="deleg deleg--${d.status}" part="delegation delegation-${d.status}" data-id=${d.id}>
      <div class="deleg-main">
        <p class="deleg-name">${d.person.name}</p>
        <p class="deleg-meta">
          ${b ? l.born(b) : nothing}
          ${eighteen
            ? html` · ${adult ? l.t('minor.adult', { date: l.date(dayDate(eighteen)) }) : l.t('minor.until18', { date: l.date(dayDate(eighteen)) })}`
            : nothing}
        </p>
        <p class="deleg-status status-chip status-chip--${d.status}">${l.t(`minor.status.${d.status}`)}</p>
      </div>
    </li>`;
  }

  private askRevoke(d: Delegation, e: Event): void {
    const l = this.ctx.l;
    const incoming = d.direction === 'incoming';
    this.ctx.openConfirm({
      kind: 'revoke-delegation',
      title: l.t(incoming ? 'deleg.renounce.title' : 'deleg.revoke.title', { name: d.person.name }),
      confirmLabel: l.t(incoming ? 'deleg.renounce' : 'deleg.revoke'),
      danger: true,
      body: () => html`<p>${l.t(incoming ? 'deleg.renounce.effect' : 'deleg.revoke.effect', { name: d.person.name })}</p>`,
      run: () => this.request(d, 'revoke'),
      returnTo: e.currentTarget as HTMLElement,
    });
  }

  private request(d: Delegation, action: 'revoke' | 'accept' | 'reject'): void {
    const next: DelegationValue = action === 'accept' ? 'active' : action === 'reject' ? 'rejected' : 'revoked';
    const ev = new FseDelegationRequestEvent({ requestId: nextRequestId(), action, delegationId: d.id });
    this.ctx.send(`delegation:${d.id}`, next, ev);
  }

  private renderForm(): TemplateResult {
    const l = this.ctx.l;
    const err = this.formErrors;
    const pendingAdd = this.ctx.requests.withPrefix('delegation:add:').some((t) => t.status === 'pending');
    return html`<form class="deleg-form" part="delegate-form" novalidate @submit=${this.onAdd}>
      <fieldset>
        <legend>${l.t('form.legend')}</legend>
        <p class="desc" id="form-desc">${l.t('form.desc')}</p>
        ${this.field(
          'deleg-name',
          'form.name',
          html`<input id="deleg-name" name="name" autocomplete="off" required aria-invalid=${err.name ? 'true' : 'false'} aria-describedby=${describedBy('deleg-name', false, err.name)} />`,
          undefined,
          err.name,
        )}
        ${this.field(
          'deleg-cf',
          'form.cf',
          html`<input
            id="deleg-cf"
            name="cf"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="16"
            required
            aria-invalid=${err.cf ? 'true' : 'false'}
            aria-describedby=${describedBy('deleg-cf', true, err.cf)}
          />`,
          'form.cf.hint',
          err.cf,
        )}
        ${this.field(
          'deleg-to',
          'form.validTo',
          html`<input
            id="deleg-to"
            name="validTo"
            type="date"
            min=${today(this.ctx)}
            aria-invalid=${err.validTo ? 'true' : 'false'}
            aria-describedby=${describedBy('deleg-to', true, err.validTo)}
          />`,
          'form.validTo.hint',
          err.validTo,
        )}
        <button type="submit" class="fse-button primary" part="button button-primary" aria-disabled=${pendingAdd ? 'true' : nothing} aria-describedby="form-desc">
          ${l.t('form.submit')}
        </button>
      </fieldset>
    </form>`;
  }

  /** A labelled field of the form, with its hint (`<id>-hint`) and error (`<id>-err`). */
  private field(id: string, labelKey: string, input: TemplateResult, hintKey?: string, error?: string): TemplateResult {
    const l = this.ctx.l;
    return html`<div class="field">
      <label for=${id}>${l.t(labelKey)}</label>
      ${input} ${hintKey ? html`<p class="hint" id=${`${id}-hint`}>${l.t(hintKey)}</p>` : nothing}
      ${error ? html`<p class="field-error" id=${`${id}-err`}>${alertIcon()}${error}</p>` : nothing}
    </div>`;
  }

  private onAdd = (e: SubmitEvent): void => {
    e.preventDefault();
    const l = this.ctx.l;
    const view = this.ctx.view;
    const form = e.currentTarget as HTMLFormElement;
    const name = (form.elements.namedItem('name') as HTMLInputElement).value.trim();
    const cf = (form.elements.namedItem('cf') as HTMLInputElement).value.trim().toUpperCase();
    const validTo = (form.elements.namedItem('validTo') as HTMLInputElement).value;
    const errors: FormErrors = {};
    if (!name) errors.name = l.t('form.err.name');
    if (!cf) errors.cf = l.t('form.err.cfMissing');
    else if (!isValidCf(cf)) errors.cf = l.t('form.err.cf');
    else if (view?.patient.cf && cf === view.patient.cf.toUpperCase()) errors.cf = l.t('form.err.self');
    else if ((view?.delegations ?? []).some((d) => d.direction === 'outgoing' && d.person.cf?.toUpperCase() === cf && isLive({ ...d, status: this.status(d) })))
      errors.cf = l.t('form.err.exists');
    if (validTo && (!/^\d{4}-\d{2}-\d{2}$/.test(validTo) || validTo < today(this.ctx))) errors.validTo = l.t('form.err.validTo');
    this.formErrors = errors;
    this.ctx.requestUpdate();
    const first = (['name', 'cf', 'validTo'] as const).find((k) => errors[k]);
    if (first) {
      void this.ctx.updateComplete.then(() => (form.elements.namedItem(first) as HTMLInputElement).focus());
      return;
    }
    if (this.ctx.requests.withPrefix('delegation:add:').some((t) => t.status === 'pending')) return;
    const delegate: NewDelegate = validTo ? { name, cf, validTo } : { name, cf };
    const ev = new FseDelegationRequestEvent({ requestId: nextRequestId(), action: 'add', delegate });
    this.ctx.send(`delegation:add:${cf}`, delegate, ev);
  };
}
