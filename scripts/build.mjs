// Builds dist/:
//   dist/*.js            ESM for npm, one subpath export per widget (lit, @lit/task, dompurify left to the app's bundler)
//   dist/cdn/carif-widgets.js   one <script type="module"> for every widget: loads each widget's code (shared code in
//                               dist/cdn/chunks/) when its tag appears in the page
//   dist/cdn/<widget>.js        one widget, self-contained (its on-demand parts in dist/cdn/chunks/<widget>/), with
//                               configure(): the loader takes it for a widget alone on its page
//   dist/types/          type declarations
//   dist/custom-elements.json
//   dist/react.d.ts, dist/vue.d.ts, dist/*.html-data.json, dist/*.css-data.json, dist/web-types.json (scripts/editor-types.mjs)
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { minify } from 'terser';
import { build } from 'vite';
import { propertyDecorators } from './decorators.mjs';
import { inlineEntryChunks } from './inline-chunks.mjs';
import { shortCssVars } from './short-css-vars.mjs';
import { leafletCss } from './leaflet-css.mjs';
import { leafletTrustedTypes } from './leaflet-trusted-types.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const entries = {
  index: 'src/index.ts',
  'carif-widgets': 'src/carif-widgets.ts',
  'training-search': 'src/training-search/define.ts',
  'internship-board': 'src/internship-board/define.ts',
  'venue-map': 'src/venue-map/define.ts',
  'event-agenda': 'src/event-agenda/define.ts',
};
const external = [/^lit($|\/)/, /^@lit\//, /^dompurify$/, /^leaflet($|\/)/, /^supercluster$/];

rmSync('dist', { recursive: true, force: true });
const started = Date.now();

/** npm: library mode, dependencies external (the app's bundler dedupes and minifies). */
async function npmBuild() {
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { __CARIF_SOLO__: 'false' },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: { external, output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}

/**
 * CDN: everything bundled and minified. Library mode (an app build would add Vite's module-preload
 * helper, about 1 KB gzip, to every page), with whitespace minification that library mode leaves
 * out for ES output done by Rolldown's minifier, and Lit templates shrunk by minifyTemplates().
 */
async function cdnBuild(entry, chunkDir, codeSplitting) {
  await build({
    configFile: false,
    logLevel: 'warn',
    // A self-contained file (no codeSplitting groups) takes back the chunk Rolldown splits off it.
    plugins: [shortCssVars(), minifyTemplates(), propertyDecorators(), leafletCss(), leafletTrustedTypes(), ...(codeSplitting ? [] : [inlineEntryChunks()]), minifyChunks(), soloEntries()],
    // The loader loads a widget alone on its page from its self-contained file (src/carif-widgets.ts).
    define: { __CARIF_SOLO__: 'true' },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      lib: { entry, formats: ['es'] },
      // Shared modules may stay in the entry file, which then exports them to its on-demand chunks.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { entryFileNames: '[name].js', chunkFileNames: `${chunkDir}/[name]-[hash].js`, ...(codeSplitting && { codeSplitting }) } },
    },
  });
}

/**
 * `carif-solo:<widget>`: a widget's define module plus configure(), the entry of its self-contained
 * file, so that the loader, having loaded that file for a widget alone on its page, can pass on the
 * page's configure() calls to the file's own copy of the settings.
 */
function soloEntries() {
  const prefix = 'carif-solo:';
  return {
    name: 'carif-solo-entries',
    // Vite's library mode hands the entry over as a path: `<root>/carif-solo:<widget>`.
    resolveId: (id) => (id.includes(prefix) ? `\0${id.slice(id.indexOf(prefix))}` : null),
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const path = resolve(entries[id.slice(prefix.length + 1)]);
      return `export * from ${JSON.stringify(path)};\nexport { configure } from ${JSON.stringify(resolve('src/core/config.ts'))};`;
    },
  };
}

function minifyChunks() {
  return {
    name: 'carif-minify-chunks',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // Terser with three passes: about 1 % smaller gzip than Rolldown's own minifier on these files.
        const out = await minify(chunk.code, { module: true, ecma: 2022, compress: { passes: 3 }, mangle: true });
        chunk.code = out.code;
      }
    },
  };
}

/**
 * The loader's chunks, by what a page runs before its widget shows results: one `core` chunk with
 * what the training search and another widget load at once (Lit, the search core, the shared data
 * layer), one `shared` chunk with what only the other widgets share (the lazy map, the calendar,
 * shared styles), one chunk per widget with the rest of what it loads at once, and on-demand
 * modules (details, English, the map, exports) left to the bundler. Rolldown's own grouping made
 * a training-search page fetch 11 files (29.6 KB gzip): each split costs gzip its context.
 */
const WIDGETS = ['training-search', 'internship-board', 'venue-map', 'event-agenda'];
function loaderChunks() {
  let owners;
  const graph = (ctx) => {
    if (owners) return owners;
    owners = new Map();
    for (const w of WIDGETS) {
      const stack = [`${process.cwd()}/src/${w}/define.ts`];
      const seen = new Set();
      while (stack.length) {
        const id = stack.pop();
        if (seen.has(id)) continue;
        seen.add(id);
        if (!owners.has(id)) owners.set(id, new Set());
        owners.get(id).add(w);
        stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
      }
    }
    return owners;
  };
  return {
    includeDependenciesRecursively: false,
    groups: [
      {
        name: (id, ctx) => {
          const users = graph(ctx).get(id);
          // Not loaded at once by a widget, or a define module: the loader's dynamic entry, left its
          // own chunk. Grouped, its define() call was dropped (package.json's sideEffects lists dist/
          // files, not src/). The loader imports config.ts only when the widgets do (core chunk).
          if (!users || id.endsWith('/define.ts')) return null;
          if (users.size === 1) return [...users][0];
          // What only the other widgets share (the lazy map, the agenda's calendar, shared styles):
          // kept out of the training search's path, which has the tightest budget.
          return users.has('training-search') ? 'core' : 'shared';
        },
      },
    ],
  };
}

await npmBuild();
// The all-widgets loader and its shared chunks; then each widget on its own (no chunk shared with
// another widget: one file holds Lit, the core and the widget, which gzips smaller than three).
await cdnBuild({ 'carif-widgets': entries['carif-widgets'], index: entries.index }, 'chunks', loaderChunks());
for (const name of WIDGETS) await cdnBuild({ [name]: `carif-solo:${name}` }, `chunks/${name}`);
execFileSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['--no-install', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'inherit' });
// JSX/Vue typings, VS Code custom data and web-types, from the manifest just made.
execFileSync(process.execPath, ['scripts/editor-types.mjs'], { stdio: 'inherit' });
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
