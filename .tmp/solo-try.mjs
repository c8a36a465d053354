import { resolve } from 'node:path';
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { minify } from 'terser';
import { leafletCss } from '/work/wt-bytes/scripts/leaflet-css.mjs';
import { minifyTemplates } from '/work/wt-bytes/scripts/minify-templates.mjs';
const [variant, name='training-search'] = process.argv.slice(2);
const entries = { 'training-search': 'src/training-search/define.ts', 'event-agenda': 'src/event-agenda/define.ts', 'internship-board': 'src/internship-board/define.ts', 'venue-map': 'src/venue-map/define.ts' };
const def = resolve(entries[name]); const cfg = resolve('src/core/config.ts');
const code = { star: `export * from ${JSON.stringify(def)};\nexport { configure } from ${JSON.stringify(cfg)};`, side: `import ${JSON.stringify(def)};\nexport { configure } from ${JSON.stringify(cfg)};` }[variant];
const plugin = { name: 'v', resolveId: (id) => (id.includes('carif-solo:') ? '\0carif-solo' : null), load: (id) => (id === '\0carif-solo' ? code : null) };
const mini = { name: 'm', enforce: 'post', async generateBundle(_o, b) { for (const c of Object.values(b)) if (c.type === 'chunk') c.code = (await minify(c.code, { module: true, ecma: 2022, compress: { passes: 3 }, mangle: true })).code; } };
const out = '/tmp/solo-out/' + variant;
await build({ configFile: false, logLevel: 'warn', define: { __CARIF_SOLO__: 'true' }, plugins: [minifyTemplates(), leafletCss(), mini, ...(code ? [plugin] : [])],
  build: { outDir: out, emptyOutDir: true, target: 'es2022', sourcemap: false, lib: { entry: { [name]: code ? 'carif-solo:x' : entries[name] }, formats: ['es'] },
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { entryFileNames: '[name].js', chunkFileNames: `c/[name]-[hash].js` } } } });
const f = `${out}/${name}.js`; const s = readFileSync(f, 'utf8');
console.log(variant, name, gzipSync(s, { level: 9 }).length, 'imports:', [...s.matchAll(/from"([^"]+)"/g)].map((m) => m[1]).join(' '), readdirSync(out + '/c').join(' '));
