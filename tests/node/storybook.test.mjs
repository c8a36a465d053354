// Storybook's Docs tables for the four widgets show the public API only: the argTypes are computed
// here by Storybook's own extractArgTypes (@storybook/web-components) from the manifest that
// .storybook/preview.ts gives it. Needs dist/custom-elements.json (npm run build or npm run analyze).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { docsManifest } from '../../.storybook/docs-manifest.mjs';

// Storybook's preview code expects a browser global.
globalThis.window ??= globalThis;
const { setCustomElementsManifest } = await import('@storybook/web-components');
const { parameters } = await import('@storybook/web-components/dist/entry-preview-argtypes.js').catch(() => import('../../node_modules/@storybook/web-components/dist/entry-preview-argtypes.js'));

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
setCustomElementsManifest(docsManifest(manifest));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
/** Members the widgets have but do not offer to pages (a sample: private state, Lit plumbing, protected helpers). */
const NOT_PUBLIC = ['wantedLanguage', 'loadedLanguage', 'pending', 'tasks', 'stoppedOnLeave', 'search', 'detail', 'presetsApplied', 't', 'loadLanguage', 'strings', 'language', 'client', 'clientFor', 'searchOptions', 'emit', 'warn', 'whenReady', 'regions', 'addController', 'effectiveApiBase', 'define'];

test('the Docs tables list attributes, events, parts and CSS properties, and no private, protected or read-only member', () => {
  for (const d of elements) {
    const argTypes = parameters.docs.extractArgTypes(d.tagName);
    const rows = Object.entries(argTypes).filter(([, a]) => !a.table?.disable);
    const names = rows.map(([name]) => name);
    // (A part may share a member's name, `search`: only property and attribute rows are members.)
    const settable = rows.filter(([, a]) => ['properties', 'attributes'].includes(a.table?.category)).map(([n]) => n);
    assert.deepEqual(settable.filter((n) => NOT_PUBLIC.includes(n)), [], `${d.tagName} shows non-public members`);
    for (const a of d.attributes) assert.ok(names.includes(a.name), `${d.tagName}: attribute ${a.name}`);
    for (const e of d.events) assert.ok(names.includes(e.name), `${d.tagName}: event ${e.name}`);
    // Properties are shown once, under their attribute; a property-only field (`now`) keeps its row.
    const properties = rows.filter(([, a]) => a.table?.category === 'properties').map(([n]) => n);
    const propertyOnly = d.members.filter((m) => m.kind === 'field' && !m.attribute && !m.readonly && !m.static).map((m) => m.name);
    assert.deepEqual(properties.sort(), propertyOnly.sort(), `${d.tagName} property rows`);
  }
  assert.ok(Object.keys(parameters.docs.extractArgTypes('carif-venue-map')).includes('now'));
});
