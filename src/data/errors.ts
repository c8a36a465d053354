/** What went wrong with a request, in terms a widget can explain to a person. */
export type DataErrorKind =
  | 'offline' // the browser says it is offline
  | 'unreachable' // the server could not be reached (down, blocked, wrong host, CORS)
  | 'timeout' // no answer in time
  | 'rate-limited' // HTTP 429; `retryAfter` says when to come back
  | 'server' // HTTP 5xx
  | 'not-found' // HTTP 404: wrong dataset or api-base
  | 'bad-request' // HTTP 400: the API refused the query
  | 'malformed' // answered, but not the JSON we expect
  | 'misconfigured' // answered with something that is not the Explore API at all (an HTML page...)
  | 'aborted'; // superseded by a newer request: never shown

/** A classified data error. `status` is the HTTP status when there was one. */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly details: { status?: number; retryAfter?: number; url?: string; dataset?: string } = {},
  ) {
    super(message);
  }
  get status(): number | undefined {
    return this.details.status;
  }
  /** Seconds to wait before retrying, from a 429's Retry-After header. */
  get retryAfter(): number | undefined {
    return this.details.retryAfter;
  }
}

export const isAbort = (e: unknown): boolean =>
  (e instanceof DataError && e.kind === 'aborted') || (e instanceof DOMException && e.name === 'AbortError');

/** Retry-After as seconds: either delta-seconds or an HTTP date. Capped at an hour. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value) : (Date.parse(value) - now) / 1000;
  return capSeconds(seconds);
}

const capSeconds = (seconds: number): number | undefined => (Number.isFinite(seconds) && seconds >= 0 ? Math.min(3600, Math.ceil(seconds)) : undefined);

/**
 * Seconds until a rate-limited API takes requests again, from what it said: the Explore v2.1 429
 * body's `reset_time` (ISO instant, the documented field), else `X-RateLimit-Reset` (an epoch in
 * Opendatasoft's v1 documentation, a date in answers seen in the wild), else `Retry-After`.
 */
export function retryDelay(body: unknown, headers: { get(name: string): string | null }, now = Date.now()): number | undefined {
  const reset = body && typeof body === 'object' ? (body as { reset_time?: unknown }).reset_time : undefined;
  if (typeof reset === 'string' && !Number.isNaN(Date.parse(reset))) return capSeconds((Date.parse(reset) - now) / 1000);
  const header = headers.get('X-RateLimit-Reset')?.trim();
  if (header) {
    const at = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header);
    const seconds = capSeconds((at - now) / 1000);
    if (seconds !== undefined) return seconds;
  }
  return parseRetryAfter(headers.get('Retry-After'), now);
}
