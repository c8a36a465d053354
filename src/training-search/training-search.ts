import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from '../core/decorators.js';
import { CarifSearchElement } from '../core/search/search-element.js';
import { clampInt, list, listConverter, oneOf } from '../core/converters.js';
import { DetailDialog } from '../core/detail-dialog.js';
import type { Lang } from '../core/i18n.js';
import { layoutStyles } from '../core/layout.styles.js';
import { checkCommon, isDepartement, presetsChanged, readPresets, type Preset } from '../core/search/presets.js';
import { FacetedSearch, pageOffset } from '../core/search/search.js';
import { LazyPanel, Later } from '../core/search/lazy-panel.js';
import { renderResultsHead, renderSearchBox, renderSearchLayout, renderStates, renderTitle } from '../core/search/view.js';
import { baseStyles } from '../core/styles.js';
import { pageDefaults } from '../core/config.js';
import { renderPagination } from '../core/templates.js';
import { isCode, loadCodeLabels } from '../data/codes.js';
import { FORMATIONS_DATASET, normalizeTraining, type Training } from '../data/formations/record.js';
import { renderTrainingList } from './cards.js';
import { buildOrderBy, buildWhere, emptySelection, FACET_GROUPS, mergeLevelCounts, type FacetGroup, type SearchState, type Sort } from '../data/formations/query.js';
import { loadLaterWords, trainingStrings, type TrainingStrings } from './strings.js';

/** Preset attributes: the filter group each fills and the values it accepts. */
const PRESETS: Preset<FacetGroup>[] = [
  { attr: 'department', group: 'department', valid: isDepartement },
  { attr: 'public', group: 'public', valid: (v) => isCode('publics', v) },
  { attr: 'niveau', group: 'niveau', valid: (v) => isCode('niveaux', v) },
  { attr: 'voie', group: 'voie', valid: (v) => isCode('voies', v) },
  { attr: 'modalite', group: 'modalite', valid: (v) => isCode('modalites', v) },
  { attr: 'financeur', group: 'financeur', valid: (v) => isCode('financeurs', v) },
];
type Query = { where: string; orderBy: string; offset: number; limit: number; rco?: SearchState & { size: number } };

/**
 * Search the regional training offer (LHEO data published by the Carif-Oref) with facets, a
 * place and radius, start dates, sort and pagination; each result opens a detail with sessions
 * and a human contact.
 *
 * @summary Regional training offer search.
 * @tagname carif-training-search
 * @attribute {string} source - `rco`: the Réseau des Carif-Oref's catalogue of apprenticeship trainings (keyless), instead of the widgets' contract: words, level, département, a place (its département; distances computed on the page fetched). The other filters are not in that source: hidden.
 * @csspart dialog - The detail dialog.
 * @csspart close-button - The button that closes the detail.
 * @csspart pagination - The page navigation.
 * @csspart contact-link - A call or e-mail button on a result.
 * @csspart attribution - The credit line of a real source.
 * @attribute {string[]} public - Preset publics: `jeunes demandeurs_emploi salaries personnes_handicapees scolaires etudiants tout_public`.
 *
 * @event {CustomEvent<CarifResultsDetail<Training>>} carif-results - A page of results arrived. `detail: { total, items, query }`.
 * @event {CustomEvent<CarifSelectDetail<Training>>} carif-select - The visitor opened a training. `detail: { item }`.
 * @event {CustomEvent<CarifErrorDetail>} carif-error - A request failed (the widget shows a message and a retry button). `detail: { error }`.
 * @event {CustomEvent<CarifChangeDetail>} carif-change - The visitor changed the search. `detail: { state }` (the same keys as `sync-url`).
 */
export class CarifTrainingSearch extends CarifSearchElement {
  static override styles = [baseStyles, layoutStyles];

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

  private readonly search = new FacetedSearch(
    this,
    {
      groups: FACET_GROUPS,
      initial: (): SearchState => ({ q: '', selected: emptySelection(), near: null, radius: 30, from: '', to: '', open: false, disability: false, sort: 'relevance', page: 1 }),
      others: [
        { token: 'dates', count: (s) => Number(!!s.from) + Number(!!s.to), cleared: { from: '', to: '' } },
        { token: 'recrutement', count: (s) => s.open, cleared: { open: false } },
        { token: 'handicap', count: (s) => s.disability, cleared: { disability: false } },
        { token: 'sort', count: () => 0, cleared: { sort: 'relevance' } },
      ],
      query: (s): Query => ({ where: buildWhere(s, this.fixed), orderBy: buildOrderBy(s), offset: pageOffset(s.page, this.size), limit: this.size, rco: this.rco ? { ...s, size: this.size } : undefined }),
      fetch: async (client, dataset, query, { signal, sample }) => {
        // source="rco": the Carif-Oref network's apprenticeship catalogue (its code loads on first use).
        if (query.rco) return (await import('../data/sources/rco.js')).searchRco((base) => this.clientFor(base), query.rco, { base: pageDefaults().sources?.rco || this.apiBase.trim(), signal, sample, regions: this.regions });
        const page = await client.records(dataset, query, { signal });
        if (page.sample) sample();
        return { total: page.total, items: page.results.map(normalizeTraining).filter((t): t is Training => t !== null), query };
      },
      where: (s, except) => buildWhere(s, this.fixed, except),
      counts: (counts) => (counts.niveau ? { ...counts, niveau: mergeLevelCounts(counts.niveau) } : counts),
      record: (s) => ({ from: s.from, to: s.to, open: s.open ? '1' : '', handicap: s.disability ? '1' : '', sort: s.sort === 'relevance' ? '' : s.sort }),
    },
    {
      ...this.searchOptions(FORMATIONS_DATASET, () => this.hideFilters),
      noFacets: () => this.rco,
      // The catalogue has levels and départements, not the other filters.
      unserved: (token) => this.rco && !['search', 'niveau', 'department', 'near', 'sort'].includes(token),
      place: { communes: () => this.communesDataset, regions: () => this.fixed.regions, geo: () => (this.rco ? (pageDefaults().sources?.geo ?? '') : null) },
    },
  );
  /** The detail, its words and its sanitiser (DOMPurify) load on first use. */
  private readonly detail = new DetailDialog<Training, typeof import('./detail.js')>(this, () => import('./detail.js').then(async (m) => (await m.detailWords.load(this.language), m)));
  /** The filter panel's code loads once the first results are on screen. */
  private readonly panel = new LazyPanel(this.search, () => import('./filters.js'));
  /** Each card's contact block, drawn when the list prints: its code comes after the first results. */
  private readonly contact = new Later(this.search, () => Promise.all([import('./contact.js'), loadLaterWords()]).then(([m]) => m));
  private presetsApplied = false;

