import { html, nothing, type TemplateResult } from 'lit';
import type { CoreStrings } from './i18n.js';

/** Small templates shared by the widgets. */

/** A definition-list row, or nothing when there is no value. */
export const fact = (term: string, value: unknown): TemplateResult | typeof nothing =>
  value || value === 0 ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : nothing;

/** A checkbox with its label, as a big click target. */
export const checkbox = (name: string, checked: boolean, text: unknown, onChange: (checked: boolean) => void, value = 'on'): TemplateResult =>
  html`<label class="check"><input type="checkbox" name=${name} .value=${value} .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} /> ${text}</label>`;

/** Page navigation: previous, up to five numbered pages (the current one marked), next. */
export function renderPagination(page: number, pages: number, s: CoreStrings, go: (page: number) => void): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const from = Math.max(1, Math.min(page - 2, pages - 4));
  const numbers = Array.from({ length: Math.min(5, pages) }, (_, i) => from + i);
  return html`<nav class="pagination" part="pagination" aria-label=${s.pagination}>
    <button type="button" class="button" part="button" ?disabled=${page <= 1} @click=${() => go(page - 1)}>${s.previous}</button>
    <ul>
      ${numbers.map(
        (n) => html`<li>
          <button type="button" class="button ${n === page ? 'primary' : ''}" part="button" aria-label=${s.goToPage(n)} aria-current=${n === page ? 'page' : 'false'} @click=${() => go(n)}>${n}</button>
        </li>`,
      )}
    </ul>
    <button type="button" class="button" part="button" ?disabled=${page >= pages} @click=${() => go(page + 1)}>${s.next}</button>
  </nav>`;
}
