// Bundle budgets, measured on dist/ as built by `npm run build` (npm test builds first).
// The figure that counts for a partner is what one <script type="module"> tag makes the browser
// download before the widget works: the entry file and every chunk it imports statically,
// gzip-compressed. Chunks loaded on demand (the detail view with DOMPurify, English strings...)
// are reported but not counted.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { CDN, KB, report, staticGraph } from './bundle.mjs';

test('dist/ has been built', () => {
  assert.ok(existsSync(join(CDN, 'training-search.js')), 'run `npm run build` first');
});

test('the training search script-tag file is at most 25 KB gzip, Lit included', () => {
  const { total, files } = report(join(CDN, 'training-search.js'));
  assert.ok(files.some((f) => readFileSync(f, 'utf8').includes('litElementVersions')), 'Lit is bundled in the count');
  assert.ok(total <= 25 * KB, `training search: ${total} bytes gzip > 25,000`);
});

test('DOMPurify and the English strings load only on demand', () => {
  const { files, lazy } = report(join(CDN, 'training-search.js'));
  const eager = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  assert.ok(!eager.includes('DOMPurify'), 'DOMPurify must not be in the eager files');
  assert.ok(lazy.some((f) => readFileSync(f, 'utf8').includes('ALLOWED_TAGS') || readFileSync(f, 'utf8').includes('DOMPurify')), 'DOMPurify is a lazy chunk');
});

test('the static-import walk finds chunks (the budget test cannot pass on an empty graph)', () => {
  const files = staticGraph(join(CDN, 'training-search.js'));
  assert.ok(files.length >= 2, `only ${files.length} file(s) found`);
});
