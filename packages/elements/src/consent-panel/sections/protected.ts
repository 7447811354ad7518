/**
 * Documents in protected categories (HIV, abortion, sexual violence, addiction, anonymous birth,
 * consultori): hidden from professionals unless the citizen makes one visible, and hidden again
 * at any time. Drawn at the top of the documents section.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ClinicalEvent, FseView, ProtectedCategory } from '@percorso/model';
import { FseProtectedVisibilityRequestEvent } from '../events.js';
import { protectedVisibilityOf } from '../derive.js';
import { lockIcon } from '../icons.js';
import { nextRequestId } from '../../internal/requests.js';
import { button, docMeta, requestStatus, type PanelContext } from './context.js';

export class ProtectedSection {
  constructor(private readonly ctx: PanelContext) {}

  /** Whether the citizen made this protected document visible to professionals (or asked to). */
  visibleValue(view: FseView, doc: ClinicalEvent): boolean {
    const fromConsent = protectedVisibilityOf(view.consents ?? [], doc.id);
    const base = fromConsent ? fromConsent.decision === 'permit' : doc.privacy.protectedVisible === true;
    return this.ctx.requests.valueOf(`protected:${doc.id}`, base);
  }

  /** The group of protected documents (nothing when there is none). */
  render(view: FseView, prot: readonly ClinicalEvent[]): unknown {
    if (!prot.length) return nothing;
    const l = this.ctx.l;
    return html`<div class="protected" aria-labelledby="h-protected" role="group">
      <div role="heading" aria-level=${this.ctx.level + 2} id="h-protected" class="sub-title">${l.t('protected.title')}</div>
      <p class="desc">${l.t('protected.intro')}</p>
      <ul class="doc-list">
        ${repeat(prot, (d) => d.id, (d) => this.renderDoc(view, d))}
      </ul>
    </div>`;
  }

  private renderDoc(view: FseView, d: ClinicalEvent): TemplateResult {
    const l = this.ctx.l;
    const visible = this.visibleValue(view, d);
    const key = `protected:${d.id}`;
    const pending = this.ctx.requests.isPending(key);
    const statusId = `doc-${d.id}-status`;
    const cat = d.privacy.protectedCategory as ProtectedCategory;
    return html`<li class="doc is-protected" part="document document-protected" data-id=${d.id}>
      <div class="doc-main">
        <p class="doc-title" tabindex="-1">${d.title}</p>
        <p class="doc-meta">${docMeta(this.ctx, d)} · ${l.t(`category.${cat}`)}</p>
        <p class="doc-status" id=${statusId}>
          ${visible ? html`<span>${l.t('protected.visible')}</span>` : html`${lockIcon()}<span>${l.t('privacy.protected')}</span>`}
        </p>
        ${requestStatus(this.ctx, key)}
      </div>
      <div class="actions">
        ${visible
          ? button(l.t('protected.hide'), () => this.request(d, false), { pending, extra: d.title, describedBy: statusId })
          : button(l.t('protected.show'), (e) => this.ask(d, e), { pending, extra: d.title, describedBy: statusId })}
      </div>
    </li>`;
  }

  private ask(d: ClinicalEvent, e: Event): void {
    const l = this.ctx.l;
    this.ctx.openConfirm({
      kind: 'protected',
      title: l.t('protected.ask.title', { title: d.title }),
      confirmLabel: l.t('protected.ask.confirm'),
      danger: false,
      body: () => html`<p>${l.t('protected.ask.effect')}</p>
        <p>${l.t('protected.ask.revocable')}</p>`,
      run: () => this.request(d, true),
      returnTo: e.currentTarget as HTMLElement,
    });
  }

  private request(d: ClinicalEvent, visible: boolean): void {
    const ev = new FseProtectedVisibilityRequestEvent({
      requestId: nextRequestId(),
      documentId: d.id,
      category: d.privacy.protectedCategory as ProtectedCategory,
      visible,
    });
    this.ctx.send(`protected:${d.id}`, visible, ev);
  }
}
