import { html, nothing, type TemplateResult } from 'lit';
import { formatDistance } from '../core/format.js';
import { haversineKm } from '../data/distance.js';
import { intlLocale, type Lang } from '../core/i18n.js';
import { mailtoHref } from '../core/contact.js';
import { plainText, safeUrl, telHref } from '../core/sanitize.js';
import { fact } from '../core/templates.js';
import { departementLabel } from '../data/codes.js';
import type { Place } from '../data/communes.js';
import { venueCodes } from '../data/lieux/codes.js';
import type { Venue } from '../data/lieux/record.js';
import { dayName, formatTime, openingStatus, parisClock, week } from './hours.js';
import type { VenueStrings } from './strings.js';

export interface VenueContext {
  t: VenueStrings;
  lang: Lang;
  near: Place | null;
  now: Date;
  selectedId: string | null;
  expanded: Set<string>;
  printing: boolean;
  showOnMap: (v: Venue) => void;
  toggleDetails: (id: string) => void;
  /** The permalink of a venue, with `sync-url`. */
  link: (id: string) => string | undefined;
}

/** "21000 Dijon", else the département. */
export function cityText(v: Venue): string {
  return [v.postcode, v.city].filter(Boolean).map((x) => plainText(x)).join(' ') || (v.departement ? departementLabel(v.departement) : '');
}

/** "Open until 17:00", "Closed, opens tomorrow at 09:00"… on the Paris clock; nothing when the hours are unknown. */
function statusText(v: Venue, { t, lang, now }: VenueContext): TemplateResult | typeof nothing {
  const locale = intlLocale(lang);
  const status = openingStatus(v.hours, now);
  if (status.state === 'unknown') return nothing;
  if (status.state === 'open') return html`<p class="status open">${t.openUntil(formatTime(locale, status.closes))}</p>`;
  return html`<p class="status">${status.opens ? t.closedOpens(opensText(status.opens, t, locale)) : t.closed}</p>`;
}

/** "demain à 9 h", "today at 14:00", "lundi à 9 h 30". */
export function opensText(opens: { day: number; minutes: number; inDays: number }, t: VenueStrings, locale: string): string {
  return t.dayAt(opens.inDays ? (opens.inDays > 1 ? dayName(locale, opens.day) : t.tomorrow) : t.today, formatTime(locale, opens.minutes));
}

/** One venue: name, network, address and distance, open now, call, show on the map, details (hours, contact, services). */
export function renderVenue(v: Venue, c: VenueContext): TemplateResult {
  const { t, lang, near } = c;
  const name = plainText(v.name);
  const selected = v.id === c.selectedId;
  const open = c.expanded.has(v.id);
  const detailsId = `details-${v.id.replace(/[^\w-]/g, '_')}`;
  const tel = telHref(v.phone);
  const distance = near && v.geo ? formatDistance(lang, haversineKm(near, v.geo)) : null;
  return html`<article class="card ${selected ? 'is-selected' : ''}" part="card" aria-current=${selected ? 'true' : 'false'}>
    <h3 class="card-title" part="card-title" tabindex="-1">${name}</h3>
    ${v.network ? html`<p><span class="badge">${venueCodes.label('networks', v.network, lang)}</span></p>` : nothing}
    <p>${[plainText(v.address), cityText(v)].filter(Boolean).join(', ')}${distance ? html` <span class="distance">(${t.distance(distance)})</span>` : nothing}</p>
    ${statusText(v, c)}
    <p class="card-contact card-actions">
      ${tel ? html`<a class="button small" part="button contact-link" href=${tel}>${t.call(plainText(v.phone))}</a>` : nothing}
      ${v.geo ? html`<button type="button" class="button small" part="button" data-show-on-map aria-label=${t.showOnMapOf(name)} @click=${() => c.showOnMap(v)}>${t.showOnMap}</button>` : nothing}
      <button type="button" class="button small details-button" part="button details-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} aria-label=${t.detailsOf(name)} @click=${() => c.toggleDetails(v.id)}>
        ${t.details}
      </button>
    </p>
    <div id=${detailsId} class="details" ?hidden=${!open && !c.printing}>${open || c.printing ? renderDetails(v, name, c) : nothing}</div>
  </article>`;
}

function renderDetails(v: Venue, name: string, { t, lang, now, link }: VenueContext): TemplateResult {
  const permalink = link(v.id);
  const locale = intlLocale(lang);
  const today = parisClock(now).day;
  const mail = mailtoHref(v.email);
  const web = safeUrl(v.website);
  const tel = telHref(v.phone);
  const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const directions = v.geo ? `https://www.openstreetmap.org/directions?route=%3B${v.geo.lat.toFixed(5)}%2C${v.geo.lon.toFixed(5)}` : null;
  return html`
    <section>
      <h4>${t.hours}</h4>
      ${v.hours.length
        ? html`<table class="hours">
            <caption class="visually-hidden">${t.hours}: ${name}</caption>
            <tbody>
              ${week(v.hours).map(
                ({ day, ranges }) => html`<tr class=${day === today ? 'today' : ''}>
                  <th scope="row">${dayName(locale, day)}${day === today ? html` <span>(${t.today})</span>` : nothing}</th>
                  <td>${ranges.length ? ranges.map((r, i) => html`${i ? ', ' : ''}<span class="range">${formatTime(locale, r.open)}–${formatTime(locale, r.close)}</span>`) : t.closedDay}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>${t.hoursUnknown}</p>`}
      ${v.hoursNote ? html`<p>${plainText(v.hoursNote)}</p>` : nothing}
      ${v.hours.length && visitorZone && visitorZone !== 'Europe/Paris' ? html`<p class="muted">${t.hoursInParis}</p>` : nothing}
    </section>
    <section>
      <h4>${t.contact}</h4>
      <ul>
        ${tel ? html`<li><a href=${tel}>${plainText(v.phone)}</a></li>` : nothing}
        ${mail ? html`<li><a href=${mail}>${mail.slice(7)}</a></li>` : nothing}
        ${web ? html`<li><a href=${web} target="_blank" rel="noopener noreferrer" aria-label=${t.websiteOf(name)}>${t.website}</a></li>` : nothing}
        ${directions ? html`<li><a href=${directions} target="_blank" rel="noopener noreferrer" aria-label=${t.directionsOf(name)}>${t.directions}</a></li>` : nothing}
        ${!mail && !tel ? html`<li>${t.noContact}</li>` : nothing}
        ${permalink ? html`<li><a href=${permalink} aria-label=${t.linkOf(name)}>${t.link}</a></li>` : nothing}
      </ul>
    </section>
    <dl class="facts">
      ${fact(t.services, v.services.map((s) => venueCodes.label('services', s, lang)).join(', '))}
      ${fact(t.publics, v.publics.map((p) => venueCodes.label('venuePublics', p, lang)).join(', '))}
      ${fact(t.accessibility, [v.wheelchair ? t.wheelchair : v.wheelchair === false ? t.notWheelchair : '', plainText(v.accessibility)].filter(Boolean).join(' '))}
      ${fact(t.territory, plainText(v.territory))}
    </dl>
    ${v.sproMember ? html`<p class="muted">${t.sproMember}</p>` : nothing}
  `;
}
