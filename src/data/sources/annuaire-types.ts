/**
 * Our network codes and the `type_service_local` codes of DILA's annuaire (older records say
 * pole_emploi and msap; tests/fixtures/upstream/README.md). A module of its own, so that the venue
 * map knows which networks the real sources have without loading their code.
 */
export const ANNUAIRE_TYPES: Record<string, string[]> = {
  mission_locale: ['mission_locale'],
  france_travail: ['france_travail', 'pole_emploi'],
  cap_emploi: ['cap_emploi'],
  cio: ['cio'],
  information_jeunesse: ['cij'],
  maison_emploi: ['maison_emploi'],
  france_services: ['france_services', 'msap'],
  apec: ['apec'],
};
