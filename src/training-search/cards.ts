import { html, nothing, type TemplateResult } from 'lit';
import { formatDistance, formatHours } from '../core/format.js';
import { haversineKm } from '../data/distance.js';
import type { Lang } from '../core/i18n.js';
import { plainText, telHref } from '../core/sanitize.js';
import { detailsLink, fact } from '../core/templates.js';
import { label } from '../data/codes.js';
import type { Place } from '../data/communes.js';
import type { Training } from '../data/formations/record.js';
import { nextSession, placeText } from './parts.js';
import type { TrainingStrings } from './strings.js';

export interface CardContext {
  t: TrainingStrings;
  lang: Lang;
  near: Place | null;
  open: (item: Training, opener: HTMLElement) => void;
  /** The permalink of a training, with `sync-url`. */
  link: (id: string) => string | undefined;
  /** While the page prints, once its module is here (after the first results): the contact block, for paper only (not on every card on screen). */
  contact?: (item: Training, t: TrainingStrings) => TemplateResult;
}

/** The numbered list of a page of trainings. */
export function renderTrainingList(items: Training[], start: number, busy: boolean, c: CardContext): TemplateResult {
  return html`<ol class="list" part="list" aria-busy=${busy ? 'true' : 'false'} start=${start}>
    ${items.map((item) => html`<li>${renderTrainingCard(item, c)}</li>`)}
  </ol>`;
}

/** One training: the facts a person compares, a phone to call, and one button to the detail. */
export function renderTrainingCard(item: Training, { t, lang, near, open, link, contact }: CardContext): TemplateResult {
  const title = plainText(item.title);
  const distance = near && item.place.geo ? formatDistance(lang, haversineKm(near, item.place.geo)) : null;
  const tel = telHref(item.contact.phone);
  return html`<article class="card" part="card">
    <h3 class="card-title" part="card-title">${title}</h3>
    <dl class="facts">
      ${fact(t.organisation, plainText(item.organisation))}
      ${fact(t.place, html`${placeText(item)}${distance ? html` <span class="distance">(${t.distance(distance)})</span>` : nothing}`)}
      ${fact(t.nextSession, nextSession(item, t, lang))}
      ${fact(t.duration, [t.durationText(plainText(item.duration)), item.hours && formatHours(lang, item.hours)].filter(Boolean).join(' · '))}
      ${fact(t.levelShort, item.level && label('niveaux', item.level, lang))}
      ${fact(t.modalityShort, item.modality !== null && label('modalites', item.modality, lang))}
      ${fact(t.routeShort, item.routes.map((r) => label('voies', r, lang)).join(', '))}
    </dl>
    <p class="card-contact">
      ${tel ? html`<a class="button small" part="button contact-link" href=${tel}>${t.call(plainText(item.contact.phone))}</a>` : nothing}
      ${detailsLink({ link: item.id ? link(item.id) : undefined, cls: 'button small', part: 'button details-button', label: t.detailsOf(title), text: t.details, open: (opener) => open(item, opener) })}
    </p>
    ${contact ? html`<div class="print-only">${contact(item, t)}</div>` : nothing}
  </article>`;
}
