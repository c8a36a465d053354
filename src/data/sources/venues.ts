import type { ExploreClient } from '../client.js';
import { haversineKm } from '../distance.js';
import { exportJson } from '../exports.js';
import type { OpeningRange, Venue } from '../lieux/record.js';
import { isRecord, objectList, str } from '../normalize.js';
import { departementOf, departementsFor } from './departement.js';
import { ANNUAIRE_TYPES } from './annuaire-types.js';
import { and, fullText, quote, startsWith, withinDistance } from '../odsql.js';

/**
 * The real public sources of SPRO venues (docs/sources.md, tests/fixtures/upstream/README.md):
 * - `annuaire`: DILA's Annuaire de l'administration (Explore v2.1, keyless). `pivot`, `adresse`,
 *   `telephone`, `site_internet` and `plage_ouverture` hold JSON in strings through the API and
 *   real arrays in the bulk download: both are read. No geo field: filtered by commune or
 *   département (`code_insee_commune`), distances computed here.
 * - `education`: the Annuaire de l'éducation's CIOs (`type_etablissement = "Information et
 *   orientation"`), with a `position` point usable with `within_distance`.
 */
export type VenueSourceId = 'annuaire' | 'education';

export interface VenueSource {
  id: VenueSourceId;
  base: string;
  dataset: string;
  /** Our network codes this source has venues of. */
  networks: string[];
  attribution: string;
}

export const VENUE_SOURCES: Record<VenueSourceId, VenueSource> = {
  annuaire: {
    id: 'annuaire',
    base: 'https://api-lannuaire.service-public.gouv.fr/api/explore/v2.1',
    dataset: 'api-lannuaire-administration',
    networks: Object.keys(ANNUAIRE_TYPES),
    attribution: 'Annuaire de l’administration – Service-Public.fr / DILA, Licence Ouverte 2.0',
  },
  education: {
    id: 'education',
    base: 'https://data.education.gouv.fr/api/explore/v2.1',
    dataset: 'fr-en-annuaire-education',
    networks: ['cio'],
    attribution: 'Annuaire de l’éducation – ministère de l’Éducation nationale, Licence Ouverte 2.0',
  },
};

const NETWORK_OF = Object.fromEntries(Object.entries(ANNUAIRE_TYPES).flatMap(([ours, theirs]) => theirs.map((t) => [t, ours])));

/** What the venue map asks of a source. */
export interface VenueQuery {
  q: string;
  networks: string[];
  departements: string[];
  /** The widget's preset regions: their départements when none is chosen (the sources have no region field). */
  regions?: string[];
  near: { lat: number; lon: number; code: string | null } | null;
  radius: number;
}

const DAY_NUMBER: Record<string, number> = { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7 };
const minutes = (v: unknown): number | null => {
  const m = typeof v === 'string' ? /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(v.trim()) : null;
  return m && Number(m[1]) <= 24 && Number(m[2]) < 60 ? Number(m[1]) * 60 + Number(m[2]) : null;
};

/** `plage_ouverture` as opening ranges (day 1 = Monday), and its comments. */
export function annuaireHours(v: unknown): { hours: OpeningRange[]; note: string | null } {
  const hours: OpeningRange[] = [];
  const notes: string[] = [];
  for (const p of objectList(v, 50)) {
    const from = DAY_NUMBER[String(p.nom_jour_debut ?? '').toLowerCase()];
    const to = DAY_NUMBER[String(p.nom_jour_fin ?? p.nom_jour_debut ?? '').toLowerCase()] ?? from;
    if (!from || !to) continue;
    for (let day = from; day <= (to >= from ? to : to + 7); day++) {
      for (const n of [1, 2]) {
        const open = minutes(p[`valeur_heure_debut_${n}`]);
        const close = minutes(p[`valeur_heure_fin_${n}`]);
        if (open !== null && close !== null && close > open) hours.push({ day: ((day - 1) % 7) + 1, open, close });
      }
    }
    const c = str(p.commentaire, 1000);
    if (c && !notes.includes(c)) notes.push(c);
  }
  return { hours: hours.sort((a, b) => a.day - b.day || a.open - b.open), note: notes.join(' ') || null };
}

