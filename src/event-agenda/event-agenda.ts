import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CarifElement } from '../core/base-element.js';
import { clampInt, list, listConverter } from '../core/converters.js';
import type { CarifChangeDetail, CarifSelectDetail } from '../core/events.js';
import { addDays, formatDistance, formatMonth, formatParis, haversineKm, isoWeekday, parisDay, visitorZone } from '../core/format.js';
import { intlLocale, type Lang } from '../core/i18n.js';
import { layoutStyles } from '../core/layout.styles.js';
import { pieceStyles } from '../core/pieces.styles.js';
import { PlaceFilter, presetPlace, RADII } from '../core/place-filter.js';
import { plainText, safeUrl } from '../core/sanitize.js';
import { errorMessage, renderEmpty, renderError, renderLoading, renderSampleNotice } from '../core/states.js';
import { SearchText } from '../core/search-text.js';
import { baseStyles } from '../core/styles.js';
import { DetailDialog } from '../core/detail-dialog.js';
import { checkbox, fact, renderChoice, renderFacetGroup, renderPagination, renderFilterLayout } from '../core/templates.js';
import { departementLabel } from '../data/codes.js';
import { recordsUpTo } from '../data/client.js';
import { isAbort } from '../data/errors.js';
import { eventCodes, type EventTable } from '../data/event-codes.js';
import { EVENTS_DATASET, normalizeEvent, type AgendaEvent } from '../data/events.js';
import { facetCounts } from '../data/facets.js';
import { agendaStyles } from './event-agenda.styles.js';
import { formatDay, placeText, priceText, renderEventContact, whenText } from './parts.js';
import {
  buildWhere,
  dateWindow,
  emptySelection,
  eventDays,
  FACET_GROUP_KEYS,
  FACET_GROUPS,
  facetRequests,
  initialState,
  isDay,
  monthGrid,
  nextMonth,
  ORDER_BY,
  type AgendaState,
  type Attendance,
  type FacetGroup,
  type Range,
  type View,
} from './query.js';
import { agendaStrings, loadAgendaStrings, type AgendaStrings } from './strings.js';

type Counts = Partial<Record<FacetGroup, { value: string; count: number }[]>>;
type Page = { total: number; items: AgendaEvent[]; query: { where: string; orderBy: string; offset: number; limit: number } };

/** The most events a month grid or an .ics export of the list holds. */
export const MAX_EVENTS = 300;
/** How old the clock may get before a visitor coming back to the page gets a fresh list. */
const CLOCK_STALE_MS = 5 * 60_000;
const TABLE_OF: Partial<Record<FacetGroup, EventTable>> = { type: 'eventTypes', public: 'eventPublics' };

/**
 * The orientation events near the visitor (forums and salons, open days, nights of orientation,
 * job dating, company visits, workshops, information sessions, parents' cafés): a list grouped by
 * month and day, a month calendar that is an accessible grid, or a compact "next events" block.
 * Times are read and shown in Europe/Paris; each event can be added to the visitor's calendar as
 * an .ics file made in the browser.
 *
 * @summary Orientation events agenda.
 * @tagname carif-event-agenda
 *
 * @event carif-results - Events arrived (a page of the list, the month of the grid, or the compact block). `detail: { total, items, query }`.
 * @event carif-select - The visitor opened an event. `detail: { item }`.
 * @event carif-error - A request failed (the widget shows a message and a retry button). `detail: { error }`.
 * @event carif-change - The visitor changed the search, the view or the month. `detail: { state }`.
 *
 * @slot loading - Replaces the loading message.
 * @slot empty - Replaces the "no event" message.
 * @slot error - Replaces the error message (the retry button stays).
 *
 * @csspart title - The heading of the widget.
 * @csspart search - The search form.
 * @csspart search-input - The keyword field.
 * @csspart button - Every button.
 * @csspart views - The choice between the list and the month calendar.
 * @csspart filters - The filter panel.
 * @csspart filter-group - One group of filters.
 * @csspart results - The results area.
 * @csspart summary - The result count line.
 * @csspart list - The list of events.
 * @csspart card - One event.
 * @csspart card-title - The title of an event.
 * @csspart calendar - The month grid.
 * @csspart day - One day of the month grid.
 * @csspart day-panel - The events of the day chosen in the grid.
 * @csspart see-all - The "see all" link of the compact layout.
 * @csspart export-button - The button that makes an .ics file of the list.
 * @csspart pagination - The page navigation.
 * @csspart dialog - The detail dialog.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button.
 * @csspart sample-notice - The "sample data" notice.
 *
 * @cssprop --carif-color-primary - Buttons, links, headings accents, today in the grid (default #1d4f91).
 * @cssprop --carif-color-text - Text colour (default #1e1e1e).
 * @cssprop --carif-color-surface - Cards and fields background (default #fff).
 * @cssprop --carif-font-family - Font (default the system font).
 * @cssprop --carif-radius - Corner radius (default 0.5rem).
 * @cssprop --carif-target-size - Minimum size of click targets (default 2.75rem).
 */
