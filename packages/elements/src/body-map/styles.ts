import { css } from 'lit';

/** Styles of `<fse-body-map>` on top of the shared theme and base styles. */
export const bodyMapStyles = css`
  :host {
    container-type: inline-size;
    --_bm-figure-max: var(--fse-body-map-figure-max, 19rem);
    --_bm-badge: var(--_fse-color-text);
    --_bm-badge-text: var(--_fse-color-surface);
    --_bm-stroke: var(--_fse-color-border-strong);
    --_bm-hatch: var(--_fse-color-text);
  }
  p {
    margin: 0;
  }
  [hidden] {
    display: none !important;
  }
  svg.defs {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  .segmented {
    display: inline-flex;
  }
  .segmented button.fse-button {
    border-radius: 0;
    min-block-size: 2rem;
    padding-inline: 0.7em;
  }
  .segmented button.fse-button:first-child {
    border-start-start-radius: var(--_fse-radius);
    border-end-start-radius: var(--_fse-radius);
  }
  .segmented button.fse-button:last-child {
    border-start-end-radius: var(--_fse-radius);
    border-end-end-radius: var(--_fse-radius);
    margin-inline-start: -1px;
  }
  button.fse-button.list-toggle {
    min-block-size: 2rem;
  }
  .empty {
    margin-block-end: 0.5rem;
    padding: 0.6rem 0.75rem;
    border: 1px dashed var(--_fse-color-border-strong);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-sunken);
  }
  .layout {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75rem;
    justify-items: center;
  }
  .figure {
    display: block;
    inline-size: min(100%, 15rem);
    block-size: auto;
    overflow: visible;
    touch-action: manipulation;
  }
  .side {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    inline-size: 100%;
    min-inline-size: 0;
  }
  @container (min-width: 30rem) {
    .layout {
      grid-template-columns: minmax(13rem, var(--_bm-figure-max)) minmax(12rem, 1fr);
      align-items: start;
      justify-items: stretch;
    }
    .figure {
      inline-size: 100%;
    }
    .layout.is-list {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  /* ── the figure ── */
  .silhouette {
    fill: var(--_fse-color-silhouette);
    stroke: none;
  }
  .deco {
    fill: none;
    stroke: var(--_bm-stroke);
    stroke-width: 0.8;
    stroke-linecap: round;
    pointer-events: none;
  }
  .region {
    cursor: pointer;
    outline: none;
  }
  .swatch .region {
    cursor: inherit;
  }
  .region .shape {
    stroke: var(--_bm-stroke);
    stroke-width: 0.9;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    transition: stroke-width 120ms ease;
  }
  .region .hatch {
    stroke: none;
    pointer-events: none;
  }
  .lvl-0 .shape {
    fill: var(--_fse-color-silhouette);
  }
  .region.organ.lvl-0 .shape {
    fill: var(--_fse-color-heat-0);
  }
  .lvl-1 .shape {
    fill: var(--_fse-color-heat-1);
    stroke-width: 1.1;
  }
  .lvl-2 .shape {
    fill: var(--_fse-color-heat-2);
    stroke-width: 1.4;
  }
  .lvl-3 .shape {
    fill: var(--_fse-color-heat-3);
    stroke-width: 1.8;
    stroke: var(--_fse-color-text);
  }
  .lvl-4 .shape {
    fill: var(--_fse-color-heat-4);
    stroke-width: 2.2;
    stroke: var(--_fse-color-text);
  }
  /* Levels 3 and 4 carry a hatch too, so the scale reads in greyscale; in forced colours every level does. */
  .lvl-0 .hatch,
  .lvl-1 .hatch,
  .lvl-2 .hatch {
    display: none;
  }
  pattern path {
    stroke: var(--_fse-color-surface);
    stroke-opacity: 0.4;
    stroke-width: 1;
    fill: none;
  }
  .region:hover .shape {
    stroke: var(--_fse-color-primary);
    stroke-width: 2.5;
  }
  .region[aria-pressed='true'] .shape {
    stroke: var(--_fse-color-selection);
    stroke-width: 3.5;
  }
  .region:focus-visible .shape {
    stroke: var(--_fse-color-focus);
    stroke-width: 4;
  }
  .badge {
    pointer-events: none;
    transform-box: fill-box;
    transform-origin: center;
  }
  @container (max-width: 22rem) {
    .badge {
      transform: scale(1.2);
    }
    .toolbar button.fse-button {
      font-size: var(--_fse-font-size-small);
      padding-inline: 0.5em;
    }
  }
  .badge circle {
    fill: var(--_bm-badge);
    stroke: var(--_fse-color-surface);
    stroke-width: 1.5;
  }
  .badge.is-selected circle {
    fill: var(--_fse-color-selection);
    stroke: var(--_bm-badge);
  }
  .badge text {
    fill: var(--_bm-badge-text);
    font-family: var(--_fse-font-family);
    font-weight: 700;
    font-size: 10.5px;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .badge.is-selected text {
    fill: var(--_fse-color-on-primary);
  }

  /* ── regions that are not a place ── */
  .other {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .other-title,
  .legend-title {
    font-size: var(--_fse-font-size-small);
    font-weight: 600;
    color: var(--_fse-color-text-muted);
  }
  button.place {
    font: inherit;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    inline-size: 100%;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_bm-stroke);
    border-radius: var(--_fse-radius);
    color: var(--_fse-color-text);
    background: var(--_fse-color-surface-raised);
    text-align: start;
    cursor: pointer;
  }
  button.place .swatch {
    flex: none;
  }
  button.place .name {
    flex: 1;
    min-inline-size: 0;
  }
  button.place:hover {
    border-color: var(--_fse-color-primary);
  }
  button.place[aria-pressed='true'] {
    border-color: var(--_fse-color-selection);
    box-shadow: inset 0 0 0 2px var(--_fse-color-selection);
    font-weight: 600;
  }
  .count {
    flex: none;
    min-inline-size: 1.6em;
    padding: 0 0.4em;
    border-radius: 999px;
    background: var(--_bm-badge);
    color: var(--_bm-badge-text);
    font-weight: 700;
    font-size: var(--_fse-font-size-small);
    text-align: center;
    line-height: 1.5;
  }
  .count.zero {
    background: transparent;
    color: var(--_fse-color-text-muted);
    border: 1px solid var(--_fse-color-border);
    font-weight: 400;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.1rem;
    block-size: 1.1rem;
    vertical-align: middle;
  }

  /* ── legend, summary ── */
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem 0.4rem;
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .legend .steps {
    display: inline-flex;
    gap: 2px;
  }
  .legend .group {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    white-space: nowrap;
  }
  .summary,
  .rule {
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
  }
  .selection {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.4rem;
    padding: 0.4rem 0.6rem;
    border-inline-start: 4px solid var(--_fse-color-selection);
    background: var(--_fse-color-primary-soft);
    border-radius: var(--_fse-radius);
  }

  .selection button.clear {
    min-block-size: 1.9rem;
    font-size: var(--_fse-font-size-small);
  }

  /* ── list alternative ── */
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    inline-size: 100%;
  }
  .list button.item {
    font: inherit;
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.15rem 0.5rem;
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-raised);
    color: var(--_fse-color-text);
    text-align: start;
    cursor: pointer;
  }
  .list button.item:hover {
    border-color: var(--_fse-color-primary);
  }
  .list button.item[aria-pressed='true'] {
    border-color: var(--_fse-color-selection);
    box-shadow: inset 0 0 0 2px var(--_fse-color-selection);
  }
  .list .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .list .latest {
    grid-column: 2 / -1;
    font-size: var(--_fse-font-size-small);
    color: var(--_fse-color-text-muted);
    overflow-wrap: anywhere;
  }
  .tip-name {
    display: block;
    font-weight: 700;
  }
  .tip-latest {
    display: block;
    overflow-wrap: anywhere;
  }

  @media (prefers-reduced-motion: reduce) {
    .region .shape {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .figure,
    .swatch {
      forced-color-adjust: none;
    }
    .silhouette,
    .lvl-0 .shape,
    .region.organ.lvl-0 .shape,
    .lvl-1 .shape,
    .lvl-2 .shape,
    .lvl-3 .shape,
    .lvl-4 .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .deco {
      stroke: CanvasText;
    }
    pattern path {
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .lvl-1 .hatch,
    .lvl-2 .hatch {
      display: inline;
    }
    .region:hover .shape {
      stroke: LinkText;
    }
    .region[aria-pressed='true'] .shape {
      stroke: Highlight;
    }
    .region:focus-visible .shape {
      stroke: Highlight;
      stroke-dasharray: 4 2;
    }
    .badge circle {
      fill: CanvasText;
      stroke: Canvas;
    }
    .badge text {
      fill: Canvas;
    }
    .badge.is-selected circle {
      fill: Highlight;
    }
    .badge.is-selected text {
      fill: HighlightText;
    }
    .count {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .count.zero {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    button.place,
    .list button.item {
      border-color: CanvasText;
    }
    button.place[aria-pressed='true'],
    .list button.item[aria-pressed='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 2px Highlight;
    }
  }
`;
