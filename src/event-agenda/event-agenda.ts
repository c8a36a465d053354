import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../core/decorators.js';
import { CarifSearchElement } from '../core/search/search-element.js';
import { clampInt, list, listConverter, oneOf } from '../core/converters.js';
import { DetailDialog } from '../core/detail-dialog.js';
import { visitorZone } from '../core/format.js';
import type { Lang } from '../core/i18n.js';
import { layoutStyles } from '../core/layout.styles.js';
import { pieceStyles } from '../core/pieces.styles.js';
import { presetPlace } from '../core/place-filter.js';
import { checkCommon, checkRange, isDepartement, presetChoice, presetRadius, presetsChanged, readPresets, type Preset } from '../core/search/presets.js';
import { FacetedSearch, pageOffset } from '../core/search/search.js';
import { LazyPanel, Later } from '../core/search/lazy-panel.js';
import { renderResultsHead, renderSearchBox, renderSearchLayout, renderStates, renderTitle } from '../core/search/view.js';
import { errorMessage, renderSampleNotice } from '../core/states.js';
import { baseStyles } from '../core/styles.js';
import { renderChoice, renderPagination } from '../core/templates.js';
import { recordsUpTo, type ExploreClient } from '../data/client.js';
import { pageDefaults } from '../core/config.js';
import { loadDepartements } from '../data/codes.js';
import { eventCodes } from '../data/evenements/codes.js';
import { EVENTS_DATASET, normalizeEvent, type AgendaEvent } from '../data/evenements/record.js';
import { renderAgendaList, renderEventCard, type EventContext } from './cards.js';
import { Clock } from './clock.js';
import { renderCompactFrame, renderCompactList, seeAllHref } from './compact.js';
import { LazyGrid } from './lazy-grid.js';
import { MAX_EVENTS } from './parts.js';
import { buildWhere, dateWindow, FACET_GROUPS, initialState, isDay, ORDER_BY, type AgendaState, type FacetGroup, type Range, type View } from '../data/evenements/query.js';
import { agendaStrings, type AgendaStrings } from './strings.js';
import { agendaStyles } from './event-agenda.styles.js';

const PRESETS: Preset<FacetGroup>[] = [
  { attr: 'types', group: 'type', valid: (v) => eventCodes.isCode('eventTypes', v) },
  { attr: 'public', group: 'public', valid: (v) => eventCodes.isCode('eventPublics', v) },
  { attr: 'publics', group: 'public', valid: (v) => eventCodes.isCode('eventPublics', v) },
  { attr: 'department', group: 'department', valid: isDepartement },
];
type Query = { where: string; orderBy: string; offset: number; limit: number; all: boolean; openagenda?: OpenAgendaInput };
/** A search on OpenAgenda's mirror, in plain values (its where is written by the source module, loaded on first use). */
type OpenAgendaInput = Omit<import('../data/sources/openagenda.js').OpenAgendaQuery, 'from' | 'to'> & { from: string | null; to: string | null };
type Normalize = (raw: unknown) => AgendaEvent | null;

/**
 * The orientation events near the visitor (forums and salons, open days, nights of orientation,
 * job dating, company visits, workshops, information sessions, parents' cafés): a list grouped by
 * month and day, a month calendar that is an accessible grid, or a compact "next events" block.
 * Times are read and shown in Europe/Paris; each event can be added to the visitor's calendar as
 * an .ics file made in the browser.
 *
 * @summary Orientation events agenda.
 * @tagname carif-event-agenda
 * @attribute {string} source - `openagenda`: OpenAgenda's public events through their keyless Opendatasoft mirror (with `agenda`, only some agendas; without, every event within the place and dates), instead of the widgets' contract. Types, publics, prices and attendance are not in that source: their filters are hidden.
 * @csspart dialog - The detail dialog.
 * @csspart close-button - The button that closes the detail.
 * @csspart pagination - The page navigation.
 * @csspart attribution - The credit line of a real source.
 * @attribute {string[]} public - Preset publics: `jeunes scolaires etudiants demandeurs_emploi salaries personnes_handicapees familles enseignants tout_public`.
 *
 * @csspart views - The choice between the list and the month calendar.
 * @csspart calendar - The month grid.
 * @csspart day - One day of the month grid.
 * @csspart day-panel - The events of the day chosen in the grid.
 * @csspart see-all - The "see all" link of the compact layout.
 * @csspart export-button - The button that makes an .ics file of the list.
 * @csspart register-link - The registration link of an event.
 * @csspart ics-link - The "add to my calendar" link in the detail.
 *
 * @event {CustomEvent<CarifResultsDetail<AgendaEvent>>} carif-results - Events arrived (a page of the list, the month of the grid, or the compact block). `detail: { total, items, query }`.
 * @event {CustomEvent<CarifSelectDetail<AgendaEvent>>} carif-select - The visitor opened an event. `detail: { item }`.
 * @event {CustomEvent<CarifErrorDetail>} carif-error - A request failed (the widget shows a message and a retry button). `detail: { error }`.
 * @event {CustomEvent<CarifChangeDetail>} carif-change - The visitor changed the search, the view or the month. `detail: { state }`.
 */
