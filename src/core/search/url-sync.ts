import { TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { Lang } from '../i18n.js';
import { eq } from '../../data/odsql.js';
import { clampInt } from '../converters.js';
import { RADII } from '../place-filter.js';
import { followHistory, readUrlState, URL_PREFIXES, urlList, writeUrlState } from '../url-state.js';
import type { FacetedSearch, SearchState } from './search.js';

/**
 * `sync-url` for every widget (loaded only by elements that have the attribute): each committed
 * search is written into the page's query string under the widget's prefix (a step of the
 * history), the URL's search is read before the first request, Back and Forward bring a step's
 * search back, and one item has a permalink (`<prefix>id`): the page opens with its detail.
 */
export interface UrlSpec<S, T> {
  /** Whose prefix the widget writes under. */
  name: keyof typeof URL_PREFIXES;
  /** The widget's own keys (beyond `q`, the groups, the place and the page) read back over `base`. */
  restore?: (u: Record<string, string>, base: S) => Partial<S>;
  /** The items of the permalink: found in the results, else fetched (the widgets' own contract). */
  items?: UrlItems<T>;
}

export interface UrlItems<T> {
  find: (id: string) => T | undefined;
  /** Where to fetch an item the results do not have: its id field and normaliser (null for a real source). */
  record?: () => { field: string; normalize: (raw: unknown) => T | null } | null;
  show: (item: T) => void;
  /** The item shown, when there is one (the detail is open). */
  shown: () => string | null;
  hide: () => void;
  /** Expanding an item is not a step of the history (the venue map): the URL is replaced. */
  replace?: boolean;
}

/** Said above the results when the item of a link is gone from the data. */
const GONE: Record<Lang, string> = {
  fr: 'La fiche de ce lien n’est plus en ligne. Voici les résultats de la même recherche.',
  en: 'The page of this link is no longer online. Here are the results of the same search.',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySearch<S> = FacetedSearch<any, S & SearchState<any>, any, any>;

const ITEM = 'id';

export class UrlSync<S, T> implements ReactiveController {
  private readonly base: S;
  private readonly prefix: string;
  private pending: string | null = null;
  private readonly stop: () => void;

  constructor(
    private readonly search: AnySearch<S>,
    private readonly spec: UrlSpec<S, T>,
    private readonly myPosition: string,
    private readonly lang: Lang,
  ) {
    this.prefix = URL_PREFIXES[spec.name];
    // Over the presets: a history step without a search in its URL is the widget as the page set it.
    this.base = search.state;
    this.read();
    this.stop = followHistory(() => this.read());
    search.sink = (record) => writeUrlState(this.prefix, record);
    search.host.addController(this);
  }

  /** The search of the URL, over the presets; the item of the permalink opens once its results are there. */
  private read(): void {
    const search = this.search;
    const u = readUrlState(this.prefix);
    const base = this.base as S & SearchState<string>;
    const selected = { ...base.selected };
    for (const g of search.groupKeys) if (u[g] !== undefined && !search.isHidden(g)) selected[g] = urlList(u[g]);
    const lat = Number(u.lat);
    const lon = Number(u.lon);
    const near = u.lat && u.lon && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon, label: u.place || this.myPosition, code: null } : base.near;
    const radius = Number(u.radius);
    search.set({
      ...base,
      q: u.q ?? '',
      selected,
      near,
      radius: RADII.includes(radius as (typeof RADII)[number]) ? radius : base.radius,
      page: clampInt(u.page, 1, 1000, 1),
      ...this.spec.restore?.(u, this.base),
    });
    search.text.set(search.state.q);
    const items = this.spec.items;
    const id = u[ITEM] || null;
    if (!items) return;
    if (!id && items.shown()) items.hide();
    this.pending = id && id !== items.shown() ? id : null;
  }

  /** Once the results of the URL's search are there, its item opens (found in them, else fetched). */
  hostUpdated(): void {
    const id = this.pending;
    const items = this.spec.items;
    if (!id || !items || this.search.results.status !== TaskStatus.COMPLETE) return;
    this.pending = null;
    const found = items.find(id);
    if (found) return items.show(found);
    const missing = () => {
      this.search.notice = GONE[this.lang];
      this.search.host.requestUpdate();
      console.warn(`<${this.search.host.localName}>: the page's address names the result ${JSON.stringify(id)}, which is not in the data any more.`);
    };
    const one = items.record?.();
    if (!one) return missing();
    this.search.o
      .client()
      .records(this.search.o.dataset(), { where: eq(one.field, id), limit: 1 })
      .then((page) => page.results.map(one.normalize).find((item) => item !== null))
      .then((item) => (item ? items.show(item) : missing()), missing);
  }

  /** The permalink of an item: this page (its search already written there) with the item. */
  link(id: string): string {
    return this.withItem(id);
  }

  /** This page's address with the item named, or with no item (one parse: called for every card drawn). */
  private withItem(id: string | null): string {
    const url = new URL(location.href);
    if (id) url.searchParams.set(this.prefix + ITEM, id);
    else url.searchParams.delete(this.prefix + ITEM);
    return url.href;
  }

  /**
   * The visitor opened (`id`) or closed (null) an item: opening is a step of the history (Back
   * closes the detail), closing goes back over that step or takes the item out of the URL.
   */
  showing(id: string | null): void {
    const here = readUrlState(this.prefix)[ITEM] ?? null;
    if (id === here) return;
    const replace = this.spec.items?.replace;
    const key = `${this.prefix}${ITEM}`;
    if (id && !replace) return history.pushState({ ...history.state, [key]: id }, '', this.link(id));
    if (!id && !replace && here && history.state?.[key] === here) return history.back();
    history.replaceState(history.state, '', this.withItem(id));
  }

  hostDisconnected(): void {
    this.stop();
    this.search.sink = undefined;
    this.search.host.removeController(this);
  }
}
