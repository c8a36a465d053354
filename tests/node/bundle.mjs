// Helpers for the bundle budget tests (not a test file itself).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CDN = 'dist/cdn';
export const KB = 1000;

export const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

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
export function lazyChunks(entry) {
  const files = new Set(staticGraph(entry));
  const lazy = new Set();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) {
      for (const f of staticGraph(join(dirname(file), m[1]))) if (!files.has(f)) lazy.add(f);
    }
  }
  return [...lazy];
}

export function report(entry) {
  const files = staticGraph(entry);
  const total = files.reduce((n, f) => n + gz(f), 0);
  const lazy = lazyChunks(entry);
  console.log(`${entry}: ${(total / KB).toFixed(2)} KB gzip in ${files.length} files; on demand: ${lazy.map((f) => `${f.split('/').pop()} ${(gz(f) / KB).toFixed(1)} KB`).join(', ') || 'none'}`);
  return { files, total, lazy };
}


/** The chunk the all-widgets loader imports for a tag: `"carif-x":()=>import("./chunks/define-….js")`. */
export function loaderChunk(tag) {
  const code = readFileSync(join(CDN, 'carif-widgets.js'), 'utf8');
  const m = new RegExp(`["'\`]${tag}["'\`]\\s*:\\s*\\(\\)\\s*=>\\s*import\\(\\s*["'\`](\\.\\/[^"'\`]+)["'\`]`).exec(code);
  if (!m) throw new Error(`carif-widgets.js does not load <${tag}>`);
  return join(CDN, m[1]);
}

/** Every file a widget can ever fetch: its static graph and its on-demand chunks. */
export const everything = (entry) => [...staticGraph(entry), ...lazyChunks(entry)];

export const sumGz = (files) => files.reduce((n, f) => n + gz(f), 0);
