// The folder layout is the architecture: widgets over one core over one data layer. These tests
// read the imports of src/ and fail when a layer reaches up or a widget reaches into another.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { test } from 'node:test';

const SRC = 'src';
const WIDGETS = ['training-search', 'venue-map', 'event-agenda', 'internship-board'];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The src/ files a file imports (static and dynamic), as paths relative to src/. */
function imports(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => relative(SRC, normalize(join(dirname(file), m[1]))));
}

const layer = (path) => (path.startsWith('data/') ? 'data' : path.startsWith('core/') ? 'core' : WIDGETS.find((w) => path.startsWith(`${w}/`)) ?? 'entry');

test('the data layer imports nothing from the core or the widgets', () => {
  for (const file of files(join(SRC, 'data'))) for (const dep of imports(file)) assert.equal(layer(dep), 'data', `${file} imports ${dep}`);
});

test('the core imports no widget', () => {
  for (const file of files(join(SRC, 'core'))) for (const dep of imports(file)) assert.ok(['core', 'data'].includes(layer(dep)), `${file} imports ${dep}`);
});

test('no widget imports another widget', () => {
  let seen = 0;
  for (const w of WIDGETS) {
    for (const file of files(join(SRC, w))) {
      for (const dep of imports(file)) {
        const l = layer(dep);
        assert.ok(l === w || l === 'core' || l === 'data', `${file} imports ${dep}`);
        seen += 1;
      }
    }
  }
  assert.ok(seen > 100, `only ${seen} imports read: the reader is broken`);
});

test('no file under a widget folder is longer than 400 lines', () => {
  for (const w of WIDGETS) {
    for (const file of files(join(SRC, w))) {
      const lines = readFileSync(file, 'utf8').split('\n').length;
      assert.ok(lines <= 400, `${file}: ${lines} lines`);
    }
  }
});
