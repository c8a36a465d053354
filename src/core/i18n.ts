import { defineStrings, loadOnce, type Lang } from '../data/lang.js';
import type { later } from './i18n.later.js';

export { defineStrings, type Lang };

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else the document's; anything that is not English reads as French.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'fr';
}

/** BCP 47 locale used with Intl for a language. */
export const intlLocale = (lang: Lang): string => (lang === 'en' ? 'en-GB' : 'fr-FR');

/**
 * Formats a count with its noun, with Intl plural rules: `plural('fr', 2, {one: 'formation', other: 'formations'})`.
 * The text holds the number: never write it again before. `none` is said for zero ("Aucune formation trouvée").
 */
export function plural(lang: Lang, n: number, forms: { one: string; other: string; none?: string }): string {
  if (!n && forms.none) return forms.none;
  const rule = new Intl.PluralRules(intlLocale(lang)).select(n);
  return `${n.toLocaleString(intlLocale(lang))} ${rule === 'one' ? forms.one : forms.other}`;
}

const fr = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  /** The filter panel's code did not load (core/search/lazy-panel.ts). */
  filtersFailed: 'Les filtres n’ont pas pu s’afficher.',
  close: 'Fermer',
  print: 'Imprimer la liste',
  skipToResults: 'Aller aux résultats',
  sampleData: 'Données d’exemple : ce qui est affiché ici n’est pas réel.',
  previous: 'Précédent',
  next: 'Suivant',
  page: (n: number, total: number) => `Page ${n} sur ${total}`,
  /** The date a printed list was made, on its first page. */
  printed: (d: Date) => `Liste du ${d.toLocaleDateString('fr-FR', { dateStyle: 'long' })}`,
  pagination: 'Pages de résultats',
  goToPage: (n: number, current?: boolean) => `Page ${n}${current ? ', page actuelle' : ''}`,
  /** The "near a commune or postcode" filter (core/place-filter.ts): what is said outside the panel (the rest in i18n.later.ts). */
  place: {
    myPosition: 'ma position',
    /** Label of a place preset given as "lat,lon". */
    thisPlace: 'ce lieu',
  },
  errors: {
    offline: 'Pas de connexion internet. Vérifiez votre connexion puis réessayez.',
    unreachable: (url: string) =>
      `Le service de données est injoignable. Vérifiez votre connexion ou réessayez plus tard. (Pour le webmestre : adresse appelée « ${url} ».)`,
    timeout: 'Le service de données met trop de temps à répondre. Réessayez dans un instant.',
    'rate-limited': (seconds?: number) =>
      seconds
        ? `Trop de demandes en peu de temps. Réessayez dans ${plural('fr', seconds, { one: 'seconde', other: 'secondes' })}.`
        : 'Trop de demandes en peu de temps. Réessayez dans un instant.',
    server: 'Le service de données a rencontré un problème. Réessayez plus tard.',
    malformed: 'Le service de données a envoyé une réponse illisible. Réessayez plus tard.',
    'not-found': (dataset: string) =>
      `Le jeu de données « ${dataset} » est introuvable. (Pour le webmestre : vérifiez les attributs dataset et api-base.)`,
    'bad-request': 'La recherche n’a pas pu être comprise par le service de données.',
    misconfigured: (url: string) =>
      `Le service de données ne répond pas à l’adresse prévue. (Pour le webmestre : vérifiez l’attribut api-base, actuellement « ${url} ».)`,
    unknown: 'Une erreur inattendue est survenue. Réessayez.',
  },
};

type Later = typeof later;
export type CoreStrings = typeof fr & Omit<Later, 'place'> & { place: typeof fr.place & Later['place'] };

/** Core strings: states, errors, pagination, the place filter. */
export const coreStrings = defineStrings(fr as CoreStrings, () => import('./i18n.en.js').then((m) => m.en));

/** The French words of the filter panel (i18n.later.ts), added to this very table when the panel loads (lazy-panel.ts). */
export const loadLaterCore = loadOnce(() => import('./i18n.later.js').then(({ later: { place, ...rest } }) => Object.assign(Object.assign(fr, rest).place, place)));

/**
 * The words every search widget says the same way for the same act (spread into each widget's
 * table, where a widget may say one of them its own way).
 */
export const searchWords = {
  searchButton: 'Rechercher',
  filters: 'Filtres',
  showFilters: (n: number) => (n ? `Afficher les filtres (${plural('fr', n, { one: 'actif', other: 'actifs' })})` : 'Afficher les filtres'),
  hideFilters: 'Masquer les filtres',
  showResults: (n: number | undefined) => (n === 1 ? 'Voir le résultat' : n ? `Voir les ${n.toLocaleString('fr-FR')} résultats` : 'Voir les résultats'),
  clearFilters: 'Effacer tous les filtres',
  public: 'Pour qui',
  departement: 'Département',
  sort: 'Trier par',
  sortDistance: 'Distance',
  distance: (d: string) => `à ${d}`,
  details: 'Voir le détail',
  detailsOf: (title: string) => `Voir le détail : ${title}`,
  call: (phone: string) => `Appeler le ${phone}`,
  contact: 'Contact',
};
export type SearchWords = typeof searchWords;
