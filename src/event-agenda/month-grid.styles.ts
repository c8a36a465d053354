import { css } from 'lit';

/** Styles of the month grid, adopted when its module loads (month-grid.ts). */
export const gridStyles = css`
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
