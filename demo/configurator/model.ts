/**
 * The embed configurator's model (demo code, not in the library): which attributes each widget
 * takes (read from custom-elements.json, the manifest built from the widgets' JSDoc), a
 * configuration's snippet, and a pasted snippet read back into a configuration.
 */
import { codesOf, label, type TableName } from '../../src/data/codes.js';
import { DEPARTEMENTS } from '../../src/data/departements.js';
import { later } from '../../src/data/codes.later.js';
import { PUBLICS } from '../../src/data/publics.js';

/** A code's French label, the publics' and funders' included (the widgets load those with their filters). */
const frLabel = (table: TableName, code: string): string => (later as Partial<Record<TableName, Record<string, string>>>)[table]?.[code] ?? label(table, code, 'fr');

export type ManifestAttribute = { name: string; type?: { text?: string }; default?: string; description?: string };
export type Manifest = { modules?: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] };

export type Field = {
  name: string;
  label: string;
  hint: string;
  kind: 'text' | 'number' | 'boolean' | 'choice' | 'list' | 'date';
  /** The values a choice or list accepts (a closed list). */
  values?: { value: string; label: string }[];
  min?: number;
  max?: number;
};

export type WidgetSpec = { tag: string; label: string; sources: { value: string; label: string }[]; presets: Field[]; filters: { value: string; label: string }[] };

/** A configuration: what the form holds and what a snippet says. */
export type Config = {
  tag: string;
  source: string;
  region: string;
  department: string;
  presets: Record<string, string>;
  hideFilters: string[];
  lang: 'fr' | 'en';
  colors: Record<string, string>;
  scriptSrc: string;
  apiBase: string;
};

export const WIDGET_LABELS: Record<string, string> = {
  'carif-training-search': 'Recherche de formations',
  'carif-venue-map': 'Carte des lieux de conseil',
  'carif-event-agenda': 'Agenda des événements',
  'carif-internship-board': 'Stages et immersions',
};

/** The sources of each widget (docs/sources.md, each widget's README); '' is the widgets' own data contract. */
const CONTRACT = { value: '', label: 'Données du Carif-Oref (portail Opendatasoft)' };
const SOURCES: Record<string, { value: string; label: string }[]> = {
  'carif-training-search': [CONTRACT, { value: 'rco', label: 'Catalogue de l’apprentissage du Réseau des Carif-Oref (rco)' }],
  'carif-venue-map': [
    CONTRACT,
    { value: 'annuaire', label: 'Annuaire de l’administration, DILA (annuaire)' },
    { value: 'education', label: 'CIO de l’Annuaire de l’éducation (education)' },
    { value: 'annuaire education', label: 'Les deux annuaires (annuaire education)' },
  ],
  'carif-event-agenda': [CONTRACT, { value: 'openagenda', label: 'Événements publics d’OpenAgenda (openagenda)' }],
  'carif-internship-board': [CONTRACT],
};

