import { ExploreClient } from './client.js';
import { geo, isRecord, str, strList, type LatLon } from './normalize.js';
import { and, eq, field, quote, startsWith } from './odsql.js';

/** Default dataset id for geocoding "near a commune or postcode". */
export const COMMUNES_DATASET = 'communes';

export interface Place extends LatLon {
  /** Display label: "Dijon (21000)". */
  label: string;
  /** Commune name: "Dijon". */
  name?: string;
  code: string | null;
}

export function normalizeCommune(raw: unknown): Place | null {
  if (!isRecord(raw)) return null;
  const name = str(raw.nom, 100);
  const point = geo(raw.geo);
  if (!name || !point) return null;
  const postcodes = strList(raw.codes_postaux, 30);
  return { ...point, name, code: str(raw.code_insee, 10), label: postcodes[0] ? `${name} (${postcodes[0]})` : name };
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s'’-]+/g, ' ').trim();

/** The one commune whose name is exactly what the visitor typed ("dijon" → Dijon, not Fontaine-lès-Dijon), if any. */
export function exactMatch(places: Place[], input: string): Place | undefined {
  const exact = places.filter((p) => p.name && fold(p.name) === fold(input));
  return exact.length === 1 ? exact[0] : undefined;
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
    byPostcode ? (q.length === 5 ? eq('codes_postaux', q) : startsWith('codes_postaux', q)) : `search(${field('nom')}, ${quote(q)})`,
    options.regions?.length ? options.regions.map((r) => eq('region', r)).join(' or ') : '',
  );
  const page = await client.records(options.dataset ?? COMMUNES_DATASET, { where, orderBy: 'population desc', limit: 8 }, { signal: options.signal });
  return page.results.map(normalizeCommune).filter((p): p is Place => p !== null);
}

