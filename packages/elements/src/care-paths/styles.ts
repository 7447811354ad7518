import { css } from 'lit';

/** Styles of `<fse-care-paths>` on top of the shared theme and base styles. */
export const carePathsStyles = css`
  :host {
    --_cp-card-min: var(--fse-care-paths-card-min, 20rem);
    --_cp-gap: var(--fse-care-paths-gap, 1rem);
    --_fse-icon-contrast: var(--_fse-color-surface);
    background: transparent;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_cp-card-min)), 1fr));
    gap: var(--_cp-gap);
    align-items: start;
  }
  .card {
    container-type: inline-size;
    min-inline-size: 0;
    border: 1px solid var(--_fse-color-border);
    border-top: 4px solid var(--_fse-color-cat-carepaths, var(--_fse-color-primary));
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-raised);
    box-shadow: var(--_fse-shadow);
    overflow-wrap: anywhere;
  }
  .card.is-selected {
    border-color: var(--_fse-color-primary);
    outline: 3px solid var(--_fse-color-primary);
    outline-offset: 0;
  }
  article {
    padding: 0.9rem 1rem 1rem;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
  }
  header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.75rem;
    align-items: start;
  }
  .kind {
    grid-column: 1 / -1;
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .kind .icon {
    color: var(--_fse-color-cat-carepaths, var(--_fse-color-primary));
    flex: none;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
  }
  button.select {
    font: inherit;
    color: var(--_fse-color-primary);
    background: none;
    border: 0;
    padding: 0.15em 0;
    margin: 0;
    text-align: start;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    min-block-size: 1.75rem;
  }
  button.select:hover {
    text-decoration-thickness: 3px;
  }
  button.select[aria-pressed='true'] {
    text-decoration: none;
  }
  .selected-tag {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.4em;
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-primary);
    color: var(--_fse-color-on-primary);
    font-size: var(--_fse-font-size-small);
    font-weight: 600;
    vertical-align: middle;
  }
  .status {
    justify-self: end;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_fse-color-border-strong);
    border-radius: 999px;
    font-size: var(--_fse-font-size-small);
    font-weight: 600;
    white-space: nowrap;
    background: var(--_fse-color-surface-sunken);
  }
  .status--active {
    border-color: var(--_fse-color-success);
    background: var(--_fse-color-success-soft);
  }
  .status--on-hold {
    border-color: var(--_fse-color-warning);
    background: var(--_fse-color-warning-soft);
  }
  .status--revoked {
    border-color: var(--_fse-color-danger);
    background: var(--_fse-color-danger-soft);
  }
  .condition {
    grid-column: 1 / -1;
    margin: 0;
  }
  .label {
    font-weight: 600;
  }
  .code {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
    white-space: nowrap;
  }
  p {
    margin: 0;
  }

  /* progress */
  .progress {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }
  .bar {
    display: flex;
    gap: 2px;
    block-size: 0.75rem;
    border: 1px solid var(--_fse-color-border-strong);
    border-radius: 999px;
    overflow: hidden;
    background: var(--_fse-color-surface-sunken);
  }
  /*
   * Each segment as wide as its steps, without a number in CSS: every step is a unit of 10 000 px,
   * far wider than any bar, so the segments overflow the bar and shrink — in proportion to their
   * width (flex-shrink weighs by the base size) — to shares exactly proportional to their steps.
   */
  .seg {
    display: flex;
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow: hidden;
  }
  .seg > i {
    flex: none;
    inline-size: 10000px;
  }
  .seg--done {
    background: var(--_fse-color-success);
  }
  .seg--booked {
    background: repeating-linear-gradient(90deg, var(--_fse-color-primary) 0 3px, transparent 3px 6px);
  }
  .seg--overdue {
    background: repeating-linear-gradient(45deg, var(--_fse-color-danger) 0 3px, var(--_fse-color-danger-soft) 3px 6px);
  }
  .seg--planned {
    background: transparent;
  }
  .progress-text {
    font-size: var(--_fse-font-size-small);
  }
  .overdue-count {
    display: flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.3em 0.6em;
    border: 2px solid var(--_fse-color-danger);
    border-inline-start-width: 6px;
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-danger-soft);
    font-weight: 700;
  }
  .overdue-count .icon,
  .step--overdue .icon {
    color: var(--_fse-color-danger);
    flex: none;
  }

  /* next appointment */
  .next {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.45em 0.6em;
    border: 1px solid var(--_fse-color-border);
    border-inline-start: 4px solid var(--_fse-color-primary);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-primary-soft);
  }
  .next .icon {
    flex: none;
    margin-block-start: 0.2em;
    color: var(--_fse-color-primary);
  }
  .next--none {
    background: var(--_fse-color-surface-sunken);
    border-inline-start-color: var(--_fse-color-border-strong);
  }
  .next-where {
    color: var(--_fse-color-text-muted);
  }

  /* disclosure */
  button.disclosure {
    align-self: flex-start;
  }
  .chevron {
    transition: transform 0.15s ease;
  }
  button.disclosure[aria-expanded='true'] .chevron,
  button.done-toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  button.done-toggle {
    align-self: flex-start;
    margin-block-start: 0.35rem;
  }
  .done-steps {
    margin-block-start: 0.35rem;
  }
  .done-steps[hidden] {
    display: none;
  }
  /* an overdue step's actions (book, ask for the prescription) and where the request stands */
  .step-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.5rem;
    align-items: center;
    margin-block-start: 0.35rem;
    padding-inline-start: 0.6em;
  }
  .action-state {
    font-size: var(--_fse-font-size-small);
    font-weight: 600;
  }
  /* a path about the record's chosen body region */
  .card.in-region {
    border-color: var(--_fse-color-primary);
    border-inline-start: 4px solid var(--_fse-color-primary);
  }
  .region-tag {
    margin: 0;
    font-size: var(--_fse-font-size-small);
    font-weight: 600;
    color: var(--_fse-color-primary);
  }
  .details {
    display: flex;
    flex-direction: column;
    gap: 0.85rem;
    padding-block-start: 0.6rem;
    border-block-start: 1px solid var(--_fse-color-border);
  }
  .details[hidden] {
    display: none;
  }
  .section-title {
    margin: 0 0 0.3rem;
    font-size: 1em;
    font-weight: 700;
  }
  ul.plain,
  ol.steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .therapy {
    padding: 0.35em 0.6em;
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface);
  }
  .therapy-name {
    font-weight: 600;
  }
  .muted {
    color: var(--_fse-color-text-muted);
  }

  /* steps */
  button.step {
    font: inherit;
    color: var(--_fse-color-text);
    inline-size: 100%;
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    align-items: start;
    text-align: start;
    padding: 0.4em 0.6em;
    min-block-size: 2.5rem;
    border: 1px solid var(--_fse-color-border);
    border-inline-start: 4px solid var(--_fse-color-border-strong);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface);
    cursor: pointer;
  }
  button.step:hover {
    border-color: var(--_fse-color-primary);
  }
  button.step .icon {
    margin-block-start: 0.15em;
    grid-row: 1 / span 2;
  }
  .step-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: baseline;
  }
  .step-title {
    font-weight: 600;
  }
  .step-status {
    font-size: var(--_fse-font-size-small);
    font-weight: 600;
  }
  .step-when {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .step--done {
    border-inline-start-color: var(--_fse-color-success);
  }
  .step--done .icon {
    color: var(--_fse-color-success);
  }
  .step--booked {
    border-inline-start-color: var(--_fse-color-primary);
  }
  .step--booked .icon {
    color: var(--_fse-color-primary);
  }
  button.step.step--overdue {
    border: 2px solid var(--_fse-color-danger);
    border-inline-start-width: 6px;
    background: var(--_fse-color-danger-soft);
  }
  .step--overdue .step-status {
    font-weight: 800;
  }
  .step--cancelled .step-title {
    text-decoration: line-through;
    font-weight: 400;
  }
  .step-cancelled-booking s {
    text-decoration: line-through;
  }
  .step-cancelled-word {
    font-weight: 700;
    color: var(--_fse-color-danger);
  }
  .step--cancelled .icon,
  .step--planned .icon {
    color: var(--_fse-color-text-muted);
  }
  button.step[aria-current='true'] {
    outline: 3px solid var(--_fse-color-primary);
    outline-offset: 1px;
  }
  button.step:focus-visible {
    outline: 3px solid var(--_fse-color-focus);
    outline-offset: 2px;
  }

  /* notes, goals, team */
  .notes {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_fse-color-warning);
    background: var(--_fse-color-warning-soft);
    border-radius: var(--_fse-radius);
  }
  .notes p {
    white-space: pre-line;
  }
  .notes p + p {
    margin-block-start: 0.4em;
  }
  .empty {
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25em;
  }
  .empty strong {
    font-size: 1.05em;
  }

  /* compact cards are a little tighter */
  :host([layout='compact']) article {
    gap: 0.45rem;
    padding: 0.75rem 0.85rem 0.85rem;
  }

  @container (min-width: 34rem) {
    .next,
    .overdue-count {
      align-self: flex-start;
    }
  }

  @media (forced-colors: active) {
    .card,
    .status,
    .bar,
    .next,
    .therapy,
    .notes,
    button.step {
      border-color: CanvasText;
    }
    .card.is-selected,
    button.step[aria-current='true'] {
      outline-color: Highlight;
    }
    .card.in-region {
      border-color: Highlight;
    }
    .seg--done,
    .seg--booked,
    .seg--overdue {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .seg--overdue {
      background: repeating-linear-gradient(45deg, CanvasText 0 3px, Canvas 3px 6px);
    }
    button.step.step--overdue,
    .overdue-count {
      border-color: CanvasText;
    }
    .selected-tag {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .details[hidden] {
      display: flex !important;
    }
    .done-steps[hidden] {
      display: block !important;
    }
    button.disclosure,
    .step-actions button {
      display: none;
    }
    .card {
      break-inside: avoid;
      box-shadow: none;
    }
  }
`;
