// `npm run build:demo`: the demo pages (demo/*.html) as plain files in demo-static/, publishable
// on any static host (a sub-folder too: paths are relative). With no server behind them, the
// sample API and the replayed hosts answer in the page: api/browser.mjs wraps window.fetch with
// the dev server's own API code, over the same JSON files (copied beside the bundle).
import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const pages = readdirSync('demo').filter((f) => f.endsWith('.html'));

/** Puts the in-page API before any other script of every page, and a site root that sends to demo/. */
function sampleApiInPage(): Plugin {
  return {
    name: 'carif-sample-api-in-page',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [{ tag: 'script', attrs: { type: 'module' }, children: "import { installSampleApi } from '/api/browser.mjs';\ninstallSampleApi();", injectTo: 'head-prepend' }],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'index.html', source: '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=./demo/"><title>carif-oref-widgets</title><a href="./demo/">Démonstration</a>\n' });
    },
  };
}

export default defineConfig({
  root: '.',
  base: './',
  plugins: [sampleApiInPage()],
  build: {
    outDir: 'demo-static',
    emptyOutDir: true,
    // The sample data files are large (formations.json: 14 MB, 1.4 MB gzip): copied, never inlined.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), `demo/${p}`])) },
  },
});
