import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleProps } from '@percorso/elements/internal/style-props.js';
import { themes, TOKEN_NAMES, type ThemeName } from '@percorso/tokens';

/** The design tokens of @percorso/tokens in each theme: what designers can override with `--fse-*`. */
const meta: Meta = {
  title: 'Fondamenta/Token',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const swatches = (name: ThemeName) => {
  const t = themes[name];
  return html`<section
    ${styleProps({ padding: '16px', background: t['color-surface'], color: t['color-text'], 'font-family': t['font-family'] })}
    aria-label=${`Tema ${name}`}
  >
    <h2 ${styleProps({ 'margin-top': 0 })}>${name}</h2>
    <div ${styleProps({ display: 'grid', 'grid-template-columns': 'repeat(auto-fill,minmax(210px,1fr))', gap: '8px' })}>
      ${TOKEN_NAMES.filter((n) => n.startsWith('color-')).map(
        (n) => html`<div ${styleProps({ display: 'flex', gap: '8px', 'align-items': 'center' })}>
          <span
            ${styleProps({
              'inline-size': '32px',
              'block-size': '32px',
              'border-radius': '4px',
              border: `1px solid ${t['color-border-strong']}`,
              background: t[n],
            })}
          ></span>
          <span><code>--fse-${n}</code><br /><small>${t[n]}</small></span>
        </div>`,
      )}
    </div>
  </section>`;
};

export const Chiaro: StoryObj = { render: () => swatches('light') };
export const Scuro: StoryObj = { render: () => swatches('dark') };
export const AltoContrasto: StoryObj = { name: 'Alto contrasto', render: () => swatches('high-contrast') };
