import { pick } from '../codes.js';
import { en as shared } from '../codes.en.js';
import type { InternshipTable } from './codes.js';

/** English labels of the `stages` code tables, loaded only when a widget speaks English. */
export const en: Record<InternshipTable, Record<string, string>> = {
  stageTypes: {
    stage_3e: 'Year 10 observation placement (3e)',
    mini_stage: 'Short discovery placement',
    pfmp: 'Work placement (vocational school)',
    stage_etudiant: 'Student internship',
    pmsmp: 'Work immersion (PMSMP)',
    apprentissage: 'Apprenticeship offer',
  },
  naf: {
    A: 'Agriculture, forestry, fishing',
    B: 'Mining and quarrying',
    C: 'Manufacturing',
    D: 'Energy',
    E: 'Water, waste',
    F: 'Construction',
    G: 'Retail, car repair',
    H: 'Transport, logistics',
    I: 'Hotels, restaurants',
    J: 'Information, communication',
    K: 'Banking, insurance',
    L: 'Real estate',
    M: 'Engineering, consulting',
    N: 'Business services',
    O: 'Public administration',
    P: 'Education',
    Q: 'Health, social work',
    R: 'Arts, entertainment',
    S: 'Other services',
    T: 'Household services',
    U: 'International organisations',
  },
  stagePublics: pick(shared.publics, ['college', 'lycee', 'lycee_pro', 'etudiants', 'jeunes', 'demandeurs_emploi', 'salaries']),
  tailles: {
    '0-9': 'Fewer than 10 employees',
    '10-49': '10 to 49 employees',
    '50-249': '50 to 249 employees',
    '250+': '250 employees or more',
  },
};
