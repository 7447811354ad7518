/**
 * Styles every element shares: the theme (private `--_fse-*` properties over the public
 * `--fse-*` tokens), host basics, focus ring, states, buttons, visually-hidden text,
 * reduced motion and forced colours.
 */
import { css, unsafeCSS } from 'lit';
import { dark, highContrast, light, privateDeclarations } from '@percorso/tokens';

/**
 * The light theme's tokens: the only ones in every element's stylesheet in the browser, so a page
 * that shows the default theme parses and matches one set of tokens, not four (issue 12's cold start).
 */
export const themeStyles = css`
  :host {
    ${unsafeCSS(privateDeclarations(light))}
  }
`;

/**
 * The dark, high-contrast and automatic themes' tokens. In the browser an element adopts this sheet
 * when its `theme` first asks for one of them (`FseElement.willUpdate`), before it renders in that
 * theme; on the server it is part of every element's styles, so a server-rendered element carries
 * its theme before any script runs. The `:host([theme=…])` rules are more specific than the light
 * `:host` and than the forced-colours overrides, as when the four sets were one sheet.
 */
export const otherThemeStyles = css`
  :host([theme='dark']) {
    color-scheme: dark;
    ${unsafeCSS(privateDeclarations(dark))}
  }
  :host([theme='high-contrast']) {
    color-scheme: dark;
    ${unsafeCSS(privateDeclarations(highContrast))}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      ${unsafeCSS(privateDeclarations(dark))}
    }
  }
`;

export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_fse-font-family);
    font-size: var(--_fse-font-size);
    line-height: 1.45;
    color: var(--_fse-color-text);
    background: var(--_fse-color-surface);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_fse-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .state {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding: 1.25em;
    border: 1px dashed var(--_fse-color-border-strong);
    border-radius: var(--_fse-radius);
    color: var(--_fse-color-text);
    background: var(--_fse-color-surface-sunken);
  }
  .fse-progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block: 0.5em;
    color: var(--_fse-color-text);
  }
  .fse-progress progress {
    flex: 1 1 12em;
    accent-color: var(--_fse-color-primary);
    block-size: 0.5em;
  }
  .state--error {
    border: 1px solid var(--_fse-color-danger);
    border-left-width: 6px;
    background: var(--_fse-color-danger-soft);
  }
  .spinner {
    inline-size: 1.25em;
    block-size: 1.25em;
    border-radius: 50%;
    border: 3px solid var(--_fse-color-border);
    border-top-color: var(--_fse-color-primary);
    animation: fse-spin 0.9s linear infinite;
    flex: none;
  }
  @keyframes fse-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .issues {
    margin-block: 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_fse-color-warning);
    border-left-width: 6px;
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-warning-soft);
    font-size: var(--_fse-font-size-small);
  }
  .issues summary {
    cursor: pointer;
  }
  .issues ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    max-block-size: 12em;
    overflow: auto;
  }
  button.fse-button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_fse-color-border-strong);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-raised);
    color: var(--_fse-color-text);
    cursor: pointer;
  }
  button.fse-button:hover {
    border-color: var(--_fse-color-primary);
    color: var(--_fse-color-primary);
  }
  button.fse-button[aria-pressed='true'],
  button.fse-button.primary {
    background: var(--_fse-color-primary);
    border-color: var(--_fse-color-primary);
    color: var(--_fse-color-on-primary);
  }
  button.fse-button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .fse-tooltip {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 10;
    max-inline-size: min(22rem, calc(100vw - 16px));
    padding: 0.5em 0.75em;
    border: 1px solid var(--_fse-color-border-strong);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-raised);
    color: var(--_fse-color-text);
    box-shadow: var(--_fse-shadow);
    font-size: var(--_fse-font-size-small);
    pointer-events: auto;
  }
  .fse-tooltip[hidden] {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.001ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.001ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_fse-color-focus: Highlight;
      --_fse-color-primary: LinkText;
      --_fse-color-selection: Highlight;
      --_fse-color-border: CanvasText;
      --_fse-color-border-strong: CanvasText;
    }
    .state,
    .issues,
    .fse-tooltip,
    button.fse-button {
      border-color: CanvasText;
    }
    button.fse-button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .fse-tooltip,
    .no-print {
      display: none !important;
    }
  }
`;
