import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { CarifResultsDetail } from '../events.js';
import { intlLocale, type Lang } from '../i18n.js';
import { errorMessage, renderEmpty, renderError, renderLoading, renderSampleNotice } from '../states.js';
import { renderFacetGroup, renderFilterLayout } from '../templates.js';
import { isAbort } from '../../data/errors.js';
import type { FacetedSearch } from './search.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySearch<V extends CarifResultsDetail = any> = FacetedSearch<any, any, any, V>;

/** The widget's heading, when it has one. */
export const renderTitle = (heading: string): TemplateResult | typeof nothing => (heading ? html`<h2 class="title" part="title">${heading}</h2>` : nothing);

/** The keyword box, unless hidden. */
export function renderSearchBox(search: AnySearch, o: { label: string; placeholder: string; button: string }): TemplateResult | typeof nothing {
  return search.isHidden('search') ? nothing : search.text.render(o);
}

/** The filter panel beside the results (behind a toggle button on narrow screens). */
export function renderSearchLayout(
  search: AnySearch,
  o: { filters: string; show: (n: number) => string; hide: string; clear: string; content: unknown; results: TemplateResult; resultsClass?: string },
): TemplateResult {
  const open = search.filtersOpen;
  const filters = html`<div id="filters" class="filters ${open ? 'open' : ''}" part="filters" role="group" aria-label=${o.filters}>
    ${o.content}
    ${search.activeCount ? html`<button type="button" class="button" part="button clear-button" @click=${() => search.clear()}>${o.clear}</button>` : nothing}
  </div>`;
  return renderFilterLayout({ open, toggleLabel: open ? o.hide : o.show(search.activeCount), onToggle: () => search.toggleFilters(), filters, results: o.results, resultsClass: o.resultsClass });
}

/**
 * One facet group with its counts, unless hidden. Values keep a code table's order when `order`
 * is given, else go alphabetically: never by popularity, never sponsored.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function renderGroup<G extends string>(search: FacetedSearch<G, any, any, any>, group: G, legend: string, o: { lang: Lang; name: (v: string) => string; order?: string[] }): TemplateResult | typeof nothing {
  if (search.isHidden(group)) return nothing;
  return renderFacetGroup({
    group,
    legend,
    counts: search.facets.value?.[group],
    selected: search.state.selected[group],
    name: o.name,
    lang: intlLocale(o.lang),
    order: o.order,
    onToggle: (v, on) => search.toggle(group, v, on),
  });
}

/** Whether the last answer is on screen (not loading, not failed). */
export const answered = (search: AnySearch): boolean => search.results.value !== undefined && search.results.status === TaskStatus.COMPLETE;

/**
 * The head of the results: a heading that says how many (focused after a page change), the
 * tools (sort, export, map, print), a polite live region, and the sample-data notice.
 */
export function renderResultsHead(search: AnySearch, o: { summary: string; heading: string; tools?: unknown; live?: string; print: string }): TemplateResult {
  const failed = search.results.status === TaskStatus.ERROR;
  return html`<div class="results-head">
      <h2 id="results-heading" tabindex="-1" class="results-heading" part="summary">${search.results.value && !failed ? o.summary : o.heading}</h2>
      <div class="tools">
        ${o.tools ?? nothing}
        <button type="button" class="button print" part="button print-button" @click=${() => window.print()}>${o.print}</button>
      </div>
    </div>
    <div class="visually-hidden" role="status" aria-live="polite">${answered(search) ? (o.live ?? o.summary) : ''}</div>
    ${renderSampleNotice(search.sample, search.o.core())}`;
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
