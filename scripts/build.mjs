// Builds dist/:
//   dist/*.js            ESM for npm, one subpath export per widget (lit, @lit/task, dompurify left to the app's bundler)
//   dist/cdn/*.js        self-contained ESM for a <script type="module"> tag: carif-widgets.js registers every element,
//                        <widget>.js registers one; shared code in dist/cdn/chunks/
//   dist/types/          type declarations
//   dist/custom-elements.json
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { minifySync } from 'rolldown/experimental';
import { build } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';

const entries = {
  index: 'src/index.ts',
  'carif-widgets': 'src/carif-widgets.ts',
  'training-search': 'src/training-search/define.ts',
};
const external = [/^lit($|\/)/, /^@lit\//, /^dompurify$/, /^leaflet($|\/)/, /^supercluster$/];

rmSync('dist', { recursive: true, force: true });
const started = Date.now();

/** npm: library mode, dependencies external (the app's bundler dedupes and minifies). */
async function npmBuild() {
  await build({
    configFile: false,
    logLevel: 'warn',
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
async function cdnBuild() {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyTemplates(), minifyChunks()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}

function minifyChunks() {
  return {
    name: 'carif-minify-chunks',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = minifySync(chunk.fileName, chunk.code, { compress: true, mangle: true });
        if (out.errors?.length) throw new Error(`minify ${chunk.fileName}: ${out.errors.map((e) => e.message).join('; ')}`);
        chunk.code = out.code;
      }
    },
  };
}

await npmBuild();
await cdnBuild();
execFileSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['--no-install', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'inherit' });
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
