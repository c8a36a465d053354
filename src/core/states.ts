import { html, nothing, type TemplateResult } from 'lit';
import { DataError } from '../data/errors.js';
import type { CoreStrings } from './i18n.js';

/** The sentence shown to a person for a data error. */
export function errorMessage(error: unknown, strings: CoreStrings, apiBase: string): string {
  const e = strings.errors;
  if (!(error instanceof DataError)) return e.unknown;
  // Each kind has its sentence; the webmaster's ones name the address or the dataset.
  const said = e[error.kind as keyof typeof e] as string | ((arg: never) => string) | undefined;
  const arg = error.kind === 'rate-limited' ? error.retryAfter : error.kind === 'not-found' ? (error.details.dataset ?? '') : apiBase;
  return typeof said === 'function' ? said(arg as never) : (said ?? e.unknown);
}

/** Loading state: a polite status, replaceable through the `loading` slot. */
export function renderLoading(strings: CoreStrings): TemplateResult {
  return html`<div class="state loading" part="loading" role="status">
    <slot name="loading"><span class="spinner" aria-hidden="true"></span> ${strings.loading}</slot>
  </div>`;
}

/** Empty state, replaceable through the `empty` slot. */
export function renderEmpty(message: string | TemplateResult): TemplateResult {
  return html`<div class="state empty" part="empty"><slot name="empty"><p>${message}</p></slot></div>`;
}

/** Error state with a retry button; the message is replaceable through the `error` slot. */
export function renderError(message: string, strings: CoreStrings, onRetry: () => void): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <slot name="error"><p>${message}</p></slot>
    <button type="button" class="button" part="button retry-button" @click=${onRetry}>${strings.retry}</button>
  </div>`;
}

/** The "sample data" notice shown when the API serves sample data. */
export function renderSampleNotice(show: boolean, strings: CoreStrings): TemplateResult | typeof nothing {
  return show ? html`<p class="notice" part="sample-notice">${strings.sampleData}</p>` : nothing;
}
