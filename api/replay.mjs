// The real upstreams, offline: the dev server and the test runner answer under /replay/<host>/
// as those hosts do, in their encodings (the data: api/replay/, from scripts/replay-data.mjs).
//   /replay/api-lannuaire.service-public.gouv.fr/api/explore/v2.1   DILA, Annuaire de l'administration
//   /replay/data.education.gouv.fr/api/explore/v2.1                 Annuaire de l'éducation
//   /replay/public.opendatasoft.com/api/explore/v2.1                OpenAgenda's events (evenements-publics-openagenda)
//   /replay/geo.api.gouv.fr/communes?nom=|codePostal=&fields&boost&limit   geo.api.gouv.fr communes
// The Opendatasoft hosts are the embedded Explore API over those datasets; geo.api.gouv.fr is
// answered from the real communes of api/data/communes.json in its documented shape.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExploreHandler, DEFAULT_DATA_DIR } from './explore.mjs';
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

/** A handler `(req, res) => Promise<boolean>` answering the replayed hosts. */
/** `shiftDates`: the sample events move with the weeks, as in `npm start` (not in the tests). */
export function createReplayHandler({ shiftDates = false } = {}) {
  const hosts = REPLAY_HOSTS.map((host) => createExploreHandler({ dataDir: REPLAY_DIR, basePath: `/replay/${host}/api/explore/v2.1`, shiftDates }));
  const geo = geoCommunes();
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Tests make a replayed host misbehave too: /__fault/{spec}/replay/<host>/… (api/faults.mjs).
    if (!/^(\/__fault\/[^/]*)?\/replay\//.test(url.pathname)) return false;
    if (url.pathname === '/replay/geo.api.gouv.fr/communes') {
      geo(url, res);
      return true;
    }
    for (const handle of hosts) if (await handle(req, res)) return true;
    return false;
  };
}

export function replayMiddlewareKoa(options) {
  const handle = createReplayHandler(options);
  return async (ctx, next) => {
    if (await handle(ctx.req, ctx.res)) ctx.respond = false;
    else await next();
  };
}

export function replayMiddlewareConnect(options) {
  const handle = createReplayHandler(options);
  return (req, res, next) => {
    handle(req, res).then((done) => (done ? undefined : next()), next);
  };
}
