// The embedded Opendatasoft Explore API v2.1 (the subset the widgets use), over the sample data of
// api/data/. Not shipped in the library: it serves `npm start`, Storybook, the tests and benchmarks.
//   GET {basePath}/catalog/datasets/{id}/records?select&where&order_by&group_by&limit&offset&refine&exclude
//   GET {basePath}/catalog/datasets/{id}/facets?facet&where&refine&exclude
//   GET {basePath}/catalog/datasets/{id}/exports/json|jsonl?select&where&order_by&group_by&limit&refine&exclude
//   GET {basePath}/catalog/datasets/{id}
// It follows the official v2.1 specification where the widgets depend on it (docs/explore-v2.1.md):
// group_by answers carry no total_count, facets list at most 100 values, several where parameters
// are combined with AND, errors have the documented bodies.
// Tests make it misbehave per request through a path prefix: /__fault/{spec}{basePath}/...
// This module is pure (no Node module): Node serves it from files (explore.mjs) and the static
// Storybook and demo answer it in the page (browser.mjs), with the same code.
import { compileOrderBy, compileWhere, fold, hasField, OdsqlError, WordIndex } from './odsql.mjs';
import { schemaOf } from './schema.mjs';
import { applyFault, parseFault, resetFaults, shouldFault } from './faults.mjs';
import { shiftRecordDates } from './dates.mjs';

// The `limit` parameter of the v2.1 specification: "For a query without a group_by: the maximum value
// for limit is 100, offset+limit should be less than 10000. For a query with a group_by: the maximum
// value for limit is 20000, offset+limit should be less than 20000."
const MAX_LIMIT = 100;
const MAX_WINDOW = 10_000;
const MAX_GROUPS = 20_000;
/** Values listed per facet: real portals list at most 100 (seen on data.education.gouv.fr; not in the specification). */
export const MAX_FACET_VALUES = 100;
/** The most time one request may spend matching records. */
export const WORK_BUDGET_MS = 2000;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
  'Access-Control-Expose-Headers': 'X-Carif-Sample-Data, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, ETag',
};

class HttpError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Loads and indexes a dataset once: folded full text kept out of the JSON (non-enumerable). */
async function loadDataset(load, id, shift) {
  const schema = schemaOf(id);
  if (!schema) return null;
  const records = await load(id);
  if (!records) return null;
  for (const rec of records) {
    if (shift) shiftRecordDates(rec, schema.fields, shift);
    const fields = {};
    for (const f of schema.searchable) {
      const v = rec[f];
      if (v !== null && v !== undefined) fields[f] = fold(Array.isArray(v) ? v.join(' ') : String(v).replace(/&lt;[^&]*&gt;|<[^>]*>/g, ' '));
    }
    const text = Object.values(fields).join(' \u0001 ');
    Object.defineProperty(rec, '__fields', { value: fields, enumerable: false });
    Object.defineProperty(rec, '__text', { value: text, enumerable: false });
    Object.defineProperty(rec, '__words', { value: new Set(text.split(/[^a-z0-9]+/)), enumerable: false });
  }
  return { schema, records, index: new WordIndex(records) };
}

function parseIntParam(params, name, fallback, min = 0) {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min) throw new HttpError(400, 'InvalidRESTParameterError', `Invalid value for ${name} API parameter: ${raw} was found but ${name} >= ${min} is expected.`);
  return Number(raw);
}

const odsql = (clause, run) => {
  try {
    return run();
  } catch (e) {
    // The specification's 400 example: "ODSQL query is malformed: invalid_function() Clause(s) containing the error(s): select."
    if (e instanceof OdsqlError) throw new HttpError(400, 'ODSQLError', `ODSQL query is malformed: ${e.message} Clause(s) containing the error(s): ${clause}.`);
    throw e;
  }
};