/** The seed regions of the sample data and their départements (INSEE codes). */
export const REGIONS: Record<string, { name: string; departements: string[] }> = {
  '27': { name: 'Bourgogne-Franche-Comté', departements: ['21', '25', '39', '58', '70', '71', '89', '90'] },
  '24': { name: 'Centre-Val de Loire', departements: ['18', '28', '36', '37', '41', '45'] },
  '53': { name: 'Bretagne', departements: ['22', '29', '35', '56'] },
  '44': { name: 'Grand Est', departements: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'] },
};
export const departementName = (code: string): string => DEPARTEMENTS[code] ?? code;

/** Attributes the form sets elsewhere (source, place, filters, language) or that a webmaster does not need here. */
const NOT_PRESETS = new Set(['source', 'region', 'department', 'hide-filters', 'lang', 'api-base', 'dataset', 'communes-dataset', 'timeout', 'publics', 'tile-url', 'tile-attribution', 'tile-max-zoom']);

/** Plain French labels of the attributes (the manifest's descriptions, in English, become the hints). */
const LABELS: Record<string, string> = {
  public: 'Publics', types: 'Types', niveau: 'Niveaux', voie: 'Voies', modalite: 'Modalités', financeur: 'Financeurs',
  near: 'Près de (commune, code postal ou « lat,lon »)', radius: 'Rayon autour de ce lieu (km)', from: 'À partir du', to: 'Jusqu’au',
  view: 'Affichage', layout: 'Mise en page', 'max-items': 'Nombre d’événements (mise en page compacte)', 'see-all': 'Lien « Voir tout » (mise en page compacte)',
  'show-past': 'Montrer aussi les événements passés', 'page-size': 'Résultats par page', 'sync-url': 'Écrire la recherche dans l’adresse de la page',
  heading: 'Titre au-dessus du widget', sector: 'Secteurs (lettres de section NAF, séparées par des espaces)', mode: 'Mode', networks: 'Réseaux',
  services: 'Services', center: 'Centre initial de la carte (« lat,lon »)', zoom: 'Zoom initial (avec le centre)', height: 'Hauteur de la carte (par ex. 400px)',
  agenda: 'Agendas OpenAgenda (identifiants, séparés par des espaces)',
};

const FILTER_LABELS: Record<string, string> = {
  search: 'Recherche par mots', niveau: 'Niveau', voie: 'Voie', modalite: 'Modalité', public: 'Public', financeur: 'Financeur',
  department: 'Département', near: 'Près de chez moi', dates: 'Dates', recrutement: 'Inscriptions ouvertes', handicap: 'Accessibilité (handicap)',
  sort: 'Tri', view: 'Affichage', type: 'Type', attendance: 'Sur place ou en ligne', free: 'Gratuit', mode: 'Offres ou employeurs',
  sector: 'Secteur', period: 'Période', duration: 'Durée', map: 'Carte', network: 'Réseau', service: 'Service', open: 'Ouvert maintenant',
};

const VALUE_LABELS: Record<string, string> = { list: 'Liste', month: 'Calendrier du mois', full: 'Complète', compact: 'Compacte (les prochains seulement)', offers: 'Offres', employers: 'Annuaire des employeurs' };

/** Code tables of the data layer for the attributes that take their codes. */
const TABLES: Record<string, 'voies' | 'modalites' | 'financeurs' | 'niveaux'> = { voie: 'voies', modalite: 'modalites', financeur: 'financeurs', niveau: 'niveaux' };

const ticks = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const open = (text: string): boolean => /e\.g\.|…|\.\./.test(text);

function fieldOf(tag: string, a: ManifestAttribute): Field {
  const description = (a.description ?? '').replace(/\s+/g, ' ').trim();
  const type = a.type?.text ?? 'string';
  const base = { name: a.name, label: LABELS[a.name] ?? a.name, hint: description };
  const table = TABLES[a.name];
  if (table) return { ...base, kind: 'list', values: codesOf(table).map((c) => ({ value: c, label: frLabel(table, c) })) };
  if (type.includes('boolean')) return { ...base, kind: 'boolean' };
  const discrete = /:\s*((?:\d+,\s*)+\d+)\s+or\s+(\d+)/.exec(description);
  if (type.includes('number') && discrete) return { ...base, kind: 'choice', values: [...discrete[1]!.split(/,\s*/), discrete[2]!].map((v) => ({ value: v, label: v })) };
  if (type.includes('number')) {
    const range = /(\d+) to (\d+)/.exec(description);
    return { ...base, kind: 'number', ...(range ? { min: Number(range[1]), max: Number(range[2]) } : {}) };
  }
  if (type.includes('[]')) {
    const first = ticks(description)[0] ?? '';
    const values = first.split(/\s+/).filter(Boolean);
    if (values.length > 1 && !open(description)) return { ...base, kind: 'list', values: values.map((v) => ({ value: v, label: PUBLICS[v] ?? v })) };
    return { ...base, kind: 'text' };
  }
  const literals = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  const choices = literals.length > 1 ? literals : type !== 'string' ? ticks(description).filter((t) => /^[a-z]+$/.test(t)) : [];
  if (choices.length > 1) return { ...base, kind: 'choice', values: choices.map((v) => ({ value: v, label: VALUE_LABELS[v] ?? v })) };
  if (/YYYY-MM-DD/.test(description)) return { ...base, kind: 'date' };
  void tag;
  return { ...base, kind: 'text' };
}

/** The four widgets as the manifest describes them. */
export function widgetsOf(manifest: Manifest): WidgetSpec[] {
  const specs: WidgetSpec[] = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName || !WIDGET_LABELS[d.tagName]) continue;
      const attributes = d.attributes ?? [];
      const hide = attributes.find((a) => a.name === 'hide-filters');
      specs.push({
        tag: d.tagName,
        label: WIDGET_LABELS[d.tagName]!,
        sources: SOURCES[d.tagName] ?? [CONTRACT],
        presets: attributes.filter((a) => !NOT_PRESETS.has(a.name)).map((a) => fieldOf(d.tagName!, a)),
        filters: ticks(hide?.description ?? '')[0]?.split(/\s+/).filter(Boolean).map((v) => ({ value: v, label: FILTER_LABELS[v] ?? v })) ?? [],
      });
    }
  }
  return Object.keys(WIDGET_LABELS).map((tag) => specs.find((s) => s.tag === tag)).filter((s): s is WidgetSpec => !!s);
}

