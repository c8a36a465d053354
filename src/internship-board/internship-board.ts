import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../core/decorators.js';
import { CarifSearchElement } from '../core/search/search-element.js';
import { clampInt, list, listConverter, oneOf } from '../core/converters.js';
import { DetailDialog } from '../core/detail-dialog.js';
import type { Lang } from '../core/i18n.js';
import { layoutStyles } from '../core/layout.styles.js';
import { LazyMap } from '../core/map/lazy-map.js';
import { pieceStyles } from '../core/pieces.styles.js';
import { presetPlace } from '../core/place-filter.js';
import { plainText } from '../core/sanitize.js';
import { checkCommon, isDepartement, presetChoice, presetRadius, presetsChanged, readPresets, type Preset } from '../core/search/presets.js';
import { FacetedSearch, pageOffset } from '../core/search/search.js';
import { LazyPanel, Later } from '../core/search/lazy-panel.js';
import { renderResultsHead, renderSearchBox, renderSearchLayout, renderStates, renderTitle } from '../core/search/view.js';
import { baseStyles } from '../core/styles.js';
import { renderChoice, renderPagination } from '../core/templates.js';
import { internshipCodes } from '../data/stages/codes.js';
import type { Employer } from '../data/stages/employers.js';
import { normalizeInternship, STAGES_DATASET, type Internship } from '../data/stages/record.js';
import { renderOffers, type Page } from './cards.js';
import { placeText } from './parts.js';
import { buildOrderBy, buildWhere, emptySelection, FACET_GROUPS, type BoardState, type FacetGroup, type Mode, type Sort } from '../data/stages/query.js';
import { boardStrings, type BoardStrings } from './strings.js';
import { boardStyles } from './styles.js';

const PRESETS: Preset<FacetGroup>[] = [
  { attr: 'types', group: 'type', valid: (v) => internshipCodes.isCode('stageTypes', v) },
  { attr: 'sector', group: 'sector', valid: (v) => internshipCodes.isCode('naf', v), normalise: (v) => v.toUpperCase() },
  { attr: 'public', group: 'public', valid: (v) => internshipCodes.isCode('stagePublics', v) },
  { attr: 'department', group: 'department', valid: isDepartement },
];
type Query = { where: string; orderBy: string; offset: number; limit: number; mode: Mode };

/**
 * Internships and immersions near the visitor (stage de 3e, mini-stages, PFMP, student internships,
 * PMSMP, apprenticeship offers), and a directory of employers who welcome class visits and
 * immersions, grouped by commune.
 *
 * @summary Internship and immersion board.
 * @tagname carif-internship-board
 * @attribute {string[]} public - Preset publics: `college lycee lycee_pro etudiants jeunes demandeurs_emploi salaries`.
 *
 * @csspart dialog - The detail dialog.
 * @csspart close-button - The button that closes the detail.
 * @csspart pagination - The page navigation.
 * @csspart contact-link - A call or e-mail button on a result.
 * @csspart modes - The choice between offers and the employer directory.
 * @csspart map - The map of the results (when shown).
 * @csspart map-toggle - The button that shows or hides the map.
 * @csspart employer-offers - In the directory, the button that shows the offers of that employer ("5 offres en ligne").
 * @cssprop --carif-color-accent - The selected marker on the map (default #a63a00).
 *
 * @event {CustomEvent<CarifResultsDetail<Internship | Employer>>} carif-results - A page of results arrived. `detail: { total, items, query }`.
 * @event {CustomEvent<CarifSelectDetail<Internship>>} carif-select - The visitor opened an offer. `detail: { item }`.
 * @event {CustomEvent<CarifErrorDetail>} carif-error - A request failed (the widget shows a message and a retry button). `detail: { error }`.
 * @event {CustomEvent<CarifChangeDetail>} carif-change - The visitor changed the search. `detail: { state }`.
 *
 * @cssprop --carif-map-height - Height of the map (default 22rem).
 */
