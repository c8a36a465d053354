import { defineStrings } from '../core/i18n.js';

/** Words of the event agenda's detail only: they load with it, not with the list. */
const fr = {
  yourTime: (time: string, zone: string) => `Chez vous (${zone}) : ${time}.`,
  sproMember: 'membre du service public régional de l’orientation',
  sproSpace: 'Des conseillers en orientation sont présents sur place.',
  date: 'Date',
  typeShort: 'Type',
  publicShort: 'Public',
  directions: 'Itinéraire',
  directionsOf: (name: string) => `Itinéraire vers ${name} (OpenStreetMap, nouvelle fenêtre)`,
  description: 'Au programme',
  accessibility: 'Accessibilité',
  accessibilityUnknown: 'Non précisée : renseignez-vous auprès de l’organisateur.',
  addToCalendar: 'Ajouter à mon agenda (.ics)',
  addToCalendarOf: (title: string) => `Ajouter à mon agenda : ${title} (fichier .ics)`,
  updated: (d: string) => `Mis à jour le ${d}.`,
};

export type DetailStrings = typeof fr;

export const detailWords = defineStrings(fr, () => import('./detail-strings.en.js').then((m) => m.en));
