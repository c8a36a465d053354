import { html, type TemplateResult } from 'lit';

/** Loaded with the detail modules only (not with the list). */
/** The head of a detail: its title (focused when the dialog opens) and the close button. */
export const renderDialogHead = (title: string, closeLabel: string, onClose: () => void): TemplateResult =>
  html`<div class="dialog-head">
    <h2 id="detail-title" tabindex="-1">${title}</h2>
    <button type="button" class="button" part="button close-button" @click=${onClose}>${closeLabel}</button>
  </div>`;
