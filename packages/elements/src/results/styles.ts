import { css } from 'lit';

/** Styles of `<fse-results>` on top of the shared theme and base styles. */
export const resultsStyles = css`
  .results {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .toolbar .h {
    flex: 1 1 12rem;
    font-size: 1.3rem;
    font-weight: 700;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: var(--_fse-font-size-small);
    min-inline-size: 0;
  }
  .filters input,
  .filters select {
    font: inherit;
    padding: 0.3rem 0.4rem;
    border: 1px solid var(--_fse-color-border-strong);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface);
    color: var(--_fse-color-text);
    max-inline-size: 100%;
  }
  .live,
  .keys,
  .empty {
    margin: 0;
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .scroller {
    max-block-size: var(--fse-results-height, 36rem);
    overflow: auto;
    contain: strict;
    block-size: var(--fse-results-height, 36rem);
  }
  .spacer {
    position: relative;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(var(--_res-cols, 2), minmax(0, 1fr));
    grid-auto-rows: 188px;
    gap: 0 12px;
  }
  .card {
    box-sizing: border-box;
    block-size: 180px;
    overflow: hidden;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-raised);
    /* A card's size is its own (fixed height, the grid's column): nothing inside it lays out,
       restyles or paints anything outside, so a card coming into view costs only itself. */
    contain: strict;
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
  }
  .card-head {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    font-size: var(--_fse-font-size-small);
  }
  .unit,
  .summary,
  .goal-text,
  .problems {
    margin: 0;
    font-size: 0.8rem;
    color: var(--_fse-color-text-muted);
  }
  .problems {
    color: var(--_fse-color-warning);
  }
  .chart {
    position: relative;
  }
  .chart svg {
    display: block;
    overflow: visible;
  }
  .chart svg.front {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .chart svg .point {
    pointer-events: auto;
  }
  .chart svg.back {
    cursor: pointer;
  }
  /* The line through the values (one path a chart). */
  .line {
    fill: none;
    stroke: var(--_fse-color-text-muted);
    stroke-width: 1;
  }
  .band {
    fill: var(--_fse-color-success-soft);
    stroke: var(--_fse-color-success);
    stroke-width: 0.5;
  }
  .goal {
    fill: none;
    stroke: var(--_fse-color-cat-carepaths);
    stroke-width: 1.2;
    stroke-dasharray: 4 3;
  }
  .tick {
    font-size: 8px;
    fill: var(--_fse-color-text-muted);
  }
  .point {
    fill: var(--_fse-color-primary);
    stroke: var(--_fse-color-surface);
    stroke-width: 0.8;
    cursor: pointer;
    outline: none;
  }
  .point.unknown {
    fill: var(--_fse-color-surface);
    stroke: var(--_fse-color-primary);
    stroke-width: 1.4;
  }
  .point.high,
  .point.low {
    fill: var(--_fse-color-danger);
  }
  .point.implausible {
    fill: none;
    stroke: var(--_fse-color-warning);
    stroke-width: 2;
  }
  .point:focus-visible,
  .point:focus {
    stroke: var(--_fse-color-focus);
    stroke-width: 3;
  }
  .table-wrap {
    block-size: 96px;
    overflow: auto;
    font-size: 0.8rem;
  }
  .table-wrap table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .table-wrap th,
  .table-wrap td {
    text-align: start;
    padding: 0.1rem 0.3rem;
    border-bottom: 1px solid var(--_fse-color-border);
  }
  .table-wrap tr[aria-current='true'] {
    background: var(--_fse-color-primary-soft);
  }
  button.link {
    all: unset;
    cursor: pointer;
    color: var(--_fse-color-primary);
    text-decoration: underline;
  }
  button.link:focus-visible,
  .table-wrap:focus-visible {
    outline: 3px solid var(--_fse-color-focus);
  }
  @media (forced-colors: active) {
    .point,
    .point.high,
    .point.low {
      fill: CanvasText;
    }
    .band {
      fill: Canvas;
      stroke: CanvasText;
    }
    .line {
      stroke: CanvasText;
    }
  }
`;
