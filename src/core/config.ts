/**
 * Page-wide configuration, given once for every widget of the page:
 * - on the script tag: `<script type="module" src=".../carif-widgets.js" data-api-base="https://...">`
 * - or in code: `configure({ apiBase: 'https://...' })`.
 * An element's own `api-base` attribute always wins.
 */
export interface CarifConfig {
  /** Base URL of an Opendatasoft Explore v2.1 API, e.g. `https://data.example.fr/api/explore/v2.1`. */
  apiBase: string;
  /**
   * Addresses of the real sources (`source="annuaire"`…) other than their public hosts: a proxy,
   * a mirror, or the offline replay of `npm start` (`/replay/<host>/…`). Keys: `annuaire`,
   * `education`, `geo` (geo.api.gouv.fr).
   */
  sources?: Partial<Record<string, string>>;
}

/** The embedded default: the local Explore v2.1 API over sample data served by `npm start`. */
export const DEFAULT_API_BASE = '/api/explore/v2.1';

let pageConfig: Partial<CarifConfig> = {};
const listeners = new Set<() => void>();

/** Sets page-wide defaults for every widget; widgets already on the page reload. */
export function configure(config: Partial<CarifConfig>): void {
  pageConfig = { ...pageConfig, ...config };
  for (const listener of listeners) listener();
}

/** @internal Called by elements to follow `configure()` calls made after they connected. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function scriptApiBase(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const script = document.querySelector<HTMLScriptElement>('script[data-api-base]');
  return script?.dataset.apiBase?.trim() || undefined;
}

/** The page-wide defaults in force now. */
export function pageDefaults(): CarifConfig {
  return { apiBase: pageConfig.apiBase ?? scriptApiBase() ?? DEFAULT_API_BASE, sources: pageConfig.sources ?? {} };
}
