import type { Labels } from './codes.js';
import { PUBLICS } from './publics.js';

/**
 * The French labels of the training offer's tables that only the filter panel and the detail say
 * (codes.ts, LATER_CODES): loaded with them, after the first results.
 */
export const later: Pick<Labels, 'publics' | 'financeurs'> = {
  publics: PUBLICS,
  financeurs: {
    '2': 'Région',
    '3': 'Fonds social européen',
    '4': 'France Travail',
    '5': 'Entreprise',
    '7': 'Agefiph',
    '8': 'Département',
    '9': 'Commune',
    '10': 'Vous-même (ou votre CPF)',
    '11': 'État (emploi)',
    '12': 'État (éducation)',
    '13': 'État (autre)',
    '14': 'Fonds européens (autre)',
    '15': 'Autre collectivité',
    '16': 'OPCO',
    '17': 'Transitions Pro',
    '18': 'LADOM',
    '19': 'État (intérieur)',
    '20': 'OFII',
    '0': 'Autre',
  },
};
