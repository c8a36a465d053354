import type { DetailStrings } from './detail-strings.js';

/** English words of the training detail, loaded only when it speaks English. */
export const en: DetailStrings = {
  recruitment: { 1: 'Registration open', 2: 'Registration closed', 3: 'Registration suspended' },
  sessions: 'Sessions',
  objectives: 'Objectives',
  content: 'Content',
  results_: 'At the end of the course',
  prerequisites: 'Entry requirements',
  disabilityAccess: 'Access for people with disabilities',
  disabilityUnknown: 'Not stated: ask the training organisation.',
  price: 'Price',
  hours: 'Hours',
  hoursDetail: (total, centre, company) =>
    [total, centre && `${centre} in the centre`, company && `${company} in a company`].filter(Boolean).join(', '),
  certification: 'Certification',
  funding: 'Possible funding',
  registration: 'Registration',
  practical: 'On site',
  catering: 'Meals',
  accommodation: 'Accommodation',
  transport: 'Transport',
  updated: (d) => `Updated on ${d}`,
};
