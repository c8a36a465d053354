import { html, nothing, type TemplateResult } from 'lit';
import { formatDistance } from '../core/format.js';
import { haversineKm } from '../data/distance.js';
import type { Lang } from '../core/i18n.js';
import { plainText, telHref } from '../core/sanitize.js';
import { detailsLink, fact } from '../core/templates.js';
import type { Place } from '../data/communes.js';
import { internshipCodes } from '../data/stages/codes.js';
import type { Employer } from '../data/stages/employers.js';
import type { Internship } from '../data/stages/record.js';
import type { EmployersPage } from './directory.js';
import { periodText, placeText } from './parts.js';
import type { BoardStrings } from './strings.js';

/** A page of the board: offers, or employers of the directory (`more`: another page follows; grouped answers carry no total). */
export type Page = { total: number; mode: 'offers'; items: Internship[] } | EmployersPage;

export interface CardContext {
  t: BoardStrings;
  lang: Lang;
  near: Place | null;
  open: (item: Internship, opener: HTMLElement | null) => void;
  /** The permalink of an offer, with `sync-url`. */
  link: (id: string) => string | undefined;
  /** Shows the offers of one employer of the directory. */
  offersOf: (e: Employer) => void;
  /** While the page prints, once its module is here (after the first results): the contact block, for paper only (not on every card on screen). */
  contact?: (item: Internship, t: BoardStrings) => TemplateResult;
}

/** Offers as a numbered list (the directory's employers are drawn by directory.ts). */
export function renderOffers(items: Internship[], start: number, busy: boolean, c: CardContext): TemplateResult {
  return html`<ol class="list" part="list" aria-busy=${busy ? 'true' : 'false'} start=${start}>
    ${items.map((item) => html`<li data-id=${item.id}>${renderOffer(item, c)}</li>`)}
  </ol>`;
}

function renderOffer(item: Internship, { t, lang, near, open, link, contact }: CardContext): TemplateResult {
  const title = plainText(item.title);
  const distance = near && item.place.geo ? formatDistance(lang, haversineKm(near, item.place.geo)) : null;
  const tel = telHref(item.contact.phone);
  return html`<article class="card" part="card">
    <h3 class="card-title" part="card-title">${title}</h3>
    ${item.type ? html`<p><span class="badge">${internshipCodes.label('stageTypes', item.type, lang)}</span></p>` : nothing}
    <dl class="facts">
      ${fact(t.employer, plainText(item.employer.name))}
      ${fact(t.place, html`${placeText(item.place)}${distance ? html` <span class="distance">(${t.distance(distance)})</span>` : nothing}`)}
      ${fact(t.when, periodText(item, t, lang))}
      ${fact(t.duration, item.days && t.days(item.days))}
      ${fact(t.placesLabel, item.places)}
    </dl>
    <p class="card-contact">
      ${tel ? html`<a class="button small" part="button contact-link" href=${tel}>${t.call(plainText(item.contact.phone))}</a>` : nothing}
      ${detailsLink({ link: link(item.id), cls: 'button small', part: 'button details-button', label: t.detailsOf(title), text: t.details, open: (opener) => open(item, opener) })}
    </p>
    ${contact ? html`<div class="print-only">${contact(item, t)}</div>` : nothing}
  </article>`;
}
