/** Languages the widgets speak. French is the default. */
export type Lang = 'fr' | 'en';

/**
 * The strings of a module: French built in, English loaded on first use. Every table of words
 * (core, widgets, code labels) goes through this one mechanism.
 */
export function defineStrings<T>(fr: T, loadEn: () => Promise<T>): { get(lang: Lang): T; load(lang: Lang): Promise<T> } {
  const byLang: Partial<Record<Lang, T>> = { fr };
  return {
    get: (lang) => byLang[lang] ?? fr,
    load: async (lang) => (byLang[lang] ??= await loadEn()),
  };
}
