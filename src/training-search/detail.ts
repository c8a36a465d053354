import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { formatDate, formatHours, formatPrice } from '../core/format.js';
import type { Lang } from '../core/i18n.js';
import { sanitizeRichText } from '../core/rich-text.js';
import { plainText } from '../core/sanitize.js';
import { label, type TableName } from '../data/codes.js';
import type { Training } from '../data/formations.js';
import { fact } from '../core/templates.js';
import { placeText, renderContact, sessionText } from './parts.js';
export { detailStyles } from '../core/dialog.styles.js';
import type { TrainingStrings } from './strings.js';

/**
 * The detail of a training, shown in a dialog. Loaded on first use together with DOMPurify, so that
 * a page of results does not pay for it.
 */

/** A titled section of sanitised rich text; nothing (or the `fallback` sentence) when empty. */
function richSection(title: string, raw: string | null, fallback?: string): TemplateResult | typeof nothing {
  const clean = sanitizeRichText(raw);
  if (!clean && !fallback) return nothing;
  return html`<section><h3>${title}</h3>${clean ? html`<div class="rich">${unsafeHTML(clean)}</div>` : html`<p>${fallback}</p>`}</section>`;
}

const list = (values: (string | number)[], table: TableName, lang: Lang): string => values.map((v) => label(table, v, lang)).join(', ');

export function renderDetail(item: Training, t: TrainingStrings, lang: Lang, closeLabel: string, onClose: () => void): TemplateResult {
  const hours = (n: number | null) => (n ? formatHours(lang, n) : null);
  return html`<div class="dialog-head">
      <h2 id="detail-title" tabindex="-1">${plainText(item.title)}</h2>
      <button type="button" class="button" part="button close-button" @click=${onClose}>${closeLabel}</button>
    </div>
    <div class="dialog-body">
      <dl class="facts">
        ${fact(t.organisation, plainText(item.organisation))}
        ${fact(t.place, [plainText(item.place.address), placeText(item)].filter(Boolean).join(', '))}
        ${fact(t.levelShort, item.level && label('niveaux', item.level, lang))}
        ${fact(t.modalityShort, item.modality !== null && label('modalites', item.modality, lang))}
        ${fact(t.routeShort, list(item.routes, 'voies', lang))}
        ${fact(t.hours, item.hours && t.hoursDetail(hours(item.hours)!, hours(item.hoursCentre), hours(item.hoursCompany)))}
        ${fact(t.duration, plainText(item.duration))}
        ${fact(t.price, item.price !== null && formatPrice(lang, item.price))}
        ${fact(t.certification, plainText(item.rncp))}
        ${fact(t.funding, list(item.funders, 'financeurs', lang))}
        ${fact(t.public, list(item.publics, 'publics', lang))}
      </dl>
      ${renderContact(item, t)}
      ${richSection(t.objectives, item.objectives)}
      ${richSection(t.content, item.content)}
      ${richSection(t.results_, item.results)}
      ${richSection(t.prerequisites, item.prerequisites)}
      ${richSection(t.disabilityAccess, item.disabilityAccess, t.disabilityUnknown)}
      <section>
        <h3>${t.sessions}</h3>
        ${item.sessions.length
          ? html`<ul class="sessions">
              ${item.sessions.map(
                (s) => html`<li>
                  <span>${sessionText(s, t, lang)}</span>
                  ${s.recruitment ? html` — <span>${label('etats', s.recruitment, lang)}</span>` : nothing}
                  ${s.registrationAddress ? html`<br /><span class="muted">${t.registration} : ${plainText(s.registrationAddress)}</span>` : nothing}
                </li>`,
              )}
            </ul>`
          : html`<p>${item.permanentEntry ? t.permanent : t.noDate}</p>`}
      </section>
      ${item.catering || item.accommodation || item.transport
        ? html`<section>
            <h3>${t.practical}</h3>
            <dl class="facts">
              ${fact(t.catering, plainText(item.catering))} ${fact(t.accommodation, plainText(item.accommodation))}
              ${fact(t.transport, plainText(item.transport))}
            </dl>
          </section>`
        : nothing}
      ${item.updated && /^\d{4}-\d{2}-\d{2}/.test(item.updated) ? html`<p class="notice">${t.updated(formatDate(lang, item.updated.slice(0, 10)))}</p>` : nothing}
    </div>`;
}
