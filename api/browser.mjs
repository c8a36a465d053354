// The embedded API in the page, for the static Storybook and the static demo (published as plain
// files, with no server behind): `installSampleApi()` wraps `window.fetch` so that same-origin
// requests to /api/explore/v2.1/… and /replay/<host>/… (and their /__fault/… prefixes) are
// answered by the very code the dev server runs (explore-core.mjs, replay-core.mjs, odsql.mjs,
// schema.mjs, dates.mjs, faults.mjs), over the same JSON files, fetched once each when a request
// first needs them. Every other request goes to the network. Never part of the library bundles.
/* global Request, Response, DOMException */
import { createExploreCore } from './explore-core.mjs';
import { createReplayCore } from './replay-core.mjs';
import { weeksBetween } from './dates.mjs';

// Literal URLs, so that Vite (Storybook, the demo build) copies each file beside the bundle.
const DATA = {
  formations: () => new URL('./data/formations.json', import.meta.url),
  'lieux-spro': () => new URL('./data/lieux-spro.json', import.meta.url),
  evenements: () => new URL('./data/evenements.json', import.meta.url),
  stages: () => new URL('./data/stages.json', import.meta.url),
  communes: () => new URL('./data/communes.json', import.meta.url),
  meta: () => new URL('./data/meta.json', import.meta.url),
};
const REPLAY = {
  'api-lannuaire-administration': () => new URL('./replay/api-lannuaire-administration.json', import.meta.url),
  'fr-en-annuaire-education': () => new URL('./replay/fr-en-annuaire-education.json', import.meta.url),
  'evenements-publics-openagenda': () => new URL('./replay/evenements-publics-openagenda.json', import.meta.url),
  'rco-formations': () => new URL('./replay/rco-formations.json', import.meta.url),
  meta: () => new URL('./replay/meta.json', import.meta.url),
};

/** A JSON file of the table, parsed afresh for each caller (the API indexes and shifts its own copy). */
async function readJson(fetchImpl, table, id) {
  if (!Object.hasOwn(table, id)) return null;
  const answer = await fetchImpl(table[id]());
  if (!answer.ok) throw new Error(`${table[id]().pathname}: HTTP ${answer.status}`);
  return answer.json();
}

/** Weeks to shift by, from a folder's meta.json, as the dev server computes them (api/explore.mjs). */
const weeks = (fetchImpl, table, today) => readJson(fetchImpl, table, 'meta').then((meta) => (meta?.reference_date ? weeksBetween(meta.reference_date, today ?? new Date()) : 0));

/**
 * The `(req, res)` pair the handlers expect, over a Request; resolves with the Response once the
 * handler ends it. An abort of the request closes the "connection" (what faults with a delay
 * listen to); `socket.destroy()` (the `drop` fault) is a network error.
 */
function exchange(request) {
  const url = new URL(request.url);
  let settle;
  const done = new Promise((resolve, reject) => (settle = { resolve, reject }));
  const closers = [];
  const res = {
    statusCode: 200,
    headers: {},
    writableEnded: false,
    destroyed: false,
    writeHead(status, headers = {}) {
      this.statusCode = status;
      Object.assign(this.headers, headers);
      return this;
    },
    end(body) {
      if (this.writableEnded) return this;
      this.writableEnded = true;
      const empty = request.method === 'HEAD' || [204, 304].includes(this.statusCode);
      settle.resolve(new Response(empty ? null : (body ?? ''), { status: this.statusCode, headers: this.headers }));
      return this;
    },
    on(event, listener) {
      if (event === 'close') closers.push(listener);
      return this;
    },
  };
  const close = (error) => {
    if (res.writableEnded) return;
    res.destroyed = true;
    settle.reject(error);
    for (const listener of closers) listener();
  };
  request.signal?.addEventListener('abort', () => close(request.signal.reason ?? new DOMException('The request was aborted.', 'AbortError')), { once: true });
  const req = {
    url: url.pathname + url.search,
    method: request.method,
    headers: Object.fromEntries(request.headers),
    socket: { destroy: () => close(new TypeError('Failed to fetch')) },
  };
  return { req, res, done, settle };
}

/**
 * Wraps `window.fetch` (once per page): the sample API and the replayed hosts answer in the page.
 * Options: shiftDates (default true: the sample dates move by whole weeks to today, as `npm start`
 * does), today. Returns the handlers' `(req, res)` function, for tests.
 */
export function installSampleApi({ shiftDates = true, today } = {}) {
  if (globalThis.__carifSampleApi) return globalThis.__carifSampleApi;
  const network = globalThis.fetch.bind(globalThis);
  const shift = (table) => (shiftDates ? weeks(network, table, today) : 0);
  const explore = createExploreCore({ load: (id) => readJson(network, DATA, id), shift: shift(DATA) });
  const replayShift = shift(REPLAY);
  const replay = createReplayCore({
    explore: (basePath) => createExploreCore({ basePath, load: (id) => readJson(network, REPLAY, id), shift: replayShift }),
    communes: () => readJson(network, DATA, 'communes'),
    rco: () => readJson(network, REPLAY, 'rco-formations'),
  });
  const handle = async (req, res) => (await explore(req, res)) || (await replay(req, res));
  const served = /^(\/__fault\/[^/]*)?\/(api\/explore\/v2\.1|replay)\//;

  globalThis.fetch = async function fetch(input, init) {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== location.origin || !(served.test(url.pathname) || url.pathname === '/__fault/reset')) return network(input, init);
    if (request.signal?.aborted) throw request.signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
    const { req, res, done, settle } = exchange(request);
    handle(req, res).then((handled) => handled || settle.resolve(network(input, init)), settle.reject);
    return done;
  };
  globalThis.__carifSampleApi = handle;
  return handle;
}
