// What the data service holds (`npm run bench:api`): an Explore API in its own process on a loopback
// port, 1, 10 and 50 concurrent clients sending the widgets' usual requests with an abusive one
// mixed in (a LIKE of 2,000 % signs, a 300-condition where), bounded in count and time. Two
// servers, one after the other: the embedded API over the sample data, and
// `carif-oref-widgets serve --data DIR` over an LHEO export imported with
// `carif-oref-widgets import lheo` (generated, about --mb MB, default 40). Prints requests per
// second and latency percentiles per level, and after each level a plain request's time (the
// server stays responsive); then the LIKE timings of the previous matcher (a regular expression
// per pattern, from git) side by side with today's.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './harness.mjs';
import { writeLheo } from './lheo-sample.mjs';
import { URLSearchParams } from 'node:url';

const LEVELS = [1, 10, 50];
const PER_LEVEL = 600; // requests per level
const MAX_SECONDS = 30; // per level, whatever happens
const mbArg = process.argv.indexOf('--mb');
const LHEO_MB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 40;

/** Starts a server process; resolves with it and its port, read from its first line of output. */
async function start(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    child.stdout.once('data', (d) => resolve(Number(/(\d+)(\/api|\s*$)/.exec(String(d).trim())?.[1])));
  });
  return { child, base: `http://127.0.0.1:${port}/api/explore/v2.1/catalog/datasets` };
}

const sampleServer = () =>
  start(['-e', `
  const { createServer } = require('node:http');
  import('./api/explore.mjs').then(({ createExploreHandler }) => {
    const handle = createExploreHandler({ shiftDates: false });
    const s = createServer(async (req, res) => { if (!(await handle(req, res))) res.writeHead(404).end(); });
    s.listen(0, '127.0.0.1', () => console.log(s.address().port));
  });`]);

const q = (base, path, params) => `${base}/${path}?${new URLSearchParams(params)}`;
const sampleRequests = (base) => [
  q(base, 'formations/records', { limit: 10, where: '`region` = "27"' }),
  q(base, 'formations/records', { limit: 10, where: 'search("cuisin") and `region` in ("27", "53")', order_by: 'prochaine_session asc' }),
  q(base, 'formations/facets', { facet: 'voie', where: '`region` = "27"' }),
  q(base, 'lieux-spro/records', { limit: 100, where: "within_distance(`geo`, geom'POINT(5.04 47.32)', 30km)" }),
  q(base, 'evenements/records', { limit: 20, where: "`fin` >= date'2026-11-24T09:00:00Z'", order_by: 'debut asc' }),
  q(base, 'stages/records', { limit: 11, group_by: 'employeur_id,employeur_nom,commune', select: 'employeur_id,employeur_nom,commune,count(*)' }),
  q(base, 'communes/records', { limit: 8, where: 'startswith(`codes_postaux`, "21")', order_by: 'population desc' }),
];
/** The widgets' requests on an imported LHEO folder: only the formations dataset (and the package's communes). */
const lheoRequests = (base) => [
  q(base, 'formations/records', { limit: 10, where: '`region` = "27"' }),
  q(base, 'formations/records', { limit: 10, where: 'search("cuisin") and `departement` in ("21", "25")', order_by: 'prochaine_session asc' }),
  q(base, 'formations/facets', { facet: 'niveau_sortie', where: '`region` = "27"' }),
  q(base, 'formations/records', { limit: 10, where: 'search("patisserie")', offset: 40 }),
  q(base, 'formations/records', { limit: 1, where: '`id_formation` = "F_12"' }),
  q(base, 'communes/records', { limit: 8, where: 'startswith(`codes_postaux`, "21")', order_by: 'population desc' }),
];
const abusiveRequests = (base) => [
  q(base, 'formations/records', { where: `intitule_formation like "${'%'.repeat(2000)}zzz"` }),
  q(base, 'formations/records', { where: Array.from({ length: 300 }, (_, i) => `search("a${i}")`).join(' or ') }),
];

const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))];

async function level(clients, usual, abusive) {
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
  // Right after the level: is the server still answering a plain request at once?
  const t0 = performance.now();
  await (await fetch(usual[0])).arrayBuffer();
  const after = performance.now() - t0;
  return { clients, done: times.length + abuseTimes.length, rps: (times.length + abuseTimes.length) / seconds, p50: median(times), p99: pct(times, 0.99), abuseP50: median(abuseTimes), after, statuses: Object.fromEntries(statuses) };
}

async function run(title, server, requests) {
  const { child, base } = await server;
  console.log(`\n${title}: ${PER_LEVEL} requests per level (1 in 25 abusive), loopback, one server process`);
  console.log('clients | req/s | p50 ms | p99 ms | abusive p50 ms | plain request after, ms | statuses');
  for (const clients of LEVELS) {
    const r = await level(clients, requests(base), abusiveRequests(base));
    console.log(`${String(r.clients).padStart(7)} | ${r.rps.toFixed(0).padStart(5)} | ${r.p50.toFixed(1).padStart(6)} | ${r.p99.toFixed(1).padStart(6)} | ${r.abuseP50.toFixed(1).padStart(14)} | ${r.after.toFixed(1).padStart(23)} | ${JSON.stringify(r.statuses)}`);
  }
  child.kill();
}

await run('Embedded API over the sample data', sampleServer(), sampleRequests);

const work = mkdtempSync(join(tmpdir(), 'carif-load-'));
try {
  const xml = join(work, 'export.xml');
  const formations = await writeLheo(xml, LHEO_MB);
  const t0 = performance.now();
  execFileSync(process.execPath, ['cli/carif-oref-widgets.mjs', 'import', 'lheo', xml, '--out', join(work, 'data')], { stdio: 'ignore' });
  console.log(`\nImported a generated LHEO export of ${LHEO_MB} MB (${formations.toLocaleString('en')} formations) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await run('carif-oref-widgets serve --data (the imported LHEO folder)', start(['cli/carif-oref-widgets.mjs', 'serve', '--data', join(work, 'data'), '--port', '0']), lheoRequests);
} finally {
  rmSync(work, { recursive: true, force: true });
}

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
