/**
 * Building ODSQL `where` clauses safely. User input only ever enters a query through `quote()`,
 * so a quote or a keyword typed in a search box stays inside one string literal.
 */

const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

/**
 * A field name in backquotes, as the official client (`@opendatasoft/api-client`) writes every field:
 * the v2.1 reference requires them for names that are numbers or keywords (`year`, `count`...).
 */
export function field(name: string): string {
  if (!name || /[`\u0000-\u001f]/.test(name)) throw new Error(`Invalid field name: ${name}`);
  return `\`${name}\``;
}

/** A string literal: backslashes and double quotes escaped, control characters removed. */
export function quote(value: string): string {
  const clean = value.replace(CONTROL_CHARS, ' ').slice(0, 500);
  return `"${clean.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A number literal; throws on NaN/Infinity so that no garbage reaches the query. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  return String(value);
}

/** A literal for a string or a number. */
export function literal(value: string | number): string {
  return typeof value === 'number' ? num(value) : quote(value);
}

/** `date'YYYY-MM-DD'`, only for a real calendar date. */
export function dateLiteral(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(Date.parse(iso))) throw new Error(`Invalid date: ${iso}`);
  return `date'${iso}'`;
}

/** `date'2026-11-24T09:00:00.000Z'`: an instant, for datetime fields. */
export function instantLiteral(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new Error('Invalid instant');
  return `date'${d.toISOString()}'`;
}

export const eq = (name: string, value: string | number): string => `${field(name)} = ${literal(value)}`;

/** `field in (a, b)`, or `field = a` for one value; '' for none. */
export function inList(name: string, values: readonly (string | number)[]): string {
  if (!values.length) return '';
  if (values.length === 1) return eq(name, values[0]!);
  return `${field(name)} in (${values.map(literal).join(', ')})`;
}

/**
 * Search-as-you-type over every text field: `search("…")`, which in v2.1 matches the first words
 * (fuzzily) and the last one as a prefix ("boulan" finds "boulangerie"). A bare string literal would
 * ask for whole words only. '' for blank input.
 */
export function fullText(text: string): string {
  const words = text.replace(CONTROL_CHARS, ' ').trim();
  return words ? `search(${quote(words)})` : '';
}

/** `startswith(`field`, "prefix")`: the documented prefix test (case-sensitive, whole value). */
export function startsWith(name: string, prefix: string): string {
  return `startswith(${field(name)}, ${quote(prefix)})`;
}

/** `within_distance(geo, geom'POINT(lon lat)', Nkm)`. */
export function withinDistance(name: string, point: { lat: number; lon: number }, km: number): string {
  return `within_distance(${field(name)}, geom'POINT(${num(point.lon)} ${num(point.lat)})', ${num(km)}km)`;
}

/** `distance(geo, geom'POINT(lon lat)')`, for order_by: nearest first. */
export function distanceOrder(name: string, point: { lat: number; lon: number }): string {
  return `distance(${field(name)}, geom'POINT(${num(point.lon)} ${num(point.lat)})')`;
}

/** Joins non-empty clauses with `and`, each in parentheses. */
export function and(...clauses: (string | false | null | undefined)[]): string {
  const parts = clauses.filter((c): c is string => !!c);
  if (parts.length <= 1) return parts[0] ?? '';
  return parts.map((c) => `(${c})`).join(' and ');
}

/** Joins non-empty clauses with `or`. */
export function or(...clauses: (string | false | null | undefined)[]): string {
  const parts = clauses.filter((c): c is string => !!c);
  if (parts.length <= 1) return parts[0] ?? '';
  return parts.map((c) => `(${c})`).join(' or ');
}
