// Benchmark (not a test): time from request to painted results for 100 records, for
// <carif-training-search> (the built CDN bundle) against a bare fetch + innerHTML of the same
// records, side by side in one run, in headless Debian Chromium, on loopback only.
//   npm run build && npm run bench
import { launch, median, p90, requireBuild, serveBuilt, timeSideBySide } from './harness.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
requireBuild('dist/cdn/index.js');

const PAGE = `<!doctype html><html lang="fr"><meta charset="utf-8"><body><div id="host"></div>
<script type="module">
  // The element and clearCache from one module graph: the response cache is emptied before each
  // run, so that every run pays for its request.
  const { CarifTrainingSearch, clearCache } = await import('/dist/cdn/index.js');
  CarifTrainingSearch.define('carif-training-search');
  const URL_ = '/api/explore/v2.1/catalog/datasets/formations/records?limit=100&offset=';
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  window.widgetRun = async (i) => {
    const host = document.getElementById('host');
    host.innerHTML = '';
    const el = document.createElement('carif-training-search');
    const t0 = performance.now();
    el.setAttribute('page-size', '100');
    el.setAttribute('hide-filters', 'niveau voie modalite public financeur department');
    clearCache();
    const done = new Promise((r) => el.addEventListener('carif-results', r, { once: true }));
    host.append(el);
    await done;
    await painted();
    return performance.now() - t0;
  };
  window.bareRun = async (i) => {
    const host = document.getElementById('host');
    host.innerHTML = '';
    const t0 = performance.now();
    const res = await fetch(URL_ + '0');
    const { results } = await res.json();
    host.innerHTML = '<ol>' + results.map((r) => '<li><h3>' + r.intitule_formation + '</h3><p>' + r.organisme_nom + ' — ' + r.lieu_ville + '</p></li>').join('') + '</ol>';
    await painted();
    return performance.now() - t0;
  };
</script>`;

const { server, base } = await serveBuilt(PAGE);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => typeof window.widgetRun === 'function');
  const { widgetRun: widget, bareRun: bare } = await timeSideBySide(page, ['widgetRun', 'bareRun'], RUNS);
  const w = median(widget);
  const b = median(bare);
  console.log(`request → painted, 100 records, ${RUNS} runs each (ms)`);
  console.log(`                         median     p90`);
  console.log(`bare fetch + innerHTML   ${b.toFixed(1).padStart(6)}  ${p90(bare).toFixed(1).padStart(6)}`);
  console.log(`<carif-training-search>  ${w.toFixed(1).padStart(6)}  ${p90(widget).toFixed(1).padStart(6)}`);
  console.log(`ratio widget / bare: ${(w / b).toFixed(2)}`);
} finally {
  await browser.close();
  server.close();
}
