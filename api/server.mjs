// The embedded Explore API on its own: `node api/server.mjs [--port 8787] [--host 127.0.0.1] [--shift]`.
// Loopback only by default; used by benchmarks and for poking at the API with curl.
import { createServer } from 'node:http';
import { createExploreHandler } from './explore.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', 8787));
const host = arg('host', '127.0.0.1');
const handle = createExploreHandler({ shiftDates: process.argv.includes('--shift') });
const server = createServer(async (req, res) => {
  if (!(await handle(req, res))) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found: try /api/explore/v2.1/catalog/datasets/formations/records\n');
});
server.listen(port, host, () => console.log(`Embedded Explore API on http://${host}:${port}/api/explore/v2.1/catalog/datasets/formations/records`));
