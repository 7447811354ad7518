import { css } from 'lit';

/** Styles of `<fse-document>` on top of the shared theme and base styles. */
export const documentStyles = css`
  :host {
    --_doc-max: var(--fse-document-max-width, 60rem);
  }
  .doc {
    max-inline-size: var(--_doc-max);
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    gap: 0.5rem;
    justify-content: space-between;
    margin-block-end: 0.75rem;
  }
  .toolbar .print {
    margin-inline-start: auto;
  }
  .header {
    border-block-end: 1px solid var(--_fse-color-border);
    padding-block-end: 0.75rem;
    margin-block-end: 1rem;
  }
  .type {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    color: var(--_fse-color-text-muted);
    font-weight: 600;
  }
  .title {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0.25rem 0 0.5rem;
  }
  .heading {
    font-size: 1.15em;
    font-weight: 700;
    margin: 1.25rem 0 0.5rem;
  }
  .narrative-heading {
    font-size: 1em;
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    font-weight: 400;
    color: var(--_fse-color-text-muted);
    white-space: nowrap;
  }
  .muted {
    color: var(--_fse-color-text-muted);
  }
  .status {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_fse-radius);
    border: 1px solid var(--_fse-color-warning);
    border-inline-start-width: 6px;
    background: var(--_fse-color-warning-soft);
    margin: 0.5rem 0;
  }
  .status--entered-in-error {
    border-color: var(--_fse-color-danger);
    background: var(--_fse-color-danger-soft);
    font-weight: 700;
  }
  .meta {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.5rem 1.5rem;
    margin: 0.5rem 0;
  }
  .meta-item dt {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .meta-item dd {
    margin: 0;
  }
  button.link,
  button.explain {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    color: var(--_fse-color-primary);
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 1.5rem;
    text-align: start;
  }
  button.explain {
    inline-size: 1.6rem;
    block-size: 1.6rem;
    border: 1px solid var(--_fse-color-primary);
    border-radius: 50%;
    text-decoration: none;
    text-align: center;
    margin-inline-start: 0.35rem;
    font-weight: 700;
  }
  .glossary summary {
    cursor: pointer;
    color: var(--_fse-color-primary);
    text-decoration: underline;
    font-weight: 400;
  }
  .glossary[open] {
    flex-basis: 100%;
    color: var(--_fse-color-text);
    font-weight: 400;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-sunken);
  }
  .sources {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .original {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .original-state:empty {
    display: none;
  }
  .original-state {
    flex-basis: 100%;
    margin: 0;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: 0.5rem;
  }
  th,
  td {
    border: 1px solid var(--_fse-color-border);
    padding: 0.35rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_fse-color-surface-sunken);
  }
  .results tbody th {
    font-weight: 400;
  }
  /* A group's heading (panel and specimen): a row header of its body, set apart by weight and a rule, not colour alone. */
  .results tr.group-title th {
    font-weight: 700;
    background: var(--_fse-color-surface-sunken);
    border-block-start-width: 2px;
  }
  .results tr.group-title .specimen {
    font-weight: 400;
  }
  /* A fixed layout: a table of hundreds of results is laid out from its first row, not measured cell by cell. */
  .results table {
    table-layout: fixed;
    min-inline-size: 40rem;
  }
  .results thead th:nth-child(1) {
    inline-size: 30%;
  }
  .results thead th:nth-child(2) {
    inline-size: 16%;
  }
  .results thead th:nth-child(3) {
    inline-size: 16%;
  }
  .results thead th:nth-child(4) {
    inline-size: 14%;
  }
  .results .value {
    font-weight: 700;
    white-space: nowrap;
  }
  tr.flagged .value,
  tr.flagged .flag {
    color: var(--_fse-color-danger);
    font-weight: 700;
  }
  .flag .symbol {
    font-weight: 700;
  }
  .direction {
    display: block;
    color: var(--_fse-color-text-muted);
  }
  tr.explanation td {
    background: var(--_fse-color-surface-sunken);
  }
  .content-group ul,
  .prescription ul {
    padding-inline-start: 1.25rem;
  }
  .detail {
    color: var(--_fse-color-text-muted);
  }
  .detail::before {
    content: ' · ';
  }
  .cancelled {
    text-decoration: line-through;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4rem;
    margin-inline-start: 0.35rem;
    border: 1px solid var(--_fse-color-border-strong);
    border-radius: var(--_fse-radius);
    font-size: var(--_fse-font-size-small);
  }
  .badge--cancelled {
    border-color: var(--_fse-color-danger);
    color: var(--_fse-color-danger);
    font-weight: 700;
  }
  .group-label {
    text-transform: uppercase;
    letter-spacing: 0.05em;
    font-size: var(--_fse-font-size-small);
    font-weight: 700;
    color: var(--_fse-color-text-muted);
    margin-block-start: 1.25rem;
    border-block-end: 1px solid var(--_fse-color-border);
  }
  .section {
    margin-block-end: 1rem;
  }
  .narrative p {
    margin: 0 0 0.5rem;
  }
  .unavailable {
    flex-direction: column;
    align-items: flex-start;
  }
  @media (forced-colors: active) {
    tr.flagged .value,
    tr.flagged .flag {
      text-decoration: underline;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .toolbar,
    .original button,
    button.explain {
      display: none !important;
    }
    .doc {
      max-inline-size: none;
    }
    .section,
    .results,
    .content-group {
      break-inside: avoid-page;
    }
    .heading {
      break-after: avoid-page;
    }
    .table-wrap {
      overflow: visible;
    }
  }
`;
