import { bool, geo, int, isRecord, str, type LatLon } from '../normalize.js';

/**
 * The directory of employers who welcome visits and immersions: one row per employer of the
 * `stages` records (a group_by), and the place of one of its offers. Loaded with the directory.
 */

/** An employer of the directory ("employers who welcome visits and immersions"). */
export interface Employer {
  id: string;
  name: string;
  city: string | null;
  postcode: string | null;
  departement: string | null;
  naf: string | null;
  size: string | null;
  welcomes: { visits: boolean; immersions: boolean; thirdYear: boolean };
  contact: { email: string | null; phone: string | null };
  offers: number | null;
  /** Where one of its offers is (a grouped row has none: looked up by `employerPlaces`). */
  geo: LatLon | null;
}

/** Fields the directory groups the `stages` records by (one row per employer). */
export const EMPLOYER_GROUP = ['employeur_id', 'employeur_nom', 'commune', 'code_postal', 'departement', 'secteur_naf', 'employeur_taille', 'accueil_visites', 'accueil_immersions', 'accueil_3e', 'contact_email', 'contact_tel'];

export function normalizeEmployer(raw: unknown): Employer | null {
  if (!isRecord(raw)) return null;
  const id = str(raw.employeur_id, 100);
  const name = str(raw.employeur_nom, 300);
  if (!id || !name) return null;
  const offers = int(raw['count(*)']);
  return {
    id,
    name,
    city: str(raw.commune, 100),
    postcode: str(raw.code_postal, 10),
    departement: str(raw.departement, 3),
    naf: str(raw.secteur_naf, 2),
    size: str(raw.employeur_taille, 10),
    welcomes: { visits: bool(raw.accueil_visites) ?? false, immersions: bool(raw.accueil_immersions) ?? false, thirdYear: bool(raw.accueil_3e) ?? false },
    contact: { email: str(raw.contact_email, 200), phone: str(raw.contact_tel, 40) },
    offers: offers !== null && offers >= 0 ? offers : null,
    geo: null,
  };
}

/** The ids and places an answer of `select=employeur_id,geo` gives: the first place of each employer. */
export function employerPlaces(rows: unknown[]): Map<string, LatLon> {
  const out = new Map<string, LatLon>();
  for (const r of rows) {
    if (!isRecord(r)) continue;
    const id = str(r.employeur_id, 100);
    const at = geo(r.geo);
    if (id && at && !out.has(id)) out.set(id, at);
  }
  return out;
}

/** Explore's group_by of the directory. */
export const employerGroupBy = (): string => EMPLOYER_GROUP.join(',');
