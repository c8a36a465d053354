import { css } from 'lit';

/** The venue map's own styles (the shared ones are in core/). */
export const venueStyles = css`
  .intro {
    margin-block-end: var(--_gap);
  }
  .places {
    container-type: inline-size;
  }
  .places-grid {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 44rem) {
    .places-grid {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .map-wrap {
      position: sticky;
      top: 0;
    }
  }
  .map {
    height: var(--carif-map-height, 26rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .card.is-selected {
    border-color: var(--carif-color-accent, #a63a00);
    box-shadow: 0 0 0 2px var(--carif-color-accent, #a63a00);
  }
  .card-title:focus {
    outline: none;
  }
  .card-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .status {
    font-weight: 600;
  }
  .status.open {
    color: var(--_success);
  }
  .hours {
    border-collapse: collapse;
    margin-block: 0.25rem 0.5rem;
  }
  .hours th,
  .hours td {
    text-align: start;
    padding: 0.15rem 0.75rem 0.15rem 0;
    vertical-align: top;
  }
  /* Day names and opening ranges whole at 320 px ("aujourd'hu/i", "9 h–/12 h 30" under the card's anywhere). */
  .hours th,
  .hours .range {
    overflow-wrap: normal;
  }
  .hours .range {
    white-space: nowrap;
  }
  .hours tr.today {
    font-weight: 700;
  }
  .details {
    margin-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  .details h4 {
    margin: 0;
    font-size: 1em;
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .more {
    margin-block-start: var(--_gap);
  }
  @media (forced-colors: active) {
    .card.is-selected {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
  }
  /* Paper: two columns of venues with their week of hours and contacts; no "open now", no route link. */
  @media print {
    .status,
    .badge,
    .hours th span,
    .details > .muted:last-child,
    li:has(> [href*='/directions']) {
      display: none !important;
    }
    .places-grid {
      display: block;
    }
    .list {
      grid-template-columns: 1fr 1fr;
      gap: 0.5rem;
      font-size: 0.8em;
    }
    .card {
      padding: 0.5rem;
    }
    .details {
      display: grid !important;
      margin: 0;
      padding: 0;
      border: 0;
      gap: 0.25rem;
    }
    .hours {
      margin: 0;
    }
    .hours * {
      padding-block: 0 !important;
      font-weight: 400;
    }
  }
`;
