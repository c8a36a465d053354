// What scripts/editor-types.mjs makes from custom-elements.json (built by `npm run build`): the
// JSX/Vue typings, VS Code custom data and JetBrains web-types. Their type-checking by an app is in
// tests/consumers; here, that each file carries every element, attribute and event of the manifest
// in the shape its format documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
const TAGS = elements.map((d) => d.tagName).sort();
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('React typings: every element in JSX IntrinsicElements, its attributes and its events typed with their details', () => {
  const dts = readFileSync('dist/react.d.ts', 'utf8');
  assert.match(dts, /declare module 'react' \{\s*namespace JSX \{\s*interface IntrinsicElements \{/);
  for (const d of elements) {
    assert.match(dts, new RegExp(`'${d.tagName}': WidgetProps<${d.name}, ${d.name}Props>;`));
    const body = dts.slice(dts.indexOf(`export interface ${d.name}Props {`)).split('\n}\n')[0];
    for (const a of d.attributes.filter((x) => x.name !== 'lang')) assert.match(body, new RegExp(`\\n  '?${a.name}'?\\?: `), `${d.tagName} ${a.name}`);
    for (const e of d.events) assert.ok(body.includes(`'on${e.name}'?: (event: ${e.type.text}) => void;`), `${d.tagName} on${e.name}`);
  }
  assert.ok(dts.includes("'page-size'?: number;"));
  assert.ok(dts.includes("view?: 'list' | 'month';"));
  assert.ok(dts.includes('region?: string[] | string;'), 'lists also as strings');
});

test('Vue typings: every element in GlobalComponents, events as onCarif… props', () => {
  const dts = readFileSync('dist/vue.d.ts', 'utf8');
  assert.match(dts, /declare module 'vue' \{\s*interface GlobalComponents \{/);
  for (const d of elements) assert.ok(dts.includes(`'${d.tagName}': DefineComponent<${d.name}VueProps>;`), d.tagName);
  assert.ok(dts.includes('onCarifResults?: (event: CustomEvent<CarifResultsDetail<Venue>>) => void;'));
});

test('package.json exposes the typings, the custom data and the web-types', () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.deepEqual(pkg.exports['./react'], { types: './dist/react.d.ts', default: './dist/react.js' });
  assert.deepEqual(pkg.exports['./vue'], { types: './dist/vue.d.ts', default: './dist/vue.js' });
  assert.equal(pkg.exports['./html-data.json'], './dist/carif-widgets.html-data.json');
  assert.equal(pkg.exports['./css-data.json'], './dist/carif-widgets.css-data.json');
});

test('VS Code HTML custom data (version 1.1): tags, attributes with descriptions, values for the closed ones', () => {
  const data = json('dist/carif-widgets.html-data.json');
  assert.equal(data.version, 1.1);
  assert.deepEqual(data.tags.map((t) => t.name).sort(), TAGS);
  for (const t of data.tags) {
    const d = elements.find((x) => x.tagName === t.name);
    assert.equal(t.description.kind, 'markdown');
    assert.match(t.description.value, /\*\*Events:\*\* `carif-results` \(`CustomEvent<CarifResultsDetail</);
    assert.deepEqual(t.attributes.map((a) => a.name), d.attributes.map((a) => a.name));
    for (const a of t.attributes) {
      assert.ok(a.description.value.trim(), `${t.name} ${a.name} has a description`);
      for (const k of Object.keys(a)) assert.ok(['name', 'description', 'values', 'valueSet'].includes(k), `${t.name} ${a.name}: ${k}`);
    }
    assert.deepEqual(t.attributes.find((a) => a.name === 'lang').values, [{ name: 'fr' }, { name: 'en' }]);
  }
  const agenda = data.tags.find((t) => t.name === 'carif-event-agenda');
  assert.deepEqual(agenda.attributes.find((a) => a.name === 'view').values, [{ name: 'list' }, { name: 'month' }]);
  assert.equal(agenda.attributes.find((a) => a.name === 'show-past').valueSet, 'v', 'a boolean attribute takes no value');
  const css = json('dist/carif-widgets.css-data.json');
  assert.equal(css.version, 1.1);
  assert.ok(css.properties.some((p) => p.name === '--carif-color-success' && p.description));
});

test('web-types: the documented shape (name, version, contributions.html.elements with attributes, slots, js events, css parts)', () => {
  const wt = json('dist/web-types.json');
  assert.equal(wt.$schema, 'https://json.schemastore.org/web-types');
  assert.equal(wt.name, pkg.name);
  assert.equal(wt.version, pkg.version);
  assert.equal(wt['description-markup'], 'markdown');
  assert.deepEqual(Object.keys(wt.contributions), ['html']);
  assert.deepEqual(wt.contributions.html.elements.map((e) => e.name).sort(), TAGS);
  for (const e of wt.contributions.html.elements) {
    const d = elements.find((x) => x.tagName === e.name);
    for (const k of Object.keys(e)) assert.ok(['name', 'description', 'source', 'attributes', 'slots', 'js', 'css'].includes(k), `${e.name}: ${k}`);
    assert.match(e.source.module, /^carif-oref-widgets\/[a-z-]+$/);
    assert.ok(pkg.exports[`./${e.source.module.split('/')[1]}`], `${e.source.module} is an export`);
    assert.equal(e.source.symbol, d.name);
    assert.deepEqual(e.attributes.map((a) => a.name), d.attributes.map((a) => a.name));
    for (const a of e.attributes) assert.ok(typeof a.value.type === 'string' || Array.isArray(a.value.type), `${e.name} ${a.name} value.type`);
    assert.deepEqual(e.js.events.map((x) => x.name), d.events.map((x) => x.name));
    assert.deepEqual(e.css.parts.map((x) => x.name), d.cssParts.map((x) => x.name));
    assert.deepEqual(e.css.properties.map((x) => x.name), d.cssProperties.map((x) => x.name));
    assert.deepEqual(e.slots.map((x) => x.name), d.slots.map((x) => x.name));
  }
});
