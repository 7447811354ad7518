/**
 * The timeline's toolbar: zoom out / in, the range presets ending at today ("Oggi" … "5 anni",
 * "Tutto"), the table toggle, and the visible range in words (for sighted readers; the live
 * region says it to assistive technology when it settles).
 */
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import { PRESETS } from './zoom.js';

export interface ToolbarActions {
  zoomBy(factor: number): void;
  preset(ms: number): void;
  fit(): void;
  toggleTable(): void;
}

export function toolbarTemplate(
  l: LocalizeController,
  s: { disabled: boolean; range?: { from: number; to: number }; showTable: boolean },
  act: ToolbarActions,
): TemplateResult {
  const { disabled, range: r } = s;
  return html`<div class="toolbar no-print" part="toolbar" role="group" aria-label=${l.t('toolbar.label')}>
    <span class="group">
      <button class="fse-button" ?disabled=${disabled} @click=${() => act.zoomBy(0.5)}>
        <span aria-hidden="true">−</span><span class="visually-hidden">${l.t('zoom.out')}</span>
      </button>
      <button class="fse-button" ?disabled=${disabled} @click=${() => act.zoomBy(2)}>
        <span aria-hidden="true">+</span><span class="visually-hidden">${l.t('zoom.in')}</span>
      </button>
    </span>
    <span class="group">
      ${PRESETS.map(([key, ms]) => html`<button class="fse-button" ?disabled=${disabled} @click=${() => act.preset(ms)}>${l.t(key)}</button>`)}
      <button class="fse-button" ?disabled=${disabled} @click=${() => act.fit()}>${l.t('preset.all')}</button>
    </span>
    <button class="fse-button" aria-pressed=${s.showTable ? 'true' : 'false'} @click=${() => act.toggleTable()}>${l.t('table.show')}</button>
    <span class="range" aria-hidden="true">${r ? l.span(r.from, r.to) : ''}</span>
  </div>`;
}
