import { html, nothing, type TemplateResult } from 'lit';
import { formatMonth, formatParis } from '../core/format.js';
import { addDays, isoWeekday } from '../data/calendar.js';
import type { Lang } from '../core/i18n.js';
import { plainText } from '../core/sanitize.js';
import type { AgendaEvent } from '../data/evenements/record.js';
import { formatDay, MAX_EVENTS } from './parts.js';
import { eventDays, isDay, monthGrid, nextMonth } from '../data/evenements/query.js';
import type { AgendaStrings } from './strings.js';

export { gridStyles } from './month-grid.styles.js';


export interface GridOptions {
  root: () => HTMLElement | DocumentFragment;
  requestUpdate: () => void;
  /** The month shown, "YYYY-MM", and how to show another one (a new search). */
  month: () => string;
  setMonth: (month: string) => void;
  today: () => string;
  /** Whether months before this one may be shown. */
  showPast: () => boolean;
}

/**
 * Loaded when the month view is first shown (the list is the default view).
 * The month calendar as an accessible grid (WAI-ARIA grid pattern): one Tab stop, arrow keys,
 * Home/End for the week, Page Up/Down for the month, Enter or Space to show a day's events below.
 */
export class MonthGrid {
  /** The day that has the focus in the grid, and the day whose events are shown below it. */
  focusDay = '';
  openDay = '';
  private focusAfter: 'grid' | 'day-panel' | null = null;
  /** The events of each day of the month drawn (what its cells and the day panel show). */
  private byDay = new Map<string, AgendaEvent[]>();

  constructor(private readonly o: GridOptions) {}

  /** Opens on a month: `day` gets the focus when it is in it, else today, else the 1st. */
  reset(month: string, day = ''): void {
    const today = this.o.today();
    this.focusDay = day && day.startsWith(month) ? day : today.startsWith(month) ? today : `${month}-01`;
    this.openDay = '';
  }

  /** After the month's events are drawn, the focus goes where the last key sent it. */
  restoreFocus(): void {
    const target = this.focusAfter;
    this.focusAfter = null;
    if (target === 'grid') this.o.root().querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    else if (target === 'day-panel') this.o.root().querySelector<HTMLElement>('#day-panel-title')?.focus();
  }

  /** The first month the visitor may reach. */
  private get firstMonth(): string {
    return this.o.showPast() ? '0000-01' : this.o.today().slice(0, 7);
  }