const inFrance = (lat: number, lon: number) => Number.isFinite(lat) && Number.isFinite(lon) && lat > -25 && lat < 52 && lon > -65 && lon < 60 && !(lat === 0 && lon === 0);

/** An annuaire record as a Venue; null without id, name or a venue type we know. */
export function normalizeAnnuaire(raw: unknown): Venue | null {
  if (!isRecord(raw)) return null;
  const id = str(raw.id, 100);
  const name = str(raw.nom, 300);
  const pivots = objectList(raw.pivot, 20);
  const types = pivots.map((p) => String(p.type_service_local ?? ''));
  const network = types.map((t) => NETWORK_OF[t]).find(Boolean) ?? null;
  if (!id || !name || !network) return null;
  const addresses = objectList(raw.adresse, 20);
  const a = addresses.find((x) => x.type_adresse === 'Adresse') ?? addresses[0] ?? {};
  const lat = Number(a.latitude);
  const lon = Number(a.longitude);
  // The record's own commune, else the first commune it serves (pivot), else the postcode's département.
  const served = pivots.map((p) => (Array.isArray(p.code_insee_commune) ? p.code_insee_commune[0] : null)).find(Boolean);
  const insee = str(raw.code_insee_commune, 10) ?? str(served, 10);
  const postcode = str(a.code_postal, 10);
  const { hours, note } = annuaireHours(raw.plage_ouverture);
  const mail = Array.isArray(raw.adresse_courriel) ? raw.adresse_courriel[0] : raw.adresse_courriel;
  return {
    id: `annuaire:${id}`,
    name,
    network,
    address: [str(a.numero_voie), str(a.complement1)].filter(Boolean).join(', ') || null,
    postcode,
    city: str(a.nom_commune, 100),
    departement: departementOf(insee) ?? departementOf(postcode),
    region: null,
    geo: inFrance(lat, lon) ? { lat, lon } : null,
    phone: str(objectList(raw.telephone, 20)[0]?.valeur, 40),
    email: str(typeof mail === 'string' ? mail.split(';')[0] : null, 200),
    website: str(objectList(raw.site_internet, 20)[0]?.valeur, 2048),
    hours,
    hoursNote: note,
    publics: [],
    services: [],
    accessibility: null,
    wheelchair: a.accessibilite === 'ACC' ? true : null,
    territory: null,
    sproMember: true,
    updated: null,
  };
}

/** An Annuaire de l'éducation record (a CIO) as a Venue. */
export function normalizeEducation(raw: unknown): Venue | null {
  if (!isRecord(raw)) return null;
  const id = str(raw.identifiant_de_l_etablissement, 20);
  const name = str(raw.nom_etablissement, 300);
  if (!id || !name) return null;
  const pos = isRecord(raw.position) ? raw.position : {};
  const lat = Number(pos.lat ?? raw.latitude);
  const lon = Number(pos.lon ?? raw.longitude);
  const dep = str(raw.code_departement, 3);
  return {
    id: `education:${id}`,
    name,
    network: 'cio',
    address: [raw.adresse_1, raw.adresse_2, raw.adresse_3].map((x) => str(x)).filter(Boolean).join(', ') || null,
    postcode: str(raw.code_postal, 10),
    city: str(raw.nom_commune, 100),
    // Three characters in this dataset ("034", "02A"): the usual code.
    departement: dep ? dep.replace(/^0(?=\d\d$|\d[AB]$)/, '') : null,
    region: str(raw.code_region, 3),
    geo: inFrance(lat, lon) ? { lat, lon } : null,
    phone: str(raw.telephone, 40),
    email: str(raw.mail, 200),
    website: str(raw.web, 2048),
    hours: [],
    hoursNote: null,
    publics: [],
    services: [],
    accessibility: null,
    wheelchair: null,
    territory: null,
    sproMember: true,
    updated: null,
  };
}

/** The département of the place searched around (its INSEE code), else none. */
const nearDepartement = (q: VenueQuery): string | null => departementOf(q.near?.code ?? null);

