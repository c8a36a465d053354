import { CarifVenueMap } from './venue-map.js';

export { CarifVenueMap };

CarifVenueMap.define('carif-venue-map');
