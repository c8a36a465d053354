// The package as apps install it: `npm pack`, then a plain Vite app, a React 19 app and a Vue 3 app
// each `npm install` the tarball, build for production with Vite, and run in Chromium against the
// embedded Explore API. Catches what only a consumer sees: `sideEffects` that let the bundler drop
// the elements, list properties that frameworks set as strings, exports that do not resolve.
// Needs dist/ (npm test builds it first) and the npm cache warmed by the project's own install.
/* global customElements */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { launch, serve } from '../../bench/harness.mjs';
import { createExploreHandler } from '../../api/explore.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const dev = pkg.devDependencies;
const work = mkdtempSync(join(tmpdir(), 'carif-consumers-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

const apps = {
  // Two widgets imported by subpath, as the README shows; nothing else references them.
  vanilla: {
    'index.html': `<!doctype html><html lang="fr"><body>
      <carif-training-search region="27" public="jeunes"></carif-training-search>
      <carif-event-agenda region="27"></carif-event-agenda>
      <script type="module" src="./main.js"></script></body></html>`,
    'main.js': `import 'carif-oref-widgets/training-search';\nimport 'carif-oref-widgets/event-agenda';\n`,
  },
  // React 19 sets \`region="27"\` as a property because the element has one of that name.
  react: {
    'index.html': `<!doctype html><html lang="fr"><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>`,
    'main.jsx': `import { createRoot } from 'react-dom/client';
import 'carif-oref-widgets/training-search';
window.__results = [];
function App() {
  return <carif-training-search region="27" public="jeunes demandeurs_emploi" oncarif-results={(e) => window.__results.push(e.detail.total)} />;
}
createRoot(document.getElementById('root')).render(<App />);
`,
  },
  // Vue 3 does the same for any attribute whose name is a property of the element.
  vue: {
    'index.html': `<!doctype html><html lang="fr"><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>`,
    'main.js': `import { createApp } from 'vue';
import 'carif-oref-widgets/internship-board';
window.__results = [];
const app = createApp({
  template: '<carif-internship-board region="27" department="21,25" types="stage_3e" @carif-results="onResults" />',
  methods: { onResults(e) { window.__results.push(e.detail.total); } },
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('carif-');
app.mount('#app');
`,
    'vite.config.js': `export default { resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } } };\n`,
  },
};

/**
 * TypeScript files using the elements as an app would, checked by `tsc --noEmit` against the
 * installed package's typings (dist/react.d.ts, dist/vue.d.ts). Each `@ts-expect-error` line is a
 * misuse the typings must refuse: tsc fails when one of them type-checks.
 */
const typed = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: true },
    include: ['*.tsx', '*.ts'],
  }),
  'react-app.tsx': `import type {} from 'carif-oref-widgets/react';
import type { CarifTrainingSearch } from 'carif-oref-widgets';

export function App() {
  return (
    <>
      <carif-training-search
        region="27"
        public={['jeunes', 'demandeurs_emploi']}
        hide-filters="financeur"
        page-size={20}
        sync-url
        oncarif-results={(e) => console.log(e.detail.total, e.detail.items[0]?.title)}
        oncarif-select={(e) => console.log(e.detail.item.id)}
        oncarif-error={(e) => console.log(e.detail.error.kind)}
        ref={(el: CarifTrainingSearch | null) => void el?.region}
      />
      <carif-event-agenda view="month" show-past oncarif-results={(e) => e.detail.items.map((ev) => ev.title)} />
      <carif-venue-map near="Dijon" radius={20} oncarif-select={(e) => e.detail.item.network} />
      <carif-internship-board mode="employers" />
      {/* @ts-expect-error an element the package does not define */}
      <carif-training-serch region="27" />
      {/* @ts-expect-error radius is a number of km */}
      <carif-venue-map radius="far" />
      {/* @ts-expect-error view is 'list' or 'month' */}
      <carif-event-agenda view="week" />
      {/* @ts-expect-error a training has no network (a venue has) */}
      <carif-training-search oncarif-select={(e) => e.detail.item.network} />
      {/* @ts-expect-error an error event's detail holds the error, not a total */}
      <carif-training-search oncarif-error={(e) => e.detail.total} />
    </>
  );
}
`,
  'vue-app.ts': `import type {} from 'carif-oref-widgets/vue';
import { h, type GlobalComponents } from 'vue';

declare const search: GlobalComponents['carif-training-search'];
declare const agenda: GlobalComponents['carif-event-agenda'];

export const ok = [
  h(search, { region: '27', 'hide-filters': ['financeur'], pageSize: 20, onCarifResults: (e) => console.log(e.detail.total, e.detail.items[0]?.title) }),
  h(agenda, { view: 'month', onCarifSelect: (e) => e.detail.item.title }),
];

// @ts-expect-error view is 'list' or 'month'
h(agenda, { view: 'week' });
// @ts-expect-error page-size is a number
h(search, { pageSize: 'twenty' });
// @ts-expect-error a training's detail has no network
h(search, { onCarifSelect: (e) => e.detail.item.network });
// @ts-expect-error not an element of the package
export type Missing = GlobalComponents['carif-training-serch'];
`,
};

