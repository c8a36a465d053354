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
