import { html, nothing, type TemplateResult } from 'lit';
import { formatParis } from '../core/format.js';
import { plainText, safeUrl } from '../core/sanitize.js';
import { detailsLink } from '../core/templates.js';
import type { AgendaEvent } from '../data/evenements/record.js';
import type { EventContext } from './cards.js';
import { placeText, whenText } from './parts.js';

/** The compact block's list: the next events, a date box each (for a sidebar or a home page). */
export function renderCompactList(items: AgendaEvent[], busy: boolean, { t, lang, open, link }: EventContext): TemplateResult {
  return html`<ol class="compact-list list" part="list" aria-busy=${busy ? 'true' : 'false'}>
    ${items.map((e) => {
      const title = plainText(e.title);
      return html`<li data-id=${e.id}>
        <span class="date-box" aria-hidden="true"><strong>${formatParis(lang, e.start, { day: 'numeric' })}</strong>${formatParis(lang, e.start, { month: 'short' })}</span>
        <div>
          <p class="card-title" part="card-title">
            ${detailsLink({ link: link(e.id), cls: 'link-button', text: title, open: (opener) => open(e, opener) })}
          </p>
          <p class="muted">${whenText(e, t, lang, true)} — ${placeText(e, t)}</p>
        </div>
      </li>`;
    })}
  </ol>`;
}

/** The compact block's frame: its heading (or an accessible name), the list, a "see all" link. */
export function renderCompactFrame(o: { heading: string; label: string; body: unknown; seeAll: string | null; seeAllText: string }): TemplateResult {
  return html`<section class="compact" aria-labelledby=${o.heading ? 'compact-title' : nothing} aria-label=${o.heading ? nothing : o.label}>
    ${o.heading ? html`<h2 id="compact-title" class="title" part="title">${o.heading}</h2>` : nothing}
    ${o.body}
    ${o.seeAll ? html`<a class="button see-all" part="button see-all" href=${o.seeAll}>${o.seeAllText}</a>` : nothing}
  </section>`;
}

/** The "see all" address, when it is http(s) (relative addresses are read against the page). */
export function seeAllHref(value: string): string | null {
  const raw = value.trim();
  if (!raw) return null;
  try {
    return safeUrl(new URL(raw, document.baseURI).href);
  } catch {
    return null;
  }
}