let browser;
let server;
let base;
const built = {};

before(async () => {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], ROOT).trim().split('\n').at(-1);
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({
      name: 'carif-consumer-apps',
      private: true,
      type: 'module',
      dependencies: {
        'carif-oref-widgets': `file:./${tarball}`,
        react: dev.react,
        'react-dom': dev['react-dom'],
        vue: dev.vue,
        vite: dev.vite,
        typescript: dev.typescript,
        '@types/react': dev['@types/react'],
      },
    }),
  );
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], work);
  for (const [name, files] of Object.entries(apps)) {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    built[name] = run('npx', ['--no-install', 'vite', 'build', '--base', './', '--logLevel', 'warn', '--emptyOutDir'], dir);
  }
  const api = createExploreHandler({ shiftDates: true });
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' };
  ({ server, base } = await serve(async (req, res) => {
    if (await api(req, res)) return;
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const [, app, ...rest] = path.split('/');
    const root = join(work, app ?? '', 'dist');
    const file = normalize(join(root, ...rest));
    if (!app || !(app in apps) || !file.startsWith(root)) return res.writeHead(404).end();
    try {
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens an app; resolves with the page once `ready` holds, with the page's errors collected. */
async function open(app, ready) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
  await page.goto(`${base}/${app}/`);
  await page.waitForFunction(ready, { timeout: 15_000 }).catch(() => {});
  return { page, errors };
}

const cards = (tag) => `(() => { const r = document.querySelector('${tag}')?.shadowRoot; return r ? r.querySelectorAll('[part~="card"]').length : 0; })()`;

/** Total of an ODSQL where clause on the embedded API (what the widget should have found). */
async function total(page, dataset, where) {
  return page.evaluate(async (d, w) => (await (await fetch(`/api/explore/v2.1/catalog/datasets/${d}/records?limit=0&where=${encodeURIComponent(w)}`)).json()).total_count, dataset, where);
}

test('a plain Vite app built from the tarball keeps both imported widgets and shows their results', async () => {
  assert.doesNotMatch(built.vanilla, /no side effects/i, 'the bundler must not drop the widget imports');
  const { page, errors } = await open('vanilla', `${cards('carif-training-search')} > 0 && ${cards('carif-event-agenda')} > 0`);
  const defined = await page.evaluate(() => ['carif-training-search', 'carif-event-agenda'].map((t) => !!customElements.get(t)));
  assert.deepEqual(defined, [true, true]);
  assert.ok((await page.evaluate(cards('carif-training-search'))) > 0, 'training results are shown');
  assert.ok((await page.evaluate(cards('carif-event-agenda'))) > 0, 'events are shown');
  assert.deepEqual(errors, []);
  await page.close();
});

test('React 19 sets list properties as strings: the widget reads them as lists and searches with them', async () => {
  const { page, errors } = await open('react', `window.__results.length > 0 && ${cards('carif-training-search')} > 0`);
  assert.deepEqual(errors, []);
  const props = await page.evaluate(() => {
    const el = document.querySelector('carif-training-search');
    return { region: el.region, public: el.public };
  });
  assert.deepEqual(props, { region: ['27'], public: ['jeunes', 'demandeurs_emploi'] });
  const expected = await total(page, 'formations', 'region = "27" and publics in ("jeunes", "demandeurs_emploi")');
  assert.ok(expected > 0);
  assert.equal(await page.evaluate(() => window.__results.at(-1)), expected, 'carif-results counts the filtered search');
  await page.close();
});

test('Vue 3 sets list properties as strings (spaces or commas): the board reads them as lists', async () => {
  const { page, errors } = await open('vue', `window.__results.length > 0 && ${cards('carif-internship-board')} > 0`);
  assert.deepEqual(errors, []);
  const props = await page.evaluate(() => {
    const el = document.querySelector('carif-internship-board');
    return { region: el.region, department: el.department, types: el.types };
  });
  assert.deepEqual(props, { region: ['27'], department: ['21', '25'], types: ['stage_3e'] });
  const expected = await total(page, 'stages', 'region = "27" and departement in ("21", "25") and type = "stage_3e"');
  assert.ok(expected > 0);
  assert.equal(await page.evaluate(() => window.__results.at(-1)), expected);
  await page.close();
});

test('the command line installed from the tarball imports an LHEO file and serves it', async () => {
  const bin = join(work, 'node_modules', '.bin', 'carif-oref-widgets');
  assert.match(run(bin, ['--help'], work), /import lheo FILE\.xml --out DIR/);
  const out = join(work, 'lheo-data');
  const said = run(bin, ['import', 'lheo', join(ROOT, 'tests/fixtures/lheo/synthetic-small.xml'), '--out', out], work);
  assert.match(said, /1 action imported/);
  const records = JSON.parse(await readFile(join(out, 'formations.json'), 'utf8'));
  assert.equal(records[0].intitule_formation, 'CAP cuisine');
});

test('TypeScript: React JSX and Vue GlobalComponents typings type-check a correct use and refuse the misuses', () => {
  const dir = join(work, 'typed');
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(typed)) writeFileSync(join(dir, file), text);
  try {
    run(join(work, 'node_modules', '.bin', 'tsc'), ['-p', dir], work);
  } catch (e) {
    assert.fail(`tsc --noEmit failed:\n${e.stdout}${e.stderr}`);
  }
});

test('editor data in the tarball: web-types (package.json field), VS Code HTML and CSS custom data', async () => {
  const root = join(work, 'node_modules', 'carif-oref-widgets');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const webTypes = JSON.parse(await readFile(join(root, pkg['web-types']), 'utf8'));
  assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), ['carif-event-agenda', 'carif-internship-board', 'carif-training-search', 'carif-venue-map']);
  const htmlData = JSON.parse(await readFile(join(root, 'dist', 'carif-widgets.html-data.json'), 'utf8'));
  assert.equal(htmlData.version, 1.1);
  assert.equal(htmlData.tags.length, 4);
  const out = run(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('carif-oref-widgets/html-data.json'), import.meta.resolve('carif-oref-widgets/react'))"], work);
  assert.match(out, /dist\/carif-widgets\.html-data\.json .*dist\/react\.js/);
});

