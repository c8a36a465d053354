/** What the venue map knows of the real sources (their code: src/data/sources/venues.ts, loaded on first use). */

/** The networks the real sources have venues of (DILA's annuaire; the annuaire de l'éducation has CIOs). */
export const SERVED_NETWORKS = ['mission_locale', 'france_travail', 'cap_emploi', 'cio', 'information_jeunesse', 'maison_emploi', 'france_services', 'apec'];
export type VenueSearch =
  | { where: string; orderBy: string }
  | { sources: ('annuaire' | 'education')[]; q: string; networks: string[]; departements: string[]; near: { lat: number; lon: number; code: string | null } | null; radius: number };
