/**
 * Styles of what the consent panel shares with `<fse-document>`'s "Oscura questo documento": the
 * primary and danger buttons, notices, a request's pending / done / failed line, and the
 * confirmation dialog.
 */
import { css } from 'lit';

export const confirmStyles = css`
  button.fse-button.primary {
    background: var(--_fse-color-primary);
    border-color: var(--_fse-color-primary);
    color: var(--_fse-color-on-primary);
  }
  button.fse-button.primary:hover {
    color: var(--_fse-color-on-primary);
    text-decoration: underline;
  }
  button.fse-button.danger {
    border-color: var(--_fse-color-danger);
    color: var(--_fse-color-danger);
    border-width: 2px;
  }
  button.fse-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .notice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.75em 1em;
    border: 1px solid var(--_fse-color-warning);
    border-inline-start-width: 6px;
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-warning-soft);
    color: var(--_fse-color-text);
  }
  .notice .icon {
    color: var(--_fse-color-warning);
    margin-block-start: 0.15em;
  }
  .notice--danger {
    border-color: var(--_fse-color-danger);
    background: var(--_fse-color-danger-soft);
  }
  .notice--danger .icon {
    color: var(--_fse-color-danger);
  }
  .notice-title {
    margin: 0;
  }
  .req {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: var(--_fse-font-size-small);
    margin-block-start: 0.4em;
  }
  .req .spinner {
    inline-size: 1em;
    block-size: 1em;
    border-width: 2px;
  }
  .req--done .icon {
    color: var(--_fse-color-success);
  }
  .req--failed {
    padding: 0.4em 0.6em;
    border: 1px solid var(--_fse-color-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-danger-soft);
    font-weight: 600;
  }
  .req--failed .icon {
    color: var(--_fse-color-danger);
  }
  .cascade ul {
    margin: 0.25em 0 0.75em;
    padding-inline-start: 1.25em;
  }
  /* dialog */
  dialog.confirm {
    max-inline-size: min(36rem, calc(100vw - 2rem));
    padding: 1.25rem 1.5rem;
    border: 1px solid var(--_fse-color-border-strong);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-raised);
    color: var(--_fse-color-text);
    box-shadow: var(--_fse-shadow);
    font-family: var(--_fse-font-family);
  }
  dialog.confirm::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dlg-title {
    font-size: 1.2em;
    font-weight: 700;
    margin-block-end: 0.5em;
    overflow-wrap: anywhere;
  }
  .dlg-body {
    display: grid;
    gap: 0.6em;
  }
  .dlg-body .law {
    margin-block: 0.25em;
  }
  .dlg-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  button.fse-button.danger.ok {
    background: var(--_fse-color-danger);
    border-color: var(--_fse-color-danger);
    color: var(--_fse-color-on-primary);
  }

  @media (forced-colors: active) {
    .notice,
    .req--failed {
      border-color: CanvasText;
    }
  }
`;
