/**
 * @percorso/tokens — the design tokens of Percorso, in three themes.
 *
 * Public custom properties are `--fse-<name>`; the elements read them through private
 * `--_fse-<name>` properties that fall back to the theme chosen with the element's `theme`
 * attribute, so a portal can restyle everything with one custom property on any ancestor
 * (`--fse-color-primary: #008758`) or load `@percorso/tokens/tokens.css` and put
 * `data-fse-theme="dark"` on a container.
 *
 * Defaults follow the Italian public-sector look (Designers Italia / Bootstrap Italia:
 * Titillium Web, primary blue #0066CC). Text colours meet 4.5:1 and marks, borders and focus
 * rings 3:1 on their theme's surface (WCAG 1.4.3 and 1.4.11); checked by test/tokens.test.ts.
 */

export const TOKEN_NAMES = [
  'font-family',
  'color-surface',
  'color-surface-raised',
  'color-surface-sunken',
  'color-text',
  'color-text-muted',
  'color-border',
  'color-border-strong',
  'color-primary',
  'color-on-primary',
  'color-primary-soft',
  'color-focus',
  'color-danger',
  'color-warning',
  'color-success',
  'color-danger-soft',
  'color-warning-soft',
  'color-success-soft',
  'color-selection',
  'color-highlight',
  'color-today',
  'color-cat-reports',
  'color-cat-admissions',
  'color-cat-visits',
  'color-cat-medications',
  'color-cat-vaccinations',
  'color-cat-bookings',
  'color-cat-taccuino',
  'color-cat-carepaths',
  'color-cat-other',
  'color-heat-0',
  'color-heat-1',
  'color-heat-2',
  'color-heat-3',
  'color-heat-4',
  'color-heat-text',
  'color-silhouette',
  'shadow',
  'radius',
  'font-size',
  'font-size-small',
  'space',
] as const;

export type TokenName = (typeof TOKEN_NAMES)[number];
export type Theme = Record<TokenName, string>;
export type ThemeName = 'light' | 'dark' | 'high-contrast';

const shared = {
  'font-family': '"Titillium Web", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  radius: '4px',
  'font-size': '1rem',
  'font-size-small': '0.875rem',
  space: '8px',
} as const;

export const light: Theme = {
  ...shared,
  'color-surface': '#ffffff',
  'color-surface-raised': '#ffffff',
  'color-surface-sunken': '#f2f5f8',
  'color-text': '#17324d',
  'color-text-muted': '#4d5e6f',
  'color-border': '#c5ced6',
  'color-border-strong': '#6d7f91',
  'color-primary': '#0066cc',
  'color-on-primary': '#ffffff',
  'color-primary-soft': '#e5f0fa',
  'color-focus': '#0066cc',
  'color-danger': '#b3142c',
  'color-warning': '#8a5200',
  'color-success': '#00704a',
  'color-danger-soft': '#fbe9ec',
  'color-warning-soft': '#fdf2e0',
  'color-success-soft': '#e3f4ed',
  'color-selection': '#0066cc',
  'color-highlight': '#ffcf40',
  'color-today': '#b3142c',
  'color-cat-reports': '#0066cc',
  'color-cat-admissions': '#b3142c',
  'color-cat-visits': '#6a3fb5',
  'color-cat-medications': '#00706b',
  'color-cat-vaccinations': '#8a5200',
  'color-cat-bookings': '#4d5e6f',
  'color-cat-taccuino': '#a3287a',
  'color-cat-carepaths': '#2e7d32',
  'color-cat-other': '#5a5a5a',
  'color-heat-0': '#eef3f8',
  'color-heat-1': '#b9d3ee',
  'color-heat-2': '#6fa6dd',
  'color-heat-3': '#2b74c0',
  'color-heat-4': '#0b3f7a',
  'color-heat-text': '#17324d',
  'color-silhouette': '#dfe6ee',
  shadow: '0 2px 10px rgba(23, 50, 77, 0.22)',
};

