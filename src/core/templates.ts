import { html, nothing, type TemplateResult } from 'lit';
import type { CoreStrings } from './i18n.js';

/** Small templates shared by the widgets. */

/** A definition-list row, or nothing when there is no value. */
export const fact = (term: string, value: unknown): TemplateResult | typeof nothing =>
  value || value === 0 ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : nothing;

/**
 * What opens a result's detail: with `sync-url`, a link to the result's permalink (a plain click
 * opens the dialog; Ctrl, Shift or the middle button open the link as the browser does), else a
 * button. `cls` and `part` name it; `text` is what it says and `label` its accessible name.
 */
export function detailsLink(o: { link?: string; cls: string; part?: string; label?: string; text: unknown; open: (opener: HTMLElement) => void }): TemplateResult {
  const click = (e: MouseEvent) => {
    // A link opened in a new tab or window is the browser's; a button always opens the dialog.
    if (o.link && (e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey)) return;
    e.preventDefault();
    o.open(e.currentTarget as HTMLElement);
  };
  return o.link
    ? html`<a class=${o.cls} part=${o.part ?? nothing} href=${o.link} aria-label=${o.label ?? nothing} aria-haspopup="dialog" @click=${click}>${o.text}</a>`
    : html`<button type="button" class=${o.cls} part=${o.part ?? nothing} aria-label=${o.label ?? nothing} aria-haspopup="dialog" @click=${click}>${o.text}</button>`;
}

/**
 * Page navigation: previous, the first and last pages, the current one and its neighbours, "…"
 * for the pages between (hidden from screen readers, which hear "Page 5, page actuelle"), next.
 */
export function renderPagination(page: number, pages: number, s: CoreStrings, go: (page: number) => void): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const numbers: number[] = [];
  // A gap of one page shows that page rather than "…".
  for (let n = 1; n <= pages; n++) {
    if (n < 2 || n === pages || Math.abs(n - page) < (n === 2 || n === pages - 1 ? 3 : 2)) numbers.push(n);
    else if (numbers.at(-1)) numbers.push(0);
  }
  return html`<nav class="pagination" part="pagination" aria-label=${s.pagination}>
    <button type="button" class="button" part="button" ?disabled=${page <= 1} @click=${() => go(page - 1)}>${s.previous}</button>
    <ul>
      ${numbers.map((n) =>
        n
          ? html`<li><button type="button" class="button ${n === page ? 'primary' : ''}" part="button" aria-label=${s.goToPage(n, n === page)} aria-current=${n === page ? 'page' : 'false'} @click=${() => go(n)}>${n}</button></li>`
          : html`<li aria-hidden="true">…</li>`,
      )}
    </ul>
    <button type="button" class="button" part="button" ?disabled=${page >= pages} @click=${() => go(page + 1)}>${s.next}</button>
  </nav>`;
}

/**
 * A choice between a few ways to see the results (radios shown as a row of boxes): the fieldset
 * has the class and part `part`, its radios the name `name`.
 */
export function renderChoice<V extends string>(o: { part: string; name: string; legend: string; value: V; options: readonly (readonly [V, string])[]; onChange: (value: V) => void }): TemplateResult {
  return html`<fieldset class="choice ${o.part}" part=${o.part}>
    <legend>${o.legend}</legend>
    ${o.options.map(([v, text]) => html`<label class="check"><input type="radio" name=${o.name} .value=${v} .checked=${o.value === v} @change=${() => o.onChange(v)} /> ${text}</label>`)}
  </fieldset>`;
}
