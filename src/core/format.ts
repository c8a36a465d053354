import { intlLocale, type Lang } from './i18n.js';

/** Every date the widgets show is in Europe/Paris, whatever the visitor's own timezone. */
export const PARIS = 'Europe/Paris';

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: PARIS, ...options });
    cache.set(key, f);
  }
  return f;
}

/** A calendar date "YYYY-MM-DD" as a Date at noon UTC, so that it reads as the same day in Paris. */
export function dateOnly(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** Any date or time in Paris with the shared formatters: `formatParis('fr', d, { weekday: 'short' })`. A "YYYY-MM-DD" string reads as that day. */
export function formatParis(lang: Lang, value: Date | string, options: Intl.DateTimeFormatOptions): string {
  return dtf(lang, options).format(typeof value === 'string' ? dateOnly(value) : value);
}

/** The visitor's own time zone when it is not Paris's (then times should say they are Paris times), else null. */
export function visitorZone(): string | null {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && zone !== PARIS ? zone : null;
}

/** "12 janvier 2027" / "12 January 2027". Accepts a Date or a "YYYY-MM-DD" string. */
export function formatDate(lang: Lang, value: Date | string, style: 'long' | 'short' = 'long'): string {
  const d = typeof value === 'string' ? dateOnly(value) : value;
  return dtf(lang, style === 'long' ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
}

/** "janvier 2027" for a month-only date. */
export function formatMonth(lang: Lang, value: Date | string): string {
  const d = typeof value === 'string' ? dateOnly(value) : value;
  return dtf(lang, { month: 'long', year: 'numeric' }).format(d);
}

/** "14:30" in Paris. */
export function formatTime(lang: Lang, value: Date): string {
  return dtf(lang, { hour: '2-digit', minute: '2-digit' }).format(value);
}

export { addDays, isoWeekday, parisDay, parisMidnight } from '../data/calendar.js';

/** "350 h" / "9 mois" — hours as a number with a unit, via Intl. */
export function formatHours(lang: Lang, hours: number): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 0 }).format(hours);
}

/** "800 m", "12 km". */
export function formatDistance(lang: Lang, km: number): string {
  if (km < 1) {
    const m = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(m);
  }
  return new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/** "1 250 €". */
export function formatPrice(lang: Lang, euros: number): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: euros % 1 ? 2 : 0 }).format(euros);
}

export { haversineKm } from '../data/distance.js';
