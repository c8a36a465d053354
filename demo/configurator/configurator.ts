/**
 * The embed configurator (demo code, not in the library): a form for a partner webmaster, the
 * widget live beside it (rebuilt on every change, over the sample data), the snippet to copy, and
 * a pasted snippet read back into the form. Plain DOM: nothing here is shipped to partner pages.
 */
import { load } from '../../src/carif-widgets.js';
import { configure } from '../../src/core/config.js';
import styles from './configurator.css?inline';
import { attributesOf, check, COLORS, departementName, emptyConfig, parseSnippet, REGIONS, snippetOf, widgetsOf, type Config, type Field, type Manifest, type Problem, type WidgetSpec } from './model.js';
import { REPLAYED_SOURCES } from '../../api/replay-sources.mjs';

type Attrs = Record<string, string | boolean | undefined>;

/** An element with attributes (false/undefined left out) and children; text is always text. */
function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : v);
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

const option = (value: string, text: string, selected = false): HTMLOptionElement => {
  const o = new Option(text, value, selected, selected);
  return o;
};

export type Configurator = {
  /** The form's configuration now. */
  config(): Config;
  /** The snippet shown now. */
  snippet(): string;
  /** The live element now. */
  live(): HTMLElement | null;
  /** Fills the form from a configuration and renders. */
  fill(config: Config): void;
};

