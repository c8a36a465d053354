import { bool, instant, isRecord, objectList, placeFields, str, strList, text, type PlaceFields } from '../normalize.js';

/** Default dataset id of the SPRO venues. */
export const VENUES_DATASET = 'lieux-spro';

/** One opening range, in Europe/Paris wall time: ISO day (1 = Monday) and minutes since midnight. */
export interface OpeningRange {
  day: number;
  open: number;
  close: number;
}

/** A SPRO venue where anyone gets free advice, normalised from a `lieux-spro` record. */
export interface Venue extends PlaceFields {
  id: string;
  name: string;
  /** Network code (`mission_locale`, `france_travail`, `cio`…); `pole_emploi` reads as `france_travail`. */
  network: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** Opening ranges sorted by day then time; empty when unknown. */
  hours: OpeningRange[];
  hoursNote: string | null;
  publics: string[];
  services: string[];
  accessibility: string | null;
  wheelchair: boolean | null;
  territory: string | null;
  sproMember: boolean;
  updated: Date | null;
}

const minutes = (v: unknown): number | null => {
  const m = typeof v === 'string' ? /^(\d{1,2})[:h](\d{2})$/.exec(v.trim()) : null;
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 && h * 60 + min <= 24 * 60 ? h * 60 + min : null;
};

/** Opening ranges from the `horaires` json field; invalid entries are dropped. */
export function parseHours(v: unknown): OpeningRange[] {
  const out: OpeningRange[] = [];
  for (const r of objectList(v, 50)) {
    const day = Number(r.jour);
    const open = minutes(r.ouverture);
    const close = minutes(r.fermeture);
    if (Number.isInteger(day) && day >= 1 && day <= 7 && open !== null && close !== null && close > open) out.push({ day, open, close });
  }
  return out.sort((a, b) => a.day - b.day || a.open - b.open);
}

/** A `lieux-spro` record as a Venue; null (skipped) only without id or name. */
export function normalizeVenue(raw: unknown): Venue | null {
  if (!isRecord(raw)) return null;
  const id = str(raw.id, 100);
  const name = str(raw.nom, 300);
  if (!id || !name) return null;
  const network = str(raw.reseau, 40);
  return {
    id,
    name,
    network: network === 'pole_emploi' ? 'france_travail' : network,
    ...placeFields(raw),
    phone: str(raw.telephone, 40),
    email: str(raw.email, 200),
    website: str(raw.site_web, 2048),
    hours: parseHours(raw.horaires),
    hoursNote: str(raw.horaires_note, 500),
    publics: strList(raw.publics, 20),
    services: strList(raw.services, 20),
    accessibility: text(raw.accessibilite),
    wheelchair: bool(raw.accessible_pmr),
    territory: str(raw.territoire_spro, 200),
    sproMember: bool(raw.membre_spro) ?? false,
    updated: instant(raw.date_maj),
  };
}
