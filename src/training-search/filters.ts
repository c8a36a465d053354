import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../core/i18n.js';
import { checkbox, renderGroup, renderPlace } from '../core/search/filters.js';
import type { FacetedSearch } from '../core/search/search.js';
import { codesOf, departementLabel, label, loadDepartements, loadLaterLabels, type TableName } from '../data/codes.js';
import type { FacetGroup, SearchState } from '../data/formations/query.js';
import { loadLaterWords, type TrainingStrings } from './strings.js';

export { filterStyles as styles, renderPanelFoot } from '../core/search/filters.js';

/** What the panel waits for before it draws (lazy-panel.ts): its words, the labels of the publics and the funders, the département names. */
export const ready = (): Promise<unknown> => Promise.all([loadLaterWords(), loadLaterLabels(), loadDepartements()]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TrainingSearch = FacetedSearch<FacetGroup, SearchState, any, any>;

/** The training search's filters: place, level, route, modality, public, funder, département, dates, other. Loaded after the first results (core/search/lazy-panel.ts). */
export function renderTrainingFilters(search: TrainingSearch, t: TrainingStrings, lang: Lang): TemplateResult {
  const s = search.state;
  const hidden = (token: string) => search.isHidden(token);
  /** Levels, routes and modalities keep their code order; the others go alphabetically. */
  const group = (g: FacetGroup, legend: string, table?: TableName, fixedOrder = false) =>
    renderGroup(search, g, legend, { lang, name: (v) => (table ? label(table, v, lang) : departementLabel(v)), order: table && fixedOrder ? codesOf(table) : undefined });
  const date = (name: 'from' | 'to', text: string) =>
    html`<label>${text} <input type="date" name=${name} .value=${s[name]} @change=${(e: Event) => search.update({ [name]: (e.target as HTMLInputElement).value })} /></label>`;
  return html`
    ${hidden('near') ? nothing : renderPlace(search.place!, s.near, s.radius, () => search.update({ near: null, sort: s.sort === 'distance' ? 'relevance' : s.sort }), (radius) => search.update({ radius }))}
    ${group('niveau', t.level, 'niveaux', true)} ${group('voie', t.route, 'voies', true)} ${group('modalite', t.modality, 'modalites', true)}
    ${group('public', t.public, 'publics')} ${group('financeur', t.financing, 'financeurs')} ${group('department', t.departement)}
    ${hidden('dates') ? nothing : html`<fieldset part="filter-group"><legend>${t.dates}</legend><div class="dates">${date('from', t.from)} ${date('to', t.to)}</div></fieldset>`}
    ${hidden('recrutement') && hidden('handicap')
      ? nothing
      : html`<fieldset part="filter-group">
          <legend>${t.other}</legend>
          ${hidden('recrutement') ? nothing : checkbox('open', s.open, t.open, (open) => search.update({ open }))}
          ${hidden('handicap') ? nothing : checkbox('handicap', s.disability, t.disability, (disability) => search.update({ disability }))}
        </fieldset>`}
  `;
}
