// custom-elements.json from the JSDoc the code carries (attributes, properties, events, slots, parts, CSS properties).

/**
 * Two things the analyzer cannot read from the code: it takes `CarifElement.emit(name, …)` for an
 * event called "name" (only the documented `carif-*` events are kept), and `lang` is observed by
 * the base class without a property to carry its description.
 */
const LANG = 'Language: `fr` or `en`. Inherited from the nearest ancestor with a `lang` (the page’s `<html lang>`), else French.';

/**
 * The manifest describes the package as installed: the modules are the shipped files (dist/…js),
 * only those a user imports (the index, the loader, one per widget), with the public members only.
 */
const SHIPPED = {
  'src/index.ts': 'dist/index.js',
  'src/carif-widgets.ts': 'dist/carif-widgets.js',
  'src/training-search/training-search.ts': 'dist/training-search.js',
  'src/internship-board/internship-board.ts': 'dist/internship-board.js',
  'src/venue-map/venue-map.ts': 'dist/venue-map.js',
  'src/event-agenda/event-agenda.ts': 'dist/event-agenda.js',
};
/** Type aliases of literal unions (`View`, `Mode`), written out so that tools need not resolve them. */
const aliases = new Map();
const literalUnion = /^\s*(?:'[^']*'|"[^"]*"|\d+)(?:\s*\|\s*(?:'[^']*'|"[^"]*"|\d+))*\s*$/;
const resolveType = (type) => {
  if (!type?.text) return;
  type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => (aliases.has(name) ? aliases.get(name) : name));
};
/** Public for Lit's sake, not for the page's. */
const LIT_PLUMBING = new Set(['addController']);
const bySource = (path) => path?.replace(/^\//, '').replace(/\.js$/, '.ts');

const carifManifest = {
  name: 'carif-manifest',
  analyzePhase({ ts, node }) {
    if (ts.isTypeAliasDeclaration(node) && literalUnion.test(node.type.getText())) aliases.set(node.name.getText(), node.type.getText().replace(/"/g, "'"));
  },
  packageLinkPhase({ customElementsManifest }) {
    const all = customElementsManifest.modules ?? [];
    const source = new Map(all.map((m) => [m.path, m]));
    const shippedPath = (mod) => SHIPPED[bySource(mod)];
    for (const mod of all) {
      for (const d of mod.declarations ?? []) {
        if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('carif-'));
        for (const a of d.attributes ?? []) if (a.name === 'lang' && !a.description) a.description = LANG;
        // Private and protected members are not the element's API (Storybook made them controls).
        if (d.members) d.members = d.members.filter((m) => !m.privacy && !LIT_PLUMBING.has(m.name));
        for (const x of [...(d.attributes ?? []), ...(d.members ?? [])]) resolveType(x.type);
        const lists = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'].flatMap((k) => d[k] ?? []);
        for (const x of [d.superclass, ...lists.map((a) => a.inheritedFrom)]) {
          if (x?.module && !shippedPath(x.module)) delete x.module;
          else if (x?.module) x.module = shippedPath(x.module);
        }
      }
    }
    const kept = [];
    for (const [from, to] of Object.entries(SHIPPED)) {
      const mod = source.get(from);
      if (!mod) throw new Error(`custom-elements-manifest: ${from} not analysed`);
      const element = mod.declarations?.find((d) => d.tagName);
      // An element's module is its define.js entry: it exports the class alone.
      const out = { kind: 'javascript-module', path: to, declarations: element ? [element] : [...(mod.declarations ?? [])], exports: [] };
      for (const e of element ? [] : (mod.exports ?? [])) {
        const at = bySource(e.declaration.module.startsWith('.') ? `src/${e.declaration.module.replace(/^\.\//, '')}` : e.declaration.module);
        if (SHIPPED[at]) {
          out.exports.push({ ...e, declaration: { name: e.declaration.name, module: SHIPPED[at] } });
          continue;
        }
        // A function, class or constant re-exported from an internal module is described here;
        // a type-only export has no declaration in the manifest and is left out of its exports.
        const d = source.get(at)?.declarations?.find((x) => x.name === e.declaration.name);
        if (!d) continue;
        if (!out.declarations.includes(d)) out.declarations.push(d);
        out.exports.push({ ...e, declaration: { name: e.declaration.name, module: to } });
      }
      if (element) {
        out.exports.push({ kind: 'js', name: element.name, declaration: { name: element.name, module: to } });
        out.exports.push({ kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: to } });
      } else {
        out.declarations = out.declarations.filter((d) => out.exports.some((e) => e.declaration.name === d.name));
      }
      kept.push(out);
    }
    customElementsManifest.modules = kept;
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
