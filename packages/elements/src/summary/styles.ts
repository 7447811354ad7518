import { css } from 'lit';

/** Styles of `<fse-summary>` on top of the shared theme and base styles. */
export const summaryStyles = css`
  :host {
    --_sum-col: var(--fse-summary-column-min, 18rem);
  }
  .summary {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    overflow-wrap: anywhere;
  }
  .h {
    margin: 0;
    font-weight: 700;
    line-height: 1.25;
  }
  .h2 {
    font-size: 1.35rem;
  }
  .h3 {
    font-size: 1.1rem;
  }
  .h4,
  .h5,
  .h6 {
    font-size: 1rem;
  }
  .note {
    margin: 0;
    color: var(--_fse-color-text-muted);
  }
  .alert {
    border: 2px solid var(--_fse-color-danger);
    border-inline-start-width: 6px;
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-danger-soft);
    color: var(--_fse-color-text);
    padding: 0.5rem 0.75rem;
  }
  .alert ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .alert li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    flex-wrap: wrap;
  }
  .alert .icon,
  .critical .icon {
    color: var(--_fse-color-danger);
    flex: none;
  }
  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_sum-col)), 1fr));
    gap: 0.75rem 1.25rem;
    align-items: start;
  }
  .section {
    min-inline-size: 0;
    border-top: 3px solid var(--_fse-color-border);
    padding-top: 0.4rem;
  }
  .lines {
    list-style: none;
    margin: 0.35rem 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.45rem;
  }
  .line {
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid transparent;
  }
  .line.danger,
  .line.is-critical {
    border-inline-start-color: var(--_fse-color-danger);
  }
  .line.selected {
    border-inline-start-color: var(--_fse-color-selection);
    background: var(--_fse-color-primary-soft);
  }
  .critical {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    margin-inline-end: 0.4rem;
    color: var(--_fse-color-danger);
  }
  .detail {
    display: block;
    color: var(--_fse-color-text-muted);
    font-size: var(--_fse-font-size-small);
  }
  .muted,
  .code {
    color: var(--_fse-color-text-muted);
  }
  .code {
    font-size: var(--_fse-font-size-small);
  }
  .badge {
    display: inline-block;
    padding: 0 0.35em;
    border: 1px solid currentColor;
    border-radius: var(--_fse-radius);
    font-size: var(--_fse-font-size-small);
    font-weight: 700;
  }
  .danger.badge {
    color: var(--_fse-color-danger);
  }
  .warning {
    color: var(--_fse-color-warning);
  }
  .empty {
    margin: 0.35rem 0 0;
    color: var(--_fse-color-text-muted);
  }
  .source {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
    text-align: start;
  }
  button.link {
    all: unset;
    cursor: pointer;
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-primary);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button.link:focus-visible {
    outline: 3px solid var(--_fse-color-focus);
    outline-offset: 2px;
  }
  .conflict {
    margin-top: 0.6rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_fse-color-warning);
    border-inline-start-width: 6px;
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-warning-soft);
  }
  .conflict p {
    margin: 0;
  }
  .disagreements {
    margin: 0.3rem 0;
    padding-inline-start: 1.2rem;
  }
  .therapy-list {
    margin-top: 0.5rem;
  }
  @media print {
    button.link {
      color: inherit;
    }
  }
  @media (forced-colors: active) {
    .alert,
    .conflict,
    .line.danger,
    .line.is-critical {
      border-color: CanvasText;
    }
  }
`;
