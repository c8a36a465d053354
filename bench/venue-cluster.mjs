// Benchmark (not a test): time to cluster and draw 10,000 venues at three zoom levels, with our
// shared map (Leaflet's ES build + supercluster + our markers, src/core/map/cluster-map.ts) against
// Leaflet.markercluster (UMD Leaflet with a global L, as that plugin requires; a dev dependency
// for this benchmark only), side by side in one run, in headless Debian Chromium, no tiles.
// Both sides do the same work: the same points, the same cluster radius in screen pixels and the same
// zoom levels clustered (ours exports them as CLUSTERING; markercluster gets maxClusterRadius and
// disableClusteringAtZoom from it), 44-pixel DOM markers, timed from the points given to the first
// frame after they are drawn. What differs is each library's own way: markercluster takes one
// L.marker per point (made in the timed part, as a page must) and draws the view padded by its own
// size on each side; ours draws the view only.
// The median is the figure; the best run is printed beside it (on a machine shared with other work,
// the runs that another process slowed down lie above it, and more for the side that takes less time).
//   npm run bench:map          (RUNS=11 by default; SAMPLES=1 prints every run, and its synchronous
//                               part, before the frame)
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { launch, median, serve } from './harness.mjs';

const RUNS = Number(process.env.RUNS ?? 11);
const N = 10_000;
const ZOOMS = [6, 9, 12];

