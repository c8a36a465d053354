import { css } from 'lit';

/** The board's own styles (the shared ones are in core/). */
export const boardStyles = css`
  .commune {
    font-size: 1.05em;
    margin: var(--_gap) 0 0.5rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    margin-bottom: 0.5rem;
  }
  .map {
    height: var(--carif-map-height, 22rem);
    margin-bottom: var(--_gap);
  }
`;
