import { bool, instant, isRecord, placeFields, str, strList, text, type PlaceFields } from '../normalize.js';

/** Default dataset id of orientation events. */
export const EVENTS_DATASET = 'evenements';

/** An orientation event (forum, open day, job dating…), normalised from an `evenements` record. */
export interface AgendaEvent {
  id: string;
  title: string;
  /** Rich text (escaped HTML in the data); sanitised when shown. */
  description: string | null;
  /** `forum_salon`, `portes_ouvertes`, `job_dating`… (docs/datasets.md). */
  type: string | null;
  /** Start instant. */
  start: Date;
  /** End instant, never before the start; null when unknown. */
  end: Date | null;
  online: boolean;
  onlineUrl: string | null;
  place: PlaceFields & { name: string | null };
  organiser: string | null;
  /** The organiser is a member of the regional public orientation service. */
  organiserSpro: boolean | null;
  publics: string[];
  free: boolean | null;
  price: string | null;
  registrationUrl: string | null;
  registrationRequired: boolean | null;
  accessibility: string | null;
  /** A SPRO space (advisers) on site. */
  sproSpace: boolean | null;
  updated: Date | null;
}

/** Events longer than this are taken as data errors: their end is dropped. */
const MAX_SPAN_MS = 366 * 86_400_000;

/** An `evenements` record as an AgendaEvent; null (skipped) without id, title or a valid start. */
export function normalizeEvent(raw: unknown): AgendaEvent | null {
  if (!isRecord(raw)) return null;
  const id = str(raw.id, 100);
  const title = str(raw.titre, 300);
  const start = instant(raw.debut);
  if (!id || !title || !start) return null;
  let end = instant(raw.fin);
  if (end && (end < start || end.getTime() - start.getTime() > MAX_SPAN_MS)) end = null;
  const free = bool(raw.gratuit);
  return {
    id,
    title,
    description: text(raw.description),
    type: str(raw.type, 40),
    start,
    end,
    online: bool(raw.en_ligne) ?? false,
    onlineUrl: str(raw.lien_en_ligne, 2048),
    place: { name: str(raw.lieu_nom, 300), ...placeFields(raw) },
    organiser: str(raw.organisateur, 300),
    organiserSpro: bool(raw.organisateur_membre_spro),
    publics: strList(raw.publics, 12),
    free,
    price: free ? null : str(raw.prix, 100),
    registrationUrl: str(raw.lien_inscription, 2048),
    registrationRequired: bool(raw.inscription_obligatoire),
    accessibility: text(raw.accessibilite),
    sproSpace: bool(raw.espace_spro),
    updated: instant(raw.date_maj),
  };
}
