import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExploreClient, FacetValue } from '../../data/client.js';
import type { Place } from '../../data/communes.js';
import { DataError, isAbort } from '../../data/errors.js';
import { facetRequests } from '../../data/facets.js';
import { emit, type CarifChangeDetail, type CarifResultsDetail } from '../events.js';
import type { CoreStrings } from '../i18n.js';
import { PlaceFilter } from '../place-filter.js';
import { SearchText } from '../search-text.js';

/** The values chosen in each facet group. */
export type Selection<G extends string> = Record<G, string[]>;
export type Counts<G extends string> = Partial<Record<G, FacetValue[]>>;

/** What every widget's search has; each widget adds its own filters (dates, sort, mode…). */
export interface SearchState<G extends string> {
  q: string;
  selected: Selection<G>;
  near: Place | null;
  radius: number;
  page: number;
}

/**
 * A filter that is not a facet group: its `hide-filters` token, how many active filters it
 * counts for the "filters (n)" button, and its value once cleared.
 */
export interface OtherFilter<S> {
  token: string;
  count: (s: S) => number | boolean;
  cleared: Partial<S>;
}

/** The old `hide-filters` tokens and attribute-style plurals, read as the group they name. */
const TOKEN_ALIASES: Record<string, string> = { departement: 'department', publics: 'public', types: 'type', networks: 'network', services: 'service', sectors: 'sector' };

/** What a widget tells the search about itself: its filter groups, queries and requests. */
export interface SearchSpec<G extends string, S extends SearchState<G>, Q, V extends CarifResultsDetail> {
  /** Facet groups (their key is the `hide-filters` token) and the field each counts. */
  groups: Record<G, string>;
  initial: () => S;
  others?: OtherFilter<S>[];
  /** The results query of a state: compared by value, so an equal query makes no request. */
  query: (s: S) => Q;
  /** The results of a query. Call `sample()` when an answer says it is sample data. */
  fetch: (client: ExploreClient, dataset: string, query: Q, ctx: { signal: AbortSignal; sample: () => void }) => Promise<V>;
  /** The `where` of a state without one group's selection, for that group's counts. */
  where: (s: S, except?: G) => string;
  /** Adjusts the counts (codes merged, old codes renamed). */
  counts?: (counts: Counts<G>) => Counts<G>;
  /** The search as flat key/values beyond `q`, the groups and the place: what `carif-change` carries. */
  record?: (s: S) => CarifChangeDetail['state'];
  /** What `carif-results` carries, when it is not the results themselves. */
  detail?: (v: V) => CarifResultsDetail;
}

export interface SearchOptions<G extends string, S extends SearchState<G>> {
  client: () => ExploreClient;
  dataset: () => string;
  core: () => CoreStrings;
  apiBase: () => string;
  hideFilters: () => string[];
  /** Filters hidden whatever `hide-filters` says (a compact layout hides them all). */
  hidesAll?: () => boolean;
  /** Filters the data source cannot serve: hidden rather than showing wrong counts. */
  unserved?: (token: string) => boolean;
  /** When results are not needed (a widget that shows no facets counts none). */
  noFacets?: () => boolean;
  /** The place filter, for widgets that have one: the communes dataset, the regions, and what choosing a place changes. */
  place?: { communes: () => string; regions: () => string[]; geo?: () => string | null; choose?: (near: Place, s: S) => Partial<S> };
  /** Called after each change the visitor makes (URL written, clock read…). */
  changed?: (record: CarifChangeDetail['state']) => void;
}

/** On an answer slower than this, the facet counts (and the filter panel) do not wait for it (ms). */
const AT_THE_LATEST = 2000;

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The faceted search under every widget: the state of the search and its changes (a change goes
 * back to page 1), hidden filters, the results and facet-count Tasks, retry, the events
 * `carif-change`, `carif-results` and `carif-error`, the keyword box and the place filter.
 * The widget declares its attributes and its spec, and draws its own cards.
 */
