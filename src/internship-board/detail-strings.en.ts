import type { DetailStrings } from './detail-strings.js';

/** English words of the internship board's detail, loaded only when it speaks English. */
export const en: DetailStrings = {
  whatYouDo: 'What you will see and do',
  conditions: 'Conditions',
  accessibility: 'Access for people with disabilities',
  accessible: 'Open to people with disabilities',
  accessibilityUnknown: 'Not stated: ask the employer.',
  published: (d) => `Published on ${d}`,
  typeShort: 'Type',
};
