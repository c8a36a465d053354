import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CarifElement } from '../core/base-element.js';
import { clampInt, list, listConverter } from '../core/converters.js';
import type { CarifChangeDetail, CarifResultsDetail, CarifSelectDetail } from '../core/events.js';
import { formatDistance, formatMonth, haversineKm, parisDay } from '../core/format.js';
import { intlLocale, type Lang } from '../core/i18n.js';
import { layoutStyles } from '../core/layout.styles.js';
import { pieceStyles } from '../core/pieces.styles.js';
import type { ClusterMap } from '../core/map/cluster-map.js';
import { PlaceFilter, presetPlace, RADII } from '../core/place-filter.js';
import { plainText, telHref, mailtoHref } from '../core/sanitize.js';
import { errorMessage, renderEmpty, renderError, renderLoading, renderSampleNotice } from '../core/states.js';
import { SearchText } from '../core/search-text.js';
import { baseStyles } from '../core/styles.js';
import { DetailDialog } from '../core/detail-dialog.js';
import { fact, renderChoice, renderFacetGroup, renderPagination, renderFilterLayout } from '../core/templates.js';
import { departementLabel } from '../data/codes.js';
import { facetCounts } from '../data/facets.js';
import { isAbort } from '../data/errors.js';
import { internshipCodes, type InternshipTable } from '../data/internship-codes.js';
import { EMPLOYER_GROUP, normalizeEmployer, normalizeInternship, STAGES_DATASET, type Employer, type Internship } from '../data/internships.js';
import { periodText, placeText, renderOfferContact, welcomesText } from './parts.js';
import {
  buildOrderBy,
  buildWhere,
  emptySelection,
  employerGroupBy,
  FACET_GROUP_KEYS,
  FACET_GROUPS,
  facetRequests,
  nextMonths,
  type BoardState,
  type Duration,
  type FacetGroup,
  type Mode,
  type Sort,
} from './query.js';
import { boardStrings, loadBoardStrings, type BoardStrings } from './strings.js';

type Counts = Partial<Record<FacetGroup, { value: string; count: number }[]>>;
/** `more`: the directory has employers after this page (grouped answers carry no total). */
type Page = { total: number; mode: 'offers'; items: Internship[] } | { total: number; more: boolean; mode: 'employers'; items: Employer[] };

/** The shared map module, loaded with Leaflet on the first "show on a map". */
let mapModule: typeof import('../core/map/cluster-map.js') | undefined;
const TABLE_OF: Partial<Record<FacetGroup, InternshipTable>> = { type: 'stageTypes', sector: 'naf', public: 'stagePublics' };

const boardStyles = css`
  .commune {
    font-size: 1.05em;
    margin: var(--_gap) 0 0.5rem;
  }
  .plain {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_gap);
  }
  .field {
    display: flex;
    flex-direction: column;
    margin-bottom: 0.5rem;
  }
  .map {
    height: var(--carif-map-height, 22rem);
    margin-bottom: var(--_gap);
  }
  @media print {
    .map,
    .map-toggle {
      display: none !important;
    }
  }
`;

