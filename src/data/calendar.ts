/** Calendar days in Europe/Paris, where every date of the datasets is read. */

let parisParts: Intl.DateTimeFormat | undefined;

const partsOf = (value: Date) => {
  parisParts ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const parts = parisParts.formatToParts(value);
  return (t: string) => parts.find((p) => p.type === t)?.value ?? '';
};

/** "YYYY-MM-DD" of an instant, in Paris. */
export function parisDay(value: Date): string {
  const get = partsOf(value);
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A calendar day "YYYY-MM-DD" moved by whole days (calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay() || 7;
}

/** The instant a Paris calendar day starts (00:00 Europe/Paris), across daylight-saving changes. */
export function parisMidnight(day: string): Date {
  // Paris is UTC+1 or UTC+2: take the candidate whose Paris day and hour read back as 00:00 that day.
  for (const offset of ['+01:00', '+02:00']) {
    const d = new Date(`${day}T00:00:00${offset}`);
    const get = partsOf(d);
    if (parisDay(d) === day && `${get('hour')}:${get('minute')}` === '00:00') return d;
  }
  return new Date(`${day}T00:00:00+01:00`);
}
