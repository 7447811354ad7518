/**
 * The question asked before obscuring a document, wherever obscuring starts (the consent panel's
 * documents, or the document itself in `<fse-document>`): what obscuring does, the documents hidden
 * with it (the cascade), first of all whether a clinician would need it in an emergency (the
 * Patient Summary, a critical medicine: `emergencyUseOf`, DM 7 settembre 2023 art. 20), the
 * Patient Summary note of art. 9 c. 3, and that it can be undone.
 */
import { html, nothing } from 'lit';
import { emergencyUseOf, obscuringCascade, type ClinicalEvent, type FseView } from '@percorso/model';
import type { LocalizeController } from '../../internal/localize.js';
import { FseObscureRequestEvent } from '../events.js';
import { alertIcon } from '../icons.js';
import { nextRequestId } from '../../internal/requests.js';
import type { Confirm } from './context.js';

/** The question before obscuring `doc`; `cascade` (ids) is what obscuring hides with it, `when` a document's day in words. */
export function obscureConfirm(
  l: LocalizeController,
  view: FseView,
  doc: ClinicalEvent,
  cascadeIds: readonly string[],
  when: (d: ClinicalEvent) => string,
): Pick<Confirm, 'kind' | 'title' | 'confirmLabel' | 'danger' | 'body'> {
  const byId = new Map(view.events.map((e) => [e.id, e]));
  const cascade = cascadeIds.map((id) => byId.get(id)).filter((x): x is ClinicalEvent => !!x);
  const emergency = emergencyUseOf(view, doc.id);
  const medicines = emergency?.critical.map((c) => `${c.substance} (${l.t(`critical.${c.critical}`)})`) ?? [];
  return {
    kind: 'obscure',
    title: l.t('obscure.title', { title: doc.title }),
    confirmLabel: cascade.length ? l.t('obscure.confirm.cascade', { count: cascade.length + 1 }) : l.t('obscure.confirm'),
    danger: !!emergency,
    body: () => html`${emergency
        ? html`<div class="notice notice--danger emergency-use" part="emergency-use" role="note">
            ${alertIcon()}
            <div>
              <p class="notice-title"><strong>${l.t('obscure.emergency.title')}</strong></p>
              ${emergency.patientSummary ? html`<p>${l.t('obscure.emergency.pss')}</p>` : nothing}
              ${medicines.length ? html`<p>${l.t('obscure.emergency.critical', { count: medicines.length, medicines: medicines.join(', ') })}</p>` : nothing}
              <p>${l.t('obscure.emergency.law')}</p>
            </div>
          </div>`
        : nothing}
      <p>${l.t('obscure.effect')}</p>
      ${cascade.length
        ? html`<div class="cascade" part="cascade">
            <p><strong>${l.t('obscure.cascade', { count: cascade.length })}</strong></p>
            <ul>
              ${cascade.map((c) => html`<li>${c.title} <span class="muted">(${when(c)})</span></li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="notice notice--warning law">
        ${alertIcon()}
        <p><strong>${l.t('obscure.pss.title')}</strong> ${l.t('obscure.pss')}</p>
      </div>
      <p class="muted">${l.t('obscure.revocable')}</p>`,
  };
}

/** The request to obscure (or show again) a document, with the documents obscuring hides with it. */
export function obscureRequest(view: FseView, doc: ClinicalEvent, obscured: boolean, cascade = obscuringCascade(view.events, doc.id)): FseObscureRequestEvent {
  return new FseObscureRequestEvent({ requestId: nextRequestId(), documentId: doc.id, obscured, cascade: [...cascade] });
}
