/**
 * A host for the timeline's controllers tested on their own: a real reactive element (it has a
 * `lang`, a shadow root and a localisation controller, as <fse-timeline> does) and a plot of a
 * given width in the page.
 */
import { LitElement, css, html } from 'lit';
import { LocalizeController } from '../../packages/elements/src/internal/localize.js';
import { messages } from '../../packages/elements/src/timeline/messages.js';

export class PartsHost extends LitElement {
  static override styles = css`
    .plot {
      width: 100%;
      height: 120px;
    }
  `;
  readonly l = new LocalizeController(this, messages);
  override render(): unknown {
    return html`<div class="plot"></div>
      <div class="axis"></div>
      <canvas></canvas>`;
  }
}
if (!customElements.get('tl-parts-host')) customElements.define('tl-parts-host', PartsHost);

export async function partsHost(width = 1000, lang = 'it'): Promise<PartsHost> {
  const el = document.createElement('tl-parts-host') as PartsHost;
  el.lang = lang;
  el.style.display = 'block';
  el.style.width = `${width}px`;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: PartsHost, sel: string): T => el.shadowRoot!.querySelector<T>(sel)!;
export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
