import type { AgendaEvent } from '../evenements/record.js';
import { instant, isRecord, objectList, str, text, type Raw } from '../normalize.js';
import { departementOf, departementsFor } from './departement.js';
import { and, field, fullText, instantLiteral, or, quote, startsWith, withinDistance } from '../odsql.js';

/**
 * OpenAgenda's public events, through their keyless Opendatasoft mirror (docs/sources.md):
 * dataset `evenements-publics-openagenda` on public.opendatasoft.com. `timings`, `status`,
 * `attendancemode`, `registration` and `links` are JSON in strings; `location_coordinates` is a
 * point; `firstdate_begin` and `lastdate_end` are UTC. Status 6 is "Annulé"; attendance mode 1 on
 * site, 2 online, 3 mixed (OpenAgenda/dev-doc@905b4ff8:docs/evenements/structure.md).
 */
export const OPENAGENDA = {
  base: 'https://public.opendatasoft.com/api/explore/v2.1',
  dataset: 'evenements-publics-openagenda',
  orderBy: 'firstdate_begin asc, uid asc',
  attribution: 'Source : OpenAgenda (licence ouverte), via public.opendatasoft.com',
};

/** A field that is JSON in a string (or already an object). */
function jsonObject(v: unknown): Raw | null {
  if (isRecord(v)) return v;
  if (typeof v !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(v);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** A mirror record as an AgendaEvent; null without uid, title or start, and for cancelled events. */
export function normalizeOpenAgenda(raw: unknown): AgendaEvent | null {
  if (!isRecord(raw)) return null;
  const id = str(raw.uid, 40);
  const title = str(raw.title_fr, 300);
  const start = instant(raw.firstdate_begin);
  if (!id || !title || !start) return null;
  if (jsonObject(raw.status)?.id === 6) return null;
  const endRaw = instant(raw.lastdate_end) ?? instant(raw.firstdate_end);
  const mode = Number(jsonObject(raw.attendancemode)?.id ?? 1);
  const point = isRecord(raw.location_coordinates) ? raw.location_coordinates : {};
  const lat = Number(point.lat);
  const lon = Number(point.lon);
  const postcode = str(raw.location_postalcode, 10);
  const insee = str(raw.location_insee, 10);
  const registration = objectList(raw.registration, 20);
  const link = registration.find((r) => r.type === 'link')?.value ?? null;
  const conditions = text(raw.conditions_fr);
  return {
    id: `openagenda:${id}`,
    title,
    description: text(raw.longdescription_fr) ?? text(raw.description_fr),
    type: null,
    start,
    end: endRaw && endRaw >= start ? endRaw : null,
    online: mode === 2,
    onlineUrl: str(raw.onlineaccesslink, 2048),
    place: {
      name: str(raw.location_name, 300),
      address: str(raw.location_address),
      postcode,
      city: str(raw.location_city, 100),
      departement: departementOf(insee ?? postcode),
      region: null,
      geo: Number.isFinite(lat) && Number.isFinite(lon) && !(lat === 0 && lon === 0) ? { lat, lon } : null,
    },
    organiser: str(raw.originagenda_title, 300),
    organiserSpro: null,
    publics: [],
    free: conditions ? (/\bgratuit/i.test(conditions) ? true : null) : null,
    price: conditions,
    registrationUrl: str(typeof link === 'string' ? link : null, 2048) ?? str(raw.canonicalurl, 2048),
    registrationRequired: null,
    accessibility: Array.isArray(raw.accessibility_label_fr) ? raw.accessibility_label_fr.filter((x) => typeof x === 'string').join(', ') || null : null,
    sproSpace: null,
    updated: instant(raw.updatedat),
  };
}

/** What the agenda asks of the mirror. */
export interface OpenAgendaQuery {
  q: string;
  agendas: string[];
  departements: string[];
  /** The widget's preset regions: their départements when none is chosen. */
  regions?: string[];
  near: { lat: number; lon: number } | null;
  radius: number;
  from: Date | null;
  to: Date | null;
}

/** The `where` of a search on the mirror: the date window, the place, the origin agendas, the words. */
export function openAgendaWhere(q: OpenAgendaQuery): string {
  return and(
    q.from && `${field('lastdate_end')} >= ${instantLiteral(q.from)}`,
    q.to && `${field('firstdate_begin')} < ${instantLiteral(q.to)}`,
    q.near ? withinDistance('location_coordinates', q.near, q.radius) : or(...departementsFor(q.departements, q.regions).map((d) => startsWith('location_postalcode', d))),
    or(...q.agendas.map((uid) => `${field('originagenda_uid')} = ${quote(uid)}`)),
    fullText(q.q),
  );
}
