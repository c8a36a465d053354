import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CarifElement } from '../core/base-element.js';
import { clampInt, list, listConverter } from '../core/converters.js';
import type { CarifChangeDetail, CarifSelectDetail } from '../core/events.js';
import { formatDistance, formatHours, haversineKm } from '../core/format.js';
import { intlLocale, type Lang } from '../core/i18n.js';
import { plainText, telHref } from '../core/sanitize.js';
import { PlaceFilter } from '../core/place-filter.js';
import { errorMessage, renderEmpty, renderError, renderLoading, renderSampleNotice } from '../core/states.js';
import { SearchText } from '../core/search-text.js';
import { baseStyles } from '../core/styles.js';
import { DetailDialog } from '../core/detail-dialog.js';
import { codesOf, departementLabel, isCode, label, loadCodeLabels, type TableName } from '../data/codes.js';
import { facetCounts } from '../data/facets.js';
import { isAbort } from '../data/errors.js';
import { FORMATIONS_DATASET, normalizeTraining, type Training } from '../data/formations.js';
import {
  buildOrderBy,
  buildWhere,
  emptySelection,
  FACET_GROUP_KEYS,
  FACET_GROUPS,
  facetRequests,
  mergeLevelCounts,
  type FacetGroup,
  type SearchState,
  type Sort,
} from './query.js';
import { nextSession, placeText, renderContact } from './parts.js';
import { checkbox, fact, renderFacetGroup, renderPagination, renderFilterLayout } from '../core/templates.js';
import { loadTrainingStrings, trainingStrings, type TrainingStrings } from './strings.js';
import { layoutStyles } from '../core/layout.styles.js';

type Counts = Partial<Record<FacetGroup, { value: string; count: number }[]>>;


/**
 * Search the regional training offer (LHEO data published by the Carif-Oref) with facets, a
 * place and radius, start dates, sort and pagination; each result opens a detail with sessions
 * and a human contact.
 *
 * @summary Regional training offer search.
 * @tagname carif-training-search
 *
 * @event carif-results - A page of results arrived. `detail: { total, items, query }`.
 * @event carif-select - The visitor opened a training. `detail: { item }`.
 * @event carif-error - A request failed (the widget shows a message and a retry button). `detail: { error }`.
 * @event carif-change - The visitor changed the search. `detail: { state }` (the same keys as `sync-url`).
 *
 * @slot loading - Replaces the loading message.
 * @slot empty - Replaces the "no result" message.
 * @slot error - Replaces the error message (the retry button stays).
 *
 * @csspart search - The search form.
 * @csspart search-input - The keyword field.
 * @csspart button - Every button.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One group of filters (a fieldset).
 * @csspart results - The results area.
 * @csspart summary - The result count line.
 * @csspart list - The list of results.
 * @csspart card - One result.
 * @csspart card-title - The title of a result.
 * @csspart pagination - The page navigation.
 * @csspart dialog - The detail dialog.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button.
 * @csspart sample-notice - The "sample data" notice.
 *
 * @cssprop --carif-color-primary - Buttons, links, headings accents (default #1d4f91).
 * @cssprop --carif-color-on-primary - Text on primary buttons (default #fff).
 * @cssprop --carif-color-text - Text colour (default #1e1e1e).
 * @cssprop --carif-color-muted - Secondary text (default #555).
 * @cssprop --carif-color-border - Borders (default #8a8a8a).
 * @cssprop --carif-color-surface - Cards and fields background (default #fff).
 * @cssprop --carif-color-surface-alt - Panels background (default #f3f5f8).
 * @cssprop --carif-color-background - Widget background (default transparent).
 * @cssprop --carif-color-error - Error accent (default #b3261e).
 * @cssprop --carif-color-focus - Focus ring (default #0a58ca).
 * @cssprop --carif-font-family - Font (default the system font).
 * @cssprop --carif-font-size - Base size (default the visitor's browser setting).
 * @cssprop --carif-radius - Corner radius (default 0.5rem).
 * @cssprop --carif-spacing - Base spacing (default 1rem).
 * @cssprop --carif-target-size - Minimum size of click targets (default 2.75rem).
 */
export class CarifTrainingSearch extends CarifElement {
  static override styles = [baseStyles, layoutStyles];

  /** Only trainings in these INSEE regions (space-separated), e.g. `27`. */
  @list @property({ converter: listConverter }) region: string[] = [];

  /** Preset départements (space-separated codes), e.g. `21 25`. Fixed when `department` is in `hide-filters`. */
  @list @property({ converter: listConverter }) department: string[] = [];

