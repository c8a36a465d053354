/** The French words only the filter panel and the contact block say: they load with them (strings.ts, loadLaterWords). */
export const later = {
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
  website: 'Site de la formation',
  websiteLabel: (title: string) => `Site de la formation ${title} (nouvelle fenêtre)`,
  noContact: 'Pour tout renseignement, adressez-vous à un conseiller en orientation (mission locale, CIO, France Travail…).',
};
