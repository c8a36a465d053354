/** An LHEO `AAAAMMJJ` date, read with its precision. */
export type LheoDate =
  | { precision: 'day'; iso: string }
  | { precision: 'month'; iso: string } // iso is the 1st of the month
  | { precision: 'year'; iso: string } // iso is the 1st of January
  | { precision: 'unknown' };

/**
 * Reads LHEO dates: `20270112`, `20270100` (month only), `20270000` (year only), `00000000`
 * (unknown start), `99999999` (unknown end). ISO "YYYY-MM-DD" is accepted too. Anything else is
 * unknown.
 */
export function parseLheoDate(value: unknown): LheoDate {
  const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const m = iso ?? /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return { precision: 'unknown' };
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const year = Number(y);
  if (year < 1900 || year > 2200) return { precision: 'unknown' };
  if (mo === '00') return { precision: 'year', iso: `${y}-01-01` };
  if (Number(mo) > 12) return { precision: 'unknown' };
  if (d === '00') return { precision: 'month', iso: `${y}-${mo}-01` };
  const date = new Date(`${y}-${mo}-${d}T12:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return { precision: 'unknown' };
  return { precision: 'day', iso: `${y}-${mo}-${d}` };
}
