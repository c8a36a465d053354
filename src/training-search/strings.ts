import { defineStrings, plural, searchWords } from '../core/i18n.js';

const fr = {
  ...searchWords,
  title: 'Trouver une formation',
  searchLabel: 'Métier, formation ou mot-clé',
  searchPlaceholder: 'Ex. : cuisine, aide-soignant, CAP…',
  level: 'Niveau obtenu à la fin',
  route: 'Voie',
  modality: 'Comment se déroule la formation',
  financing: 'Qui peut payer',
  dates: 'Début de la formation',
  from: 'Entre le',
  to: 'et le',
  open: 'Inscriptions ouvertes seulement',
  disability: 'Accessible aux personnes en situation de handicap',
  other: 'Autres critères',
  sortRelevance: 'Pertinence',
  sortStart: 'Date de début la plus proche',
  results: (n: number) => plural('fr', n, { one: 'formation trouvée', other: 'formations trouvées' }),
  resultsHeading: 'Résultats',
  empty: 'Aucune formation ne correspond à votre recherche. Essayez avec moins de filtres ou un autre mot.',
  organisation: 'Organisme',
  place: 'Lieu',
  nextSession: 'Prochaine session',
  duration: 'Durée',
  levelShort: 'Niveau',
  modalityShort: 'Déroulement',
  routeShort: 'Voie',
  noDate: 'Date à confirmer auprès de l’organisme',
  permanent: 'Entrées et sorties tout au long de l’année',
  fromTo: (a: string, b: string) => `du ${a} au ${b}`,
  fromOnly: (a: string) => `à partir du ${a}`,
  untilOnly: (b: string) => `jusqu’au ${b}`,
  month: (m: string) => `en ${m}`,
  year: (y: string) => `en ${y}`,
  website: 'Site de la formation',
  websiteLabel: (title: string) => `Site de la formation ${title} (nouvelle fenêtre)`,
  sessionState: 'État',
  noContact: 'Pour tout renseignement, adressez-vous à un conseiller en orientation (mission locale, CIO, France Travail…).',
};

export type TrainingStrings = typeof fr;

/** The training search's strings: French built in, English on first use. */
export const trainingStrings = defineStrings(fr, () => import('./strings.en.js').then((m) => m.en));