export class CarifEventAgenda extends CarifElement {
  static override styles = [baseStyles, layoutStyles, pieceStyles, agendaStyles];

  /** Preset event types, e.g. `forum_salon portes_ouvertes job_dating` (docs/datasets.md). */
  @list @property({ converter: listConverter }) types: string[] = [];

  /** Preset publics: `jeunes scolaires etudiants demandeurs_emploi salaries personnes_handicapees familles enseignants tout_public`. */
  @list @property({ converter: listConverter }) publics: string[] = [];

  /** Only events in these INSEE regions (space-separated), e.g. `27`. */
  @list @property({ converter: listConverter }) region: string[] = [];

  /** Preset départements (space-separated codes), e.g. `21 25`. */
  @list @property({ converter: listConverter }) department: string[] = [];

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

  /** Dataset used to find a commune or postcode. */
  @property({ attribute: 'communes-dataset' }) communesDataset = 'communes';

  /** The heading shown above the widget; empty to show none. */
  @property() heading?: string;

  /** The clock: "now" for past events, "this week" and today in the grid (for previews and tests); the real time when unset. */
  @property({ attribute: false }) now?: Date;

  @state() private search: AgendaState = initialState();
  private readonly searchText = new SearchText(this, (q) => q !== this.search.q && this.update_({ q }));
  @state() private filtersOpen = false;
  private readonly detail = new DetailDialog<AgendaEvent, typeof import('./detail.js')>(this, () => import('./detail.js'));
  /** The day that has the focus in the grid, and the day whose events are shown below it. */
  @state() private focusDay = '';
  @state() private openDay = '';
  @state() private exportMessage = '';
  /** The real clock, read when the search changes or the page is shown again after 5 minutes (not at every render, which would remake the request). */
  @state() private clock = new Date();

  @query('#results-heading') private resultsHeading?: HTMLElement;

  private focusAfterRender: 'results' | 'grid' | 'day-panel' | null = null;
  private presetsApplied = false;
  private readonly place = new PlaceFilter(this, {
    client: () => this.client,
    dataset: () => this.communesDataset,
    regions: () => this.regions,
    core: () => this.strings,
    apiBase: () => this.effectiveApiBase,
    choose: (near) => this.update_({ near }),
  });

  private get t(): AgendaStrings {
    return agendaStrings[this.language] ?? agendaStrings.fr!;
  }

  protected override loadLanguage(lang: Lang): Promise<unknown> {
    return Promise.all([super.loadLanguage(lang), loadAgendaStrings(lang), eventCodes.load(lang)]);
  }

  private get ds(): string {
    return this.datasetId.trim() || EVENTS_DATASET;
  }

  private get compact(): boolean {
    return this.layout === 'compact';
  }

  private get size(): number {
    return this.compact ? clampInt(this.maxItems, 1, 20, 5) : clampInt(this.pageSize, 1, 100, 20);
  }

  private get regions(): string[] {
    return this.region.filter((r) => /^\d{2}$/.test(r));
  }

  /** The clock in force, to the minute (so that widgets of a page share cached answers). */
  private get clockNow(): Date {
    const t = (this.now ?? this.clock).getTime();
    return new Date(t - (t % 60_000));
  }

  private get today(): string {
    return parisDay(this.clockNow);
  }

  private isHidden(token: string): boolean {
    if (this.compact) return true;
    return this.hideFilters.includes(token) || (token === 'department' && this.hideFilters.includes('departement'));
  }

  private get visibleGroups(): FacetGroup[] {
    return FACET_GROUP_KEYS.filter((g) => !this.isHidden(g));
  }

  private get window() {
    return dateWindow(this.compact ? { ...this.search, view: 'list', range: '' } : this.search, this.clockNow, this.showPast);
  }

  private get monthView(): boolean {
    return !this.compact && this.search.view === 'month';
  }

