import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { CarifElement } from '../core/base-element.js';
import { clampInt, list, listConverter, parseLatLon } from '../core/converters.js';
import type { CarifSelectDetail } from '../core/events.js';
import { formatDistance, haversineKm } from '../core/format.js';
import { intlLocale, type Lang } from '../core/i18n.js';
import { layoutStyles } from '../core/layout.styles.js';
import { pieceStyles } from '../core/pieces.styles.js';
import type { ClusterMap, MapPoint } from '../core/map/cluster-map.js';
import { PlaceFilter, presetPlace, RADII } from '../core/place-filter.js';
import { mailtoHref, plainText, safeUrl, telHref } from '../core/sanitize.js';
import { errorMessage, renderEmpty, renderError, renderLoading, renderSampleNotice } from '../core/states.js';
import { SearchText } from '../core/search-text.js';
import { baseStyles } from '../core/styles.js';
import { checkbox, fact, renderFacetGroup, renderFilterLayout } from '../core/templates.js';
import { departementLabel } from '../data/codes.js';
import { facetCounts } from '../data/facets.js';
import { recordsUpTo } from '../data/client.js';
import { isAbort } from '../data/errors.js';
import { venueCodes, type VenueTable } from '../data/venue-codes.js';
import { normalizeVenue, VENUES_DATASET, type Venue } from '../data/venues.js';
import { dayName, formatTime, openingStatus, parisClock, week } from './hours.js';
import { buildOrderBy, buildWhere, emptySelection, FACET_GROUP_KEYS, FACET_GROUPS, facetRequests, type FacetGroup, type VenueState } from './query.js';
import { loadVenueStrings, venueStrings, type VenueStrings } from './strings.js';

type Counts = Partial<Record<FacetGroup, { value: string; count: number }[]>>;

/** Most venues drawn at once (a region publishes a few hundred); beyond, the visitor is asked to narrow the search. */
const MAX_VENUES = 2000;
/** Cards added by "show more". */
const LIST_STEP = 20;
const TABLE_OF: Partial<Record<FacetGroup, VenueTable>> = { network: 'networks', public: 'venuePublics', service: 'services' };
/** The shared map module, loaded with Leaflet when the first venue map connects. */
let mapModule: Promise<typeof import('../core/map/cluster-map.js')> | undefined;

const venueStyles = css`
  .intro {
    margin-block-end: var(--_gap);
  }
  .places {
    container-type: inline-size;
  }
  .places-grid {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 44rem) {
    .places-grid {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .map-wrap {
      position: sticky;
      top: 0;
    }
  }
  .map {
    height: var(--carif-map-height, 26rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .skip-map:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .card.is-selected {
    border-color: var(--carif-color-accent, #a63a00);
    box-shadow: 0 0 0 2px var(--carif-color-accent, #a63a00);
  }
  .card-title:focus {
    outline: none;
  }
  .card-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .status {
    font-weight: 600;
  }
  .status.open {
    color: var(--_success);
  }
  .hours {
    border-collapse: collapse;
    margin-block: 0.25rem 0.5rem;
  }
  .hours th,
  .hours td {
    text-align: start;
    padding: 0.15rem 0.75rem 0.15rem 0;
    vertical-align: top;
  }
  .hours tr.today {
    font-weight: 700;
  }
  .details {
    margin-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  .details h4 {
    margin: 0;
    font-size: 1em;
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .more {
    margin-block-start: var(--_gap);
  }
  @media print {
    .map-wrap,
    .skip-map,
    .more,
    .card-actions {
      display: none !important;
    }
    .places-grid {
      display: block;
    }
    .details {
      display: grid !important;
    }
  }
`;

