import { css } from 'lit';

/** Styles of the agenda: view switch, day groups, the compact block (the month grid's come with its module). */
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
  .month-title::first-letter,
  .day-title::first-letter {
    text-transform: uppercase;
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
`;
