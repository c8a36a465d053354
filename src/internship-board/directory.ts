import { html, nothing, type TemplateResult } from 'lit';
import { formatDistance } from '../core/format.js';
import { mailtoHref } from '../core/contact.js';
import { plainText, telHref } from '../core/sanitize.js';
import type { ExploreClient } from '../data/client.js';
import { haversineKm } from '../data/distance.js';
import { and, inList } from '../data/odsql.js';
import { internshipCodes } from '../data/stages/codes.js';
import { EMPLOYER_GROUP, employerGroupBy, employerPlaces, normalizeEmployer, type Employer } from '../data/stages/employers.js';
import { fact } from '../core/templates.js';
import type { CardContext } from './cards.js';
import { placeText, welcomesText } from './parts.js';

/**
 * The directory of employers who welcome visits and immersions (mode `employers`): its request
 * and its cards. Loaded with the directory's first answer (the offers are the default mode).
 */

/** A page of the directory: `more` says another page follows (grouped answers carry no total). */
export type EmployersPage = { total: number; more: boolean; mode: 'employers'; items: Employer[] };

/**
 * One page of employers. Explore answers a group_by without total_count (the v2.1 specification's
 * example): one row more than a page tells whether another page follows. Grouped rows have no
 * place: one more request gives each employer the place of one of its offers (for the map and
 * the distances).
 */
export async function employersPage(client: ExploreClient, dataset: string, query: { where: string; orderBy: string; offset: number; limit: number }, signal: AbortSignal, sample: () => void): Promise<EmployersPage> {
  const page = await client.records(dataset, { ...query, limit: query.limit + 1, groupBy: employerGroupBy(), select: `${EMPLOYER_GROUP.join(',')},count(*)` }, { signal });
  if (page.sample) sample();
  const rows = page.results.slice(0, query.limit);
  const items = rows.map(normalizeEmployer).filter((e): e is Employer => e !== null);
  if (items.length) {
    const places = await client.records(dataset, { select: 'employeur_id,geo', where: and(query.where, inList('employeur_id', items.map((e) => e.id))), limit: 100 }, { signal });
    const at = employerPlaces(places.results);
    for (const e of items) e.geo = at.get(e.id) ?? null;
  }
  return { total: query.offset + rows.length, more: page.results.length > query.limit, mode: 'employers', items };
}

/** Employers grouped by commune (the API sorts by commune, then name). */
export function renderDirectory(page: EmployersPage, busy: boolean, c: CardContext): TemplateResult {
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