/** Builds the configurator in `root`, its widgets and attributes read from the manifest. */
export function mountConfigurator(root: HTMLElement, manifest: Manifest): Configurator {
  const specs = widgetsOf(manifest);
  if (!specs.length) {
    root.append(h('p', { role: 'alert' }, 'Liste des attributs introuvable : lancez « npm run analyze » (ou « npm run build ») pour produire dist/custom-elements.json.'));
    return { config: () => emptyConfig(''), snippet: () => '', live: () => null, fill: () => undefined };
  }
  // The preview is offline: the real sources are answered by the replay of their hosts.
  configure({ sources: REPLAYED_SOURCES });
  let spec: WidgetSpec = specs[0]!;

  const errors = h('div', { class: 'cfg-errors', role: 'alert', id: 'cfg-errors' });
  const widgetChoice = h('fieldset', {}, h('legend', {}, 'Widget'), ...specs.map((s, i) => h('label', { class: 'cfg-check' }, h('input', { type: 'radio', name: 'tag', value: s.tag, checked: i === 0 }), ` ${s.label} `, h('code', {}, `<${s.tag}>`))));
  const source = h('select', { id: 'cfg-source', name: 'source' }) as HTMLSelectElement;
  const region = h('select', { id: 'cfg-region', name: 'region' }, option('', 'Toutes les régions'), ...Object.entries(REGIONS).map(([code, r]) => option(code, `${r.name} (${code})`))) as HTMLSelectElement;
  const department = h('select', { id: 'cfg-department', name: 'department' }) as HTMLSelectElement;
  const presets = h('div', { class: 'cfg-presets' });
  const filters = h('div', { class: 'cfg-filters' });
  const lang = h('fieldset', {}, h('legend', {}, 'Langue'), h('label', { class: 'cfg-check' }, h('input', { type: 'radio', name: 'lang', value: 'fr', checked: true }), ' Français'), h('label', { class: 'cfg-check' }, h('input', { type: 'radio', name: 'lang', value: 'en' }), ' Anglais (English)'));
  const colors = h(
    'fieldset',
    {},
    h('legend', {}, 'Couleurs'),
    ...COLORS.map((c) => h('div', { class: 'cfg-field' }, h('label', { for: `cfg-${c.name}` }, c.label, ' ', h('code', {}, c.name)), h('input', { type: 'color', id: `cfg-${c.name}`, name: c.name, value: c.default }), h('p', { class: 'cfg-error', id: `cfg-err-${c.name}` }))),
    h('button', { type: 'button', class: 'cfg-reset' }, 'Couleurs par défaut'),
  );
  const install = h(
    'fieldset',
    {},
    h('legend', {}, 'Installation sur votre site'),
    h('div', { class: 'cfg-field' }, h('label', { for: 'cfg-script-src' }, 'Adresse du script des widgets'), h('input', { type: 'url', id: 'cfg-script-src', name: 'script-src', autocomplete: 'off' }), h('p', { class: 'cfg-error', id: 'cfg-err-script-src' })),
    h(
      'div',
      { class: 'cfg-field' },
      h('label', { for: 'cfg-api-base' }, 'Adresse du portail de données (data-api-base), si vous en avez un'),
      h('input', { type: 'url', id: 'cfg-api-base', name: 'api-base', autocomplete: 'off', placeholder: 'https://data.exemple.fr/api/explore/v2.1', 'aria-describedby': 'cfg-api-base-hint cfg-err-api-base' }),
      h('p', { class: 'cfg-hint', id: 'cfg-api-base-hint' }, 'Laissez vide pour une source publique. L’aperçu montre toujours les données d’exemple.'),
      h('p', { class: 'cfg-error', id: 'cfg-err-api-base' }),
    ),
  );
  const form = h(
    'form',
    { class: 'cfg-form', novalidate: true, 'aria-label': 'Réglages du widget' },
    errors,
    widgetChoice,
    h('fieldset', {}, h('legend', {}, 'Source des données'), h('div', { class: 'cfg-field' }, h('label', { for: 'cfg-source' }, 'Source'), source, h('p', { class: 'cfg-error', id: 'cfg-err-source' }))),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Territoire'),
      h('div', { class: 'cfg-field' }, h('label', { for: 'cfg-region' }, 'Région'), region, h('p', { class: 'cfg-error', id: 'cfg-err-region' })),
      h('div', { class: 'cfg-field' }, h('label', { for: 'cfg-department' }, 'Département'), department, h('p', { class: 'cfg-error', id: 'cfg-err-department' })),
    ),
    presets,
    filters,
    lang,
    colors,
    install,
  ) as HTMLFormElement;
  (form.elements.namedItem('script-src') as HTMLInputElement).value = emptyConfig('').scriptSrc;

  const liveBox = h('div', { class: 'cfg-live' });
  const snippetArea = h('textarea', { id: 'cfg-snippet', readonly: true, rows: '8', spellcheck: 'false', 'aria-describedby': 'cfg-copy-status' }) as HTMLTextAreaElement;
  const copyStatus = h('p', { role: 'status', id: 'cfg-copy-status', class: 'cfg-status' });
  const copy = h('button', { type: 'button', class: 'cfg-copy' }, 'Copier le code');
  const pasteArea = h('textarea', { id: 'cfg-paste', rows: '6', spellcheck: 'false', 'aria-describedby': 'cfg-paste-status' }) as HTMLTextAreaElement;
  const pasteStatus = h('div', { role: 'status', id: 'cfg-paste-status', class: 'cfg-status' });
  const read = h('button', { type: 'button', class: 'cfg-read' }, 'Remplir le formulaire avec ce code');

  root.append(
    h('style', {}, styles),
    h('div', { class: 'cfg' },
      form,
      h('div', { class: 'cfg-output' },
        h('section', { 'aria-labelledby': 'cfg-h-code' }, h('h2', { id: 'cfg-h-code' }, 'Le code à coller dans votre page'), h('label', { for: 'cfg-snippet' }, 'Code (sélectionnable)'), snippetArea, copy, copyStatus),
        h('section', { 'aria-labelledby': 'cfg-h-paste' }, h('h2', { id: 'cfg-h-paste' }, 'Reprendre un code existant'), h('label', { for: 'cfg-paste' }, 'Collez ici un code déjà installé'), pasteArea, read, pasteStatus),
        // Last: the widget is long (a page of results), the code must stay in sight.
        h('section', { 'aria-labelledby': 'cfg-h-live' }, h('h2', { id: 'cfg-h-live' }, 'Aperçu (données d’exemple)'), liveBox),
      ),
    ),
  );

  const input = (name: string): HTMLInputElement | null => form.elements.namedItem(name) as HTMLInputElement | null;

  function fillDepartments(selected: string): void {
    const codes = region.value && REGIONS[region.value] ? REGIONS[region.value]!.departements : Object.values(REGIONS).flatMap((r) => r.departements);
    department.replaceChildren(option('', 'Tous les départements'), ...codes.map((c) => option(c, `${departementName(c)} (${c})`, c === selected)));
    if (selected && !codes.includes(selected)) department.append(option(selected, selected, true));
  }

  function presetField(f: Field): HTMLElement {
    const id = `cfg-p-${f.name}`;
    const err = h('p', { class: 'cfg-error', id: `cfg-err-${f.name}` });
    const name = h('code', {}, f.name);
    if (f.kind === 'list' && f.values) {
      return h('fieldset', { class: 'cfg-group', 'aria-describedby': err.id }, h('legend', {}, f.label, ' ', name), ...f.values.map((v) => h('label', { class: 'cfg-check' }, h('input', { type: 'checkbox', name: f.name, value: v.value }), ` ${v.label}`)), err);
    }
    if (f.kind === 'boolean') return h('div', { class: 'cfg-field' }, h('label', { class: 'cfg-check' }, h('input', { type: 'checkbox', id, name: f.name }), ` ${f.label} `, name), err);
    const control =
      f.kind === 'choice' && f.values
        ? h('select', { id, name: f.name, 'aria-describedby': err.id }, option('', '(par défaut)'), ...f.values.map((v) => option(v.value, v.label)))
        : h('input', { id, name: f.name, type: f.kind === 'number' ? 'number' : f.kind === 'date' ? 'date' : 'text', min: f.min === undefined ? undefined : String(f.min), max: f.max === undefined ? undefined : String(f.max), inputmode: f.kind === 'number' ? 'numeric' : undefined, 'aria-describedby': err.id, autocomplete: 'off' });
    return h('div', { class: 'cfg-field' }, h('label', { for: id }, f.label, ' ', name), control, err);
  }

  function buildWidgetFields(): void {
    source.replaceChildren(...spec.sources.map((s) => option(s.value, s.label)));
    presets.replaceChildren(h('fieldset', {}, h('legend', {}, 'Préréglages'), ...spec.presets.map(presetField)));
    filters.replaceChildren(
      h('fieldset', { 'aria-describedby': 'cfg-err-hide-filters' }, h('legend', {}, 'Filtres masqués (le préréglage reste appliqué)'), ...spec.filters.map((f) => h('label', { class: 'cfg-check' }, h('input', { type: 'checkbox', name: 'hide-filters', value: f.value }), ` ${f.label}`)), h('p', { class: 'cfg-error', id: 'cfg-err-hide-filters' })),
    );
  }

  /** The configuration the form holds. */
  function readForm(): Config {
    const config = emptyConfig(spec.tag);
    config.source = source.value;
    config.region = region.value;
    config.department = department.value;
    for (const f of spec.presets) {
      if (f.kind === 'list' && f.values) {
        const on = [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${f.name}"]`)].filter((c) => c.checked).map((c) => c.value);
        if (on.length) config.presets[f.name] = on.join(' ');
      } else if (f.kind === 'boolean') {
        if (input(f.name)?.checked) config.presets[f.name] = '';
      } else {
        const v = (form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';
        if (v) config.presets[f.name] = v;
      }
    }
    config.hideFilters = [...form.querySelectorAll<HTMLInputElement>('input[name="hide-filters"]')].filter((c) => c.checked).map((c) => c.value);
    config.lang = form.querySelector<HTMLInputElement>('input[name=lang]:checked')?.value === 'en' ? 'en' : 'fr';
    for (const c of COLORS) {
      const v = input(c.name)?.value.toLowerCase() ?? c.default;
      if (v !== c.default) config.colors[c.name] = v;
    }
    config.scriptSrc = input('script-src')?.value.trim() ?? '';
    config.apiBase = input('api-base')?.value.trim() ?? '';
    return config;
  }

  /** The configuration without the values that have a problem (they are said, not used). */
  function usable(config: Config, problems: Problem[]): Config {
    const bad = new Set(problems.map((p) => p.field));
    const out: Config = { ...config, presets: { ...config.presets }, colors: { ...config.colors } };
    for (const k of Object.keys(out.presets)) if (bad.has(k)) delete out.presets[k];
    for (const k of Object.keys(out.colors)) if (bad.has(k) && k !== '--carif-color-on-primary') delete out.colors[k];
    if (bad.has('source')) out.source = '';
    if (bad.has('region')) out.region = '';
    if (bad.has('hide-filters')) out.hideFilters = out.hideFilters.filter((f) => spec.filters.some((x) => x.value === f));
    return out;
  }

  function showProblems(problems: Problem[]): void {
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of form.querySelectorAll('.cfg-error')) el.textContent = '';
    for (const p of problems) {
      const err = form.querySelector(`[id="cfg-err-${p.field}"]`);
      if (err) err.textContent = p.message;
      const control = form.querySelector(`[name="${p.field}"]`);
      control?.setAttribute('aria-invalid', 'true');
    }
    errors.replaceChildren(...(problems.length ? [h('p', {}, problems.length === 1 ? 'Un réglage est à corriger :' : `${problems.length} réglages sont à corriger :`), h('ul', {}, ...problems.map((p) => h('li', {}, p.message)))] : []));
  }

  let current = emptyConfig(spec.tag);
  let liveEl: HTMLElement | null = null;

  function render(): void {
    const config = readForm();
    const problems = check(spec, config);
    showProblems(problems);
    current = usable(config, problems);
    const el = document.createElement(spec.tag);
    for (const [k, v] of attributesOf(spec, current)) el.setAttribute(k, v);
    for (const [k, v] of Object.entries(current.colors)) el.style.setProperty(k, v);
    liveBox.replaceChildren(el);
    liveEl = el;
    void load(spec.tag);
    snippetArea.value = snippetOf(spec, current);
    copyStatus.textContent = '';
  }

  function fill(config: Config): void {
    const next = specs.find((s) => s.tag === config.tag);
    if (!next) return;
    spec = next;
    for (const r of form.querySelectorAll<HTMLInputElement>('input[name=tag]')) r.checked = r.value === spec.tag;
    buildWidgetFields();
    if (!spec.sources.some((s) => s.value === config.source)) source.append(option(config.source, config.source));
    source.value = config.source;
    if (config.region && !REGIONS[config.region]) region.append(option(config.region, config.region));
    region.value = config.region;
    fillDepartments(config.department);
    department.value = config.department;
    for (const f of spec.presets) {
      const v = config.presets[f.name];
      if (f.kind === 'list' && f.values) {
        const on = new Set((v ?? '').split(/\s+/));
        for (const c of form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${f.name}"]`)) c.checked = on.has(c.value);
      } else if (f.kind === 'boolean') {
        const c = input(f.name);
        if (c) c.checked = v !== undefined;
      } else {
        const c = form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement | null;
        if (c instanceof HTMLSelectElement && v && ![...c.options].some((o) => o.value === v)) c.append(option(v, v));
        if (c) c.value = v ?? '';
      }
    }
    const hidden = new Set(config.hideFilters);
    for (const c of form.querySelectorAll<HTMLInputElement>('input[name="hide-filters"]')) c.checked = hidden.has(c.value);
    for (const r of form.querySelectorAll<HTMLInputElement>('input[name=lang]')) r.checked = r.value === config.lang;
    for (const c of COLORS) {
      const el = input(c.name);
      if (el) el.value = /^#[0-9a-f]{6}$/i.test(config.colors[c.name] ?? '') ? config.colors[c.name]!.toLowerCase() : c.default;
    }
    input('script-src')!.value = config.scriptSrc;
    input('api-base')!.value = config.apiBase;
    render();
  }

  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.name === 'tag') {
      fill({ ...readForm(), tag: target.value, source: '', presets: {}, hideFilters: [] });
      return;
    }
    if (e.target === region) fillDepartments(department.value);
    render();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  colors.querySelector('.cfg-reset')!.addEventListener('click', () => {
    for (const c of COLORS) input(c.name)!.value = c.default;
    render();
  });

  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippetArea.value);
      copyStatus.textContent = 'Code copié : collez-le dans votre page.';
    } catch {
      // No clipboard (insecure page, refused permission): the code is selected for Ctrl+C.
      snippetArea.focus();
      snippetArea.select();
      copyStatus.textContent = 'Copie automatique impossible : le code est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).';
    }
  });

  read.addEventListener('click', () => {
    const { config, problems } = parseSnippet(pasteArea.value, specs);
    if (config) {
      fill(config);
      // What the form cannot hold (an unknown value of a list) is said too, with the form's own problems.
      const said = check(spec, readForm());
      showProblems([...problems.filter((p) => p.field !== 'paste' && !said.some((s) => s.message === p.message)), ...said]);
    }
    const words = config ? (problems.length ? `Formulaire rempli, avec ${problems.length === 1 ? 'une remarque' : `${problems.length} remarques`} :` : 'Formulaire rempli depuis le code collé.') : 'Impossible de lire ce code :';
    pasteStatus.replaceChildren(h('p', {}, words), ...(problems.length ? [h('ul', {}, ...problems.map((p) => h('li', {}, p.message)))] : []));
  });

  buildWidgetFields();
  fillDepartments('');
  render();
  return { config: () => current, snippet: () => snippetArea.value, live: () => liveEl, fill };
}
