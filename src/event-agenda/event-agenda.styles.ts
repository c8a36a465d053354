import { css } from 'lit';

/** Styles of the agenda: view switch, day groups, the month grid, the compact block. */
export const agendaStyles = css`
  .month-title {
    font-size: 1.15em;
    margin: var(--_gap) 0 0.25rem;
  }
  .day-title {
    font-size: 1em;
    margin: 0.75rem 0 0.5rem;
    color: var(--_muted);
  }
  .when {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    margin-bottom: 0.5rem;
  }
  .field-error {
    color: var(--_error);
    margin: 0;
  }
  /* The month grid. */
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .month-nav h3 {
    margin: 0;
    font-size: 1.15em;
  }
  .month-title::first-letter,
  .day-title::first-letter,
  .month-nav h3::first-letter {
    text-transform: uppercase;
  }
  table.grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .grid th {
    font-size: 0.85em;
    color: var(--_muted);
    padding: 0.25rem 0;
    text-transform: capitalize;
  }
  .grid td {
    vertical-align: top;
    border: 1px solid var(--_border);
    height: 4.5rem;
    min-width: var(--_target);
    padding: 0.2rem;
    cursor: pointer;
    overflow: hidden;
  }
  .grid td.out {
    background: var(--_surface-alt);
    color: var(--_muted);
  }
  .grid td.today .num {
    background: var(--_primary);
    color: var(--_on-primary);
    border-radius: 999px;
    padding: 0 0.35em;
  }
  .grid td[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_primary);
  }
  .grid td:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .grid .num {
    font-weight: 700;
  }
  .grid .titles {
    list-style: none;
    margin: 0.1rem 0 0;
    padding: 0;
    font-size: 0.75em;
    line-height: 1.25;
  }
  .grid .titles li {
    /* Two lines of each title, cut between words. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: break-word;
    border-inline-start: 3px solid var(--_primary);
    padding-inline-start: 0.2rem;
    margin-bottom: 0.1rem;
  }
  .grid .dot {
    display: none;
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 999px;
    background: var(--_primary);
    margin: 0.2rem auto 0;
  }
  @container (max-width: 36rem) {
    .month-nav h3 {
      order: -1;
      flex: 1 1 100%;
    }
    .grid .titles {
      display: none;
    }
    .grid .dot {
      display: block;
    }
    .grid td {
      height: 3rem;
      text-align: center;
    }
  }
  .day-panel {
    margin-top: var(--_gap);
  }
  /* Compact block for sidebars. */
  .compact-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .compact-list li {
    display: grid;
    grid-template-columns: 3.5rem minmax(0, 1fr);
    gap: 0.75rem;
    align-items: start;
  }
  .date-box {
    display: flex;
    flex-direction: column;
    align-items: center;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    padding: 0.2rem;
    line-height: 1.15;
    text-transform: uppercase;
    font-size: 0.8em;
  }
  .date-box strong {
    font-size: 1.5em;
  }
  /* The compact block's titles are the buttons that open the detail. */
  .link-button {
    all: unset;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    font-weight: 700;
    min-height: 1.5em;
    text-align: start;
  }
  .link-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .compact-list p {
    margin: 0;
  }
  .see-all {
    display: inline-flex;
    margin-top: var(--_gap);
  }
  /* Windows high contrast: today, the chosen day, days of other months and the event dots stay visible. */
  @media (forced-colors: active) {
    .grid td.out {
      color: GrayText;
      border-style: dashed;
    }
    .grid td.today .num,
    .grid .dot {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .grid td[aria-selected='true'] {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
  }
  @media print {
    table.grid {
      display: none;
    }
  }
`;
