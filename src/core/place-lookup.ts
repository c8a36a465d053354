import { exactMatch, findCommunes, type Place } from '../data/communes.js';
import { findGeoCommunes } from '../data/sources/geo-communes.js';
import { isAbort } from '../data/errors.js';
import { currentPosition } from './geolocation.js';
import type { PlaceFilter, PlaceFilterOptions } from './place-filter.js';
import { coreStrings, type CoreStrings } from './i18n.js';
import { errorMessage } from './states.js';

/** The place filter's lookups, loaded when the visitor first uses them. */

/** What only the lookups say, in both languages (a few sentences: they load with the lookups, not with the list). */
const WORDS = {
  fr: {
    locating: 'Recherche de votre position…',
    geoDenied: 'Votre position n’a pas pu être obtenue. Indiquez une commune ou un code postal.',
    geoUnsupported: 'Votre navigateur ne donne pas de position. Indiquez une commune ou un code postal.',
    placeNone: (q: string) => `Aucune commune trouvée pour « ${q} ».`,
  },
  en: {
    locating: 'Finding your location…',
    geoDenied: 'Your location could not be found. Enter a town or a postcode.',
    geoUnsupported: 'Your browser does not give a location. Enter a town or a postcode.',
    placeNone: (q: string) => `No town found for “${q}”.`,
  },
};
/** The words of the language of the core table the widget speaks (French's built in, English's loaded). */
const words = (core: CoreStrings) => WORDS[core === coreStrings.get('fr') ? 'fr' : 'en'];

/** Communes matching the words: from geo.api.gouv.fr on a real source, else the `communes` dataset. */
export function communes(o: PlaceFilterOptions, q: string, signal?: AbortSignal): Promise<Place[]> {
  const geo = o.geo?.();
  return geo !== null && geo !== undefined ? findGeoCommunes(o.client(), q, { base: geo, regions: o.regions(), signal }) : findCommunes(o.client(), q, { dataset: o.dataset(), regions: o.regions(), signal });
}

/** The commune a preset names (`near="Dijon"`): the exact match, else the most populated. */
export async function presetCommune(o: PlaceFilterOptions, q: string): Promise<Place | undefined> {
  const places = await communes(o, q);
  return exactMatch(places, q) ?? places[0];
}

/** The commune or postcode typed: one match is chosen, several are offered, none is said. */
export async function lookUp(filter: PlaceFilter): Promise<void> {
  const q = filter.input.trim();
  if (!q) return;
  filter.controller?.abort();
  const controller = (filter.controller = new AbortController());
  const o = filter.o;
  filter.set({ busy: true, message: '', choices: [] });
  try {
    const places = await communes(o, q, controller.signal);
    if (controller.signal.aborted) return;
    const only = places.length === 1 ? places[0] : exactMatch(places, q);
    if (only) filter.choose(only);
    else if (!places.length) filter.set({ message: words(o.core()).placeNone(q) });
    else filter.set({ choices: places });
  } catch (error) {
    if (!isAbort(error)) filter.set({ message: errorMessage(error, o.core(), o.apiBase()) });
  } finally {
    if (filter.controller === controller) filter.set({ busy: false });
  }
}

/** "Around me": the browser's position, asked on click only. */
export async function locate(filter: PlaceFilter): Promise<void> {
  const core = filter.o.core();
  const w = words(core);
  filter.set({ message: w.locating, busy: true });
  try {
    const p = await currentPosition();
    filter.choose({ ...p, label: core.place.myPosition, code: null });
  } catch (error) {
    filter.set({ message: (error as Error).message === 'unsupported' ? w.geoUnsupported : w.geoDenied });
  } finally {
    filter.set({ busy: false });
  }
}
