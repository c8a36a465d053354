// Benchmark (not a test): how many A4 pages each widget prints, from dist/cdn, over the sample
// data, in headless Debian Chromium (page.pdf counts `/Type /Page` objects); with SHOTS=dir, a
// screenshot of each in print media at A4 width (794 px) to look at.
//   npm run bench:print
import { launch, requireBuild, serveBuilt } from './harness.mjs';

requireBuild('dist/cdn/carif-widgets.js');
const CASES = [
  ['venue-map', '<carif-venue-map tile-url="none"></carif-venue-map>', 'carif-venue-map'],
  ['training-search', '<carif-training-search></carif-training-search>', 'carif-training-search'],
  ['training-search-niveau', '<carif-training-search niveau="4"></carif-training-search>', 'carif-training-search'],
  ['agenda', '<carif-event-agenda></carif-event-agenda>', 'carif-event-agenda'],
  ['board-offers', '<carif-internship-board></carif-internship-board>', 'carif-internship-board'],
  ['board-employers', '<carif-internship-board mode="employers"></carif-internship-board>', 'carif-internship-board'],
];
const only = process.env.ONLY;
const shots = process.env.SHOTS;
const browser = await launch();
try {
  for (const [name, markup, tag] of CASES) {
    if (only && !name.startsWith(only)) continue;
    const page = `<!doctype html><html lang="fr"><meta charset="utf-8"><body style="margin:0">${markup}<script type="module" src="/dist/cdn/carif-widgets.js"></script></body></html>`;
    const { server, base } = await serveBuilt(page);
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1200, height: 900 });
    await tab.goto(base + '/');
    await tab.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.list .card'), { timeout: 20000 }, tag);
    const pdf = await tab.pdf({ format: 'A4', timeout: 180_000 });
    const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    const cards = await tab.evaluate((t) => document.querySelector(t).shadowRoot.querySelectorAll('.list > li').length, tag);
    console.log(`${name.padEnd(18)} ${String(pages).padStart(4)} A4 pages, ${cards} results on screen`);
    if (shots) {
      await tab.evaluate("window.dispatchEvent(new Event('beforeprint'))");
      await tab.emulateMediaType('print');
      await tab.setViewport({ width: 794, height: 1123 });
      await new Promise((r) => setTimeout(r, 300));
      await tab.screenshot({ path: `${shots}/${name}.png`, clip: { x: 0, y: Number(process.env.SHOT_Y ?? 0), width: 794, height: 1123 } });
      await tab.evaluate("window.dispatchEvent(new Event('afterprint'))");
      await tab.emulateMediaType(null);
    }
    await tab.close();
    server.close();
  }
} finally {
  await browser.close();
}
