import { codeTables, pick } from '../codes.js';
import { PUBLICS } from '../publics.js';

/** Code tables of the `lieux-spro` dataset: networks, services and publics in plain words. */
export type VenueTable = 'networks' | 'services' | 'venuePublics';

const fr: Record<VenueTable, Record<string, string>> = {
  networks: {
    mission_locale: 'Mission locale',
    france_travail: 'France Travail',
    cap_emploi: 'Cap emploi',
    apec: 'Apec',
    cio: 'Centre d’information et d’orientation (CIO)',
    scuio: 'Service d’orientation de l’université (SCUIO)',
    information_jeunesse: 'Information Jeunesse',
    cep: 'Conseil en évolution professionnelle (CEP)',
    mife: 'Maison de l’information sur la formation et l’emploi (MIFE)',
    maison_emploi: 'Maison de l’emploi',
    cci: 'Chambre de commerce et d’industrie',
    cma: 'Chambre de métiers et de l’artisanat',
    chambre_agriculture: 'Chambre d’agriculture',
    france_services: 'France services',
    psad: 'Plateforme de suivi et d’appui aux décrocheurs (PSAD)',
    point_vae: 'Point d’information VAE',
    cidff: 'CIDFF (droits des femmes et des familles)',
  },
  services: {
    accueil_information: 'Accueil et information',
    orientation_scolaire: 'Orientation scolaire',
    accompagnement_jeunes: 'Accompagnement des jeunes',
    cep_niveau_1: 'Conseil en évolution professionnelle : premier accueil',
    cep_niveau_2: 'Conseil en évolution professionnelle : conseil personnalisé',
    cep_niveau_3: 'Conseil en évolution professionnelle : accompagnement du projet',
    bilan_competences: 'Bilan de compétences',
    vae: 'Validation des acquis de l’expérience (VAE)',
    droits_sociaux: 'Aide pour les droits et démarches',
  },
  venuePublics: pick(PUBLICS, ['jeunes', 'scolaires', 'etudiants', 'demandeurs_emploi', 'salaries', 'personnes_handicapees', 'familles', 'tout_public']),
};

export const venueCodes = codeTables<VenueTable>(fr, () => import('./codes.en.js').then((m) => m.en));
