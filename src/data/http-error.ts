import { DataError } from './errors.js';

/**
 * The error of an HTTP answer that is not 2xx, in the terms a widget explains: loaded by the
 * client only when such an answer comes (the first results of a page do not carry it). The server
 * answered, so its code can load; if even that fails, the client says "server" (client.ts).
 */
export function httpError(status: number, headers: { get(name: string): string | null }, text: string, url: string, dataset: string): DataError {
  let message = `HTTP ${status}`;
  let parsed: { message?: unknown; error?: unknown } | undefined;
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    /* not JSON: keep the status line */
  }
  // `message` in the 400 body of the specification, `error` in its 429 body.
  const said = typeof parsed?.message === 'string' ? parsed.message : typeof parsed?.error === 'string' ? parsed.error : '';
  if (said) message += `: ${said.slice(0, 300)}`;
  if (status === 429) return new DataError('rate-limited', message, { status, url, dataset, retryAfter: retryDelay(parsed, headers) });
  if (status === 404) return new DataError('not-found', message, { status, url, dataset });
  if (status === 400) return new DataError('bad-request', message, { status, url, dataset });
  if (status === 401 || status === 403) return new DataError('misconfigured', message, { status, url, dataset });
  return new DataError('server', message, { status, url, dataset });
}

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
