import type { TemplateResult } from 'lit';
import { renderContactBlock } from '../core/contact.js';
import { plainText } from '../core/sanitize.js';
import type { Internship } from '../data/stages/record.js';
import type { BoardStrings } from './strings.js';

// In the detail, and on each card when the list prints: loaded after the first results (Later, core/search/lazy-panel.ts).
export { contactStyles as styles } from '../core/contact.js';
/** The human contact of an offer: name, phone, e-mail, application link (http/https only); or where to ask. */
export function renderOfferContact(item: Internship, t: BoardStrings): TemplateResult {
  return renderContactBlock({ heading: t.contact, ...item.contact, url: item.applyUrl, urlText: t.apply, urlLabel: t.applyLabel(plainText(item.title)), none: t.noContact });
}
