import type { ExploreClient } from '../client.js';
import type { Place } from '../communes.js';
import { isRecord, str } from '../normalize.js';

/**
 * Communes from geo.api.gouv.fr (keyless, CORS open), for widgets on a real source: `GET
 * /communes?nom=…|codePostal=…&fields=nom,code,codesPostaux,centre,codeDepartement,codeRegion
 * &boost=population&limit=8`; `centre.coordinates` is `[lon, lat]`.
 */
export const GEO_API = 'https://geo.api.gouv.fr';

export function normalizeGeoCommune(raw: unknown): Place | null {
  if (!isRecord(raw)) return null;
  const name = str(raw.nom, 100);
  const centre = isRecord(raw.centre) ? raw.centre.coordinates : null;
  const [lon, lat] = Array.isArray(centre) ? centre.map(Number) : [];
  if (!name || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat!) > 90 || Math.abs(lon!) > 180) return null;
  const postcodes = Array.isArray(raw.codesPostaux) ? raw.codesPostaux.filter((c): c is string => typeof c === 'string') : [];
  return { lat: lat!, lon: lon!, name, code: str(raw.code, 10), label: postcodes[0] ? `${name} (${postcodes[0]})` : name };
}

/** Communes matching a name or a five-digit postcode, most populated first, in the regions given. */
export async function findGeoCommunes(client: ExploreClient, input: string, o: { base?: string; regions?: string[]; signal?: AbortSignal } = {}): Promise<Place[]> {
  const q = input.trim();
  if (!q || (/^\d+$/.test(q) && q.length !== 5)) return [];
  const url = new URL(`${(o.base || GEO_API).replace(/\/+$/, '')}/communes`, typeof document !== 'undefined' ? document.baseURI : 'http://localhost/');
  url.searchParams.set(/^\d{5}$/.test(q) ? 'codePostal' : 'nom', q);
  url.searchParams.set('fields', 'nom,code,codesPostaux,centre,codeDepartement,codeRegion');
  url.searchParams.set('boost', 'population');
  url.searchParams.set('limit', '8');
  if (o.regions?.length === 1) url.searchParams.set('codeRegion', o.regions[0]!);
  const { body } = await client.get(url.href, 'geo.api.gouv.fr communes', { signal: o.signal });
  const list = Array.isArray(body) ? body : [];
  return list.map(normalizeGeoCommune).filter((p): p is Place => p !== null);
}
