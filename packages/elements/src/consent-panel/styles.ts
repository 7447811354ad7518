import { css } from 'lit';

export const consentPanelStyles = css`
  :host {
    --_fse-consent-log-height: var(--fse-consent-log-height, 28rem);
    container-type: inline-size;
  }
  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem;
  }
  .header .title {
    font-size: 1.5em;
    font-weight: 700;
    margin: 0;
  }
  .header .who {
    margin: 0.25em 0 0;
    color: var(--_fse-color-text-muted);
    overflow-wrap: anywhere;
  }
  .section-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin-block: 0.5rem 1rem;
    font-size: var(--_fse-font-size-small);
  }
  .section-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .section-nav a {
    color: var(--_fse-color-primary);
    overflow-wrap: anywhere;
  }
  .nav-label {
    font-weight: 600;
  }
  /* A document read in the panel obscures from the panel's own row, not from inside it. */
  .doc > fse-document::part(obscure) {
    display: none;
  }
  .section {
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
    padding: 1rem 1.25rem 1.25rem;
    background: var(--_fse-color-surface-raised);
  }
  .section-title {
    font-size: 1.2em;
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .section-title:focus {
    outline: none;
  }
  .section-title:focus-visible {
    outline: 3px solid var(--_fse-color-focus);
  }
  .sub-title {
    font-weight: 700;
    margin: 1.25em 0 0.5em;
  }
  .intro,
  .desc,
  .hint {
    margin: 0 0 0.75em;
    color: var(--_fse-color-text-muted);
  }
  .hint {
    font-size: var(--_fse-font-size-small);
  }
  p {
    margin: 0.25em 0;
  }
  .muted {
    color: var(--_fse-color-text-muted);
  }
  .icon {
    flex: none;
    vertical-align: -0.2em;
    margin-inline-end: 0.35em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block-start: 0.5rem;
  }

  /* consultation consent */
  .purposes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
    gap: 0.75rem;
  }
  fieldset {
    margin: 0;
    min-inline-size: 0;
  }
  .purpose {
    border: 1px solid var(--_fse-color-border-strong);
    border-inline-start-width: 6px;
    border-radius: var(--_fse-radius);
    padding: 0.75rem 1rem;
  }
  .purpose legend {
    font-weight: 700;
    padding: 0 0.35em;
  }
  .purpose--permit {
    border-inline-start-color: var(--_fse-color-success);
  }
  .purpose--deny {
    border-inline-start-color: var(--_fse-color-danger);
    border-inline-start-style: double;
    border-inline-start-width: 7px;
  }
  .purpose--not-expressed {
    border-inline-start-style: dashed;
  }
  .decision {
    display: flex;
    align-items: center;
  }
  .decision--permit .icon {
    color: var(--_fse-color-success);
  }
  .decision--deny .icon {
    color: var(--_fse-color-danger);
  }
  .last {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .reconfirm-note {
    font-size: var(--_fse-font-size-small);
  }

  /* history */
  .history {
    margin: 0;
    display: grid;
    gap: 0.75em;
  }
  .history dt {
    font-weight: 700;
  }
  .history dd {
    margin: 0.2em 0 0;
  }
  .readonly-note {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }

  /* documents */
  .doc-tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin-block-end: 0.5rem;
  }
  input,
  select {
    font: inherit;
    color: var(--_fse-color-text);
    background: var(--_fse-color-surface);
    border: 1px solid var(--_fse-color-border-strong);
    border-radius: var(--_fse-radius);
    padding: 0.3em 0.5em;
    min-block-size: 2.25rem;
    max-inline-size: 100%;
  }
  input[type='checkbox'] {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_fse-color-primary);
  }
  input[aria-invalid='true'] {
    border-color: var(--_fse-color-danger);
    border-width: 2px;
  }
  .count {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
    margin: 0;
  }
  .doc-list,
  .deleg-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    /* a long unbroken title must not widen the list beyond the panel */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
  }
  .doc,
  .deleg {
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
  }
  .doc-main,
  .deleg-main {
    flex: 1 1 18rem;
    min-inline-size: 0;
  }
  .doc > fse-document {
    flex-basis: 100%;
    border-block-start: 1px solid var(--_fse-color-border);
    padding-block-start: 0.75rem;
  }
  .doc .actions,
  .deleg .actions {
    margin: 0;
    align-self: center;
  }
  .doc-title,
  .deleg-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .doc-title:focus {
    outline: 3px solid var(--_fse-color-focus);
  }
  .doc-meta,
  .deleg-meta {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
    overflow-wrap: anywhere;
  }
  .doc-status,
  .status-chip {
    display: flex;
    align-items: center;
    font-size: var(--_fse-font-size-small);
  }
  .doc-status > span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .doc.is-obscured,
  .doc.is-protected {
    background: var(--_fse-color-surface-sunken);
    border-style: dashed;
    border-color: var(--_fse-color-border-strong);
  }
  .protected {
    margin-block-end: 1rem;
  }
  .empty {
    color: var(--_fse-color-text-muted);
    font-style: italic;
  }

  /* delegations */
  .deleg--pending .status-chip {
    font-weight: 600;
  }
  .deleg--active .status-chip .icon {
    color: var(--_fse-color-success);
  }
  .deleg--revoked,
  .deleg--expired,
  .deleg--rejected {
    background: var(--_fse-color-surface-sunken);
  }
  .deleg.is-expiring {
    border-color: var(--_fse-color-warning);
    border-inline-start-width: 6px;
  }
  .cf {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-weight: 400;
    font-size: 0.9em;
  }
  .deleg-form {
    margin-block-start: 1rem;
  }
  .deleg-form fieldset,
  .log-filters {
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
    padding: 0.75rem 1rem 1rem;
  }
  legend {
    font-weight: 700;
    padding: 0 0.35em;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    margin-block-end: 0.75rem;
    max-inline-size: 28rem;
  }
  .field-error {
    display: flex;
    align-items: center;
    color: var(--_fse-color-danger);
    font-weight: 600;
    font-size: var(--_fse-font-size-small);
  }

  /* access log */
  .log-filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    align-items: flex-end;
    margin-block-end: 0.5rem;
  }
  .log-filters .field {
    margin: 0;
    min-inline-size: 0;
    max-inline-size: 100%;
    grid-template-columns: minmax(0, 1fr);
    flex: 0 1 auto;
  }
  .log-filters select {
    inline-size: 100%;
  }
  .field--check {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.25rem;
  }
  .log-scroll {
    position: relative;
    max-block-size: var(--_fse-consent-log-height);
    overflow: auto;
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
    margin-block-start: 0.5rem;
    overscroll-behavior: contain;
  }
  .log-table {
    min-inline-size: 44rem;
    --_fse-log-row: 3.75rem;
  }
  .log-row {
    display: grid;
    grid-template-columns: 9.5rem 1.3fr 1.1fr 1.3fr 9.5rem;
    gap: 0 0.75rem;
    align-items: center;
    padding: 0 0.75rem;
    block-size: var(--_fse-log-row);
    border-block-end: 1px solid var(--_fse-color-border);
    border-inline-start: 6px solid transparent;
  }
  .log-row--head {
    position: sticky;
    top: 0;
    z-index: 1;
    block-size: 2.5rem;
    background: var(--_fse-color-surface-sunken);
    font-weight: 700;
  }
  /* The rows not in view are spacers as tall as so many rows: one of each of units, tens, hundreds…
     per digit of their count (access-log.ts, gaps), so the list's height and each row's place are
     CSS alone — the same in a server render, which carries no CSSOM value. */
  .gap {
    block-size: var(--_fse-log-row);
  }
  .gap--10 {
    block-size: calc(10 * var(--_fse-log-row));
  }
  .gap--100 {
    block-size: calc(100 * var(--_fse-log-row));
  }
  .gap--1000 {
    block-size: calc(1000 * var(--_fse-log-row));
  }
  .gap--10000 {
    block-size: calc(10000 * var(--_fse-log-row));
  }
  .c {
    min-inline-size: 0;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    font-size: var(--_fse-font-size-small);
    line-height: 1.35;
  }
  .c-who {
    display: flex;
    flex-direction: column;
  }
  .c-who .who-name {
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .c-who .muted {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .log-row.is-emergency {
    border-inline-start-color: var(--_fse-color-danger);
    background: var(--_fse-color-danger-soft);
  }
  .emergency {
    display: inline-flex;
    align-items: center;
    color: var(--_fse-color-danger);
  }
  .emergency strong {
    color: var(--_fse-color-text);
  }

  /* notifications */
  .notif-kinds {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .notif-label {
    font-weight: 600;
  }
  .switch .state-line {
    font-weight: 400;
    color: var(--_fse-color-text-muted);
  }
  .switch {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 600;
  }
  .state-line {
    font-size: var(--_fse-font-size-small);
  }


  /* print: the panel prints as the index of documents */
  .print-index {
    display: none;
  }
  .print-index table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .print-index th,
  .print-index td {
    border: 1px solid #777;
    padding: 0.25em 0.4em;
    text-align: start;
    vertical-align: top;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .panel.is-printing > :not(.section--index):not(.header) {
      display: none !important;
    }
    .panel.is-printing .section--index > :not(.print-index) {
      display: none !important;
    }
    .panel.is-printing .section--index {
      border: 0;
      padding: 0;
    }
    .print-index {
      display: block;
    }
  }

  @container (max-width: 40rem) {
    .log-table {
      min-inline-size: 0;
      --_fse-log-row: 7.5rem;
    }
    .log-row {
      grid-template-columns: 1fr 1fr;
      grid-template-rows: auto auto auto;
      align-content: center;
      padding-block: 0.25rem;
    }
    .log-row--head {
      display: none;
    }
    .c-doc {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .log-row.is-emergency,
    .purpose,
    .notice,
    .req--failed,
    .deleg.is-expiring {
      border-color: CanvasText;
    }
    .log-row.is-emergency {
      border-inline-start: 6px double CanvasText;
    }
  }
`;
