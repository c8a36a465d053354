// Bundle budgets, measured on dist/ as built by `npm run build` (npm test builds first).
// The figure that counts for a partner is what one <script type="module"> tag makes the browser
// download before the widget works: the entry file and every chunk it imports statically,
// gzip-compressed. Chunks loaded on demand (the detail view with DOMPurify, English strings...)
// are reported but not counted.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const CDN = 'dist/cdn';
const KB = 1000;

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files reached from an entry through static imports (`import ... from "./x.js"` / `import "./x.js"`). */
export function staticGraph(entry) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import(...)` has a parenthesis and is skipped.
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
      walk(join(dirname(file), m[1]));
    }
  };
  walk(entry);
  return [...seen];
}

/** Files reached through dynamic imports too. */
function lazyChunks(entry) {
  const files = new Set(staticGraph(entry));
  const lazy = new Set();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) {
      for (const f of staticGraph(join(dirname(file), m[1]))) if (!files.has(f)) lazy.add(f);
    }
  }
  return [...lazy];
}

function report(entry) {
  const files = staticGraph(entry);
  const total = files.reduce((n, f) => n + gz(f), 0);
  const lazy = lazyChunks(entry);
  console.log(`${entry}: ${(total / KB).toFixed(2)} KB gzip in ${files.length} files; on demand: ${lazy.map((f) => `${f.split('/').pop()} ${(gz(f) / KB).toFixed(1)} KB`).join(', ') || 'none'}`);
  return { files, total, lazy };
}

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
