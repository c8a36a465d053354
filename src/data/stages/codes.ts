import { codeTables, pick } from '../codes.js';
import { PUBLICS } from '../publics.js';

/** Code tables of the `stages` dataset: offer types, NAF sections in plain words, employer sizes. */
export type InternshipTable = 'stageTypes' | 'naf' | 'tailles' | 'stagePublics';

const fr: Record<InternshipTable, Record<string, string>> = {
  stageTypes: {
    stage_3e: 'Stage d’observation de 3e',
    mini_stage: 'Mini-stage de découverte',
    pfmp: 'Période en entreprise (lycée professionnel)',
    stage_etudiant: 'Stage étudiant',
    pmsmp: 'Immersion professionnelle (PMSMP)',
    apprentissage: 'Offre d’apprentissage',
  },
  naf: {
    A: 'Agriculture, forêt, pêche',
    B: 'Industries extractives',
    C: 'Industrie',
    D: 'Énergie',
    E: 'Eau, déchets, dépollution',
    F: 'Construction, bâtiment',
    G: 'Commerce, réparation auto',
    H: 'Transport, logistique',
    I: 'Hôtellerie, restauration',
    J: 'Information, communication',
    K: 'Banque, assurance',
    L: 'Immobilier',
    M: 'Bureaux d’études, conseil',
    N: 'Services aux entreprises',
    O: 'Administration publique',
    P: 'Enseignement',
    Q: 'Santé, action sociale',
    R: 'Arts, spectacles, loisirs',
    S: 'Autres services',
    T: 'Services à domicile',
    U: 'Organisations internationales',
  },
  stagePublics: pick(PUBLICS, ['college', 'lycee', 'lycee_pro', 'etudiants', 'jeunes', 'demandeurs_emploi', 'salaries']),
  tailles: {
    '0-9': 'Moins de 10 salariés',
    '10-49': '10 à 49 salariés',
    '50-249': '50 à 249 salariés',
    '250+': '250 salariés ou plus',
  },
};

export const internshipCodes = codeTables<InternshipTable>(fr, () => import('./codes.en.js').then((m) => m.en));
