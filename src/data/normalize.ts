/**
 * Tolerant readers for raw Explore records: a missing or wrong-typed field yields null (or an
 * empty list), never an exception. Strings are trimmed and capped so that an absurd value cannot
 * flood the page.
 */

export type Raw = Record<string, unknown>;

export const MAX_TEXT = 20_000;
export const MAX_SHORT = 500;

export function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string, or null. Numbers are accepted and stringified; capped at `max` characters. */
export function str(v: unknown, max = MAX_SHORT): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (!t) return null;
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** A long text (rich-text fields). */
export const text = (v: unknown): string | null => str(v, MAX_TEXT);

/** A finite number, or null. Numeric strings are accepted ("12", "12,5"). */
export function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim().replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** An integer, or null. */
export function int(v: unknown): number | null {
  const n = num(v);
  return n === null ? null : Math.trunc(n);
}

/** 0/1, true/false, "oui"/"non" as a boolean; null when unknown. */
export function bool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  const n = num(v);
  if (n === 0 || n === 1) return n === 1;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (['oui', 'true', 'yes'].includes(t)) return true;
    if (['non', 'false', 'no'].includes(t)) return false;
  }
  return null;
}

/** A list of strings. A single string (or a ';'/','-separated one) becomes a list. At most `maxItems`. */
export function strList(v: unknown, maxItems = 50): string[] {
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[;,]/) : [];
  const out: string[] = [];
  for (const item of items) {
    const s = str(item, 200);
    if (s) out.push(s);
    if (out.length >= maxItems) break;
  }
  return out;
}

/** A list of integers. */
export function intList(v: unknown, maxItems = 50): number[] {
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[;,]/) : typeof v === 'number' ? [v] : [];
  const out: number[] = [];
  for (const item of items) {
    const n = int(item);
    if (n !== null) out.push(n);
    if (out.length >= maxItems) break;
  }
  return out;
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** A geo_point_2d (`{lon, lat}`), a `[lat, lon]` pair or a `"lat,lon"` string; null if out of range. */
export function geo(v: unknown): LatLon | null {
  let lat: number | null = null;
  let lon: number | null = null;
  if (isRecord(v)) {
    lat = num(v.lat);
    lon = num(v.lon ?? v.lng);
  } else if (Array.isArray(v) && v.length === 2) {
    lat = num(v[0]);
    lon = num(v[1]);
  } else if (typeof v === 'string') {
    const parts = v.split(',');
    if (parts.length === 2) {
      lat = num(parts[0]);
      lon = num(parts[1]);
    }
  }
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return null;
  return { lat, lon };
}

/** A calendar date "YYYY-MM-DD" (from a date or the date part of a datetime), or null. */
export function isoDate(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T12:00:00Z`);
  return Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3]) ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

/** An instant from an ISO datetime with offset, or null. */
export function instant(v: unknown): Date | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An array of objects from a json field (which some portals send as a JSON string). */
export function objectList(v: unknown, maxItems: number): Raw[] {
  let value = v;
  if (typeof value === 'string' && value.length < 1_000_000) {
    try {
      value = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).slice(0, maxItems);
}

/** Where a record is, as every dataset of the contract gives it. */
export interface PlaceFields {
  address: string | null;
  postcode: string | null;
  city: string | null;
  departement: string | null;
  region: string | null;
  geo: LatLon | null;
}

/**
 * The place of a record: address, postcode, commune, département, region and point. `prefix` is
 * for the `formations` dataset, whose place fields are `lieu_adresse`, `lieu_code_postal`…
 */
export function placeFields(raw: Raw, names = { address: 'adresse', postcode: 'code_postal', city: 'commune', geo: 'geo' }): PlaceFields {
  return {
    address: str(raw[names.address]),
    postcode: str(raw[names.postcode], 10),
    city: str(raw[names.city], 100),
    departement: str(raw.departement, 3),
    region: str(raw.region, 3),
    geo: geo(raw[names.geo]),
  };
}