/**
 * A map and an equivalent list of the SPRO venues where anyone gets free information and advice
 * (missions locales, CIO, France Travail, Cap emploi, Information Jeunesse, CEP…), with opening
 * hours read in Europe/Paris, filters, distance sort and directions.
 *
 * @summary Map and list of the venues of the regional public guidance service.
 * @tagname carif-venue-map
 *
 * @event carif-results - The venues of a search arrived. `detail: { total, items, query }`.
 * @event carif-select - The visitor selected a venue, on the map or in the list. `detail: { item }`.
 * @event carif-error - A request failed (the widget shows a message and a retry button). `detail: { error }`.
 *
 * @slot loading - Replaces the loading message.
 * @slot empty - Replaces the "no result" message.
 * @slot error - Replaces the error message (the retry button stays).
 *
 * @csspart title - The heading.
 * @csspart search - The search form.
 * @csspart button - Every button.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One group of filters.
 * @csspart results - The map and the list.
 * @csspart summary - The count line.
 * @csspart map - The map.
 * @csspart list - The list of venues.
 * @csspart card - One venue.
 * @csspart card-title - The name of a venue.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button.
 * @csspart sample-notice - The "sample data" notice.
 *
 * @cssprop --carif-color-primary - Buttons, links, markers (default #1d4f91).
 * @cssprop --carif-color-accent - The selected venue (default #a63a00).
 * @cssprop --carif-map-height - Height of the map (default 26rem; the `height` attribute wins).
 */
export class CarifVenueMap extends CarifElement {
  static override styles = [baseStyles, layoutStyles, pieceStyles, venueStyles];

  /** Preset networks (space-separated): `mission_locale cio france_travail cap_emploi apec information_jeunesse cep …`. */
  @list @property({ converter: listConverter }) networks: string[] = [];

  /** Preset publics: `jeunes scolaires etudiants demandeurs_emploi salaries personnes_handicapees familles tout_public`. */
  @list @property({ converter: listConverter }) public: string[] = [];

  /** Preset services: `accueil_information orientation_scolaire accompagnement_jeunes cep_niveau_1 … vae bilan_competences droits_sociaux`. */
  @list @property({ converter: listConverter }) services: string[] = [];

  /** Only venues in these INSEE regions (space-separated), e.g. `27`. */
  @list @property({ converter: listConverter }) region: string[] = [];

  /** Preset départements (space-separated codes), e.g. `21 25`. */
  @list @property({ converter: listConverter }) department: string[] = [];

  /** Preset place: a commune name, a postcode or `lat,lon`; the list is then sorted by distance. */
  @property() near = '';

  /** Radius around `near`, in km: 5, 10, 20, 30, 50 or 100. */
  @property({ type: Number }) radius = 30;

  /** Initial centre of the map, `lat,lon` (otherwise the map fits the venues). */
  @property() center = '';

  /** Initial zoom with `center`, 3 to 18. */
  @property({ type: Number }) zoom?: number;

  /** Height of the map, a CSS length (`400px`, `30rem`). */
  @property() height = '';

  /** Filters to hide: `search network public service department open near`. A hidden filter with a preset stays applied. */
  @list @property({ attribute: 'hide-filters', converter: listConverter }) hideFilters: string[] = [];

  /** Map tiles (with `{z}/{x}/{y}`), OpenStreetMap by default; `none` for no background. */
  @property({ attribute: 'tile-url' }) tileUrl = '';

  /** Attribution of the tiles (plain text). */
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';

  /** Highest zoom the tiles offer. */
  @property({ attribute: 'tile-max-zoom', type: Number }) tileMaxZoom = 18;

  /** Dataset used to find a commune or postcode. */
  @property({ attribute: 'communes-dataset' }) communesDataset = 'communes';

  /** The heading shown above the widget; empty to show none. */
  @property() heading?: string;

  /** The clock used for "open now" (for previews and tests); the real time when unset. */
  @property({ attribute: false }) now?: Date;

  @state() private search: VenueState = { q: '', selected: emptySelection(), near: null, radius: 30, openNow: false };
  private readonly searchText = new SearchText(this, (q) => q !== this.search.q && this.update_({ q }));
  @state() private filtersOpen = false;
  @state() private selectedId: string | null = null;
  @state() private expanded = new Set<string>();
  @state() private shown = LIST_STEP;
  @state() private mapFailed = false;
  @state() private printing = false;
  @state() private tick = 0;

