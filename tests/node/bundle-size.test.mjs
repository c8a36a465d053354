// Bundle budgets, measured on dist/ as built by `npm run build` (npm test builds first).
// The figure that counts for a partner is what a script tag makes the browser download before the
// widget works: the entry file and every chunk it imports statically, gzip-compressed. Chunks
// loaded on demand (the detail view with DOMPurify, English strings, the map with Leaflet) are
// budgeted separately.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { CDN, everything, gz, KB, lazyChunks, loaderChunk, report, staticGraph, sumGz } from './bundle.mjs';

const read = (f) => readFileSync(f, 'utf8');
const hasLeaflet = (f) => /leaflet-pane|L\.DomUtil|_leaflet_id/.test(read(f));
const hasLit = (f) => read(f).includes('litElementVersions');

test('dist/ has been built', () => {
  for (const f of ['carif-widgets.js', 'training-search.js', 'internship-board.js', 'venue-map.js', 'event-agenda.js']) assert.ok(existsSync(join(CDN, f)), `run \`npm run build\` first (${f})`);
});

/**
 * Ceilings, not targets: the script-tag files met 25, 27 and 30 KB until the people-facing and
 * hardening work of issues 14 and 16 (Trusted Types about 0.26 KB, print about 0.16, forced
 * colours, the phone 'see the results' button and collapsed filter groups about 0.3, plain-French
 * words about 0.12 on the training search) went over them without paying them back. They hold
 * today's figures so that nothing grows further unseen (25.66, 26.89 and 29.95 KB after issue 15's
 * work: the board's and the agenda's were back under their targets). Then issue 14's last features
 * took them over again: sync-url on all four widgets with a link to each result (+0.47 KB on the
 * training search), and on the board the employer directory's map, distances and offers button
 * (+1.14 KB with sync-url), the agenda +0.73: 26.10, 28.02 and 30.66 KB, held here with 0.05 KB
 * of room (a ceiling met to the byte broke on the next CSS line).
 */
const CEILING = { training: 26.15, board: 28.1, agenda: 30.75 };

test(`the training search script-tag file is at most ${CEILING.training} KB gzip (target 25), Lit included`, () => {
  const { total, files } = report(join(CDN, 'training-search.js'));
  assert.ok(files.some(hasLit), 'Lit is bundled in the count');
  console.log(`training-search.js: ${(total / KB).toFixed(2)} KB gzip (ceiling ${CEILING.training}, target 25)`);
  assert.ok(total <= CEILING.training * KB, `training search: ${total} bytes gzip > ${CEILING.training * KB}`);
});

test('DOMPurify and the English strings load only on demand', () => {
  const { files, lazy } = report(join(CDN, 'training-search.js'));
  const eager = files.map(read).join('\n');
  assert.ok(!eager.includes('DOMPurify'), 'DOMPurify must not be in the eager files');
  assert.ok(lazy.some((f) => read(f).includes('DOMPurify')), 'DOMPurify is a lazy chunk');
});

test(`the internship board: its own chunk at most 15 KB gzip (Lit and core excluded); its script-tag file under ${CEILING.board} KB (target 27)`, () => {
  // Through the all-widgets loader, the board and the training search share Lit and the core:
  // the board's own code is what it loads that the training search does not.
  const board = staticGraph(loaderChunk('carif-internship-board'));
  const search = new Set(staticGraph(loaderChunk('carif-training-search')));
  const own = board.filter((f) => !search.has(f));
  const shared = board.filter((f) => search.has(f));
  assert.ok(shared.some(hasLit), 'Lit is in the shared part, not counted as the board’s own');
  assert.ok(own.length >= 1 && !own.some(hasLit), `own files: ${own.join(', ')}`);
  const ownGz = sumGz(own);
  console.log(`internship board own chunk: ${(ownGz / KB).toFixed(2)} KB gzip (${own.map((f) => f.split('/').pop()).join(', ')}); shared with the training search: ${(sumGz(shared) / KB).toFixed(2)} KB`);
  assert.ok(ownGz <= 15 * KB, `board own chunk: ${ownGz} bytes gzip > 15,000`);
  const { total } = report(join(CDN, 'internship-board.js'));
  assert.ok(total <= CEILING.board * KB, `internship-board.js: ${total} bytes gzip > ${CEILING.board * KB}`);
});

