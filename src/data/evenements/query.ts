import { addDays, isoWeekday, parisDay, parisMidnight } from '../calendar.js';
import type { Place } from '../communes.js';
import { and, eq, field, fullText, inList, instantLiteral, withinDistance } from '../odsql.js';

/** Filter groups with facet counts; the key is also the `hide-filters` token. */
export const FACET_GROUPS = { type: 'type', public: 'publics', department: 'departement' } as const;
export type FacetGroup = keyof typeof FACET_GROUPS;
export const FACET_GROUP_KEYS = Object.keys(FACET_GROUPS) as FacetGroup[];

/** '' any date from now on, or this week / this month (Paris calendar), or custom days. */
export type Range = '' | 'week' | 'month' | 'custom';
export type Attendance = '' | 'onsite' | 'online';
export type View = 'list' | 'month';

export interface AgendaState {
  q: string;
  selected: Record<FacetGroup, string[]>;
  near: Place | null;
  radius: number;
  range: Range;
  /** Custom range, Paris calendar days "YYYY-MM-DD" (inclusive); '' for open-ended. */
  from: string;
  to: string;
  attendance: Attendance;
  free: boolean;
  page: number;
  view: View;
  /** The month the calendar shows, "YYYY-MM". */
  month: string;
}

export const emptySelection = (): Record<FacetGroup, string[]> => ({ type: [], public: [], department: [] });

/** The search before any preset or choice: every coming event, as a list. */
export const initialState = (): AgendaState => ({
  q: '',
  selected: emptySelection(),
  near: null,
  radius: 30,
  range: '',
  from: '',
  to: '',
  attendance: '',
  free: false,
  page: 1,
  view: 'list',
  month: '',
});

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A real calendar day "YYYY-MM-DD". */
export const isDay = (v: string): boolean => DAY.test(v) && addDays(v, 0) === v;
/** A month "YYYY-MM". */
export const isMonth = (v: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(v);

/** The first day of the month after a "YYYY-MM" month. */
export function nextMonth(month: string, n = 1): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}

/** The time window of a search: events that end at or after `from` (or start then) and start before `to`. */
export interface Window {
  from: Date | null;
  to: Date | null;
}

/**
 * The window of the chosen dates on the Paris calendar. Past events are hidden unless `showPast`:
 * the window then never starts before `now` (an event still going on stays listed).
 */
export function dateWindow(s: AgendaState, now: Date, showPast: boolean): Window {
  const today = parisDay(now);
  let from: Date | null = null;
  let to: Date | null = null;
  if (s.view === 'month' && isMonth(s.month)) {
    from = parisMidnight(`${s.month}-01`);
    to = parisMidnight(`${nextMonth(s.month)}-01`);
  } else if (s.range === 'week') {
    from = parisMidnight(today);
    to = parisMidnight(addDays(today, 8 - isoWeekday(today)));
  } else if (s.range === 'month') {
    from = parisMidnight(today);
    to = parisMidnight(`${nextMonth(today.slice(0, 7))}-01`);
  } else if (s.range === 'custom') {
    if (isDay(s.from)) from = parisMidnight(s.from);
    if (isDay(s.to)) to = parisMidnight(addDays(s.to, 1));
  }
  if (!showPast && (!from || from < now)) from = now;
  return { from, to };
}

/** The `where` of a search; `except` leaves a facet group out (for its own counts). */
export function buildWhere(s: AgendaState, regions: string[], window: Window, except?: FacetGroup): string {
  const from = window.from && instantLiteral(window.from);
  // An event without an end lasts until the end of the Paris day it starts on.
  const fromDay = window.from && instantLiteral(parisMidnight(parisDay(window.from)));
  return and(
    inList('region', regions),
    fullText(s.q),
    ...FACET_GROUP_KEYS.filter((g) => g !== except).map((g) => inList(FACET_GROUPS[g], s.selected[g])),
    s.near && withinDistance('geo', s.near, s.radius),
    // Still on at `from`: an end at or after it, or no end and a start on that Paris day or later.
    from && `${field('fin')} >= ${from} or (${field('fin')} is null and ${field('debut')} >= ${fromDay})`,
    window.to && `${field('debut')} < ${instantLiteral(window.to)}`,
    s.attendance === 'onsite' && eq('en_ligne', 0),
    s.attendance === 'online' && eq('en_ligne', 1),
    s.free && eq('gratuit', 1),
  );
}

/** Chronological, then by id: the only order, never a sponsored one. */
export const ORDER_BY = 'debut asc, id asc';


/**
 * The weeks of a month grid, Monday first: 4 to 6 rows of 7 Paris calendar days ("YYYY-MM-DD"),
 * with the days of the neighbouring months that fill the first and last weeks.
 */
export function monthGrid(month: string): string[][] {
  const first = `${month}-01`;
  const last = addDays(`${nextMonth(month)}-01`, -1);
  let day = addDays(first, 1 - isoWeekday(first));
  const weeks: string[][] = [];
  while (day <= last) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
    day = addDays(day, 7);
  }
  return weeks;
}

/** The Paris calendar days an event covers (its end day included; an end at 00:00 does not add a day). */
export function eventDays(start: Date, end: Date | null, max = 62): string[] {
  const first = parisDay(start);
  const last = end ? parisDay(new Date(end.getTime() - 1)) : first;
  const days = [first];
  while (days.length < max && days.at(-1)! < last) days.push(addDays(days.at(-1)!, 1));
  return days;
}
