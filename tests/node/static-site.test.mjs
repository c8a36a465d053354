// The static demo (`npm run build:demo`) and the static Storybook (`npm run build-storybook`),
// built into temporary folders and served as plain files, with no API middleware: the widgets must
// still show results, the sample API answering in the page (api/browser.mjs) with the dev
// server's code and its dates (shifted by whole weeks to today, as `npm start` does).
// Needs dist/custom-elements.json for Storybook (npm test builds dist/ first). About 25 s.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from '../../bench/harness.mjs';
import { createExploreHandler } from '../../api/explore.mjs';
import { cards, openUntil, serveStatic } from './static-site.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'carif-static-'));
const demoDir = join(work, 'demo');
const storybookDir = join(work, 'storybook');
const run = (args) => execFileSync('npx', ['--no-install', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });

let browser;
let demo;
let storybook;

before(async () => {
  run(['vite', 'build', '--config', 'vite.demo.config.ts', '--outDir', demoDir, '--logLevel', 'warn']);
  if (!existsSync(join(ROOT, 'dist/custom-elements.json'))) throw new Error('dist/custom-elements.json is missing: run `npm run build` (or `npm run analyze`) first.');
  run(['storybook', 'build', '-o', storybookDir, '--quiet']);
  demo = await serveStatic(demoDir);
  storybook = await serveStatic(storybookDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  demo?.server.close();
  storybook?.server.close();
  rmSync(work, { recursive: true, force: true });
});

test('the static demo carries the sample data as files, not in its scripts', () => {
  const assets = readdirSync(join(demoDir, 'assets'));
  for (const name of ['formations', 'stages', 'evenements', 'lieux-spro', 'communes', 'rco-formations', 'api-lannuaire-administration']) {
    assert.ok(assets.some((f) => f.startsWith(`${name}-`) && f.endsWith('.json')), `${name}.json is copied`);
  }
  assert.ok(existsSync(join(demoDir, 'index.html')), 'a site root that sends to the demo');
});

test('the static demo: the training search shows cards, with no API server', async () => {
  const { page, errors } = await openUntil(browser, `${demo.base}/demo/index.html`, `${cards('carif-training-search')} > 0`);
  assert.ok((await page.evaluate(cards('carif-training-search'))) > 0);
  assert.ok(!demo.asked.some((p) => p.startsWith('/api/')), 'no request for the API reached the server');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the static demo answers with the dev server’s dates (shifted by the same weeks)', async () => {
  const page = await browser.newPage();
  await page.goto(`${demo.base}/demo/event-agenda.html`);
  const query = '/api/explore/v2.1/catalog/datasets/evenements/records?select=id,debut,fin&order_by=debut,id&limit=5';
  const inPage = await page.evaluate((q) => fetch(q).then((r) => r.json()), query);
  const dev = createExploreHandler({ shiftDates: true });
  const expected = await new Promise((done) => {
    const res = { writeHead: () => res, end: (body) => done(JSON.parse(body)), on() {} };
    dev({ url: query, method: 'GET', headers: {} }, res);
  });
  assert.equal(JSON.stringify(inPage), JSON.stringify(expected));
  assert.notEqual(JSON.stringify(inPage), JSON.stringify(await new Promise((done) => {
    const res = { writeHead: () => res, end: (body) => done(JSON.parse(body)), on() {} };
    createExploreHandler({ shiftDates: false })({ url: query, method: 'GET', headers: {} }, res);
  })), 'the dates are shifted (the data is older than this week)');
  await page.close();
});

test('the static demo: the real sources replayed in the page (venue map on the annuaires, agenda on OpenAgenda)', async () => {
  const condition = `${cards('carif-venue-map')} > 0 && ${cards('carif-event-agenda')} > 0`;
  const { page, errors } = await openUntil(browser, `${demo.base}/demo/donnees-reelles.html`, condition);
  assert.ok(!demo.asked.some((p) => p.startsWith('/replay/')), 'no replayed host reached the server');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the static demo: the configurator shows its form, the live widget with cards, and the snippet', async () => {
  const { page, errors } = await openUntil(browser, `${demo.base}/demo/configurateur.html`, `${cards('.cfg-live > *')} > 0`);
  const snippet = await page.evaluate(() => document.querySelector('#cfg-snippet').value);
  assert.match(snippet, /<carif-training-search><\/carif-training-search>/);
  assert.ok((await page.evaluate(() => document.querySelectorAll('input[name=tag]').length)) === 4, 'the widgets read from the manifest at build time');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the static Storybook: a story’s iframe shows cards, and a fault story its error', async () => {
  const { page, errors } = await openUntil(browser, `${storybook.base}/iframe.html?id=widgets-training-search--default&viewMode=story`, `${cards('carif-training-search')} > 0`);
  assert.ok((await page.evaluate(cards('carif-training-search'))) > 0);
  assert.deepEqual(errors, []);
  await page.close();
  const failing = await openUntil(browser, `${storybook.base}/iframe.html?id=widgets-training-search--error&viewMode=story`, `!!document.querySelector('carif-training-search')?.shadowRoot?.querySelector('[role="alert"], [part~="error"]')`);
  await failing.page.close();
  const configurator = await openUntil(browser, `${storybook.base}/iframe.html?id=configurateur--configurateur&viewMode=story`, `${cards('.cfg-live > *')} > 0`);
  await configurator.page.close();
  assert.deepEqual(configurator.errors, []);
  assert.ok(!storybook.asked.some((p) => p.startsWith('/api/') || p.startsWith('/__fault/')), 'no API request reached the server');
});
