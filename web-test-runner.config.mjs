// Browser tests: real Chromium from Debian (/usr/bin/chromium or CHROME_PATH), the embedded
// Explore API mounted at /api/explore/v2.1 over the committed sample data (dates not shifted, so
// that tests are stable), and TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exploreMiddlewareKoa } from './api/explore.mjs';
import { replayMiddlewareKoa } from './api/replay.mjs';
import { importInto } from './cli/folder.mjs';
import { readLheo } from './cli/lheo.mjs';

/**
 * An LHEO export imported as a Carif-Oref would (`carif-oref-widgets import lheo`), served as
 * `serve --data` serves it, at /imported/api/explore/v2.1 (tests/browser/lheo-import.test.ts).
 */
const imported = join(mkdtempSync(join(tmpdir(), 'carif-wtr-')), 'data');
await importInto(imported, 'formations', (add) => readLheo('tests/fixtures/lheo/onisep-shape.xml', { onRecord: add }));

const executablePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath) {
  throw new Error('No Chromium found: install Debian\'s package (apt-get install chromium) or set CHROME_PATH.');
}

/** Vite's `?inline` CSS imports, for the test runner (Leaflet's CSS into shadow roots). */
const cssInline = {
  name: 'css-inline',
  async transform(context) {
    if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) {
      return { body: `export default ${JSON.stringify(context.body)};`, headers: { 'content-type': 'application/javascript' } };
    }
    return undefined;
  },
};

/** `executeServerCommand('set-timezone', { zone })`: the visitor's clock in another time zone (CDP emulation). */
const timezone = {
  name: 'carif-timezone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-timezone') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateTimezone(payload?.zone || undefined);
    return true;
  },
};

/** `executeServerCommand('forced-colors', { active })`: Windows high contrast, emulated through CDP. */
const forcedColors = {
  name: 'carif-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
    return true;
  },
};

/**
 * `executeServerCommand('page-metrics')`: garbage collected first (CDP HeapProfiler), then Chromium's
 * own counts for the page (JS heap, event listeners, DOM nodes): what a removed widget leaves behind.
 */
const pageMetrics = {
  name: 'carif-page-metrics',
  async executeCommand({ command, session }) {
    if (command !== 'page-metrics') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    try {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    } finally {
      await cdp.detach();
    }
    const m = await page.metrics();
    return { heap: m.JSHeapUsedSize, listeners: m.JSEventListeners, nodes: m.Nodes };
  },
};

/**
 * `executeServerCommand('pdf-pages')`: the test page printed to PDF on A4 by Chromium (what "Save
 * as PDF" makes, `beforeprint` included), and its number of pages (`/Type /Page` objects). A long
 * list takes longer than a command may (20 s): the command starts the print and answers
 * { pages: null }; asked again, it answers { pages } once the PDF is made (tests/browser/print.test.ts polls).
 */
const printing = new Map();
const pdfPages = {
  name: 'carif-pdf-pages',
  async executeCommand({ command, session }) {
    if (command !== 'pdf-pages') return undefined;
    let job = printing.get(session.id);
    if (!job) {
      job = { pages: null, error: null };
      printing.set(session.id, job);
      session.browser
        .getPage(session.id)
        .pdf({ format: 'A4', timeout: 300_000 })
        .then((pdf) => (job.pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length))
        .catch((e) => (job.error = String(e)));
      return { pages: null };
    }
    if (job.error) throw new Error(job.error);
    if (job.pages !== null) printing.delete(session.id);
    return { pages: job.pages };
  },
};

/**
 * A partner page with strict headers (tests/browser/trusted-types.test.ts):
 * /tests/browser/pages/csp-host.html?csp=<name> (and csp-solo.html) is served with that Content-Security-Policy.
 */
const STRICT = "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'";
const CSP = {
  named: `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html carif-oref-widgets`,
  'lit-only': "require-trusted-types-for 'script'; trusted-types lit-html",
  none: "require-trusted-types-for 'script'; trusted-types 'none'",
  duplicates: `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html carif-oref-widgets 'allow-duplicates'`,
};
async function cspHeader(ctx, next) {
  await next();
  if (/^\/tests\/browser\/pages\/csp-(host|solo)\.html$/.test(ctx.path) && CSP[ctx.query.csp]) ctx.set('Content-Security-Policy', CSP[ctx.query.csp]);
}

export default {
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  rootDir: '.',
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 20 * 60_000,
  middleware: [cspHeader, exploreMiddlewareKoa({ shiftDates: false }), exploreMiddlewareKoa({ dataDir: imported, basePath: '/imported/api/explore/v2.1', sample: false }), replayMiddlewareKoa()],
  mimeTypes: { '**/*.css': 'js' },
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' }), cssInline, timezone, pageMetrics, forcedColors, pdfPages],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
