import type { ComplexAttributeConverter } from 'lit';

/**
 * Any list value as a list of strings: an array (each entry may itself hold several values), a
 * space- or comma-separated string (`"27 24"`, `"27,24"`), a number, or nothing.
 */
export function toList(value: unknown): string[] {
  if (value === null || value === undefined || value === false) return [];
  const parts = Array.isArray(value) ? value : [value];
  return parts.flatMap((v) => (v === null || v === undefined ? [] : String(v).split(/[\s,]+/))).filter(Boolean);
}

/** Space- or comma-separated list attribute, e.g. `hide-filters="public department"`. */
export const listConverter: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value: string | null) => toList(value),
  toAttribute: (value: string[]) => (value.length ? value.join(' ') : null),
};

/**
 * Put above `@list @property({ converter: listConverter })`: the property then accepts a string as well as
 * an array when set as a property. React 19, Vue 3 and server renderers set `el.region = "27 24"`
 * because the element has a property of that name; the property always holds a `string[]`.
 * (A wrapper around Lit's accessor rather than an override of Lit's internals, which Lit deprecates.)
 */
export function list(proto: object, name: string): void {
  const lit = Object.getOwnPropertyDescriptor(proto, name);
  if (!lit?.set) throw new Error(`@list needs @property() below it on "${name}"`);
  const set = lit.set;
  Object.defineProperty(proto, name, {
    ...lit,
    set(this: unknown, value: unknown) {
      set.call(this, toList(value));
    },
  });
}

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

/** `v` when it is one of `values`, else `fallback` (a value read from the page address). */
export const oneOf = <const V extends string>(v: string | undefined, values: readonly V[], fallback: V): V => values.find((x) => x === v) ?? fallback;