export class CarifEventAgenda extends CarifSearchElement {
  static override styles = [baseStyles, layoutStyles, pieceStyles, agendaStyles];

  /** Preset event types, e.g. `forum_salon portes_ouvertes job_dating` (docs/datasets.md). */
  @list @property({ converter: listConverter }) types: string[] = [];

  /**
   * The old name of `public`, still read (with a console note).
   * @deprecated Use `public`.
   */
  @list @property({ converter: listConverter }) publics: string[] = [];

  /** With `source="openagenda"`: only the events of these OpenAgenda agendas (their UIDs, space-separated). */
  @list @property({ attribute: 'agenda', converter: listConverter }) agenda: string[] = [];

  /** Preset place: a commune name, a postcode or `lat,lon`. */
  @property() near = '';

  /** Radius around `near`, in km: 5, 10, 20, 30, 50 or 100. */
  @property({ type: Number }) radius = 30;

  /** Preset first day, `YYYY-MM-DD` (Paris calendar). */
  @property() from = '';

  /** Preset last day (included), `YYYY-MM-DD`. */
  @property() to = '';

  /** `list` (default) or `month`: the month calendar. */
  @property() view: View = 'list';

  /** `full` (default) or `compact`: the next events only, for a sidebar or a home page. */
  @property() layout: 'full' | 'compact' = 'full';

  /** In the compact layout, how many events (1 to 20). */
  @property({ attribute: 'max-items', type: Number }) maxItems = 5;

  /** In the compact layout, the address of the page with the whole agenda ("see all" link). */
  @property({ attribute: 'see-all' }) seeAll = '';

  /** Show past events too (hidden by default: an event is past once it has ended, on the Paris clock). */
  @property({ attribute: 'show-past', type: Boolean }) showPast = false;

  /** Filters to hide: `search view type public department near dates attendance free`. A hidden filter with a preset stays applied. */
  @list @property({ attribute: 'hide-filters', converter: listConverter }) hideFilters: string[] = [];

  /** Events per page of the list, 1 to 100. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /** The clock: "now" for past events, "this week" and today in the grid (for previews and tests); the real time when unset. */
  @property({ attribute: false }) now?: Date;

