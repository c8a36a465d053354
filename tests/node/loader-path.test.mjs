// What a partner page downloads through the README's loader (dist/cdn/carif-widgets.js) before
// its widgets show results, measured in headless Chromium: a static server over dist/ and the
// embedded Explore API, one page per case of issue 15's table; every script the page requested
// before its widgets showed results (the loader, the widget's file or the shared chunks, the map
// chunk when a map is drawn) is counted at gzip level 9, as bundle-size.test.mjs counts single files.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { createExploreHandler } from '../../api/explore.mjs';

const KB = 1000;
const chrome = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find(existsSync);

/**
 * Budgets from issue 15 (KB gzip). `target` is the budget; `budget` is what this test
 * enforces: the target where the build meets it, else the figure measured last (a ceiling so that
 * the path cannot grow back while the rest is done). A widget alone on its page takes its
 * self-contained file (the loader, then dist/cdn/<widget>.js). What loads once the results are
 * on screen (the filter panel, the board's directory, the agenda's month grid, the details) is
 * not on the path: 27.32, 31.89 and 29.24 KB before that split, 26.52, 29.44 and 27.72 after;
 * the training search 26.20 once its facet counts, the publics' and funders' labels and the panel's
 * own styles came off it, 24.98 once the contact blocks, HTTP error reading, département names,
 * panel words, place lookups, tick-box styles and dialog behaviour did (agenda 28.66, board 26.67).
 */
const PAGES = [
  { name: 'training search only', tags: '<carif-training-search></carif-training-search>', target: 25, budget: 25 },
  { name: 'event agenda only', tags: '<carif-event-agenda></carif-event-agenda>', target: 30, budget: 30 },
  { name: 'internship board only (map not opened)', tags: '<carif-internship-board></carif-internship-board>', target: 28, budget: 28 },
  { name: 'venue map (Leaflet included)', tags: '<carif-venue-map tile-url="none"></carif-venue-map>', target: 75, budget: 75, map: true },
  {
    name: 'all four widgets + the map on one page',
    tags: '<carif-training-search></carif-training-search><carif-event-agenda></carif-event-agenda><carif-internship-board></carif-internship-board><carif-venue-map tile-url="none"></carif-venue-map>',
    target: 100,
    budget: 100,
    map: true,
  },
];

const root = process.cwd();
let server;
let base;
let browser;
let page = '';

before(async () => {
  assert.ok(existsSync('dist/cdn/carif-widgets.js'), 'run `npm run build` first');
  const api = createExploreHandler({ shiftDates: false });
  server = createServer(async (req, res) => {
    if (await api(req, res)) return;
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    const file = normalize(join(root, url.pathname));
    if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * The moment every widget of the page shows results: its first `carif-results` (sent once its
 * results are drawn), and for a map, markers on it. Scripts requested after that (the filter
 * panel, which loads once the results are on screen, the details) are not counted.
 */
const SHOWN = `<script>
  const shown = new Map();
  document.addEventListener('carif-results', (e) => shown.has(e.target) || shown.set(e.target, performance.now()), true);
  const check = () => {
    const widgets = [...document.body.children].filter((e) => e.localName.startsWith('carif-'));
    const map = document.querySelector('carif-venue-map');
    if (widgets.length && widgets.every((w) => shown.has(w)) && (!map || map.shadowRoot?.querySelector('.carif-marker'))) {
      window.__shownAt = Math.max(...shown.values(), map ? performance.now() : 0);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
</script>`;

/** Loads a page with `tags` under the loader; resolves with the dist/ files it requested before every widget showed results. */
async function measure({ tags }) {
  page = `<!doctype html><meta charset="utf-8">${SHOWN}<script type="module" src="/dist/cdn/carif-widgets.js"></script>${tags}`;
  const tab = await browser.newPage();
  let fetched;
  try {
    await tab.goto(base, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__shownAt !== undefined, { timeout: 30_000 });
    // A widget with an error state sends no carif-results: it would time out above.
    const errors = await tab.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('.state.error')).map((e) => e.localName));
    assert.deepEqual(errors, [], 'a widget shows its error state');
    // Scripts requested by then, once they have all arrived (a resource timing entry is made at the end of its fetch).
    await tab.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 });
    fetched = await tab.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= window.__shownAt)
        .map((e) => new URL(e.name).pathname.slice(1))
        .filter((path) => path.startsWith('dist/')),
    );
  } finally {
    await tab.close();
  }
  const files = [...new Set(fetched)];
  const sizes = files.map((f) => gzipSync(readFileSync(f), { level: 9 }).length);
  return { files, total: sizes.reduce((a, b) => a + b, 0) };
}

for (const p of PAGES) {
  test(`loader path, ${p.name}: at most ${p.budget} KB gzip (issue 15's budget: ${p.target} KB)`, async () => {
    const { files, total } = await measure(p);
    console.log(`${p.name}: ${(total / KB).toFixed(2)} KB gzip in ${files.length} files (budget ${p.budget} KB, target ${p.target} KB): ${files.map((f) => f.split('/').pop()).join(', ')}`);
    assert.ok(files.includes('dist/cdn/carif-widgets.js'), 'the page loaded the loader');
    if (p.map) assert.ok(files.some((f) => /leaflet-pane/.test(readFileSync(f, 'utf8'))), 'the map chunk is counted');
    assert.ok(total <= p.budget * KB, `${p.name}: ${total} bytes gzip > ${p.budget * KB}`);
  });
}
