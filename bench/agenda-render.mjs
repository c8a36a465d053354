// Benchmark (not a test): time from request to painted events for <carif-event-agenda> (the built
// CDN bundle), in its list view (100 events) and its month grid (March 2027, every event on each
// day it covers), against a bare fetch + innerHTML of the same records (a list; a 7-column table
// with the titles of each day), side by side in one run, in headless Debian Chromium, on loopback.
//   npm run build && node bench/agenda-render.mjs      (RUNS=15 by default)
import { launch, median, p90, requireBuild, serveBuilt, timeSideBySide } from './harness.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
requireBuild('dist/cdn/index.js');

const PAGE = `<!doctype html><html lang="fr"><meta charset="utf-8"><body><div id="host"></div>
<script type="module">
  const { CarifEventAgenda, clearCache } = await import('/dist/cdn/index.js');
  CarifEventAgenda.define('carif-event-agenda');
  const RECORDS = '/api/explore/v2.1/catalog/datasets/evenements/records';
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const host = document.getElementById('host');
  async function widget(attrs) {
    host.innerHTML = '';
    const el = document.createElement('carif-event-agenda');
    const t0 = performance.now();
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    clearCache();
    const done = new Promise((r) => el.addEventListener('carif-results', r, { once: true }));
    host.append(el);
    await done;
    await painted();
    return performance.now() - t0;
  }
  const get = async (params) => (await (await fetch(RECORDS + '?' + new URLSearchParams(params))).json()).results;
  window.listWidget = () => widget({ 'page-size': '100', 'show-past': '' });
  window.listBare = async () => {
    host.innerHTML = '';
    const t0 = performance.now();
    const results = await get({ limit: '100', order_by: 'debut asc, id asc' });
    host.innerHTML = '<ol>' + results.map((r) => '<li><h3>' + r.titre + '</h3><p>' + r.debut + ' — ' + r.commune + '</p></li>').join('') + '</ol>';
    await painted();
    return performance.now() - t0;
  };
  window.monthWidget = () => widget({ view: 'month', from: '2027-03-01', 'show-past': '' });
  window.monthBare = async () => {
    host.innerHTML = '';
    const t0 = performance.now();
    const where = "fin >= date'2027-02-28T23:00:00Z' and debut < date'2027-03-31T22:00:00Z'";
    const pages = await Promise.all([0, 100, 200].map((offset) => get({ where, limit: '100', offset: String(offset), order_by: 'debut asc, id asc' })));
    const byDay = {};
    for (const r of pages.flat()) for (let d = new Date(r.debut.slice(0, 10)); d <= new Date(r.fin.slice(0, 10)); d = new Date(d.getTime() + 864e5)) (byDay[d.toISOString().slice(0, 10)] ??= []).push(r.titre);
    let html = '<table><tr>' + ['L', 'M', 'M', 'J', 'V', 'S', 'D'].map((d) => '<th>' + d + '</th>').join('') + '</tr>';
    for (let w = 0; w < 5; w++) {
      html += '<tr>';
      for (let i = 0; i < 7; i++) {
        const day = new Date(Date.UTC(2027, 2, 1 + w * 7 + i)).toISOString().slice(0, 10);
        html += '<td>' + day.slice(8) + (byDay[day] ?? []).map((t) => '<div>' + t + '</div>').join('') + '</td>';
      }
      html += '</tr>';
    }
    host.innerHTML = html + '</table>';
    await painted();
    return performance.now() - t0;
  };
  window.ready = true;
</script>`;

const { server, base } = await serveBuilt(PAGE);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.ready === true);
  const t = await timeSideBySide(page, ['listWidget', 'listBare', 'monthWidget', 'monthBare'], RUNS);
  const row = (label, a) => `${label.padEnd(40)} ${median(a).toFixed(1).padStart(6)}  ${p90(a).toFixed(1).padStart(6)}`;
  console.log(`request → painted, ${RUNS} runs each (ms)                median     p90`);
  console.log(row('list, 100 events: bare innerHTML', t.listBare));
  console.log(row('list, 100 events: <carif-event-agenda>', t.listWidget));
  console.log(`ratio widget / bare: ${(median(t.listWidget) / median(t.listBare)).toFixed(2)}`);
  console.log(row('month grid: bare innerHTML table', t.monthBare));
  console.log(row('month grid: <carif-event-agenda>', t.monthWidget));
  console.log(`ratio widget / bare: ${(median(t.monthWidget) / median(t.monthBare)).toFixed(2)}`);
} finally {
  await browser.close();
  server.close();
}
