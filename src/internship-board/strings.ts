import { defineStrings, plural, searchWords } from '../core/i18n.js';

const fr = {
  ...searchWords,
  mapFailed: 'La carte ne peut pas s’afficher. La liste reste utilisable.',
  title: 'Trouver un stage ou une immersion',
  searchLabel: 'Métier, entreprise ou mot-clé',
  searchPlaceholder: 'Ex. : boulangerie, garage, hôpital…',
  modes: 'Que cherchez-vous ?',
  modeOffers: 'Des offres de stage',
  modeEmployers: 'Des employeurs qui accueillent des visites et des immersions',
  type: 'Type de stage',
  sector: 'Secteur d’activité',
  period: 'Période',
  anyPeriod: 'Toutes les périodes',
  allYear: 'Toute l’année',
  duration: 'Durée',
  anyDuration: 'Toutes les durées',
  short: '5 jours ou moins',
  medium: '6 à 20 jours',
  long: 'Plus de 20 jours',
  sortStart: 'Date de début la plus proche',
  sortNewest: 'Offres les plus récentes',
  results: (n: number) => plural('fr', n, { one: 'offre trouvée', other: 'offres trouvées', none: 'Aucune offre trouvée' }),
  employersFound: (n: number) => plural('fr', n, { one: 'employeur trouvé', other: 'employeurs trouvés', none: 'Aucun employeur trouvé' }),
  /** More employers than shown so far (the directory pages without a total). */
  employersMore: (n: number) => `Plus de ${n.toLocaleString('fr')} employeurs trouvés`,
  resultsHeading: 'Résultats',
  empty: 'Aucune offre ne correspond à votre recherche. Essayez avec moins de filtres ou une autre période.',
  emptyEmployers: 'Aucun employeur ne correspond à votre recherche.',
  employer: 'Employeur',
  place: 'Lieu',
  when: 'Période',
  /** The group of the period and duration selects. */
  dates: 'Dates et durée',
  from: (a: string, b: string) => `du ${a} au ${b}`,
  /** "20 jours": the number is in the text. */
  days: (n: number) => plural('fr', n, { one: 'jour', other: 'jours' }),
  places: (n: number) => plural('fr', n, { one: 'place', other: 'places' }),
  placesLabel: 'Places',
  apply: 'Candidater',
  applyLabel: (title: string) => `Candidater : ${title} (nouvelle fenêtre)`,
  write: 'Écrire un e-mail',
  noContact: 'Pour candidater, demandez l’aide de votre établissement, d’un CIO ou d’une mission locale.',
  size: 'Taille',
  welcomes: 'Accueille',
  visits: 'des visites de classe',
  immersions: 'des immersions',
  thirdYear: 'des stagiaires de 3e',
  offers: (n: number) => plural('fr', n, { one: 'offre en ligne', other: 'offres en ligne' }),
  sectorShort: 'Secteur',
  unknownCity: 'Commune non précisée',
  showMap: 'Voir sur une carte',
  hideMap: 'Masquer la carte',
  mapLabel: 'Carte des offres de cette page',
};

export type BoardStrings = typeof fr;

/** The internship board's strings: French built in, English on first use. */
export const boardStrings = defineStrings(fr, () => import('./strings.en.js').then((m) => m.en));
