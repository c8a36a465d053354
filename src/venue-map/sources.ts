import { ANNUAIRE_TYPES } from '../data/sources/annuaire-types.js';
import type { VenueQuery, VenueSourceId } from '../data/sources/venues.js';

/** What the venue map knows of the real sources (their code, src/data/sources/venues.ts, loads on first use). */

/** The networks the real sources have venues of (DILA's annuaire; the annuaire de l'éducation has CIOs). */
export const SERVED_NETWORKS = Object.keys(ANNUAIRE_TYPES);

/** The query of a search: our contract's, or a search on the real sources. */
export type VenueSearch = { where: string; orderBy: string } | (VenueQuery & { sources: VenueSourceId[] });
