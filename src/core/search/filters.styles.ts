import { css } from 'lit';
import { checkStyles } from '../check.styles.js';

/**
 * What only the filter panel's controls need (counts, date fields, the place form, the communes
 * to choose from): added with the panel's code once it loads (lazy-panel.ts), not carried by the
 * first paint.
 */
export const filterStyles = css`
  ${checkStyles}
  .count {
    color: var(--_muted);
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .dates label {
    display: flex;
    flex-direction: column;
    font-weight: 400;
  }
  .place-form,
  .place {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .near {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .choices {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
