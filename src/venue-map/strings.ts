import { plural, type Lang } from '../core/i18n.js';

const fr = {
  title: 'Où trouver un conseil gratuit près de chez vous',
  intro: 'Ces lieux du service public régional de l’orientation vous informent et vous conseillent gratuitement.',
  searchLabel: 'Nom du lieu ou commune',
  searchPlaceholder: 'Ex. : mission locale, Dijon…',
  searchButton: 'Rechercher',
  filters: 'Filtres',
  showFilters: (n: number) => (n ? `Afficher les filtres (${n} actif${n > 1 ? 's' : ''})` : 'Afficher les filtres'),
  hideFilters: 'Masquer les filtres',
  clearFilters: 'Effacer tous les filtres',
  network: 'Type de lieu',
  public: 'Pour qui',
  service: 'Ce qu’on peut y faire',
  departement: 'Département',
  openNow: 'Ouvert maintenant',
  results: (n: number) => plural('fr', n, { one: 'lieu trouvé', other: 'lieux trouvés' }),
  resultsHeading: 'Lieux',
  sortedByDistance: 'Du plus proche au plus loin.',
  sortedByName: 'Par commune, puis par nom.',
  empty: 'Aucun lieu ne correspond à votre recherche. Essayez avec moins de filtres ou une distance plus grande.',
  tooMany: (shown: number, total: number) => `Seuls les ${shown} premiers lieux sur ${total} sont affichés : précisez votre recherche.`,
  mapLabel: 'Carte des lieux',
  showOnMap: 'Voir sur la carte',
  showOnMapOf: (name: string) => `Voir sur la carte : ${name}`,
  details: 'Horaires et détails',
  detailsOf: (name: string) => `Horaires et détails : ${name}`,
  call: (phone: string) => `Appeler le ${phone}`,
  write: 'Écrire un e-mail',
  website: 'Site internet',
  websiteOf: (name: string) => `Site internet : ${name} (nouvelle fenêtre)`,
  directions: 'Itinéraire',
  directionsOf: (name: string) => `Itinéraire vers ${name} (OpenStreetMap, nouvelle fenêtre)`,
  hours: 'Horaires',
  today: 'aujourd’hui',
  closedDay: 'fermé',
  hoursUnknown: 'Horaires non communiqués : appelez avant de venir.',
  hoursInParis: 'Heures de Paris.',
  openUntil: (t: string) => `Ouvert maintenant, jusqu’à ${t}`,
  closedOpensToday: (t: string) => `Fermé maintenant, ouvre aujourd’hui à ${t}`,
  closedOpensTomorrow: (t: string) => `Fermé maintenant, ouvre demain à ${t}`,
  closedOpensOn: (day: string, t: string) => `Fermé maintenant, ouvre ${day} à ${t}`,
  closed: 'Fermé',
  services: 'Ce qu’on peut y faire',
  publics: 'Pour qui',
  accessibility: 'Accessibilité',
  wheelchair: 'Accessible en fauteuil roulant',
  notWheelchair: 'Accès en fauteuil roulant non garanti : appelez avant de venir.',
  address: 'Adresse',
  contact: 'Contact',
  noContact: 'Pas de téléphone ni d’e-mail publié : présentez-vous aux heures d’ouverture.',
  sproMember: 'Membre du service public régional de l’orientation',
  territory: 'Territoire',
  distance: (d: string) => `à ${d}`,
  more: (n: number) => `Afficher ${n} lieux de plus`,
  listHeading: 'Liste des lieux',
  printHours: 'Horaires',
};

export type VenueStrings = typeof fr;

export const venueStrings: Partial<Record<Lang, VenueStrings>> = { fr };

/** Strings of a language, loading them on first use (English is a separate chunk). */
export async function loadVenueStrings(lang: Lang): Promise<void> {
  if (!venueStrings[lang]) venueStrings[lang] = (await import('./strings.en.js')).en;
}
