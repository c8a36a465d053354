import { formatDate, formatMonth } from '../core/format.js';
import type { Lang } from '../core/i18n.js';
import { departementLabel } from '../data/codes.js';
import type { Training, TrainingSession } from '../data/formations/record.js';
import type { LheoDate } from '../data/lheo.js';
import type { TrainingStrings } from './strings.js';

/** Pieces shared by the result card and the detail. */

/** "21000 Dijon", else the département, else a dash. */
export function placeText(item: Training): string {
  const p = item.place;
  const city = [p.postcode, p.city].filter(Boolean).join(' ');
  return city || (p.departement ? departementLabel(p.departement) : '—');
}

function lheoText(d: LheoDate, lang: Lang): string | null {
  if (d.precision === 'unknown') return null;
  if (d.precision === 'month') return formatMonth(lang, d.iso);
  if (d.precision === 'year') return d.iso.slice(0, 4);
  return formatDate(lang, d.iso);
}

/** "du 12 janvier 2027 au 30 juin 2027", with LHEO's partial and unknown dates. */
export function sessionText(s: TrainingSession, t: TrainingStrings, lang: Lang): string {
  const a = lheoText(s.start, lang);
  const b = lheoText(s.end, lang);
  const bm = s.end.precision !== 'day';
  if (a && b) return s.start.precision === 'year' ? `${a} – ${b}` : t.fromTo(a, b, s.start.precision === 'month', bm);
  if (a) return s.start.precision === 'day' ? t.fromOnly(a) : t.inPeriod(a);
  if (b) return t.untilOnly(b, bm);
  return t.noDate;
}

/** The next session, or permanent entry, or "to be confirmed". */
export function nextSession(item: Training, t: TrainingStrings, lang: Lang): string {
  if (item.nextStart) {
    const s = item.sessions.find((x) => 'iso' in x.start && x.start.iso === item.nextStart);
    return s ? sessionText(s, t, lang) : t.fromOnly(formatDate(lang, item.nextStart));
  }
  return item.permanentEntry ? t.permanent : t.noDate;
}
