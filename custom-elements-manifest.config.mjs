// custom-elements.json from the JSDoc the code carries (attributes, properties, events, slots, parts, CSS properties).

/**
 * Two things the analyzer cannot read from the code: it takes `CarifElement.emit(name, …)` for an
 * event called "name" (only the documented `carif-*` events are kept), and `lang` is observed by
 * the base class without a property to carry its description.
 */
const LANG = 'Language: `fr` or `en`. Inherited from the nearest ancestor with a `lang` (the page’s `<html lang>`), else French.';
const carifManifest = {
  name: 'carif-manifest',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const d of mod.declarations ?? []) {
        if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('carif-'));
        for (const a of d.attributes ?? []) if (a.name === 'lang' && !a.description) a.description = LANG;
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/strings.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [carifManifest],
};
