import { css, unsafeCSS } from 'lit';
import { COLLAPSED_H } from './renderer.js';

/** Styles of `<fse-timeline>` on top of the shared theme and base styles. */
export const timelineStyles = css`
  :host {
    --_tl-label-w: var(--fse-timeline-label-width, clamp(7rem, 28%, 13rem));
    /* An expanded lane: at least 28 px (the renderer reads it from .lane-probe). */
    --_tl-lane-h: max(28px, var(--fse-timeline-lane-height, 44px));
    --_tl-table-h: var(--fse-timeline-table-height, 22rem);
    contain: layout style;
  }
  .summary {
    margin: 0 0 0.5rem;
    color: var(--_fse-color-text-muted);
    font-size: var(--_fse-font-size-small);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    margin-block-end: 0.5rem;
  }
  .toolbar .group {
    display: inline-flex;
    gap: 0.25rem;
    flex-wrap: wrap;
  }
  .toolbar .range {
    margin-inline-start: auto;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .frame {
    container: tl-frame / inline-size;
    position: relative;
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface);
    overflow: hidden;
    user-select: none;
    -webkit-user-select: none;
  }
  .axis {
    position: relative;
    margin-inline-start: var(--_tl-label-w);
    block-size: 40px;
    border-block-end: 1px solid var(--_fse-color-border);
    overflow: hidden;
    font-size: 0.78rem;
    color: var(--_fse-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .tick {
    position: absolute;
    inset-block: 0;
    inline-size: 0;
    border-inline-start: 1px solid var(--_fse-color-border);
  }
  .tick span {
    position: absolute;
    inset-block-start: 6px;
    inset-inline-start: 4px;
    white-space: nowrap;
  }
  .tick.major {
    border-inline-start-color: var(--_fse-color-border-strong);
  }
  .tick.major span {
    color: var(--_fse-color-text);
    font-weight: 600;
  }
  .marker {
    position: absolute;
    inset-block: 0;
    inline-size: 0;
    border-inline-start: 2px solid var(--_fse-color-today);
  }
  .marker span {
    position: absolute;
    inset-block-end: 1px;
    inset-inline-start: 3px;
    padding: 0 3px;
    line-height: 1.2;
    border-radius: 3px;
    background: var(--_fse-color-surface);
    color: var(--_fse-color-today);
    font-weight: 700;
    white-space: nowrap;
  }
  .marker.end span {
    inset-inline-start: auto;
    inset-inline-end: 3px;
  }
  .marker.birth {
    border-inline-start-color: var(--_fse-color-text-muted);
  }
  .marker.birth span {
    color: var(--_fse-color-text);
  }
  /* Over the lanes, below the axis (40 px, its border inside): as tall as the lanes, in CSS (a server render carries it). */
  .plot {
    position: absolute;
    inset-inline-start: var(--_tl-label-w);
    inset-inline-end: 0;
    inset-block-start: 40px;
    inset-block-end: 0;
    touch-action: none;
    cursor: grab;
  }
  .plot:active {
    cursor: grabbing;
  }
  canvas {
    display: block;
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .grid {
    position: relative;
    pointer-events: none;
  }
  .row {
    position: relative;
    display: flex;
    block-size: var(--_tl-lane-h);
    border-block-end: 1px solid var(--_fse-color-border);
  }
  .row.collapsed {
    block-size: ${unsafeCSS(COLLAPSED_H)}px;
  }
  .row:last-child {
    border-block-end: 0;
  }
  .lane-head {
    flex: none;
    inline-size: var(--_tl-label-w);
    display: flex;
    align-items: center;
    padding-inline: 0.25rem;
    border-inline-end: 1px solid var(--_fse-color-border);
    background: var(--_fse-color-surface-sunken);
  }
  .lane-head button {
    pointer-events: auto;
    font: inherit;
    font-size: var(--_fse-font-size-small);
    display: flex;
    align-items: center;
    gap: 0.35rem;
    inline-size: 100%;
    min-block-size: 24px;
    padding: 0.1rem 0.25rem;
    border: 0;
    border-radius: 4px;
    background: transparent;
    color: var(--_fse-color-text);
    text-align: start;
    cursor: pointer;
  }
  .lane-head button:hover {
    background: var(--_fse-color-primary-soft);
  }
  .lane-head .label {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-height: 1.15;
    /* a lane name breaks between words, never inside one (narrow frames show the icon alone) */
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }
  .lane-head .count {
    color: var(--_fse-color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .chev {
    flex: none;
    transition: transform 0.15s;
  }
  .row.collapsed .chev {
    transform: rotate(-90deg);
  }
  .cells {
    position: relative;
    flex: 1;
  }
  .cursor {
    position: absolute;
    inset-block-start: 50%;
    inline-size: 26px;
    block-size: 26px;
    margin-block-start: -13px;
    margin-inline-start: -13px;
    border-radius: 50%;
    pointer-events: none;
  }
  .cursor:focus {
    outline: none;
  }
  .cursor:focus-visible,
  .cursor.focused {
    outline: 3px solid var(--_fse-color-focus);
    outline-offset: 1px;
  }
  .cursor.off {
    visibility: hidden;
  }
  .tip-title {
    display: block;
    font-weight: 700;
    margin-block-end: 0.15rem;
  }
  .tip dl {
    margin: 0.25rem 0 0;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.1rem 0.5rem;
  }
  .tip dt {
    color: var(--_fse-color-text-muted);
  }
  .tip dd {
    margin: 0;
  }
  .tip .phases {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
  }
  .tip .approx {
    font-style: italic;
  }
  .empty {
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
  }
  .table-wrap {
    margin-block-start: 0.75rem;
    max-block-size: var(--_tl-table-h);
    overflow: auto;
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_fse-font-size-small);
  }
  caption {
    text-align: start;
    padding: 0.5rem 0.75rem;
    font-weight: 600;
  }
  th,
  td {
    padding: 0 0.6rem;
    block-size: 36px;
    text-align: start;
    border-block-end: 1px solid var(--_fse-color-border);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    max-inline-size: 22rem;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_fse-color-surface-sunken);
    z-index: 1;
  }
  th button {
    font: inherit;
    font-weight: 700;
    border: 0;
    background: transparent;
    color: inherit;
    padding: 0.2rem 0;
    cursor: pointer;
  }
  tbody tr.data:hover {
    background: var(--_fse-color-primary-soft);
  }
  tbody tr.selected {
    background: var(--_fse-color-primary-soft);
    box-shadow: inset 4px 0 0 var(--_fse-color-selection);
  }
  td .icon {
    vertical-align: -2px;
    margin-inline-end: 0.3rem;
  }
  .undated {
    margin-block-start: 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_fse-color-border);
    border-radius: var(--_fse-radius);
  }
  .undated-title {
    margin: 0 0 0.25rem;
  }
  .undated ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.2rem;
  }
  .undated li .icon {
    vertical-align: -2px;
    margin-inline-end: 0.3rem;
  }
  .undated .muted,
  td .muted {
    color: var(--_fse-color-text-muted);
  }
  .undated button.link,
  td button.link {
    font: inherit;
    border: 0;
    background: transparent;
    color: var(--_fse-color-primary);
    text-decoration: underline;
    padding: 0;
    cursor: pointer;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  .probes {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }
  .probe {
    forced-color-adjust: none;
  }
  .lane-probe {
    display: block;
    block-size: var(--_tl-lane-h);
  }
  /* A phone: the lanes keep their icon, count and accessible name; the plot gets the width. */
  @container tl-frame (max-width: 480px) {
    .axis,
    .plot,
    .lane-head {
      --_tl-label-w: 4.25rem;
    }
    .lane-head .label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .lane-head button {
      gap: 0.2rem;
      padding-inline: 0.1rem;
    }
    .lane-head .count {
      font-size: 0.75rem;
    }
  }
  @media (forced-colors: active) {
    .probe {
      color: CanvasText !important;
    }
    .probe[data-k='surface'] {
      color: Canvas !important;
    }
    .probe[data-k='selection'],
    .probe[data-k='focus'],
    .probe[data-k='highlight'] {
      color: Highlight !important;
    }
    .cursor:focus-visible,
    .cursor.focused {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .chev {
      transition: none;
    }
  }
  @media print {
    .frame,
    .toolbar {
      display: none !important;
    }
    .table-wrap {
      display: block !important;
      max-block-size: none;
      overflow: visible;
      border: 0;
    }
  }
`;
