import type { ExploreClient } from '../client.js';
import { haversineKm } from '../distance.js';
import type { Training } from '../formations/record.js';
import { isoDate, isRecord, str, strList, text } from '../normalize.js';
import { departementOf, departementsFor } from './departement.js';

/**
 * The Réseau des Carif-Oref's catalogue of apprenticeship trainings (docs/sources.md): REST,
 * keyless, CORS `*`, 25 requests/s. `GET /entity/formations?query=<Mongo JSON>&page&limit` answers
 * `{formations, pagination: {page, resultats_par_page, nombre_de_page, total}}`. The default
 * "published" filter is dropped as soon as `query` is given: it is added here. Coordinates are a
 * "lat,lon" string, swapped in some records. No geo query: a place searches its département, and
 * distances are computed here.
 */
export const RCO = {
  base: 'https://catalogue-apprentissage.intercariforef.org/api/v1',
  attribution: 'Catalogue des offres de formation en apprentissage – Réseau des Carif-Oref',
};

/** What the training search asks of the catalogue. */
export interface RcoQuery {
  q: string;
  niveaux: string[];
  departements: string[];
  /** The widget's preset regions: their départements when none is chosen. */
  regions?: string[];
  near: { lat: number; lon: number; code: string | null } | null;
  page: number;
  size: number;
  /** `distance`: nearest first, within the page fetched (the catalogue has no geo sort). */
  sort?: string;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Mongo filter of a search (only the operators the catalogue accepts: $and, $in, $regex, $options). */
export function rcoFilter(q: RcoQuery): Record<string, unknown> {
  const and: Record<string, unknown>[] = [{ published: true }, { catalogue_published: true }];
  if (q.q.trim()) and.push({ intitule_long: { $regex: escapeRegex(q.q.trim()), $options: 'i' } });
  if (q.niveaux.length) and.push({ niveau: { $regex: `^(${q.niveaux.filter((n) => /^\d$/.test(n)).join('|') || 'x'}) `, $options: 'i' } });
  const deps = q.near?.code ? [departementOf(q.near.code)!] : departementsFor(q.departements, q.regions);
  if (deps.length) and.push({ num_departement: { $in: deps } });
  return { $and: and };
}

/** `lat,lon` as the catalogue writes it, read as a point in France (some records have them swapped). */
export function rcoPoint(v: unknown): { lat: number; lon: number } | null {
  if (typeof v !== 'string') return null;
  const [a, b] = v.split(',').map((x) => Number(x.trim()));
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const metropole = (lat: number, lon: number) => lat > 41 && lat < 51.5 && lon > -5.5 && lon < 10;
  if (metropole(a!, b!)) return { lat: a!, lon: b! };
  if (metropole(b!, a!)) return { lat: b!, lon: a! };
  // Overseas: accept it as written when it is a point on the globe.
  return Math.abs(a!) <= 90 && Math.abs(b!) <= 180 && !(a === 0 && b === 0) ? { lat: a!, lon: b! } : null;
}

/** A catalogue record as a Training; null without an identifier or a title. */
export function normalizeRco(raw: unknown, today = new Date().toISOString().slice(0, 10)): Training | null {
  if (!isRecord(raw)) return null;
  const id = str(raw.cle_ministere_educatif, 100) ?? str(raw._id, 100);
  const title = str(raw.intitule_long, 300) ?? str(raw.intitule_court, 300);
  if (!id || !title) return null;
  const level = /^([3-8])\b/.exec(String(raw.niveau ?? ''))?.[1] ?? null;
  const starts = (Array.isArray(raw.date_debut) ? raw.date_debut : []).map(isoDate);
  const ends = (Array.isArray(raw.date_fin) ? raw.date_fin : []).map(isoDate);
  const sessions = starts.map((start, i) => ({
    id: null,
    start: start ? { precision: 'day' as const, iso: start } : { precision: 'unknown' as const },
    end: ends[i] ? { precision: 'day' as const, iso: ends[i]! } : { precision: 'unknown' as const },
    recruitment: null,
    registrationStart: { precision: 'unknown' as const },
    registrationEnd: { precision: 'unknown' as const },
    registrationAddress: null,
  }));
  const next = starts.filter((d): d is string => !!d && d >= today).sort()[0] ?? null;
  const dep = str(raw.num_departement, 3);
  return {
    id: `rco:${id}`,
    formationId: str(raw.id_formation, 100),
    title,
    objectives: text(raw.objectif),
    content: text(raw.contenu),
    results: null,
    prerequisites: null,
    certifying: null,
    rncp: str(raw.rncp_code, 30),
    romeCodes: strList(raw.rome_codes, 5),
    domain: null,
    level,
    entryLevel: null,
    routes: ['apprentissage'],
    modality: raw.entierement_a_distance === true ? 2 : null,
    permanentEntry: null,
    publics: [],
    funders: [],
    cpf: null,
    hours: null,
    hoursCentre: null,
    hoursCompany: null,
    duration: str(raw.duree, 100) ? `${str(raw.duree, 100)} an(s)` : null,
    price: null,
    disabilityAccess: null,
    catering: null,
    accommodation: null,
    transport: null,
    organisation: str(raw.etablissement_formateur_entreprise_raison_sociale, 300) ?? str(raw.etablissement_formateur_enseigne, 300),
    place: {
      address: str(raw.lieu_formation_adresse),
      postcode: str(raw.code_postal, 10),
      city: str(raw.localite, 100),
      departement: dep,
      region: null,
      geo: rcoPoint(raw.lieu_formation_geo_coordonnees),
    },
    contact: { name: null, phone: str(raw.num_tel, 40), email: str(raw.email, 200) },
    url: str(raw.onisep_url, 2048),
    sessions,
    nextStart: next,
    openRecruitment: null,
    updated: str(raw.last_update_at, 40),
  };
}

/** A page of the catalogue for a search; `base` overrides the catalogue's address (a proxy, the offline replay). */
export async function fetchRco(client: ExploreClient, q: RcoQuery, o: { base?: string; signal?: AbortSignal } = {}): Promise<{ total: number; items: Training[]; url: string; sample: boolean }> {
  const url = new URL(`${(o.base || RCO.base).replace(/\/+$/, '')}/entity/formations`, typeof document !== 'undefined' ? document.baseURI : 'http://localhost/');
  url.searchParams.set('query', JSON.stringify(rcoFilter(q)));
  url.searchParams.set('page', String(q.page));
  url.searchParams.set('limit', String(q.size));
  const { body, sample } = await client.get(url.href, 'catalogue-apprentissage', { signal: o.signal });
  const b = isRecord(body) ? body : {};
  const list = Array.isArray(b.formations) ? b.formations : [];
  const total = isRecord(b.pagination) && Number.isFinite(Number(b.pagination.total)) ? Number(b.pagination.total) : list.length;
  return { total, items: list.map((r) => normalizeRco(r)).filter((t): t is Training => t !== null), url: url.href, sample };
}

/** The training search's results for its search state on the catalogue. */
export async function searchRco(clientFor: (base: string) => ExploreClient, s: { q: string; selected: { niveau: string[]; department: string[] }; near: RcoQuery['near']; page: number; size: number; sort: string }, o: { base?: string; signal?: AbortSignal; sample?: () => void; regions?: string[] }) {
  const q: RcoQuery = { q: s.q, niveaux: s.selected.niveau, departements: s.selected.department, regions: o.regions, near: s.near, page: s.page, size: s.size, sort: s.sort };
  const base = o.base || RCO.base;
  const found = await fetchRco(clientFor(base), q, { base, signal: o.signal });
  if (found.sample) o.sample?.();
  const near = q.near;
  const items = near && q.sort === 'distance' ? [...found.items].sort((a, b) => (a.place.geo ? haversineKm(near, a.place.geo) : Infinity) - (b.place.geo ? haversineKm(near, b.place.geo) : Infinity)) : found.items;
  return { total: found.total, items, query: { where: found.url, orderBy: '', offset: (q.page - 1) * q.size, limit: q.size }, credit: `Source : ${RCO.attribution}` };
}

