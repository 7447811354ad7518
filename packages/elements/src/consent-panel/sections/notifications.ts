/** The notification preference: one switch, sent to the host as `fse-notifications-request`. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FseView } from '@percorso/model';
import { FseNotificationsRequestEvent } from '../events.js';
import { notificationsOn } from '../derive.js';
import { nextRequestId } from '../../internal/requests.js';
import { requestStatus, sectionTitle, type PanelContext } from './context.js';

export class NotificationsSection {
  constructor(private readonly ctx: PanelContext) {}

  render(view: FseView): TemplateResult {
    const l = this.ctx.l;
    const key = 'notifications';
    const on = this.ctx.requests.valueOf(key, notificationsOn(view.consents ?? []));
    const pending = this.ctx.requests.isPending(key);
    return html`<section class="section" part="section section-notifications" data-section="notifications" aria-labelledby="h-notifications">
      ${sectionTitle(this.ctx, 'notifications', 'notif.title')}
      <div class="switch" part="notifications">
        <input
          id="notif"
          type="checkbox"
          role="switch"
          .checked=${live(on)}
          aria-checked=${on ? 'true' : 'false'}
          aria-describedby="notif-desc"
          aria-disabled=${pending ? 'true' : nothing}
          @click=${(e: Event) => {
            if (pending) e.preventDefault();
          }}
          @change=${(e: Event) => this.request((e.target as HTMLInputElement).checked)}
        />
        <label for="notif">${l.t('notif.label')}</label>
      </div>
      <p class="desc" id="notif-desc">${l.t('notif.desc')}</p>
      <p class="state-line">${l.t(on ? 'notif.on' : 'notif.off')}</p>
      ${requestStatus(this.ctx, key)}
    </section>`;
  }

  private request(enabled: boolean): void {
    const ev = new FseNotificationsRequestEvent({ requestId: nextRequestId(), enabled });
    this.ctx.send('notifications', enabled, ev);
  }
}
