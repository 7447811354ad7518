import { css } from 'lit';

/** Styles of `<fse-medications>` on top of the shared theme and base styles. */
export const medicationsStyles = css`
  .meds {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .toolbar .h {
    flex: 1 1 12rem;
  }
  .h {
    font-size: 1.3rem;
    font-weight: 700;
  }
  .h3 {
    font-size: 1.05rem;
    font-weight: 700;
    margin-top: 0.5rem;
  }
  .h4 {
    font-weight: 700;
    margin-top: 0.3rem;
  }
  .note,
  .empty {
    margin: 0;
    color: var(--_fse-color-text-muted);
    font-size: var(--_fse-font-size-small);
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.5rem;
    block-size: 0.7rem;
    border: 1px solid var(--_fse-color-cat-medications);
  }
  .swatch.stated {
    background: var(--_fse-color-cat-medications);
  }
  .swatch.estimate {
    border-style: dashed;
    background: var(--_fse-color-primary-soft);
  }
  .swatch.gap {
    border-color: var(--_fse-color-border-strong);
    background: var(--_fse-color-surface-sunken);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(12rem, 2fr) 3fr;
    gap: 0.2rem 1rem;
    align-items: center;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_fse-color-border);
    border-inline-start: 4px solid var(--_fse-color-cat-medications);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-raised);
  }
  .row.is-critical {
    border-inline-start-color: var(--_fse-color-danger);
  }
  .row.selected {
    outline: 3px solid var(--_fse-color-selection);
  }
  .row .details {
    grid-column: 1 / -1;
  }
  @container (max-width: 36rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
  :host {
    container-type: inline-size;
  }
  button.name {
    all: unset;
    cursor: pointer;
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    min-inline-size: 0;
  }
  button.name:focus-visible,
  button.link:focus-visible {
    outline: 3px solid var(--_fse-color-focus);
    outline-offset: 2px;
  }
  .brand,
  .detail {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .critical {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    color: var(--_fse-color-danger);
  }
  .critical .icon {
    flex: none;
  }
  .bar {
    inline-size: 100%;
    block-size: 1.25rem;
    overflow: visible;
  }
  .bar .track {
    fill: var(--_fse-color-border);
  }
  .bar .gap {
    fill: var(--_fse-color-surface-sunken);
    stroke: var(--_fse-color-border-strong);
    stroke-dasharray: 2 2;
    vector-effect: non-scaling-stroke;
  }
  .bar .period.stated {
    fill: var(--_fse-color-cat-medications);
  }
  .bar .period.estimate {
    fill: var(--_fse-color-primary-soft);
    stroke: var(--_fse-color-cat-medications);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
    vector-effect: non-scaling-stroke;
  }
  .bar .waiting {
    fill: var(--_fse-color-warning);
  }
  .bar .today {
    stroke: var(--_fse-color-today);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .details summary {
    cursor: pointer;
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-primary);
  }
  .rx {
    list-style: none;
    margin: 0.2rem 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    font-size: var(--_fse-font-size-small);
  }
  .rx li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.6rem;
  }
  .rx-expired .rx-state {
    color: var(--_fse-color-danger);
  }
  .rx-to-collect .rx-state {
    color: var(--_fse-color-warning);
  }
  button.link {
    all: unset;
    cursor: pointer;
    color: var(--_fse-color-primary);
    text-decoration: underline;
  }
  .table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--_fse-font-size-small);
  }
  .table th,
  .table td {
    border-bottom: 1px solid var(--_fse-color-border);
    padding: 0.3rem 0.4rem;
    text-align: start;
    vertical-align: top;
  }
  .table tr.selected {
    background: var(--_fse-color-primary-soft);
  }
  .print {
    display: none;
  }
  @media print {
    .meds > :not(.print) {
      display: none !important;
    }
    .print {
      display: block;
      break-inside: avoid;
      color: #000;
    }
    .print table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    .print th,
    .print td {
      border: 1px solid #000;
      padding: 0.25rem 0.4rem;
      text-align: start;
    }
  }
  @media (forced-colors: active) {
    .bar .period.stated {
      fill: CanvasText;
    }
    .bar .period.estimate {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
