import type { PropertyValues } from 'lit';
import { clampInt } from '../converters.js';
import { RADII } from '../place-filter.js';
import type { Selection } from './search.js';

/** One preset attribute: the filter group it fills, and the values it accepts. */
export interface Preset<G extends string> {
  attr: string;
  group: G;
  valid: (value: string) => boolean;
  /** Reads a value before checking it (upper case, an old code renamed). */
  normalise?: (value: string) => string;
}

type Warn = (message: string) => void;

export const isDepartement = (d: string): boolean => /^(\d{2,3}|2[AB])$/i.test(d);
export const isRegion = (r: string): boolean => /^\d{2}$/.test(r);

/** The preset attributes as a selection; unknown values are dropped with a console note for the webmaster. */
export function readPresets<G extends string>(rows: Preset<G>[], read: (attr: string) => string[], warn: Warn): Partial<Selection<G>> {
  const out: Partial<Selection<G>> = {};
  for (const row of rows) {
    const values = read(row.attr).map(row.normalise ?? ((v) => v));
    const bad = values.filter((v) => !row.valid(v));
    if (bad.length) warn(`${row.attr}="${bad.join(' ')}": unknown value(s), ignored.`);
    out[row.group] = [...new Set([...(out[row.group] ?? []), ...values.filter(row.valid)])];
  }
  return out;
}

/** `radius`: one of the distances offered, else 30 with a note. */
export function presetRadius(value: unknown, warn: Warn): number {
  const radius = (RADII as readonly number[]).includes(Number(value)) ? Number(value) : 30;
  if (Number(value) !== radius) warn(`radius="${String(value)}" is not one of ${RADII.join(', ')}: using ${radius}.`);
  return radius;
}

/** A keyword attribute with a few allowed values: the value, else the first, with a note. */
export function presetChoice<V extends string>(attr: string, value: string, allowed: readonly V[], warn: Warn): V {
  const ok = (allowed as readonly string[]).includes(value);
  if (value && !ok) warn(`${attr}="${value}" is unknown: use ${allowed.map((a) => `"${a}"`).join(' or ')}.`);
  return ok ? (value as V) : allowed[0]!;
}

/** A preset attribute changed after the first render (not its initial value): the presets apply again. */
export const presetsChanged = (changed: PropertyValues, keys: readonly string[]): boolean => keys.some((k) => changed.has(k) && changed.get(k) !== undefined);

/** The checks every widget makes of its common attributes, as console notes. */
export function checkCommon(changed: PropertyValues, el: { region: string[]; pageSize?: number }, warn: Warn, defaultSize = 10): void {
  if (changed.has('region')) {
    const bad = el.region.filter((r) => !isRegion(r));
    if (bad.length) warn(`region="${bad.join(' ')}" is not an INSEE region code (two digits, e.g. 27): ignored.`);
  }
  checkRange(changed, 'pageSize', 'page-size', el.pageSize, 1, 100, defaultSize, warn);
}

/** A number attribute out of its range: a note saying what is used instead. */
export function checkRange(changed: PropertyValues, prop: string, attr: string, value: number | undefined, min: number, max: number, fallback: number, warn: Warn): void {
  if (value === undefined || !changed.has(prop)) return;
  if (value < min || value > max || !Number.isInteger(value)) warn(`${attr}="${value}" is out of range: using ${clampInt(value, min, max, fallback)} (allowed ${min} to ${max}).`);
}