  private readonly results = new Task(this, {
    task: async ([where, offset, limit, all, dataset], { signal }): Promise<Page> => {
      if (all) {
        const page = await recordsUpTo(this.client, dataset, { where, orderBy: ORDER_BY }, MAX_EVENTS, { signal });
        if (page.sample) this.sampleData = true;
        return { total: page.total, items: page.results.map(normalizeEvent).filter((e): e is AgendaEvent => e !== null), query: { where, orderBy: ORDER_BY, offset: 0, limit: MAX_EVENTS } };
      }
      const query = { where, orderBy: ORDER_BY, offset, limit };
      const page = await this.client.records(dataset, query, { signal });
      if (page.sample) this.sampleData = true;
      return { total: page.total, items: page.results.map(normalizeEvent).filter((e): e is AgendaEvent => e !== null), query };
    },
    args: () => {
      const limit = this.size;
      const offset = this.compact ? 0 : Math.min((this.search.page - 1) * limit, 10_000 - limit);
      return [buildWhere(this.search, this.regions, this.window), offset, limit, this.monthView, this.ds, this.effectiveApiBase, this.timeout] as const;
    },
  });

  private readonly facets = new Task(this, {
    task: async ([requests, dataset], { signal }) => {
      if (!requests.length) return {};
      const { counts }: { counts: Counts } = await facetCounts(this.client, dataset, requests, FACET_GROUPS, signal);
      return counts;
    },
    args: () => [this.compact ? [] : facetRequests(this.search, this.regions, this.window, this.visibleGroups), this.ds, this.effectiveApiBase] as const,
    argsEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyPresets();
    document.addEventListener('visibilitychange', this.onVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  /** Back on a page left open a while: the clock is read again, so that ended events leave the list. */
  private readonly onVisible = (): void => {
    if (document.visibilityState === 'visible' && !this.now && Date.now() - this.clock.getTime() > CLOCK_STALE_MS) this.clock = new Date();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presetKeys = ['types', 'publics', 'department', 'near', 'radius', 'from', 'to', 'view'] as const;
    if (this.presetsApplied && presetKeys.some((k) => changed.has(k) && changed.get(k) !== undefined)) this.applyPresets(true);
    else if (this.presetsApplied && changed.has('now') && !isDay(this.from.trim())) {
      // A clock set later (a preview, a test): the calendar opens on its month.
      this.search = { ...this.search, month: this.today.slice(0, 7) };
      this.focusDay = this.today;
    }
    if (changed.has('pageSize') && (this.pageSize < 1 || this.pageSize > 100 || !Number.isInteger(this.pageSize))) {
      this.warn(`page-size="${this.pageSize}" is out of range: using ${clampInt(this.pageSize, 1, 100, 20)} (allowed 1 to 100).`);
    }
    if (changed.has('maxItems') && (this.maxItems < 1 || this.maxItems > 20 || !Number.isInteger(this.maxItems))) {
      this.warn(`max-items="${this.maxItems}" is out of range: using ${clampInt(this.maxItems, 1, 20, 5)} (allowed 1 to 20).`);
    }
    if (changed.has('layout') && this.layout && this.layout !== 'full' && this.layout !== 'compact') {
      this.warn(`layout="${this.layout}" is unknown: use "full" or "compact".`);
    }
    if (changed.has('region')) {
      const bad = this.region.filter((r) => !/^\d{2}$/.test(r));
      if (bad.length) this.warn(`region="${bad.join(' ')}" is not an INSEE region code (two digits, e.g. 27): ignored.`);
    }
    if (changed.has('seeAll') && this.seeAll && !this.seeAllHref) this.warn(`see-all="${this.seeAll}" is not an http(s) address: no "see all" link.`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.results.status;
    if (status === TaskStatus.COMPLETE && this.focusAfterRender) {
      const target = this.focusAfterRender;
      this.focusAfterRender = null;
      if (target === 'results') this.resultsHeading?.focus();
      else if (target === 'grid') this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
      else this.renderRoot.querySelector<HTMLElement>('#day-panel-title')?.focus();
    }
    this.announceResults(this.results, (v) => v);
  }

  /** Presets from attributes become the initial selection (or fixed constraints when hidden). */
  private applyPresets(force = false): void {
    if (this.presetsApplied && !force) return;
    this.presetsApplied = true;
    const { isCode } = eventCodes;
    const selected = { ...this.search.selected };
    selected.type = this.types.filter((v) => isCode('eventTypes', v));
    selected.public = this.publics.filter((v) => isCode('eventPublics', v));
    selected.department = this.department.filter((d) => /^(\d{2,3}|2[AB])$/i.test(d));
    for (const [attr, values, ok] of [
      ['types', this.types, selected.type],
      ['publics', this.publics, selected.public],
      ['department', this.department, selected.department],
    ] as const) {
      const bad = values.filter((v) => !ok.includes(v));
      if (bad.length) this.warn(`${attr}="${bad.join(' ')}": unknown value(s), ignored.`);
    }
    const view: View = this.view === 'month' ? 'month' : 'list';
    if (this.view && this.view !== view) this.warn(`view="${this.view}" is unknown: use "list" or "month".`);
    const radius = (RADII as readonly number[]).includes(Number(this.radius)) ? Number(this.radius) : 30;
    if (Number(this.radius) !== radius) this.warn(`radius="${this.radius}" is not one of ${RADII.join(', ')}: using ${radius}.`);
    const from = this.from.trim();
    const to = this.to.trim();
    for (const [attr, v] of [['from', from], ['to', to]] as const) if (v && !isDay(v)) this.warn(`${attr}="${v}" is not a date (YYYY-MM-DD): ignored.`);
    let range: Range = '';
    const f = isDay(from) ? from : '';
    let t = isDay(to) ? to : '';
    if (f && t && t < f) {
      this.warn(`to="${t}" is before from="${f}": the end date is ignored.`);
      t = '';
    }
    if (f || t) range = 'custom';
    const month = (f || this.today).slice(0, 7);
    this.search = { ...this.search, selected, radius, range, from: f, to: t, view, month, page: 1 };
    this.focusDay = f && f.startsWith(month) ? f : this.today.startsWith(month) ? this.today : `${month}-01`;
    this.presetNear();
  }

  /** `near`: "lat,lon" at once, or a commune/postcode looked up before the first request. */
  private presetNear(): void {
    const pending = presetPlace(
      this.place,
      this.near,
      (near) => (this.search = { ...this.search, near }),
      () => this.warn(`near="${this.near.trim()}": no commune or postcode found; showing events everywhere.`),
    );
    if (pending) this.whenReady(pending);
  }

  private stateForEvent(): CarifChangeDetail['state'] {
    const s = this.search;
    const out: CarifChangeDetail['state'] = { q: s.q, view: s.view };
    for (const g of FACET_GROUP_KEYS) if (!this.isHidden(g)) out[g] = s.selected[g];
    if (s.near) Object.assign(out, { lat: s.near.lat.toFixed(4), lon: s.near.lon.toFixed(4), place: s.near.label, radius: String(s.radius) });
    Object.assign(out, { range: s.range, from: s.from, to: s.to, attendance: s.attendance, free: s.free ? '1' : '', month: s.view === 'month' ? s.month : '', page: s.page > 1 ? String(s.page) : '' });
    return out;
  }

  /** Changes the search; any change but a page change goes back to page 1. The clock is read again. */
  private update_(patch: Partial<AgendaState>): void {
    this.clock = new Date();
    this.search = { ...this.search, page: 1, ...patch };
    this.exportMessage = '';
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
    const keepDates = this.isHidden('dates');
    this.searchText.set('');
    this.update_({
      q: '',
      selected,
      near: this.isHidden('near') ? this.search.near : null,
      range: keepDates ? this.search.range : '',
      from: keepDates ? this.search.from : '',
      to: keepDates ? this.search.to : '',
      attendance: this.isHidden('attendance') ? this.search.attendance : '',
      free: this.isHidden('free') ? this.search.free : false,
    });
  }

  private get activeCount(): number {
    const s = this.search;
    return (
      this.visibleGroups.reduce((n, g) => n + s.selected[g].length, 0) +
      (s.near && !this.isHidden('near') ? 1 : 0) +
      (s.range && !this.isHidden('dates') ? 1 : 0) +
      (s.attendance && !this.isHidden('attendance') ? 1 : 0) +
      (s.free && !this.isHidden('free') ? 1 : 0)
    );
  }

  private goToPage(page: number): void {
    this.focusAfterRender = 'results';
    this.search = { ...this.search, page };
    this.emit<CarifChangeDetail>('carif-change', { state: this.stateForEvent() });
  }

  private setView(view: View): void {
    const month = this.search.month || this.today.slice(0, 7);
    this.openDay = '';
    this.update_({ view, month });
  }

  private async open(item: AgendaEvent, opener: HTMLElement | null): Promise<void> {
    // The detail and its rich-text sanitiser (DOMPurify) load on first use.
    await this.detail.open(item, opener);
    this.emit<CarifSelectDetail<AgendaEvent>>('carif-select', { item });
  }

  private retry(): void {
    this.clock = new Date();
    void this.results.run();
    void this.facets.run();
  }

  /** An .ics file of every event of the current search (up to MAX_EVENTS), downloaded by the browser. */
  private async exportList(): Promise<void> {
    const t = this.t;
    this.exportMessage = t.exporting;
    try {
      const [{ eventsToIcs }, page] = await Promise.all([
        import('./ics.js'),
        recordsUpTo(this.client, this.ds, { where: buildWhere(this.search, this.regions, this.window), orderBy: ORDER_BY }, MAX_EVENTS),
      ]);
      const events = page.results.map(normalizeEvent).filter((e): e is AgendaEvent => e !== null);
      const ics = eventsToIcs(events, { lang: this.language, calendarName: t.calendarName });
      this.download(ics, 'agenda-orientation.ics');
      this.exportMessage = `${t.exported(events.length)}${page.total > events.length ? ` ${t.exportCapped(events.length, page.total)}` : ''}`;
    } catch (error) {
      this.exportMessage = errorMessage(error, this.strings, this.effectiveApiBase);
    }
  }

  /** Hands a file to the browser's download, from a link inside the shadow root. */
  private download(text: string, name: string): void {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  /** The "see all" address, when it is http(s) (relative addresses are read against the page). */
  private get seeAllHref(): string | null {
    const raw = this.seeAll.trim();
    if (!raw) return null;
    try {
      return safeUrl(new URL(raw, document.baseURI).href);
    } catch {
      return null;
    }
  }

  // ------------------------------------------------------------ the month grid

  /** Moves the grid's focus to a day; another month loads when the day is in it. */
  private moveTo(day: string): void {
    this.focusDay = day;
    this.focusAfterRender = 'grid';
    const month = day.slice(0, 7);
    if (month !== this.search.month) {
      this.openDay = '';
      this.update_({ month });
    } else {
      this.requestUpdate();
    }
  }

  private onGridKey(e: KeyboardEvent): void {
    const day = this.focusDay;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, 1 - isoWeekday(day)),
      End: () => addDays(day, 7 - isoWeekday(day)),
      PageUp: () => this.sameDayIn(nextMonth(day.slice(0, 7), -1), day),
      PageDown: () => this.sameDayIn(nextMonth(day.slice(0, 7), 1), day),
    };
    if (moves[e.key]) {
      e.preventDefault();
      this.moveTo(moves[e.key]!());
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.showDay(day);
    }
  }

  /** The same day number in another month, or that month's last day. */
  private sameDayIn(month: string, day: string): string {
    const last = addDays(`${nextMonth(month)}-01`, -1);
    const wanted = `${month}-${day.slice(8)}`;
    return isDay(wanted) && wanted <= last ? wanted : last;
  }

  private showDay(day: string): void {
    this.focusDay = day;
    if (day.slice(0, 7) !== this.search.month) {
      this.moveTo(day);
      return;
    }
    this.openDay = day;
    this.focusAfterRender = 'day-panel';
    this.requestUpdate();
  }

  /** Back to this month, with the focus on today in the grid. */
  private backToToday(): void {
    this.focusDay = this.today;
    this.openDay = '';
    this.focusAfterRender = 'grid';
    this.update_({ month: this.today.slice(0, 7) });
  }

  private changeMonth(n: number): void {
    const month = nextMonth(this.search.month, n);
    this.focusDay = this.today.startsWith(month) ? this.today : `${month}-01`;
    this.openDay = '';
    this.update_({ month });
  }

  // ---------------------------------------------------------------- rendering

  override render(): TemplateResult {
    const t = this.t;
    const heading = this.heading ?? t.title;
    if (this.compact) return this.renderCompact(heading);
    return html`
      ${heading ? html`<h2 class="title" part="title">${heading}</h2>` : nothing}
      ${this.isHidden('view')
        ? nothing
        : renderChoice<View>({
            part: 'views',
            name: 'view',
            legend: t.views,
            value: this.search.view,
            options: [
              ['list', t.viewList],
              ['month', t.viewMonth],
            ],
            onChange: (view) => this.setView(view),
          })}
      ${this.isHidden('search')
        ? nothing
        : this.searchText.render({ label: t.searchLabel, placeholder: t.searchPlaceholder, button: t.searchButton })}
      ${renderFilterLayout({ open: this.filtersOpen, toggleLabel: this.filtersOpen ? t.hideFilters : t.showFilters(this.activeCount), onToggle: () => (this.filtersOpen = !this.filtersOpen), filters: this.renderFilters(), results: this.renderResults() })}
      ${this.renderDialog()}
    `;
  }

  private renderDialog(): TemplateResult {
    return this.detail.render((item, detail, close) => detail.renderDetail(item, this.t, this.language, this.strings.close, close));
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
        name: (v) => (table ? eventCodes.label(table, v, lang) : departementLabel(v)),
        lang: intlLocale(lang),
        order: table ? eventCodes.codesOf(table) : undefined,
        onToggle: (v, on) => this.toggle(g, v, on),
      });
    };
    return html`<div id="filters" class="filters ${this.filtersOpen ? 'open' : ''}" part="filters" role="group" aria-label=${t.filters}>
      ${this.isHidden('dates') || this.monthView ? nothing : this.renderDates()}
      ${this.isHidden('near')
        ? nothing
        : this.place.render(s.near, s.radius, () => this.update_({ near: null }), (radius) => this.update_({ radius }))}
      ${group('type', t.type)} ${group('public', t.public)}
      ${this.isHidden('attendance') && this.isHidden('free')
        ? nothing
        : html`<fieldset part="filter-group" data-group="attendance">
            <legend>${t.how}</legend>
            ${this.isHidden('attendance')
              ? nothing
              : html`<div class="field">
                  <label for="attendance">${t.how}</label>
                  <select id="attendance" .value=${s.attendance} @change=${(e: Event) => this.update_({ attendance: (e.target as HTMLSelectElement).value as Attendance })}>
                    ${(
                      [
                        ['', t.anyAttendance],
                        ['onsite', t.onsite],
                        ['online', t.onlineOnly],
                      ] as const
                    ).map(([v, text]) => html`<option value=${v} ?selected=${v === s.attendance}>${text}</option>`)}
                  </select>
                </div>`}
            ${this.isHidden('free') ? nothing : checkbox('free', s.free, t.freeOnly, (free) => this.update_({ free }))}
          </fieldset>`}
      ${group('department', t.departement)}
      ${this.activeCount ? html`<button type="button" class="button" part="button clear-button" @click=${this.clearAll}>${t.clearFilters}</button>` : nothing}
    </div>`;
  }

