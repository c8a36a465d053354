import type { EventTable } from './event-codes.js';

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
  eventPublics: {
    jeunes: 'Young people aged 16 to 25',
    scolaires: 'Pupils',
    etudiants: 'Students',
    demandeurs_emploi: 'Jobseekers',
    salaries: 'Employees',
    personnes_handicapees: 'People with disabilities',
    familles: 'Families',
    enseignants: 'Teachers',
    tout_public: 'Everyone',
  },
};
