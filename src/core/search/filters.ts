import { html, nothing, type TemplateResult } from 'lit';
import type { Place } from '../../data/communes.js';
import { intlLocale, type Lang, type SearchWords } from '../i18n.js';
import { RADII, type PlaceFilter } from '../place-filter.js';
import type { FacetedSearch } from './search.js';

/** The panel's styles, added when its code loads (lazy-panel.ts). */
export { filterStyles } from './filters.styles.js';

/**
 * The filter panel's shared pieces: facet groups, the place filter's fieldset, checkboxes. Loaded
 * with each widget's own filters module once the first results are on screen (lazy-panel.ts):
 * a page runs none of it before them.
 */

/** A checkbox with its label, as a big click target. */
export const checkbox = (name: string, checked: boolean, text: unknown, onChange: (checked: boolean) => void, value = 'on'): TemplateResult =>
  html`<label class="check"><input type="checkbox" name=${name} .value=${value} .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} /> ${text}</label>`;

/** Choices a long filter group shows before its "show the others" button (collapsed when three or more would be hidden). */
const SHORT_GROUP = 4;

/**
 * One facet group as checkboxes with their counts, unless hidden. Values keep a code table's
 * order when `order` is given, else go alphabetically: never by popularity, never sponsored.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function renderGroup<G extends string>(search: FacetedSearch<G, any, any, any>, group: G, legend: string, o: { lang: Lang; name: (v: string) => string; order?: string[] }): TemplateResult | typeof nothing {
  if (search.isHidden(group)) return nothing;
  const counts = search.facets.value?.[group];
  const selected: string[] = search.state.selected[group];
  const locale = intlLocale(o.lang);
  const countOf = new Map((counts ?? []).map((c) => [c.value, c.count]));
  let values = o.order ?? [...new Set([...countOf.keys(), ...selected])].sort((a, b) => o.name(a).localeCompare(o.name(b), locale));
  values = values.filter((v) => countOf.has(v) || selected.includes(v) || (!counts && o.order));
  if (!values.length) return nothing;
  // A long group shows its first choices (and every chosen one) behind a "show the others" button.
  const open = search.openGroups.has(group) || values.length <= SHORT_GROUP + 2;
  const shown = open ? values : values.filter((v, i) => i < SHORT_GROUP || selected.includes(v));
  const core = search.o.core();
  const more = values.length > SHORT_GROUP + 2 && (open ? core.fewerChoices : core.moreChoices(values.length - shown.length));
  return html`<fieldset part="filter-group" data-group=${group}>
    <legend>${legend}</legend>
    ${shown.map((v) => {
      const n = countOf.get(v);
      return checkbox(group, selected.includes(v), html`<span>${o.name(v)}</span>${n !== undefined ? html` <span class="count">(${n.toLocaleString(locale)})</span>` : nothing}`, (on) => search.toggle(group, v, on), v);
    })}
    ${more ? html`<button type="button" class="button small" part="button more-choices" aria-expanded=${open ? 'true' : 'false'} aria-label=${`${legend} : ${more}`} @click=${() => search.toggleGroup(group)}>${more}</button>` : nothing}
  </fieldset>`;
}

/** The panel's last buttons: clear what the visitor chose (when they chose something), and, on phones, back to the results. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function renderPanelFoot(search: FacetedSearch<any, any, any, any>, t: Pick<SearchWords, 'clearFilters' | 'showResults'>): TemplateResult {
  return html`${search.activeCount ? html`<button type="button" class="button" part="button clear-button" @click=${() => search.clear()}>${t.clearFilters}</button>` : nothing}
    <button type="button" class="button primary show-results" part="button show-results" @click=${() => (search.toggleFilters(), search.focusHeading())}>${t.showResults(search.results.value?.total)}</button>`;
}

/** The place filter's lookups (a commune, the visitor's position), loaded on first use; if they cannot load, the filter says so. */
const lookup = (f: PlaceFilter, run: (m: typeof import('../place-lookup.js')) => Promise<void>): Promise<void> =>
  import('../place-lookup.js').then(run, () => f.set({ message: f.o.core().errors.offline }));

/** The place filter's fieldset: the chosen place with a remove button, or the commune form and "around me"; then the radius. */
export function renderPlace(f: PlaceFilter, near: Place | null, radius: number, onRemove: () => void, onRadius: (km: number) => void): TemplateResult {
  const t = f.o.core().place;
  return html`<fieldset part="filter-group" class="place">
    <legend>${t.where}</legend>
    ${near
      ? html`<p class="near">
          <strong>${t.near(near.label)}</strong>
          <button type="button" id="remove-place" class="button small" part="button" @click=${onRemove}>${t.removePlace}</button>
        </p>`
      : html`<form class="place-form" @submit=${(e: Event) => (e.preventDefault(), lookup(f, (m) => m.lookUp(f)))}>
          <label for="place">${t.placeLabel}</label>
          <div class="search-row">
            <input id="place" type="text" autocomplete="postal-code" maxlength="100" .value=${f.input} @input=${(e: Event) => (f.input = (e.target as HTMLInputElement).value)} />
            <button class="button" part="button" type="submit" ?disabled=${f.busy}>${t.placeSearch}</button>
          </div>
          <button type="button" class="button" part="button around-me" ?disabled=${f.busy} @click=${() => lookup(f, (m) => m.locate(f))}>${f.o.core().aroundMe}</button>
        </form>`}
    <div role="status" class="place-status">
      ${f.message ? html`<p>${f.message}</p>` : nothing}
      ${f.choices.length
        ? html`<p>${t.placeChoose}</p>
            <ul class="choices">
              ${f.choices.map((p) => html`<li><button type="button" class="button small" part="button" @click=${() => f.choose(p)}>${p.label}</button></li>`)}
            </ul>`
        : nothing}
    </div>
    <label for="radius">${t.radius}</label>
    <select id="radius" .value=${String(radius)} @change=${(e: Event) => onRadius(Number((e.target as HTMLSelectElement).value))}>
      ${RADII.map((r) => html`<option value=${r} ?selected=${r === radius}>${t.km(r)}</option>`)}
    </select>
  </fieldset>`;
}
