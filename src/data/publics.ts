/** The publics of every dataset, one table: each dataset's code table picks the codes it uses, in its order. */
export const PUBLICS: Record<string, string> = {
  jeunes: 'Jeunes de 16 à 25 ans',
  demandeurs_emploi: 'Personnes en recherche d’emploi',
  salaries: 'Salariés',
  personnes_handicapees: 'Personnes en situation de handicap',
  scolaires: 'Élèves',
  etudiants: 'Étudiants',
  familles: 'Familles',
  enseignants: 'Enseignants',
  tout_public: 'Tout public',
  college: 'Collégiens',
  lycee: 'Lycéens',
  lycee_pro: 'Lycéens professionnels',
};
