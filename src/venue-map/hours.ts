import { frenchTimes, PARIS } from '../core/format.js';
import type { OpeningRange } from '../data/lieux/record.js';

/**
 * Opening hours read in Europe/Paris, whatever the visitor's own time zone: venues publish wall
 * times in Paris, so "open now" compares them with the Paris wall clock of the same instant.
 */

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: PARIS, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const DAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The Paris wall clock at an instant: ISO day (1 = Monday) and minutes since midnight. */
export function parisClock(now: Date): { day: number; minutes: number } {
  const parts = clock.formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { day: DAYS[get('weekday')] ?? 1, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

export type OpeningStatus =
  | { state: 'unknown' }
  | { state: 'open'; closes: number }
  | { state: 'closed'; opens: { day: number; minutes: number; inDays: number } | null };

/** Open now (and until when), or closed (and when it opens next, within a week). */
export function openingStatus(hours: OpeningRange[], now: Date): OpeningStatus {
  if (!hours.length) return { state: 'unknown' };
  const { day, minutes } = parisClock(now);
  const current = hours.find((r) => r.day === day && r.open <= minutes && minutes < r.close);
  if (current) {
    // Back-to-back ranges (09:00-12:00, 12:00-17:00) read as one.
    let closes = current.close;
    for (const r of hours) if (r.day === day && r.open === closes) closes = r.close;
    return { state: 'open', closes };
  }
  for (let inDays = 0; inDays <= 7; inDays++) {
    const d = ((day - 1 + inDays) % 7) + 1;
    const next = hours.find((r) => r.day === d && (inDays > 0 || r.open > minutes));
    if (next) return { state: 'closed', opens: { day: d, minutes: next.open, inDays } };
  }
  return { state: 'closed', opens: null };
}

/** The venue that opens first after `now` (the first in list order among equals, so the nearest when sorted by distance), and when. */
export function firstToOpen<V extends { hours: OpeningRange[] }>(venues: V[], now: Date): { venue: V; opens: { day: number; minutes: number; inDays: number } } | null {
  let first = null;
  let at = Infinity;
  for (const venue of venues) {
    const s = openingStatus(venue.hours, now);
    if (s.state === 'closed' && s.opens && s.opens.inDays * 1440 + s.opens.minutes < at) {
      at = s.opens.inDays * 1440 + s.opens.minutes;
      first = { venue, opens: s.opens };
    }
  }
  return first;
}

/** 540 minutes as a time in the visitor's language: "9 h" in French, "09:00" in English (Intl). */
export function formatTime(locale: string, minutes: number): string {
  const d = new Date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
  const text = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', hourCycle: 'h23' }).format(d);
  return locale.startsWith('fr') ? frenchTimes(text) : text;
}

/** Name of an ISO day in a language ("lundi", "Monday"). */
export function dayName(locale: string, day: number): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));
}

/** The week, Monday to Sunday, with each day's ranges (empty: closed). */
export function week(hours: OpeningRange[]): { day: number; ranges: OpeningRange[] }[] {
  return [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, ranges: hours.filter((r) => r.day === day) }));
}
