/**
 * Opt-in URL state (`sync-url`): a widget writes its search into the page's query string, under
 * its prefix, so that the search can be shared as a link and survives a reload. Other parameters
 * of the host page, and the other widgets' prefixes, are left untouched.
 */
export type UrlState = Record<string, string | string[]>;

/** Each widget's prefix. The training search's is the shortest: the others are not read as its keys. */
export const URL_PREFIXES = { training: 'carif-', venues: 'carif-lieux-', agenda: 'carif-agenda-', board: 'carif-stages-' } as const;

/** Whether a query key belongs to this prefix (and not to a longer prefix that starts with it). */
const owns = (prefix: string, key: string): boolean => key.startsWith(prefix) && !Object.values(URL_PREFIXES).some((p) => p.length > prefix.length && p.startsWith(prefix) && key.startsWith(p));

export function readUrlState(prefix: string, href = location.href): Record<string, string> {
  const params = new URL(href).searchParams;
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (owns(prefix, key)) out[key.slice(prefix.length)] = value.slice(0, 500);
  return out;
}

/** The page's address with `state` under `prefix` in place of what was there. */
function urlWith(prefix: string, state: UrlState, href = location.href): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (owns(prefix, key)) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(state)) {
    const v = Array.isArray(value) ? value.join(',') : value;
    if (v) url.searchParams.set(prefix + key, v);
  }
  return url.href;
}

/** A committed search is a step of the history: Back returns to the previous search, not off the page. */
export function writeUrlState(prefix: string, state: UrlState): void {
  const href = urlWith(prefix, state);
  if (href !== location.href) history.pushState(history.state, '', href);
}

/** Calls `back` when the visitor goes Back or Forward through the page's history; returns the way to stop. */
export function followHistory(back: () => void): () => void {
  addEventListener('popstate', back);
  return () => removeEventListener('popstate', back);
}

/** A comma list from the URL. */
export const urlList = (v: string | undefined): string[] => (v ? v.split(',').filter(Boolean).slice(0, 50) : []);
