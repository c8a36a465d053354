import type { ComplexAttributeConverter } from 'lit';

/** Space- or comma-separated list attribute, e.g. `hide-filters="public department"`. */
export const listConverter: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value: string | null) =>
    value
      ? value
          .split(/[\s,]+/)
          .map((v) => v.trim())
          .filter(Boolean)
      : [],
  toAttribute: (value: string[]) => (value.length ? value.join(' ') : null),
};

/** A `"lat,lon"` attribute. Returns null when it is not two finite numbers in range. */
export function parseLatLon(value: string | null | undefined): { lat: number; lon: number } | null {
  if (!value) return null;
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 2) return null;
  const [lat, lon] = parts as [number, number];
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

/** Clamps an integer attribute into [min, max]; falls back when it is not a number. */
export function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}
