/**
 * carif-oref-widgets: embeddable web components for the regional orientation services.
 * Importing this module registers nothing; import `carif-oref-widgets/training-search` (or the
 * `carif-widgets.js` script) to register the elements.
 */
export { configure, DEFAULT_API_BASE, type CarifConfig } from './core/config.js';
export type { CarifChangeDetail, CarifErrorDetail, CarifEventMap, CarifResultsDetail, CarifSelectDetail } from './core/events.js';
export type { Lang } from './core/i18n.js';
export { clearCache, ExploreClient, type FacetsAnswer, type RecordsPage, type RecordsQuery } from './data/client.js';
export { DataError, type DataErrorKind } from './data/errors.js';
/** The Explore facets endpoint (`ExploreClient.facets()` before 0.2): a function beside the client, so that the widgets load it after their first results. */
export { facetsOf } from './data/facet-counts.js';
export type { Training, TrainingSession } from './data/formations/record.js';
export type { Internship } from './data/stages/record.js';
export type { Employer } from './data/stages/employers.js';
export type { OpeningRange, Venue } from './data/lieux/record.js';
export type { AgendaEvent } from './data/evenements/record.js';
export { CarifTrainingSearch } from './training-search/training-search.js';
export { CarifInternshipBoard } from './internship-board/internship-board.js';
export { CarifVenueMap } from './venue-map/venue-map.js';
export { CarifEventAgenda } from './event-agenda/event-agenda.js';
