// Moving the sample data's dates by whole weeks, so that the demo never looks stale while the
// weekdays (and so opening hours and "this week") stay right. Wall-clock times are kept in
// Europe/Paris; offsets are recomputed across daylight-saving changes.

const DAY = 86_400_000;

/** Whole weeks from a reference day to today (rounded). */
export function weeksBetween(referenceIso, today) {
  const ref = Date.parse(`${referenceIso}T00:00:00Z`);
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((now - ref) / (7 * DAY));
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);
export const shiftIsoDate = (d, weeks) => iso(Date.parse(`${d.slice(0, 10)}T12:00:00Z`) + weeks * 7 * DAY);

const paris = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The Europe/Paris UTC offset ("+01:00" or "+02:00") of a wall-clock time. */
export function parisOffset(date, time) {
  for (const offset of ['+01:00', '+02:00']) {
    const instant = new Date(`${date}T${time}${offset}`);
    const p = Object.fromEntries(paris.formatToParts(instant).map((x) => [x.type, x.value]));
    if (`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}` === `${date}T${time.slice(0, 5)}`) return offset;
  }
  return '+01:00';
}

export function shiftDatetime(value, weeks) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)/.exec(value);
  if (!m) return value;
  const date = shiftIsoDate(m[1], weeks);
  const time = m[2].length === 5 ? `${m[2]}:00` : m[2];
  return `${date}T${time}${parisOffset(date, time)}`;
}

/** LHEO AAAAMMJJ, keeping the special values and the precision. */
export function shiftLheo(value, weeks) {
  if (typeof value !== 'string' || !/^\d{8}$/.test(value) || value === '00000000' || value === '99999999') return value;
  const [y, mo, d] = [value.slice(0, 4), value.slice(4, 6), value.slice(6, 8)];
  if (mo === '00') return value;
  if (d === '00') return shiftIsoDate(`${y}-${mo}-01`, weeks).slice(0, 7).replace('-', '') + '00';
  return shiftIsoDate(`${y}-${mo}-${d}`, weeks).replaceAll('-', '');
}

export function shiftRecordDates(rec, fields, weeks) {
  if (!weeks) return;
  for (const [name, type] of Object.entries(fields)) {
    const v = rec[name];
    if (typeof v !== 'string') continue;
    if (type === 'date') rec[name] = shiftIsoDate(v, weeks);
    else if (type === 'datetime') rec[name] = shiftDatetime(v, weeks);
  }
  if (Array.isArray(rec.sessions)) {
    for (const s of rec.sessions) for (const k of ['debut', 'fin', 'inscription_debut', 'inscription_fin']) if (k in s) s[k] = shiftLheo(s[k], weeks);
  }
}
