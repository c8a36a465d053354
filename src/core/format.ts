import { intlLocale, type Lang } from './i18n.js';

/** Every date the widgets show is in Europe/Paris, whatever the visitor's own timezone. */
export const PARIS = 'Europe/Paris';

/** Intl formatters are costly to make (about 0.1 ms; the hours were formatted with a new one per card): each is made once. */
const formatters: Record<string, Intl.DateTimeFormat | Intl.NumberFormat> = {};
function nf(lang: Lang, o: Intl.NumberFormatOptions): Intl.NumberFormat;
function nf(lang: Lang, o: Intl.DateTimeFormatOptions, date: 1): Intl.DateTimeFormat;
function nf(lang: Lang, o: object, date?: 1) {
  return (formatters[lang + JSON.stringify(o) + date] ??= date ? new Intl.DateTimeFormat(intlLocale(lang), { timeZone: PARIS, ...o }) : new Intl.NumberFormat(intlLocale(lang), o));
}

/** A calendar date "YYYY-MM-DD" as a Date at noon UTC, so that it reads as the same day in Paris. */
export function dateOnly(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** French typography of times: "09:00" → "9 h", "09:30" → "9 h 30" (no-break spaces). */
export const frenchTimes = (text: string): string => text.replace(/(\d+):(\d\d)/g, (_, h: string, m: string) => `${+h}\u00a0h${+m ? `\u00a0${m}` : ''}`);

/**
 * Any date or time in Paris with the shared formatters: `formatParis('fr', d, { weekday: 'short' })`.
 * A "YYYY-MM-DD" string reads as that day. French says "1er décembre" (times: formatTime).
 */
export function formatParis(lang: Lang, value: Date | string, options: Intl.DateTimeFormatOptions): string {
  const text = nf(lang, options, 1).format(typeof value === 'string' ? dateOnly(value) : value);
  return lang === 'en' ? text : frenchDay(text);
}

/** "1 décembre" → "1er décembre". */
export const frenchDay = (text: string): string => text.replace(/\b1 (?=\D)/, '1er ');

/** The visitor's own time zone when it is not Paris's (then times should say they are Paris times), else null. */
export function visitorZone(): string | null {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && zone !== PARIS ? zone : null;
}

/** "12 janvier 2027" / "12 January 2027". Accepts a Date or a "YYYY-MM-DD" string. */
export function formatDate(lang: Lang, value: Date | string): string {
  return formatParis(lang, value, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "janvier 2027" for a month-only date. */
export function formatMonth(lang: Lang, value: Date | string): string {
  return formatParis(lang, value, { month: 'long', year: 'numeric' });
}

/** "14 h 30" / "14:30" in Paris. */
export function formatTime(lang: Lang, value: Date): string {
  const text = formatParis(lang, value, { hour: '2-digit', minute: '2-digit' });
  return lang === 'en' ? text : frenchTimes(text);
}

/** "350 h" / "9 mois" — hours as a number with a unit, via Intl. */
export function formatHours(lang: Lang, hours: number): string {
  return nf(lang, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 0 }).format(hours);
}

/** "800 m", "12 km". */
export function formatDistance(lang: Lang, km: number): string {
  const metres = km < 1;
  return nf(lang, { style: 'unit', unit: metres ? 'meter' : 'kilometer', maximumFractionDigits: !metres && km < 10 ? 1 : 0 }).format(metres ? Math.max(10, Math.round((km * 1000) / 10) * 10) : km);
}

