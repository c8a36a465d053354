import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../core/decorators.js';
import { CarifSearchElement } from '../core/search/search-element.js';
import { clampInt, list, listConverter, parseLatLon } from '../core/converters.js';
import { intlLocale, type Lang } from '../core/i18n.js';
import { layoutStyles } from '../core/layout.styles.js';
import { LazyMap } from '../core/map/lazy-map.js';
import { pieceStyles } from '../core/pieces.styles.js';
import { presetPlace } from '../core/place-filter.js';
import { plainText } from '../core/sanitize.js';
import { checkCommon, presetRadius, presetsChanged, readPresets } from '../core/search/presets.js';
import { LIST_STEP, MAX_VENUES, PRESETS } from './presets.js';
import { LazyPanel } from '../core/search/lazy-panel.js';
import { answered, renderResultsHead, renderSearchBox, renderSearchLayout, renderStates, renderTitle } from '../core/search/view.js';
import { FacetedSearch } from '../core/search/search.js';
import { baseStyles } from '../core/styles.js';
import { exportJson } from '../data/exports.js';
import { pageDefaults } from '../core/config.js';
import { venueCodes } from '../data/lieux/codes.js';
import { normalizeVenue, VENUES_DATASET, type Venue } from '../data/lieux/record.js';
import { cityText, opensText, renderVenue } from './cards.js';
import { firstToOpen, openingStatus } from './hours.js';
import { buildOrderBy, buildWhere, emptySelection, FACET_GROUPS, type VenueState } from '../data/lieux/query.js';
import { venueStrings, type VenueStrings } from './strings.js';
import type { VenueSearch } from './sources.js';
import { venueStyles } from './styles.js';

/**
 * A map and an equivalent list of the SPRO venues where anyone gets free information and advice
 * (missions locales, CIO, France Travail, Cap emploi, Information Jeunesse, CEP…), with opening
 * hours read in Europe/Paris, filters, distance sort and directions.
 *
 * @summary Map and list of the venues of the regional public guidance service.
 * @tagname carif-venue-map
 * @attribute {string[]} public - Preset publics: `jeunes scolaires etudiants demandeurs_emploi salaries personnes_handicapees familles tout_public`.
 *
 * @csspart contact-link - A call or e-mail button on a result.
 * @csspart map - The map.
 * @csspart more-button - The button that shows more venues in the list.
 * @csspart attribution - The credit line of the real sources.
 * @attribute {string} source - Real public sources instead of the widgets' contract: `annuaire` (DILA's Annuaire de l'administration: missions locales, France Travail, Cap emploi, CIO, Information Jeunesse, maisons de l'emploi, France services, Apec), `education` (the CIOs of the Annuaire de l'éducation), or `annuaire education` (both, duplicates removed). Services and publics are not in those sources: their filters are hidden.
 * @csspart skip-map - The link past the map to the list (shown when it has the focus).
 *
 * @event {CustomEvent<CarifResultsDetail<Venue>>} carif-results - The venues of a search arrived. `detail: { total, items, query }` (`total` is the venues found, 2,001 when there are more than the 2,000 drawn).
 * @event {CustomEvent<CarifSelectDetail<Venue>>} carif-select - The visitor selected a venue, on the map or in the list. `detail: { item }`.
 * @event {CustomEvent<CarifErrorDetail>} carif-error - A request failed (the widget shows a message and a retry button). `detail: { error }`.
 * @event {CustomEvent<CarifChangeDetail>} carif-change - The visitor changed the search. `detail: { state }`.
 *
 * @cssprop --carif-color-accent - The selected venue (default #a63a00).
 * @cssprop --carif-map-height - Height of the map (default 26rem; the `height` attribute wins).
 */
export class CarifVenueMap extends CarifSearchElement {
  static override styles = [baseStyles, layoutStyles, pieceStyles, venueStyles];

  /** Preset networks (space-separated): `mission_locale cio france_travail cap_emploi apec information_jeunesse cep …`. */
  @list @property({ converter: listConverter }) networks: string[] = [];

  /** Preset services: `accueil_information orientation_scolaire accompagnement_jeunes cep_niveau_1 … vae bilan_competences droits_sociaux`. */
  @list @property({ converter: listConverter }) services: string[] = [];

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

