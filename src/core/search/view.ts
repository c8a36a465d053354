import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { CarifResultsDetail } from '../events.js';
import { errorMessage, renderEmpty, renderError, renderLoading, renderSampleNotice } from '../states.js';
import type { SearchWords } from '../i18n.js';
import { isAbort } from '../../data/errors.js';
import type { FacetedSearch } from './search.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySearch<V extends CarifResultsDetail = any> = FacetedSearch<any, any, any, V>;

/** The widget's heading, when it has one. */
export const renderTitle = (heading: string): TemplateResult | typeof nothing => (heading ? html`<h2 class="title" part="title">${heading}</h2>` : nothing);

/** The words of a widget the search view says: the shared ones and its search box's. */
export type ViewWords = SearchWords & { searchLabel: string; searchPlaceholder: string };

/** The keyword box, unless hidden. */
export function renderSearchBox(search: AnySearch, t: ViewWords): TemplateResult | typeof nothing {
  return search.isHidden('search') ? nothing : search.text.render(t.searchLabel, t.searchPlaceholder, t.searchButton);
}

/**
 * A skip link past the filters, then the filters and the results side by side (from 48rem of
 * container width), the filters behind a toggle button on narrow screens.
 */
export function renderSearchLayout(search: AnySearch, t: ViewWords, filters: unknown, results: TemplateResult, resultsClass = ''): TemplateResult {
  // \`filters\` is undefined while the panel's code loads (core/search/lazy-panel.ts); the panel stays busy until its first counts are in.
  const open = search.filtersOpen;
  const n = search.activeCount;
  return html`<button type="button" class="button skip-link" part="button skip-link" @click=${() => search.focusHeading()}>${search.o.core().skipToResults}</button>
    <div class="layout">
      <button type="button" class="button filters-toggle" part="button filters-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="filters" @click=${() => search.toggleFilters()}>${open ? t.hideFilters : t.showFilters(n)}</button>
      <div id="filters" class="filters ${open ? 'open' : ''}" part="filters" role="group" aria-label=${t.filters} aria-busy=${filters === undefined || !search.countsShown ? 'true' : nothing}>
        ${filters}
      </div>
      <section class="results ${resultsClass}" part="results" aria-labelledby="results-heading">${results}</section>
    </div>`;
}

/** Whether the last answer is on screen (not loading, not failed). */
export const answered = (search: AnySearch): boolean => search.results.value !== undefined && search.results.status === TaskStatus.COMPLETE;

/**
 * The head of the results: a heading that says how many (focused after a page change), the
 * tools (sort, export, map, print), a polite live region (the count, or a notice when there is one:
 * a region that is always there is read out when its words change), the sample-data notice, and for paper
 * the date and the page printed (`page`, e.g. "Page 1 sur 10").
 */
export function renderResultsHead(search: AnySearch, o: { summary: string; heading: string; tools?: unknown; live?: string; page?: string }): TemplateResult {
  const failed = search.results.status === TaskStatus.ERROR;
  const core = search.o.core();
  return html`<div class="results-head">
      <h2 id="results-heading" tabindex="-1" class="results-heading" part="summary">${search.results.value && !failed ? o.summary : o.heading}</h2>
      <div class="tools">
        ${o.tools ?? nothing}
        <button type="button" class="button print" part="button print-button" @click=${() => window.print()}>${core.print}</button>
      </div>
    </div>
    <p class="print-only dated">${core.printed(new Date())}${o.page ? `. ${o.page}` : ''}</p>
    <div class="visually-hidden" role="status" aria-live="polite">${search.notice || (answered(search) ? (o.live ?? o.summary) : '')}</div>
    ${renderSampleNotice(search.sample, core)} ${search.notice ? html`<p class="notice">${search.notice}</p>` : nothing}
    ${search.results.value?.credit ? html`<p class="muted attribution" part="attribution">${search.results.value.credit}</p>` : nothing}`;
}

/**
 * The results in their states: loading, the list (kept, marked busy, while the next answer
 * loads), empty, or an error with a retry button.
 */
export function renderStates<V extends CarifResultsDetail>(search: AnySearch<V>, o: { list: (v: V, busy: boolean) => unknown; empty: string; isEmpty?: (v: V) => boolean }): unknown {
  const core = search.o.core();
  const value = search.results.value;
  const isEmpty = o.isEmpty ?? ((v: V) => !v.items.length);
  return search.results.render({
    initial: () => renderLoading(core),
    pending: () => (value ? o.list(value, true) : renderLoading(core)),
    complete: (v) => (isEmpty(v) ? renderEmpty(o.empty) : o.list(v, false)),
    error: (error) => (isAbort(error) ? renderLoading(core) : renderError(errorMessage(error, core, search.o.apiBase()), core, () => search.retry())),
  });
}
