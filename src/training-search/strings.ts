import { defineStrings, plural, searchWords } from '../core/i18n.js';
import { loadOnce } from '../data/lang.js';
import type { later } from './strings.later.js';

const fr = {
  ...searchWords,
  title: 'Trouver une formation',
  searchLabel: 'Métier, formation ou mot-clé',
  searchPlaceholder: 'Ex. : cuisine, aide-soignant, CAP…',
  sortRelevance: 'Pertinence',
  sortStart: 'Date de début la plus proche',
  results: (n: number) => plural('fr', n, { one: 'formation trouvée', other: 'formations trouvées', none: 'Aucune formation trouvée' }),
  resultsHeading: 'Résultats',
  empty: 'Aucune formation ne correspond à votre recherche. Essayez avec moins de filtres ou un autre mot.',
  organisation: 'Organisme',
  place: 'Lieu',
  nextSession: 'Prochaine session',
  duration: 'Durée',
  /** The data's free-text duration ("9 mois") in this language. */
  durationText: (d: string) => d,
  levelShort: 'Niveau',
  modalityShort: 'Déroulement',
  routeShort: 'Voie',
  noDate: 'Date à confirmer auprès de l’organisme',
  permanent: 'Entrées et sorties tout au long de l’année',
  /** `am`/`bm`: a date known to the month only ("d’octobre 2026 au 25 avril 2027"). */
  fromTo: (a: string, b: string, am?: boolean, bm?: boolean) => `${am ? (/^[ao]/.test(a) ? 'd’' : 'de ') : 'du '}${a} ${bm ? 'à' : 'au'} ${b}`,
  fromOnly: (a: string) => `à partir du ${a}`,
  untilOnly: (b: string, bm?: boolean) => `jusqu’${bm ? 'en' : 'au'} ${b}`,
  /** "en mars 2027", "en 2027": a start known to the month or the year. */
  inPeriod: (m: string) => `en ${m}`,
};

export type TrainingStrings = typeof fr & typeof later;

/**
 * The training search's strings: French built in, English on first use. The French words of the
 * filter panel and of the contact block (strings.later.ts) are added to this very table by
 * loadLaterWords(), which the panel, the detail and the contact block wait for (`ready`).
 */
export const trainingStrings = defineStrings(fr as TrainingStrings, () => import('./strings.en.js').then((m) => m.en));

export const loadLaterWords = loadOnce(() => import('./strings.later.js').then((m) => Object.assign(fr, m.later)));
