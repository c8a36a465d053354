import { plural, type CoreStrings, type SearchWords } from './i18n.js';

/** English core strings, loaded only when an element speaks English. */
export const en: CoreStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  filtersFailed: 'The filters could not be shown.',
  close: 'Close',
  print: 'Print the list',
  skipToResults: 'Skip to the results',
  moreChoices: (n) => `Show the ${n} other choices`,
  fewerChoices: 'Show fewer choices',
  sampleData: 'Sample data: what is shown here is not real.',
  previous: 'Previous',
  next: 'Next',
  page: (n, total) => `Page ${n} of ${total}`,
  printed: (d) => `List as of ${d.toLocaleDateString('en-GB', { dateStyle: 'long' })}`,
  pagination: 'Result pages',
  goToPage: (n, current) => `Page ${n}${current ? ', current page' : ''}`,
  aroundMe: 'Around me',
  place: {
    where: 'Near me',
    placeLabel: 'Town or postcode',
    placeSearch: 'Use this town',
    placeChoose: 'Choose your town:',
    near: (label) => `Near ${label}`,
    removePlace: 'Remove this place',
    myPosition: 'my location',
    thisPlace: 'this place',
    radius: 'Maximum distance',
    km: (n) => `${n} km`,
  },
  errors: {
    offline: 'No internet connection. Check your connection and try again.',
    unreachable: (url) =>
      `The data service cannot be reached. Check your connection or try again later. (For the webmaster: address called “${url}”.)`,
    timeout: 'The data service is taking too long to answer. Try again in a moment.',
    'rate-limited': (seconds) =>
      seconds
        ? `Too many requests in a short time. Try again in ${plural('en', seconds, { one: 'second', other: 'seconds' })}.`
        : 'Too many requests in a short time. Try again in a moment.',
    server: 'The data service ran into a problem. Try again later.',
    malformed: 'The data service sent an unreadable answer. Try again later.',
    'not-found': (dataset) =>
      `The dataset “${dataset}” was not found. (For the webmaster: check the dataset and api-base attributes.)`,
    'bad-request': 'The data service could not understand the search.',
    misconfigured: (url) =>
      `The data service does not answer at the expected address. (For the webmaster: check the api-base attribute, now “${url}”.)`,
    unknown: 'Something unexpected went wrong. Try again.',
  },
};

/** English of the words the search widgets share (core/i18n.ts `searchWords`). */
export const searchWordsEn: SearchWords = {
  searchButton: 'Search',
  filters: 'Filters',
  showFilters: (n) => (n ? `Show filters (${n} active)` : 'Show filters'),
  hideFilters: 'Hide filters',
  showResults: (n) => (n === 1 ? 'See the result' : n ? `See the ${n.toLocaleString('en')} results` : 'See the results'),
  clearFilters: 'Clear all filters',
  public: 'Who it is for',
  departement: 'Département',
  sort: 'Sort by',
  sortDistance: 'Distance',
  distance: (d) => `${d} away`,
  details: 'See details',
  detailsOf: (title) => `See details: ${title}`,
  call: (phone) => `Call ${phone}`,
  contact: 'Contact',
};
