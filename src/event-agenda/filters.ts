import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import type { FacetedSearch } from '../core/search/search.js';
import { checkbox, renderGroup, renderPlace } from '../core/search/filters.js';
import { departementLabel } from '../data/codes.js';
import { eventCodes, type EventTable } from '../data/evenements/codes.js';
import { isDay, type AgendaState, type Attendance, type FacetGroup, type Range } from '../data/evenements/query.js';
import type { AgendaStrings } from './strings.js';

export { filterStyles as styles, renderPanelFoot } from '../core/search/filters.js';
/** What the panel waits for before it draws (lazy-panel.ts): the département names. */
export { loadDepartements as ready } from '../data/codes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AgendaSearch = FacetedSearch<FacetGroup, AgendaState, any, any>;
interface FilterContext {
  t: AgendaStrings;
  lang: Lang;
  monthView: boolean;
  showPast: boolean;
}
const TABLE_OF: Partial<Record<FacetGroup, EventTable>> = { type: 'eventTypes', public: 'eventPublics' };

/** The agenda's filters: when, where, what kind, for whom, how, free, département. Loaded after the first results (core/search/lazy-panel.ts). */
export function renderAgendaFilters(search: AgendaSearch, c: FilterContext): TemplateResult {
  const { t, lang } = c;
  const s = search.state;
  const group = (g: FacetGroup, legend: string) => {
    const table = TABLE_OF[g];
    return renderGroup(search, g, legend, { lang, name: (v) => (table ? eventCodes.label(table, v, lang) : departementLabel(v)), order: table ? eventCodes.codesOf(table) : undefined });
  };
  const attendance: [Attendance, string][] = [
    ['', t.anyAttendance],
    ['onsite', t.onsite],
    ['online', t.onlineOnly],
  ];
  return html`
    ${search.isHidden('dates') || c.monthView ? nothing : renderDates(search, c)}
    ${search.isHidden('near') ? nothing : renderPlace(search.place!, s.near, s.radius, () => search.update({ near: null }), (radius) => search.update({ radius }))}
    ${group('type', t.type)} ${group('public', t.public)}
    ${search.isHidden('attendance') && search.isHidden('free')
      ? nothing
      : html`<fieldset part="filter-group" data-group="attendance">
          <legend>${t.taking}</legend>
          ${search.isHidden('attendance')
            ? nothing
            : html`<div class="field">
                <label for="attendance">${t.how}</label>
                <select id="attendance" .value=${s.attendance} @change=${(e: Event) => search.update({ attendance: (e.target as HTMLSelectElement).value as Attendance })}>
                  ${attendance.map(([v, text]) => html`<option value=${v} ?selected=${v === s.attendance}>${text}</option>`)}
                </select>
              </div>`}
          ${search.isHidden('free') ? nothing : checkbox('free', s.free, t.freeOnly, (free) => search.update({ free }))}
        </fieldset>`}
    ${group('department', t.departement)}
  `;
}

function renderDates(search: AgendaSearch, { t, showPast }: FilterContext): TemplateResult {
  const s = search.state;
  const radio = (range: Range, text: string) => html`<label class="check"><input type="radio" name="range" .value=${range} .checked=${s.range === range} @change=${() => search.update({ range })} /> ${text}</label>`;
  const date = (name: 'from' | 'to', text: string) => html`<label>${text} <input type="date" name=${name} .value=${s[name]} @change=${(e: Event) => search.update({ [name]: (e.target as HTMLInputElement).value })} /></label>`;
  const badRange = s.range === 'custom' && isDay(s.from) && isDay(s.to) && s.to < s.from;
  return html`<fieldset part="filter-group" data-group="dates">
    <legend>${t.when}</legend>
    ${radio('', showPast ? t.anyDatePast : t.anyDate)} ${radio('week', t.thisWeek)} ${radio('month', t.thisMonth)} ${radio('custom', t.custom)}
    ${s.range === 'custom'
      ? html`<div class="dates">
          ${date('from', t.fromDate)} ${date('to', t.toDate)} ${badRange ? html`<p class="field-error" role="alert">${t.badRange}</p>` : nothing}
        </div>`
      : nothing}
  </fieldset>`;
}

