// The real upstreams, offline: the dev server and the test runner answer under /replay/<host>/
// as those hosts do, in their encodings (the data: api/replay/, from scripts/replay-data.mjs).
//   /replay/api-lannuaire.service-public.gouv.fr/api/explore/v2.1   DILA, Annuaire de l'administration
//   /replay/data.education.gouv.fr/api/explore/v2.1                 Annuaire de l'éducation
//   /replay/public.opendatasoft.com/api/explore/v2.1                OpenAgenda's events (evenements-publics-openagenda)
//   /replay/geo.api.gouv.fr/communes?nom=|codePostal=&fields&boost&limit   geo.api.gouv.fr communes
//   /replay/catalogue-apprentissage.intercariforef.org/api/v1/entity/formations?query&page&limit   the RCO catalogue
// The Opendatasoft hosts are the embedded Explore API over those datasets; geo.api.gouv.fr is
// answered from the real communes of api/data/communes.json in its documented shape.
// This module is pure (no Node module): api/replay.mjs reads the data from files, api/browser.mjs
// fetches it in the page (static Storybook and demo).
import { fold } from './odsql.mjs';

export const REPLAY_HOSTS = ['api-lannuaire.service-public.gouv.fr', 'data.education.gouv.fr', 'public.opendatasoft.com'];

const CORS = { 'Access-Control-Allow-Origin': '*' };

function geoCommunes(load) {
  let loading;
  return async (url, res) => {
    const communes = await (loading ??= Promise.resolve(load()));
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

function rcoCatalogue(load) {
  let loading;
  return async (url, res) => {
    const records = await (loading ??= Promise.resolve(load()));
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

/**
 * A handler `(req, res) => Promise<boolean>` answering the replayed hosts. `explore(basePath)`: the
 * Explore API of a host (over api/replay/); `communes()` and `rco()`: the records of
 * api/data/communes.json and api/replay/rco-formations.json (or promises of them).
 */
export function createReplayCore({ explore, communes, rco: rcoRecords }) {
  const hosts = REPLAY_HOSTS.map((host) => explore(`/replay/${host}/api/explore/v2.1`));
  const geo = geoCommunes(communes);
  const rco = rcoCatalogue(rcoRecords);
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Tests make a replayed host misbehave too: /__fault/{spec}/replay/<host>/… (api/faults.mjs).
    if (!/^(\/__fault\/[^/]*)?\/replay\//.test(url.pathname)) return false;
    if (url.pathname === '/replay/geo.api.gouv.fr/communes') {
      await geo(url, res);
      return true;
    }
    if (url.pathname === '/replay/catalogue-apprentissage.intercariforef.org/api/v1/entity/formations') {
      await rco(url, res);
      return true;
    }
    for (const handle of hosts) if (await handle(req, res)) return true;
    return false;
  };
}
