/** The French words only the filter panel says (more choices, the place form): they load with it (i18n.ts, loadLaterCore). */
export const later = {
  moreChoices: (n: number) => `Voir les ${n} autres choix`,
  fewerChoices: 'Voir moins de choix',
  aroundMe: 'Autour de moi',
  place: {
    where: 'Près de chez moi',
    placeLabel: 'Commune ou code postal',
    placeSearch: 'Valider la commune',
    placeChoose: 'Choisissez votre commune :',
    near: (label: string) => `Près de ${label}`,
    removePlace: 'Retirer ce lieu',
    radius: 'Distance maximale',
    km: (n: number) => `${n} km`,
  },
};
