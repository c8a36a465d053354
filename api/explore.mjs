// The embedded Opendatasoft Explore API v2.1 (the subset the widgets use), over the sample data of
// api/data/, read from files. Not shipped in the library: it serves `npm start`, Storybook, the
// tests and benchmarks. The API itself (endpoints, ODSQL, faults) is api/explore-core.mjs, which
// has no Node dependency: the static Storybook and demo answer it in the page (api/browser.mjs).
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectMiddleware, createExploreCore, koaMiddleware } from './explore-core.mjs';
import { weeksBetween } from './dates.mjs';

export { connectMiddleware, koaMiddleware, MAX_FACET_VALUES, WORK_BUDGET_MS } from './explore-core.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DATA_DIR = join(HERE, 'data');

/** Whole weeks from the data's reference day (meta.json) to today: 0 without shiftDates or meta. */
export function weeksToShift(dataDir, shiftDates, today) {
  if (!shiftDates) return 0;
  const metaFile = join(dataDir, 'meta.json');
  const reference = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')).reference_date : null;
  return reference ? weeksBetween(reference, today ?? new Date()) : 0;
}

/**
 * The handler: `(req, res) => Promise<boolean>`, false when the URL is not the API's.
 * Options: dataDir, shiftDates (move the sample data's dates by whole weeks to today), today,
 * cacheControl (of dataset answers, which also get an ETag; default no-cache: revalidate), workBudgetMs
 * (the most time one request may spend matching records, then 503).
 */
export function createExploreHandler({ dataDir = DEFAULT_DATA_DIR, shiftDates = false, today, ...options } = {}) {
  return createExploreCore({
    ...options,
    shift: weeksToShift(dataDir, shiftDates, today),
    load: (id) => {
      const file = join(dataDir, `${id}.json`);
      return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    },
    etag: (text) => `W/"${createHash('sha1').update(text).digest('base64url')}"`,
  });
}

export const exploreMiddlewareKoa = (options) => koaMiddleware(createExploreHandler(options));
export const exploreMiddlewareConnect = (options) => connectMiddleware(createExploreHandler(options));
