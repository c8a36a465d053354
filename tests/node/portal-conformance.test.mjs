// Portal conformance: the embedded API answers as the official Explore v2.1 specification says a
// real Opendatasoft portal does, on every construct the widgets send or could be tempted to send.
// Each test quotes the paragraph it relies on ([SPEC] = opendatasoft/opendatasoft-explore-sdk
// generators/python/openapi/openapi.json @ 618b3dc5; [CLIENT] = @opendatasoft/api-client 21.9.0;
// docs/explore-v2.1.md has the table). Where a fact could not be verified (no machine here reaches
// a real portal), the comment says so and the widgets are made robust to both answers.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { createExploreHandler, MAX_FACET_VALUES } from '../../api/explore.mjs';
import { compileWhere, parseWhere } from '../../api/odsql.mjs';

let base;
let server;
before(async () => {
  const handle = createExploreHandler({ shiftDates: false });
  server = createServer(async (req, res) => {
    if (!(await handle(req, res))) res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

const get = async (path, params = {}, prefix = '') => {
  const url = new URL(`${prefix}/api/explore/v2.1/catalog/datasets/${path}`, base);
  for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) url.searchParams.append(k, String(x));
  const res = await fetch(url);
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, headers: res.headers };
};
const count = async (where) => (await get('formations/records', { where, limit: 0 })).body.total_count;

// A record as the API prepares them (folded words of its text), for the evaluator alone.
const schema = { fields: { title: 'text', tags: 'text[]', n: 'int', ok: 'int', year: 'int', d: 'date' }, searchable: ['title', 'tags'] };
const rec = (o) => {
  const r = { title: null, tags: [], n: null, ok: null, year: null, d: null, ...o };
  const words = [r.title, ...r.tags].filter(Boolean).join(' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  Object.defineProperty(r, '__words', { value: new Set(words) });
  Object.defineProperty(r, '__fields', { value: {} });
  return r;
};
const holds = (q, o) => compileWhere(q, schema)(rec(o));

test('1. group_by answers carry no total_count and allow limits up to 20000 ([SPEC] example group_by_country; parameter limit)', async () => {
  // [SPEC] example "group_by_country": {"results": [{"count": 16729, "cou_name_en": "United States"}, ...]}
  const grouped = await get('formations/records', { select: 'region,count(*)', group_by: 'region', limit: 20 });
  assert.equal(grouped.status, 200);
  assert.deepEqual(Object.keys(grouped.body), ['results']);
  assert.ok(grouped.body.results.every((r) => typeof r.region === 'string' && r['count(*)'] > 0));
  // "For a query with a group_by: the maximum value for limit is 20000, offset+limit should be less than 20000"
  assert.equal((await get('stages/records', { group_by: 'employeur_id', limit: 20000 })).status, 200);
  assert.equal((await get('stages/records', { group_by: 'employeur_id', limit: 20001 })).status, 400);
  assert.equal((await get('stages/records', { group_by: 'employeur_id', limit: 100, offset: 19950 })).status, 400);
  // "For a query without a group_by: the maximum value for limit is 100"; the message is the one
  // third-party code quotes from real portals (not in the specification).
  const over = await get('formations/records', { limit: 101 });
  assert.equal(over.status, 400);
  assert.deepEqual(over.body, { error_code: 'InvalidRESTParameterError', message: 'Invalid value for limit API parameter: 101 was found but -1 <= limit <= 100 is expected.' });
  // Records answers keep total_count (example records-v2.1: "total_count": 137611).
  assert.equal(typeof (await get('formations/records', { limit: 1 })).body.total_count, 'number');
});

test('2. like means "contains the word", with no wildcard ([SPEC] Where clause example)', async () => {
  // `my_text_field like "paris"`: "my_text_field contains the word `paris`"
  assert.equal(holds('title like "paris"', { title: 'Lycée de Paris centre' }), true);
  assert.equal(holds('title like "par"', { title: 'Lycée de Paris centre' }), false);
  assert.equal(holds('title like "paris centre"', { title: 'Centre de Paris' }), true);
  // % is no SQL wildcard: "21%" asks for the word 21, which no postcode is.
  const communes = (where) => get('communes/records', { where, limit: 0 }).then((r) => r.body.total_count);
  assert.equal(await communes('codes_postaux like "21%"'), 0);
  assert.equal(await communes('codes_postaux like "21"'), 0);
  assert.ok((await communes('nom like "dijon"')) >= 1);
});

test('3. startswith() is the prefix test: whole value, case-sensitive ([SPEC] startswith())', async () => {
  // startswith(title, "SECRET") -- will match "SECRET DEFENSE" but not "THE BOOK OF SECRETS", nor "book of secret"
  assert.equal(holds('startswith(title, "SECRET")', { title: 'SECRET DEFENSE' }), true);
  assert.equal(holds('startswith(title, "SECRET")', { title: 'THE BOOK OF SECRETS' }), false);
  assert.equal(holds('startswith(title, "SECRET")', { title: 'book of secret' }), false);
  assert.equal(holds('startswith(title, "secret")', { title: 'SECRET DEFENSE' }), false, 'case sensitive');
  // [CLIENT] textStartWith: startswith(`field1`, `field2`, "my search term"); * or no field = every field.
  assert.equal(holds('startswith(`title`, `tags`, "Bre")', { title: 'x', tags: ['Bretagne'] }), true);
  assert.equal(holds('startswith(*, "Bre")', { title: 'Bretagne' }), true);
  // What the commune box sends for a partial postcode: every answer starts with it.
  const found = await get('communes/records', { where: 'startswith(`codes_postaux`, "21")', limit: 100 });
  assert.ok(found.body.total_count > 5);
  assert.ok(found.body.results.every((c) => c.codes_postaux.some((p) => p.startsWith('21'))));
});

test('4. full text: a bare string wants every whole word; search() takes the last word as a prefix ([SPEC] Search query filter, search())', async () => {
  // "action movies" -- returns results that contain action and movies
  assert.equal(holds('"action movies"', { title: 'Movies of action' }), true);
  assert.equal(holds('"action movie"', { title: 'Movies of action' }), false, 'a bare string has no prefix');
  // search(title, "bok of secret") -- will match "THE BOOK OF SECRETS": the first terms fuzzy, the
  // last a prefix. The emulation takes the first terms as whole words (stricter than a portal, so a
  // search that passes here passes there); the last one is a prefix as on a portal.
  assert.equal(holds('search(title, "book of secret")', { title: 'THE BOOK OF SECRETS' }), true);
  assert.equal(holds('search(title, "BOOK OF SECR")', { title: 'the book of secrets' }), true, 'case insensitive');
  assert.equal(holds('search(title, "secret book")', { title: 'THE BOOK OF SECRETS' }), false, '"secret" is not a whole word');
  // [CLIENT] textSearch: search("my search term") (no field: every field) and search(`f1`, `f2`, "…").
  assert.equal(holds('search("boulan")', { title: 'CAP boulanger' }), true);
  assert.equal(holds('search(`title`, `tags`, "boulan")', { tags: ['boulangerie'] }), true);
  // suggest(): every term a prefix.
  assert.equal(holds('suggest("boul cap")', { title: 'CAP boulanger' }), true);
  // On the sample data: search-as-you-type finds with "boulan" what a bare "boulan" does not.
  assert.equal(await count('"boulan"'), 0);
  assert.ok((await count('search("boulan")')) > 0);
  assert.equal(await count('search("boulan")'), await count('search("boulanger")') + (await count('search("boulan") and not search("boulanger")')));
});

test('5. facets: the documented shape, facet() arguments, at most 100 values (cap not verified)', async () => {
  // [SPEC] example "facets": {"facets": [{"facets": [{"count": 68888, "state": "displayed", "name": "Europe", "value": "Europe"}, ...], "name": "timezone"}, ...]}
  const { body } = await get('formations/facets', { facet: ['voie', 'lieu_ville'] });
  assert.deepEqual(body.facets.map((f) => f.name), ['voie', 'lieu_ville']);
  assert.ok(body.facets[0].facets.every((v) => Object.keys(v).sort().join() === 'count,name,state,value' && v.state === 'displayed'));
  // Real portals list at most 100 values per facet (seen by others on data.education.gouv.fr; the
  // specification states no cap): the emulation too, so that a widget never needs more.
  const cities = await get('formations/records', { group_by: 'lieu_ville', limit: 1000 });
  assert.ok(cities.body.results.length > MAX_FACET_VALUES, 'the sample has more towns than a facet lists');
  assert.equal(body.facets[1].facets.length, MAX_FACET_VALUES);
  // facet=facet(name="x", sort=..., limit=N)
  const five = await get('formations/facets', { facet: 'facet(name="lieu_ville", sort="alphanum", limit=5)' });
  const names = five.body.facets[0].facets.map((v) => v.value);
  assert.equal(names.length, 5);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
});

test('6. a 429 has the documented body and the quota headers, and no Retry-After ([SPEC] responses/quota)', async () => {
  const r = await get('formations/records', {}, '/__fault/status=429,retry-after=30');
  assert.equal(r.status, 429);
  // required: ["errorcode", "reset_time", "limit_time_unit", "call_limit", "error"]
  assert.deepEqual(Object.keys(r.body).sort(), ['call_limit', 'error', 'errorcode', 'limit_time_unit', 'reset_time']);
  assert.equal(r.body.errorcode, 10002);
  assert.ok(Math.abs(Date.parse(r.body.reset_time) - Date.now() - 30_000) < 2000);
  // [V1DOC] Quotas: X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset (an epoch).
  assert.equal(r.headers.get('x-ratelimit-remaining'), '0');
  assert.match(r.headers.get('x-ratelimit-reset'), /^\d{10}$/);
  assert.equal(r.headers.get('retry-after'), null);
});

test('7. several where parameters are combined with AND ([SPEC] Where clause, Note)', async () => {
  const both = await get('formations/records', { where: ['region = "27"', '"apprentissage" in voie'], limit: 0 });
  const anded = await count('region = "27" and "apprentissage" in voie');
  assert.ok(anded > 0 && anded < (await count('region = "27"')));
  assert.equal(both.body.total_count, anded);
});

test('8. the documented forms are accepted, the undocumented != <> "not in" are refused ([SPEC] IN filter, Boolean field, within_distance)', async () => {
  // "Paris" IN multivalued_text_field; numeric_field IN [1..10]; ]1..10[; my_boolean_field is false
  assert.equal(holds('"b" in tags', { tags: ['a', 'b'] }), true);
  assert.equal(holds('n in [1..10]', { n: 10 }), true);
  assert.equal(holds('n in ]1..10[', { n: 10 }), false);
  assert.equal(holds('n in [1 TO 10[', { n: 1 }), true);
  assert.equal(holds("d in [date'2027'..date'2028']", { d: '2027-06-01' }), true);
  assert.equal(holds("d >= date'2027/01/01'", { d: '2027-01-01' }), true);
  assert.equal(holds('ok', { ok: 1 }), true);
  assert.equal(holds('ok is false', { ok: 0 }), true);
  assert.equal(holds('ok is not true', { ok: 0 }), true);
  for (const [unit, km] of [['mi', 1.609344], ['yd', 0.0009144], ['ft', 0.0003048], ['m', 0.001], ['cm', 0.00001], ['km', 1], ['mm', 0.000001]]) {
    const dist = Math.ceil(60 / km);
    assert.equal((await get('formations/records', { where: `within_distance(lieu_geo, geom'POINT(5.0415 47.322)', ${dist}${unit})`, limit: 0 })).status, 200, unit);
  }
  assert.equal(await count("within_distance(lieu_geo, geom'POINT(5.0415 47.322)', 20mi)"), await count("within_distance(lieu_geo, geom'POINT(5.0415 47.322)', 32187m)"));
  for (const q of ['region != "27"', 'region <> "27"', 'region not in ("27")']) {
    const r = await get('formations/records', { where: q });
    assert.equal(r.status, 400, q);
    assert.equal(r.body.error_code, 'ODSQLError');
  }
  assert.equal(await count('not (region = "27")'), (await count('')) - (await count('region = "27"')));
});

test('9. field names in backquotes; a reserved keyword must be backquoted ([SPEC] Field names, Reserved keywords; [CLIENT] field())', async () => {
  assert.equal(await count('`region` = "27"'), await count('region = "27"'));
  assert.throws(() => parseWhere('year = 2027'), /reserved keyword/);
  assert.equal(holds('`year` = 2027', { year: 2027 }), true);
});

test('10. errors have the documented 400 body ([SPEC] responses/bad_request)', async () => {
  // {"message": "ODSQL query is malformed: invalid_function() Clause(s) containing the error(s): select.", "error_code": "ODSQLError"}
  const r = await get('formations/records', { where: 'invalid_function(x)' });
  assert.equal(r.status, 400);
  assert.deepEqual(Object.keys(r.body).sort(), ['error_code', 'message']);
  assert.match(r.body.message, /^ODSQL query is malformed: .+ Clause\(s\) containing the error\(s\): where\.$/);
});

test('11. exports return every matching record, limit -1 by default, no offset ([SPEC] exportRecords; JSON shape not verified)', async () => {
  const all = await get('lieux-spro/exports/json', { where: 'region = "27"', select: 'id,nom' });
  assert.equal(all.status, 200);
  assert.ok(Array.isArray(all.body));
  assert.equal(all.body.length, (await get('lieux-spro/records', { where: 'region = "27"', limit: 0 })).body.total_count);
  assert.ok(all.body.length > 100, 'more than one records page');
  assert.deepEqual(Object.keys(all.body[0]), ['id', 'nom']);
  const lines = await get('lieux-spro/exports/jsonl', { where: 'region = "27"', limit: 3 });
  assert.equal(String(lines.body).trim().split('\n').length, 3);
});

test('no field outside the schema, whatever its name: __proto__, constructor (refused as unknown)', async () => {
  for (const [param, value] of [['select', '__proto__'], ['where', '__proto__ = 1'], ['where', 'constructor = 1'], ['group_by', 'constructor'], ['refine', '__proto__:x'], ['order_by', '__proto__']]) {
    const r = await get('formations/records', { [param]: value });
    assert.equal(r.status, 400, `${param}=${value}`);
    assert.match(r.body.message, /Unknown field/, `${param}=${value}`);
  }
});