  private clockTimer?: ReturnType<typeof setInterval>;
  private presetsApplied = false;
  private clusterMap?: ClusterMap;
  private mapPointsOf: unknown;
  private mapLoading = false;
  private focusCard: string | null = null;
  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);
  private readonly place = new PlaceFilter(this, {
    client: () => this.client,
    dataset: () => this.communesDataset,
    regions: () => this.regions,
    core: () => this.strings,
    apiBase: () => this.effectiveApiBase,
    choose: (near) => this.update_({ near }),
  });

  private get t(): VenueStrings {
    return venueStrings[this.language] ?? venueStrings.fr!;
  }

  protected override loadLanguage(lang: Lang): Promise<unknown> {
    return Promise.all([super.loadLanguage(lang), loadVenueStrings(lang), venueCodes.load(lang)]);
  }

  private get ds(): string {
    return this.datasetId.trim() || VENUES_DATASET;
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

  /** The `height` attribute when it is a CSS length. */
  private get mapHeight(): string {
    const h = this.height.trim();
    return h && CSS.supports('height', h) ? h : '';
  }

  private get clockNow(): Date {
    void this.tick;
    return this.now ?? new Date();
  }

  /** Every venue of the search (pages of 100 fetched together), up to MAX_VENUES. */
  private readonly results = new Task(this, {
    task: async ([where, orderBy, dataset], { signal }) => {
      const query = { where, orderBy };
      const all = await recordsUpTo(this.client, dataset, query, MAX_VENUES, { signal });
      const total = Math.max(0, all.total);
      if (all.sample) this.sampleData = true;
      const seen = new Set<string>();
      const items = all.results
        .map(normalizeVenue)
        .filter((v): v is Venue => v !== null && !seen.has(v.id) && (seen.add(v.id), true));
      return { total, items, query };
    },
    args: () => [buildWhere(this.search, this.regions), buildOrderBy(this.search), this.ds, this.effectiveApiBase, this.timeout] as const,
  });

  private readonly facets = new Task(this, {
    task: async ([requests, dataset], { signal }) => {
      const { counts }: { counts: Counts } = await facetCounts(this.client, dataset, requests, FACET_GROUPS, signal);
      // Older sources say pole_emploi: counted as France Travail.
      const networks = counts.network;
      if (networks?.some((c) => c.value === 'pole_emploi')) {
        const old = networks.find((c) => c.value === 'pole_emploi')!.count;
        const ft = networks.find((c) => c.value === 'france_travail');
        counts.network = [...networks.filter((c) => c.value !== 'pole_emploi' && c.value !== 'france_travail'), { value: 'france_travail', count: (ft?.count ?? 0) + old }];
      }
      return counts;
    },
    args: () => [facetRequests(this.search, this.regions, this.visibleGroups), this.ds, this.effectiveApiBase] as const,
    argsEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyPresets();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // "Open now" follows the clock.
    this.clockTimer = setInterval(() => (this.tick += 1), 60_000);
    // A map removed on disconnect is rebuilt on re-connect.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clockTimer);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.removeMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presetKeys = ['networks', 'public', 'services', 'department', 'near', 'radius'] as const;
    if (this.presetsApplied && presetKeys.some((k) => changed.has(k) && changed.get(k) !== undefined)) this.applyPresets(true);
    if (changed.has('region')) {
      const bad = this.region.filter((r) => !/^\d{2}$/.test(r));
      if (bad.length) this.warn(`region="${bad.join(' ')}" is not an INSEE region code (two digits, e.g. 27): ignored.`);
    }
    if (changed.has('height')) {
      const h = this.height.trim();
      if (h && !CSS.supports('height', h)) this.warn(`height="${h}" is not a CSS length (e.g. 400px or 30rem): using the default.`);
    }
    if (changed.has('center') && this.center && !parseLatLon(this.center)) this.warn(`center="${this.center}" is not "lat,lon" (e.g. 47.32,5.04): the map fits the venues instead.`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.announceResults(this.results, (v) => ({ total: v.total, items: this.visible, query: { ...v.query, offset: 0, limit: v.items.length } }));
    this.syncMap();
    if (this.focusCard) {
      const card = this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(this.focusCard)}"] .card-title`);
      this.focusCard = null;
      if (card) {
        card.focus({ preventScroll: true });
        card.scrollIntoView?.({ block: 'nearest' });
      }
    }
  }

  /** Presets from attributes become the initial selection (or fixed constraints when hidden). */
  private applyPresets(force = false): void {
    if (this.presetsApplied && !force) return;
    this.presetsApplied = true;
    const { isCode } = venueCodes;
    const networks = this.networks.map((n) => (n === 'pole_emploi' ? 'france_travail' : n));
    const selected = emptySelection();
    selected.network = networks.filter((v) => isCode('networks', v));
    selected.public = this.public.filter((v) => isCode('venuePublics', v));
    selected.service = this.services.filter((v) => isCode('services', v));
    selected.department = this.department.filter((d) => /^(\d{2,3}|2[AB])$/i.test(d));
    for (const [attr, values, ok] of [
      ['networks', networks, selected.network],
      ['public', this.public, selected.public],
      ['services', this.services, selected.service],
      ['department', this.department, selected.department],
    ] as const) {
      const bad = values.filter((v) => !ok.includes(v));
      if (bad.length) this.warn(`${attr}="${bad.join(' ')}": unknown value(s), ignored.`);
    }
    const radius = (RADII as readonly number[]).includes(Number(this.radius)) ? Number(this.radius) : 30;
    if (Number(this.radius) !== radius) this.warn(`radius="${this.radius}" is not one of ${RADII.join(', ')}: using ${radius}.`);
    this.search = { ...this.search, selected, radius };
    this.presetNear();
  }

  /** `near`: "lat,lon" at once, or a commune/postcode looked up before the first request. */
  private presetNear(): void {
    const pending = presetPlace(
      this.place,
      this.near,
      (near) => (this.search = { ...this.search, near }),
      () => this.warn(`near="${this.near.trim()}": no commune or postcode found; showing every venue.`),
    );
    if (pending) this.whenReady(pending);
  }

  private update_(patch: Partial<VenueState>): void {
    this.search = { ...this.search, ...patch };
    this.shown = LIST_STEP;
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
    this.update_({ q: '', selected, near: this.isHidden('near') ? this.search.near : null, openNow: this.isHidden('open') ? this.search.openNow : false });
  }

  private get activeCount(): number {
    const s = this.search;
    return this.visibleGroups.reduce((n, g) => n + s.selected[g].length, 0) + (s.near && !this.isHidden('near') ? 1 : 0) + (s.openNow ? 1 : 0);
  }

  /** The last "open now" list, kept for the same venues and the same minute (render, map and events all ask for it). */
  private openNowOf?: { items: Venue[]; minute: number; open: Venue[] };

  /** The venues of the search, with "open now" applied (hours are read on the Paris clock). */
  private get visible(): Venue[] {
    const items = this.results.value?.items ?? [];
    if (!this.search.openNow) return items;
    const now = this.clockNow;
    const minute = Math.floor(now.getTime() / 60_000);
    const cached = this.openNowOf;
    if (cached && cached.items === items && cached.minute === minute) return cached.open;
    const open = items.filter((v) => openingStatus(v.hours, now).state === 'open');
    this.openNowOf = { items, minute, open };
    return open;
  }

  /** Selects a venue; from the list, the map reveals its marker; from the map, the list shows and focuses its card. */
  private select(venue: Venue, from: 'map' | 'list'): void {
    this.selectedId = venue.id;
    this.emit<CarifSelectDetail<Venue>>('carif-select', { item: venue });
    if (from === 'map') {
      const index = this.visible.findIndex((v) => v.id === venue.id);
      if (index >= this.shown) this.shown = Math.ceil((index + 1) / LIST_STEP) * LIST_STEP;
      this.expanded = new Set([...this.expanded, venue.id]);
      this.focusCard = venue.id;
      this.clusterMap?.select(venue.id);
    } else {
      this.clusterMap?.select(venue.id, true);
      this.renderRoot.querySelector('#map')?.scrollIntoView?.({ block: 'nearest' });
      this.clusterMap?.focusPoint(venue.id);
    }
  }

  private toggleDetails(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  private retry(): void {
    void this.results.run();
    void this.facets.run();
  }

  // ---------------------------------------------------------------- map

  private syncMap(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('#map');
    if (!container || this.mapFailed) return;
    if (!this.clusterMap) {
      if (this.mapLoading) return;
      this.mapLoading = true;
      mapModule ??= import('../core/map/cluster-map.js');
      mapModule
        .then((m) => {
          this.mapLoading = false;
          if (!this.isConnected || this.clusterMap) return;
          const center = parseLatLon(this.center);
          this.clusterMap = new m.ClusterMap(container, {
            tileUrl: this.tileUrl,
            attribution: this.tileAttribution,
            maxZoom: clampInt(this.tileMaxZoom, 3, 22, 18),
            center,
            zoom: center ? clampInt(this.zoom ?? 11, 3, 18, 11) : null,
            lang: this.language,
            onSelect: (id) => {
              const venue = this.visible.find((v) => v.id === id);
              if (venue) this.select(venue, 'map');
            },
          });
          this.mapPointsOf = undefined;
          this.syncMap();
        })
        .catch((error: unknown) => {
          this.mapLoading = false;
          this.mapFailed = true;
          mapModule = undefined;
          this.warn(`the map could not load (${String(error)}); the list still works.`);
        });
      return;
    }
    const visible = this.visible;
    const key = `${this.results.value ? 'v' : ''}${visible.length}:${visible[0]?.id}:${visible.at(-1)?.id}`;
    if (this.results.value && key !== this.mapPointsOf) {
      const first = this.mapPointsOf === undefined;
      this.mapPointsOf = key;
      try {
        // The preset centre holds for the first view; later searches fit their venues.
        this.clusterMap.setPoints(this.mapPoints(visible), first && !!parseLatLon(this.center));
        this.clusterMap.select(this.selectedId);
      } catch (error) {
        this.removeMap();
        this.mapFailed = true;
        this.warn(`the map failed (${String(error)}); the list still works.`);
      }
    }
  }

  private mapPoints(venues: Venue[]): MapPoint[] {
    return venues.flatMap((v) => (v.geo ? [{ id: v.id, ...v.geo, label: `${plainText(v.name)}, ${this.cityText(v)}` }] : []));
  }

  private removeMap(): void {
    this.clusterMap?.destroy();
    this.clusterMap = undefined;
  }

  // ---------------------------------------------------------------- rendering

  private cityText(v: Venue): string {
    return [v.postcode, v.city].filter(Boolean).map((x) => plainText(x)).join(' ') || (v.departement ? departementLabel(v.departement) : '');
  }

  override render(): TemplateResult {
    const t = this.t;
    const heading = this.heading ?? t.title;
    return html`
      ${heading ? html`<h2 class="title" part="title">${heading}</h2>` : nothing}
      ${heading ? html`<p class="intro">${t.intro}</p>` : nothing}
      ${this.isHidden('search')
        ? nothing
        : this.searchText.render({ label: t.searchLabel, placeholder: t.searchPlaceholder, button: t.searchButton })}
      ${renderFilterLayout({ open: this.filtersOpen, toggleLabel: this.filtersOpen ? t.hideFilters : t.showFilters(this.activeCount), onToggle: () => (this.filtersOpen = !this.filtersOpen), filters: this.renderFilters(), results: this.renderResults(), resultsClass: 'places' })}
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
        name: (v) => (table ? venueCodes.label(table, v, lang) : departementLabel(v)),
        lang: intlLocale(lang),
        order: table ? venueCodes.codesOf(table) : undefined,
        onToggle: (v, on) => this.toggle(g, v, on),
      });
    };
    return html`<div id="filters" class="filters ${this.filtersOpen ? 'open' : ''}" part="filters" role="group" aria-label=${t.filters}>
      ${this.isHidden('open') ? nothing : html`<fieldset part="filter-group">
            <legend class="visually-hidden">${t.openNow}</legend>
            ${checkbox('open', s.openNow, t.openNow, (on) => this.update_({ openNow: on }))}
          </fieldset>`}
      ${this.isHidden('near')
        ? nothing
        : this.place.render(s.near, s.radius, () => this.update_({ near: null }), (radius) => this.update_({ radius }))}
      ${group('network', t.network)} ${group('service', t.service)} ${group('public', t.public)} ${group('department', t.departement)}
      ${this.activeCount ? html`<button type="button" class="button" part="button clear-button" @click=${this.clearAll}>${t.clearFilters}</button>` : nothing}
    </div>`;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const value = this.results.value;
    const status = this.results.status;
    const visible = this.visible;
    const ready = value && status === TaskStatus.COMPLETE;
    return html`
      <div class="results-head">
        <h2 id="results-heading" tabindex="-1" class="results-heading" part="summary">${ready ? t.results(visible.length) : t.resultsHeading}</h2>
        <div class="tools">
          <button type="button" class="button print" part="button print-button" @click=${() => window.print()}>${this.strings.print}</button>
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${ready ? `${t.results(visible.length)}. ${this.search.near ? t.sortedByDistance : t.sortedByName}` : ''}</div>
      ${renderSampleNotice(this.sampleData, this.strings)}
      ${value && value.total > MAX_VENUES ? html`<p class="notice" role="status">${t.tooMany(MAX_VENUES, value.total)}</p>` : nothing}
      <div class="places-grid">
        <div class="map-wrap">
          <button type="button" class="button skip-map" part="button" @click=${() => this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus()}>${this.strings.map.skip}</button>
          ${this.mapFailed
            ? html`<p class="state" role="status">${this.strings.map.failed}</p>`
            : html`<div id="map" class="map" part="map" role="region" aria-label=${t.mapLabel} style=${styleMap(this.mapHeight ? { height: this.mapHeight } : {})}></div>`}
        </div>
        <div class="list-wrap">
          <h3 id="list-heading" class="visually-hidden" tabindex="-1">${t.listHeading}</h3>
          ${this.results.render({
            initial: () => renderLoading(this.strings),
            pending: () => (value ? this.renderList(visible, true) : renderLoading(this.strings)),
            complete: () => (visible.length ? this.renderList(visible, false) : renderEmpty(t.empty)),
            error: (error) => (isAbort(error) ? renderLoading(this.strings) : renderError(errorMessage(error, this.strings, this.effectiveApiBase), this.strings, () => this.retry())),
          })}
        </div>
      </div>
    `;
  }

  private renderList(venues: Venue[], busy: boolean): TemplateResult {
    const shown = this.printing ? venues.length : Math.min(this.shown, venues.length);
    const left = venues.length - shown;
    return html`<ol class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
        ${venues.slice(0, shown).map((v) => html`<li data-id=${v.id}>${this.renderVenue(v)}</li>`)}
      </ol>
      ${left > 0
        ? html`<button type="button" class="button more" part="button more-button" @click=${() => (this.shown += LIST_STEP)}>${this.t.more(Math.min(LIST_STEP, left))}</button>`
        : nothing}`;
  }

  private statusText(v: Venue): TemplateResult | typeof nothing {
    const t = this.t;
    const locale = intlLocale(this.language);
    const status = openingStatus(v.hours, this.clockNow);
    if (status.state === 'unknown') return nothing;
    if (status.state === 'open') return html`<p class="status open">${t.openUntil(formatTime(locale, status.closes))}</p>`;
    if (!status.opens) return html`<p class="status">${t.closed}</p>`;
    const time = formatTime(locale, status.opens.minutes);
    const text = status.opens.inDays === 0 ? t.closedOpensToday(time) : status.opens.inDays === 1 ? t.closedOpensTomorrow(time) : t.closedOpensOn(dayName(locale, status.opens.day), time);
    return html`<p class="status">${text}</p>`;
  }

  private renderVenue(v: Venue): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const name = plainText(v.name);
    const selected = v.id === this.selectedId;
    const open = this.expanded.has(v.id);
    const detailsId = `details-${v.id.replace(/[^\w-]/g, '_')}`;
    const tel = telHref(v.phone);
    const distance = this.search.near && v.geo ? formatDistance(lang, haversineKm(this.search.near, v.geo)) : null;
    return html`<article class="card ${selected ? 'is-selected' : ''}" part="card" aria-current=${selected ? 'true' : 'false'}>
      <h3 class="card-title" part="card-title" tabindex="-1">${name}</h3>
      ${v.network ? html`<p><span class="badge">${venueCodes.label('networks', v.network, lang)}</span></p>` : nothing}
      <p>${[plainText(v.address), this.cityText(v)].filter(Boolean).join(', ')}${distance ? html` <span class="distance">(${t.distance(distance)})</span>` : nothing}</p>
      ${this.statusText(v)}
      <p class="card-contact card-actions">
        ${tel ? html`<a class="button small" part="button contact-link" href=${tel}>${t.call(plainText(v.phone))}</a>` : nothing}
        ${v.geo ? html`<button type="button" class="button small" part="button" aria-label=${t.showOnMapOf(name)} @click=${() => this.select(v, 'list')}>${t.showOnMap}</button>` : nothing}
        <button type="button" class="button small details-button" part="button details-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} aria-label=${t.detailsOf(name)} @click=${() => this.toggleDetails(v.id)}>
          ${t.details}
        </button>
      </p>
      <div id=${detailsId} class="details" ?hidden=${!open && !this.printing}>${open || this.printing ? this.renderDetails(v, name) : nothing}</div>
    </article>`;
  }

  private renderDetails(v: Venue, name: string): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const locale = intlLocale(lang);
    const today = parisClock(this.clockNow).day;
    const mail = mailtoHref(v.email);
    const web = safeUrl(v.website);
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const directions = v.geo ? `https://www.openstreetmap.org/directions?route=%3B${v.geo.lat.toFixed(5)}%2C${v.geo.lon.toFixed(5)}` : null;
    return html`
      <section>
        <h4>${t.hours}</h4>
        ${v.hours.length
          ? html`<table class="hours">
              <caption class="visually-hidden">${t.hours}: ${name}</caption>
              <tbody>
                ${week(v.hours).map(
                  ({ day, ranges }) => html`<tr class=${day === today ? 'today' : ''}>
                    <th scope="row">${dayName(locale, day)}${day === today ? html` <span>(${t.today})</span>` : nothing}</th>
                    <td>${ranges.length ? ranges.map((r) => `${formatTime(locale, r.open)}–${formatTime(locale, r.close)}`).join(', ') : t.closedDay}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>${t.hoursUnknown}</p>`}
        ${v.hoursNote ? html`<p>${plainText(v.hoursNote)}</p>` : nothing}
        ${v.hours.length && visitorZone && visitorZone !== 'Europe/Paris' ? html`<p class="muted">${t.hoursInParis}</p>` : nothing}
      </section>
      <section>
        <h4>${t.contact}</h4>
        <ul>
          ${v.phone && telHref(v.phone) ? html`<li><a href=${telHref(v.phone)!}>${plainText(v.phone)}</a></li>` : nothing}
          ${mail ? html`<li><a href=${mail}>${mail.slice(7)}</a></li>` : nothing}
          ${web ? html`<li><a href=${web} target="_blank" rel="noopener noreferrer" aria-label=${t.websiteOf(name)}>${t.website}</a></li>` : nothing}
          ${directions ? html`<li><a href=${directions} target="_blank" rel="noopener noreferrer" aria-label=${t.directionsOf(name)}>${t.directions}</a></li>` : nothing}
          ${!mail && !telHref(v.phone) ? html`<li>${t.noContact}</li>` : nothing}
        </ul>
      </section>
      <dl class="facts">
        ${fact(t.services, v.services.map((s) => venueCodes.label('services', s, lang)).join(', '))}
        ${fact(t.publics, v.publics.map((p) => venueCodes.label('venuePublics', p, lang)).join(', '))}
        ${fact(t.accessibility, [v.wheelchair ? t.wheelchair : v.wheelchair === false ? t.notWheelchair : '', plainText(v.accessibility)].filter(Boolean).join(' '))}
        ${fact(t.territory, plainText(v.territory))}
      </dl>
      ${v.sproMember ? html`<p class="muted">${t.sproMember}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carif-venue-map': CarifVenueMap;
  }
}
