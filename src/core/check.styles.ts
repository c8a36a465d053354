import { css } from 'lit';

/**
 * Fieldsets of boxes to tick (the filter groups, a choice of view): in the filter panel's styles
 * (search/filters.styles.ts) and in the pieces of the widgets that show a choice outside it
 * (pieces.styles.ts), not in the layout every first paint carries.
 */
export const checkStyles = css`
  fieldset {
    border: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: var(--_target);
    padding-block: 0.5em;
    font-weight: 400;
    cursor: pointer;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
`;
