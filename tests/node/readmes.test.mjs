// Each widget's README ends with a reference generated from dist/custom-elements.json (npm test
// builds first): the test fails when the JSDoc changed and the READMEs were not regenerated.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { reference, withReference } from '../../scripts/readmes.mjs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

for (const w of ['training-search', 'venue-map', 'event-agenda', 'internship-board']) {
  test(`src/${w}/README.md carries the reference of custom-elements.json (npm run readmes)`, () => {
    const readme = readFileSync(`src/${w}/README.md`, 'utf8');
    const block = reference(manifest, `carif-${w}`);
    assert.equal(readme, withReference(readme, block), `src/${w}/README.md is stale: run npm run build && npm run readmes`);
    // The reference names every attribute, part and theme property the manifest has.
    for (const name of ['api-base', 'hide-filters', 'summary', 'details-button', '--carif-color-primary', 'carif-results']) assert.ok(block.includes(`\`${name}\``), name);
  });
}
