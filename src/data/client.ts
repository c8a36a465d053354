import { LruCache } from './cache.js';
import { DataError } from './errors.js';

/** One page of records as the Explore API returns it. */
export interface RecordsPage {
  total: number;
  results: unknown[];
  /** True when the API says it serves sample data (`X-Carif-Sample-Data: 1`). */
  sample: boolean;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface FacetsAnswer {
  facets: Record<string, FacetValue[]>;
  sample: boolean;
}

export interface RecordsQuery {
  select?: string;
  /** Explore's group_by: one row per distinct combination of these fields. */
  groupBy?: string;
  where?: string;
  orderBy?: string;
  limit?: number;
  offset?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** Largest body read, in characters: beyond it the answer is treated as malformed. */
const MAX_BODY = 20_000_000;
/** Explore's own limits. */
export const MAX_LIMIT = 100;
export const MAX_WINDOW = 10_000;

export type Answer = { body: unknown; sample: boolean };
type Shared = { answer: Promise<Answer>; users: number; controller: AbortController };
const sharedCache = new LruCache<Answer>(200, 5 * 60_000);
/** Requests on their way, by URL, shared by the widgets that ask for the same answer. */
const inFlight = new Map<string, Shared>();

/** Empties the response cache shared by every widget on the page (used by "retry" and tests). */
export function clearCache(): void {
  sharedCache.clear();
}

/**
 * The one way the widgets reach the network: an Opendatasoft Explore v2.1 client with a timeout,
 * abort on stale requests, classified errors and a shared LRU cache.
 */
export class ExploreClient {
  readonly apiBase: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: { apiBase: string; timeoutMs?: number; fetch?: typeof fetch }) {
    this.apiBase = options.apiBase.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** Absolute URL of an endpoint under the API base. */
  url(path: string, params: [string, string][]): string {
    const base = typeof document !== 'undefined' ? document.baseURI : 'http://localhost/';
    const url = new URL(`${this.apiBase}${path}`, base);
    for (const [k, v] of params) if (v !== '') url.searchParams.append(k, v);
    return url.href;
  }

  /** `GET /catalog/datasets/{dataset}/records`. */
  async records(dataset: string, query: RecordsQuery, options: RequestOptions = {}): Promise<RecordsPage> {
    const limit = Math.min(MAX_LIMIT, Math.max(0, Math.trunc(query.limit ?? 10)));
    const offset = Math.min(MAX_WINDOW - limit, Math.max(0, Math.trunc(query.offset ?? 0)));
    const url = this.url(`/catalog/datasets/${encodeURIComponent(dataset)}/records`, [
      ['select', query.select ?? ''],
      ['where', query.where ?? ''],
      ['order_by', query.orderBy ?? ''],
      ['group_by', query.groupBy ?? ''],
      ['limit', String(limit)],
      ['offset', String(offset)],
    ]);
    const { body, sample } = await this.get(url, dataset, options);
    const b = body as { total_count?: unknown; results?: unknown };
    if (!b || typeof b !== 'object' || !Array.isArray(b.results)) {
      throw new DataError('malformed', 'The answer has no results list', { url, dataset });
    }
    const total = typeof b.total_count === 'number' && Number.isFinite(b.total_count) && b.total_count >= 0 ? Math.trunc(b.total_count) : b.results.length;
    return { total, results: b.results, sample };
  }

  /**
   * A JSON answer: from the cache, else from the request already on its way for the same URL
   * (two widgets asking the same thing at page load make one request), else a new request. A
   * caller that gives up (its signal aborts) leaves; the request stops only when every caller has.
   * Also for keyless JSON APIs that are not Explore (geo.api.gouv.fr): `dataset` then names the source in
   * errors.
   */
  get(url: string, dataset: string, { signal }: RequestOptions = {}): Promise<Answer> {
    const cached = sharedCache.get(url) as Answer | undefined;
    if (cached) return Promise.resolve(cached);
    const aborted = () => new DataError('aborted', 'aborted', { url });
    if (signal?.aborted) return Promise.reject(aborted());
    let shared = inFlight.get(url);
    if (!shared) {
      const controller = new AbortController();
      const entry: Shared = { users: 0, controller, answer: this.fetchJson(url, dataset, controller.signal).finally(() => inFlight.get(url) === entry && inFlight.delete(url)) };
      inFlight.set(url, (shared = entry));
    }
    const s = shared;
    s.users += 1;
    return new Promise<Answer>((resolve, reject) => {
      let here = true;
      const leave = () => {
        signal?.removeEventListener('abort', onAbort);
        s.users -= Number(here);
        here = false;
      };
      const onAbort = () => {
        leave();
        reject(aborted());
        if (s.users === 0) {
          if (inFlight.get(url) === s) inFlight.delete(url);
          s.controller.abort();
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      s.answer.then(
        (answer) => (leave(), resolve(answer)),
        (error: unknown) => (leave(), reject(error)),
      );
    });
  }

  private async fetchJson(url: string, dataset: string, signal: AbortSignal): Promise<Answer> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const onAbort = () => controller.abort();
    signal.addEventListener('abort', onAbort, { once: true });

    try {
      let response: Response;
      try {
        response = await this.fetchImpl(url, { signal: controller.signal, headers: { Accept: 'application/json' }, credentials: 'omit' });
      } catch (e) {
        if (signal.aborted) throw new DataError('aborted', 'aborted', { url });
        if (timedOut) throw new DataError('timeout', `No answer within ${this.timeoutMs / 1000} s`, { url, dataset });
        const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
        throw new DataError(offline ? 'offline' : 'unreachable', `Could not reach ${url}: ${(e as Error)?.message ?? e}`, { url, dataset });
      }
      const sample = response.headers.get('X-Carif-Sample-Data') === '1';
      let text: string;
      try {
        text = await response.text();
      } catch (e) {
        if (signal.aborted) throw new DataError('aborted', 'aborted', { url });
        if (timedOut) throw new DataError('timeout', 'The answer took too long', { url, dataset });
        throw new DataError('unreachable', `The answer was cut: ${(e as Error)?.message ?? e}`, { url, dataset });
      }
      if (!response.ok) {
        const { status, headers } = response;
        throw await import('./http-error.js').then(
          (m) => m.httpError(status, headers, text, url, dataset),
          () => new DataError('server', `HTTP ${status}`, { status, url, dataset }),
        );
      }
      if (text.length > MAX_BODY) throw new DataError('malformed', 'Answer too large', { url, dataset });
      const type = response.headers.get('Content-Type') ?? '';
      if (/^\s*</.test(text) || (type && !/json/i.test(type))) {
        throw new DataError('misconfigured', `Not the Explore API (${type})`, { url, dataset, status: response.status });
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new DataError('malformed', 'The answer is not valid JSON', { url, dataset });
      }
      const entry = { body, sample };
      sharedCache.set(url, entry);
      return entry;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }
}

/**
 * Every record of a query up to `max` (pages of 100 fetched together after the first, which gives
 * the total): for maps and calendars that show all of a search at once. A function rather than a
 * method, so that widgets which never page through a whole search do not carry it.
 */
export async function recordsUpTo(client: ExploreClient, dataset: string, query: Omit<RecordsQuery, 'limit' | 'offset'>, max: number, options: RequestOptions = {}): Promise<RecordsPage> {
  const first = await client.records(dataset, { ...query, limit: Math.min(MAX_LIMIT, max), offset: 0 }, options);
  const wanted = Math.min(first.total, max, MAX_WINDOW);
  const offsets: number[] = [];
  for (let o = MAX_LIMIT; o < wanted; o += MAX_LIMIT) offsets.push(o);
  const rest = await Promise.all(offsets.map((offset) => client.records(dataset, { ...query, limit: Math.min(MAX_LIMIT, wanted - offset), offset }, options)));
  return { total: first.total, results: [first, ...rest].flatMap((p) => p.results), sample: first.sample };
}