test('the tarball: no source maps, the CDN fields and the loader export', async () => {
  const tarballs = run('ls', [work], work).split('\n').filter((f) => f.endsWith('.tgz'));
  const files = run('tar', ['-tzf', join(work, tarballs[0])], work).split('\n').filter(Boolean);
  assert.deepEqual(files.filter((f) => f.endsWith('.map')), [], 'source maps stay out of the package');
  assert.ok(files.includes('package/dist/cdn/carif-widgets.js'));
  const pkg = JSON.parse(await readFile(join(work, 'node_modules', 'carif-oref-widgets', 'package.json'), 'utf8'));
  assert.equal(pkg.jsdelivr, './dist/cdn/carif-widgets.js', 'a bare CDN URL of the package serves the loader');
  assert.equal(pkg.unpkg, './dist/cdn/carif-widgets.js');
  // `load()` and `configure()` are reachable from npm (ERR_PACKAGE_PATH_NOT_EXPORTED before).
  const out = run(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('carif-oref-widgets/loader'))"], work);
  assert.match(out.trim(), /node_modules\/carif-oref-widgets\/dist\/carif-widgets\.js$/);
  const loader = await readFile(join(work, 'node_modules', 'carif-oref-widgets', 'dist', 'carif-widgets.js'), 'utf8');
  assert.match(loader, /export\s*\{[^}]*\bload\b/);
});