export class CarifInternshipBoard extends CarifSearchElement {
  static override styles = [baseStyles, layoutStyles, pieceStyles, boardStyles];

  /** Preset offer types: `stage_3e mini_stage pfmp stage_etudiant pmsmp apprentissage`. */
  @list @property({ converter: listConverter }) types: string[] = [];

  /** Preset sectors: NAF section letters `A`..`U`, e.g. `I Q`. */
  @list @property({ converter: listConverter }) sector: string[] = [];

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

  /** Map tiles (with `{z}/{x}/{y}`), OpenStreetMap by default. */
  @property({ attribute: 'tile-url' }) tileUrl = '';

  /** Attribution of the tiles. */
  @property({ attribute: 'tile-attribution' }) tileAttribution = '';

  private readonly search = new FacetedSearch(
    this,
    {
      groups: FACET_GROUPS,
      initial: (): BoardState => ({ q: '', selected: emptySelection(), near: null, radius: 30, period: '', duration: '', sort: 'start', page: 1, mode: 'offers', employer: null }),
      others: [
        { token: 'employer', count: (s) => !!s.employer, cleared: { employer: null } },
        { token: 'period', count: (s) => !!s.period, cleared: { period: '' } },
        { token: 'duration', count: (s) => !!s.duration, cleared: { duration: '' } },
        { token: 'sort', count: () => 0, cleared: { sort: 'start' } },
      ],
      query: (s): Query => {
        // A grouped page asks for one row more, within the 100 rows any portal serves.
        const limit = s.mode === 'employers' ? Math.min(this.size, 99) : this.size;
        return { where: buildWhere(s, this.regions), orderBy: buildOrderBy(s), offset: pageOffset(s.page, limit), limit, mode: s.mode };
      },
      fetch: async (client, dataset, { mode, ...query }, { signal, sample }): Promise<Page & { query: Omit<Query, 'mode'> }> => {
        if (mode === 'employers') {
          // The directory's code loads with its first answer.
          const directory = (this.directory ??= await import('./directory.js'));
          return { ...(await directory.employersPage(client, dataset, query, signal, sample)), query };
        }
        const page = await client.records(dataset, query, { signal });
        if (page.sample) sample();
        return { total: page.total, mode: 'offers', items: page.results.map(normalizeInternship).filter((i): i is Internship => i !== null), query };
      },
      where: (s, except) => buildWhere(s, this.regions, except),
      record: (s) => ({ mode: s.mode, period: s.period, duration: s.duration, sort: s.sort, employer: s.employer?.id ?? '', employer_name: s.employer?.name ?? '' }),
    },
    {
      ...this.searchOptions(STAGES_DATASET, () => this.hideFilters),
      place: { communes: () => this.communesDataset, regions: () => this.regions, choose: (_, s) => ({ sort: s.mode === 'offers' ? 'distance' : s.sort }) },
    },
  );
  /** The detail, its words and its sanitiser (DOMPurify) load on first use. */
  private readonly detail = new DetailDialog<Internship, typeof import('./detail.js')>(this, () => import('./detail.js').then(async (m) => (await m.detailWords.load(this.language), m)));
  /** The map (and Leaflet) loads only when the visitor asks for it. */
  @state() private showMap = false;
  private readonly map = new LazyMap(this, () => ({ tileUrl: this.tileUrl, attribution: this.tileAttribution, lang: this.language, onSelect: (id) => this.openById(id) }), (m) => this.warn(m));
  /** The employer directory's code (its request and cards), once it is shown. */
  private directory?: typeof import('./directory.js');
  /** The filter panel's code loads once the first results are on screen. */
  private readonly panel = new LazyPanel(this.search, () => import('./filters.js'));
  /** Each card's contact block, drawn when the list prints: its code comes after the first results. */
  private readonly contact = new Later(this.search, () => import('./contact.js'));
  private presetsApplied = false;