// Our map module, bundled as the library bundles it (Leaflet's CSS imported as text).
const ours = await build({
  entryPoints: ['src/core/map/cluster-map.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  tsconfig: 'tsconfig.json',
  plugins: [
    {
      name: 'css-inline',
      setup(b) {
        b.onResolve({ filter: /\.css\?inline$/ }, (a) => ({ path: new URL(`../node_modules/${a.path.replace('?inline', '')}`, import.meta.url).pathname, namespace: 'css-text' }));
        b.onLoad({ filter: /.*/, namespace: 'css-text' }, async (a) => ({ contents: await readFile(a.path, 'utf8'), loader: 'text' }));
      },
    },
  ],
});
const files = {
  '/ours.js': ['text/javascript', ours.outputFiles[0].text],
  '/leaflet.js': ['text/javascript', await readFile('node_modules/leaflet/dist/leaflet.js', 'utf8')],
  '/leaflet.css': ['text/css', await readFile('node_modules/leaflet/dist/leaflet.css', 'utf8')],
  '/markercluster.js': ['text/javascript', await readFile('node_modules/leaflet.markercluster/dist/leaflet.markercluster.js', 'utf8')],
  '/markercluster.css': ['text/css', (await readFile('node_modules/leaflet.markercluster/dist/MarkerCluster.css', 'utf8')) + (await readFile('node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css', 'utf8'))],
};

// The same 10,000 seeded points for both, spread over metropolitan France, denser around cities.
const POINTS_JS = `
  let seed = 42; const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const cities = [[48.86, 2.35], [45.76, 4.83], [43.3, 5.37], [47.32, 5.04], [48.11, -1.68], [50.63, 3.06], [43.6, 1.44], [47.22, -1.55]];
  window.points = Array.from({ length: ${N} }, (_, i) => {
    const near = rnd() < 0.6; const c = cities[i % cities.length];
    const lat = near ? c[0] + (rnd() - 0.5) * 0.8 : 42.5 + rnd() * 8.5;
    const lon = near ? c[1] + (rnd() - 0.5) * 1.2 : -4.5 + rnd() * 12.5;
    return { id: 'v' + i, lat, lon, label: 'Lieu ' + i };
  });
  window.painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  window.host = () => { const d = document.getElementById('map'); d.replaceChildren(); const m = document.createElement('div'); m.style.cssText = 'width:1000px;height:700px'; d.append(m); return m; };
`;
const PAGE_OURS = `<!doctype html><meta charset="utf-8"><div id="map"></div><script type="module">
  ${POINTS_JS}
  const { ClusterMap, CLUSTERING } = await import('/ours.js');
  window.clustering = CLUSTERING;
  window.run = async (zoom) => {
    const el = host();
    const map = new ClusterMap(el, { tileUrl: 'none', lang: 'fr', center: { lat: 47.32, lon: 5.04 }, zoom, onSelect() {} });
    const t0 = performance.now();
    map.setPoints(points, true);
    window.sync = performance.now() - t0;
    await painted();
    const ms = performance.now() - t0;
    const markers = el.querySelectorAll('.leaflet-marker-icon').length;
    map.destroy();
    return { ms, markers };
  };
  window.ready = true;
</script>`;
const PAGE_MC = `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/leaflet.css"><link rel="stylesheet" href="/markercluster.css">
<script src="/leaflet.js"></script><script src="/markercluster.js"></script><div id="map"></div><script>
  ${POINTS_JS}
  window.run = async (zoom, clustering) => {
    const el = host();
    const map = L.map(el, { maxZoom: 18, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false }).setView([47.32, 5.04], zoom);
    const t0 = performance.now();
    const group = L.markerClusterGroup({ animate: false, chunkedLoading: false, maxClusterRadius: clustering.radius, disableClusteringAtZoom: clustering.maxZoom + 1 });
    group.addLayers(points.map((p) => L.marker([p.lat, p.lon], { icon: L.divIcon({ html: '<span></span>', className: 'pt', iconSize: [44, 44] }), keyboard: true, title: p.label })));
    map.addLayer(group);
    window.sync = performance.now() - t0;
    await painted();
    const ms = performance.now() - t0;
    const markers = el.querySelectorAll('.leaflet-marker-icon').length;
    map.remove();
    return { ms, markers };
  };
  window.ready = true;
</script>`;

const { server, base } = await serve((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/ours') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE_OURS);
  if (path === '/markercluster') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE_MC);
  const f = files[path];
  if (!f) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': f[0] }).end(f[1]);
});
const browser = await launch();
try {
  const pages = {};
  let clustering;
  for (const name of ['ours', 'markercluster']) {
    pages[name] = await browser.newPage();
    await pages[name].setViewport({ width: 1100, height: 800 });
    await pages[name].goto(`${base}/${name}`);
    await pages[name].waitForFunction(() => window.ready === true);
    clustering ??= await pages[name].evaluate(() => window.clustering);
    await pages[name].bringToFront();
    await pages[name].evaluate((z, c) => window.run(z, c), ZOOMS[0], clustering); // warm-up
  }
  console.log(`cluster and draw ${N.toLocaleString('en')} venues, no tiles, ${RUNS} runs each, median ms (markers drawn) [best]; radius ${clustering.radius} px, clustered up to zoom ${clustering.maxZoom}`);
  console.log('zoom   supercluster (ours)      Leaflet.markercluster     ratio ours/markercluster   ours faster by [best runs]');
  for (const zoom of ZOOMS) {
    const r = { ours: [], markercluster: [] };
    const drawn = {};
    for (let i = 0; i < RUNS; i++) {
      // Alternate, so that both see the same machine state.
      for (const name of ['ours', 'markercluster']) {
        // A background tab gets no animation frames: bring each page forward before its run.
        await pages[name].bringToFront();
        const { ms, markers } = await pages[name].evaluate((z, c) => window.run(z, c), zoom, clustering);
        r[name].push(ms);
        (r[name + 'Sync'] ??= []).push(await pages[name].evaluate(() => window.sync));
        drawn[name] = markers;
      }
    }
    if (process.env.SAMPLES) for (const k of Object.keys(r)) console.log(k.padEnd(18), r[k].map((x) => x.toFixed(0)).join(' '));
    const o = median(r.ours);
    const m = median(r.markercluster);
    const [ob, mb] = [Math.min(...r.ours), Math.min(...r.markercluster)];
    console.log(
      `${String(zoom).padStart(4)}   ${o.toFixed(1).padStart(8)} (${String(drawn.ours).padStart(4)}) [${ob.toFixed(0).padStart(3)}]   ${m.toFixed(1).padStart(8)} (${String(drawn.markercluster).padStart(4)}) [${mb.toFixed(0).padStart(4)}]        ${(o / m).toFixed(2)}                  ${(m / o).toFixed(1)}× [${(mb / ob).toFixed(1)}×]`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
