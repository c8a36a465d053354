import { css, html, nothing, type TemplateResult } from 'lit';
import { plainText, safeUrl, telHref } from './sanitize.js';

/**
 * The contact block of a result (its detail, and each card on paper) and e-mail links: in their
 * own module, which the widgets load once their first results are on screen (Later, search/lazy-panel.ts).
 */

/** The contact block's styles: in the detail's (dialog.styles.ts), and added with the cards' contact blocks for paper (lazy-panel.ts, Later). */
export const contactStyles = css`
  .contact h3 {
    font-size: 1.05em;
    margin-block-end: 0.25em;
  }
  .contact-list {
    padding-inline-start: 1.2em;
  }
`;

const EMAIL = /^[^\s@<>()"',;:]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** `mailto:` link for a plausible e-mail address, else null. */
export function mailtoHref(raw: string | null | undefined): string | null {
  const email = raw?.trim().replace(/^mailto:/i, '');
  return email && EMAIL.test(email) ? `mailto:${email}` : null;
}

/**
 * Whom to ask about an item: a person, a phone, an e-mail, a web link (http and https only); or,
 * when none is published, where to ask instead (`none`).
 */
export function renderContactBlock(o: { heading: string; name: string | null; phone: string | null; email: string | null; url?: string | null; urlText?: string; urlLabel?: string; none: string }): TemplateResult {
  const tel = telHref(o.phone);
  const mail = mailtoHref(o.email);
  const url = safeUrl(o.url);
  return html`<div class="contact">
    <h3>${o.heading}</h3>
    ${tel || mail || url || o.name
      ? html`<ul class="contact-list">
          ${o.name ? html`<li>${plainText(o.name)}</li>` : nothing}
          ${tel ? html`<li><a href=${tel}>${plainText(o.phone)}</a></li>` : nothing}
          ${mail ? html`<li><a href=${mail}>${mail.slice(7)}</a></li>` : nothing}
          ${url ? html`<li><a href=${url} target="_blank" rel="noopener noreferrer" aria-label=${o.urlLabel ?? nothing}>${o.urlText}</a></li>` : nothing}
        </ul>`
      : html`<p>${o.none}</p>`}
  </div>`;
}