  private get t(): BoardStrings {
    return boardStrings.get(this.language);
  }

  protected override loadLanguage(lang: Lang): Promise<unknown> {
    return Promise.all([super.loadLanguage(lang), boardStrings.load(lang), internshipCodes.load(lang), this.detail.module?.detailWords.load(lang)]);
  }

  private get size(): number {
    return clampInt(this.pageSize, 1, 100, 10);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyPresets();
    this.followUrl<BoardState, Internship>(this.search, {
      name: 'board',
      restore: (u, base) => ({
        mode: this.search.isHidden('mode') ? base.mode : oneOf(u.mode, ['offers', 'employers'], base.mode),
        period: u.period === 'all-year' || /^\d{4}-(0[1-9]|1[0-2])$/.test(u.period ?? '') ? u.period! : '',
        duration: oneOf(u.duration, ['short', 'medium', 'long'], ''),
        sort: oneOf(u.sort, ['start', 'newest', 'distance'], base.sort),
        employer: u.employer ? { id: u.employer, name: u.employer_name || u.employer } : null,
      }),
      items: this.dialogItems(
        this.detail,
        (id) => {
          const value = this.search.results.value;
          return value?.mode === 'offers' ? value.items.find((i) => i.id === id) : undefined;
        },
        () => ({ field: 'id', normalize: normalizeInternship }),
        (item) => void this.open(item, null),
      ),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.presetsApplied && presetsChanged(changed, [...PRESETS.map((p) => p.attr), 'near', 'radius', 'mode'])) this.applyPresets(true);
    checkCommon(changed, this, (m) => this.warn(m));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const value = this.search.results.value;
    this.map.sync(value, () =>
      value?.mode === 'offers'
        ? value.items.flatMap((i) => (i.place.geo ? [{ id: i.id, ...i.place.geo, label: `${plainText(i.title)}, ${placeText(i.place)}` }] : []))
        : (value?.items ?? []).flatMap((e) => (e.geo ? [{ id: e.id, ...e.geo, label: `${plainText(e.name)}, ${placeText(e)}` }] : [])),
    );
  }

  /** Presets from attributes become the initial selection (or fixed constraints when hidden). */
  private applyPresets(force = false): void {
    if (this.presetsApplied && !force) return;
    this.presetsApplied = true;
    const warn = (m: string) => this.warn(m);
    const selected = { ...this.search.state.selected, ...readPresets(PRESETS, (attr) => this[attr as 'types'], warn) };
    this.search.set({ selected, mode: presetChoice('mode', this.mode, ['offers', 'employers'] as const, warn), radius: presetRadius(this.radius, warn) });
    // `near`: "lat,lon" at once, or a commune/postcode looked up before the first request.
    const pending = presetPlace(
      this.search.place!,
      this.near,
      (near) => this.search.set({ near, sort: this.search.state.mode === 'offers' ? 'distance' : this.search.state.sort }),
      () => this.warn(`near="${this.near.trim()}": no commune or postcode found; showing offers everywhere.`),
    );
    if (pending) this.whenReady(pending);
  }

  /** The detail and its rich-text sanitiser (DOMPurify) load on first use. */
  private open(item: Internship, opener: HTMLElement | null): Promise<void> {
    return this.openDetail(this.detail, this.search, item, opener);
  }

  /** From the map: open the offer of that marker (focus goes back to its card on close), or go to that employer's card. */
  private openById(id: string): void {
    const value = this.search.results.value;
    if (value?.mode === 'employers') {
      const title = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .card-title`);
      title?.focus({ preventScroll: true });
      title?.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    const item = value?.mode === 'offers' ? value.items.find((i) => i.id === id) : undefined;
    if (item) void this.open(item, this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] [part~="details-button"]`));
  }

  // ---------------------------------------------------------------- rendering