/**
 * Internships and immersions near the visitor (stage de 3e, mini-stages, PFMP, student internships,
 * PMSMP, apprenticeship offers), and a directory of employers who welcome class visits and
 * immersions, grouped by commune.
 *
 * @summary Internship and immersion board.
 * @tagname carif-internship-board
 *
 * @event carif-results - A page of results arrived. `detail: { total, items, query }`.
 * @event carif-select - The visitor opened an offer. `detail: { item }`.
 * @event carif-error - A request failed (the widget shows a message and a retry button). `detail: { error }`.
 * @event carif-change - The visitor changed the search. `detail: { state }`.
 *
 * @slot loading - Replaces the loading message.
 * @slot empty - Replaces the "no result" message.
 * @slot error - Replaces the error message (the retry button stays).
 *
 * @csspart search - The search form.
 * @csspart search-input - The keyword field.
 * @csspart button - Every button.
 * @csspart modes - The choice between offers and the employer directory.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One group of filters.
 * @csspart results - The results area.
 * @csspart summary - The result count line.
 * @csspart list - The list of results.
 * @csspart card - One offer or employer.
 * @csspart card-title - The title of a card.
 * @csspart map - The map of the results (when shown).
 * @csspart pagination - The page navigation.
 * @csspart dialog - The detail dialog.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button.
 * @csspart sample-notice - The "sample data" notice.
 *
 * @cssprop --carif-color-primary - Buttons, links, headings accents (default #1d4f91).
 * @cssprop --carif-color-text - Text colour (default #1e1e1e).
 * @cssprop --carif-color-surface - Cards and fields background (default #fff).
 * @cssprop --carif-font-family - Font (default the system font).
 * @cssprop --carif-radius - Corner radius (default 0.5rem).
 * @cssprop --carif-target-size - Minimum size of click targets (default 2.75rem).
 * @cssprop --carif-map-height - Height of the map (default 22rem).
 */
export class CarifInternshipBoard extends CarifElement {
  static override styles = [baseStyles, layoutStyles, pieceStyles, boardStyles];

  /** Preset offer types: `stage_3e mini_stage pfmp stage_etudiant pmsmp apprentissage`. */
  @list @property({ converter: listConverter }) types: string[] = [];

  /** Preset sectors: NAF section letters `A`..`U`, e.g. `I Q`. */
  @list @property({ converter: listConverter }) sector: string[] = [];

  /** Preset publics: `college lycee lycee_pro etudiants jeunes demandeurs_emploi salaries`. */
  @list @property({ converter: listConverter }) public: string[] = [];

  /** Only offers in these INSEE regions (space-separated), e.g. `27`. */
  @list @property({ converter: listConverter }) region: string[] = [];

  /** Preset départements (space-separated codes), e.g. `21 25`. */
  @list @property({ converter: listConverter }) department: string[] = [];

  /** Preset place: a commune name, a postcode or `lat,lon`. */
  @property() near = '';

  /** Radius around `near`, in km: 5, 10, 20, 30, 50 or 100. */
  @property({ type: Number }) radius = 30;

  /** `offers` (default) or `employers`: the directory of employers who welcome visits and immersions. */
  @property() mode: Mode = 'offers';

  /** Filters to hide: `search mode type sector public department near period duration sort map`. A hidden filter with a preset stays applied. */
  @list @property({ attribute: 'hide-filters', converter: listConverter }) hideFilters: string[] = [];

  /** Results per page, 1 to 100. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** Dataset used to find a commune or postcode. */
  @property({ attribute: 'communes-dataset' }) communesDataset = 'communes';

  /** The heading shown above the widget; empty to show none. */
  @property() heading?: string;

  /** Map tiles (with `{z}/{x}/{y}`), OpenStreetMap by default. */
  @property({ attribute: 'tile-url' }) tileUrl = '';

  /** Attribution of the tiles. */
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';

  @state() private search: BoardState = {
    q: '',
    selected: emptySelection(),
    near: null,
    radius: 30,
    period: '',
    duration: '',
    sort: 'start',
    page: 1,
    mode: 'offers',
  };
  private readonly searchText = new SearchText(this, (q) => q !== this.search.q && this.update_({ q }));
  @state() private filtersOpen = false;
  private readonly detail = new DetailDialog<Internship, typeof import('./detail.js')>(this, () => import('./detail.js'));
  @state() private showMap = false;
  @state() private mapFailed = false;

  @query('#results-heading') private resultsHeading?: HTMLElement;

  private focusResults = false;
  private presetsApplied = false;
  private clusterMap?: ClusterMap;
  private mapPointsOf: unknown;
  private readonly place = new PlaceFilter(this, {
    client: () => this.client,
    dataset: () => this.communesDataset,
    regions: () => this.regions,
    core: () => this.strings,
    apiBase: () => this.effectiveApiBase,
    choose: (near) => this.update_({ near, sort: this.search.mode === 'offers' ? 'distance' : this.search.sort }),
  });

