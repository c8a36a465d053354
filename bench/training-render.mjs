// Benchmark (not a test): time from request to painted results for 100 records, for
// <carif-training-search> (the built CDN bundle) against a bare fetch + innerHTML of the same
// records, side by side in one run, in headless Debian Chromium, on loopback only.
//   npm run build && npm run bench
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createExploreHandler } from '../api/explore.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const chrome = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find(existsSync);
if (!existsSync('dist/cdn/training-search.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

const api = createExploreHandler({ shiftDates: false });
const types = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };
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

const server = createServer(async (req, res) => {
  if (await api(req, res)) return;
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') return res.end(PAGE);
  const file = normalize(join(process.cwd(), url.pathname));
  if (!file.startsWith(join(process.cwd(), 'dist'))) return res.writeHead(404).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForFunction(() => typeof window.widgetRun === 'function');
  // Warm up both paths once (JIT, module load, dataset load in the API).
  await page.evaluate(() => window.widgetRun(0));
  await page.evaluate(() => window.bareRun(0));
  const widget = [];
  const bare = [];
  for (let i = 1; i <= RUNS; i++) {
    // Alternate, so that both see the same machine state.
    widget.push(await page.evaluate((n) => window.widgetRun(n), i));
    bare.push(await page.evaluate((n) => window.bareRun(n), i));
  }
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const p90 = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length * 0.9)];
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
