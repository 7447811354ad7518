/**
 * The notification preferences, one switch per kind — a new document, a new prescription, an
 * access to the record — as regional portals offer them (e.g. Lombardia's "Preferenze di
 * notifica"); each change is sent to the host as `fse-notifications-request` with its `kind`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { NOTIFICATION_KINDS, type FseView, type NotificationKind } from '@percorso/model';
import { FseNotificationsRequestEvent } from '../events.js';
import { notificationsOn } from '../derive.js';
import { nextRequestId } from '../../internal/requests.js';
import { requestStatus, sectionTitle, type PanelContext } from './context.js';

export class NotificationsSection {
  constructor(private readonly ctx: PanelContext) {}

  render(view: FseView): TemplateResult {
    const l = this.ctx.l;
    return html`<section class="section" part="section section-notifications" data-section="notifications" aria-labelledby="h-notifications">
      ${sectionTitle(this.ctx, 'notifications', 'notif.title')}
      <p class="desc" id="notif-desc">${l.t('notif.desc')}</p>
      <p class="notif-label" id="notif-label">${l.t('notif.label')}</p>
      <ul class="notif-kinds" role="list" aria-labelledby="notif-label">
        ${NOTIFICATION_KINDS.map((kind) => this.renderKind(view, kind))}
      </ul>
    </section>`;
  }

  private renderKind(view: FseView, kind: NotificationKind): TemplateResult {
    const l = this.ctx.l;
    const key = `notifications:${kind}`;
    const on = this.ctx.requests.valueOf(key, notificationsOn(view.consents ?? [], kind));
    const pending = this.ctx.requests.isPending(key);
    const id = `notif-${kind}`;
    return html`<li>
      <div class="switch" part="notifications">
        <input
          id=${id}
          type="checkbox"
          role="switch"
          .checked=${live(on)}
          aria-checked=${on ? 'true' : 'false'}
          aria-describedby="notif-desc"
          aria-disabled=${pending ? 'true' : nothing}
          @click=${(e: Event) => {
            if (pending) e.preventDefault();
          }}
          @change=${(e: Event) => this.request(kind, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${l.t(`notif.kind.${kind}`)}</label>
        <span class="state-line" aria-hidden="true">${l.t(on ? 'notif.on' : 'notif.off')}</span>
      </div>
      ${requestStatus(this.ctx, key)}
    </li>`;
  }

  private request(kind: NotificationKind, enabled: boolean): void {
    const ev = new FseNotificationsRequestEvent({ requestId: nextRequestId(), enabled, kind });
    this.ctx.send(`notifications:${kind}`, enabled, ev);
  }
}