/** Field names of a select or group_by list (backquotes removed); unknown names are refused. */
function fieldList(ds, raw, clause) {
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  return names.map((name) => {
    const f = name.replace(/^`(.*)`$/, '$1');
    if (f === 'count(*)' && clause === 'select') return f;
    if (!hasField(ds.schema, f)) throw new HttpError(400, 'ODSQLError', `ODSQL query is malformed: Unknown field: ${f}. Clause(s) containing the error(s): ${clause}.`);
    return f;
  });
}

/** The records matching every where parameter ("combined with a boolean AND") + refine + exclude. */
function match(ds, params) {
  const preds = params.getAll('where').map((w) => odsql('where', () => compileWhere(w, ds.schema, ds.index)));
  const pairs = (name) =>
    params.getAll(name).map((r) => {
      const at = r.indexOf(':');
      const f = at < 0 ? r : r.slice(0, at);
      if (!hasField(ds.schema, f)) throw new HttpError(400, 'InvalidRESTParameterError', `Unknown field "${f}" in ${name}`);
      return [f, at < 0 ? '' : r.slice(at + 1)];
    });
  const refine = pairs('refine');
  const exclude = pairs('exclude');
  const has = (rec, f, v) => (Array.isArray(rec[f]) ? rec[f] : [rec[f]]).some((x) => x !== null && x !== undefined && String(x) === v);
  // A time budget per request: a query that would hold the server answers 503 instead.
  const budget = ds.budgetMs ?? WORK_BUDGET_MS;
  const deadline = Date.now() + budget;
  const out = [];
  for (let i = 0; i < ds.records.length; i++) {
    if ((i & 255) === 0 && Date.now() > deadline) throw new HttpError(503, 'QueryTooExpensive', `The query took more than ${budget / 1000} s: narrow it down.`);
    const rec = ds.records[i];
    if (preds.every((p) => p(rec)) && refine.every(([f, v]) => has(rec, f, v)) && !exclude.some(([f, v]) => has(rec, f, v))) out.push(rec);
  }
  return out;
}

/** A row of the given fields, on an object without prototype (no `__proto__` key can reach one). */
const pick = (rec, fields) => Object.assign(Object.create(null), Object.fromEntries(fields.map((f) => [f, rec[f] ?? null])));

/** Distinct combinations of the group_by fields, with count(*) when selected (Explore's group_by). */
function groups(ds, params, found, order) {
  const groupBy = fieldList(ds, params.get('group_by') ?? '', 'group_by');
  for (const f of groupBy) if (ds.schema.fields[f] === 'json') throw new HttpError(400, 'ODSQLError', `ODSQL query is malformed: Cannot group by "${f}". Clause(s) containing the error(s): group_by.`);
  const withCount = fieldList(ds, params.get('select') ?? '', 'select').includes('count(*)');
  const rows = new Map();
  for (const rec of found) {
    const key = JSON.stringify(groupBy.map((f) => rec[f] ?? null));
    const g = rows.get(key);
    if (g) g['count(*)'] += 1;
    else rows.set(key, Object.assign(pick(rec, groupBy), { 'count(*)': 1 }));
  }
  const list = [...rows.values()];
  if (order) list.sort(order);
  if (!withCount) for (const r of list) delete r['count(*)'];
  return list;
}

function records(ds, params) {
  const grouped = !!(params.get('group_by') ?? '').trim();
  const max = grouped ? MAX_GROUPS : MAX_LIMIT;
  let limit = parseIntParam(params, 'limit', 10, -1);
  if (limit > max) throw new HttpError(400, 'InvalidRESTParameterError', `Invalid value for limit API parameter: ${limit} was found but -1 <= limit <= ${max} is expected.`);
  if (limit === -1) limit = max;
  const offset = parseIntParam(params, 'offset', 0);
  if (offset + limit > (grouped ? MAX_GROUPS : MAX_WINDOW)) throw new HttpError(400, 'InvalidRESTParameterError', `Invalid value for offset API parameter: offset + limit must be at most ${grouped ? MAX_GROUPS : MAX_WINDOW}.`);
  const found = match(ds, params);
  const results = rows(ds, params, found, offset, offset + limit);
  // The specification's group_by example answers `{"results": [...]}` only: no total_count.
  return grouped ? { results } : { total_count: found.length, results };
}

