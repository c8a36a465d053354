import type { TemplateResult } from 'lit';
import { renderContactBlock } from '../core/contact.js';
import { plainText } from '../core/sanitize.js';
import type { Training } from '../data/formations/record.js';
import type { TrainingStrings } from './strings.js';

// In the detail, and on each card when the list prints: loaded after the first results (Later, core/search/lazy-panel.ts).
export { contactStyles as styles } from '../core/contact.js';
/** The human contact of a training: phone, e-mail, website; or where to ask when there is none. */
export function renderContact(item: Training, t: TrainingStrings): TemplateResult {
  const c = item.contact;
  return renderContactBlock({ heading: t.contact, ...c, url: item.url, urlText: t.website, urlLabel: t.websiteLabel(plainText(item.title)), none: t.noContact });
}