  private readonly clock = new Clock(this, () => this.now);
  private readonly search = new FacetedSearch(
    this,
    {
      groups: FACET_GROUPS,
      initial: initialState,
      others: [
        { token: 'dates', count: (s) => !!s.range, cleared: { range: '', from: '', to: '' } },
        { token: 'attendance', count: (s) => !!s.attendance, cleared: { attendance: '' } },
        { token: 'free', count: (s) => s.free, cleared: { free: false } },
      ],
      query: (s): Query => {
        const limit = this.size;
        const page = { offset: this.compact ? 0 : pageOffset(s.page, limit), limit, all: this.monthView };
        if (!this.openagenda) return { where: buildWhere(s, this.regions, this.windowOf(s)), orderBy: ORDER_BY, ...page };
        const w = this.windowOf(s);
        const near = s.near && { lat: s.near.lat, lon: s.near.lon };
        return { where: '', orderBy: '', ...page, openagenda: { q: s.q, agendas: this.agenda, departements: s.selected.department, regions: this.regions, near, radius: s.radius, from: w.from?.toISOString() ?? null, to: w.to?.toISOString() ?? null } };
      },
      fetch: async (client, dataset, query, { signal, sample }) => {
        const source = await this.source_(query);
        const [page] = await Promise.all([
          this.eventsPage(source?.client ?? client, source?.dataset ?? dataset, source?.query ?? query, source?.normalize ?? normalizeEvent, signal, sample),
          query.all && this.month.load(), // the month grid's code, with its first answer
        ]);
        return source ? { ...page, credit: source.credit } : page;
      },
      where: (s, except) => buildWhere(s, this.regions, this.windowOf(s), except),
      record: (s) => ({ view: s.view, range: s.range, from: s.from, to: s.to, attendance: s.attendance, free: s.free ? '1' : '', month: s.view === 'month' ? s.month : '' }),
    },
    {
      ...this.searchOptions(EVENTS_DATASET, () => this.hideFilters),
      hidesAll: () => this.compact,
      noFacets: () => this.compact || this.openagenda,
      // OpenAgenda has no event types, publics, prices or attendance field the widget could filter on.
      unserved: (token) => this.openagenda && ['type', 'public', 'attendance', 'free'].includes(token),
      place: { communes: () => this.communesDataset, regions: () => this.regions, geo: () => (this.openagenda ? (pageDefaults().sources?.geo ?? '') : null) },
      // The clock is read again at each change of the search.
      changed: () => {
        this.clock.tick();
        this.exportMessage = '';
      },
    },
  );
  /** The month grid: its code loads with the month view's first answer. */
  private readonly month: LazyGrid = new LazyGrid(this, {
    month: () => this.search.state.month,
    setMonth: (month) => this.search.update({ month }),
    today: () => this.clock.today,
    showPast: () => this.showPast,
  });
  /** The detail, its words and its sanitiser (DOMPurify) load on first use. */
  private readonly detail = new DetailDialog<AgendaEvent, typeof import('./detail.js')>(this, () => import('./detail.js').then(async (m) => (await m.detailWords.load(this.language), m)));
  @state() private exportMessage = '';
  /** Once the first results are on screen: the filter panel's code; each card's contact block (drawn when the list prints) with the département names (a compact agenda has no panel). */
  private readonly panel = new LazyPanel(this.search, () => import('./filters.js'));
  private readonly contact = new Later(this.search, () => Promise.all([import('./contact.js'), loadDepartements()]).then(([m]) => m));
  private presetsApplied = false;

  private get t(): AgendaStrings {
    return agendaStrings.get(this.language);
  }

  protected override loadLanguage(lang: Lang): Promise<unknown> {
    return Promise.all([super.loadLanguage(lang), agendaStrings.load(lang), eventCodes.load(lang), this.detail.module?.detailWords.load(lang)]);
  }

  private get compact(): boolean {
    return this.layout === 'compact';
  }

  private get size(): number {
    return this.compact ? clampInt(this.maxItems, 1, 20, 5) : clampInt(this.pageSize, 1, 100, 20);
  }

  /** The dates a search covers, on the Paris calendar (the compact block: from now on). */
  private windowOf(s: AgendaState) {
    return dateWindow(this.compact ? { ...s, view: 'list', range: '' } : s, this.clock.now, this.showPast);
  }

