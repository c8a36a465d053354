import { clampInt } from '../core/converters.js';
import { readUrlState, urlList, writeUrlState as write, type UrlState } from '../core/url-state.js';
export { followHistory } from '../core/url-state.js';
import { RADII } from '../core/place-filter.js';
import { FACET_GROUP_KEYS, type FacetGroup, type SearchState } from '../data/formations/query.js';

/** `sync-url` for the training search: loaded only by elements that have the attribute. */

const PREFIX = 'carif-';

/** The search written in the page URL, over the current one. */
export function readSearch(current: SearchState, isHidden: (g: FacetGroup) => boolean, myPosition: string): SearchState {
  const s = readUrlState(PREFIX);
  const selected = { ...current.selected };
  for (const g of FACET_GROUP_KEYS) if (s[g] !== undefined && !isHidden(g)) selected[g] = urlList(s[g]);
  const lat = Number(s.lat);
  const lon = Number(s.lon);
  const near = s.lat && s.lon && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon, label: s.place || myPosition, code: null } : null;
  return {
    ...current,
    q: s.q ?? '',
    selected,
    near,
    radius: RADII.includes(Number(s.radius) as (typeof RADII)[number]) ? Number(s.radius) : current.radius,
    from: s.from ?? '',
    to: s.to ?? '',
    open: s.open === '1',
    disability: s.handicap === '1',
    sort: (['relevance', 'start', 'distance'] as const).find((x) => x === s.sort) ?? 'relevance',
    page: clampInt(s.page, 1, 1000, 1),
  };
}

export const writeUrlState = (state: UrlState): void => write(PREFIX, state);
