// The real sources' addresses as the offline replay answers them (/replay/<host>/…, api/replay.mjs):
// what `configure({ sources })` is given by the demo's real-data page, the configurator's preview
// and Storybook's real-source stories. One table, so that a new source or host changes one place.
export const REPLAYED_SOURCES = {
  annuaire: '/replay/api-lannuaire.service-public.gouv.fr/api/explore/v2.1',
  education: '/replay/data.education.gouv.fr/api/explore/v2.1',
  openagenda: '/replay/public.opendatasoft.com/api/explore/v2.1',
  rco: '/replay/catalogue-apprentissage.intercariforef.org/api/v1',
  geo: '/replay/geo.api.gouv.fr',
};
