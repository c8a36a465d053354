import { html, nothing, type TemplateResult } from 'lit';
import { formatDistance, haversineKm } from '../core/format.js';
import type { Lang } from '../core/i18n.js';
import { mailtoHref, plainText, telHref } from '../core/sanitize.js';
import { detailsLink, fact } from '../core/templates.js';
import type { Place } from '../data/communes.js';
import { internshipCodes } from '../data/stages/codes.js';
import type { Employer, Internship } from '../data/stages/record.js';
import { periodText, placeText, renderOfferContact, welcomesText } from './parts.js';
import type { BoardStrings } from './strings.js';

/** A page of the board: offers, or employers of the directory (`more`: another page follows; grouped answers carry no total). */
export type Page = { total: number; mode: 'offers'; items: Internship[] } | { total: number; more: boolean; mode: 'employers'; items: Employer[] };

export interface CardContext {
  t: BoardStrings;
  lang: Lang;
  near: Place | null;
  open: (item: Internship, opener: HTMLElement | null) => void;
  /** The permalink of an offer, with `sync-url`. */
  link: (id: string) => string | undefined;
  /** Shows the offers of one employer of the directory. */
  offersOf: (e: Employer) => void;
  /** While the page prints: the contact block, for paper only, is drawn then (not on every card on screen). */
  printing: boolean;
}

/** Offers as a numbered list; employers grouped by commune (the API sorts by commune, then name). */
export function renderBoardList(page: Page, start: number, busy: boolean, c: CardContext): TemplateResult {
  if (page.mode === 'offers') {
    return html`<ol class="list" part="list" aria-busy=${busy ? 'true' : 'false'} start=${start}>
      ${page.items.map((item) => html`<li data-id=${item.id}>${renderOffer(item, c)}</li>`)}
    </ol>`;
  }
  const groups = new Map<string, Employer[]>();
  for (const e of page.items) {
    const key = e.city ? placeText(e) : c.t.unknownCity;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return html`<div class="list" part="list" aria-busy=${busy ? 'true' : 'false'}>
    ${[...groups].map(
      ([commune, employers]) => html`<h3 class="commune">${commune}</h3>
        <ul class="plain">
          ${employers.map((e) => html`<li data-id=${e.id}>${renderEmployer(e, c)}</li>`)}
        </ul>`,
    )}
  </div>`;
}

function renderOffer(item: Internship, { t, lang, near, open, link, printing }: CardContext): TemplateResult {
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
    ${printing ? html`<div class="print-only">${renderOfferContact(item, t)}</div>` : nothing}
  </article>`;
}

function renderEmployer(e: Employer, { t, lang, near, offersOf }: CardContext): TemplateResult {
  const tel = telHref(e.contact.phone);
  const mail = mailtoHref(e.contact.email);
  const name = plainText(e.name);
  const distance = near && e.geo ? formatDistance(lang, haversineKm(near, e.geo)) : null;
  return html`<article class="card" part="card">
    <h4 class="card-title" part="card-title" tabindex="-1">${name}</h4>
    <dl class="facts">
      ${fact(t.welcomes, welcomesText(e.welcomes, t))}
      ${fact(t.sectorShort, e.naf && internshipCodes.label('naf', e.naf, lang))}
      ${fact(t.size, e.size && internshipCodes.label('tailles', e.size, lang))}
      ${fact(t.place, html`${placeText(e)}${distance ? html` <span class="distance">(${t.distance(distance)})</span>` : nothing}`)}
    </dl>
    ${e.offers ? html`<p><button type="button" class="button small" part="button employer-offers" aria-label=${t.offersOfLabel(e.offers, name)} @click=${() => offersOf(e)}>${t.offers(e.offers)}</button></p>` : nothing}
    <p class="card-contact printed">
      ${tel ? html`<a class="button small" part="button contact-link" href=${tel}>${t.call(plainText(e.contact.phone))}</a>` : nothing}
      ${mail ? html`<a class="button small" part="button contact-link" href=${mail}>${t.write} <span class="print-only">${mail.slice(7)}</span></a>` : nothing}
      ${!tel && !mail ? html`<span>${t.noContact}</span>` : nothing}
    </p>
  </article>`;
}