test(`the event agenda: its own chunk at most 15 KB gzip (Lit and core excluded); the .ics writer and DOMPurify load on demand; its script-tag file under ${CEILING.agenda} KB (target 30)`, () => {
  const agenda = staticGraph(loaderChunk('carif-event-agenda'));
  const search = new Set(staticGraph(loaderChunk('carif-training-search')));
  const own = agenda.filter((f) => !search.has(f));
  const shared = agenda.filter((f) => search.has(f));
  assert.ok(shared.some(hasLit), 'Lit is in the shared part, not counted as the agenda’s own');
  assert.ok(own.length >= 1 && !own.some(hasLit), `own files: ${own.join(', ')}`);
  const ownGz = sumGz(own);
  console.log(`event agenda own chunk: ${(ownGz / KB).toFixed(2)} KB gzip (${own.map((f) => f.split('/').pop()).join(', ')}); shared with the training search: ${(sumGz(shared) / KB).toFixed(2)} KB`);
  assert.ok(ownGz <= 15 * KB, `agenda own chunk: ${ownGz} bytes gzip > 15,000`);
  const { total, files, lazy } = report(join(CDN, 'event-agenda.js'));
  const eager = files.map(read).join('\n');
  assert.ok(!eager.includes('DOMPurify') && !eager.includes('BEGIN:VCALENDAR'), 'DOMPurify and the .ics writer are not in the eager files');
  assert.ok(lazy.some((f) => read(f).includes('BEGIN:VCALENDAR')), 'the .ics writer is an on-demand chunk');
  assert.ok(!everything(join(CDN, 'event-agenda.js')).some(hasLeaflet), 'the agenda never loads Leaflet');
  assert.ok(total <= CEILING.agenda * KB, `event-agenda.js: ${total} bytes gzip > ${CEILING.agenda * KB}`);
});

test('the map chunk (Leaflet, its CSS, supercluster, our markers) is at most 35 KB gzip and loads only on demand', () => {
  const boardEager = staticGraph(join(CDN, 'internship-board.js'));
  assert.ok(!boardEager.some(hasLeaflet), 'Leaflet must not load before the map is shown');
  const maps = lazyChunks(join(CDN, 'internship-board.js')).filter(hasLeaflet);
  assert.equal(maps.length, 1, `one map chunk expected: ${maps.join(', ')}`);
  const map = maps[0];
  assert.ok(read(map).includes('.leaflet-pane'), 'Leaflet’s CSS is in the map chunk');
  console.log(`map chunk: ${(gz(map) / KB).toFixed(2)} KB gzip`);
  assert.ok(gz(map) <= 35 * KB, `map chunk: ${gz(map)} bytes gzip > 35,000`);
});

test('the venue map loads Leaflet on demand, from the same map chunk', () => {
  const eager = staticGraph(join(CDN, 'venue-map.js'));
  assert.ok(!eager.some(hasLeaflet), 'venue-map.js must not hold Leaflet itself');
  const maps = lazyChunks(join(CDN, 'venue-map.js')).filter(hasLeaflet);
  assert.equal(maps.length, 1);
  console.log(`venue-map.js: ${(sumGz(eager) / KB).toFixed(2)} KB gzip, then the map chunk ${(gz(maps[0]) / KB).toFixed(2)} KB`);
  assert.ok(gz(maps[0]) <= 35 * KB, `map chunk: ${gz(maps[0])} bytes gzip > 35,000`);
});

test('a page with only the training search loads no Leaflet code, whichever script it uses', () => {
  for (const entry of [join(CDN, 'training-search.js'), loaderChunk('carif-training-search')]) {
    const files = everything(entry);
    assert.ok(files.length >= 2, `${entry}: the walk found ${files.length} file(s)`);
    assert.ok(!files.some(hasLeaflet), `${entry} can reach Leaflet`);
  }
  // The loader itself holds no widget.
  const loader = staticGraph(join(CDN, 'carif-widgets.js'));
  assert.ok(sumGz(loader) <= 2 * KB, `carif-widgets.js eager files: ${sumGz(loader)} bytes gzip`);
  assert.ok(!loader.some(hasLit), 'the loader must not pull Lit before a widget is on the page');
});
