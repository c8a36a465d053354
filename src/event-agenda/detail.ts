import { renderDialogHead } from '../core/dialog-head.js';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, frenchDay, frenchTimes, PARIS, visitorZone } from '../core/format.js';
import { intlLocale, type Lang } from '../core/i18n.js';
import { richSection } from '../core/rich-text.js';
import { plainText, safeUrl } from '../core/sanitize.js';
import { fact } from '../core/templates.js';
import { eventCodes } from '../data/evenements/codes.js';
import type { AgendaEvent } from '../data/evenements/record.js';
import { eventsToIcs, icsFileName } from './ics.js';
import { renderEventContact } from './contact.js';
import { placeText, priceText, whenText } from './parts.js';
import type { AgendaStrings } from './strings.js';
import { detailWords } from './detail-strings.js';
export { detailWords };
export { detailStyles } from '../core/dialog.styles.js';
export { dialogView } from '../core/dialog-view.js';

/** What the detail waits for (detail-dialog.ts): the département names. */
export { loadDepartements as ready } from '../data/codes.js';

/**
 * The detail of an event, in a dialog. Loaded on first use together with DOMPurify (descriptions
 * may carry HTML) and the .ics writer, so that a list of events does not pay for them.
 */

/** The .ics file of the event shown: one object URL at a time, freed when another event opens. */
let icsFile: { id: string; lang: Lang; url: string } | undefined;

function icsUrl(e: AgendaEvent, lang: Lang, calendarName: string): string {
  if (icsFile?.id === e.id && icsFile.lang === lang) return icsFile.url;
  if (icsFile) URL.revokeObjectURL(icsFile.url);
  const url = URL.createObjectURL(new Blob([eventsToIcs([e], { lang, calendarName })], { type: 'text/calendar;charset=utf-8' }));
  icsFile = { id: e.id, lang, url };
  return url;
}

/** The time on the visitor's own clock, when their time zone is not Paris's and the times differ. */
function visitorTime(e: AgendaEvent, lang: Lang): string | null {
  const zone = visitorZone();
  if (!zone) return null;
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  const format = (timeZone?: string) => new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone }).format(e.start);
  const local = format();
  return local === format(PARIS) ? null : detailWords.get(lang).yourTime(lang === 'en' ? local : frenchTimes(frenchDay(local)), zone);
}

export function renderDetail(e: AgendaEvent, t: AgendaStrings, lang: Lang, closeLabel: string, onClose: () => void): TemplateResult {
  const d = detailWords.get(lang);
  const title = plainText(e.title);
  const geo = e.place.geo;
  const directions = geo && !e.online ? `https://www.openstreetmap.org/directions?route=%3B${geo.lat.toFixed(5)}%2C${geo.lon.toFixed(5)}` : null;
  const address = plainText(e.place.address);
  const organiser = plainText(e.organiser);
  const elsewhere = visitorTime(e, lang);
  const join = safeUrl(e.onlineUrl);
  return html`${renderDialogHead(title, closeLabel, onClose)}
    <div class="dialog-body">
      <dl class="facts">
        ${fact(d.typeShort, e.type && eventCodes.label('eventTypes', e.type, lang))}
        ${fact(d.date, html`${whenText(e, t, lang, true)}. <span class="muted">${t.parisTime}</span>${elsewhere ? html` <strong class="elsewhere">${elsewhere}</strong>` : nothing}`)}
        ${fact(t.place, html`${placeText(e, t)}${address && !e.online ? html`<br />${address}` : nothing}`)}
        ${fact(t.organiser, organiser && (e.organiserSpro ? `${organiser} (${d.sproMember})` : organiser))}
        ${fact(d.publicShort, e.publics.map((p) => eventCodes.label('eventPublics', p, lang)).join(', '))}
        ${fact(t.price, priceText(e, t))}
      </dl>
      <p class="card-contact">
        <a class="button small" part="button ics-link" href=${icsUrl(e, lang, t.calendarName)} download=${icsFileName(title)} aria-label=${d.addToCalendarOf(title)}>${d.addToCalendar}</a>
        ${directions ? html`<a class="button small" part="button" href=${directions} target="_blank" rel="noopener noreferrer" aria-label=${d.directionsOf(plainText(e.place.name) || title)}>${d.directions}</a>` : nothing}
        ${join ? html`<a class="button small" part="button" href=${join} target="_blank" rel="noopener noreferrer" aria-label=${t.joinOf(title)}>${t.join}</a>` : nothing}
      </p>
      ${e.sproSpace ? html`<p class="notice">${d.sproSpace}</p>` : nothing}
      ${renderEventContact(e, t)}
      ${richSection(d.description, e.description)}
      ${richSection(d.accessibility, e.accessibility, d.accessibilityUnknown)}
      ${e.updated ? html`<p class="muted">${d.updated(formatDate(lang, e.updated))}</p>` : nothing}
    </div>`;
}
