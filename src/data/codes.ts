import { defineStrings, loadOnce, type Lang } from './lang.js';

/**
 * Code tables of the datasets (docs/datasets.md) with their plain-words labels (the recruitment
 * states, shown only in the training detail, are in its words). French labels are
 * built in; English ones load on demand (codes.en.ts). Codes keep the order of these tables, a
 * fixed and neutral order.
 */
export type TableName = 'publics' | 'voies' | 'modalites' | 'financeurs' | 'niveaux';
export type Labels = Record<TableName, Record<string, string>>;


/**
 * The codes of the tables that only the filter panel and the detail name: their French labels
 * (codes.later.ts) load with them, after the first results. These lists give the codes and their
 * order before then (the presets are checked against them); a test keeps them equal to the labels' keys.
 */
export const LATER_CODES = {
  publics: 'jeunes demandeurs_emploi salaries personnes_handicapees scolaires etudiants familles enseignants tout_public college lycee lycee_pro'.split(' '),
  financeurs: '2 3 4 5 7 8 9 10 11 12 13 14 15 16 17 18 19 20 0'.split(' '),
};

// The training offer's tables: only the training search carries them (the other datasets pick from PUBLICS, data/publics.ts).
const fr: Labels = {
  publics: {},
  financeurs: {},
  voies: {
    apprentissage: 'Apprentissage',
    continue: 'Formation continue',
    scolaire: 'Voie scolaire',
  },
  modalites: {
    '0': 'En présentiel',
    '1': 'Mixte (sur place et à distance)',
    '2': 'À distance',
  },
  niveaux: {
    none: 'Sans niveau spécifique',
    '3': 'CAP, BEP (niveau 3)',
    '4': 'Bac (niveau 4)',
    '5': 'Bac + 2 : BTS, DEUST… (niveau 5)',
    '6': 'Bac + 3 ou 4 : licence, BUT… (niveau 6)',
    '7': 'Bac + 5 : master… (niveau 7)',
    '8': 'Doctorat (niveau 8)',
  },
};

/** A set of code tables with French labels built in and other languages loaded on demand. */
export interface CodeTables<T extends string> {
  /** Loads the labels of a language on first use. */
  load(lang: Lang): Promise<void>;
  /** Label of a code, falling back to the code itself for values a table does not know. */
  label(table: T, code: string | number, lang: Lang): string;
  /** The codes a table knows, in their fixed order. */
  codesOf(table: T): string[];
  /** Whether a table knows a code. */
  isCode(table: T, code: string): boolean;
}

export function codeTables<T extends string>(fr: Record<T, Record<string, string>>, loadEn: () => Promise<Record<T, Record<string, string>>>): CodeTables<T> {
  const tables = defineStrings(fr, loadEn);
  return {
    async load(lang) {
      await tables.load(lang);
    },
    label: (table, code, lang) => tables.get(lang)[table][String(code)] ?? String(code),
    codesOf: (table) => Object.keys(fr[table]),
    isCode: (table, code) => Object.hasOwn(fr[table], code),
  };
}

/** A code table made of some codes of another, in the order given. */
export const pick = (table: Record<string, string>, codes: string[]): Record<string, string> => Object.fromEntries(codes.map((c) => [c, table[c] ?? c]));

/** The code tables of the training offer (LHEO dictionaries, publics). */
// Pure, and reached through functions: a widget that uses none of them (all but the training search) carries neither the tables nor this.
const shared = /* @__PURE__ */ codeTables<TableName>(fr, () => import('./codes.en.js').then((m) => m.en));
const later = (table: TableName): string[] | undefined => (LATER_CODES as Partial<Record<TableName, string[]>>)[table];
export const label: CodeTables<TableName>['label'] = (table, code, lang) => shared.label(table, code, lang);
export const codesOf = (table: TableName): string[] => later(table) ?? shared.codesOf(table);
export const isCode = (table: TableName, code: string): boolean => later(table)?.includes(code) ?? shared.isCode(table, code);
/** The labels of a language (English loads on first use). */
export const loadCodeLabels = (lang: Lang): Promise<void> => shared.load(lang);
/** The French labels of the publics and the funders, for the filter panel and the detail: added to `fr`, the very table `shared` reads French labels from. */
export const loadLaterLabels = loadOnce(() => import('./codes.later.js').then((m) => Object.assign(fr, m.later)));

/**
 * Département names (departements.ts), loaded with the filter panel and the details (lazy-panel.ts,
 * detail-dialog.ts): until then, and for a département the table does not know, its code. A card
 * names a département only when its commune is missing.
 */
const departements: Record<string, string> = {};
export const loadDepartements = loadOnce(() => import('./departements.js').then((m) => Object.assign(departements, m.DEPARTEMENTS)));

/** Département label with its code: "Côte-d’Or (21)". */
export const departementLabel = (code: string): string => (departements[code] ? `${departements[code]} (${code})` : code);

/**
 * Levels on the 2019 scale (what the widgets show) and the LHEO dict-niveaux codes of both scales
 * that mean each of them: old codes 0-8 and new codes 11-18 both appear in real data.
 */
export const NIVEAU_CODES: Record<string, number[]> = {
  none: [1, 2, 3, 11, 12],
  '3': [4, 13],
  '4': [5, 14],
  '5': [6, 15],
  '6': [7, 16],
  '7': [8, 17],
  '8': [18],
};

/** The 2019-scale level key ('3'..'8' or 'none') of a dict-niveaux code; null when not given. */
export function niveau2019(code: number | null): string | null {
  if (code === null) return null;
  for (const [key, codes] of Object.entries(NIVEAU_CODES)) if (codes.includes(code)) return key;
  return null;
}