  private get t(): BoardStrings {
    return boardStrings[this.language] ?? boardStrings.fr!;
  }

  protected override loadLanguage(lang: Lang): Promise<unknown> {
    return Promise.all([super.loadLanguage(lang), loadBoardStrings(lang), internshipCodes.load(lang)]);
  }

  private get ds(): string {
    return this.datasetId.trim() || STAGES_DATASET;
  }

  private get size(): number {
    return clampInt(this.pageSize, 1, 100, 10);
  }

  private get regions(): string[] {
    return this.region.filter((r) => /^\d{2}$/.test(r));
  }

  private isHidden(token: string): boolean {
    return this.hideFilters.includes(token) || (token === 'department' && this.hideFilters.includes('departement'));
  }

  private get visibleGroups(): FacetGroup[] {
    return FACET_GROUP_KEYS.filter((g) => !this.isHidden(g));
  }

  private readonly results = new Task(this, {
    task: async ([where, orderBy, offset, limit, dataset, mode], { signal }): Promise<Page & { query: object }> => {
      const query = { where, orderBy, offset, limit };
      if (mode === 'employers') {
        // Explore answers a group_by without total_count (the v2.1 specification's example): ask
        // for one row more than a page to know whether another page follows.
        const page = await this.client.records(dataset, { ...query, limit: limit + 1, groupBy: employerGroupBy(), select: `${EMPLOYER_GROUP.join(',')},count(*)` }, { signal });
        if (page.sample) this.sampleData = true;
        const rows = page.results.slice(0, limit);
        const more = page.results.length > limit;
        return { total: offset + rows.length, more, mode, items: rows.map(normalizeEmployer).filter((e): e is Employer => e !== null), query };
      }
      const page = await this.client.records(dataset, query, { signal });
      if (page.sample) this.sampleData = true;
      return { total: page.total, mode: 'offers', items: page.results.map(normalizeInternship).filter((i): i is Internship => i !== null), query };
    },
    args: () => {
      const s = this.search;
      // A grouped page asks for one row more, within the 100 rows any portal serves.
      const limit = s.mode === 'employers' ? Math.min(this.size, 99) : this.size;
      const offset = Math.min((s.page - 1) * limit, 10_000 - limit);
      return [buildWhere(s, this.regions), buildOrderBy(s), offset, limit, this.ds, s.mode, this.effectiveApiBase, this.timeout] as const;
    },
  });

  private readonly facets = new Task(this, {
    task: async ([requests, dataset], { signal }) => {
      const { counts }: { counts: Counts } = await facetCounts(this.client, dataset, requests, FACET_GROUPS, signal);
      return counts;
    },
    args: () => [facetRequests(this.search, this.regions, this.visibleGroups), this.ds, this.effectiveApiBase] as const,
    argsEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyPresets();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presetKeys = ['types', 'sector', 'public', 'department', 'near', 'radius', 'mode'] as const;
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
    }
    this.announceResults(this.results, (v) => v as unknown as CarifResultsDetail);
    this.syncMap();
  }

