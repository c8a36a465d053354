// The real upstreams, offline: the dev server and the test runner answer under /replay/<host>/
// as those hosts do, in their encodings (the data: api/replay/, from scripts/replay-data.mjs).
// The hosts and their answers: api/replay-core.mjs; this module reads their data from files.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectMiddleware, createExploreHandler, DEFAULT_DATA_DIR, koaMiddleware } from './explore.mjs';
import { createReplayCore } from './replay-core.mjs';

export { mongoMatch, REPLAY_HOSTS } from './replay-core.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPLAY_DIR = join(HERE, 'replay');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** A handler `(req, res) => Promise<boolean>` answering the replayed hosts. */
/** `shiftDates`: the sample events move with the weeks, as in `npm start` (not in the tests). */
export function createReplayHandler({ shiftDates = false } = {}) {
  return createReplayCore({
    explore: (basePath) => createExploreHandler({ dataDir: REPLAY_DIR, basePath, shiftDates }),
    communes: () => readJson(join(DEFAULT_DATA_DIR, 'communes.json')),
    rco: () => readJson(join(REPLAY_DIR, 'rco-formations.json')),
  });
}

export const replayMiddlewareKoa = (options) => koaMiddleware(createReplayHandler(options));
export const replayMiddlewareConnect = (options) => connectMiddleware(createReplayHandler(options));
