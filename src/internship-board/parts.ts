import { formatDate } from '../core/format.js';
import type { Lang } from '../core/i18n.js';
import { plainText } from '../core/sanitize.js';
import { departementLabel } from '../data/codes.js';
import type { Employer } from '../data/stages/employers.js';
import type { Internship } from '../data/stages/record.js';
import type { BoardStrings } from './strings.js';

/** Pieces shared by the offer card, the employer card and the detail. */

/** "71510 Saint-Léger-sur-Dheune", else the département, else a dash. */
export function placeText(p: { postcode: string | null; city: string | null; departement: string | null }): string {
  const city = [p.postcode, p.city].filter(Boolean).map((x) => plainText(x)).join(' ');
  return city || (p.departement ? departementLabel(p.departement) : '—');
}

/** "du 9 mars 2027 au 15 mars 2027", or "all year". */
export function periodText(item: Internship, t: BoardStrings, lang: Lang): string {
  if (item.allYear) return t.allYear;
  if (item.start && item.end) return t.from(formatDate(lang, item.start), formatDate(lang, item.end));
  if (item.start) return formatDate(lang, item.start);
  return '—';
}

/** What an employer welcomes, as a short list. */
export function welcomesText(w: Employer['welcomes'], t: BoardStrings): string {
  return [w.visits && t.visits, w.immersions && t.immersions, w.thirdYear && t.thirdYear].filter(Boolean).join(', ');
}
