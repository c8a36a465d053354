import type { Place } from '../communes.js';
import { and, dateLiteral, distanceOrder, eq, field, fullText, inList, or, withinDistance } from '../odsql.js';

/** Filter groups with facet counts; the key is also the `hide-filters` token. */
export const FACET_GROUPS = { type: 'type', sector: 'secteur_naf', public: 'publics', department: 'departement' } as const;
export type FacetGroup = keyof typeof FACET_GROUPS;
export const FACET_GROUP_KEYS = Object.keys(FACET_GROUPS) as FacetGroup[];

export type Sort = 'start' | 'newest' | 'distance';
export type Mode = 'offers' | 'employers';
export type Duration = '' | 'short' | 'medium' | 'long';

export interface BoardState {
  q: string;
  selected: Record<FacetGroup, string[]>;
  near: Place | null;
  radius: number;
  /** '' any, 'all-year', or a month 'YYYY-MM'. */
  period: string;
  duration: Duration;
  sort: Sort;
  page: number;
  mode: Mode;
  /** The offers of one employer of the directory ("5 offres en ligne"). */
  employer: { id: string; name: string } | null;
}


export const emptySelection = (): Record<FacetGroup, string[]> => ({ type: [], sector: [], public: [], department: [] });

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The `where` of a search; `except` leaves a facet group out (for its own counts). */
export function buildWhere(s: BoardState, regions: string[], except?: FacetGroup): string {
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(s.period) ? s.period : '';
  return and(
    inList('region', regions),
    fullText(s.q),
    ...FACET_GROUP_KEYS.filter((g) => g !== except).map((g) => inList(FACET_GROUPS[g], s.selected[g])),
    s.near && withinDistance('geo', s.near, s.radius),
    s.period === 'all-year' && eq('toute_annee', 1),
    month && `${eq('toute_annee', 1)} or (${field('periode_debut')} <= ${dateLiteral(lastDay(month))} and ${field('periode_fin')} >= ${dateLiteral(`${month}-01`)})`,
    s.duration === 'short' && `${field('duree_jours')} <= 5`,
    s.duration === 'medium' && `${field('duree_jours')} in [6..20]`,
    s.duration === 'long' && `${field('duree_jours')} > 20`,
    s.mode === 'offers' && s.employer && eq('employeur_id', s.employer.id),
    s.mode === 'employers' && or(eq('accueil_visites', 1), eq('accueil_immersions', 1), eq('accueil_3e', 1)),
  );
}

/** Sort as the visitor chose it: start, newest, or distance. Never a sponsored order. */
export function buildOrderBy(s: BoardState): string {
  // Grouped rows have no position: the directory goes by commune, then name.
  if (s.mode === 'employers') return 'commune asc, employeur_nom asc';
  if (s.sort === 'distance' && s.near) return distanceOrder('geo', s.near);
  if (s.sort === 'newest') return 'date_publication desc, id asc';
  return 'periode_debut asc, id asc';
}

/** The next twelve months, "YYYY-MM", from a day. */
export function nextMonths(today: Date, n = 12): string[] {
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + i, 1)).toISOString().slice(0, 7));
}