/** The theme colours offered, with the widgets' defaults (src/core/styles.ts): a default colour is left out of the snippet. */
export const COLORS: { name: string; label: string; default: string }[] = [
  { name: '--carif-color-primary', label: 'Couleur principale (boutons, liens)', default: '#1d4f91' },
  { name: '--carif-color-on-primary', label: 'Texte sur la couleur principale', default: '#ffffff' },
  { name: '--carif-color-text', label: 'Texte', default: '#1e1e1e' },
  { name: '--carif-color-surface', label: 'Fond des cartes', default: '#ffffff' },
  { name: '--carif-color-focus', label: 'Contour du focus clavier', default: '#0a58ca' },
];

export const DEFAULT_SCRIPT = 'https://cdn.jsdelivr.net/npm/carif-oref-widgets/dist/cdn/carif-widgets.js';

/** A problem of a configuration: the field it is about and one plain sentence. */
export type Problem = { field: string; message: string };

/** What is wrong with a configuration, in plain French, field by field. */
export function check(spec: WidgetSpec, config: Config): Problem[] {
  const problems: Problem[] = [];
  if (!spec.sources.some((s) => s.value === config.source)) problems.push({ field: 'source', message: `Source « ${config.source} » inconnue pour ce widget. Sources possibles : ${spec.sources.map((s) => s.value || '(aucune : les données du Carif-Oref)').join(', ')}.` });
  if (config.region && !REGIONS[config.region]) problems.push({ field: 'region', message: `Région « ${config.region} » inconnue. Régions possibles : ${Object.keys(REGIONS).join(', ')}.` });
  if (config.department && !DEPARTEMENTS[config.department]) problems.push({ field: 'department', message: `Département « ${config.department} » inconnu des données d’exemple.` });
  if (config.region && config.department && REGIONS[config.region] && !REGIONS[config.region]!.departements.includes(config.department)) problems.push({ field: 'department', message: `Le département ${config.department} n’est pas dans la région ${REGIONS[config.region]!.name} : aucun résultat ne serait montré.` });
  for (const f of config.hideFilters) if (!spec.filters.some((x) => x.value === f)) problems.push({ field: 'hide-filters', message: `Filtre « ${f} » inconnu. Filtres possibles : ${spec.filters.map((x) => x.value).join(', ')}.` });
  for (const [name, value] of Object.entries(config.presets)) {
    const field = spec.presets.find((f) => f.name === name);
    if (!field) {
      problems.push({ field: name, message: `L’attribut « ${name} » n’existe pas sur <${spec.tag}>.` });
      continue;
    }
    const label = field.label;
    if (field.kind === 'list' && field.values) {
      const bad = value.split(/\s+/).filter((v) => v && !field.values!.some((x) => x.value === v));
      if (bad.length) problems.push({ field: name, message: `${label} : valeur inconnue « ${bad.join(' ')} ». Valeurs possibles : ${field.values.map((x) => x.value).join(', ')}.` });
    } else if (field.kind === 'choice' && field.values && !field.values.some((x) => x.value === value)) {
      problems.push({ field: name, message: `${label} : « ${value} » n’est pas possible. Choisissez parmi : ${field.values.map((x) => x.value).join(', ')}.` });
    } else if (field.kind === 'number') {
      const n = Number(value);
      if (!/^\d+$/.test(value) || (field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) problems.push({ field: name, message: `${label} : un nombre entier${field.min !== undefined ? ` de ${field.min} à ${field.max}` : ''}, pas « ${value} ».` });
    } else if (field.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      problems.push({ field: name, message: `${label} : une date au format AAAA-MM-JJ, pas « ${value} ».` });
    } else if (field.kind === 'boolean' && value !== '') {
      problems.push({ field: name, message: `${label} : cet attribut s’écrit sans valeur.` });
    }
  }
  if (config.lang !== 'fr' && config.lang !== 'en') problems.push({ field: 'lang', message: `Langue « ${String(config.lang)} » inconnue : fr ou en.` });
  for (const [name, value] of Object.entries(config.colors)) {
    if (!COLORS.some((c) => c.name === name)) problems.push({ field: name, message: `Propriété « ${name} » non proposée ici (voir la liste des propriétés --carif-* du README).` });
    else if (!/^#[0-9a-f]{6}$/i.test(value)) problems.push({ field: name, message: `${name} : une couleur au format #rrggbb, pas « ${value} ».` });
  }
  const contrast = contrastOf(config.colors['--carif-color-primary'] ?? '#1d4f91', config.colors['--carif-color-on-primary'] ?? '#ffffff');
  if (contrast !== null && contrast < 4.5) problems.push({ field: '--carif-color-on-primary', message: `Le texte des boutons est peu lisible sur la couleur principale (contraste ${contrast.toFixed(1)}:1, il faut au moins 4,5:1).` });
  if (!/^https:\/\/\S+$/.test(config.scriptSrc)) problems.push({ field: 'script-src', message: 'L’adresse du script doit commencer par https://.' });
  if (config.apiBase && !/^https:\/\/\S+$/.test(config.apiBase)) problems.push({ field: 'api-base', message: 'L’adresse du portail de données doit commencer par https://.' });
  return problems;
}

/** WCAG contrast ratio of two #rrggbb colours (null when one is not such a colour). */
export function contrastOf(a: string, b: string): number | null {
  const lum = (hex: string): number | null => {
    if (!/^#[0-9a-f]{6}$/i.test(hex)) return null;
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)];
  if (x === null || y === null) return null;
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The element's attributes, in a fixed order: source, place, presets (the manifest's order), hidden filters, language. */
export function attributesOf(spec: WidgetSpec, config: Config): [string, string][] {
  const out: [string, string][] = [];
  if (config.source) out.push(['source', config.source]);
  if (config.region) out.push(['region', config.region]);
  if (config.department) out.push(['department', config.department]);
  for (const f of spec.presets) if (f.name in config.presets) out.push([f.name, config.presets[f.name]!]);
  if (config.hideFilters.length) out.push(['hide-filters', config.hideFilters.join(' ')]);
  if (config.lang === 'en') out.push(['lang', 'en']);
  return out;
}

const escapeAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet to paste: the loader's script tag, a style for the colours, the element. */
export function snippetOf(spec: WidgetSpec, config: Config): string {
  const lines = [`<script type="module" src="${escapeAttr(config.scriptSrc)}"${config.apiBase ? `\n        data-api-base="${escapeAttr(config.apiBase)}"` : ''}></script>`];
  const colors = COLORS.filter((c) => config.colors[c.name]);
  if (colors.length) lines.push(`<style>\n  ${spec.tag} {\n${colors.map((c) => `    ${c.name}: ${config.colors[c.name]};`).join('\n')}\n  }\n</style>`);
  const attrs = attributesOf(spec, config).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
  lines.push(`<${spec.tag}${attrs}></${spec.tag}>`);
  return lines.join('\n') + '\n';
}

export const emptyConfig = (tag: string): Config => ({ tag, source: '', region: '', department: '', presets: {}, hideFilters: [], lang: 'fr', colors: {}, scriptSrc: DEFAULT_SCRIPT, apiBase: '' });

/**
 * A pasted snippet read back (with DOMParser: nothing of it runs, nothing reaches the live page).
 * Returns the configuration, or the problems that stop reading it.
 */
export function parseSnippet(text: string, specs: WidgetSpec[]): { config?: Config; problems: Problem[] } {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html');
  const el = [...doc.querySelectorAll('*')].find((e) => e.localName.startsWith('carif-'));
  if (!el) return { problems: [{ field: 'paste', message: 'Aucun élément <carif-…> trouvé dans le code collé.' }] };
  const spec = specs.find((s) => s.tag === el.localName);
  if (!spec) return { problems: [{ field: 'paste', message: `<${el.localName}> n’est pas un widget connu : ${specs.map((s) => `<${s.tag}>`).join(', ')}.` }] };
  const config = emptyConfig(spec.tag);
  const problems: Problem[] = [];
  for (const { name, value } of [...el.attributes]) {
    if (name === 'source') config.source = value.trim().split(/\s+/).join(' ');
    else if (name === 'region') config.region = value.trim();
    else if (name === 'department') config.department = value.trim();
    else if (name === 'hide-filters') config.hideFilters = value.trim().split(/\s+/).filter(Boolean);
    else if (name === 'lang') config.lang = value.trim() as Config['lang'];
    else if (spec.presets.some((f) => f.name === name)) config.presets[name] = value.trim();
    else problems.push({ field: 'paste', message: `L’attribut « ${name} » n’est pas proposé par le configurateur pour <${spec.tag}> : il est ignoré.` });
  }
  const script = doc.querySelector('script[src]');
  if (script) config.scriptSrc = script.getAttribute('src') ?? DEFAULT_SCRIPT;
  config.apiBase = script?.getAttribute('data-api-base') ?? '';
  for (const style of doc.querySelectorAll('style')) {
    for (const m of (style.textContent ?? '').matchAll(/(--carif-[a-z-]+)\s*:\s*([^;}]+)/g)) config.colors[m[1]!] = m[2]!.trim();
  }
  return { config, problems: [...problems, ...check(spec, config)] };
}
