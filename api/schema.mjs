// Field types of the five datasets of docs/datasets.md, as the Explore API types them.
const place = { adresse: 'text', code_postal: 'text', commune: 'text', code_insee: 'text', departement: 'text', region: 'text', geo: 'geo_point_2d' };

export const SCHEMAS = {
  formations: {
    id_action: 'text', id_formation: 'text', intitule_formation: 'text', objectif_formation: 'text', contenu_formation: 'text',
    resultats_attendus: 'text', conditions_specifiques: 'text', certifiante: 'int', code_rncp: 'text', formacodes: 'text[]',
    codes_rome: 'text[]', domaine: 'text', niveau_entree: 'int', niveau_sortie: 'int', voie: 'text[]', modalite_enseignement: 'int',
    modalites_entrees_sorties: 'int', publics: 'text[]', financeurs: 'int[]', eligible_cpf: 'int', nombre_heures_total: 'int',
    nombre_heures_centre: 'int', nombre_heures_entreprise: 'int', duree_indicative: 'text', prix_total_ttc: 'double',
    acces_handicapes: 'text', accessible_handicap: 'int', restauration: 'text', hebergement: 'text', transport: 'text',
    organisme_nom: 'text', organisme_siret: 'text', lieu_adresse: 'text', lieu_code_postal: 'text', lieu_ville: 'text',
    lieu_code_insee: 'text', departement: 'text', region: 'text', lieu_geo: 'geo_point_2d', contact_nom: 'text', contact_tel: 'text',
    contact_email: 'text', url_formation: 'text', sessions: 'json', prochaine_session: 'date', recrutement_ouvert: 'int', date_maj: 'datetime',
  },
  'lieux-spro': {
    id: 'text', nom: 'text', reseau: 'text', ...place, telephone: 'text', email: 'text', site_web: 'text', horaires: 'json',
    horaires_note: 'text', publics: 'text[]', services: 'text[]', accessibilite: 'text', accessible_pmr: 'int', territoire_spro: 'text',
    membre_spro: 'int', date_maj: 'datetime',
  },
  evenements: {
    id: 'text', titre: 'text', description: 'text', type: 'text', debut: 'datetime', fin: 'datetime', en_ligne: 'int', lien_en_ligne: 'text',
    lieu_nom: 'text', ...place, organisateur: 'text', organisateur_membre_spro: 'int', publics: 'text[]', gratuit: 'int', prix: 'text',
    lien_inscription: 'text', inscription_obligatoire: 'int', accessibilite: 'text', espace_spro: 'int', date_maj: 'datetime',
  },
  stages: {
    id: 'text', titre: 'text', type: 'text', description: 'text', conditions: 'text', employeur_id: 'text', employeur_nom: 'text',
    employeur_taille: 'text', secteur_naf: 'text', domaine_rome: 'text', publics: 'text[]', ...place, periode_debut: 'date',
    periode_fin: 'date', toute_annee: 'int', duree_jours: 'int', places: 'int', accessible_handicap: 'int', accessibilite: 'text',
    accueil_visites: 'int', accueil_immersions: 'int', accueil_3e: 'int', contact_nom: 'text', contact_email: 'text', contact_tel: 'text',
    lien_candidature: 'text', date_publication: 'date',
  },
  communes: { code_insee: 'text', nom: 'text', codes_postaux: 'text[]', departement: 'text', region: 'text', geo: 'geo_point_2d', population: 'int' },
};

/** The replay of the real upstreams (api/replay/): their own field names and encodings, not our contract. */
export const REPLAY_SCHEMAS = {
  'api-lannuaire-administration': {
    id: 'text', nom: 'text', pivot: 'text', adresse: 'text', telephone: 'text', adresse_courriel: 'text', site_internet: 'text',
    plage_ouverture: 'text', code_insee_commune: 'text',
  },
  'fr-en-annuaire-education': {
    identifiant_de_l_etablissement: 'text', nom_etablissement: 'text', type_etablissement: 'text', statut_public_prive: 'text',
    adresse_1: 'text', adresse_2: 'text', adresse_3: 'text', code_postal: 'text', code_commune: 'text', nom_commune: 'text',
    code_departement: 'text', code_region: 'text', telephone: 'text', web: 'text', mail: 'text', position: 'geo_point_2d',
    latitude: 'double', longitude: 'double', etat: 'text',
  },
  'evenements-publics-openagenda': {
    uid: 'text', slug: 'text', canonicalurl: 'text', title_fr: 'text', description_fr: 'text', longdescription_fr: 'text', conditions_fr: 'text',
    keywords_fr: 'text[]', firstdate_begin: 'datetime', firstdate_end: 'datetime', lastdate_begin: 'datetime', lastdate_end: 'datetime',
    timings: 'text', accessibility: 'text', accessibility_label_fr: 'text[]', location_uid: 'text', location_coordinates: 'geo_point_2d',
    location_name: 'text', location_address: 'text', location_insee: 'text', location_postalcode: 'text', location_city: 'text',
    location_department: 'text', location_region: 'text', location_countrycode: 'text', attendancemode: 'text', onlineaccesslink: 'text',
    status: 'text', originagenda_title: 'text', originagenda_uid: 'text', registration: 'text', links: 'text',
  },
};

/** Text fields searched by full text: everything textual but codes, URLs and contacts. */
const NOT_SEARCHED = /^(id|id_|code_|codes_|url|site_web|lien_|contact_email|contact_tel|telephone|email|organisme_siret|formacodes|employeur_id)/;

export function schemaOf(dataset) {
  const fields = SCHEMAS[dataset] ?? REPLAY_SCHEMAS[dataset];
  if (!fields) return null;
  const searchable = Object.entries(fields)
    .filter(([name, type]) => (type === 'text' || type === 'text[]') && !NOT_SEARCHED.test(name))
    .map(([name]) => name);
  return { fields, searchable };
}
