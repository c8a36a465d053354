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

/**
 * A load done once (more words, a table, that come with the panel or the detail), and tried again
 * on the next call after it failed (the panel's retry button, the next click).
 */
export function loadOnce(load: () => Promise<unknown>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () =>
    (done ??= load().then(
      () => undefined,
      (e: unknown) => {
        done = undefined;
        throw e;
      },
    ));
}
