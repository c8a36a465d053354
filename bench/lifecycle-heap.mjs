// What a widget leaves behind (`npm run bench:heap`): each widget, from its dist/cdn script-tag file
// over the embedded API, created and removed 200 times in headless Chromium (each time: results
// shown, filters opened, a detail opened), garbage collected (CDP), then Chromium's own counts: JS
// heap, event listeners, DOM nodes. Side by side with a baseline: the same page creating and
// removing a plain <div> with as many children 200 times. `tests/browser/lifecycle.test.ts`
// asserts the listener, node and observer counts; this prints the heap figures.
import { launch, requireBuild, serveBuilt } from './harness.mjs';

const CYCLES = Number(process.argv[process.argv.indexOf('--cycles') + 1]) || 200;
requireBuild('dist/cdn/training-search.js');
const { server, base } = await serveBuilt('<!doctype html><html lang="fr"><body><div id="host"></div></body></html>');

const browser = await launch();
const mb = (b) => (b / 1e6).toFixed(2);
console.log(`${CYCLES} create/remove cycles each, after garbage collection (headless Chromium, dist/cdn files)\n`);
console.log('widget                   | heap before MB | heap after MB | heap delta MB | listeners | DOM nodes');
for (const tag of ['baseline <div>', 'carif-training-search', 'carif-internship-board', 'carif-venue-map', 'carif-event-agenda']) {
  const page = await browser.newPage();
  await page.goto(base);
  const cdp = await page.createCDPSession();
  const measure = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const m = await page.metrics();
    return m;
  };
  const run = (n) =>
    page.evaluate(
      async (tag, n) => {
        const host = document.getElementById('host');
        const bare = tag.startsWith('baseline');
        if (!bare) await import(`/dist/cdn/${tag.slice(6)}.js`);
        for (let i = 0; i < n; i++) {
          if (bare) {
            host.innerHTML = `<div>${'<article><h3>Titre</h3><p>Texte</p><button>Voir</button></article>'.repeat(10)}</div>`;
            await new Promise((r) => setTimeout(r, 5));
          } else {
            host.innerHTML = `<${tag} tile-url="none"></${tag}>`;
            const el = host.firstElementChild;
            for (let t = 0; t < 400 && !el.shadowRoot?.querySelector('.list[aria-busy="false"]'); t++) await new Promise((r) => setTimeout(r, 10));
            el.shadowRoot.querySelector('.filters-toggle')?.click();
            await el.updateComplete;
            el.shadowRoot.querySelector('[part~="details-button"]')?.click();
            await new Promise((r) => setTimeout(r, 20));
          }
          host.innerHTML = '';
        }
      },
      tag,
      n,
    );
  await run(2); // lazy modules and the response cache, before the baseline is read
  const before = await measure();
  await run(CYCLES);
  const after = await measure();
  console.log(
    `${tag.padEnd(24)} | ${mb(before.JSHeapUsedSize).padStart(14)} | ${mb(after.JSHeapUsedSize).padStart(13)} | ${`${after.JSHeapUsedSize >= before.JSHeapUsedSize ? '+' : ''}${mb(after.JSHeapUsedSize - before.JSHeapUsedSize)}`.padStart(13)} | ${`${before.JSEventListeners} -> ${after.JSEventListeners}`.padStart(9)} | ${before.Nodes} -> ${after.Nodes}`,
  );
  await page.close();
}
await browser.close();
server.close();