  private renderDates(): TemplateResult {
    const t = this.t;
    const s = this.search;
    const radio = (range: Range, text: string) =>
      html`<label class="check"><input type="radio" name="range" .value=${range} .checked=${s.range === range} @change=${() => this.update_({ range })} /> ${text}</label>`;
    const badRange = s.range === 'custom' && isDay(s.from) && isDay(s.to) && s.to < s.from;
    return html`<fieldset part="filter-group" data-group="dates">
      <legend>${t.when}</legend>
      ${radio('', this.showPast ? t.anyDatePast : t.anyDate)} ${radio('week', t.thisWeek)} ${radio('month', t.thisMonth)} ${radio('custom', t.custom)}
      ${s.range === 'custom'
        ? html`<div class="dates">
            <label>${t.fromDate} <input type="date" name="from" .value=${s.from} @change=${(e: Event) => this.update_({ from: (e.target as HTMLInputElement).value })} /></label>
            <label>${t.toDate} <input type="date" name="to" .value=${s.to} @change=${(e: Event) => this.update_({ to: (e.target as HTMLInputElement).value })} /></label>
            ${badRange ? html`<p class="field-error" role="alert">${t.badRange}</p>` : nothing}
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderResults(): TemplateResult {
    const t = this.t;
    const s = this.search;
    const value = this.results.value;
    const status = this.results.status;
    const total = value?.total ?? 0;
    const pages = Math.max(1, Math.ceil(Math.min(total, 10_000) / this.size));
    const month = this.monthView;
    const zone = visitorZone();
    return html`
      <div class="results-head">
        <h2 id="results-heading" tabindex="-1" class="results-heading" part="summary">${value && status !== TaskStatus.ERROR ? t.results(total) : t.resultsHeading}</h2>
        <div class="tools">
          <button type="button" class="button export" part="button export-button" ?disabled=${!total} @click=${this.exportList}>${t.exportList}</button>
          <button type="button" class="button print" part="button print-button" @click=${() => window.print()}>${this.strings.print}</button>
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${value && status === TaskStatus.COMPLETE ? `${t.results(total)}. ${!month && pages > 1 ? this.strings.page(s.page, pages) : ''}` : ''}
      </div>
      <div role="status" class="export-status">${this.exportMessage ? html`<p class="notice">${this.exportMessage}</p>` : nothing}</div>
      ${renderSampleNotice(this.sampleData, this.strings)}
      ${zone ? html`<p class="muted">${t.parisTime}</p>` : nothing}
      ${month ? this.renderMonthNav() : nothing}
      ${this.results.render({
        initial: () => renderLoading(this.strings),
        pending: () => (value ? (month ? this.renderMonth(value, true) : this.renderList(value, true)) : renderLoading(this.strings)),
        complete: (v) => {
          if (month) return this.renderMonth(v, false);
          return v.items.length ? html`${this.renderList(v, false)} ${renderPagination(Math.min(s.page, pages), pages, this.strings, (n) => this.goToPage(n))}` : renderEmpty(t.empty);
        },
        error: (error) => (isAbort(error) ? renderLoading(this.strings) : renderError(errorMessage(error, this.strings, this.effectiveApiBase), this.strings, () => this.retry())),
      })}
    `;
  }

  /** The day an event is listed under: its first day, or the window's first day when it is already on. */
  private listDay(e: AgendaEvent): string {
    const from = this.window.from;
    return from && e.start < from ? parisDay(from) : parisDay(e.start);
  }

  /** The list, grouped by month, then by day. */
  private renderList(page: Page, busy: boolean): TemplateResult {
    const lang = this.language;
    const months = new Map<string, Map<string, AgendaEvent[]>>();
    for (const e of page.items) {
      const day = this.listDay(e);
      const days = months.get(day.slice(0, 7)) ?? new Map<string, AgendaEvent[]>();
      days.set(day, [...(days.get(day) ?? []), e]);
      months.set(day.slice(0, 7), days);
    }
    return html`<div class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
      ${[...months].map(
        ([month, days]) => html`<h3 class="month-title">${formatMonth(lang, `${month}-01`)}</h3>
          ${[...days].map(
            ([day, events]) => html`<h4 class="day-title">${formatDay(lang, day)}</h4>
              <ul class="plain">
                ${events.map((e) => html`<li data-id=${e.id}>${this.renderCard(e, day)}</li>`)}
              </ul>`,
          )}`,
      )}
    </div>`;
  }

  private renderCard(e: AgendaEvent, day: string | null, titleLevel = 5): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const title = plainText(e.title);
    const open = (ev: Event) => this.open(e, ev.currentTarget as HTMLElement);
    const distance = this.search.near && e.place.geo ? formatDistance(lang, haversineKm(this.search.near, e.place.geo)) : null;
    const started = day && parisDay(e.start) < day;
    const register = safeUrl(e.registrationUrl);
    const button = html`<button type="button" class="link-button" aria-haspopup="dialog" @click=${open}>${title}</button>`;
    return html`<article class="card" part="card">
      ${titleLevel === 5 ? html`<h5 class="card-title" part="card-title">${button}</h5>` : html`<h4 class="card-title" part="card-title">${button}</h4>`}
      <p class="when">${started ? html`<span class="badge">${t.ongoing}</span> ` : nothing}${whenText(e, t, lang, !day)}</p>
      ${e.type ? html`<p><span class="badge">${eventCodes.label('eventTypes', e.type, lang)}</span></p>` : nothing}
      <dl class="facts">
        ${fact(t.place, html`${placeText(e, t)}${distance ? html` <span class="distance">(${distance})</span>` : nothing}`)}
        ${fact(t.organiser, plainText(e.organiser))}
        ${fact(t.price, priceText(e, t))}
      </dl>
      <p class="card-contact">
        ${register ? html`<a class="button small" part="button register-link" href=${register} target="_blank" rel="noopener noreferrer" aria-label=${t.registerOf(title)}>${t.register}</a>` : nothing}
        <button type="button" class="button small" part="button details-button" aria-label=${t.detailsOf(title)} aria-haspopup="dialog" @click=${open}>${t.details}</button>
      </p>
      <div class="print-only">${renderEventContact(e, t)}</div>
    </article>`;
  }