  /** The clock used for "open now" (for previews and tests); the real time when unset. */
  @property({ attribute: false }) now?: Date;

  /** Every venue of the search (one export request), up to MAX_VENUES. */
  private readonly search = new FacetedSearch(
    this,
    {
      groups: FACET_GROUPS,
      initial: (): VenueState => ({ q: '', selected: emptySelection(), near: null, radius: 30, openNow: false, page: 1 }),
      others: [{ token: 'open', count: (s) => s.openNow, cleared: { openNow: false } }],
      query: (s): VenueSearch =>
        this.sources.length
          ? { sources: this.sources, q: s.q, networks: s.selected.network, departements: s.selected.department, regions: this.regions, near: s.near && { lat: s.near.lat, lon: s.near.lon, code: s.near.code }, radius: s.radius }
          : { where: buildWhere(s, this.regions), orderBy: buildOrderBy(s) },
      fetch: async (client, dataset, query, { signal, sample }) => {
        if ('sources' in query) {
          // A real source: its own query, its records in its encoding (the module loads on first use).
          const { fetchVenues } = await import('../data/sources/venues.js');
          const bases = { ...pageDefaults().sources, ...(this.apiBase.trim() && query.sources.length === 1 ? { [query.sources[0]!]: this.apiBase.trim() } : {}) };
          const found = await fetchVenues((base) => this.clientFor(base), query.sources, query, { bases, signal, max: MAX_VENUES, sample });
          return { total: found.total, items: found.items, query: { where: found.where, orderBy: '', offset: 0, limit: found.items.length }, credit: found.credit };
        }
        // Every venue of the search in one request: the exports endpoint has no page size (records
        // serve 100 at a time: 20 requests for 2,000). One more than drawn says whether there are more.
        const all = await exportJson(client, dataset, { ...query, limit: MAX_VENUES + 1 }, { signal });
        if (all.sample) sample();
        const seen = new Set<string>();
        const items = all.results.slice(0, MAX_VENUES).map(normalizeVenue).filter((v): v is Venue => v !== null && !seen.has(v.id) && (seen.add(v.id), true));
        return { total: all.results.length > MAX_VENUES ? MAX_VENUES + 1 : items.length, items, query: { ...query, offset: 0, limit: MAX_VENUES } };
      },
      where: (s, except) => buildWhere(s, this.regions, except),
      // Older sources say pole_emploi: counted as France Travail.
      counts: (counts) => {
        const networks = counts.network;
        if (!networks?.some((c) => c.value === 'pole_emploi')) return counts;
        const count = networks.filter((c) => c.value === 'pole_emploi' || c.value === 'france_travail').reduce((n, c) => n + c.count, 0);
        return { ...counts, network: [...networks.filter((c) => c.value !== 'pole_emploi' && c.value !== 'france_travail'), { value: 'france_travail', count }] };
      },
      record: (s) => ({ open: s.openNow ? '1' : '' }),
      detail: (v) => ({ total: v.total, items: this.visible, query: { ...v.query, limit: v.items.length } }),
    },
    {
      ...this.searchOptions(VENUES_DATASET, () => this.hideFilters),
      noFacets: () => this.sources.length > 0,
      // The real sources have no services nor publics; their networks come without counts.
      unserved: (token) => this.sources.length > 0 && (token === 'service' || token === 'public'),
      place: { communes: () => this.communesDataset, regions: () => this.regions, geo: () => (this.sources.length ? (pageDefaults().sources?.geo ?? '') : null) },
      changed: () => (this.shown = LIST_STEP),
    },
  );
  @state() private selectedId: string | null = null;
  @state() private expanded = new Set<string>();
  @state() private shown = LIST_STEP;
  @state() private tick = 0;