export class FacetedSearch<G extends string, S extends SearchState<G>, Q, V extends CarifResultsDetail> implements ReactiveController {
  state: S;
  /** The filter panel is open (on narrow screens, behind its toggle button). */
  filtersOpen = false;
  /** Long filter groups the visitor opened in full (the others show their first choices). */
  readonly openGroups = new Set<string>();
  /** True once an answer said it is sample data: the widget shows a notice. */
  sample = false;
  /** A word above the results (the item of a permalink is not there any more). */
  notice = '';
  readonly groupKeys: G[];
  readonly text: SearchText;
  readonly place?: PlaceFilter;
  readonly results: Task<readonly [ExploreClient, string, Q], V>;
  readonly facets: Task<readonly [ExploreClient, string, { where: string; groups: G[] }[]], Counts<G>>;
  /** Where each committed search is also written (the page URL, with `sync-url`). */
  sink?: (record: CarifChangeDetail['state']) => void;
  /**
   * The facet counts are asked for once the first answer is on screen, when the visitor opens the
   * filters, or after two seconds: the first results request goes alone, and the code that counts
   * loads after it. The filter panel (lazy-panel.ts) loads at the same moment.
   */
  countsDue = false;
  private countsSeen = false;
  private dueTimer?: ReturnType<typeof setTimeout>;
  private focusResults = false;
  private announced: unknown;

  constructor(
    readonly host: Host,
    readonly spec: SearchSpec<G, S, Q, V>,
    readonly o: SearchOptions<G, S>,
  ) {
    this.state = spec.initial();
    this.groupKeys = Object.keys(spec.groups) as G[];
    host.addController(this);
    this.text = new SearchText(host, (q) => q !== this.state.q && this.update({ q } as Partial<S>));
    const place = o.place;
    if (place) {
      this.place = new PlaceFilter(host, {
        client: o.client,
        dataset: place.communes,
        regions: place.regions,
        geo: place.geo,
        core: o.core,
        apiBase: o.apiBase,
        choose: (near) => this.update({ near, ...place.choose?.(near, this.state) } as Partial<S>),
      });
    }
    const sample = () => (this.sample = true);
    const sameQuery = (a: readonly unknown[], b: readonly unknown[]) => a[0] === b[0] && a[1] === b[1] && JSON.stringify(a[2]) === JSON.stringify(b[2]);
    this.results = new Task(host, {
      task: ([client, dataset, query], { signal }) => spec.fetch(client, dataset, query, { signal, sample }),
      args: () => [o.client(), o.dataset(), spec.query(this.state)] as const,
      argsEqual: sameQuery,
    });
    this.facets = new Task(host, {
      task: async ([client, dataset, requests], { signal }) => {
        if (!requests.length) return {};
        const { facetCounts } = await import('../../data/facet-counts.js');
        const { counts, sample: s } = await facetCounts(client, dataset, requests, spec.groups, signal);
        if (s) sample();
        return spec.counts ? spec.counts(counts) : counts;
      },
      args: () => [o.client(), o.dataset(), o.noFacets?.() || !this.countsDue ? [] : facetRequests(this.visibleGroups, this.state.selected, (g) => spec.where(this.state, g))] as const,
      argsEqual: sameQuery,
    });
  }

  hostConnected(): void {
    if (!this.countsDue) this.dueTimer = setTimeout(() => this.countsNow(), AT_THE_LATEST);
  }

  hostDisconnected(): void {
    clearTimeout(this.dueTimer);
  }

  private countsNow(): void {
    if (this.countsDue) return;
    this.countsDue = true;
    clearTimeout(this.dueTimer);
    this.host.requestUpdate();
  }

  /** The first facet counts have been asked for and have come (or failed): until then the filter panel is marked busy. */
  get countsShown(): boolean {
    return (this.countsSeen ||= this.countsDue && this.facets.status !== TaskStatus.PENDING);
  }

  /** Whether a filter is hidden (`hide-filters`, old tokens included). */
  isHidden(token: string): boolean {
    if (this.o.hidesAll?.() || this.o.unserved?.(token)) return true;
    return this.o.hideFilters().some((t) => (TOKEN_ALIASES[t] ?? t) === token);
  }

  get visibleGroups(): G[] {
    return this.groupKeys.filter((g) => !this.isHidden(g));
  }

