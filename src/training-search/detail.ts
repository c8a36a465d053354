import { renderDialogHead } from '../core/dialog-head.js';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatHours } from '../core/format.js';
import { intlLocale, type Lang } from '../core/i18n.js';
import { richSection } from '../core/rich-text.js';
import { plainText } from '../core/sanitize.js';
import { label, loadDepartements, loadLaterLabels, type TableName } from '../data/codes.js';
import type { Training } from '../data/formations/record.js';
import { fact } from '../core/templates.js';
import { renderContact } from './contact.js';
import { placeText, sessionText } from './parts.js';
export { detailStyles } from '../core/dialog.styles.js';
export { dialogView } from '../core/dialog-view.js';

/** What the detail waits for (detail-dialog.ts): the contact block's words, the labels of the publics and the funders, the département names. */
export const ready = (): Promise<unknown> => Promise.all([loadLaterWords(), loadLaterLabels(), loadDepartements()]);
import { loadLaterWords, type TrainingStrings } from './strings.js';
import { detailWords } from './detail-strings.js';

/** "1 250 €". Only the detail says a price: here rather than in core/format.ts, whose code every card page loads. */
const formatPrice = (lang: Lang, euros: number): string => new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: euros % 1 ? 2 : 0 }).format(euros);
export { detailWords };

/**
 * The detail of a training, shown in a dialog. Loaded on first use together with DOMPurify, so that
 * a page of results does not pay for it.
 */

const list = (values: (string | number)[], table: TableName, lang: Lang): string => values.map((v) => label(table, v, lang)).join(', ');

export function renderDetail(item: Training, t: TrainingStrings, lang: Lang, closeLabel: string, onClose: () => void): TemplateResult {
  const d = detailWords.get(lang);
  const hours = (n: number | null) => (n ? formatHours(lang, n) : null);
  return html`${renderDialogHead(plainText(item.title), closeLabel, onClose)}
    <div class="dialog-body">
      <dl class="facts">
        ${fact(t.organisation, plainText(item.organisation))}
        ${fact(t.place, [plainText(item.place.address), placeText(item)].filter(Boolean).join(', '))}
        ${fact(t.levelShort, item.level && label('niveaux', item.level, lang))}
        ${fact(t.modalityShort, item.modality !== null && label('modalites', item.modality, lang))}
        ${fact(t.routeShort, list(item.routes, 'voies', lang))}
        ${fact(d.hours, item.hours && d.hoursDetail(hours(item.hours)!, hours(item.hoursCentre), hours(item.hoursCompany)))}
        ${fact(t.duration, t.durationText(plainText(item.duration)))}
        ${fact(d.price, item.price !== null && formatPrice(lang, item.price))}
        ${fact(d.certification, plainText(item.rncp))}
        ${fact(d.funding, list(item.funders, 'financeurs', lang))}
        ${fact(t.public, list(item.publics, 'publics', lang))}
      </dl>
      ${renderContact(item, t)}
      ${richSection(d.objectives, item.objectives)}
      ${richSection(d.content, item.content)}
      ${richSection(d.results_, item.results)}
      ${richSection(d.prerequisites, item.prerequisites)}
      ${richSection(d.disabilityAccess, item.disabilityAccess, d.disabilityUnknown)}
      <section>
        <h3>${d.sessions}</h3>
        ${item.sessions.length
          ? html`<ul class="sessions">
              ${item.sessions.map(
                (s) => html`<li>
                  <span>${sessionText(s, t, lang)}</span>
                  ${s.recruitment ? html` — <span>${d.recruitment[s.recruitment]}</span>` : nothing}
                  ${s.registrationAddress ? html`<br /><span class="muted">${d.registration} : ${plainText(s.registrationAddress)}</span>` : nothing}
                </li>`,
              )}
            </ul>`
          : html`<p>${item.permanentEntry ? t.permanent : t.noDate}</p>`}
      </section>
      ${item.catering || item.accommodation || item.transport
        ? html`<section>
            <h3>${d.practical}</h3>
            <dl class="facts">
              ${fact(d.catering, plainText(item.catering))} ${fact(d.accommodation, plainText(item.accommodation))}
              ${fact(d.transport, plainText(item.transport))}
            </dl>
          </section>`
        : nothing}
      ${item.updated && /^\d{4}-\d{2}-\d{2}/.test(item.updated) ? html`<p class="notice">${d.updated(formatDate(lang, item.updated.slice(0, 10)))}</p>` : nothing}
    </div>`;
}
