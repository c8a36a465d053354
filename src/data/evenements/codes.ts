import { codeTables, pick } from '../codes.js';
import { PUBLICS } from '../publics.js';

/** Code tables of the `evenements` dataset: event types and publics in plain words. */
export type EventTable = 'eventTypes' | 'eventPublics';

const fr: Record<EventTable, Record<string, string>> = {
  eventTypes: {
    forum_salon: 'Forum, salon',
    portes_ouvertes: 'Journée portes ouvertes',
    nuit_orientation: 'Nuit de l’orientation',
    semaine_thematique: 'Semaine thématique',
    decouverte_metiers: 'Découverte des métiers',
    atelier: 'Atelier',
    visite_entreprise: 'Visite d’entreprise',
    job_dating: 'Job dating',
    competition: 'Concours des métiers',
    conference: 'Conférence',
    webinaire: 'Webinaire (en ligne)',
    information_collective: 'Réunion d’information',
    cafe_parents: 'Café des parents',
  },
  eventPublics: pick(PUBLICS, ['jeunes', 'scolaires', 'etudiants', 'demandeurs_emploi', 'salaries', 'personnes_handicapees', 'familles', 'enseignants', 'tout_public']),
};

export const eventCodes = codeTables<EventTable>(fr, () => import('./codes.en.js').then((m) => m.en));
