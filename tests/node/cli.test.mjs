// The package's command line, run as a partner runs it: `node cli/carif-oref-widgets.mjs …`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = 'cli/carif-oref-widgets.mjs';
const work = mkdtempSync(join(tmpdir(), 'carif-cli-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

async function cli(...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const records = (dir, dataset = 'formations') => JSON.parse(readFileSync(join(dir, `${dataset}.json`), 'utf8'));
const fingerprint = (dir) => Object.fromEntries(readdirSync(dir).map((f) => [f, createHash('sha1').update(readFileSync(join(dir, f))).digest('hex')]));

test('import lheo: one record per action, with its place, sessions, organisation and contact; escaped HTML decoded', async () => {
  const out = join(work, 'one');
  const r = await cli('import', 'lheo', 'tests/fixtures/lheo/synthetic-small.xml', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /1 formation, 1 action imported/);
  const [rec] = records(out);
  assert.equal(rec.id_action, 'A1');
  assert.equal(rec.intitule_formation, 'CAP cuisine');
  assert.equal(rec.objectif_formation, '<p>Devenir <b>cuisinier</b></p>');
  assert.deepEqual(rec.lieu_geo, { lat: 47.32, lon: 5.04 });
  assert.equal(rec.lieu_ville, 'Dijon');
  assert.equal(rec.organisme_nom, 'GRETA 21');
  assert.equal(rec.contact_tel, '03 80 00 00 00');
  assert.deepEqual(rec.financeurs, [2]);
  assert.equal(rec.sessions[0].debut, '20270105');
  assert.equal(rec.recrutement_ouvert, 1);
  assert.equal(rec.accessible_handicap, 1);
  // The forms an Opendatasoft portal ingests, and the field schema.
  assert.deepEqual(readdirSync(out).sort(), ['formations.csv', 'formations.json', 'formations.ndjson', 'formations.schema.json', 'meta.json']);
  const csv = readFileSync(join(out, 'formations.csv'), 'utf8').split('\n');
  assert.match(csv[0], /^id_action;id_formation;intitule_formation;/);
  assert.match(csv[1], /^A1;F1;CAP cuisine;/);
  const schema = JSON.parse(readFileSync(join(out, 'formations.schema.json'), 'utf8'));
  assert.equal(schema.identifier, 'id_action');
  assert.ok(schema.fields.some((f) => f.name === 'lieu_geo' && f.type === 'geo_point_2d'));
  assert.equal(JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')).sample, false);
});

test('imports into one folder add up; the same id_action is replaced, not doubled', async () => {
  const out = join(work, 'sum');
  const second = join(work, 'second.xml');
  writeFileSync(second, readFileSync('tests/fixtures/lheo/synthetic-small.xml', 'utf8').replace('numero="A1"', 'numero="A2"').replace('CAP cuisine', 'CAP pâtisserie'));
  assert.equal((await cli('import', 'lheo', 'tests/fixtures/lheo/synthetic-small.xml', '--out', out)).code, 0);
  assert.equal((await cli('import', 'lheo', second, '--out', out)).code, 0);
  const again = await cli('import', 'lheo', 'tests/fixtures/lheo/synthetic-small.xml', '--out', out);
  assert.match(again.stdout, /2 actions \(0 new, 1 replaced, 1 kept/);
  assert.deepEqual(records(out).map((r) => r.id_action).sort(), ['A1', 'A2']);
  assert.equal(JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')).imports.length, 3);
});

test('a malformed file: exit code 1, the file, line and column named, the folder left exactly as it was', async () => {
  const out = join(work, 'kept');
  assert.equal((await cli('import', 'lheo', 'tests/fixtures/lheo/synthetic-small.xml', '--out', out)).code, 0);
  const before = fingerprint(out);
  const r = await cli('import', 'lheo', 'tests/fixtures/lheo/synthetic-broken.xml', '--out', out);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /synthetic-broken\.xml:5:\d+: unexpected close tag/);
  assert.match(r.stderr, /Nothing was written/);
  assert.deepEqual(fingerprint(out), before);
  assert.deepEqual(readdirSync(work).filter((f) => f.startsWith('.carif-import-')), [], 'no temporary folder left behind');
});

test('not an LHEO file, a missing file, a wrong command: a clear message and a non-zero exit', async () => {
  const notLheo = join(work, 'other.xml');
  writeFileSync(notLheo, '<?xml version="1.0"?><catalogue><item/></catalogue>');
  const a = await cli('import', 'lheo', notLheo, '--out', join(work, 'x'));
  assert.equal(a.code, 1);
  assert.match(a.stderr, /not an LHEO file/);
  const b = await cli('import', 'lheo', join(work, 'missing.xml'), '--out', join(work, 'x'));
  assert.equal(b.code, 1);
  assert.match(b.stderr, /ENOENT|no such file/);
  const c = await cli('import', 'pdf', 'x', '--out', join(work, 'x'));
  assert.equal(c.code, 2);
  assert.match(c.stderr, /import knows lheo and csv/);
});

test('import csv stages: rows read, rows refused with their line and reason, unknown columns reported', async () => {
  const file = join(work, 'stages.csv');
  writeFileSync(
    file,
    [
      'id;titre;type;employeur_nom;commune;code_postal;latitude;longitude;periode_debut;duree_jours;accueil_3e;couleur',
      's1;Stage en boulangerie;stage_3e;Boulangerie Paul;Dijon;21000;47,32;5,04;15/12/2026;5;oui;bleu',
      's2;Stage au garage;stage_3e;Garage;Beaune;21200;47.02;4.84;2027-02-30;5;non;',
      ';Sans identifiant;stage_3e;X;Dijon;21000;;;;;;',
    ].join('\n'),
  );
  const out = join(work, 'csv');
  const r = await cli('import', 'csv', 'stages', file, '--out', out);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /1 row imported/);
  assert.match(r.stdout, /Columns left out .*: couleur/);
  assert.match(r.stdout, /line 3: periode_debut: "2027-02-30" is not a date/);
  assert.match(r.stdout, /line 4: id: empty/);
  const [rec] = records(out, 'stages');
  assert.deepEqual(rec.geo, { lat: 47.32, lon: 5.04 });
  assert.equal(rec.periode_debut, '2026-12-15');
  assert.equal(rec.accueil_3e, 1);
});

test('serve --data: the Explore API over the folder (real data: no sample flag), communes from the package', async () => {
  const out = join(work, 'served');
  assert.equal((await cli('import', 'lheo', 'tests/fixtures/lheo/synthetic-small.xml', '--out', out)).code, 0);
  const { startServer } = await import('../../cli/serve.mjs');
  const server = await startServer({ data: out, port: 0, log: () => {} });
  try {
    const base = `http://127.0.0.1:${server.address().port}/api/explore/v2.1`;
    const res = await fetch(`${base}/catalog/datasets/formations/records?where=${encodeURIComponent('search("cuisine")')}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-carif-sample-data'), null);
    const body = await res.json();
    assert.equal(body.total_count, 1);
    assert.equal(body.results[0].intitule_formation, 'CAP cuisine');
    const communes = await (await fetch(`${base}/catalog/datasets/communes/records?limit=1`)).json();
    assert.ok(communes.total_count > 1000);
    assert.equal((await fetch(`${base}/catalog/datasets/stages/records`)).status, 404);
  } finally {
    server.close();
  }
});

test('the habits of a real export (Onisep LHEO 2.2): "-" for nothing, the organisation as contact, web addresses without scheme, extras', async () => {
  const out = join(work, 'onisep');
  const r = await cli('import', 'lheo', 'tests/fixtures/lheo/onisep-shape.xml', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /2 formations, 3 actions imported/);
  const byId = Object.fromEntries(records(out).map((x) => [x.id_action, x]));
  const bts = byId['9001_10001'];
  assert.equal(bts.organisme_nom, 'Lycée des Tilleuls', 'raison-sociale "-" falls back to nom-organisme');
  assert.equal(bts.conditions_specifiques, null, '"-" reads as nothing');
  assert.equal(bts.contact_tel, '03 80 00 00 16', 'an empty contact-formation falls back to the organisation');
  assert.equal(bts.url_formation, 'http://lycee-des-tilleuls.example.fr');
  assert.deepEqual(bts.voie, ['scolaire'], "Onisep's extra formation-initiale");
  assert.equal(bts.niveau_sortie, 6);
  assert.match(bts.resultats_attendus, /^<p><b>À la fin :<\/b><br \/><p>/);
  assert.equal(byId['9001_10002'].modalites_entrees_sorties, 1);
  assert.deepEqual(byId['9001_10002'].sessions[0], { numero: '9001_10002_S1', debut: '00000000', fin: '99999999', etat_recrutement: null, inscription_debut: null, inscription_fin: null, adresse_inscription: null });
  assert.equal(byId['9002_10003'].departement, '25', 'the département from the postcode when the address has none');
});
