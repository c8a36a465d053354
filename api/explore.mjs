// The embedded Opendatasoft Explore API v2.1 (the subset the widgets use), over the sample data of
// api/data/. Not shipped in the library: it serves `npm start`, Storybook, the tests and benchmarks.
//   GET {basePath}/catalog/datasets/{id}/records?select&where&order_by&limit&offset&refine&exclude
//   GET {basePath}/catalog/datasets/{id}/facets?facet&where&refine&exclude
//   GET {basePath}/catalog/datasets/{id}
// Tests make it misbehave per request through a path prefix: /__fault/{spec}{basePath}/...
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileOrderBy, compileWhere, fold, OdsqlError } from './odsql.mjs';
import { schemaOf } from './schema.mjs';
import { applyFault, parseFault, resetFaults, shouldFault } from './faults.mjs';
import { shiftRecordDates, weeksBetween } from './dates.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DATA_DIR = join(HERE, 'data');
const MAX_LIMIT = 100;
const MAX_WINDOW = 10_000;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
  'Access-Control-Expose-Headers': 'X-Carif-Sample-Data, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining',
};

class HttpError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Loads and indexes a dataset once: folded full text kept out of the JSON (non-enumerable). */
function loadDataset(dataDir, id, shift) {
  const file = join(dataDir, `${id}.json`);
  const schema = schemaOf(id);
  if (!schema || !existsSync(file)) return null;
  const records = JSON.parse(readFileSync(file, 'utf8'));
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
  return { schema, records };
}

function parseIntParam(params, name, fallback) {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw new HttpError(400, 'InvalidRESTParameterError', `Invalid value for ${name}: ${raw}`);
  const n = Number(raw);
  if (n < 0) throw new HttpError(400, 'InvalidRESTParameterError', `${name} must be positive or zero`);
  return n;
}

/** The records matching where + refine + exclude. */
function match(ds, params) {
  let pred;
  try {
    pred = compileWhere(params.get('where') ?? '', ds.schema);
  } catch (e) {
    if (e instanceof OdsqlError) throw new HttpError(400, 'ODSQLError', e.message);
    throw e;
  }
  const refine = params.getAll('refine').map((r) => r.split(':'));
  const exclude = params.getAll('exclude').map((r) => r.split(':'));
  for (const [f] of [...refine, ...exclude]) {
    if (!(f in ds.schema.fields)) throw new HttpError(400, 'InvalidRESTParameterError', `Unknown field "${f}" in refine/exclude`);
  }
  const has = (rec, f, v) => (Array.isArray(rec[f]) ? rec[f] : [rec[f]]).some((x) => x !== null && x !== undefined && String(x) === v);
  return ds.records.filter((rec) => pred(rec) && refine.every(([f, ...v]) => has(rec, f, v.join(':'))) && !exclude.some(([f, ...v]) => has(rec, f, v.join(':'))));
}

function records(ds, params) {
  const limit = parseIntParam(params, 'limit', 10);
  const offset = parseIntParam(params, 'offset', 0);
  if (limit > MAX_LIMIT) throw new HttpError(400, 'InvalidRESTParameterError', `Invalid value for limit: ${limit} (at most ${MAX_LIMIT})`);
  if (offset + limit > MAX_WINDOW) throw new HttpError(400, 'InvalidRESTParameterError', `offset + limit must be at most ${MAX_WINDOW}`);
  let select = null;
  const rawSelect = (params.get('select') ?? '').trim();
  if (rawSelect && rawSelect !== '*' && !params.get('group_by')) {
    select = rawSelect.split(',').map((s) => s.trim().replace(/^`|`$/g, ''));
    for (const f of select) if (!(f in ds.schema.fields)) throw new HttpError(400, 'ODSQLError', `Unknown field "${f}" in select`);
  }
  let order;
  try {
    order = compileOrderBy(params.get('order_by'), ds.schema);
  } catch (e) {
    if (e instanceof OdsqlError) throw new HttpError(400, 'ODSQLError', e.message);
    throw e;
  }
  let found = match(ds, params);
  const groupBy = (params.get('group_by') ?? '').split(',').map((s) => s.trim().replace(/^`|`$/g, '')).filter(Boolean);
  if (groupBy.length) {
    // Distinct combinations of the group_by fields, with count(*) when selected (Explore's group_by).
    for (const f of groupBy) if (!(f in ds.schema.fields) || ds.schema.fields[f] === 'json') throw new HttpError(400, 'ODSQLError', `Cannot group by "${f}"`);
    const groups = new Map();
    for (const rec of found) {
      const key = JSON.stringify(groupBy.map((f) => rec[f] ?? null));
      const g = groups.get(key);
      if (g) g['count(*)'] += 1;
      else groups.set(key, { ...Object.fromEntries(groupBy.map((f) => [f, rec[f] ?? null])), 'count(*)': 1 });
    }
    let rows = [...groups.values()];
    if (order) rows = rows.sort(order);
    const withCount = (params.get('select') ?? '').includes('count(*)');
    if (!withCount) for (const r of rows) delete r['count(*)'];
    return { total_count: rows.length, results: rows.slice(offset, offset + limit) };
  }
  if (order) found = [...found].sort(order);
  const page = found.slice(offset, offset + limit).map((rec) => (select ? Object.fromEntries(select.map((f) => [f, rec[f] ?? null])) : { ...rec }));
  return { total_count: found.length, results: page };
}