  /** Preset publics: `jeunes demandeurs_emploi salaries personnes_handicapees scolaires etudiants tout_public`. */
  @list @property({ converter: listConverter }) public: string[] = [];

  /** Preset levels on the 2019 scale: `3`..`8` or `none`. */
  @list @property({ converter: listConverter }) niveau: string[] = [];

  /** Preset routes: `apprentissage continue scolaire`. */
  @list @property({ converter: listConverter }) voie: string[] = [];

  /** Preset modalities: `0` on site, `1` blended, `2` remote. */
  @list @property({ converter: listConverter }) modalite: string[] = [];

  /** Preset funders (LHEO dict-financeurs codes), e.g. `2 4`. */
  @list @property({ converter: listConverter }) financeur: string[] = [];

  /**
   * Filters to hide: `search niveau voie modalite public financeur department near dates
   * recrutement handicap sort`. A hidden filter with a preset value stays applied.
   */
  @list @property({ attribute: 'hide-filters', converter: listConverter }) hideFilters: string[] = [];

  /** Results per page, 1 to 100. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** Writes the search into the page URL (query parameters prefixed `carif-`) so it can be shared. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** Dataset used to find a commune or postcode. */
  @property({ attribute: 'communes-dataset' }) communesDataset = 'communes';

  /** The heading shown above the widget; empty to show none. */
  @property() heading?: string;

  @state() private search: SearchState = {
    q: '',
    selected: emptySelection(),
    near: null,
    radius: 30,
    from: '',
    to: '',
    open: false,
    disability: false,
    sort: 'relevance',
    page: 1,
  };
  private readonly searchText = new SearchText(this, (q) => q !== this.search.q && this.update_({ q }));
  @state() private filtersOpen = false;
  private readonly detail = new DetailDialog<Training, typeof import('./detail.js')>(this, () => import('./detail.js'));

  @query('#results-heading') private resultsHeading?: HTMLElement;

  private readonly place = new PlaceFilter(this, {
    client: () => this.client,
    dataset: () => this.communesDataset,
    regions: () => this.fixed.regions,
    core: () => this.strings,
    apiBase: () => this.effectiveApiBase,
    choose: (near) => this.update_({ near }),
  });
  private focusResults = false;
  private presetsApplied = false;
  private urlSync?: typeof import('./url-sync.js');

  private get t(): TrainingStrings {
    return trainingStrings[this.language] ?? trainingStrings.fr!;
  }

  protected override loadLanguage(lang: Lang): Promise<unknown> {
    return Promise.all([super.loadLanguage(lang), loadTrainingStrings(lang), loadCodeLabels(lang)]);
  }

  private get ds(): string {
    return this.datasetId.trim() || FORMATIONS_DATASET;
  }

  private get size(): number {
    return clampInt(this.pageSize, 1, 100, 10);
  }

  private isHidden(token: string): boolean {
    return this.hideFilters.includes(token) || (token === 'department' && this.hideFilters.includes('departement'));
  }

  private get fixed() {
    return { regions: this.region.filter((r) => /^\d{2}$/.test(r)) };
  }

  private readonly results = new Task(this, {
    task: async ([where, orderBy, offset, limit, dataset], { signal }) => {
      const page = await this.client.records(dataset, { where, orderBy, offset, limit }, { signal });
      const items = page.results.map(normalizeTraining).filter((t): t is Training => t !== null);
      if (page.sample) this.sampleData = true;
      return { total: page.total, items, query: { where, orderBy, offset, limit } };
    },
    args: () => {
      const where = buildWhere(this.search, this.fixed);
      const orderBy = buildOrderBy(this.search);
      const limit = this.size;
      const offset = Math.min((this.search.page - 1) * limit, 10_000 - limit);
      return [where, orderBy, offset, limit, this.ds, this.effectiveApiBase, this.timeout] as const;
    },
  });

