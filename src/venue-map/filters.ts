import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import { checkbox, renderGroup, renderPlace } from '../core/search/filters.js';
import { departementLabel } from '../data/codes.js';
import { venueCodes } from '../data/lieux/codes.js';
import type { FacetedSearch } from '../core/search/search.js';
import type { FacetGroup, VenueState } from '../data/lieux/query.js';
import { TABLE_OF } from './presets.js';
import { SERVED_NETWORKS } from './sources.js';
import type { VenueStrings } from './strings.js';

export { filterStyles as styles, renderPanelFoot } from '../core/search/filters.js';
/** What the panel waits for before it draws (lazy-panel.ts): the département names. */
export { loadDepartements as ready } from '../data/codes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type VenueFacetedSearch = FacetedSearch<FacetGroup, VenueState, any, any>;

/** The venue map's filters: open now, place, network, service, public, département (real sources: the networks they serve). Loaded after the first results (core/search/lazy-panel.ts). */
export function renderVenueFilters(search: VenueFacetedSearch, t: VenueStrings, lang: Lang, realSources: boolean): TemplateResult {
  const s = search.state;
  const group = (g: FacetGroup, legend: string) => {
    const table = TABLE_OF[g];
    const served = realSources ? SERVED_NETWORKS : null;
    const order = table ? venueCodes.codesOf(table).filter((c) => g !== 'network' || !served || served.includes(c)) : undefined;
    return renderGroup(search, g, legend, { lang, name: (v) => (table ? venueCodes.label(table, v, lang) : departementLabel(v)), order });
  };
  return html`
    ${search.isHidden('open')
      ? nothing
      : html`<fieldset part="filter-group">
          <legend class="visually-hidden">${t.openNow}</legend>
          ${checkbox('open', s.openNow, t.openNow, (on) => search.update({ openNow: on }))}
        </fieldset>`}
    ${search.isHidden('near') ? nothing : renderPlace(search.place!, s.near, s.radius, () => search.update({ near: null }), (radius) => search.update({ radius }))}
    ${group('network', t.network)} ${group('service', t.service)} ${group('public', t.public)} ${group('department', t.departement)}
  `;
}
