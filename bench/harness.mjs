// What the benchmarks share (not a benchmark itself): a loopback server, headless Debian
// Chromium, and the figures they print.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';

export const chrome = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find(existsSync);

/** Stops with a clear word when dist/ has not been built. */
export function requireBuild(file) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** Serves `handler` on 127.0.0.1 (a free port); resolves with the server and its base URL. */
export async function serve(handler) {
  const server = createServer(handler);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** Headless Chromium with no background traffic. */
export function launch() {
  return puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
export const p90 = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length * 0.9)];

const types = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

/**
 * Serves a page at `/`, the embedded Explore API over the sample data (dates not shifted) and the
 * built files of dist/, the way a partner page gets them.
 */
export async function serveBuilt(page) {
  const { createExploreHandler } = await import('../api/explore.mjs');
  const api = createExploreHandler({ shiftDates: false });
  return serve(async (req, res) => {
    if (await api(req, res)) return;
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/') return res.end(page);
    const file = normalize(join(process.cwd(), url.pathname));
    if (!file.startsWith(join(process.cwd(), 'dist'))) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
}

/**
 * Runs the page's `window[name](i)` functions (each returns milliseconds), once each to warm up,
 * then `runs` times each, alternating so that all see the same machine state.
 */
export async function timeSideBySide(page, names, runs) {
  for (const name of names) await page.evaluate((n) => window[n](0), name);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 1; i <= runs; i++) for (const name of names) times[name].push(await page.evaluate((n, k) => window[n](k), name, i));
  return times;
}
