import { pick } from '../codes.js';
import { en as shared } from '../codes.en.js';
import type { EventTable } from './codes.js';

/** English labels of the `evenements` code tables, loaded only when a widget speaks English. */
export const en: Record<EventTable, Record<string, string>> = {
  eventTypes: {
    forum_salon: 'Fair, exhibition',
    portes_ouvertes: 'Open day',
    nuit_orientation: 'Careers night',
    semaine_thematique: 'Theme week',
    decouverte_metiers: 'Discover jobs',
    atelier: 'Workshop',
    visite_entreprise: 'Company visit',
    job_dating: 'Job dating',
    competition: 'Skills competition',
    conference: 'Talk',
    webinaire: 'Webinar (online)',
    information_collective: 'Information meeting',
    cafe_parents: 'Parents’ café',
  },
  eventPublics: pick(shared.publics, ['jeunes', 'scolaires', 'etudiants', 'demandeurs_emploi', 'salaries', 'personnes_handicapees', 'familles', 'enseignants', 'tout_public']),
};
