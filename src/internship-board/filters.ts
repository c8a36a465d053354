import { html, nothing, type TemplateResult } from 'lit';
import { formatMonth } from '../core/format.js';
import { parisDay } from '../data/calendar.js';
import type { Lang } from '../core/i18n.js';
import { renderGroup, renderPlace } from '../core/search/filters.js';
import type { FacetedSearch } from '../core/search/search.js';
import { departementLabel } from '../data/codes.js';
import { internshipCodes, type InternshipTable } from '../data/stages/codes.js';
import { nextMonths, type BoardState, type Duration, type FacetGroup } from '../data/stages/query.js';
import type { BoardStrings } from './strings.js';

export { filterStyles as styles, renderPanelFoot } from '../core/search/filters.js';
/** What the panel waits for before it draws (lazy-panel.ts): the département names. */
export { loadDepartements as ready } from '../data/codes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BoardSearch = FacetedSearch<FacetGroup, BoardState, any, any>;
const TABLE_OF: Partial<Record<FacetGroup, InternshipTable>> = { type: 'stageTypes', sector: 'naf', public: 'stagePublics' };

/** The board's filters: place, kind, sector, public, département, period and duration. Loaded after the first results (core/search/lazy-panel.ts). */
export function renderBoardFilters(search: BoardSearch, t: BoardStrings, lang: Lang): TemplateResult {
  const s = search.state;
  const group = (g: FacetGroup, legend: string) => {
    const table = TABLE_OF[g];
    return renderGroup(search, g, legend, { lang, name: (v) => (table ? internshipCodes.label(table, v, lang) : departementLabel(v)), order: table && g !== 'sector' ? internshipCodes.codesOf(table) : undefined });
  };
  const select = (id: string, legend: string, value: string, options: [string, string][], onChange: (v: string) => void) =>
    search.isHidden(id)
      ? nothing
      : html`<div class="field">
          <label for=${id}>${legend}</label>
          <select id=${id} .value=${value} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
            ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
          </select>
        </div>`;
  const months = nextMonths(new Date(`${parisDay(new Date())}T00:00:00Z`));
  return html`
    ${search.isHidden('near') ? nothing : renderPlace(search.place!, s.near, s.radius, () => search.update({ near: null, sort: s.sort === 'distance' ? 'start' : s.sort }), (radius) => search.update({ radius }))}
    ${group('type', t.type)} ${group('sector', t.sector)} ${group('public', t.public)} ${group('department', t.departement)}
    ${search.isHidden('period') && search.isHidden('duration')
      ? nothing
      : html`<fieldset part="filter-group">
          <legend>${t.dates}</legend>
          ${select('period', t.period, s.period, [['', t.anyPeriod], ['all-year', t.allYear], ...months.map((m): [string, string] => [m, formatMonth(lang, `${m}-01`)])], (period) => search.update({ period }))}
          ${select('duration', t.duration, s.duration, [['', t.anyDuration], ['short', t.short], ['medium', t.medium], ['long', t.long]], (duration) => search.update({ duration: duration as Duration }))}
        </fieldset>`}
  `;
}