function facets(ds, params) {
  const names = params.getAll('facet');
  if (!names.length) throw new HttpError(400, 'InvalidRESTParameterError', 'At least one facet is required');
  for (const f of names) if (!(f in ds.schema.fields) || ['json', 'geo_point_2d'].includes(ds.schema.fields[f])) throw new HttpError(400, 'InvalidRESTParameterError', `Cannot facet on "${f}"`);
  const found = match(ds, params);
  return {
    facets: names.map((name) => {
      const counts = new Map();
      for (const rec of found) {
        const values = Array.isArray(rec[name]) ? new Set(rec[name]) : [rec[name]];
        for (const v of values) if (v !== null && v !== undefined && v !== '') counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      }
      return {
        name,
        facets: [...counts]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([value, count]) => ({ name: value, count, value, state: 'displayed' })),
      };
    }),
  };
}

/**
 * The handler: `(req, res) => Promise<boolean>`, false when the URL is not the API's.
 * Options: dataDir, shiftDates (move the sample data's dates by whole weeks to today), today.
 */
export function createExploreHandler({ dataDir = DEFAULT_DATA_DIR, shiftDates = false, today, basePath = '/api/explore/v2.1' } = {}) {
  const cache = new Map();
  let shift = 0;
  if (shiftDates) {
    const metaFile = join(dataDir, 'meta.json');
    const reference = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')).reference_date : null;
    if (reference) shift = weeksBetween(reference, today ?? new Date());
  }
  const dataset = (id) => {
    if (!cache.has(id)) cache.set(id, loadDataset(dataDir, id, shift));
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
      res.writeHead(status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Carif-Sample-Data': '1', ...extra });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'MethodNotAllowed', 'Only GET is supported');
      const active = fault && shouldFault(fault);
      if (active) {
        const handled = await applyFault(fault, req, res, send);
        if (handled) return true;
      }
      const m = /^\/catalog\/datasets\/([^/]+)(\/records|\/facets)?\/?$/.exec(path.slice(basePath.length));
      if (!m) throw new HttpError(404, 'NotFound', `Unknown endpoint ${path}`);
      const id = decodeURIComponent(m[1]);
      const ds = dataset(id);
      if (!ds) throw new HttpError(404, 'DatasetNotFound', `Dataset "${id}" not found`);
      let body;
      if (m[2] === '/records') body = records(ds, url.searchParams);
      else if (m[2] === '/facets') body = facets(ds, url.searchParams);
      else body = { dataset_id: id, fields: Object.entries(ds.schema.fields).map(([name, type]) => ({ name, type })), metas: { records_count: ds.records.length, sample_data: true } };
      if (active) body = fault.transform?.(body, id) ?? body;
      send(200, body);
    } catch (e) {
      if (e instanceof HttpError) send(e.status, { error_code: e.code, message: e.message });
      else send(500, { error_code: 'InternalError', message: String(e?.message ?? e) });
    }
    return true;
  };
}

/** For @web/test-runner (Koa). */
export function exploreMiddlewareKoa(options) {
  const handle = createExploreHandler(options);
  return async (ctx, next) => {
    if (await handle(ctx.req, ctx.res)) ctx.respond = false;
    else await next();
  };
}

/** For Vite's dev and preview servers (Connect). */
export function exploreMiddlewareConnect(options) {
  const handle = createExploreHandler(options);
  return (req, res, next) => {
    handle(req, res).then((done) => (done ? undefined : next()), next);
  };
}
