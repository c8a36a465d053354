import { formatDate, formatParis, formatTime } from '../core/format.js';
import { parisDay } from '../data/calendar.js';
import type { Lang } from '../core/i18n.js';
import { plainText } from '../core/sanitize.js';
import { departementLabel } from '../data/codes.js';
import type { AgendaEvent } from '../data/evenements/record.js';
import type { AgendaStrings } from './strings.js';

/** The most events a month grid or an .ics export of the list holds. */
export const MAX_EVENTS = 300;

/** Pieces shared by the cards, the compact block, the day panel and the detail. */

/** "mardi 24 novembre 2026", a Paris calendar day. */
export function formatDay(lang: Lang, day: string): string {
  return formatParis(lang, day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * When an event happens, on the Paris clock: "9:00 – 17:00" on one day (the day is given by the
 * group heading, or `withDay`), "du 26 octobre 2026 à 9:00 au 30 octobre 2026 à 17:00" over days.
 */
export function whenText(e: AgendaEvent, t: AgendaStrings, lang: Lang, withDay = false): string {
  const startDay = parisDay(e.start);
  const endDay = e.end ? parisDay(new Date(e.end.getTime() - 1)) : startDay;
  const start = formatTime(lang, e.start);
  if (!e.end || endDay <= startDay) {
    const time = e.end && e.end > e.start ? t.timeRange(start, formatTime(lang, e.end)) : t.at(start);
    return withDay ? `${formatDay(lang, startDay)}, ${time}` : time;
  }
  return t.fromTo(`${formatDate(lang, e.start)} ${t.at(start)}`, `${formatDate(lang, e.end)} ${t.at(formatTime(lang, e.end))}`);
}

/** "Maison des associations, 25600 Nommay", "En ligne", or the département. */
export function placeText(e: AgendaEvent, t: AgendaStrings): string {
  const p = e.place;
  const city = [p.postcode, p.city].filter(Boolean).map((x) => plainText(x)).join(' ');
  const text = [plainText(p.name), city].filter(Boolean).join(', ');
  if (text) return e.online ? `${text} — ${t.online}` : text;
  if (e.online) return t.online;
  return p.departement ? departementLabel(p.departement) : '—';
}

/** "Gratuit", "5 €", or nothing when unknown. */
export function priceText(e: AgendaEvent, t: AgendaStrings): string {
  if (e.free) return t.free;
  return e.price ? plainText(e.price) : '';
}

