import { html, nothing, type TemplateResult } from 'lit';
import { formatDistance, formatMonth } from '../core/format.js';
import { parisDay } from '../data/calendar.js';
import { haversineKm } from '../data/distance.js';
import type { Lang } from '../core/i18n.js';
import { plainText, safeUrl } from '../core/sanitize.js';
import { detailsLink, fact } from '../core/templates.js';
import type { Place } from '../data/communes.js';
import { eventCodes } from '../data/evenements/codes.js';
import type { AgendaEvent } from '../data/evenements/record.js';
import { formatDay, placeText, priceText, whenText } from './parts.js';
import type { AgendaStrings } from './strings.js';

export interface EventContext {
  t: AgendaStrings;
  lang: Lang;
  near: Place | null;
  open: (e: AgendaEvent, opener: HTMLElement | null) => void;
  /** The permalink of an event, with `sync-url`. */
  link: (id: string) => string | undefined;
  /** While the page prints, once its module is here (after the first results): the contact block, for paper only (not on every card on screen). */
  contact?: (e: AgendaEvent, t: AgendaStrings) => TemplateResult;
}

/** The list, grouped by month, then by day; an event already on is listed under `from` (the window's first day). */
export function renderAgendaList(items: AgendaEvent[], from: Date | null, busy: boolean, c: EventContext): TemplateResult {
  const months = new Map<string, Map<string, AgendaEvent[]>>();
  for (const e of items) {
    const day = from && e.start < from ? parisDay(from) : parisDay(e.start);
    const days = months.get(day.slice(0, 7)) ?? new Map<string, AgendaEvent[]>();
    days.set(day, [...(days.get(day) ?? []), e]);
    months.set(day.slice(0, 7), days);
  }
  return html`<div class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
    ${[...months].map(
      ([month, days]) => html`<h3 class="month-title">${formatMonth(c.lang, `${month}-01`)}</h3>
        ${[...days].map(
          ([day, events]) => html`<h4 class="day-title">${formatDay(c.lang, day)}</h4>
            <ul class="plain">
              ${events.map((e) => html`<li data-id=${e.id}>${renderEventCard(e, day, c)}</li>`)}
            </ul>`,
        )}`,
    )}
  </div>`;
}

/** One event, listed under `day` (null: not under a day), its title a heading at `level`; one button opens the detail. */
export function renderEventCard(e: AgendaEvent, day: string | null, { t, lang, near, open, link, contact }: EventContext, level: 4 | 5 = 5): TemplateResult {
  const title = plainText(e.title);
  const distance = near && e.place.geo ? formatDistance(lang, haversineKm(near, e.place.geo)) : null;
  const started = day && parisDay(e.start) < day;
  const register = safeUrl(e.registrationUrl);
  return html`<article class="card" part="card">
    ${level === 5 ? html`<h5 class="card-title" part="card-title">${title}</h5>` : html`<h4 class="card-title" part="card-title">${title}</h4>`}
    <p class="when">${started ? html`<span class="badge">${t.ongoing}</span> ` : nothing}${whenText(e, t, lang, !day)}</p>
    ${e.type ? html`<p><span class="badge">${eventCodes.label('eventTypes', e.type, lang)}</span></p>` : nothing}
    <dl class="facts">
      ${fact(t.place, html`${placeText(e, t)}${distance ? html` <span class="distance">(${distance})</span>` : nothing}`)}
      ${fact(t.organiser, plainText(e.organiser))}
      ${fact(t.price, priceText(e, t))}
    </dl>
    <p class="card-contact">
      ${register ? html`<a class="button small" part="button register-link" href=${register} target="_blank" rel="noopener noreferrer" aria-label=${t.registerOf(title)}>${t.register}</a>` : nothing}
      ${detailsLink({ link: link(e.id), cls: 'button small', part: 'button details-button', label: t.detailsOf(title), text: t.details, open: (opener) => open(e, opener) })}
    </p>
    ${contact ? html`<div class="print-only">${contact(e, t)}</div>` : nothing}
  </article>`;
}
