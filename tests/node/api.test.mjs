// The embedded Explore API over HTTP, on an ephemeral loopback port, with the committed sample data.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { createExploreHandler } from '../../api/explore.mjs';
import { parisOffset, shiftDatetime, shiftLheo, weeksBetween } from '../../api/dates.mjs';

let base;
let server;
before(async () => {
  const handle = createExploreHandler({ shiftDates: false });
  server = createServer(async (req, res) => {
    if (!(await handle(req, res))) res.writeHead(404).end('not the API');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

const api = (path, params = {}, prefix = '') => {
  const url = new URL(`${prefix}/api/explore/v2.1/catalog/datasets/${path}`, base);
  for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) url.searchParams.append(k, x);
  return fetch(url);
};
const json = async (res) => ({ status: res.status, body: await res.json(), headers: res.headers });

test('records: total_count, results, limit, offset, select, sample-data header, CORS', async () => {
  const { status, body, headers } = await json(await api('formations/records', { limit: 3, offset: 2, select: 'id_action,intitule_formation' }));
  assert.equal(status, 200);
  assert.ok(body.total_count >= 5000);
  assert.equal(body.results.length, 3);
  assert.deepEqual(Object.keys(body.results[0]), ['id_action', 'intitule_formation']);
  assert.equal(headers.get('x-carif-sample-data'), '1');
  assert.equal(headers.get('access-control-allow-origin'), '*');
  assert.match(headers.get('access-control-expose-headers'), /X-RateLimit-Reset/);
  const first = await json(await api('formations/records', { limit: 3 }));
  assert.equal(first.body.results[2].id_action, (await json(await api('formations/records', { limit: 1, offset: 2 }))).body.results[0].id_action);
});

test('limits as the real API: limit ≤ 100, offset + limit ≤ 10,000, numbers only', async () => {
  assert.equal((await api('formations/records', { limit: 101 })).status, 400);
  assert.equal((await api('formations/records', { limit: 100, offset: 9901 })).status, 400);
  assert.equal((await api('formations/records', { limit: 100, offset: 9900 })).status, 200);
  assert.equal((await api('formations/records', { limit: 'abc' })).status, 400);
  assert.equal((await api('formations/records', { offset: -1 })).status, 400);
});

test('bad queries get Explore-style 400s, unknown datasets 404', async () => {
  const bad = await json(await api('formations/records', { where: 'intitule_formation = ' }));
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error_code, 'ODSQLError');
  assert.match(bad.body.message, /^ODSQL query is malformed: .*Expected a value.* Clause\(s\) containing the error\(s\): where\.$/);
  const unknown = await json(await api('nope/records'));
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.error_code, 'DatasetNotFound');
  assert.equal((await api('formations/records', { select: 'nope' })).status, 400);
});

test('preflight OPTIONS answers CORS', async () => {
  const res = await fetch(`${base}/api/explore/v2.1/catalog/datasets/formations/records`, { method: 'OPTIONS' });
  assert.equal(res.status, 204);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
});

test('where, order_by distance, refine and exclude', async () => {
  const near = await json(await api('formations/records', { where: "within_distance(lieu_geo, geom'POINT(5.0415 47.322)', 20km)", order_by: "distance(lieu_geo, geom'POINT(5.0415 47.322)')", limit: 20 }));
  assert.ok(near.body.total_count > 0);
  const d = near.body.results.map((r) => Math.hypot(r.lieu_geo.lat - 47.322, (r.lieu_geo.lon - 5.0415) * 0.68));
  assert.deepEqual(d, [...d].sort((a, b) => a - b));
  const refined = await json(await api('formations/records', { refine: 'voie:apprentissage', exclude: 'region:27', limit: 100 }));
  assert.ok(refined.body.results.every((r) => r.voie.includes('apprentissage') && r.region !== '27'));
  const sorted = await json(await api('formations/records', { order_by: 'prochaine_session desc', limit: 100, where: 'prochaine_session is not null' }));
  const dates = sorted.body.results.map((r) => r.prochaine_session);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test('facets count each value, arrays included, under the where clause', async () => {
  const { body } = await json(await api('formations/facets', { facet: ['voie', 'region'], where: 'region = "53"' }));
  const region = body.facets.find((f) => f.name === 'region').facets;
  assert.deepEqual(region.map((f) => f.value), ['53']);
  const voie = body.facets.find((f) => f.name === 'voie').facets;
  const total = (await json(await api('formations/records', { where: 'region = "53"', limit: 0 }))).body.total_count;
  assert.ok(voie.reduce((n, f) => n + f.count, 0) > total, 'multi-valued counts add up to more than the records');
  assert.ok(voie.every((f, i) => i === 0 || voie[i - 1].count >= f.count));
});

test('faults: 429 with its reset time, delay, malformed, html, drop, empty, times/key then success', async () => {
  const r429 = await json(await api('formations/records', {}, '/__fault/status=429,retry-after=7'));
  assert.equal(r429.status, 429);
  const inSeconds = (Date.parse(r429.body.reset_time) - Date.now()) / 1000;
  assert.ok(inSeconds > 5 && inSeconds <= 7, `${inSeconds}`);
  assert.equal((await api('formations/records', {}, '/__fault/status=503')).status, 503);
  const t0 = Date.now();
  assert.equal((await api('formations/records', { limit: 1 }, '/__fault/delay=300')).status, 200);
  assert.ok(Date.now() - t0 >= 290);
  await assert.rejects(async () => JSON.parse(await (await api('formations/records', {}, '/__fault/malformed')).text()));
  const html = await api('formations/records', {}, '/__fault/html');
  assert.match(html.headers.get('content-type'), /text\/html/);
  await assert.rejects(api('formations/records', {}, '/__fault/drop'));
  assert.deepEqual((await json(await api('formations/records', {}, '/__fault/empty'))).body, { total_count: 0, results: [] });
  const key = `k${Date.now()}`;
  assert.equal((await api('formations/records', {}, `/__fault/status=500,times=2,key=${key}`)).status, 500);
  assert.equal((await api('formations/records', {}, `/__fault/status=500,times=2,key=${key}`)).status, 500);
  assert.equal((await api('formations/records', {}, `/__fault/status=500,times=2,key=${key}`)).status, 200);
});

test('faults that spoil the data: missing fields, evil text, huge values', async () => {
  const missing = (await json(await api('formations/records', { limit: 10 }, '/__fault/missing-fields'))).body.results;
  assert.ok(missing.some((r) => !('lieu_ville' in r) || typeof r.nombre_heures_total === 'string'));
  const evil = (await json(await api('formations/records', { limit: 4 }, '/__fault/evil'))).body.results;
  assert.ok(evil.every((r) => /javascript:/i.test(r.url_formation)));
  assert.ok(evil.some((r) => r.intitule_formation.includes('<script>')));
  const huge = (await json(await api('formations/records', { limit: 2 }, '/__fault/huge'))).body;
  assert.equal(huge.total_count, 999_999_999);
  assert.ok(huge.results[0].intitule_formation.length > 100_000);
  assert.equal(huge.results[0].sessions.length, 5000);
});

test('a delayed answer is dropped when the client aborts', async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  const t0 = Date.now();
  await assert.rejects(fetch(`${base}/__fault/delay=5000/api/explore/v2.1/catalog/datasets/formations/records`, { signal: controller.signal }));
  assert.ok(Date.now() - t0 < 1000);
});

test('date shifting keeps weekdays and Paris offsets across DST', () => {
  assert.equal(weeksBetween('2026-11-24', new Date('2027-03-30T10:00:00Z')), 18);
  assert.equal(parisOffset('2027-01-15', '10:00:00'), '+01:00');
  assert.equal(parisOffset('2027-07-15', '10:00:00'), '+02:00');
  // 10:00 on a Tuesday in winter, moved 18 weeks: 10:00 on a Tuesday in spring, now +02:00.
  const moved = shiftDatetime('2026-11-24T10:00:00+01:00', 18);
  assert.equal(moved, '2027-03-30T10:00:00+02:00');
  assert.equal(new Date(moved.slice(0, 10)).getUTCDay(), new Date('2026-11-24').getUTCDay());
  assert.equal(shiftLheo('20261124', 1), '20261201');
  assert.equal(shiftLheo('00000000', 3), '00000000');
  assert.equal(shiftLheo('99999999', 3), '99999999');
  assert.equal(shiftLheo('20261200', 5), '20270100');
});

test('a shifted API serves dates moved to the week of "today"', async () => {
  const handle = createExploreHandler({ shiftDates: true, today: new Date('2027-03-30T12:00:00Z') });
  const srv = createServer(async (req, res) => void (await handle(req, res)));
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${srv.address().port}/api/explore/v2.1/catalog/datasets/evenements/records?limit=100&order_by=debut`;
    const shifted = (await (await fetch(url)).json()).results;
    const plain = (await json(await api('evenements/records', { limit: 100, order_by: 'debut' }))).body.results;
    const byId = new Map(plain.map((e) => [e.id, e]));
    for (const e of shifted) {
      const o = byId.get(e.id);
      if (!o) continue;
      assert.equal(Date.parse(e.debut.slice(0, 10)) - Date.parse(o.debut.slice(0, 10)), 18 * 7 * 86_400_000);
      assert.equal(e.debut.slice(11, 16), o.debut.slice(11, 16), 'wall-clock time kept');
    }
  } finally {
    srv.close();
  }
});

test('LIKE and full text run in linear time: 2,000 % signs or a 10,000-character query answer at once (they held the server for minutes)', { timeout: 10_000 }, async () => {
  const started = Date.now();
  const like = await api('formations/records', { where: `intitule_formation like "${'%'.repeat(2000)}zzz"`, limit: 1 });
  assert.equal(like.status, 200);
  const words = await api('formations/records', { where: `search("${'a '.repeat(4000)}")`, limit: 1 });
  assert.ok([200, 400].includes(words.status));
  // Several at once, and the server still answers a plain request next.
  const abuse = Array.from({ length: 5 }, () => api('formations/records', { where: `intitule_formation like "${'%_'.repeat(1000)}"` }));
  assert.deepEqual((await Promise.all(abuse)).map((r) => r.status), [200, 200, 200, 200, 200]);
  assert.equal((await api('formations/records', { limit: 1 })).status, 200);
  assert.ok(Date.now() - started < 10_000);
});

test('a query over its work budget gets a clear 503, and the server goes on', async () => {
  const handle = createExploreHandler({ shiftDates: false, workBudgetMs: -1 });
  const tight = createServer(async (req, res) => {
    if (!(await handle(req, res))) res.writeHead(404).end();
  });
  await new Promise((r) => tight.listen(0, '127.0.0.1', r));
  try {
    const res = await fetch(`http://127.0.0.1:${tight.address().port}/api/explore/v2.1/catalog/datasets/formations/records`);
    assert.equal(res.status, 503);
    assert.match((await res.json()).message, /narrow it down/);
  } finally {
    tight.close();
  }
});

test('dataset answers carry an ETag and Cache-Control; the same ETag answers 304 (a CDN in front serves most traffic)', async () => {
  const first = await api('formations/records', { limit: 2 });
  const etag = first.headers.get('etag');
  assert.match(etag, /^W\/"[\w-]+"$/);
  assert.equal(first.headers.get('cache-control'), 'no-cache');
  const again = await fetch(new URL('/api/explore/v2.1/catalog/datasets/formations/records?limit=2', base), { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  const other = await api('formations/records', { limit: 3 });
  assert.notEqual(other.headers.get('etag'), etag);
  // Faults and errors are never cached.
  assert.equal((await api('formations/records', {}, '/__fault/status=500')).headers.get('cache-control'), 'no-store');
  assert.equal((await api('formations/records', { where: 'x = ' })).headers.get('etag'), null);
});