  /** Moves the focus to a day; another month loads when the day is in it (never before the first month). */
  private moveTo(wanted: string): void {
    const day = wanted.slice(0, 7) < this.firstMonth ? this.focusDay : wanted;
    this.focusDay = day;
    this.focusAfter = 'grid';
    const month = day.slice(0, 7);
    if (month !== this.o.month()) {
      this.openDay = '';
      this.o.setMonth(month);
    } else {
      this.o.requestUpdate();
    }
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const day = this.focusDay;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, 1 - isoWeekday(day)),
      End: () => addDays(day, 7 - isoWeekday(day)),
      PageUp: () => sameDayIn(nextMonth(day.slice(0, 7), -1), day),
      PageDown: () => sameDayIn(nextMonth(day.slice(0, 7), 1), day),
    };
    if (moves[e.key]) {
      e.preventDefault();
      this.moveTo(moves[e.key]!());
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.showDay(day);
    }
  };

  private showDay(day: string): void {
    this.focusDay = day;
    if (day.slice(0, 7) !== this.o.month()) {
      this.moveTo(day);
      return;
    }
    this.openDay = day;
    // A day without events: the focus stays on it (its name already says "aucun événement"), so
    // that Tab goes on past the grid instead of landing on a panel with nothing to reach.
    this.focusAfter = this.byDay.get(day)?.length ? 'day-panel' : 'grid';
    this.o.requestUpdate();
  }

  /** Back to this month, with the focus on today in the grid. */
  private backToToday(): void {
    this.reset(this.o.today().slice(0, 7));
    this.focusAfter = 'grid';
    this.o.setMonth(this.o.today().slice(0, 7));
  }

  private changeMonth(n: number): void {
    const month = nextMonth(this.o.month(), n);
    this.reset(month);
    this.o.setMonth(month);
  }

  /** Previous month, next month, the month's name (announced), and "back to today". */
  renderNav(t: AgendaStrings, lang: Lang): TemplateResult {
    const month = this.o.month();
    const today = this.o.today().slice(0, 7);
    return html`<div class="month-nav">
      <button type="button" class="button" part="button" ?disabled=${month <= this.firstMonth} @click=${() => this.changeMonth(-1)}>${t.previousMonth}</button>
      <h3 id="month-label" aria-live="polite">${formatMonth(lang, `${month}-01`)}</h3>
      <button type="button" class="button" part="button" @click=${() => this.changeMonth(1)}>${t.nextMonth}</button>
      ${month !== today ? html`<button type="button" class="button today-button" part="button" @click=${() => this.backToToday()}>${t.backToToday}</button>` : nothing}
    </div>`;
  }

  /** The month's grid, then the chosen day's events; printed as a list. */
  render(page: { total: number; items: AgendaEvent[] }, busy: boolean, t: AgendaStrings, lang: Lang, card: (e: AgendaEvent, day: string) => TemplateResult, printList: () => unknown): TemplateResult {
    const month = this.o.month();
    const today = this.o.today();
    const byDay = (this.byDay = new Map<string, AgendaEvent[]>());
    // Every day of an event, the neighbouring months' days of the grid included (an event that runs on from this month shows there too).
    for (const e of page.items) for (const day of eventDays(e.start, e.end)) byDay.set(day, [...(byDay.get(day) ?? []), e]);
    const weeks = monthGrid(month);
    const focusDay = this.focusDay.startsWith(month) ? this.focusDay : `${month}-01`;
    const dayEvents = this.openDay ? (byDay.get(this.openDay) ?? []) : [];
    return html`
      ${page.total > MAX_EVENTS ? html`<p class="notice" role="status">${t.tooMany(MAX_EVENTS, page.total)}</p>` : nothing}
      ${page.items.length ? nothing : html`<p class="notice">${t.emptyMonth}</p>`}
      <p id="grid-help" class="visually-hidden">${t.gridHelp}</p>
      <div class="list month" aria-busy=${busy ? 'true' : 'false'}>
        <table role="grid" class="grid" part="calendar" aria-labelledby="month-label" aria-describedby="grid-help" @keydown=${this.onKey}>
          <thead>
            <tr>
              ${weeks[0]!.map((d) => html`<th scope="col" abbr=${formatParis(lang, d, { weekday: 'long' })}>${formatParis(lang, d, { weekday: 'short' })}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${weeks.map(
              (week) => html`<tr>
                ${week.map((day) => {
                  const events = byDay.get(day) ?? [];
                  const isToday = day === today;
                  const titles = events.map((e) => plainText(e.title));
                  return html`<td
                    role="gridcell"
                    part="day"
                    data-day=${day}
                    class="${day.startsWith(month) ? '' : 'out'} ${isToday ? 'today' : ''}"
                    tabindex=${day === focusDay ? '0' : '-1'}
                    aria-selected=${day === this.openDay ? 'true' : 'false'}
                    aria-current=${isToday ? 'date' : 'false'}
                    @click=${() => this.showDay(day)}
                    @focus=${() => (this.focusDay = day)}
                  >
                    <span class="num" aria-hidden="true">${Number(day.slice(8))}</span>
                    <span class="visually-hidden">${formatDay(lang, day)}${isToday ? ` (${t.today})` : ''}, ${t.dayEvents(events.length)}${titles.length ? `. ${titles.slice(0, 5).join(' ; ')}${titles.length > 5 ? ` ${t.more(titles.length - 5)}` : ''}` : ''}</span>
                    ${events.length
                      ? html`<ul class="titles" aria-hidden="true">
                            ${titles.slice(0, 2).map((x) => html`<li>${x}</li>`)} ${titles.length > 2 ? html`<li>${t.more(titles.length - 2)}</li>` : nothing}
                          </ul>
                          <span class="dot" aria-hidden="true"></span>`
                      : nothing}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.openDay
        ? html`<section class="day-panel" part="day-panel" aria-labelledby="day-panel-title">
            <h3 id="day-panel-title" tabindex="-1">${t.eventsOf(formatDay(lang, this.openDay))}</h3>
            ${dayEvents.length
              ? html`<ul class="plain">
                  ${dayEvents.map((e) => html`<li data-id=${e.id}>${card(e, this.openDay)}</li>`)}
                </ul>`
              : html`<p>${t.noEventThatDay}</p>`}
          </section>`
        : nothing}
      <div class="print-only">${page.items.length ? printList() : nothing}</div>
    `;
  }
}

/** The same day number in another month, or that month's last day. */
function sameDayIn(month: string, day: string): string {
  const last = addDays(`${nextMonth(month)}-01`, -1);
  const wanted = `${month}-${day.slice(8)}`;
  return isDay(wanted) && wanted <= last ? wanted : last;
}
