import { ExploreClient } from './client.js';
import { geo, isRecord, str, strList, type LatLon } from './normalize.js';
import { and, eq, quote } from './odsql.js';

/** Default dataset id for geocoding "near a commune or postcode". */
export const COMMUNES_DATASET = 'communes';

export interface Place extends LatLon {
  /** Display label: "Dijon (21000)". */
  label: string;
  code: string | null;
}

export function normalizeCommune(raw: unknown): Place | null {
  if (!isRecord(raw)) return null;
  const name = str(raw.nom, 100);
  const point = geo(raw.geo);
  if (!name || !point) return null;
  const postcodes = strList(raw.codes_postaux, 30);
  return { ...point, code: str(raw.code_insee, 10), label: postcodes[0] ? `${name} (${postcodes[0]})` : name };
}

/**
 * Communes matching a name or a postcode, most populated first (at most 8), restricted to the
 * given regions when any.
 */
export async function findCommunes(
  client: ExploreClient,
  input: string,
  options: { dataset?: string; regions?: string[]; signal?: AbortSignal } = {},
): Promise<Place[]> {
  const q = input.trim();
  if (!q) return [];
  const byPostcode = /^\d{2,5}$/.test(q);
  const where = and(
    byPostcode ? (q.length === 5 ? eq('codes_postaux', q) : `codes_postaux like ${quote(`${q}%`)}`) : `search(nom, ${quote(q)})`,
    options.regions?.length ? options.regions.map((r) => eq('region', r)).join(' or ') : '',
  );
  const page = await client.records(options.dataset ?? COMMUNES_DATASET, { where, orderBy: 'population desc', limit: 8 }, { signal: options.signal });
  return page.results.map(normalizeCommune).filter((p): p is Place => p !== null);
}