  private get monthView(): boolean {
    return !this.compact && this.search.state.view === 'month';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyPresets();
    if (this.compact) return;
    this.followUrl<AgendaState, AgendaEvent>(this.search, {
      name: 'agenda',
      restore: (u, base) => {
        const from = isDay(u.from ?? '') ? u.from! : '';
        const to = isDay(u.to ?? '') ? u.to! : '';
        return {
          view: oneOf(u.view, ['list', 'month'], base.view),
          range: oneOf(u.range, ['week', 'month', 'custom'], from || to ? 'custom' : ''),
          from,
          to,
          attendance: oneOf(u.attendance, ['onsite', 'online'], ''),
          free: u.free === '1',
          month: /^\d{4}-(0[1-9]|1[0-2])$/.test(u.month ?? '') ? u.month! : base.month,
        };
      },
      items: this.dialogItems(
        this.detail,
        (id) => this.search.results.value?.items.find((e) => e.id === id),
        () => (this.openagenda ? null : { field: 'id', normalize: normalizeEvent }),
        (item) => void this.open(item, null),
      ),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const warn = (m: string) => this.warn(m);
    if (this.presetsApplied && presetsChanged(changed, [...PRESETS.map((p) => p.attr), 'near', 'radius', 'from', 'to', 'view'])) this.applyPresets(true);
    else if (this.presetsApplied && changed.has('now') && !isDay(this.from.trim())) {
      // A clock set later (a preview, a test): the calendar opens on its month.
      this.search.set({ month: this.clock.today.slice(0, 7) });
      this.month.reset(this.search.state.month);
    }
    checkCommon(changed, this, warn, 20);
    checkRange(changed, 'maxItems', 'max-items', this.maxItems, 1, 20, 5, warn);
    if (changed.has('layout') && this.layout && this.layout !== 'full' && this.layout !== 'compact') warn(`layout="${this.layout}" is unknown: use "full" or "compact".`);
    if (changed.has('seeAll') && this.seeAll && !seeAllHref(this.seeAll)) warn(`see-all="${this.seeAll}" is not an http(s) address: no "see all" link.`);
    if (changed.has('publics') && this.publics.length) warn('publics="…" is the old name of public="…": both work, public is the one documented.');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.search.results.status === TaskStatus.COMPLETE) this.month.grid?.restoreFocus();
  }

  /** Presets from attributes become the initial selection (or fixed constraints when hidden). */
  private applyPresets(force = false): void {
    if (this.presetsApplied && !force) return;
    this.presetsApplied = true;
    const warn = (m: string) => this.warn(m);
    const selected = { ...this.search.state.selected, ...readPresets(PRESETS, (attr) => this[attr as 'types'], warn) };
    const from = this.from.trim();
    const to = this.to.trim();
    for (const [attr, v] of [['from', from], ['to', to]] as const) if (v && !isDay(v)) warn(`${attr}="${v}" is not a date (YYYY-MM-DD): ignored.`);
    const f = isDay(from) ? from : '';
    let t = isDay(to) ? to : '';
    if (f && t && t < f) {
      warn(`to="${t}" is before from="${f}": the end date is ignored.`);
      t = '';
    }
    const range: Range = f || t ? 'custom' : '';
    const month = (f || this.clock.today).slice(0, 7);
    const view = presetChoice<View>('view', this.view, ['list', 'month'], warn);
    this.search.set({ selected, radius: presetRadius(this.radius, warn), range, from: f, to: t, view, month, page: 1 });
    this.month.reset(month, f);
    // `near`: "lat,lon" at once, or a commune/postcode looked up before the first request.
    const pending = presetPlace(this.search.place!, this.near, (near) => this.search.set({ near }), () => warn(`near="${this.near.trim()}": no commune or postcode found; showing events everywhere.`));
    if (pending) this.whenReady(pending);
  }

  /** The detail and its rich-text sanitiser (DOMPurify) load on first use. */
  private open(item: AgendaEvent, opener: HTMLElement | null): Promise<void> {
    return this.openDetail(this.detail, this.search, item, opener);
  }

  /** `source="openagenda"`: OpenAgenda's public events through their Opendatasoft mirror. */
  private get openagenda(): boolean {
    return this.source.split(/[\s,]+/).includes('openagenda');
  }

  /** For a search on OpenAgenda: its client, dataset, query and normaliser (the module loads on first use). */
  private async source_(query: Query): Promise<{ client: ExploreClient; dataset: string; query: Query; normalize: Normalize; credit: string } | null> {
    const input = query.openagenda;
    if (!input) return null;
    const m = await import('../data/sources/openagenda.js');
    const where = m.openAgendaWhere({ ...input, from: input.from ? new Date(input.from) : null, to: input.to ? new Date(input.to) : null });
    const base = this.apiBase.trim() || pageDefaults().sources?.openagenda || m.OPENAGENDA.base;
    return { client: this.clientFor(base), dataset: m.OPENAGENDA.dataset, query: { ...query, where, orderBy: m.OPENAGENDA.orderBy }, normalize: m.normalizeOpenAgenda, credit: m.OPENAGENDA.attribution };
  }

  /** A page of events (the list), or every event of the window up to MAX_EVENTS (the month grid, the export). */
  private async eventsPage(client: ExploreClient, dataset: string, { all, openagenda: _, ...query }: Query, normalize: Normalize, signal?: AbortSignal, sample?: () => void) {
    const page = all ? await recordsUpTo(client, dataset, query, MAX_EVENTS, { signal }) : await client.records(dataset, query, { signal });
    if (page.sample) sample?.();
    return { total: page.total, items: page.results.map(normalize).filter((e): e is AgendaEvent => e !== null), query: all ? { ...query, offset: 0, limit: MAX_EVENTS } : query };
  }

  /** An .ics file of every event of the current search (up to MAX_EVENTS), downloaded by the browser. */
  private async exportList(): Promise<void> {
    this.exportMessage = this.t.exporting;
    try {
      const query = { ...this.search.spec.query(this.search.state), all: true };
      const source = await this.source_(query);
      const fetchAll = () => this.eventsPage(source?.client ?? this.client, source?.dataset ?? (this.datasetId.trim() || EVENTS_DATASET), source?.query ?? query, source?.normalize ?? normalizeEvent);
      const { exportIcs } = await import('./export.js');
      this.exportMessage = await exportIcs(fetchAll, this.renderRoot, this.language, this.t);
    } catch (error) {
      this.exportMessage = errorMessage(error, this.strings, this.effectiveApiBase);
    }
  }

  // ---------------------------------------------------------------- rendering

  private get cards(): EventContext {
    return { t: this.t, lang: this.language, near: this.search.state.near, open: (e, opener) => void this.open(e, opener), link: (id) => this.linkTo(id), contact: this.printing ? this.contact.module?.renderEventContact : undefined };
  }

  override render(): TemplateResult {
    const t = this.t;
    const search = this.search;
    const heading = this.heading ?? t.title;
    const dialog = this.detail.render((item, detail, close) => detail.renderDetail(item, t, this.language, this.strings.close, close));
    if (this.compact) {
      const body = html`${renderSampleNotice(search.sample, this.strings)} <div role="status">${search.notice ? html`<p class="notice">${search.notice}</p>` : nothing}</div> ${renderStates(search, { empty: t.emptyCompact, list: (v, busy) => renderCompactList(v.items, busy, this.cards) })}`;
      return html`${renderCompactFrame({ heading, label: t.title, body, seeAll: seeAllHref(this.seeAll), seeAllText: t.seeAll })} ${dialog}`;
    }
    return html`
      ${renderTitle(heading)}
      ${search.isHidden('view')
        ? nothing
        : renderChoice<View>({
            part: 'views',
            name: 'view',
            legend: t.views,
            value: search.state.view,
            options: [
              ['list', t.viewList],
              ['month', t.viewMonth],
            ],
            onChange: (view) => {
              if (this.month.grid) this.month.grid.openDay = '';
              search.update({ view, month: search.state.month || this.clock.today.slice(0, 7) });
            },
          })}
      ${renderSearchBox(search, t)}
      ${renderSearchLayout(search, t, this.panel.render((m) => m.renderAgendaFilters(search, { t, lang: this.language, monthView: this.monthView, showPast: this.showPast }), t), this.renderResults())}
      ${dialog}
    `;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const search = this.search;
    const s = search.state;
    const total = search.results.value?.total ?? 0;
    const pages = Math.max(1, Math.ceil(Math.min(total, 10_000) / this.size));
    const month = this.monthView;
    const page = !month && pages > 1 ? this.strings.page(s.page, pages) : '';
    const cards = this.cards;
    const from = this.windowOf(s).from;
    const tools = html`<button type="button" class="button export" part="button export-button" ?disabled=${!total} @click=${this.exportList}>${t.exportList}</button>`;
    return html`
      ${renderResultsHead(search, { summary: t.results(total), heading: t.resultsHeading, tools, live: `${t.results(total)}. ${page}`, page })}
      <div role="status" class="export-status">${this.exportMessage ? html`<p class="notice">${this.exportMessage}</p>` : nothing}</div>
      ${visitorZone() ? html`<p class="muted">${t.parisTime}</p>` : nothing}
      ${month && this.month.grid ? this.month.grid.renderNav(t, lang) : nothing}
      ${renderStates(search, {
        empty: t.empty,
        isEmpty: (v) => !month && !v.items.length,
        list: (v, busy) =>
          month && this.month.grid
            ? this.month.grid.render(v, busy, t, lang, (e, day) => renderEventCard(e, day, cards, 4), () => renderAgendaList(v.items, from, false, cards))
            : html`${renderAgendaList(v.items, from, busy, cards)} ${busy ? nothing : renderPagination(Math.min(s.page, pages), pages, this.strings, (n) => search.goToPage(n))}`,
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carif-event-agenda': CarifEventAgenda;
  }
}