  /** Presets from attributes become the initial selection (or fixed constraints when hidden). */
  private applyPresets(force = false): void {
    if (this.presetsApplied && !force) return;
    this.presetsApplied = true;
    const { isCode } = internshipCodes;
    const selected = { ...this.search.selected };
    selected.type = this.types.filter((v) => isCode('stageTypes', v));
    selected.sector = this.sector.map((v) => v.toUpperCase()).filter((v) => isCode('naf', v));
    selected.public = this.public.filter((v) => isCode('stagePublics', v));
    selected.department = this.department.filter((d) => /^(\d{2,3}|2[AB])$/i.test(d));
    for (const [attr, values, ok] of [
      ['types', this.types, selected.type],
      ['sector', this.sector.map((v) => v.toUpperCase()), selected.sector],
      ['public', this.public, selected.public],
      ['department', this.department, selected.department],
    ] as const) {
      const bad = values.filter((v) => !ok.includes(v));
      if (bad.length) this.warn(`${attr}="${bad.join(' ')}": unknown value(s), ignored.`);
    }
    const mode: Mode = this.mode === 'employers' ? 'employers' : 'offers';
    if (this.mode && this.mode !== mode) this.warn(`mode="${this.mode}" is unknown: use "offers" or "employers".`);
    const radius = (RADII as readonly number[]).includes(Number(this.radius)) ? Number(this.radius) : 30;
    if (Number(this.radius) !== radius) this.warn(`radius="${this.radius}" is not one of ${RADII.join(', ')}: using ${radius}.`);
    this.search = { ...this.search, selected, mode, radius };
    this.presetNear();
  }

  /** `near`: "lat,lon" at once, or a commune/postcode looked up before the first request. */
  private presetNear(): void {
    const pending = presetPlace(
      this.place,
      this.near,
      (near) => (this.search = { ...this.search, near, sort: this.search.mode === 'offers' ? 'distance' : this.search.sort }),
      () => this.warn(`near="${this.near.trim()}": no commune or postcode found; showing offers everywhere.`),
    );
    if (pending) this.whenReady(pending);
  }

  private stateForEvent(): CarifChangeDetail['state'] {
    const s = this.search;
    const out: CarifChangeDetail['state'] = { q: s.q, mode: s.mode };
    for (const g of FACET_GROUP_KEYS) if (!this.isHidden(g)) out[g] = s.selected[g];
    if (s.near) Object.assign(out, { lat: s.near.lat.toFixed(4), lon: s.near.lon.toFixed(4), place: s.near.label, radius: String(s.radius) });
    Object.assign(out, { period: s.period, duration: s.duration, sort: s.sort, page: s.page > 1 ? String(s.page) : '' });
    return out;
  }

  /** Changes the search; any change but a page change goes back to page 1. */
  private update_(patch: Partial<BoardState>): void {
    this.search = { ...this.search, page: 1, ...patch };
    this.emit<CarifChangeDetail>('carif-change', { state: this.stateForEvent() });
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
    this.update_({ q: '', selected, near: this.isHidden('near') ? this.search.near : null, period: '', duration: '', sort: 'start' });
  }

  private get activeCount(): number {
    const s = this.search;
    return this.visibleGroups.reduce((n, g) => n + s.selected[g].length, 0) + (s.near && !this.isHidden('near') ? 1 : 0) + (s.period ? 1 : 0) + (s.duration ? 1 : 0);
  }

  private goToPage(page: number): void {
    this.focusResults = true;
    this.search = { ...this.search, page };
    this.emit<CarifChangeDetail>('carif-change', { state: this.stateForEvent() });
  }

  private async open(item: Internship, opener: HTMLElement | null): Promise<void> {
    // The detail and its rich-text sanitiser (DOMPurify) load on first use.
    await this.detail.open(item, opener);
    this.emit<CarifSelectDetail<Internship>>('carif-select', { item });
  }

