// The real upstreams, offline: the dev server and the test runner answer under /replay/<host>/
// as those hosts do, in their encodings (the data: api/replay/, from scripts/replay-data.mjs).
//   /replay/api-lannuaire.service-public.gouv.fr/api/explore/v2.1   DILA, Annuaire de l'administration
//   /replay/data.education.gouv.fr/api/explore/v2.1                 Annuaire de l'éducation
//   /replay/public.opendatasoft.com/api/explore/v2.1                OpenAgenda's events (evenements-publics-openagenda)
//   /replay/geo.api.gouv.fr/communes?nom=|codePostal=&fields&boost&limit   geo.api.gouv.fr communes
//   /replay/catalogue-apprentissage.intercariforef.org/api/v1/entity/formations?query&page&limit   the RCO catalogue
// The Opendatasoft hosts are the embedded Explore API over those datasets; geo.api.gouv.fr is
// answered from the real communes of api/data/communes.json in its documented shape.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectMiddleware, createExploreHandler, DEFAULT_DATA_DIR, koaMiddleware } from './explore.mjs';
import { fold } from './odsql.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPLAY_DIR = join(HERE, 'replay');
export const REPLAY_HOSTS = ['api-lannuaire.service-public.gouv.fr', 'data.education.gouv.fr', 'public.opendatasoft.com'];

const CORS = { 'Access-Control-Allow-Origin': '*' };

function geoCommunes() {
  let communes;
  return (url, res) => {
    communes ??= JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'communes.json'), 'utf8'));
    const nom = url.searchParams.get('nom');
    const cp = url.searchParams.get('codePostal');
    const region = url.searchParams.get('codeRegion');
    const limit = Math.max(0, Number(url.searchParams.get('limit') ?? 50) || 50);
    let found = communes.filter((c) => (!region || c.region === region) && (cp ? c.codes_postaux.includes(cp) : nom ? fold(c.nom).startsWith(fold(nom)) || fold(c.nom).includes(` ${fold(nom)}`) : true));
    if (url.searchParams.get('boost') === 'population') found = found.sort((a, b) => b.population - a.population);
    const answer = found.slice(0, limit).map((c) => ({
      ...(nom ? { _score: 1 } : {}),
      nom: c.nom,
      code: c.code_insee,
      codesPostaux: c.codes_postaux,
      centre: { type: 'Point', coordinates: [c.geo.lon, c.geo.lat] },
      codeDepartement: c.departement,
      codeRegion: c.region,
      population: c.population,
    }));
    res.writeHead(200, { ...CORS, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer));
  };
}

/**
 * The Mongo filters the RCO catalogue accepts, as far as the widgets send them: $and, $or, $in,
 * $regex with $options, and equality (server/src/common/utils/sanitizeUtils.js lists them).
 */
export function mongoMatch(doc, filter) {
  return Object.entries(filter).every(([key, cond]) => {
    if (key === '$and') return cond.every((f) => mongoMatch(doc, f));
    if (key === '$or') return cond.some((f) => mongoMatch(doc, f));
    const value = doc[key];
    if (cond && typeof cond === 'object' && !Array.isArray(cond)) {
      if ('$in' in cond) return Array.isArray(value) ? value.some((v) => cond.$in.includes(v)) : cond.$in.includes(value);
      if ('$regex' in cond) {
        if (String(cond.$regex).length > 500) throw new Error('regex too long');
        const re = new RegExp(cond.$regex, String(cond.$options ?? '').replace(/[^imsu]/g, ''));
        return typeof value === 'string' && re.test(value);
      }
      return false;
    }
    return value === cond;
  });
}

function rcoCatalogue() {
  let records;
  return (url, res) => {
    records ??= JSON.parse(readFileSync(join(REPLAY_DIR, 'rco-formations.json'), 'utf8'));
    let filter = { published: true, catalogue_published: true };
    try {
      if (url.searchParams.has('query')) filter = JSON.parse(url.searchParams.get('query'));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const limit = Math.min(1000, Math.max(1, Number(url.searchParams.get('limit') ?? 10) || 10));
      const found = records.filter((r) => mongoMatch(r, filter));
      const body = { formations: found.slice((page - 1) * limit, page * limit), pagination: { page, resultats_par_page: limit, nombre_de_page: Math.ceil(found.length / limit), total: found.length } };
      res.writeHead(200, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'X-Carif-Sample-Data': '1' }).end(JSON.stringify(body));
    } catch (e) {
      res.writeHead(400, { ...CORS, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: 'Bad Request', message: String(e.message) }));
    }
  };
}

/** A handler `(req, res) => Promise<boolean>` answering the replayed hosts. */
/** `shiftDates`: the sample events move with the weeks, as in `npm start` (not in the tests). */
export function createReplayHandler({ shiftDates = false } = {}) {
  const hosts = REPLAY_HOSTS.map((host) => createExploreHandler({ dataDir: REPLAY_DIR, basePath: `/replay/${host}/api/explore/v2.1`, shiftDates }));
  const geo = geoCommunes();
  const rco = rcoCatalogue();
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Tests make a replayed host misbehave too: /__fault/{spec}/replay/<host>/… (api/faults.mjs).
    if (!/^(\/__fault\/[^/]*)?\/replay\//.test(url.pathname)) return false;
    if (url.pathname === '/replay/geo.api.gouv.fr/communes') {
      geo(url, res);
      return true;
    }
    if (url.pathname === '/replay/catalogue-apprentissage.intercariforef.org/api/v1/entity/formations') {
      rco(url, res);
      return true;
    }
    for (const handle of hosts) if (await handle(req, res)) return true;
    return false;
  };
}

export const replayMiddlewareKoa = (options) => koaMiddleware(createReplayHandler(options));
export const replayMiddlewareConnect = (options) => connectMiddleware(createReplayHandler(options));
