// custom-elements.json (built by `npm run build`): what editors, Storybook and framework tooling read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