/** The `where` of the annuaire for a search (the documented `like` word match on `pivot`). */
export function annuaireWhere(q: VenueQuery): string {
  const networks = q.networks.length ? q.networks : VENUE_SOURCES.annuaire.networks;
  const types = networks.flatMap((n) => ANNUAIRE_TYPES[n] ?? []);
  const deps = q.near ? [nearDepartement(q)].filter((d): d is string => !!d) : departementsFor(q.departements, q.regions);
  return and(
    types.map((t) => `pivot like ${quote(t)}`).join(' or '),
    deps.map((d) => startsWith('code_insee_commune', d)).join(' or '),
    q.q && `search(nom, ${quote(q.q)})`,
  );
}

/** The `where` of the annuaire de l'éducation: its CIOs, in the départements or around the place. */
export function educationWhere(q: VenueQuery): string {
  return and(
    `type_etablissement = ${quote('Information et orientation')}`,
    q.near ? withinDistance('position', q.near, q.radius) : departementsFor(q.departements, q.regions).map((d) => `code_departement = ${quote(d.padStart(3, '0'))}`).join(' or '),
    q.q && fullText(q.q),
  );
}

/**
 * The venues of a search from one or more sources, duplicates removed (a CIO in both annuaires:
 * the DILA record, which has opening hours, completed by the other), the radius applied here
 * where the source cannot (the DILA annuaire has no geo field). `bases` overrides each source's
 * address (a proxy, a mirror, the offline replay).
 */
export async function fetchVenues(client: (base: string) => ExploreClient, sources: VenueSourceId[], q: VenueQuery, o: { bases?: Partial<Record<string, string>>; signal?: AbortSignal; max?: number; sample?: () => void }): Promise<{ items: Venue[]; total: number; where: string; credit: string }> {
  const lists = await Promise.all(
    sources.map(async (id) => {
      const src = VENUE_SOURCES[id];
      if (!src.networks.some((n) => !q.networks.length || q.networks.includes(n))) return { id, rows: [] as Venue[], where: '' };
      const where = id === 'annuaire' ? annuaireWhere(q) : educationWhere(q);
      const answer = await exportJson(client(o.bases?.[id] || src.base), src.dataset, { where, limit: o.max ?? 2000 }, { signal: o.signal });
      if (answer.sample) o.sample?.();
      const rows = answer.results;
      const normalize = id === 'annuaire' ? normalizeAnnuaire : normalizeEducation;
      return { id, rows: rows.map(normalize).filter((v): v is Venue => v !== null), where };
    }),
  );
  const items: Venue[] = [];
  for (const { id, rows } of lists) {
    const others = items.filter((x) => !x.id.startsWith(`${id}:`));
    for (const v of rows) {
      // The same place in another source (within about 200 m, same network); never within one source.
      const twin = others.find((x) => x.network === v.network && x.geo && v.geo && Math.abs(x.geo.lat - v.geo.lat) < 0.002 && Math.abs(x.geo.lon - v.geo.lon) < 0.003);
      if (!twin) items.push(v);
      else for (const [k, value] of Object.entries(v) as [keyof Venue, unknown][]) if ((twin[k] === null || (Array.isArray(twin[k]) && !(twin[k] as unknown[]).length)) && value !== null) (twin as unknown as Record<string, unknown>)[k] = value;
    }
  }
  const near = q.near;
  const within = near ? items.filter((v) => v.geo && haversineKm(near, v.geo) <= q.radius) : items;
  const sorted = near
    ? within.sort((a, b) => haversineKm(near, a.geo!) - haversineKm(near, b.geo!))
    : within.sort((a, b) => (a.city ?? '').localeCompare(b.city ?? '', 'fr') || a.name.localeCompare(b.name, 'fr'));
  return { items: sorted, total: sorted.length, where: lists.map((l) => `${l.id}: ${l.where}`).join(' | '), credit: `Sources : ${sources.map((id) => VENUE_SOURCES[id].attribution).join(' ; ')}` };
}

