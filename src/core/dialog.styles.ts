import { css } from 'lit';
import { contactStyles } from './contact.js';

/** Styles of a detail dialog; widgets adopt them when their (lazily loaded) detail module arrives. */
export const detailStyles = css`
  dialog {
    width: min(48rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--carif-color-text, #1e1e1e);
    font: inherit;
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-head {
    position: sticky;
    top: 0;
    display: flex;
    gap: var(--_gap);
    justify-content: space-between;
    align-items: start;
    padding: var(--_gap);
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
  }
  .dialog-head h2 {
    font-size: 1.25em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* "Fermer" on one line, whatever the length of the title beside it. */
  .dialog-head .button {
    flex-shrink: 0;
    white-space: nowrap;
  }
  .dialog-body {
    padding: var(--_gap);
    display: grid;
    gap: var(--_gap);
  }
  ${contactStyles}
  .dialog-body h3 {
    font-size: 1.05em;
    margin-block-end: 0.25em;
  }
  .rich :is(p, ul, ol) {
    margin-block: 0.4em;
  }
  .sessions {
    padding-inline-start: 1.2em;
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    dialog {
      display: none !important;
    }
  }
`;

