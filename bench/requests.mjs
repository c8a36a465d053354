// Benchmark (not a test): the requests each widget makes for a visitor's actions, through the
// built loader (dist/cdn/carif-widgets.js) against the embedded API, in headless Chromium:
// first load, ten letters typed in the keyword box, one filter change, back to the previous
// search. Counted at the page's network: results (records or exports), facet counts, others;
// aborted ones apart. tests/browser/requests.test.ts asserts the counts that matter.
//   npm run build && npm run bench:requests
import { launch, requireBuild, serveBuilt } from './harness.mjs';

requireBuild('dist/cdn/carif-widgets.js');

// Each widget, its dataset and a ten-letter word its sample data holds (so that filters remain).
const WIDGETS = [
  ['carif-training-search', 'formations', 'commercial'],
  ['carif-event-agenda', 'evenements', 'entreprise'],
  ['carif-internship-board', 'stages', 'entreprise'],
  ['carif-venue-map', 'lieux-spro', 'orientatio'],
];

const page = (tag) => `<!doctype html><html lang="fr"><meta charset="utf-8"><body>
<script type="module" src="/dist/cdn/carif-widgets.js"></script><${tag} tile-url="none"></${tag}></body>`;

let current = '';
const { server, base } = await serveBuilt('');
// serveBuilt serves one page: answer `/?tag` with that widget's page instead.
const handler = server.listeners('request')[0];
server.removeAllListeners('request');
server.on('request', (req, res) => (req.url.startsWith('/?') ? res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(current)) : handler(req, res)));

const browser = await launch();
const rows = [];
try {
  for (const [tag, dataset, word] of WIDGETS) {
    current = tag;
    const tab = await browser.newPage();
    const log = [];
    tab.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.includes('/api/')) log.push({ u, failed: false });
    });
    tab.on('requestfailed', (r) => {
      const e = log.find((x) => x.u.href === r.url() && !x.failed);
      if (e) e.failed = true;
    });
    // Settled: the list is not busy (or a state is shown) and no request is on its way.
    const settle = async () => {
      await tab.waitForFunction((t) => {
        const r = document.querySelector(t)?.shadowRoot;
        return !!r && !!(r.querySelector('.state.empty, .state.error') || r.querySelector('.list[aria-busy="false"]'));
      }, { timeout: 20_000 }, tag);
      await tab.waitForNetworkIdle({ idleTime: 300, timeout: 20_000 });
    };
    const step = async (name, action, answered = true) => {
      const mark = log.length;
      // The widget's next answer (the typed words count once typing pauses).
      if (answered) await tab.evaluate((t) => ((window.answered = false), document.querySelector(t).addEventListener('carif-results', () => (window.answered = true), { once: true })), tag);
      await action();
      if (answered) await tab.waitForFunction(() => window.answered === true, { timeout: 20_000 }).catch(() => console.error(`${tag}, ${name}: no carif-results`));
      await settle();
      const made = log.slice(mark);
      const results = made.filter((x) => x.u.pathname.includes(`/datasets/${dataset}/`) && !x.u.pathname.endsWith('/facets'));
      const facets = made.filter((x) => x.u.pathname.endsWith('/facets'));
      rows.push({ tag, name, results: results.length, facets: facets.length, other: made.length - results.length - facets.length, aborted: made.filter((x) => x.failed).length, exports: results.some((x) => x.u.pathname.includes('/exports/')) });
    };
    const root = (sel) => tab.evaluateHandle((t, s) => document.querySelector(t).shadowRoot.querySelector(s), tag, sel);
    await step('first load', () => tab.goto(`${base}/?${tag}`), false);
    await step(`"${word}" typed`, async () => {
      await (await root('#q')).focus();
      await tab.keyboard.type(word, { delay: 60 });
    });
    const box = 'fieldset[data-group] input[type="checkbox"]';
    const hasBox = await tab.evaluate((t, s) => !!document.querySelector(t).shadowRoot.querySelector(s), tag, box);
    if (hasBox) {
      await step('one filter change', async () => (await root(box)).click());
      await step('back to the previous search', async () => (await root(box)).click());
    } else {
      rows.push({ tag, name: 'one filter change (no filter drawn)', results: '-', facets: '-', other: '-', aborted: '-' });
    }
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log('requests per visitor action, through the loader, embedded API (results = records or exports of the widget’s dataset)');
console.log(`${'widget'.padEnd(24)}${'action'.padEnd(30)}results  facets  other  aborted`);
for (const r of rows) console.log(`${r.tag.padEnd(24)}${r.name.padEnd(30)}${String(r.results).padStart(7)}${String(r.facets).padStart(8)}${String(r.other).padStart(7)}${String(r.aborted).padStart(9)}${r.exports ? '  (exports)' : ''}`);