  override render(): TemplateResult {
    const t = this.t;
    const search = this.search;
    return html`
      ${renderTitle(this.heading ?? t.title)}
      ${search.isHidden('mode')
        ? nothing
        : renderChoice<Mode>({
            part: 'modes',
            name: 'mode',
            legend: t.modes,
            value: search.state.mode,
            options: [
              ['offers', t.modeOffers],
              ['employers', t.modeEmployers],
            ],
            onChange: (mode) => search.update({ mode, employer: null, sort: search.state.near && mode === 'offers' ? 'distance' : 'start' }),
          })}
      ${renderSearchBox(search, t)}
      ${renderSearchLayout(search, t, this.panel.render((m) => m.renderBoardFilters(search, t, this.language), t), this.renderResults())}
      ${this.detail.render((item, detail, close) => detail.renderDetail(item, t, this.language, this.strings.close, close))}
    `;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const search = this.search;
    const s = search.state;
    const value = search.results.value;
    const total = value?.total ?? 0;
    const more = value?.mode === 'employers' && value.more;
    const pages = value?.mode === 'employers' ? s.page + (more ? 1 : 0) : Math.max(1, Math.ceil(Math.min(total, 10_000) / this.size));
    const page = pages > 1 ? this.strings.page(s.page, pages) : '';
    const count = s.mode !== 'employers' ? t.results(total) : more ? t.employersMore(total) : t.employersFound(total);
    const offers = s.mode === 'offers';
    const option = (value: Sort, text: string, disabled = false) => html`<option value=${value} ?selected=${s.sort === value} ?disabled=${disabled}>${text}</option>`;
    const tools = html`${search.isHidden('sort') || !offers
      ? nothing
      : html`<label class="sort">${t.sort}
          <select .value=${s.sort} @change=${(e: Event) => search.update({ sort: (e.target as HTMLSelectElement).value as Sort })}>
            ${option('start', t.sortStart)} ${option('newest', t.sortNewest)} ${option('distance', t.sortDistance, !s.near)}
          </select>
        </label>`}
    ${search.isHidden('map')
      ? nothing
      : html`<button type="button" class="button map-toggle" part="button map-toggle" aria-expanded=${this.showMap ? 'true' : 'false'} aria-controls="map" @click=${() => (this.showMap = !this.showMap)}>
          ${this.showMap ? t.hideMap : t.showMap}
        </button>`}`;
    const cards = {
      t,
      lang: this.language,
      near: s.near,
      open: (item: Internship, opener: HTMLElement | null) => void this.open(item, opener),
      link: (id: string) => this.linkTo(id),
      contact: this.printing ? this.contact.module?.renderOfferContact : undefined,
      offersOf: (e: Employer) => search.update({ mode: 'offers', employer: { id: e.id, name: e.name }, sort: s.near ? 'distance' : 'start' }, true),
    };
    const employer = offers && s.employer;
    return html`
      ${renderResultsHead(search, { summary: count, heading: t.resultsHeading, tools, live: `${count}. ${page}`, page })}
      ${employer
        ? html`<p class="notice employer-filter">
            ${t.offersOf(plainText(employer.name))}
            <button type="button" class="button small" part="button" @click=${() => search.update({ employer: null }, true)}>${t.allOffers}</button>
          </p>`
        : nothing}
      ${this.showMap
        ? this.map.failed
          ? html`<p class="state" role="status">${t.mapFailed}</p>`
          : html`<div id="map" class="map" part="map" role="region" aria-label=${offers ? t.mapLabel : t.mapLabelEmployers}></div>`
        : nothing}
      ${renderStates(search, {
        empty: s.mode === 'employers' ? t.emptyEmployers : t.empty,
        list: (v, busy) => html`${v.mode === 'offers' ? renderOffers(v.items, (s.page - 1) * this.size + 1, busy, cards) : this.directory!.renderDirectory(v, busy, cards)} ${busy ? nothing : renderPagination(Math.min(s.page, pages), pages, this.strings, (n) => search.goToPage(n))}`,
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carif-internship-board': CarifInternshipBoard;
  }
}
