import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileOrderBy, compileWhere, haversineMeters, OdsqlError, parseWhere } from '../../api/odsql.mjs';
import { schemaOf } from '../../api/schema.mjs';

const schema = { fields: { a: 'int', b: 'text', tags: 'text[]', d: 'date', t: 'datetime', geo: 'geo_point_2d', n: 'double' } };
const rec = (o) => {
  const r = { a: null, b: null, tags: [], d: null, t: null, geo: null, n: null, ...o };
  const text = [r.b, ...(r.tags ?? [])].filter(Boolean).join(' ').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  Object.defineProperty(r, '__text', { value: text });
  Object.defineProperty(r, '__words', { value: new Set(text.split(/[^a-z0-9]+/)) });
  Object.defineProperty(r, '__fields', { value: { b: (r.b ?? '').toLowerCase() } });
  return r;
};
const where = (q, o) => compileWhere(q, schema)(rec(o));

test('precedence: not > and > or, and parentheses', () => {
  assert.deepEqual(parseWhere('a = 1 or a = 2 and b = "x"'), { op: 'or', left: { op: 'cmp', cmp: '=', field: 'a', value: 1 }, right: { op: 'and', left: { op: 'cmp', cmp: '=', field: 'a', value: 2 }, right: { op: 'cmp', cmp: '=', field: 'b', value: 'x' } } });
  assert.equal(where('a = 1 or a = 2 and b = "x"', { a: 1, b: 'y' }), true);
  assert.equal(where('(a = 1 or a = 2) and b = "x"', { a: 1, b: 'y' }), false);
  assert.equal(where('not a = 1 and b = "y"', { a: 2, b: 'y' }), true);
  assert.equal(where('NOT (a = 2 OR a = 3)', { a: 2 }), false);
});

test('every comparison operator, in, is null, like (a word match: see portal-conformance)', () => {
  for (const [q, expected] of [['a = 5', true], ['not (a = 5)', false], ['not (a = 4)', true], ['a < 6', true], ['a <= 5', true], ['a > 5', false], ['a >= 5', true], ['a in (1, 5)', true], ['not (a in (1, 5))', false], ['n is null', true], ['a is not null', true], ['b like "cuisine"', true], ['b like "cui"', false], ['b like "x"', false]]) {
    assert.equal(where(q, { a: 5, b: 'cuisine' }), expected, q);
  }
});

test('arrays match when any value does', () => {
  assert.equal(where('tags = "x"', { tags: ['y', 'x'] }), true);
  assert.equal(where('tags in ("z", "y")', { tags: ['y'] }), true);
  assert.equal(where('tags = "z"', { tags: ['y'] }), false);
});

test('strings in double or single quotes, with escapes; an escaped injection stays one literal', () => {
  assert.equal(where(`b = 'l\\'eau'`, { b: "l'eau" }), true);
  assert.equal(where('b = "dit \\"oui\\""', { b: 'dit "oui"' }), true);
  const ast = parseWhere('"abc\\" or 1=1 or \\""');
  assert.deepEqual(ast, { op: 'fulltext', text: 'abc" or 1=1 or "' });
  assert.equal(where('b = "a\\\\"', { b: 'a\\' }), true);
});

test('full text: every word, accents and case folded; whole words in a bare string, the last word a prefix in search()', () => {
  assert.equal(where('"Cuisinier"', { b: 'CAP cuisinier' }), true);
  assert.equal(where('"cuisinier cap"', { b: 'CAP cuisinier' }), true);
  assert.equal(where('"cuisin cap"', { b: 'CAP cuisinier' }), false);
  assert.equal(where('"électricité"', { b: 'Electricite generale' }), true);
  assert.equal(where('"cuisine plombier"', { b: 'CAP cuisinier' }), false);
  assert.equal(where('search(b, "cap cuisin")', { b: 'CAP cuisinier' }), true);
  assert.equal(where('search(b, "isin")', { b: 'cuisinier' }), false);
});

