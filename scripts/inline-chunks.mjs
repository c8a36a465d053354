// A Vite plugin for the self-contained CDN files (dist/cdn/<widget>.js): a chunk that the entry
// imports statically and that imports nothing is put back into the entry. Rolldown splits such a
// chunk off although the entry always loads it (rolldown/rolldown#10731, #9963: the 0.1 KB module
// of defineStrings, or the core strings with their dynamic import of the English ones), which costs every page a request made only once the entry is read.
// The chunk's code runs in a function at the place of the entry's import (its names stay its own);
// the lazy chunks that imported it import the same bindings from the entry. Anything that does
// not have the expected shape is left as Rolldown made it.
import { posix } from 'node:path';

const { dirname, join, relative } = posix;

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["'];?/g;
const EXPORT = /export\s*\{([^}]*)\};?\s*$/;
/** `a as b` -> [a, b]; `a` -> [a, a]. */
const specs = (list) => list.split(',').map((s) => s.trim()).filter(Boolean).map((s) => { const [a, b] = s.split(/\s+as\s+/); return [a, b ?? a]; });
const path = (from, to) => { const p = relative(dirname(from), to); return p.startsWith('.') ? p : `./${p}`; };

export function inlineEntryChunks() {
  return {
    name: 'carif-inline-entry-chunks',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) return;
      let n = 0;
      for (const c of chunks) {
        if (c === entry || c.isEntry || c.isDynamicEntry || !entry.imports.includes(c.fileName) || c.imports.length) continue;
        const exported = EXPORT.exec(c.code);
        if (!exported) continue;
        // Its dynamic imports (the English strings) are written again from the entry's folder.
        let dynamic = 0;
        const body = c.code.slice(0, exported.index).replace(/\bimport\((["'])(\.{1,2}\/[^"']+)\1\)/g, (_m, q, spec) => {
          dynamic += 1;
          return `import(${q}${path(entry.fileName, join(dirname(c.fileName), spec))}${q})`;
        });
        if (dynamic !== c.dynamicImports.length || /\bimport\b(?!\()|\bexport\b/.test(body)) continue;
        const made = specs(exported[1]); // [local, exported name]
        const importsOf = (chunk) => [...chunk.code.matchAll(IMPORT)].filter((m) => m[2] === path(chunk.fileName, c.fileName));
        const here = importsOf(entry);
        const entryExport = EXPORT.exec(entry.code);
        if (here.length !== 1 || !entryExport) continue;
        // In the entry: the chunk's code in a function, its exports given the import's local names.
        const names = Object.fromEntries(made.map(([local, name]) => [name, local]));
        const wanted = specs(here[0][1]); // [exported name, local]
        // The lazy chunks that imported it: from the entry, which exports those bindings under new
        // names; a binding the entry itself does not use gets a local name of its own there.
        const others = chunks.filter((o) => o !== entry && o !== c && o.imports.includes(c.fileName)).map((o) => [o, importsOf(o)]);
        // A chunk the entry imports statically would then import the entry back: a cycle, left alone.
        if (others.some(([o, ms]) => ms.length !== 1 || entry.imports.includes(o.fileName))) continue;
        for (const [, [m]] of others) for (const [name] of specs(m[1])) if (!wanted.some(([w]) => w === name)) wanted.push([name, `__carifL${n++}`]);
        if (!wanted.every(([name]) => names[name])) continue;
        // In the entry: the chunk's code in a function, its exports given the import's local names.
        const inlined = `const {${wanted.map(([name, local]) => `${name}:${local}`).join(',')}}=(()=>{${body}return{${made.map(([local, name]) => `${name}:${local}`).join(',')}}})();`;
        const extra = new Map();
        const rewrites = others.map(([o, [m]]) => {
          const items = specs(m[1]).map(([name, local]) => {
            const inEntry = wanted.find(([w]) => w === name)[1];
            if (!extra.has(inEntry)) extra.set(inEntry, `__carif${n++}`);
            return `${extra.get(inEntry)} as ${local}`;
          });
          return [o, m[0], `import{${items.join(',')}}from"${path(o.fileName, entry.fileName)}";`];
        });
        entry.code = entry.code.replace(here[0][0], inlined);
        if (extra.size) {
          const e = EXPORT.exec(entry.code);
          entry.code = `${entry.code.slice(0, e.index)}export{${[e[1].trim(), ...[...extra].map(([local, name]) => `${local} as ${name}`)].filter(Boolean).join(',')}};`;
        }
        for (const [o, from, to] of rewrites) {
          o.code = o.code.replace(from, to);
          o.imports = o.imports.map((f) => (f === c.fileName ? entry.fileName : f));
        }
        entry.imports = entry.imports.filter((f) => f !== c.fileName);
        entry.dynamicImports = [...new Set([...entry.dynamicImports, ...c.dynamicImports])];
        delete bundle[c.fileName];
      }
    },
  };
}