/** `exports/{format}`: every matching record ("Use -1 (default) to retrieve all records"), no offset. */
function exportRecords(ds, params) {
  const limit = parseIntParam(params, 'limit', -1, -1);
  return rows(ds, params, match(ds, params), 0, limit < 0 ? undefined : limit);
}

/** Rows `from` to `to` of the matched records in their order: groups with group_by, else records with their select. */
function rows(ds, params, found, from, to) {
  const order = odsql('order_by', () => compileOrderBy(params.get('order_by'), ds.schema));
  if ((params.get('group_by') ?? '').trim()) return groups(ds, params, found, order).slice(from, to);
  const rawSelect = (params.get('select') ?? '').trim();
  const select = rawSelect && rawSelect !== '*' ? fieldList(ds, rawSelect, 'select') : null;
  const sorted = order ? [...found].sort(order) : found;
  return sorted.slice(from, to).map((rec) => (select ? pick(rec, select) : { ...rec }));
}

/** `facet=name` or the documented `facet=facet(name="x", sort=..., limit=N, disjunctive=...)`. */
function parseFacet(raw) {
  const m = /^\s*facet\s*\((.*)\)\s*$/i.exec(raw);
  if (!m) return { name: raw.trim(), limit: MAX_FACET_VALUES };
  const args = Object.fromEntries([...m[1].matchAll(/(\w+)\s*=\s*("(?:[^"\\]|\\.)*"|[\w-]+)/g)].map(([, k, v]) => [k, v.startsWith('"') ? JSON.parse(v) : v]));
  const limit = args.limit === undefined ? MAX_FACET_VALUES : Number(args.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new HttpError(400, 'InvalidRESTParameterError', `Invalid facet limit ${args.limit}`);
  return { name: String(args.name ?? ''), limit: Math.min(limit, MAX_FACET_VALUES), sort: args.sort };
}

function facets(ds, params) {
  const wanted = params.getAll('facet').map(parseFacet);
  if (!wanted.length) throw new HttpError(400, 'InvalidRESTParameterError', 'At least one facet is required');
  for (const { name } of wanted) if (!hasField(ds.schema, name) || ['json', 'geo_point_2d'].includes(ds.schema.fields[name])) throw new HttpError(400, 'InvalidRESTParameterError', `Cannot facet on "${name}"`);
  const found = match(ds, params);
  return {
    links: [],
    facets: wanted.map(({ name, limit, sort }) => {
      const counts = new Map();
      for (const rec of found) {
        const values = Array.isArray(rec[name]) ? new Set(rec[name]) : [rec[name]];
        for (const v of values) if (v !== null && v !== undefined && v !== '') counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      }
      const byName = (a, b) => a[0].localeCompare(b[0]);
      const order = sort === 'alphanum' || sort === 'num' ? byName : sort === '-alphanum' || sort === '-num' ? (a, b) => byName(b, a) : sort === '-count' ? (a, b) => a[1] - b[1] || byName(a, b) : (a, b) => b[1] - a[1] || byName(a, b);
      return {
        name,
        facets: [...counts]
          .sort(order)
          .slice(0, limit)
          .map(([value, count]) => ({ name: value, count, value, state: 'displayed' })),
      };
    }),
  };
}

/**
 * The handler: `(req, res) => Promise<boolean>`, false when the URL is not the API's, over Node's
 * request and response (or anything with their `url`, `method`, `headers`, `writeHead().end()`).
 * Options: load (`id => records | null`, or a promise of them: the dataset's records as its JSON
 * file holds them, fresh for each call), shift (whole weeks to move the dates by, or a promise of
 * them), etag (`text => tag`, none without), cacheControl (of dataset answers; default no-cache:
 * revalidate), workBudgetMs (the most time one request may spend matching records, then 503).
 */
export function createExploreCore({ load, shift = 0, etag, basePath = '/api/explore/v2.1', cacheControl = 'no-cache', workBudgetMs = WORK_BUDGET_MS, sample = true }) {
  const sampleHeader = sample ? { 'X-Carif-Sample-Data': '1' } : {};
  const cache = new Map();
  const dataset = (id) => {
    if (!cache.has(id)) {
      cache.set(
        id,
        Promise.resolve(shift).then(async (weeks) => {
          const ds = await loadDataset(load, id, weeks);
          if (ds) ds.budgetMs = workBudgetMs;
          return ds;
        }).catch((e) => {
          cache.delete(id); // a failed load is tried again on the next request
          throw e;
        }),
      );
    }
    return cache.get(id);
  };

  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = url.pathname;
    if (path === '/__fault/reset') {
      resetFaults();
      res.writeHead(204, CORS).end();
      return true;
    }
    let fault = null;
    const fm = /^\/__fault\/([^/]*)(\/.*)$/.exec(path);
    if (fm) {
      fault = parseFault(decodeURIComponent(fm[1]));
      path = fm[2];
    }
    if (!path.startsWith(`${basePath}/`)) return false;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'Access-Control-Max-Age': '600' }).end();
      return true;
    }
    const send = (status, body, extra = {}) => {
      if (res.writableEnded || res.destroyed) return;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const headers = { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...sampleHeader, ...extra };
      if (status === 200 && !fault && etag) {
        // Dataset answers can be cached by a CDN in front and revalidated by browsers: an ETag of
        // the body, 304 when it did not change.
        headers['Cache-Control'] = cacheControl;
        headers.ETag = etag(text);
        if (req.headers['if-none-match'] === headers.ETag) {
          res.writeHead(304, { ...CORS, ETag: headers.ETag, 'Cache-Control': cacheControl }).end();
          return;
        }
      }
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : text);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'MethodNotAllowed', 'Only GET is supported');
      const active = fault && shouldFault(fault);
      if (active) {
        const handled = await applyFault(fault, req, res, send);
        if (handled) return true;
      }
      const m = /^\/catalog\/datasets\/([^/]+)(\/records|\/facets|\/exports\/json|\/exports\/jsonl)?\/?$/.exec(path.slice(basePath.length));
      if (!m) throw new HttpError(404, 'NotFound', `Unknown endpoint ${path}`);
      const id = decodeURIComponent(m[1]);
      const ds = await dataset(id);
      if (!ds) throw new HttpError(404, 'DatasetNotFound', `Dataset "${id}" not found`);
      let body;
      if (m[2] === '/records') body = records(ds, url.searchParams);
      else if (m[2] === '/facets') body = facets(ds, url.searchParams);
      else if (m[2] === '/exports/json') body = exportRecords(ds, url.searchParams);
      else if (m[2] === '/exports/jsonl') {
        const rows = exportRecords(ds, url.searchParams);
        send(200, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''), { 'Content-Type': 'application/jsonl; charset=utf-8' });
        return true;
      }
      else body = { dataset_id: id, fields: Object.entries(ds.schema.fields).map(([name, type]) => ({ name, type })), metas: { records_count: ds.records.length, sample_data: sample } };
      if (active) body = fault.transform?.(body, id) ?? body;
      send(200, body);
    } catch (e) {
      if (e instanceof HttpError) send(e.status, { error_code: e.code, message: e.message });
      else send(500, { error_code: 'InternalError', message: String(e?.message ?? e) });
    }
    return true;
  };
}

/** A handler `(req, res) => Promise<boolean>` as @web/test-runner middleware (Koa). */
export const koaMiddleware = (handle) => async (ctx, next) => {
  if (await handle(ctx.req, ctx.res)) ctx.respond = false;
  else await next();
};

/** A handler `(req, res) => Promise<boolean>` as Vite's dev and preview middleware (Connect). */
export const connectMiddleware = (handle) => (req, res, next) => {
  handle(req, res).then((done) => (done ? undefined : next()), next);
};