export const dark: Theme = {
  ...shared,
  'color-surface': '#121b26',
  'color-surface-raised': '#1b2735',
  'color-surface-sunken': '#0c131b',
  'color-text': '#e8eef5',
  'color-text-muted': '#a9b8c8',
  'color-border': '#364657',
  'color-border-strong': '#7d91a6',
  'color-primary': '#6cb4ff',
  'color-on-primary': '#0c131b',
  'color-primary-soft': '#17324d',
  'color-focus': '#ffc44d',
  'color-danger': '#ff8a99',
  'color-warning': '#ffc46b',
  'color-success': '#5fd3a0',
  'color-danger-soft': '#3b1a21',
  'color-warning-soft': '#3a2a12',
  'color-success-soft': '#12352a',
  'color-selection': '#6cb4ff',
  'color-highlight': '#ffc44d',
  'color-today': '#ff8a99',
  'color-cat-reports': '#6cb4ff',
  'color-cat-admissions': '#ff8a99',
  'color-cat-visits': '#c3a6ff',
  'color-cat-medications': '#4fd6cf',
  'color-cat-vaccinations': '#ffc46b',
  'color-cat-bookings': '#b3c2d1',
  'color-cat-taccuino': '#ff8fd2',
  'color-cat-carepaths': '#8fdc8f',
  'color-cat-other': '#c8c8c8',
  'color-heat-0': '#1b2735',
  'color-heat-1': '#1f4a73',
  'color-heat-2': '#2f6fae',
  'color-heat-3': '#5c9ee6',
  'color-heat-4': '#a8d1ff',
  'color-heat-text': '#e8eef5',
  'color-silhouette': '#2a3949',
  shadow: '0 2px 12px rgba(0, 0, 0, 0.6)',
};

export const highContrast: Theme = {
  ...shared,
  'color-surface': '#000000',
  'color-surface-raised': '#000000',
  'color-surface-sunken': '#000000',
  'color-text': '#ffffff',
  'color-text-muted': '#ffffff',
  'color-border': '#ffffff',
  'color-border-strong': '#ffffff',
  'color-primary': '#ffff00',
  'color-on-primary': '#000000',
  'color-primary-soft': '#000000',
  'color-focus': '#00ffff',
  'color-danger': '#ff6b6b',
  'color-warning': '#ffd400',
  'color-success': '#7dff7d',
  'color-danger-soft': '#000000',
  'color-warning-soft': '#000000',
  'color-success-soft': '#000000',
  'color-selection': '#00ffff',
  'color-highlight': '#ffff00',
  'color-today': '#ff6b6b',
  'color-cat-reports': '#7fd4ff',
  'color-cat-admissions': '#ff8080',
  'color-cat-visits': '#d9b3ff',
  'color-cat-medications': '#66ffd9',
  'color-cat-vaccinations': '#ffd966',
  'color-cat-bookings': '#ffffff',
  'color-cat-taccuino': '#ff99e6',
  'color-cat-carepaths': '#99ff99',
  'color-cat-other': '#e0e0e0',
  'color-heat-0': '#000000',
  'color-heat-1': '#3d3d00',
  'color-heat-2': '#7a7a00',
  'color-heat-3': '#c2c200',
  'color-heat-4': '#ffff00',
  'color-heat-text': '#ffffff',
  'color-silhouette': '#1a1a1a',
  shadow: 'none',
};

export const themes: Record<ThemeName, Theme> = { light, dark, 'high-contrast': highContrast };

/** `--fse-color-primary: #0066cc; …` for one theme. */
export function declarations(theme: Theme, prefix = '--fse-'): string {
  return TOKEN_NAMES.map((n) => `${prefix}${n}: ${theme[n]};`).join('\n  ');
}

/**
 * The private properties an element's shadow styles use: `--_fse-x: var(--fse-x, <theme value>)`,
 * so a public token set by the page always wins over the element's theme default.
 */
export function privateDeclarations(theme: Theme): string {
  return TOKEN_NAMES.map((n) => `--_fse-${n}: var(--fse-${n}, ${theme[n]});`).join('\n  ');
}

/** The page-level stylesheet shipped as `@percorso/tokens/tokens.css`. */
export function tokensCss(): string {
  return [
    '/* @percorso/tokens: put data-fse-theme="light|dark|high-contrast" on any container. Generated from src/index.ts. */',
    `[data-fse-theme='light'] {\n  color-scheme: light;\n  ${declarations(light)}\n}`,
    `[data-fse-theme='dark'] {\n  color-scheme: dark;\n  ${declarations(dark)}\n}`,
    `[data-fse-theme='high-contrast'] {\n  color-scheme: dark;\n  ${declarations(highContrast)}\n}`,
    `@media (prefers-color-scheme: dark) {\n  [data-fse-theme='auto'] {\n    color-scheme: dark;\n    ${declarations(dark).replace(/\n  /g, '\n    ')}\n  }\n}`,
    '',
  ].join('\n\n');
}
