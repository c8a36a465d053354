import { html, nothing, type TemplateResult } from 'lit';
import { plainText, safeUrl } from '../core/sanitize.js';
import type { AgendaEvent } from '../data/evenements/record.js';
import type { AgendaStrings } from './strings.js';

// In the detail, and on each card when the list prints: loaded after the first results (Later, core/search/lazy-panel.ts).
export { contactStyles as styles } from '../core/contact.js';

/**
 * Who to ask: the organiser, and the registration and online links (http/https only). Every event
 * has one: without any, the visitor is sent to an adviser.
 */
export function renderEventContact(e: AgendaEvent, t: AgendaStrings): TemplateResult {
  const register = safeUrl(e.registrationUrl);
  const join = safeUrl(e.onlineUrl);
  const title = plainText(e.title);
  const organiser = plainText(e.organiser);
  return html`<div class="contact">
    <h3>${t.contact}</h3>
    <ul class="contact-list">
      <li>${organiser ? t.askOrganiser(organiser) : t.askAdviser}</li>
      ${e.registrationRequired !== null ? html`<li>${e.registrationRequired ? t.registrationRequired : t.registrationFree}</li>` : nothing}
      ${register ? html`<li><a href=${register} target="_blank" rel="noopener noreferrer" aria-label=${t.registerOf(title)}>${t.register}</a></li>` : nothing}
      ${join ? html`<li><a href=${join} target="_blank" rel="noopener noreferrer" aria-label=${t.joinOf(title)}>${t.join}</a></li>` : nothing}
    </ul>
  </div>`;
}
