import { isDepartement, type Preset } from '../core/search/presets.js';
import { venueCodes, type VenueTable } from '../data/lieux/codes.js';
import type { FacetGroup } from '../data/lieux/query.js';

/** Most venues drawn at once (a region publishes a few hundred); beyond, the visitor is asked to narrow the search. */
export const MAX_VENUES = 2000;
/** Cards added by "show more". */
export const LIST_STEP = 20;
/** The code table behind each filter group of the venue map. */
export const TABLE_OF: Partial<Record<FacetGroup, VenueTable>> = { network: 'networks', public: 'venuePublics', service: 'services' };
/** Older sources say `pole_emploi` for France Travail. */
const renamed = (n: string) => (n === 'pole_emploi' ? 'france_travail' : n);
/** The venue map's preset attributes: each fills a filter group with the codes it accepts. */
export const PRESETS: Preset<FacetGroup>[] = [
  { attr: 'networks', group: 'network', valid: (v) => venueCodes.isCode('networks', v), normalise: renamed },
  { attr: 'public', group: 'public', valid: (v) => venueCodes.isCode('venuePublics', v) },
  { attr: 'services', group: 'service', valid: (v) => venueCodes.isCode('services', v) },
  { attr: 'department', group: 'department', valid: isDepartement },
];
