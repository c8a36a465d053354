import { niveau2019 } from '../codes.js';
import { parseLheoDate, type LheoDate } from '../lheo.js';
import { bool, int, intList, isoDate, isRecord, num, objectList, placeFields, str, strList, text, type PlaceFields } from '../normalize.js';

/** Default dataset id of the training offer. */
export const FORMATIONS_DATASET = 'formations';

/** A session of a training action. */
export interface TrainingSession {
  id: string | null;
  start: LheoDate;
  end: LheoDate;
  /** dict-etat-recrutement: 1 open, 2 closed, 3 suspended; null when unknown. */
  recruitment: 1 | 2 | 3 | null;
  registrationStart: LheoDate;
  registrationEnd: LheoDate;
  registrationAddress: string | null;
}

/** A training action at one place, normalised from a `formations` record. */
export interface Training {
  id: string;
  formationId: string | null;
  title: string;
  objectives: string | null;
  content: string | null;
  results: string | null;
  prerequisites: string | null;
  certifying: boolean | null;
  rncp: string | null;
  romeCodes: string[];
  domain: string | null;
  /** Level reached on the 2019 scale: '3'..'8' or 'none'; null when not given. */
  level: string | null;
  entryLevel: string | null;
  routes: string[];
  /** dict-modalites-enseignement: 0 on site, 1 blended, 2 remote. */
  modality: 0 | 1 | 2 | null;
  permanentEntry: boolean | null;
  publics: string[];
  funders: number[];
  cpf: boolean | null;
  hours: number | null;
  hoursCentre: number | null;
  hoursCompany: number | null;
  duration: string | null;
  price: number | null;
  disabilityAccess: string | null;
  catering: string | null;
  accommodation: string | null;
  transport: string | null;
  organisation: string | null;
  place: PlaceFields;
  contact: { name: string | null; phone: string | null; email: string | null };
  url: string | null;
  sessions: TrainingSession[];
  nextStart: string | null;
  openRecruitment: boolean | null;
  updated: string | null;
}

const MAX_SESSIONS = 50;

function session(raw: Record<string, unknown>): TrainingSession {
  const state = int(raw.etat_recrutement);
  return {
    id: str(raw.numero, 60),
    start: parseLheoDate(raw.debut),
    end: parseLheoDate(raw.fin),
    recruitment: state === 1 || state === 2 || state === 3 ? state : null,
    registrationStart: parseLheoDate(raw.inscription_debut),
    registrationEnd: parseLheoDate(raw.inscription_fin),
    registrationAddress: str(raw.adresse_inscription),
  };
}

const sortKey = (s: TrainingSession): string => ('iso' in s.start ? s.start.iso : '9999');

/**
 * A `formations` record as a Training. Returns null (the record is skipped) only when it has
 * no identifier or no title; every other missing or wrong-typed field becomes null or [].
 */
export function normalizeTraining(raw: unknown): Training | null {
  if (!isRecord(raw)) return null;
  const id = str(raw.id_action, 100);
  const title = str(raw.intitule_formation, 300);
  if (!id || !title) return null;
  const modality = int(raw.modalite_enseignement);
  const sessions = objectList(raw.sessions, MAX_SESSIONS).map(session).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  const openRecruitment = bool(raw.recrutement_ouvert) ?? (sessions.length ? sessions.some((s) => s.recruitment === 1) : null);
  return {
    id,
    formationId: str(raw.id_formation, 100),
    title,
    objectives: text(raw.objectif_formation),
    content: text(raw.contenu_formation),
    results: text(raw.resultats_attendus),
    prerequisites: text(raw.conditions_specifiques),
    certifying: bool(raw.certifiante),
    rncp: str(raw.code_rncp, 30),
    romeCodes: strList(raw.codes_rome, 5),
    domain: str(raw.domaine, 200),
    level: niveau2019(int(raw.niveau_sortie)),
    entryLevel: niveau2019(int(raw.niveau_entree)),
    routes: strList(raw.voie, 3),
    modality: modality === 0 || modality === 1 || modality === 2 ? modality : null,
    permanentEntry: bool(raw.modalites_entrees_sorties),
    publics: strList(raw.publics, 10),
    funders: intList(raw.financeurs, 20),
    cpf: bool(raw.eligible_cpf),
    hours: positive(num(raw.nombre_heures_total)),
    hoursCentre: positive(num(raw.nombre_heures_centre)),
    hoursCompany: positive(num(raw.nombre_heures_entreprise)),
    duration: str(raw.duree_indicative, 100),
    price: positive(num(raw.prix_total_ttc)),
    disabilityAccess: text(raw.acces_handicapes),
    catering: text(raw.restauration),
    accommodation: text(raw.hebergement),
    transport: text(raw.transport),
    organisation: str(raw.organisme_nom, 300),
    place: placeFields(raw, { address: 'lieu_adresse', postcode: 'lieu_code_postal', city: 'lieu_ville', geo: 'lieu_geo' }),
    contact: { name: str(raw.contact_nom, 200), phone: str(raw.contact_tel, 40), email: str(raw.contact_email, 200) },
    url: str(raw.url_formation, 2048),
    sessions,
    nextStart: isoDate(raw.prochaine_session),
    openRecruitment,
    updated: str(raw.date_maj, 40),
  };
}

function positive(n: number | null): number | null {
  return n !== null && n >= 0 && n < 1e9 ? n : null;
}
