// `carif-oref-widgets serve --data DIR`: the embedded Explore v2.1 API (what `npm start` mounts)
// over a dataset folder, at /api/explore/v2.1, for a Carif-Oref to preview its data before
// publishing it, or for a small deployment. When the folder has no `communes` dataset, the
// package's own is served (real communes and coordinates); every other dataset comes from DIR.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { createExploreHandler, DEFAULT_DATA_DIR } from '../api/explore.mjs';

export function startServer({ data, port = 8787, host = '127.0.0.1', log = console.log }) {
  const dir = resolve(data);
  if (!existsSync(dir)) throw new Error(`${data}: no such folder`);
  const own = createExploreHandler({ dataDir: dir, sample: false });
  const fallback = createExploreHandler({ dataDir: DEFAULT_DATA_DIR });
  const server = createServer(async (req, res) => {
    const id = /\/catalog\/datasets\/([^/?]+)/.exec(req.url ?? '')?.[1];
    const communes = id === 'communes' && !existsSync(join(dir, 'communes.json'));
    const handled = await (communes ? fallback : own)(req, res);
    if (!handled) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found: the API is at /api/explore/v2.1/catalog/datasets/{dataset}/records\n');
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      log(`Explore v2.1 API over ${dir} on http://${host}:${actual}/api/explore/v2.1 (datasets: ${['formations', 'lieux-spro', 'evenements', 'stages'].filter((d) => existsSync(join(dir, `${d}.json`))).join(', ') || 'none yet'})`);
      resolveListen(server);
    });
  });
}
