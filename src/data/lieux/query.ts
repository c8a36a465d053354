import type { Place } from '../communes.js';
import { and, distanceOrder, fullText, inList, withinDistance } from '../odsql.js';

/** Filter groups with facet counts; the key is also the `hide-filters` token. */
export const FACET_GROUPS = { network: 'reseau', public: 'publics', service: 'services', department: 'departement' } as const;
export type FacetGroup = keyof typeof FACET_GROUPS;
export const FACET_GROUP_KEYS = Object.keys(FACET_GROUPS) as FacetGroup[];

export interface VenueState {
  q: string;
  selected: Record<FacetGroup, string[]>;
  near: Place | null;
  radius: number;
  openNow: boolean;
  page: number;
}

export const emptySelection = (): Record<FacetGroup, string[]> => ({ network: [], public: [], service: [], department: [] });

/** Older sources still say `pole_emploi` for France Travail: asking for one asks for both. */
const withAliases = (networks: string[]): string[] => (networks.includes('france_travail') ? [...networks, 'pole_emploi'] : networks);

/** The `where` of a search; `except` leaves a facet group out (for its own counts). */
export function buildWhere(s: VenueState, regions: string[], except?: FacetGroup): string {
  return and(
    inList('region', regions),
    fullText(s.q),
    ...FACET_GROUP_KEYS.filter((g) => g !== except).map((g) => inList(FACET_GROUPS[g], g === 'network' ? withAliases(s.selected[g]) : s.selected[g])),
    s.near && withinDistance('geo', s.near, s.radius),
  );
}

/** Nearest first around a place; otherwise by commune then name. Never a sponsored order. */
export function buildOrderBy(s: VenueState): string {
  return s.near ? distanceOrder('geo', s.near) : 'commune asc, nom asc, id asc';
}

