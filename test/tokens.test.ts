import { expect } from '@open-wc/testing';
import { dark, highContrast, light, themes, tokensCss, TOKEN_NAMES, type Theme, type TokenName } from '@percorso/tokens';

/** WCAG 2.1 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const TEXT: TokenName[] = ['color-text', 'color-text-muted', 'color-primary', 'color-danger', 'color-warning', 'color-success'];
const NON_TEXT: TokenName[] = [
  'color-border-strong',
  'color-focus',
  'color-selection',
  'color-today',
  ...TOKEN_NAMES.filter((n) => n.startsWith('color-cat-')),
];

describe('@percorso/tokens', () => {
  for (const [name, theme] of Object.entries(themes) as [string, Theme][]) {
    describe(`${name} theme`, () => {
      for (const surface of ['color-surface', 'color-surface-raised'] as const) {
        it(`text colours reach 4.5:1 on ${surface} (WCAG 1.4.3)`, () => {
          for (const t of TEXT) expect(contrast(theme[t], theme[surface]), `${t} on ${surface}`).to.be.at.least(4.5);
        });
        it(`marks, borders and focus reach 3:1 on ${surface} (WCAG 1.4.11)`, () => {
          for (const t of NON_TEXT) expect(contrast(theme[t], theme[surface]), `${t} on ${surface}`).to.be.at.least(3);
        });
      }
      it('status colours stay readable on their soft backgrounds', () => {
        for (const s of ['danger', 'warning', 'success'] as const)
          expect(contrast(theme[`color-${s}`], theme[`color-${s}-soft`]), s).to.be.at.least(4.5);
        expect(contrast(theme['color-text'], theme['color-primary-soft'])).to.be.at.least(4.5);
      });
      it('on-primary text reads on the primary colour', () => {
        expect(contrast(theme['color-on-primary'], theme['color-primary'])).to.be.at.least(4.5);
      });
      it('the heat scale steps get monotonically stronger, so it also reads in greyscale', () => {
        const lum = [0, 1, 2, 3, 4].map((i) => luminance(theme[`color-heat-${i}` as TokenName]));
        const base = luminance(theme['color-surface']);
        const distance = lum.map((l) => Math.abs(l - base));
        for (let i = 1; i < distance.length; i++) expect(distance[i]).to.be.greaterThan(distance[i - 1]!);
      });
    });
  }

  it('defines every token in every theme', () => {
    for (const t of [light, dark, highContrast]) for (const n of TOKEN_NAMES) expect(t[n], n).to.be.a('string').and.not.equal('');
  });

  it('ships a page stylesheet that a container can opt into', () => {
    const host = document.createElement('div');
    host.dataset.fseTheme = 'dark';
    const probe = document.createElement('span');
    host.append(probe);
    const style = document.createElement('style');
    style.textContent = tokensCss();
    document.head.append(style);
    document.body.append(host);
    try {
      expect(getComputedStyle(probe).getPropertyValue('--fse-color-surface').trim()).to.equal(dark['color-surface']);
    } finally {
      host.remove();
      style.remove();
    }
  });
});
