import { css } from 'lit';
import { checkStyles } from './check.styles.js';

/**
 * Small pieces some widgets share and others do not carry: the row of boxes for a choice of view
 * (`renderChoice`), the badges on cards, and plain lists of cards.
 */
export const pieceStyles = css`
  ${checkStyles}
  .plain {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    border: 0;
    padding: 0;
    margin: 0 0 var(--_gap);
  }
  .choice legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .choice .check {
    align-items: center;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.75rem;
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.9em;
  }
`;
