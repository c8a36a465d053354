// What the data service holds (`npm run bench:api`): the embedded Explore API in its own process on
// a loopback port, 1, 10 and 50 concurrent clients sending the widgets' usual requests with an
// abusive one mixed in (a LIKE of 2,000 % signs, a 300-condition where), bounded in count and time.
// Prints requests per second and latency percentiles per level; then the LIKE timings of the
// previous matcher (a regular expression per pattern, from git) side by side with today's.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './harness.mjs';
import { URLSearchParams } from 'node:url';

const LEVELS = [1, 10, 50];
const PER_LEVEL = 600; // requests per level
const MAX_SECONDS = 30; // per level, whatever happens

const server = spawn(process.execPath, ['-e', `
  const { createServer } = require('node:http');
  import('./api/explore.mjs').then(({ createExploreHandler }) => {
    const handle = createExploreHandler({ shiftDates: false });
    const s = createServer(async (req, res) => { if (!(await handle(req, res))) res.writeHead(404).end(); });
    s.listen(0, '127.0.0.1', () => console.log(s.address().port));
  });`], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
const base = `http://127.0.0.1:${port}/api/explore/v2.1/catalog/datasets`;

const q = (path, params) => `${base}/${path}?${new URLSearchParams(params)}`;
const usual = [
  q('formations/records', { limit: 10, where: '`region` = "27"' }),
  q('formations/records', { limit: 10, where: 'search("cuisin") and `region` in ("27", "53")', order_by: 'prochaine_session asc' }),
  q('formations/facets', { facet: 'voie', where: '`region` = "27"' }),
  q('lieux-spro/records', { limit: 100, where: "within_distance(`geo`, geom'POINT(5.04 47.32)', 30km)" }),
  q('evenements/records', { limit: 20, where: "`fin` >= date'2026-11-24T09:00:00Z'", order_by: 'debut asc' }),
  q('stages/records', { limit: 11, group_by: 'employeur_id,employeur_nom,commune', select: 'employeur_id,employeur_nom,commune,count(*)' }),
  q('communes/records', { limit: 8, where: 'startswith(`codes_postaux`, "21")', order_by: 'population desc' }),
];
const abusive = [
  q('formations/records', { where: `intitule_formation like "${'%'.repeat(2000)}zzz"` }),
  q('formations/records', { where: Array.from({ length: 300 }, (_, i) => `search("a${i}")`).join(' or ') }),
];

const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))];

async function level(clients) {
  const times = [];
  const abuseTimes = [];
  const statuses = new Map();
  let sent = 0;
  const started = performance.now();
  const deadline = started + MAX_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (sent < PER_LEVEL && performance.now() < deadline) {
        const n = sent++;
        const bad = n % 25 === 24;
        const url = bad ? abusive[n % abusive.length] : usual[n % usual.length];
        const t0 = performance.now();
        const res = await fetch(url).catch(() => null);
        await res?.arrayBuffer();
        const ms = performance.now() - t0;
        (bad ? abuseTimes : times).push(ms);
        statuses.set(res?.status ?? 'failed', (statuses.get(res?.status ?? 'failed') ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { clients, done: times.length + abuseTimes.length, rps: (times.length + abuseTimes.length) / seconds, p50: median(times), p99: pct(times, 0.99), abuseP50: median(abuseTimes), statuses: Object.fromEntries(statuses) };
}

console.log(`Embedded API under load: ${PER_LEVEL} requests per level (1 in 25 abusive), loopback, one server process\n`);
console.log('clients | req/s | p50 ms | p99 ms | abusive p50 ms | statuses');
for (const clients of LEVELS) {
  const r = await level(clients);
  console.log(`${String(r.clients).padStart(7)} | ${r.rps.toFixed(0).padStart(5)} | ${r.p50.toFixed(1).padStart(6)} | ${r.p99.toFixed(1).padStart(6)} | ${r.abuseP50.toFixed(1).padStart(14)} | ${JSON.stringify(r.statuses)}`);
}
server.kill();

// LIKE before and after: the previous matcher (a regular expression with .* per %) from git,
// bounded to the patterns that end within seconds, against today's word match.
const dir = mkdtempSync(join(tmpdir(), 'carif-like-'));
try {
  const old = execFileSync('git', ['show', '13e087e:api/odsql.mjs'], { encoding: 'utf8' });
  writeFileSync(join(dir, 'odsql-before.mjs'), old);
  const before = await import(join(dir, 'odsql-before.mjs'));
  const after = await import('../api/odsql.mjs');
  const schema = { fields: { t: 'text' }, searchable: ['t'] };
  const rec = { t: 'Titre professionnel agent de restauration et de cuisine collective'.repeat(2) };
  Object.defineProperty(rec, '__words', { value: new Set(after.words(rec.t)) });
  const time = (lib, n) => {
    const pred = lib.compileWhere(`t like "${'%'.repeat(n)}zzz"`, schema);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) pred(rec);
    return (performance.now() - t0) / 20;
  };
  console.log('\nLIKE "%…%zzz" on one 130-character title, ms per record (before: regular expression; after: word match)');
  console.log('% signs | before | after');
  for (const n of [1, 2, 3]) console.log(`${String(n).padStart(7)} | ${time(before, n).toFixed(3).padStart(6)} | ${time(after, n).toFixed(3)}`);
  for (const n of [6, 2000]) console.log(`${String(n).padStart(7)} | (not run: minutes) | ${time(after, n).toFixed(3)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
