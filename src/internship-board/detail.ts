import { renderDialogHead } from '../core/dialog-head.js';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../core/format.js';
import type { Lang } from '../core/i18n.js';
import { richSection } from '../core/rich-text.js';
import { plainText } from '../core/sanitize.js';
import { fact } from '../core/templates.js';
import { internshipCodes } from '../data/stages/codes.js';
import type { Internship } from '../data/stages/record.js';
import { renderOfferContact } from './contact.js';
import { periodText, placeText, welcomesText } from './parts.js';
import type { BoardStrings } from './strings.js';
import { detailWords } from './detail-strings.js';
export { detailWords };
export { detailStyles } from '../core/dialog.styles.js';
export { dialogView } from '../core/dialog-view.js';

/** What the detail waits for (detail-dialog.ts): the département names. */
export { loadDepartements as ready } from '../data/codes.js';

/**
 * The detail of an offer, in a dialog. Loaded on first use together with DOMPurify (descriptions
 * and conditions may carry HTML), so that a page of results does not pay for it.
 */

export function renderDetail(item: Internship, t: BoardStrings, lang: Lang, closeLabel: string, onClose: () => void): TemplateResult {
  const d = detailWords.get(lang);
  const label = internshipCodes.label;
  const e = item.employer;
  const accessibility = item.disabilityFriendly ? [d.accessible, item.accessibility].filter(Boolean).join('. ') : item.accessibility;
  return html`${renderDialogHead(plainText(item.title), closeLabel, onClose)}
    <div class="dialog-body">
      <dl class="facts">
        ${fact(d.typeShort, item.type && label('stageTypes', item.type, lang))}
        ${fact(t.employer, plainText(e.name))}
        ${fact(t.sectorShort, e.naf && label('naf', e.naf, lang))}
        ${fact(t.size, e.size && label('tailles', e.size, lang))}
        ${fact(t.place, [plainText(item.place.address), placeText(item.place)].filter(Boolean).join(', '))}
        ${fact(t.when, periodText(item, t, lang))}
        ${fact(t.duration, item.days && t.days(item.days))}
        ${fact(t.placesLabel, item.places)}
        ${fact(t.public, item.publics.map((p) => label('stagePublics', p, lang)).join(', '))}
        ${fact(t.welcomes, welcomesText(item.welcomes, t))}
      </dl>
      ${renderOfferContact(item, t)}
      ${richSection(d.whatYouDo, item.description)}
      ${richSection(d.conditions, item.conditions)}
      ${richSection(d.accessibility, accessibility, d.accessibilityUnknown)}
      ${item.published ? html`<p class="notice">${d.published(formatDate(lang, item.published))}</p>` : nothing}
    </div>`;
}
