/**
 * Opt-in URL state (`sync-url`): a widget writes its search into the page's query string, under
 * a prefix, so that the search can be shared as a link and survives a reload. Other parameters of
 * the host page are left untouched.
 */
export type UrlState = Record<string, string | string[]>;

export function readUrlState(prefix: string, href = location.href): Record<string, string> {
  const params = new URL(href).searchParams;
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value.slice(0, 500);
  return out;
}

export function writeUrlState(prefix: string, state: UrlState): void {
  const url = new URL(location.href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(state)) {
    const v = Array.isArray(value) ? value.join(',') : value;
    if (v) url.searchParams.set(prefix + key, v);
  }
  // A committed search is a step of the history: Back returns to the previous search, not off the page.
  if (url.href !== location.href) history.pushState(history.state, '', url.href);
}

/** Calls `back` when the visitor goes Back or Forward through the page's history; returns the way to stop. */
export function followHistory(back: () => void): () => void {
  addEventListener('popstate', back);
  return () => removeEventListener('popstate', back);
}

/** A comma list from the URL. */
export const urlList = (v: string | undefined): string[] => (v ? v.split(',').filter(Boolean).slice(0, 50) : []);