  /** How many filters the visitor has set (hidden presets are the partner's, not counted). */
  get activeCount(): number {
    const s = this.state;
    const others = (this.spec.others ?? []).filter((f) => !this.isHidden(f.token)).reduce((n, f) => n + Number(f.count(s)), 0);
    return this.visibleGroups.reduce((n, g) => n + s.selected[g].length, 0) + (s.near && !this.isHidden('near') ? 1 : 0) + others;
  }

  /** Sets the state without telling anyone (presets, a search read from the URL). */
  set(patch: Partial<S>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  /** The visitor changed the search: back to page 1, and `carif-change`; with `focus`, the results heading gets the focus when they arrive (the control is gone). */
  update(patch: Partial<S>, focus = false): void {
    this.focusResults ||= focus;
    this.set({ page: 1, ...patch });
    this.changed();
  }

  toggle(group: G, value: string, checked: boolean): void {
    const current = this.state.selected[group];
    const next = checked ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    this.update({ selected: { ...this.state.selected, [group]: next } } as Partial<S>);
  }

  /** Clears what the visitor chose; hidden filters keep the partner's presets. */
  clear(): void {
    const s = this.state;
    const selected = { ...s.selected };
    for (const g of this.visibleGroups) selected[g] = [];
    const patch = { q: '', selected, near: this.isHidden('near') ? s.near : null } as Partial<S>;
    for (const f of this.spec.others ?? []) if (!this.isHidden(f.token)) Object.assign(patch, f.cleared);
    this.text.set('');
    this.update(patch);
  }

  /** The keyboard goes to the results heading (new results, the skip link past the filters). */
  focusHeading(): void {
    const heading = this.host.renderRoot?.querySelector<HTMLElement>('#results-heading');
    heading?.focus();
    heading?.scrollIntoView?.(); // block start, inline nearest, instant: the defaults
  }

  /** Another page of the same search; the focus goes to the results heading when it arrives. */
  goToPage(page: number): void {
    this.focusResults = true;
    this.set({ page } as Partial<S>);
    this.changed();
  }

  toggleGroup(group: string): void {
    if (!this.openGroups.delete(group)) this.openGroups.add(group);
    this.host.requestUpdate();
  }

  toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
    this.host.requestUpdate();
  }

  retry(): void {
    void this.results.run();
    void this.facets.run();
  }

  /** The search as flat key/values: what `sync-url` writes and `carif-change` carries. */
  record(): CarifChangeDetail['state'] {
    const s = this.state;
    const out: CarifChangeDetail['state'] = { q: s.q };
    for (const g of this.visibleGroups) out[g] = s.selected[g];
    if (s.near) Object.assign(out, { lat: s.near.lat.toFixed(4), lon: s.near.lon.toFixed(4), place: s.near.label, radius: String(s.radius) });
    return { ...out, ...this.spec.record?.(s), page: s.page > 1 ? String(s.page) : '' };
  }

  private changed(): void {
    this.notice = '';
    const record = this.record();
    this.o.changed?.(record);
    this.sink?.(record);
    emit(this.host, 'carif-change', { state: record });
  }

  /** Tells the page how each answer ended, once: `carif-results`, or `carif-error` (never for a request the widget cancelled). */
  hostUpdated(): void {
    const task = this.results;
    // Not for the answer a removed widget gave up (its update still runs): the counts would be asked with no one to stop them.
    const answered = task.status === TaskStatus.COMPLETE || (task.status === TaskStatus.ERROR && !isAbort(task.error));
    if (this.host.isConnected && (this.filtersOpen || answered)) this.countsNow();
    if (task.status === TaskStatus.COMPLETE) {
      if (this.focusResults) {
        this.focusResults = false;
        this.focusHeading();
      }
      if (task.value !== undefined && task.value !== this.announced) {
        this.announced = task.value;
        emit(this.host, 'carif-results', this.spec.detail ? this.spec.detail(task.value) : task.value);
      }
    } else if (task.status === TaskStatus.ERROR && task.error !== this.announced && !isAbort(task.error)) {
      this.announced = task.error;
      const error = task.error instanceof DataError ? task.error : new DataError('malformed', String(task.error));
      emit(this.host, 'carif-error', { error });
    }
  }
}

/** The offset of a page, within the 10,000 records an Explore API pages through. */
export const pageOffset = (page: number, size: number): number => Math.min((page - 1) * size, 10_000 - size);
