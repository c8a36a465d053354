import { defineStrings } from '../core/i18n.js';

/** Words of the training detail only: they load with it, not with the list. */
const fr = {
  /** dict-etat-recrutement: 1 open, 2 closed, 3 suspended. */
  recruitment: { 1: 'Inscriptions ouvertes', 2: 'Inscriptions fermées', 3: 'Inscriptions suspendues' } as Record<number, string>,
  sessions: 'Sessions',
  objectives: 'Objectifs',
  content: 'Programme',
  results_: 'À la fin de la formation',
  prerequisites: 'Conditions d’accès',
  disabilityAccess: 'Accueil des personnes en situation de handicap',
  disabilityUnknown: 'Non précisé : renseignez-vous auprès de l’organisme.',
  price: 'Prix',
  hours: 'Heures',
  hoursDetail: (total: string, centre: string | null, company: string | null) =>
    [total, centre && `${centre} en centre`, company && `${company} en entreprise`].filter(Boolean).join(', '),
  certification: 'Certification',
  funding: 'Financements possibles',
  registration: 'Inscription',
  practical: 'Sur place',
  catering: 'Restauration',
  accommodation: 'Hébergement',
  transport: 'Transport',
  updated: (d: string) => `Mis à jour le ${d}`,
};

export type DetailStrings = typeof fr;

export const detailWords = defineStrings(fr, () => import('./detail-strings.en.js').then((m) => m.en));
