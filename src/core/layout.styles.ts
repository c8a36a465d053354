import { css } from 'lit';

/**
 * The layout shared by the search widgets: search box, filter panel (a toggle on phones, a side
 * column from 48rem of container width), result cards with facts, pagination, print rules. What
 * only the panel's controls need comes with their code (search/filters.styles.ts).
 */
export const layoutStyles = css`
  .title {
    font-size: 1.5em;
    margin-block-end: 0.5em;
    color: var(--_primary);
  }
  label {
    font-weight: 600;
  }
  .search {
    margin-block-end: var(--_gap);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
  }
  input[type='search'],
  input[type='text'],
  input[type='date'],
  select {
    min-height: var(--_target);
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-width: 100%;
  }
  .search-row input {
    flex: 1 1 12em;
    min-width: 0;
  }
  .skip-link:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip-link {
    margin-block-end: 0.5rem;
  }
  .layout {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  .filters {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_gap);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    align-self: start;
  }
  @container (max-width: 47.99rem) {
    .filters:not(.open) {
      display: none;
    }
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
    }
    .filters-toggle,
    .show-results {
      display: none !important;
    }
    .results {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
  }
  .button.small {
    min-height: var(--_target);
    padding: 0.25em 0.75em;
    font-size: 0.95em;
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_gap);
    align-items: end;
    justify-content: space-between;
  }
  .results-heading {
    font-size: 1.25em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  .sort {
    display: flex;
    flex-direction: column;
    font-weight: 400;
  }
  .list {
    list-style: none;
    padding: 0;
    margin: var(--_gap) 0 0;
    display: grid;
    /* One column as wide as the list: a card's remembered size (contain-intrinsic-size: auto) must not widen it after a resize. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .list[aria-busy='true'] {
    opacity: 0.6;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
    overflow-wrap: anywhere;
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
  }
  .card-title {
    font-size: 1.1em;
    margin-block-end: 0.5em;
  }
  .facts {
    display: grid;
    gap: 0.25em;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: '\u202f:';
  }
  :host(:lang(en)) .facts dt::after {
    content: ':';
  }
  .card-contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: center;
    margin-block-start: var(--_gap);
  }
  .pagination ul {
    list-style: none;
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .print-only {
    display: none;
  }
  /* Windows high contrast: backgrounds and shadows are dropped, so states are drawn in system colours. */
  @media (forced-colors: active) {
    .button[aria-current='page'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  /*
   * Paper: no controls (buttons, map, sort, pager) but the words searched and the filters chosen,
   * each result whole, a heading kept with what follows, web addresses written out.
   */
  @media print {
    button:not(.link-button),
    .tools,
    .pagination,
    .map,
    .choice,
    .card-contact:not(.printed),
    .search:has(:placeholder-shown),
    .filters:not(:has([type='checkbox']:checked, .near)),
    .filters fieldset:not(:has(input:checked, .near)),
    .filters .check:not(:has(:checked)) {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .check,
    .button {
      min-height: 0;
      padding: 0;
      border: 0;
    }
    .print-only {
      display: revert;
    }
    .card {
      break-inside: avoid;
      content-visibility: visible;
    }
    h2,
    h3,
    h4,
    h5 {
      break-after: avoid;
    }
    a[href^='http']:not([aria-haspopup])::after {
      content: ' (' attr(href) ')';
    }
  }
`;