  /** From the map: open the offer of that marker; focus goes back to its card on close. */
  private openById(id: string): void {
    const value = this.results.value;
    if (value?.mode !== 'offers') return;
    const item = value.items.find((i) => i.id === id);
    if (!item) return;
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .card-title button`);
    void this.open(item, card);
  }

  private retry(): void {
    void this.results.run();
    void this.facets.run();
  }

  /** The map (and Leaflet) loads only when the visitor asks for it. */
  private async toggleMap(): Promise<void> {
    this.showMap = !this.showMap;
    if (!this.showMap) {
      this.removeMap();
      return;
    }
    try {
      mapModule ??= await import('../core/map/cluster-map.js');
      this.mapFailed = false;
      this.requestUpdate();
    } catch (error) {
      this.mapFailed = true;
      this.warn(`the map could not load: ${String(error)}`);
    }
  }

  /** Creates the map when its container is rendered and gives it the offers of the current page. */
  private syncMap(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('#map');
    if (!this.showMap || !container || !mapModule) {
      if (this.clusterMap && !container) this.removeMap();
      return;
    }
    try {
      if (!this.clusterMap) {
        this.clusterMap = new mapModule.ClusterMap(container, {
          tileUrl: this.tileUrl,
          attribution: this.tileAttribution,
          lang: this.language,
          onSelect: (id) => this.openById(id),
        });
        this.mapPointsOf = undefined;
      }
      const value = this.results.value;
      if (value && value !== this.mapPointsOf) {
        this.mapPointsOf = value;
        this.clusterMap.setPoints(this.mapPoints());
      }
    } catch (error) {
      // The list stays the way to use the board; the host page never sees the error.
      this.removeMap();
      this.mapFailed = true;
      this.warn(`the map failed: ${String(error)}`);
    }
  }

  private removeMap(): void {
    this.clusterMap?.destroy();
    this.clusterMap = undefined;
  }

  private mapPoints(): { id: string; lat: number; lon: number; label: string }[] {
    const value = this.results.value;
    if (value?.mode !== 'offers') return [];
    return value.items.flatMap((i) => (i.place.geo ? [{ id: i.id, ...i.place.geo, label: `${plainText(i.title)}, ${placeText(i.place)}` }] : []));
  }

  // ---------------------------------------------------------------- rendering

  override render(): TemplateResult {
    const t = this.t;
    const heading = this.heading ?? t.title;
    return html`
      ${heading ? html`<h2 class="title" part="title">${heading}</h2>` : nothing}
      ${this.isHidden('mode')
        ? nothing
        : renderChoice<Mode>({
            part: 'modes',
            name: 'mode',
            legend: t.modes,
            value: this.search.mode,
            options: [
              ['offers', t.modeOffers],
              ['employers', t.modeEmployers],
            ],
            onChange: (mode) => this.update_({ mode, sort: this.search.near && mode === 'offers' ? 'distance' : 'start' }),
          })}
      ${this.isHidden('search')
        ? nothing
        : this.searchText.render({ label: t.searchLabel, placeholder: t.searchPlaceholder, button: t.searchButton })}
      ${renderFilterLayout({ open: this.filtersOpen, toggleLabel: this.filtersOpen ? t.hideFilters : t.showFilters(this.activeCount), onToggle: () => (this.filtersOpen = !this.filtersOpen), filters: this.renderFilters(), results: this.renderResults() })}
      ${this.detail.render((item, detail, close) => detail.renderDetail(item, t, this.language, this.strings.close, close))}
    `;
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const counts = this.facets.value ?? {};
    const s = this.search;
    const lang = this.language;
    const group = (g: FacetGroup, legend: string) => {
      if (this.isHidden(g)) return nothing;
      const table = TABLE_OF[g];
      return renderFacetGroup({
        group: g,
        legend,
        counts: counts[g],
        selected: s.selected[g],
        name: (v) => (table ? internshipCodes.label(table, v, lang) : departementLabel(v)),
        lang: intlLocale(lang),
        order: table && g !== 'sector' ? internshipCodes.codesOf(table) : undefined,
        onToggle: (v, on) => this.toggle(g, v, on),
      });
    };
    const select = (id: string, legend: string, value: string, options: [string, string][], onChange: (v: string) => void) =>
      html`<div class="field">
        <label for=${id}>${legend}</label>
        <select id=${id} .value=${value} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </div>`;
    const months = nextMonths(new Date(`${parisDay(new Date())}T00:00:00Z`));
    return html`<div id="filters" class="filters ${this.filtersOpen ? 'open' : ''}" part="filters" role="group" aria-label=${t.filters}>
      ${this.isHidden('near')
        ? nothing
        : this.place.render(s.near, s.radius, () => this.update_({ near: null, sort: s.sort === 'distance' ? 'start' : s.sort }), (radius) => this.update_({ radius }))}
      ${group('type', t.type)} ${group('sector', t.sector)} ${group('public', t.public)} ${group('department', t.departement)}
      ${this.isHidden('period') && this.isHidden('duration')
        ? nothing
        : html`<fieldset part="filter-group">
            <legend>${t.when}</legend>
            ${this.isHidden('period')
              ? nothing
              : select('period', t.period, s.period, [['', t.anyPeriod], ['all-year', t.allYear], ...months.map((m): [string, string] => [m, formatMonth(lang, `${m}-01`)])], (period) => this.update_({ period }))}
            ${this.isHidden('duration')
              ? nothing
              : select('duration', t.duration, s.duration, [['', t.anyDuration], ['short', t.short], ['medium', t.medium], ['long', t.long]], (duration) => this.update_({ duration: duration as Duration }))}
          </fieldset>`}
      ${this.activeCount ? html`<button type="button" class="button" part="button clear-button" @click=${this.clearAll}>${t.clearFilters}</button>` : nothing}
    </div>`;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const s = this.search;
    const value = this.results.value;
    const status = this.results.status;
    const total = value?.total ?? 0;
    const more = value?.mode === 'employers' && value.more;
    const pages = value?.mode === 'employers' ? s.page + (more ? 1 : 0) : Math.max(1, Math.ceil(Math.min(total, 10_000) / this.size));
    const count = (n: number) => (s.mode !== 'employers' ? t.results(n) : more ? t.employersMore(n) : t.employersFound(n));
    const offers = s.mode === 'offers';
    return html`
      <div class="results-head">
        <h2 id="results-heading" tabindex="-1" class="results-heading" part="summary">${value && status !== TaskStatus.ERROR ? count(total) : t.resultsHeading}</h2>
        <div class="tools">
          ${this.isHidden('sort') || !offers
            ? nothing
            : html`<label class="sort">${t.sort}
                <select .value=${s.sort} @change=${(e: Event) => this.update_({ sort: (e.target as HTMLSelectElement).value as Sort })}>
                  <option value="start" ?selected=${s.sort === 'start'}>${t.sortStart}</option>
                  <option value="newest" ?selected=${s.sort === 'newest'}>${t.sortNewest}</option>
                  <option value="distance" ?selected=${s.sort === 'distance'} ?disabled=${!s.near}>${t.sortDistance}</option>
                </select>
              </label>`}
          ${this.isHidden('map') || !offers
            ? nothing
            : html`<button type="button" class="button map-toggle" part="button map-toggle" aria-expanded=${this.showMap ? 'true' : 'false'} aria-controls="map" @click=${this.toggleMap}>
                ${this.showMap ? t.hideMap : t.showMap}
              </button>`}
          <button type="button" class="button print" part="button print-button" @click=${() => window.print()}>${this.strings.print}</button>
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${value && status === TaskStatus.COMPLETE ? `${count(total)}. ${pages > 1 ? this.strings.page(s.page, pages) : ''}` : ''}
      </div>
      ${renderSampleNotice(this.sampleData, this.strings)}
      ${this.showMap && offers
        ? this.mapFailed
          ? html`<p class="state" role="status">${this.strings.map.failed}</p>`
          : html`<div id="map" class="map" part="map" role="region" aria-label=${t.mapLabel}></div>`
        : nothing}
      ${this.results.render({
        initial: () => renderLoading(this.strings),
        pending: () => (value ? this.renderList(value, true) : renderLoading(this.strings)),
        complete: (v) =>
          v.items.length
            ? html`${this.renderList(v, false)} ${renderPagination(Math.min(s.page, pages), pages, this.strings, (n) => this.goToPage(n))}`
            : renderEmpty(v.mode === 'employers' ? t.emptyEmployers : t.empty),
        error: (error) => (isAbort(error) ? renderLoading(this.strings) : renderError(errorMessage(error, this.strings, this.effectiveApiBase), this.strings, () => this.retry())),
      })}
    `;
  }

  private renderList(page: Page, busy: boolean): TemplateResult {
    const start = (this.search.page - 1) * this.size + 1;
    if (page.mode === 'offers') {
      return html`<ol class="list" part="list" aria-busy=${busy ? 'true' : 'false'} start=${start}>
        ${page.items.map((item) => html`<li data-id=${item.id}>${this.renderOffer(item)}</li>`)}
      </ol>`;
    }
    // The directory, grouped by commune (the API sorts by commune, then name).
    const groups = new Map<string, Employer[]>();
    for (const e of page.items) {
      const key = e.city ? placeText(e) : this.t.unknownCity;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    return html`<div class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
      ${[...groups].map(
        ([commune, employers]) => html`<h3 class="commune">${commune}</h3>
          <ul class="plain">
            ${employers.map((e) => html`<li>${this.renderEmployer(e)}</li>`)}
          </ul>`,
      )}
    </div>`;
  }

  private renderOffer(item: Internship): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const title = plainText(item.title);
    const distance = this.search.near && item.place.geo ? formatDistance(lang, haversineKm(this.search.near, item.place.geo)) : null;
    const tel = telHref(item.contact.phone);
    const open = (e: Event) => this.open(item, e.currentTarget as HTMLElement);
    return html`<article class="card" part="card">
      <h3 class="card-title" part="card-title">
        <button type="button" class="link-button" aria-haspopup="dialog" @click=${open}>${title}</button>
      </h3>
      ${item.type ? html`<p><span class="badge">${internshipCodes.label('stageTypes', item.type, lang)}</span></p>` : nothing}
      <dl class="facts">
        ${fact(t.employer, plainText(item.employer.name))}
        ${fact(t.place, html`${placeText(item.place)}${distance ? html` <span class="distance">(${t.distance(distance)})</span>` : nothing}`)}
        ${fact(t.when, periodText(item, t, lang))}
        ${fact(t.duration, item.days && `${item.days} ${t.days(item.days)}`)}
        ${fact(t.placesLabel, item.places)}
      </dl>
      <p class="card-contact">
        ${tel ? html`<a class="button small" part="button contact-link" href=${tel}>${t.call(plainText(item.contact.phone))}</a>` : nothing}
        <button type="button" class="button small" part="button details-button" aria-label=${t.detailsOf(title)} aria-haspopup="dialog" @click=${open}>${t.details}</button>
      </p>
      <div class="print-only">${renderOfferContact(item, t)}</div>
    </article>`;
  }

  private renderEmployer(e: Employer): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const tel = telHref(e.contact.phone);
    const mail = mailtoHref(e.contact.email);
    return html`<article class="card" part="card">
      <h4 class="card-title" part="card-title">${plainText(e.name)}</h4>
      <dl class="facts">
        ${fact(t.welcomes, welcomesText(e.welcomes, t))}
        ${fact(t.sectorShort, e.naf && internshipCodes.label('naf', e.naf, lang))}
        ${fact(t.size, e.size && internshipCodes.label('tailles', e.size, lang))}
        ${fact(t.place, placeText(e))}
      </dl>
      ${e.offers ? html`<p class="muted">${e.offers} ${t.offers(e.offers)}</p>` : nothing}
      <p class="card-contact">
        ${tel ? html`<a class="button small" part="button contact-link" href=${tel}>${t.call(plainText(e.contact.phone))}</a>` : nothing}
        ${mail ? html`<a class="button small" part="button contact-link" href=${mail}>${t.write}</a>` : nothing}
        ${!tel && !mail ? html`<span>${t.noContact}</span>` : nothing}
      </p>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carif-internship-board': CarifInternshipBoard;
  }
}
