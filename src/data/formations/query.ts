import { NIVEAU_CODES } from '../codes.js';
import type { Place } from '../communes.js';
import { and, dateLiteral, distanceOrder, eq, field, fullText, inList, withinDistance } from '../odsql.js';

/** Filter groups with facet counts. The key is also the `hide-filters` token. */
export const FACET_GROUPS = {
  niveau: 'niveau_sortie',
  voie: 'voie',
  modalite: 'modalite_enseignement',
  public: 'publics',
  financeur: 'financeurs',
  department: 'departement',
} as const;
export type FacetGroup = keyof typeof FACET_GROUPS;
export const FACET_GROUP_KEYS = Object.keys(FACET_GROUPS) as FacetGroup[];

export type Sort = 'relevance' | 'start' | 'distance';

/** Everything the visitor chose; what `sync-url` writes. */
export interface SearchState {
  q: string;
  selected: Record<FacetGroup, string[]>;
  near: Place | null;
  radius: number;
  from: string;
  to: string;
  open: boolean;
  disability: boolean;
  sort: Sort;
  page: number;
}

/** Constraints fixed by the partner (`region`, and hidden preset filters). */
export interface FixedConstraints {
  regions: string[];
}


export const emptySelection = (): Record<FacetGroup, string[]> => ({
  niveau: [],
  voie: [],
  modalite: [],
  public: [],
  financeur: [],
  department: [],
});

const numeric = (values: string[]): number[] => values.map(Number).filter((n) => Number.isInteger(n));

/** The ODSQL clause of one facet group's selection. */
function groupClause(group: FacetGroup, values: string[]): string {
  if (!values.length) return '';
  switch (group) {
    case 'niveau':
      return inList('niveau_sortie', values.flatMap((v) => NIVEAU_CODES[v] ?? []));
    case 'modalite':
    case 'financeur':
      return inList(FACET_GROUPS[group], numeric(values));
    default:
      return inList(FACET_GROUPS[group], values);
  }
}

/** The `where` clause of a search; `except` leaves one group out (for its own facet counts). */
export function buildWhere(state: SearchState, fixed: FixedConstraints, except?: FacetGroup): string {
  const isoOk = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));
  return and(
    inList('region', fixed.regions),
    fullText(state.q),
    ...FACET_GROUP_KEYS.filter((g) => g !== except).map((g) => groupClause(g, state.selected[g])),
    state.near && withinDistance('lieu_geo', state.near, state.radius),
    isoOk(state.from) && `${field('prochaine_session')} >= ${dateLiteral(state.from)}`,
    isoOk(state.to) && `${field('prochaine_session')} <= ${dateLiteral(state.to)}`,
    state.open && eq('recrutement_ouvert', 1),
    state.disability && eq('accessible_handicap', 1),
  );
}

/** The `order_by` of a sort. Relevance sends none: the API's own order, never a sponsored one. */
export function buildOrderBy(state: SearchState): string {
  if (state.sort === 'start') return 'prochaine_session asc, id_action asc';
  if (state.sort === 'distance' && state.near) return distanceOrder('lieu_geo', state.near);
  return '';
}


/** Facet counts of the `niveau_sortie` codes merged into 2019-scale levels. */
export function mergeLevelCounts(counts: { value: string; count: number }[]): { value: string; count: number }[] {
  const merged = new Map<string, number>();
  for (const { value, count } of counts) {
    const key = Object.entries(NIVEAU_CODES).find(([, codes]) => codes.includes(Number(value)))?.[0];
    if (key) merged.set(key, (merged.get(key) ?? 0) + count);
  }
  return Object.keys(NIVEAU_CODES)
    .filter((k) => merged.has(k))
    .map((k) => ({ value: k, count: merged.get(k)! }));
}
