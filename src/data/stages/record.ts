import { bool, int, isoDate, isRecord, placeFields, str, strList, text, type PlaceFields } from '../normalize.js';

/** Default dataset id of internships and immersions. */
export const STAGES_DATASET = 'stages';

/** An internship, immersion or apprenticeship offer, normalised from a `stages` record. */
export interface Internship {
  id: string;
  title: string;
  /** `stage_3e`, `mini_stage`, `pfmp`, `stage_etudiant`, `pmsmp`, `apprentissage`. */
  type: string | null;
  description: string | null;
  conditions: string | null;
  employer: { id: string | null; name: string | null; size: string | null; naf: string | null; rome: string | null };
  publics: string[];
  place: PlaceFields;
  start: string | null;
  end: string | null;
  allYear: boolean;
  days: number | null;
  places: number | null;
  disabilityFriendly: boolean | null;
  accessibility: string | null;
  welcomes: { visits: boolean; immersions: boolean; thirdYear: boolean };
  contact: { name: string | null; email: string | null; phone: string | null };
  applyUrl: string | null;
  published: string | null;
}

/** A `stages` record as an Internship; null (skipped) only without id or title. */
export function normalizeInternship(raw: unknown): Internship | null {
  if (!isRecord(raw)) return null;
  const id = str(raw.id, 100);
  const title = str(raw.titre, 300);
  if (!id || !title) return null;
  const days = int(raw.duree_jours);
  const places = int(raw.places);
  return {
    id,
    title,
    type: str(raw.type, 40),
    description: text(raw.description),
    conditions: text(raw.conditions),
    employer: { id: str(raw.employeur_id, 100), name: str(raw.employeur_nom, 300), size: str(raw.employeur_taille, 10), naf: str(raw.secteur_naf, 2), rome: str(raw.domaine_rome, 2) },
    publics: strList(raw.publics, 10),
    place: placeFields(raw),
    start: isoDate(raw.periode_debut),
    end: isoDate(raw.periode_fin),
    allYear: bool(raw.toute_annee) ?? false,
    days: days !== null && days > 0 && days < 1000 ? days : null,
    places: places !== null && places > 0 && places < 10_000 ? places : null,
    disabilityFriendly: bool(raw.accessible_handicap),
    accessibility: text(raw.accessibilite),
    welcomes: { visits: bool(raw.accueil_visites) ?? false, immersions: bool(raw.accueil_immersions) ?? false, thirdYear: bool(raw.accueil_3e) ?? false },
    contact: { name: str(raw.contact_nom, 200), email: str(raw.contact_email, 200), phone: str(raw.contact_tel, 40) },
    applyUrl: str(raw.lien_candidature, 2048),
    published: isoDate(raw.date_publication),
  };
}
