import { css } from 'lit';

export const journeyStyles = css`
  .journey {
    display: grid;
    /* one column that no long word of a child (a name in the family links, a title in the news) can widen */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_fse-space) * 2);
    container: journey / inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_fse-space) calc(var(--_fse-space) * 3);
    padding: calc(var(--_fse-space) * 2);
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-raised);
  }
  .who {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .name {
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.2;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0.25em 0 0;
    color: var(--_fse-color-text-muted);
  }
  .facts div {
    display: flex;
    gap: 0.4em;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }
  .cf {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
  }
  .looking {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_fse-space);
  }
  .viewer {
    padding: 0.2em 0.75em;
    border: 1px solid var(--_fse-color-primary);
    border-radius: 999px;
    color: var(--_fse-color-primary);
    font-weight: 600;
    white-space: nowrap;
  }
  .viewer--emergency {
    border-color: var(--_fse-color-danger);
    border-width: 2px;
    color: var(--_fse-color-danger);
  }
  .whose {
    margin: 0 0 0.25em;
    font-weight: 600;
    color: var(--_fse-color-primary);
  }
  .family {
    display: grid;
    gap: var(--_fse-space);
    overflow-wrap: anywhere;
  }
  .family ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fse-space) calc(var(--_fse-space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .family li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .family-as,
  .family-state {
    margin: 0;
    color: var(--_fse-color-text-muted);
  }
  .family-state.failed {
    color: var(--_fse-color-danger);
  }
  .family button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .summary,
  .note,
  .note p {
    margin: 0;
  }
  .note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.5em 0.75em;
    border-left: 6px solid var(--_fse-color-danger);
    background: var(--_fse-color-danger-soft);
  }
  /* "Novità" since the last visit */
  .news {
    padding: calc(var(--_fse-space) * 1.5) calc(var(--_fse-space) * 2);
    border: 1px solid var(--_fse-color-border);
    border-left: 6px solid var(--_fse-color-primary);
    border-radius: var(--_fse-radius);
    background: var(--_fse-color-surface-raised);
  }
  .news-since,
  .news-empty {
    margin: 0.25em 0 0.5em;
    color: var(--_fse-color-text-muted);
  }
  .news-empty {
    margin-block-end: 0;
  }
  .news-list,
  .news-docs {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .news-item + .news-item {
    border-top: 1px solid var(--_fse-color-border);
  }
  .news-open {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0 0.5em;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5em 0.25em;
    border: 0;
    background: none;
    color: var(--_fse-color-primary);
    font: inherit;
    text-align: start;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .news-open:hover .news-what {
    text-decoration: underline;
  }
  .news-what {
    font-weight: 600;
  }
  .news-when {
    color: var(--_fse-color-text);
  }
  /* the kind as a shape, not only a colour: a square document, a round booking, a diamond access */
  .news-kind {
    flex: none;
    inline-size: 0.7em;
    block-size: 0.7em;
    align-self: center;
    border: 2px solid currentColor;
  }
  .news-kind--booking {
    border-radius: 50%;
  }
  .news-kind--prescription {
    background: currentColor;
  }
  .news-kind--access {
    transform: rotate(45deg);
  }
  .news-entry {
    padding: 0 0.25em 0.75em 1.5em;
  }
  .news-facts {
    display: grid;
    gap: 0.25em;
    margin: 0 0 0.5em;
  }
  .news-facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .news-facts dt {
    font-weight: 600;
  }
  .news-facts dt::after {
    content: ':';
  }
  .news-facts dd {
    margin: 0;
  }
  .news-read {
    margin: 0 0 0.25em;
  }
  .news-docs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .grid {
    display: grid;
    gap: calc(var(--_fse-space) * 2);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'body' 'paths' 'timeline';
  }
  @container journey (min-width: 760px) {
    .grid {
      grid-template-columns: var(--fse-journey-sidebar, 18rem) minmax(0, 1fr);
      grid-template-areas: 'body paths' 'timeline timeline';
    }
  }
  .panel {
    min-inline-size: 0;
  }
  .document {
    grid-area: document;
    border: 1px solid var(--_fse-color-border);
    border-radius: var(--_fse-radius);
    padding: calc(var(--_fse-space) * 2);
    background: var(--_fse-color-surface);
  }
  .has-document .grid {
    grid-template-areas: 'body' 'paths' 'timeline' 'document';
  }
  @container journey (min-width: 760px) {
    .has-document .grid {
      grid-template-areas: 'body paths' 'timeline timeline' 'document document';
    }
  }
  @container journey (min-width: 1100px) {
    .has-document .grid {
      grid-template-columns: var(--fse-journey-sidebar, 18rem) minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas: 'body paths paths' 'timeline timeline document';
    }
    .has-document .document {
      position: sticky;
      top: 0;
      max-block-size: 100vh;
      overflow: auto;
      align-self: start;
    }
  }
  /* Phones: the document is a full-screen sheet over the journey. */
  .document.sheet {
    position: fixed;
    inset: 0;
    z-index: 20;
    overflow: auto;
    border: 0;
    border-radius: 0;
    max-block-size: none;
  }
  @media print {
    .has-document .grid > :not(.document),
    .has-document > :not(.grid) {
      display: none !important;
    }
    .document,
    .document.sheet {
      position: static;
      border: 0;
      padding: 0;
      overflow: visible;
      max-block-size: none;
    }
  }
  .body {
    grid-area: body;
  }
  .paths {
    grid-area: paths;
  }
  .timeline {
    grid-area: timeline;
  }
  .heading {
    margin: 0 0 var(--_fse-space);
    font-size: 1.15rem;
    font-weight: 700;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_fse-space);
    margin: 0 0 var(--_fse-space);
    border-block-end: 1px solid var(--_fse-color-border);
  }
  .tab {
    appearance: none;
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.25em 0.75em;
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    color: var(--_fse-color-text);
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_fse-color-primary);
    color: var(--_fse-color-primary);
    font-weight: 700;
  }
  .tab:focus-visible {
    outline: 3px solid var(--_fse-color-focus);
    outline-offset: -2px;
  }
  .tabpanel[hidden] {
    display: none;
  }
  .fold {
    display: flex;
    align-items: center;
    gap: 0.5em;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .fold-mark {
    inline-size: 0.6em;
    block-size: 0.6em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .fold[aria-expanded='true'] .fold-mark {
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .fold-mark {
      transition: none;
    }
  }
  .fold:focus-visible {
    outline: 3px solid var(--_fse-color-focus);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_fse-space);
    margin: 0 0 var(--_fse-space);
    padding: 0;
    list-style: none;
  }
  .links[hidden] {
    display: none;
  }
  .links li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding-inline-start: 0.75em;
    border: 1px solid var(--_fse-color-primary);
    border-radius: 999px;
    background: var(--_fse-color-primary-soft);
  }
  .links .chip {
    border-radius: 999px;
    min-block-size: 2rem;
    min-inline-size: 2rem;
    justify-content: center;
  }
`;