  private clockTimer?: ReturnType<typeof setInterval>;
  /** The filter panel's code loads once the first results are on screen. */
  private readonly panel = new LazyPanel(this.search, () => import('./filters.js'));
  private presetsApplied = false;
  private focusCard: string | null = null;
  /** The venue whose card sent the focus to its marker ("Voir sur la carte"). */
  private cameFrom?: string;
  private readonly map = new LazyMap(
    this,
    () => {
      const center = parseLatLon(this.center);
      return {
        tileUrl: this.tileUrl,
        attribution: this.tileAttribution,
        maxZoom: clampInt(this.tileMaxZoom, 3, 22, 18),
        center,
        zoom: center ? clampInt(this.zoom ?? 11, 3, 18, 11) : null,
        lang: this.language,
        onSelect: (id) => void this.visible.filter((v) => v.id === id).forEach((v) => this.select(v, 'map')),
        // Back from the marker a card showed, to that card's button (not through the map's controls to the first card).
        onLeave: (id) => this.backToCard(id),
      };
    },
    (m) => this.warn(m),
  );

  /** The real sources of `source` (`annuaire`, `education`, both), in that order; none for our contract. */
  private get sources(): ('annuaire' | 'education')[] {
    const tokens = this.source.split(/[\s,]+/).filter(Boolean);
    return (['annuaire', 'education'] as const).filter((s) => tokens.includes(s));
  }

  private get t(): VenueStrings {
    return venueStrings.get(this.language);
  }