test('dates and datetimes compare as dates and instants', () => {
  assert.equal(where("d >= date'2027-01-01'", { d: '2027-01-12' }), true);
  assert.equal(where("d < date'2027-01-01'", { d: '2027-01-12' }), false);
  // 10:00 in Paris in winter is 09:00 UTC.
  assert.equal(where("t > date'2027-01-12T09:30:00Z'", { t: '2027-01-12T10:00:00+01:00' }), false);
  assert.equal(where("t >= date'2027-01-12T09:00:00Z'", { t: '2027-01-12T10:00:00+01:00' }), true);
});

test('within_distance with real distances: Dijon to Besançon is about 75 km', () => {
  const dijon = { lat: 47.322, lon: 5.0415 };
  const besancon = { lat: 47.2378, lon: 6.0241 };
  const km = haversineMeters(dijon, besancon) / 1000;
  assert.ok(km > 73 && km < 77, `${km}`);
  assert.equal(where("within_distance(geo, geom'POINT(5.0415 47.322)', 80km)", { geo: besancon }), true);
  assert.equal(where("within_distance(geo, geom'POINT(5.0415 47.322)', 70km)", { geo: besancon }), false);
  assert.equal(where("within_distance(geo, geom'POINT(5.0415 47.322)', 500m)", { geo: dijon }), true);
  assert.equal(where("within_distance(geo, geom'POINT(5.0415 47.322)', 80km)", { geo: null }), false);
  assert.equal(where('in_bbox(geo, 47, 5, 48, 6)', { geo: dijon }), true);
});

test('order_by: fields, directions, nulls last, distance', () => {
  const rows = [rec({ a: 2, geo: { lat: 47.2378, lon: 6.0241 } }), rec({ a: null }), rec({ a: 1, geo: { lat: 47.322, lon: 5.0415 } })];
  assert.deepEqual([...rows].sort(compileOrderBy('a', schema)).map((r) => r.a), [1, 2, null]);
  assert.deepEqual([...rows].sort(compileOrderBy('a desc', schema)).map((r) => r.a), [2, 1, null]);
  assert.deepEqual([...rows].sort(compileOrderBy("distance(geo, geom'POINT(5 47.3)')", schema)).map((r) => r.a), [1, 2, null]);
  assert.throws(() => compileOrderBy('nope', schema), OdsqlError);
});

test('errors are clear and pathological input is refused fast', () => {
  assert.throws(() => compileWhere('zz = 1', schema), /Unknown field "zz"/);
  assert.throws(() => parseWhere('a = '), /Expected a value/);
  assert.throws(() => parseWhere('b = "open'), /Unterminated string/);
  assert.throws(() => parseWhere('a = 1 1'), /Unexpected/);
  assert.throws(() => parseWhere('a ? 1'), /Unexpected character/);
  const started = Date.now();
  assert.throws(() => parseWhere(`${'('.repeat(2000)}a = 1${')'.repeat(2000)}`), /nested too deeply/);
  assert.throws(() => parseWhere('not '.repeat(2000) + 'a = 1'), /nested too deeply/);
  assert.throws(() => parseWhere(`"${'x'.repeat(1_000_000)}"`), /too long/);
  assert.ok(Date.now() - started < 1000);
});

test('the event agenda’s "still on" clause: an event without an end lasts until the end of its Paris day', () => {
  // The very clause tests/browser/event-agenda.search.test.ts pins for 24 November 2026, 10:00 in Paris.
  const pred = compileWhere("`fin` >= date'2026-11-24T09:00:00.000Z' or (`fin` is null and `debut` >= date'2026-11-23T23:00:00.000Z')", schemaOf('evenements'));
  const at = (debut, fin) => pred({ debut, fin });
  assert.equal(at('2026-11-24T08:00:00+01:00', null), true, 'this morning, no end: still listed');
  assert.equal(at('2026-11-23T18:00:00+01:00', null), false, 'yesterday, no end: past');
  assert.equal(at('2026-11-23T09:00:00+01:00', '2026-11-24T12:00:00+01:00'), true, 'ends later today');
  assert.equal(at('2026-11-24T08:00:00+01:00', '2026-11-24T09:30:00+01:00'), false, 'ended at 9:30');
});
