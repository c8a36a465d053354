import { pick } from '../codes.js';
import { en as shared } from '../codes.en.js';
import type { VenueTable } from './codes.js';

export const en: Record<VenueTable, Record<string, string>> = {
  networks: {
    mission_locale: 'Mission locale (youth employment centre)',
    france_travail: 'France Travail (public employment service)',
    cap_emploi: 'Cap emploi (employment for disabled people)',
    apec: 'Apec (executives)',
    cio: 'Guidance centre for pupils (CIO)',
    scuio: 'University guidance service (SCUIO)',
    information_jeunesse: 'Youth information centre',
    cep: 'Career development advice (CEP)',
    mife: 'Training and employment information centre (MIFE)',
    maison_emploi: 'Employment centre (Maison de l’emploi)',
    cci: 'Chamber of commerce and industry',
    cma: 'Chamber of trades and crafts',
    chambre_agriculture: 'Chamber of agriculture',
    france_services: 'France services (public services desk)',
    psad: 'Early school leavers platform (PSAD)',
    point_vae: 'Accreditation of prior learning desk (VAE)',
    cidff: 'Women’s and family rights centre (CIDFF)',
  },
  services: {
    accueil_information: 'Welcome and information',
    orientation_scolaire: 'School guidance',
    accompagnement_jeunes: 'Support for young people',
    cep_niveau_1: 'Career advice: first welcome',
    cep_niveau_2: 'Career advice: personal advice',
    cep_niveau_3: 'Career advice: project support',
    bilan_competences: 'Skills assessment',
    vae: 'Accreditation of prior learning (VAE)',
    droits_sociaux: 'Help with rights and paperwork',
  },
  venuePublics: pick(shared.publics, ['jeunes', 'scolaires', 'etudiants', 'demandeurs_emploi', 'salaries', 'personnes_handicapees', 'familles', 'tout_public']),
};
