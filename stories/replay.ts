import { configure } from '../src/core/config.js';

/**
 * The real sources, offline: Storybook's dev server (like `npm start`) replays their hosts at
 * /replay/<host>/ in their real encodings (api/replay.mjs). A story on a real source calls this.
 */
export function useReplay(): void {
  configure({
    sources: {
      annuaire: '/replay/api-lannuaire.service-public.gouv.fr/api/explore/v2.1',
      education: '/replay/data.education.gouv.fr/api/explore/v2.1',
      openagenda: '/replay/public.opendatasoft.com/api/explore/v2.1',
      rco: '/replay/catalogue-apprentissage.intercariforef.org/api/v1',
      geo: '/replay/geo.api.gouv.fr',
    },
  });
}
