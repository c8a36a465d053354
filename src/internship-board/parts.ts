import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../core/format.js';
import type { Lang } from '../core/i18n.js';
import { mailtoHref, plainText, safeUrl, telHref } from '../core/sanitize.js';
import { departementLabel } from '../data/codes.js';
import type { Employer, Internship } from '../data/internships.js';
import type { BoardStrings } from './strings.js';

/** Pieces shared by the offer card, the employer card and the detail. */

/** "71510 Saint-Léger-sur-Dheune", else the département, else a dash. */
export function placeText(p: { postcode: string | null; city: string | null; departement: string | null }): string {
  const city = [p.postcode, p.city].filter(Boolean).map((x) => plainText(x)).join(' ');
  return city || (p.departement ? departementLabel(p.departement) : '—');
}

/** "du 9 mars 2027 au 15 mars 2027", or "all year". */
export function periodText(item: Internship, t: BoardStrings, lang: Lang): string {
  if (item.allYear) return t.allYear;
  if (item.start && item.end) return t.from(formatDate(lang, item.start), formatDate(lang, item.end));
  if (item.start) return formatDate(lang, item.start);
  return '—';
}

/** The human contact of an offer: name, phone, e-mail, application link (http/https only); or where to ask. */
export function renderOfferContact(item: Internship, t: BoardStrings): TemplateResult {
  const tel = telHref(item.contact.phone);
  const mail = mailtoHref(item.contact.email);
  const apply = safeUrl(item.applyUrl);
  const has = tel || mail || apply;
  return html`<div class="contact">
    <h3>${t.contact}</h3>
    ${has
      ? html`<ul class="contact-list">
          ${item.contact.name ? html`<li>${plainText(item.contact.name)}</li>` : nothing}
          ${tel ? html`<li><a href=${tel}>${plainText(item.contact.phone)}</a></li>` : nothing}
          ${mail ? html`<li><a href=${mail}>${mail.slice(7)}</a></li>` : nothing}
          ${apply ? html`<li><a href=${apply} target="_blank" rel="noopener noreferrer" aria-label=${t.applyLabel(plainText(item.title))}>${t.apply}</a></li>` : nothing}
        </ul>`
      : html`<p>${t.noContact}</p>`}
  </div>`;
}

/** What an employer welcomes, as a short list. */
export function welcomesText(w: Employer['welcomes'], t: BoardStrings): string {
  return [w.visits && t.visits, w.immersions && t.immersions, w.thirdYear && t.thirdYear].filter(Boolean).join(', ');
}
