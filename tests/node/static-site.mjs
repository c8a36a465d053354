// What the static-site tests share (not a test itself): a plain static file server, with no API
// middleware (what GitHub Pages or any web host does), and a page whose widget must show cards.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { serve } from '../../bench/harness.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Serves the files of `dir` (index.html for a folder), 404 for anything else; logs what was asked. */
export function serveStatic(dir) {
  const asked = [];
  return serve(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    asked.push(path);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir))) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  }).then((s) => ({ ...s, asked }));
}

/** A page expression: the number of result cards in the first `tag` of `root` (a document). */
export const cards = (tag, root = 'document') => `(() => { const r = ${root}.querySelector('${tag}')?.shadowRoot; return r ? r.querySelectorAll('[part~="card"]').length : 0; })()`;

/** Opens `url` in a new page and waits for `condition` (a page expression); collects page errors. */
export async function openUntil(browser, url, condition, timeout = 30_000) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(condition, { timeout, polling: 100 });
  return { page, errors };
}
