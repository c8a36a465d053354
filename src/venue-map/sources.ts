/** What the venue map knows of the real sources (their code: src/data/sources/venues.ts, loaded on first use). */

/** The networks the real sources have venues of (DILA's annuaire; the annuaire de l'éducation has CIOs). */
export const SERVED_NETWORKS = ['mission_locale', 'france_travail', 'cap_emploi', 'cio', 'information_jeunesse', 'maison_emploi', 'france_services', 'apec'];
/** The credit line each source asks for (its licence). */
export const SOURCE_CREDIT = {
  annuaire: 'Annuaire de l’administration – Service-Public.fr / DILA, Licence Ouverte 2.0',
  education: 'Annuaire de l’éducation – ministère de l’Éducation nationale, Licence Ouverte 2.0',
};
export type VenueSearch =
  | { where: string; orderBy: string }
  | { sources: ('annuaire' | 'education')[]; q: string; networks: string[]; departements: string[]; near: { lat: number; lon: number; code: string | null } | null; radius: number };
