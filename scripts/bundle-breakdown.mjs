// Where the bytes of a script-tag file go: each module's share of a CDN build, largest first.
// Sizes are of the module's code as rendered into the bundle before minification (a proxy: gzip
// is not additive), with its minified+gzipped size measured alone beside it.
//   node scripts/bundle-breakdown.mjs [src/training-search/define.ts] [--top 30]
import { gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/experimental';
import { build } from 'vite';
import { propertyDecorators } from './decorators.mjs';
import { leafletCss } from './leaflet-css.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const args = process.argv.slice(2);
const entry = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? 'src/training-search/define.ts';
const top = Number(args[args.indexOf('--top') + 1]) || 30;
const rows = [];
await build({
  configFile: false,
  logLevel: 'silent',
  plugins: [
    minifyTemplates(),
    propertyDecorators(),
    leafletCss(),
    {
      name: 'breakdown',
      generateBundle(_o, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          for (const [id, m] of Object.entries(chunk.modules)) {
            if (!m.code) continue;
            const min = minifySync('m.js', m.code, { compress: true, mangle: true }).code;
            rows.push({ id: id.replace(`${process.cwd()}/`, ''), raw: m.renderedLength, gz: gzipSync(min).length });
          }
        }
      },
    },
  ],
  build: { write: false, target: 'es2022', lib: { entry, formats: ['es'] }, rolldownOptions: { preserveEntrySignatures: 'allow-extension' } },
});
rows.sort((a, b) => b.gz - a.gz);
const total = rows.reduce((n, r) => n + r.gz, 0);
console.log(`${entry}: ${rows.length} modules in the entry file; sum of per-module gzip ${(total / 1000).toFixed(1)} KB`);
for (const r of rows.slice(0, top)) console.log(`${(r.gz / 1000).toFixed(2).padStart(7)} KB gz  ${String(r.raw).padStart(7)} B raw  ${r.id}`);