  private readonly facets = new Task(this, {
    task: async ([requests, dataset], { signal }) => {
      const { counts, sample }: { counts: Counts; sample: boolean } = await facetCounts(this.client, dataset, requests, FACET_GROUPS, signal);
      if (sample) this.sampleData = true;
      if (counts.niveau) counts.niveau = mergeLevelCounts(counts.niveau);
      return counts;
    },
    args: () => [facetRequests(this.search, this.fixed, this.visibleGroups), this.ds, this.effectiveApiBase] as const,
    argsEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  private get visibleGroups(): FacetGroup[] {
    return FACET_GROUP_KEYS.filter((g) => !this.isHidden(g));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyPresets();
    // sync-url: the URL's search is read (its code loaded) before the first request.
    if (this.syncUrl) {
      this.whenReady(
        import('./url-sync.js').then((m) => {
          this.urlSync = m;
          this.search = m.readSearch(this.search, (g) => this.isHidden(g), this.strings.place.myPosition);
          this.searchText.set(this.search.q);
        }),
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presetKeys = ['department', 'public', 'niveau', 'voie', 'modalite', 'financeur'] as const;
    // A preset attribute changed after the first render (not its initial value): apply it again.
    if (this.presetsApplied && presetKeys.some((k) => changed.has(k) && changed.get(k) !== undefined)) this.applyPresets(true);
    if (changed.has('pageSize') && (this.pageSize < 1 || this.pageSize > 100 || !Number.isInteger(this.pageSize))) {
      this.warn(`page-size="${this.pageSize}" is out of range: using ${this.size} (allowed 1 to 100).`);
    }
    if (changed.has('region')) {
      const bad = this.region.filter((r) => !/^\d{2}$/.test(r));
      if (bad.length) this.warn(`region="${bad.join(' ')}" is not an INSEE region code (two digits, e.g. 27): ignored.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.results.status;
    if (status === TaskStatus.COMPLETE && this.focusResults) {
      this.focusResults = false;
      this.resultsHeading?.focus();
      this.resultsHeading?.scrollIntoView?.({ block: 'start', behavior: 'auto' });
    }
    this.announceResults(this.results, (v) => v);
  }

  /** Presets from attributes become the initial selection (or fixed constraints when hidden). */
  private applyPresets(force = false): void {
    if (this.presetsApplied && !force) return;
    this.presetsApplied = true;
    const selected = { ...this.search.selected };
    selected.department = this.department.filter((d) => /^(\d{2,3}|2[AB])$/i.test(d));
    selected.public = this.public.filter((p) => isCode('publics', p));
    selected.niveau = this.niveau.filter((n) => isCode('niveaux', n));
    selected.voie = this.voie.filter((v) => isCode('voies', v));
    selected.modalite = this.modalite.filter((m) => isCode('modalites', m));
    selected.financeur = this.financeur.filter((f) => isCode('financeurs', f));
    for (const [attr, values, ok] of [
      ['public', this.public, selected.public],
      ['niveau', this.niveau, selected.niveau],
      ['voie', this.voie, selected.voie],
      ['modalite', this.modalite, selected.modalite],
      ['financeur', this.financeur, selected.financeur],
      ['department', this.department, selected.department],
    ] as const) {
      const bad = values.filter((v) => !ok.includes(v));
      if (bad.length) this.warn(`${attr}="${bad.join(' ')}": unknown value(s), ignored.`);
    }
    this.search = { ...this.search, selected };
  }

  /** The search as flat key/values: what `sync-url` writes and `carif-change` carries. */
  private stateForUrl(): CarifChangeDetail['state'] {
    const s = this.search;
    const out: CarifChangeDetail['state'] = { q: s.q };
    for (const g of FACET_GROUP_KEYS) if (!this.isHidden(g)) out[g] = s.selected[g];
    if (s.near) Object.assign(out, { lat: s.near.lat.toFixed(4), lon: s.near.lon.toFixed(4), place: s.near.label, radius: String(s.radius) });
    Object.assign(out, {
      from: s.from,
      to: s.to,
      open: s.open ? '1' : '',
      handicap: s.disability ? '1' : '',
      sort: s.sort === 'relevance' ? '' : s.sort,
      page: s.page > 1 ? String(s.page) : '',
    });
    return out;
  }

  /** Changes the search; any change but a page change goes back to page 1. */
  private update_(patch: Partial<SearchState>): void {
    this.search = { ...this.search, page: 1, ...patch };
    const detail = { state: this.stateForUrl() };
    if (this.syncUrl) this.urlSync?.writeUrlState(detail.state);
    this.emit<CarifChangeDetail>('carif-change', detail);
  }

  private toggle(group: FacetGroup, value: string, checked: boolean): void {
    const current = this.search.selected[group];
    const next = checked ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    this.update_({ selected: { ...this.search.selected, [group]: next } });
  }

  private clearAll(): void {
    const selected = emptySelection();
    for (const g of FACET_GROUP_KEYS) if (this.isHidden(g)) selected[g] = this.search.selected[g];
    this.searchText.set('');
    this.update_({ q: '', selected, near: null, from: '', to: '', open: false, disability: false, sort: 'relevance' });
  }

  private get activeCount(): number {
    const s = this.search;
    return (
      this.visibleGroups.reduce((n, g) => n + s.selected[g].length, 0) +
      (s.near ? 1 : 0) + (s.from ? 1 : 0) + (s.to ? 1 : 0) + (s.open ? 1 : 0) + (s.disability ? 1 : 0)
    );
  }

  private goToPage(page: number): void {
    this.focusResults = true;
    this.search = { ...this.search, page };
    const detail = { state: this.stateForUrl() };
    if (this.syncUrl) this.urlSync?.writeUrlState(detail.state);
    this.emit<CarifChangeDetail>('carif-change', detail);
  }

  private async open(item: Training, e: Event): Promise<void> {
    // The detail and its rich-text sanitiser (DOMPurify) load on first use.
    await this.detail.open(item, e.currentTarget as HTMLElement);
    this.emit<CarifSelectDetail<Training>>('carif-select', { item });
  }

  private retry(): void {
    void this.results.run();
    void this.facets.run();
  }

  // ---------------------------------------------------------------- rendering

  override render(): TemplateResult {
    const t = this.t;
    const heading = this.heading ?? t.title;
    return html`
      ${heading ? html`<h2 class="title" part="title">${heading}</h2>` : nothing}
      ${this.isHidden('search') ? nothing : this.renderSearchBox()}
      ${renderFilterLayout({ open: this.filtersOpen, toggleLabel: this.filtersOpen ? t.hideFilters : t.showFilters(this.activeCount), onToggle: () => (this.filtersOpen = !this.filtersOpen), filters: this.renderFilters(), results: this.renderResults() })}
      ${this.renderDialog()}
    `;
  }

  private renderSearchBox(): TemplateResult {
    const t = this.t;
    return this.searchText.render({ label: t.searchLabel, placeholder: t.searchPlaceholder, button: t.searchButton });
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const counts = this.facets.value ?? {};
    const s = this.search;
    return html`<div id="filters" class="filters ${this.filtersOpen ? 'open' : ''}" part="filters" role="group" aria-label=${t.filters}>
      ${this.isHidden('near') ? nothing : this.renderPlace()}
      ${this.renderGroup('niveau', t.level, counts.niveau, 'niveaux', true)}
      ${this.renderGroup('voie', t.route, counts.voie, 'voies', true)}
      ${this.renderGroup('modalite', t.modality, counts.modalite, 'modalites', true)}
      ${this.renderGroup('public', t.public, counts.public, 'publics')}
      ${this.renderGroup('financeur', t.financing, counts.financeur, 'financeurs')}
      ${this.renderGroup('department', t.departement, counts.department)}
      ${this.isHidden('dates')
        ? nothing
        : html`<fieldset part="filter-group">
            <legend>${t.dates}</legend>
            <div class="dates">
              <label>${t.from} <input type="date" name="from" .value=${s.from} @change=${(e: Event) => this.update_({ from: (e.target as HTMLInputElement).value })} /></label>
              <label>${t.to} <input type="date" name="to" .value=${s.to} @change=${(e: Event) => this.update_({ to: (e.target as HTMLInputElement).value })} /></label>
            </div>
          </fieldset>`}
      ${this.isHidden('recrutement') && this.isHidden('handicap')
        ? nothing
        : html`<fieldset part="filter-group">
            <legend>${t.other}</legend>
            ${this.isHidden('recrutement') ? nothing : checkbox('open', s.open, t.open, (open) => this.update_({ open }))}
            ${this.isHidden('handicap') ? nothing : checkbox('handicap', s.disability, t.disability, (disability) => this.update_({ disability }))}
          </fieldset>`}
      ${this.activeCount ? html`<button type="button" class="button" part="button clear-button" @click=${this.clearAll}>${t.clearFilters}</button>` : nothing}
    </div>`;
  }

  /** One facet group; levels, routes and modalities keep their code order, others go alphabetically. */
  private renderGroup(group: FacetGroup, legend: string, counts: { value: string; count: number }[] | undefined, table?: TableName, fixedOrder = false): TemplateResult | typeof nothing {
    if (this.isHidden(group)) return nothing;
    return renderFacetGroup({
      group,
      legend,
      counts,
      selected: this.search.selected[group],
      name: (v) => (table ? label(table, v, this.language) : departementLabel(v)),
      lang: intlLocale(this.language),
      order: table && fixedOrder ? codesOf(table) : undefined,
      onToggle: (v, on) => this.toggle(group, v, on),
    });
  }

  private renderPlace(): TemplateResult {
    const s = this.search;
    return this.place.render(s.near, s.radius, () => this.update_({ near: null, sort: s.sort === 'distance' ? 'relevance' : s.sort }), (radius) => this.update_({ radius }));
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const value = this.results.value;
    const status = this.results.status;
    const busy = status === TaskStatus.PENDING || status === TaskStatus.INITIAL;
    const total = value?.total ?? 0;
    const pages = Math.max(1, Math.ceil(Math.min(total, 10_000) / this.size));
    return html`
      <div class="results-head">
        <h2 id="results-heading" tabindex="-1" class="results-heading" part="summary">
          ${value && status !== TaskStatus.ERROR ? t.results(total) : t.resultsHeading}
        </h2>
        <div class="tools">
          ${this.isHidden('sort')
            ? nothing
            : html`<label class="sort">${t.sort}
                <select .value=${this.search.sort} @change=${(e: Event) => this.update_({ sort: (e.target as HTMLSelectElement).value as Sort })}>
                  <option value="relevance" ?selected=${this.search.sort === 'relevance'}>${t.sortRelevance}</option>
                  <option value="start" ?selected=${this.search.sort === 'start'}>${t.sortStart}</option>
                  <option value="distance" ?selected=${this.search.sort === 'distance'} ?disabled=${!this.search.near}>${t.sortDistance}</option>
                </select>
              </label>`}
          <button type="button" class="button print" part="button print-button" @click=${() => window.print()}>${this.strings.print}</button>
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${value && !busy && status === TaskStatus.COMPLETE ? `${t.results(total)}. ${pages > 1 ? this.strings.page(this.search.page, pages) : ''}` : ''}</div>
      ${renderSampleNotice(this.sampleData, this.strings)}
      ${this.results.render({
        initial: () => renderLoading(this.strings),
        pending: () => (value ? this.renderList(value.items, true) : renderLoading(this.strings)),
        complete: (v) =>
          v.items.length ? html`${this.renderList(v.items, false)} ${renderPagination(Math.min(this.search.page, pages), pages, this.strings, (n) => this.goToPage(n))}` : renderEmpty(t.empty),
        error: (error) => (isAbort(error) ? renderLoading(this.strings) : renderError(errorMessage(error, this.strings, this.effectiveApiBase), this.strings, () => this.retry())),
      })}
    `;
  }

  private renderList(items: Training[], busy: boolean): TemplateResult {
    return html`<ol class="list" part="list" aria-busy=${busy ? 'true' : 'false'} start=${(this.search.page - 1) * this.size + 1}>
      ${items.map((item) => html`<li>${this.renderCard(item)}</li>`)}
    </ol>`;
  }

  private renderCard(item: Training): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const title = plainText(item.title);
    const distance = this.search.near && item.place.geo ? formatDistance(lang, haversineKm(this.search.near, item.place.geo)) : null;
    const tel = telHref(item.contact.phone);
    return html`<article class="card" part="card">
      <h3 class="card-title" part="card-title">
        <button type="button" class="link-button" aria-haspopup="dialog" @click=${(e: Event) => this.open(item, e)}>${title}</button>
      </h3>
      <dl class="facts">
        ${fact(t.organisation, plainText(item.organisation))}
        ${fact(t.place, html`${placeText(item)}${distance ? html` <span class="distance">(${t.distance(distance)})</span>` : nothing}`)}
        ${fact(t.nextSession, nextSession(item, t, lang))}
        ${fact(t.duration, [plainText(item.duration), item.hours && formatHours(lang, item.hours)].filter(Boolean).join(' · '))}
        ${fact(t.levelShort, item.level && label('niveaux', item.level, lang))}
        ${fact(t.modalityShort, item.modality !== null && label('modalites', item.modality, lang))}
        ${fact(t.routeShort, item.routes.map((r) => label('voies', r, lang)).join(', '))}
      </dl>
      <p class="card-contact">
        ${tel ? html`<a class="button small" part="button contact-link" href=${tel}>${t.call(plainText(item.contact.phone))}</a>` : nothing}
        <button type="button" class="button small" part="button details-button" aria-label=${t.detailsOf(title)} aria-haspopup="dialog" @click=${(e: Event) => this.open(item, e)}>${t.details}</button>
      </p>
      <div class="print-only">${renderContact(item, t)}</div>
    </article>`;
  }

  private renderDialog(): TemplateResult {
    return this.detail.render((item, detail, close) => detail.renderDetail(item, this.t, this.language, this.strings.close, close));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carif-training-search': CarifTrainingSearch;
  }
}
