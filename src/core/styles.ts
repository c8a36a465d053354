import { css } from 'lit';

/**
 * Theme tokens and the reset that keeps the host page's styles out. Every colour, radius and font
 * comes from a `--carif-*` custom property, so a partner restyles with CSS alone. Default colours
 * pass WCAG AA contrast (4.5:1) on the default background.
 */
export const baseStyles = css`
  :host {
    /* Inherited properties a host page may set that would disturb the widget. */
    all: initial;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--carif-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--carif-font-size, medium);
    line-height: 1.5;
    color: var(--carif-color-text, #1e1e1e);
    background: var(--carif-color-background, transparent);
    text-align: start;
    -webkit-text-size-adjust: 100%;
    --_primary: var(--carif-color-primary, #1d4f91);
    --_on-primary: var(--carif-color-on-primary, #ffffff);
    --_muted: var(--carif-color-muted, #555555);
    --_border: var(--carif-color-border, #8a8a8a);
    --_surface: var(--carif-color-surface, #ffffff);
    --_surface-alt: var(--carif-color-surface-alt, #f3f5f8);
    --_error: var(--carif-color-error, #b3261e);
    --_success: var(--carif-color-success, #1b6e3a);
    --_focus: var(--carif-color-focus, #0a58ca);
    --_radius: var(--carif-radius, 0.5rem);
    --_gap: var(--carif-spacing, 1rem);
    --_target: var(--carif-target-size, 2.75rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  h2,
  h3,
  h4,
  h5,
  p,
  ul,
  ol,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.4em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* A hidden heading a skip link sends the focus to shows itself, so that the focus can be seen. */
  .visually-hidden:focus {
    position: static !important;
    width: auto;
    height: auto;
    margin: 0;
    overflow: visible;
    clip: auto;
    white-space: normal;
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .state {
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    margin-block: var(--_gap);
  }
  .state.error {
    border-inline-start: 4px solid var(--_error);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
    justify-content: space-between;
  }
  .notice {
    font-size: 0.875em;
    color: var(--_muted);
    margin-block: 0.5em;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 3px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: carif-spin 0.8s linear infinite;
    vertical-align: -0.15em;
  }
  @keyframes carif-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
