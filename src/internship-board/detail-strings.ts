import { defineStrings } from '../core/i18n.js';

/** Words of the internship board's detail only: they load with it, not with the list. */
const fr = {
  whatYouDo: 'Ce que vous verrez et ferez',
  conditions: 'Conditions',
  accessibility: 'Accueil des personnes en situation de handicap',
  accessible: 'Poste ouvert aux personnes en situation de handicap',
  accessibilityUnknown: 'Non précisé : renseignez-vous auprès de l’employeur.',
  published: (d: string) => `Publiée le ${d}`,
  typeShort: 'Type',
};

export type DetailStrings = typeof fr;

export const detailWords = defineStrings(fr, () => import('./detail-strings.en.js').then((m) => m.en));
