// custom-elements.json (built by `npm run build`): what editors, Storybook and framework tooling read.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = Object.fromEntries(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])));

test('the four widgets are described, each with its documented events only', () => {
  assert.deepEqual(Object.keys(elements).sort(), ['carif-event-agenda', 'carif-internship-board', 'carif-training-search', 'carif-venue-map']);
  for (const [tag, d] of Object.entries(elements)) {
    const events = (d.events ?? []).map((e) => e.name);
    assert.ok(events.includes('carif-results') && events.includes('carif-error'), `${tag}: ${events}`);
    for (const name of events) assert.match(name, /^carif-/, `${tag} lists an event "${name}"`);
    for (const e of d.events) assert.ok(e.description, `${tag}: ${e.name} has no description`);
  }
});

test('the event agenda documents its attributes, slots, parts and the `now` property', () => {
  const d = elements['carif-event-agenda'];
  const attrs = d.attributes.map((a) => a.name);
  for (const a of ['types', 'publics', 'region', 'department', 'near', 'radius', 'from', 'to', 'view', 'layout', 'max-items', 'see-all', 'show-past', 'hide-filters', 'lang', 'api-base', 'dataset']) assert.ok(attrs.includes(a), `attribute ${a}`);
  for (const a of d.attributes) assert.ok(a.description, `attribute ${a.name} has no description`);
  assert.deepEqual(d.slots.map((s) => s.name).sort(), ['empty', 'error', 'loading']);
  for (const p of ['calendar', 'day', 'day-panel', 'card', 'dialog', 'export-button', 'see-all']) assert.ok(d.cssParts.some((x) => x.name === p), `part ${p}`);
  assert.ok(d.members.some((m) => m.name === 'now' && m.kind === 'field'));
});

const WIDGET_FILES = { 'carif-training-search': 'training-search', 'carif-internship-board': 'internship-board', 'carif-venue-map': 'venue-map', 'carif-event-agenda': 'event-agenda' };

test('the modules are the shipped files a user imports (the index, the loader, one per widget), not the sources', () => {
  const paths = manifest.modules.map((m) => m.path).sort();
  assert.deepEqual(paths, ['dist/carif-widgets.js', 'dist/event-agenda.js', 'dist/index.js', 'dist/internship-board.js', 'dist/training-search.js', 'dist/venue-map.js']);
  for (const m of manifest.modules) {
    assert.ok(existsSync(m.path), `${m.path} is not built`);
    for (const e of m.exports) assert.ok(paths.includes(e.declaration.module), `${m.path} exports ${e.name} from ${e.declaration.module}`);
  }
  for (const [tag, file] of Object.entries(WIDGET_FILES)) {
    const mod = manifest.modules.find((m) => m.path === `dist/${file}.js`);
    assert.ok(mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag), `dist/${file}.js defines <${tag}>`);
  }
  assert.doesNotMatch(JSON.stringify(manifest), /"src\//, 'no reference to a source file');
});

test('each event carries its detail type, and the detail types are exported by the package', () => {
  const exported = readFileSync('dist/types/index.d.ts', 'utf8');
  for (const [tag, d] of Object.entries(elements)) {
    for (const e of d.events) {
      assert.match(e.type?.text ?? '', /^CustomEvent<Carif\w+Detail(<[\w |]+>)?>$/, `${tag}: ${e.name} has type ${e.type?.text}`);
      for (const name of e.type.text.match(/\b[A-Z]\w+/g).filter((n) => n !== 'CustomEvent')) assert.match(exported, new RegExp(`\\b${name}\\b`), `${name} is exported`);
    }
    const byName = Object.fromEntries(d.events.map((e) => [e.name, e.type.text]));
    assert.equal(byName['carif-error'], 'CustomEvent<CarifErrorDetail>');
    assert.equal(byName['carif-change'], 'CustomEvent<CarifChangeDetail>');
  }
  assert.equal(elements['carif-venue-map'].events.find((e) => e.name === 'carif-select').type.text, 'CustomEvent<CarifSelectDetail<Venue>>');
});

test('only the public API: no private or protected member, no unresolved type alias', () => {
  for (const [tag, d] of Object.entries(elements)) {
    const hidden = d.members.filter((m) => m.privacy || m.name === 'addController').map((m) => m.name);
    assert.deepEqual(hidden, [], `${tag} lists non-public members`);
    for (const a of d.attributes) assert.doesNotMatch(a.type?.text ?? '', /^(View|Mode)$/, `${tag} ${a.name}`);
  }
});

/** The custom properties a widget's script-tag file (and its on-demand chunks) reads. */
function propertiesRead(file) {
  const dir = `dist/cdn/chunks/${file}`;
  const files = [`dist/cdn/${file}.js`, ...(existsSync(dir) ? readdirSync(dir).map((f) => `${dir}/${f}`) : [])];
  return [...new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--carif-[\w-]+)/g)].map((m) => m[1])))].sort();
}

test('each widget documents exactly the CSS custom properties its built code reads', () => {
  for (const [tag, file] of Object.entries(WIDGET_FILES)) {
    const read = propertiesRead(file);
    assert.ok(read.length >= 16, `${tag} reads ${read.length}`);
    const documented = (elements[tag].cssProperties ?? []).map((p) => p.name).sort();
    assert.deepEqual(documented, read, `${tag}: documented vs read`);
    for (const p of elements[tag].cssProperties) assert.ok(p.description, `${tag}: ${p.name} has no description`);
  }
});
