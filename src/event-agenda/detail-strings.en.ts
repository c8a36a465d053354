import type { DetailStrings } from './detail-strings.js';

/** English words of the event agenda's detail, loaded only when it speaks English. */
export const en: DetailStrings = {
  yourTime: (time, zone) => `Your time (${zone}): ${time}.`,
  sproMember: 'member of the regional public careers guidance service',
  sproSpace: 'Careers advisers are there on the day.',
  date: 'Date',
  typeShort: 'Kind',
  publicShort: 'Who for',
  directions: 'Directions',
  directionsOf: (name) => `Directions to ${name} (OpenStreetMap, new window)`,
  description: 'What happens',
  accessibility: 'Accessibility',
  accessibilityUnknown: 'Not given: ask the organiser.',
  addToCalendar: 'Add to my calendar (.ics)',
  addToCalendarOf: (title) => `Add to my calendar: ${title} (.ics file)`,
  updated: (d) => `Updated on ${d}.`,
};