  protected override loadLanguage(lang: Lang): Promise<unknown> {
    return Promise.all([super.loadLanguage(lang), venueStrings.load(lang), venueCodes.load(lang)]);
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyPresets();
    this.followUrl<VenueState, Venue>(this.search, {
      name: 'venues',
      restore: (u) => ({ openNow: u.open === '1' }),
      // A venue's details are not a step of the history: the address is replaced.
      items: { find: (id) => this.visible.find((v) => v.id === id), show: (venue) => this.select(venue, 'map'), shown: () => this.selectedId, hide: () => (this.selectedId = null), replace: true },
    });
    // "Open now" follows the clock.
    this.clockTimer = setInterval(() => (this.tick += 1), 60_000);
    // A map removed on disconnect is rebuilt on re-connect.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clockTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.presetsApplied && presetsChanged(changed, [...PRESETS.map((p) => p.attr), 'near', 'radius'])) this.applyPresets(true);
    checkCommon(changed, this, (m) => this.warn(m));
    if (changed.has('height')) {
      const h = this.height.trim();
      if (h && !CSS.supports('height', h)) this.warn(`height="${h}" is not a CSS length (e.g. 400px or 30rem): using the default.`);
    }
    if (changed.has('source')) {
      const unknown = this.source.split(/[\s,]+/).filter((t) => t && t !== 'annuaire' && t !== 'education');
      if (unknown.length) this.warn(`source="${unknown.join(' ')}" is not a source of venues: use annuaire, education or both.`);
    }
    if (changed.has('center') && this.center && !parseLatLon(this.center)) this.warn(`center="${this.center}" is not "lat,lon" (e.g. 47.32,5.04): the map fits the venues instead.`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute: a page's strict style-src (no 'unsafe-inline') allows it.
    this.renderRoot.querySelector<HTMLElement>('#map')?.style.setProperty('height', this.mapHeight || null);
    const visible = this.visible;
    const value = this.search.results.value;
    const key = value ? `${visible.length}:${visible[0]?.id}:${visible.at(-1)?.id}` : undefined;
    this.map.sync(key, () => visible.flatMap((v) => (v.geo ? [{ id: v.id, ...v.geo, label: `${plainText(v.name)}, ${cityText(v)}` }] : [])), {
      // The preset centre holds for the first view; later searches fit their venues.
      keepView: (first) => first && !!parseLatLon(this.center),
      after: (map) => map.select(this.selectedId),
    });
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
    const warn = (m: string) => this.warn(m);
    this.search.set({ selected: { ...emptySelection(), ...readPresets(PRESETS, (attr) => this[attr as 'networks'], warn) }, radius: presetRadius(this.radius, warn) });
    // `near`: "lat,lon" at once, or a commune/postcode looked up before the first request.
    const pending = presetPlace(this.search.place!, this.near, (near) => this.search.set({ near }), () => warn(`near="${this.near.trim()}": no commune or postcode found; showing every venue.`));
    if (pending) this.whenReady(pending);
  }

  /** The last "open now" list, kept for the same venues and the same minute (render, map and events all ask for it). */
  private openNowOf?: { items: Venue[]; minute: number; open: Venue[] };

  /** The venues of the search, with "open now" applied (hours are read on the Paris clock). */
  private get visible(): Venue[] {
    const items = this.search.results.value?.items ?? [];
    if (!this.search.state.openNow) return items;
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
    this.urlSync?.showing(venue.id);
    this.emit('carif-select', { item: venue });
    const map = this.map.map;
    if (from === 'map') {
      const index = this.visible.findIndex((v) => v.id === venue.id);
      if (index >= this.shown) this.shown = Math.ceil((index + 1) / LIST_STEP) * LIST_STEP;
      this.expanded = new Set([...this.expanded, venue.id]);
      this.focusCard = venue.id;
      map?.select(venue.id);
    } else {
      this.cameFrom = venue.id;
      map?.select(venue.id, true);
      this.renderRoot.querySelector('#map')?.scrollIntoView?.({ block: 'nearest' });
      map?.focusPoint(venue.id);
    }
  }

  private backToCard(id: string): boolean {
    const back = id === this.cameFrom ? this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] [data-show-on-map]`) : null;
    this.cameFrom = undefined;
    back?.focus();
    return !!back;
  }

  private toggleDetails(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    // The address names the venue whose details are open (its permalink).
    if (next.has(id)) this.urlSync?.showing(id);
    this.expanded = next;
  }

  // ---------------------------------------------------------------- rendering

  override render(): TemplateResult {
    const t = this.t;
    const heading = this.heading ?? t.title;
    return html`
      ${renderTitle(heading)} ${heading ? html`<p class="intro">${t.intro}</p>` : nothing}
      ${renderSearchBox(this.search, t)}
      ${renderSearchLayout(this.search, t, this.panel.render((m) => m.renderVenueFilters(this.search, t, this.language, this.sources.length > 0), t), this.renderResults(), 'places')}
    `;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const search = this.search;
    const value = search.results.value;
    const visible = this.visible;
    const count = t.results(visible.length);
    const first = search.state.openNow && !visible.length ? firstToOpen(value?.items ?? [], this.clockNow) : null;
    return html`
      ${renderResultsHead(search, { summary: answered(search) ? count : t.resultsHeading, heading: t.resultsHeading, live: `${count}. ${search.state.near ? t.sortedByDistance : t.sortedByName}` })}
      ${value && value.total > MAX_VENUES ? html`<p class="notice" role="status">${t.tooMany(MAX_VENUES)}</p>` : nothing}
      <div class="places-grid">
        <div class="map-wrap">
          <button type="button" class="button skip-link skip-map" part="button skip-map" @click=${() => this.renderRoot.querySelector<HTMLElement>('#list-heading')?.focus()}>${t.skipMap}</button>
          ${this.map.failed
            ? html`<p class="state" role="status">${t.mapFailed}</p>`
            : html`<div id="map" class="map" part="map" role="region" aria-label=${t.mapLabel}></div>`}
        </div>
        <div class="list-wrap">
          <h3 id="list-heading" class="visually-hidden" tabindex="-1">${t.listHeading}</h3>
          ${renderStates(search, { empty: first ? t.noneOpen(opensText(first.opens, t, intlLocale(this.language)), plainText(first.venue.name)) : t.empty, isEmpty: () => !visible.length, list: (_, busy) => this.renderList(visible, busy) })}
        </div>
      </div>
    `;
  }

  private renderList(venues: Venue[], busy: boolean): TemplateResult {
    const shown = this.printing ? venues.length : Math.min(this.shown, venues.length);
    const left = venues.length - shown;
    const c = {
      t: this.t,
      lang: this.language,
      near: this.search.state.near,
      now: this.clockNow,
      selectedId: this.selectedId,
      expanded: this.expanded,
      printing: this.printing,
      showOnMap: (v: Venue) => this.select(v, 'list'),
      toggleDetails: (id: string) => this.toggleDetails(id),
      link: (id: string) => (this.printing ? undefined : this.linkTo(id)),
    };
    return html`<ol class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
        ${venues.slice(0, shown).map((v) => html`<li data-id=${v.id}>${renderVenue(v, c)}</li>`)}
      </ol>
      ${left > 0 ? html`<button type="button" class="button more" part="button more-button" @click=${() => (this.shown += LIST_STEP)}>${this.t.more(Math.min(LIST_STEP, left))}</button>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carif-venue-map': CarifVenueMap;
  }
}
