import { searchWordsEn } from '../core/i18n.en.js';
import { plural } from '../core/i18n.js';
import type { TrainingStrings } from './strings.js';

/** English strings of the training search, loaded only when it speaks English. */
export const en: TrainingStrings = {
  ...searchWordsEn,
  title: 'Find a training course',
  searchLabel: 'Job, course or keyword',
  searchPlaceholder: 'E.g. cooking, care assistant, CAP…',
  level: 'Level reached at the end',
  route: 'Route',
  modality: 'How it is taught',
  financing: 'Who can pay',
  dates: 'Course start',
  from: 'Between',
  to: 'and',
  open: 'Open for registration only',
  disability: 'Accessible to people with disabilities',
  other: 'Other criteria',
  sortRelevance: 'Relevance',
  sortStart: 'Soonest start date',
  results: (n) => plural('en', n, { one: 'course found', other: 'courses found', none: 'No course found' }),
  resultsHeading: 'Results',
  empty: 'No course matches your search. Try fewer filters or another word.',
  organisation: 'Training organisation',
  place: 'Place',
  nextSession: 'Next session',
  duration: 'Length',
  durationText: (d) => {
    // "9 mois", "12 semaines", "1 an": a number and a French unit become Intl's English; other text is left as written.
    const m = /^(\d+(?:[.,]\d+)?)\s*(mois|semaines?|jours?|heures?|h|ans?|années?)$/i.exec(d.trim());
    const unit = m && { m: 'month', s: 'week', j: 'day', h: 'hour', a: 'year' }[m[2]![0]!.toLowerCase() as 'm'];
    return unit ? new Intl.NumberFormat('en-GB', { style: 'unit', unit, unitDisplay: 'long' }).format(Number(m[1]!.replace(',', '.'))) : d;
  },
  levelShort: 'Level',
  modalityShort: 'Format',
  routeShort: 'Route',
  noDate: 'Date to be confirmed with the organisation',
  permanent: 'You can start at any time of the year',
  fromTo: (a, b) => `from ${a} to ${b}`,
  fromOnly: (a) => `from ${a}`,
  untilOnly: (b) => `until ${b}`,
  inPeriod: (m) => `in ${m}`,
  website: 'Course website',
  websiteLabel: (title) => `Website of the course ${title} (new window)`,
  noContact: 'For any information, ask a guidance adviser (mission locale, CIO, France Travail…).',
};