  private get t(): TrainingStrings {
    return trainingStrings.get(this.language);
  }

  protected override loadLanguage(lang: Lang): Promise<unknown> {
    return Promise.all([super.loadLanguage(lang), trainingStrings.load(lang), loadCodeLabels(lang), this.detail.module?.detailWords.load(lang)]);
  }

  private get size(): number {
    return clampInt(this.pageSize, 1, 100, 10);
  }

  private get rco(): boolean {
    return this.source.trim() === 'rco';
  }

  private get fixed() {
    return { regions: this.regions };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyPresets();
    this.followUrl<SearchState, Training>(this.search, {
      name: 'training',
      restore: (u, base) => ({
        from: u.from ?? '',
        to: u.to ?? '',
        open: u.open === '1',
        disability: u.handicap === '1',
        sort: oneOf(u.sort, ['relevance', 'start', 'distance'], base.sort),
      }),
      items: this.dialogItems(
        this.detail,
        (id) => this.search.results.value?.items.find((t) => t.id === id),
        () => (this.rco ? null : { field: 'id_action', normalize: normalizeTraining }),
        (item) => void this.open(item, null),
      ),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.presetsApplied && presetsChanged(changed, PRESETS.map((p) => p.attr))) this.applyPresets(true);
    checkCommon(changed, this, (m) => this.warn(m));
  }

  /** Presets from attributes become the initial selection (or fixed constraints when hidden). */
  private applyPresets(force = false): void {
    if (this.presetsApplied && !force) return;
    this.presetsApplied = true;
    const presets = readPresets(PRESETS, (attr) => this[attr as 'public'], (m) => this.warn(m));
    this.search.set({ selected: { ...this.search.state.selected, ...presets } });
  }

  /** The detail and its rich-text sanitiser (DOMPurify) load on first use. */
  private open(item: Training, opener: HTMLElement | null): Promise<void> {
    return this.openDetail(this.detail, this.search, item, opener);
  }

  // ---------------------------------------------------------------- rendering

  override render(): TemplateResult {
    const t = this.t;
    return html`
      ${renderTitle(this.heading ?? t.title)}
      ${renderSearchBox(this.search, t)}
      ${renderSearchLayout(this.search, t, this.panel.render((m) => m.renderTrainingFilters(this.search, t, this.language), t), this.renderResults())}
      ${this.detail.render((item, detail, close) => detail.renderDetail(item, t, this.language, this.strings.close, close))}
    `;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const search = this.search;
    const s = search.state;
    const total = search.results.value?.total ?? 0;
    const pages = Math.max(1, Math.ceil(Math.min(total, 10_000) / this.size));
    const page = pages > 1 ? this.strings.page(s.page, pages) : '';
    const option = (value: Sort, text: string, disabled = false) => html`<option value=${value} ?selected=${s.sort === value} ?disabled=${disabled}>${text}</option>`;
    const sort = search.isHidden('sort')
      ? nothing
      : html`<label class="sort">${t.sort}
          <select .value=${s.sort} @change=${(e: Event) => search.update({ sort: (e.target as HTMLSelectElement).value as Sort })}>
            ${option('relevance', t.sortRelevance)} ${option('start', t.sortStart)} ${option('distance', t.sortDistance, !s.near)}
          </select>
        </label>`;
    const cards = { t, lang: this.language, near: s.near, open: (item: Training, opener: HTMLElement) => void this.open(item, opener), link: (id: string) => this.linkTo(id), contact: this.printing ? this.contact.module?.renderContact : undefined };
    return html`
      ${renderResultsHead(search, { summary: t.results(total), heading: t.resultsHeading, tools: sort, live: `${t.results(total)}. ${page}`, page })}
      ${renderStates(search, {
        empty: t.empty,
        list: (v, busy) =>
          html`${renderTrainingList(v.items, (s.page - 1) * this.size + 1, busy, cards)} ${busy ? nothing : renderPagination(Math.min(s.page, pages), pages, this.strings, (n) => search.goToPage(n))}`,
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carif-training-search': CarifTrainingSearch;
  }
}