  private renderMonthNav(): TemplateResult {
    const t = this.t;
    const month = this.search.month;
    const noPast = !this.showPast && month <= this.today.slice(0, 7);
    return html`<div class="month-nav">
      <button type="button" class="button" part="button" ?disabled=${noPast} @click=${() => this.changeMonth(-1)}>${t.previousMonth}</button>
      <h3 id="month-label" aria-live="polite">${formatMonth(this.language, `${month}-01`)}</h3>
      <button type="button" class="button" part="button" @click=${() => this.changeMonth(1)}>${t.nextMonth}</button>
      ${month !== this.today.slice(0, 7)
        ? html`<button type="button" class="button today-button" part="button" @click=${this.backToToday}>${t.backToToday}</button>`
        : nothing}
    </div>`;
  }

  /** The month as an accessible grid (arrow keys, Page Up/Down, Enter), then the chosen day's events. */
  private renderMonth(page: Page, busy: boolean): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const month = this.search.month;
    const byDay = new Map<string, AgendaEvent[]>();
    for (const e of page.items) {
      for (const day of eventDays(e.start, e.end)) if (day.startsWith(month)) byDay.set(day, [...(byDay.get(day) ?? []), e]);
    }
    const weeks = monthGrid(month);
    const focusDay = this.focusDay.startsWith(month) ? this.focusDay : `${month}-01`;
    const dayEvents = this.openDay ? byDay.get(this.openDay) ?? [] : [];
    return html`
      ${page.total > MAX_EVENTS ? html`<p class="notice" role="status">${t.tooMany(MAX_EVENTS, page.total)}</p>` : nothing}
      ${page.items.length ? nothing : html`<p class="notice">${t.emptyMonth}</p>`}
      <p id="grid-help" class="visually-hidden">${t.gridHelp}</p>
      <div class="list month" aria-busy=${busy ? 'true' : 'false'}>
      <table role="grid" class="grid" part="calendar" aria-labelledby="month-label" aria-describedby="grid-help" @keydown=${this.onGridKey}>
        <thead>
          <tr>
            ${weeks[0]!.map((d) => html`<th scope="col" abbr=${formatParis(lang, d, { weekday: 'long' })}>${formatParis(lang, d, { weekday: 'short' })}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((day) => {
                const events = byDay.get(day) ?? [];
                const inMonth = day.startsWith(month);
                const today = day === this.today;
                const titles = events.map((e) => plainText(e.title));
                return html`<td
                  role="gridcell"
                  part="day"
                  data-day=${day}
                  class="${inMonth ? '' : 'out'} ${today ? 'today' : ''}"
                  tabindex=${day === focusDay ? '0' : '-1'}
                  aria-selected=${day === this.openDay ? 'true' : 'false'}
                  aria-current=${today ? 'date' : 'false'}
                  @click=${() => this.showDay(day)}
                  @focus=${() => (this.focusDay = day)}
                >
                  <span class="num" aria-hidden="true">${Number(day.slice(8))}</span>
                  <span class="visually-hidden">${formatDay(lang, day)}${today ? ` (${t.today})` : ''}, ${t.dayEvents(events.length)}${titles.length ? `. ${titles.slice(0, 5).join(' ; ')}${titles.length > 5 ? ` ${t.more(titles.length - 5)}` : ''}` : ''}</span>
                  ${events.length
                    ? html`<ul class="titles" aria-hidden="true">
                          ${titles.slice(0, 2).map((x) => html`<li>${x}</li>`)} ${titles.length > 2 ? html`<li>${t.more(titles.length - 2)}</li>` : nothing}
                        </ul>
                        <span class="dot" aria-hidden="true"></span>`
                    : nothing}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      </div>
      ${this.openDay
        ? html`<section class="day-panel" part="day-panel" aria-labelledby="day-panel-title">
            <h3 id="day-panel-title" tabindex="-1">${t.eventsOf(formatDay(lang, this.openDay))}</h3>
            ${dayEvents.length
              ? html`<ul class="plain">
                  ${dayEvents.map((e) => html`<li data-id=${e.id}>${this.renderCard(e, this.openDay, 4)}</li>`)}
                </ul>`
              : html`<p>${t.noEventThatDay}</p>`}
          </section>`
        : nothing}
      <div class="print-only">${page.items.length ? this.renderList(page, false) : nothing}</div>
    `;
  }

  /** The compact block: the next events, a date box each, and a "see all" link. */
  private renderCompact(heading: string): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const value = this.results.value;
    const seeAll = this.seeAllHref;
    const list = (page: Page, busy: boolean) =>
      page.items.length
        ? html`<ol class="compact-list list" part="list" aria-busy=${busy ? 'true' : 'false'}>
            ${page.items.map((e) => {
              const title = plainText(e.title);
              return html`<li data-id=${e.id}>
                <span class="date-box" aria-hidden="true"><strong>${formatParis(lang, e.start, { day: 'numeric' })}</strong>${formatParis(lang, e.start, { month: 'short' })}</span>
                <div>
                  <p class="card-title" part="card-title">
                    <button type="button" class="link-button" aria-haspopup="dialog" @click=${(ev: Event) => this.open(e, ev.currentTarget as HTMLElement)}>${title}</button>
                  </p>
                  <p class="muted">${whenText(e, t, lang, true)} — ${placeText(e, t)}</p>
                </div>
              </li>`;
            })}
          </ol>`
        : renderEmpty(t.emptyCompact);
    return html`<section class="compact" aria-labelledby=${heading ? 'compact-title' : nothing} aria-label=${heading ? nothing : t.title}>
        ${heading ? html`<h2 id="compact-title" class="title" part="title">${heading}</h2>` : nothing}
        ${renderSampleNotice(this.sampleData, this.strings)}
        ${this.results.render({
          initial: () => renderLoading(this.strings),
          pending: () => (value ? list(value, true) : renderLoading(this.strings)),
          complete: (v) => list(v, false),
          error: (error) => (isAbort(error) ? renderLoading(this.strings) : renderError(errorMessage(error, this.strings, this.effectiveApiBase), this.strings, () => this.retry())),
        })}
        ${seeAll ? html`<a class="button see-all" part="button see-all" href=${seeAll}>${t.seeAll}</a>` : nothing}
      </section>
      ${this.renderDialog()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'carif-event-agenda': CarifEventAgenda;
  }
}
