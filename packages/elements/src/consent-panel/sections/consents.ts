/**
 * Consultation consent per purpose (care, prevention, international prophylaxis), the
 * re-confirmation a patient who came of age owes the consents their parents gave, and the
 * historical choices (the feeding consent and the "pregresso" opposition, read only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Consent, ConsultationPurpose, FseView } from '@percorso/model';
import { FseConsentRequestEvent } from '../events.js';
import { isAdult, latestConsent, PURPOSES } from '../derive.js';
import { alertIcon, checkIcon, clockIcon, lockIcon } from '../icons.js';
import { nextRequestId } from '../../internal/requests.js';
import { button, day, requestStatus, sectionTitle, type PanelContext } from './context.js';

interface ConsentValue {
  decision: Consent['decision'];
  reconfirmed: boolean;
}

export class ConsentsSection {
  constructor(private readonly ctx: PanelContext) {}

  private consentValue(view: FseView, purpose: ConsultationPurpose): ConsentValue {
    const c = latestConsent(view.consents ?? [], 'consultation', purpose);
    return this.ctx.requests.valueOf<ConsentValue>(`consent:${purpose}`, {
      decision: c?.decision ?? 'not-expressed',
      reconfirmed: false,
    });
  }

  /** Whether an actor is the patient (a consent the patient expressed needs no "espresso da"). */
  private isPatient(view: FseView, a: { cf?: string; name?: string; id?: string }): boolean {
    const p = view.patient;
    if (a.cf && p.cf) return a.cf.toUpperCase() === p.cf.toUpperCase();
    if (a.id && a.id === p.id) return true;
    return !!a.name && a.name.trim().toLowerCase() === p.name.trim().toLowerCase();
  }

  // ── re-confirmation at 18 ──

  private reconfirmPurposes(view: FseView): ConsultationPurpose[] {
    if (view.viewer.role !== 'citizen') return [];
    if (!isAdult(view.patient.birthDate, this.ctx.now, view.timeZone)) return [];
    return PURPOSES.filter((p) => {
      const c = latestConsent(view.consents ?? [], 'consultation', p);
      const v = this.consentValue(view, p);
      return c?.needsReconfirmAt18 && !v.reconfirmed && v.decision === c.decision;
    });
  }

  /** The notice above the sections asking a patient who came of age to re-confirm. */
  renderReconfirm(view: FseView): unknown {
    const purposes = this.reconfirmPurposes(view);
    if (!purposes.length) return nothing;
    const l = this.ctx.l;
    return html`<div class="notice notice--warning" part="reconfirm" role="region" aria-labelledby="reconfirm-title">
      ${alertIcon()}
      <div>
        <p class="notice-title" id="reconfirm-title"><strong>${l.t('reconfirm.title')}</strong></p>
        <p>${l.t('reconfirm.text', { purposes: purposes.map((p) => l.t(`purpose.${p}`)).join(', ') })}</p>
      </div>
    </div>`;
  }

  // ── consultation consent ──

  render(view: FseView): TemplateResult {
    const reconfirm = new Set(this.reconfirmPurposes(view));
    return html`<section class="section" part="section section-consent" data-section="consent" aria-labelledby="h-consent">
      ${sectionTitle(this.ctx, 'consent', 'consent.title')}
      <p class="intro">${this.ctx.l.t('consent.intro')}</p>
      <div class="purposes">${PURPOSES.map((p) => this.renderPurpose(view, p, reconfirm.has(p)))}</div>
    </section>`;
  }

  private renderPurpose(view: FseView, purpose: ConsultationPurpose, reconfirm: boolean): TemplateResult {
    const { l, requests } = this.ctx;
    const c = latestConsent(view.consents ?? [], 'consultation', purpose);
    const v = this.consentValue(view, purpose);
    const key = `consent:${purpose}`;
    const pending = requests.isPending(key);
    const descId = `purpose-${purpose}-desc`;
    const lastId = `purpose-${purpose}-last`;
    const reqId = `purpose-${purpose}-req`;
    const t = requests.get(key);
    const changed = t?.override;
    const adult = isAdult(view.patient.birthDate, this.ctx.now, view.timeZone);
    const byParent = c?.needsReconfirmAt18 && !changed;
    const revoke = () => button(l.t('consent.revoke'), (e) => this.askRevoke(view, purpose, e), { kind: 'danger', pending, describedBy: descId });
    return html`<fieldset class="purpose purpose--${v.decision}" part="purpose purpose-${v.decision}" aria-describedby=${`${descId} ${lastId}`}>
      <legend>${l.t(`purpose.${purpose}`)}</legend>
      <p class="desc" id=${descId}>${l.t(`purpose.${purpose}.desc`)}</p>
      <p class="decision decision--${v.decision}">
        ${v.decision === 'permit' ? checkIcon() : v.decision === 'deny' ? lockIcon() : clockIcon()}
        <strong>${l.t(`decision.${v.decision}`)}</strong>
      </p>
      <p class="last" id=${lastId}>
        ${changed
          ? l.t(t?.status === 'pending' ? 'consent.last.pending' : 'consent.last.now')
          : c?.date
            ? l.t(c.channel ? 'consent.last' : 'consent.last.noChannel', {
                date: day(this.ctx, c.date, view),
                channel: c.channel ?? '',
              })
            : l.t('consent.last.never')}
        ${!changed && c?.expressedBy?.name && !this.isPatient(view, c.expressedBy) ? html`<br />${l.t('consent.by', { name: c.expressedBy.name })}` : nothing}
      </p>
      ${byParent && reconfirm
        ? html`<p class="reconfirm-note"><strong>${l.t('reconfirm.purpose')}</strong></p>`
        : byParent && adult === false
          ? html`<p class="reconfirm-note">${l.t(view.viewer.role === 'parent' ? 'reconfirm.later.parent' : 'reconfirm.later')}</p>`
          : nothing}
      <div class="actions">
        ${reconfirm
          ? html`${button(l.t('consent.reconfirm'), () => this.requestConsent(view, purpose, 'permit', true), {
                kind: 'primary',
                pending,
                describedBy: descId,
              })}
              ${revoke()}`
          : v.decision === 'permit'
            ? revoke()
            : html`${button(l.t(v.decision === 'deny' ? 'consent.giveAgain' : 'consent.give'), () => this.requestConsent(view, purpose, 'permit', false), {
                  kind: 'primary',
                  pending,
                  describedBy: descId,
                })}
                ${v.decision === 'not-expressed'
                  ? button(l.t('consent.deny'), () => this.requestConsent(view, purpose, 'deny', false), { pending, describedBy: descId })
                  : nothing}`}
      </div>
      ${requestStatus(this.ctx, key, reqId)}
    </fieldset>`;
  }

  private askRevoke(view: FseView, purpose: ConsultationPurpose, e: Event): void {
    const l = this.ctx.l;
    this.ctx.openConfirm({
      kind: 'revoke-consent',
      title: l.t('revoke.title', { purpose: l.t(`purpose.${purpose}`) }),
      confirmLabel: l.t('revoke.confirm'),
      danger: true,
      body: () => html`<p>${l.t(`revoke.${purpose}.effect`)}</p>
        <p>${l.t('revoke.you')}</p>
        <div class="notice notice--warning law" part="emergency-access" role="note">${alertIcon()}<p>${l.t('revoke.emergency')}</p></div>
        <p>${l.t('revoke.again')}</p>`,
      run: () => this.requestConsent(view, purpose, 'deny', false),
      returnTo: e.currentTarget as HTMLElement,
    });
  }

  private requestConsent(view: FseView, purpose: ConsultationPurpose, decision: 'permit' | 'deny', reconfirm: boolean): void {
    const c = latestConsent(view.consents ?? [], 'consultation', purpose);
    const previous = this.consentValue(view, purpose).decision;
    const ev = new FseConsentRequestEvent({
      requestId: nextRequestId(),
      scope: 'consultation',
      purpose,
      decision,
      previous,
      reconfirm,
      consentId: c?.id,
    });
    this.ctx.send(`consent:${purpose}`, { decision, reconfirmed: reconfirm } satisfies ConsentValue, ev);
  }

  // ── history: feeding consent and pregresso opposition ──

  /** Whether there are historical choices to show. */
  hasHistory(view: FseView): boolean {
    return !!(latestConsent(view.consents ?? [], 'feeding') || latestConsent(view.consents ?? [], 'pregresso-opposition'));
  }

  renderHistory(view: FseView): unknown {
    const feeding = latestConsent(view.consents ?? [], 'feeding');
    const pregresso = latestConsent(view.consents ?? [], 'pregresso-opposition');
    if (!feeding && !pregresso) return nothing;
    const l = this.ctx.l;
    const when = (c: Consent) => (c.date ? day(this.ctx, c.date, view) : l.t('history.undated'));
    const row = (name: 'feeding' | 'pregresso', c: Consent) => html`<div>
      <dt>${l.t(`history.${name}`)}</dt>
      <dd>
        <strong>${l.t(`history.${name}.${c.decision}`, { date: when(c) })}</strong>
        <p class="desc">${l.t(`history.${name}.desc`)}</p>
      </dd>
    </div>`;
    return html`<section class="section" part="section section-history" data-section="history" aria-labelledby="h-history">
      ${sectionTitle(this.ctx, 'history', 'history.title')}
      <dl class="history">${feeding ? row('feeding', feeding) : nothing} ${pregresso ? row('pregresso', pregresso) : nothing}</dl>
      <p class="readonly-note">${l.t('history.readonly')}</p>
    </section>`;
  }
}
