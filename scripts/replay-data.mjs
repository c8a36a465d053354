// The offline replay of the real upstreams (api/replay/): the sample venues and events of api/data/ written in
// the encodings the real sources use, beside the records recorded from them
// (tests/fixtures/upstream/). The dev server and the test runner serve them at
// /replay/<host>/api/explore/v2.1 with the embedded Explore API, so that `source="annuaire"` or
// `source="education"` work with no network. `node scripts/replay-data.mjs`
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const venues = JSON.parse(readFileSync('api/data/lieux-spro.json', 'utf8'));
const read = (f) => JSON.parse(readFileSync(`tests/fixtures/upstream/${f}`, 'utf8'));

/** Our network codes and the `type_service_local` of the DILA annuaire (tests/fixtures/upstream/README.md). */
const DILA_TYPE = { mission_locale: 'mission_locale', france_travail: 'france_travail', pole_emploi: 'pole_emploi', cap_emploi: 'cap_emploi', cio: 'cio', information_jeunesse: 'cij', maison_emploi: 'maison_emploi', france_services: 'msap', apec: 'apec' };
const DAYS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'];
const seconds = (hhmm) => `${hhmm}:00`;

/** Weekly hours as the annuaire writes them: consecutive days with the same hours in one entry, two slots at most. */
function plages(horaires, note) {
  const byDay = DAYS.map((_, i) => horaires.filter((h) => h.jour === i + 1).map((h) => [h.ouverture, h.fermeture]));
  const out = [];
  for (let d = 0; d < 7; d++) {
    const slots = byDay[d];
    if (!slots.length) continue;
    let end = d;
    while (end + 1 < 7 && JSON.stringify(byDay[end + 1]) === JSON.stringify(slots)) end++;
    out.push({
      nom_jour_debut: DAYS[d],
      nom_jour_fin: DAYS[end],
      valeur_heure_debut_1: seconds(slots[0][0]),
      valeur_heure_fin_1: seconds(slots[0][1]),
      valeur_heure_debut_2: slots[1] ? seconds(slots[1][0]) : '',
      valeur_heure_fin_2: slots[1] ? seconds(slots[1][1]) : '',
      commentaire: out.length === 0 && note ? note : '',
    });
    d = end;
  }
  return out;
}

const annuaire = venues
  .filter((v) => DILA_TYPE[v.reseau])
  .map((v, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    nom: v.nom,
    pivot: JSON.stringify([{ type_service_local: DILA_TYPE[v.reseau], code_insee_commune: [v.code_insee] }]),
    adresse: JSON.stringify([
      { type_adresse: 'Adresse', complement1: '', complement2: '', numero_voie: v.adresse, service_distribution: '', code_postal: v.code_postal, nom_commune: v.commune, pays: '', continent: '', longitude: String(v.geo.lon), latitude: String(v.geo.lat), accessibilite: v.accessible_pmr ? 'ACC' : '', note_accessibilite: '' },
    ]),
    telephone: JSON.stringify(v.telephone ? [{ valeur: v.telephone, description: '' }] : []),
    adresse_courriel: v.email ?? '',
    site_internet: JSON.stringify(v.site_web ? [{ libelle: '', valeur: v.site_web }] : []),
    plage_ouverture: JSON.stringify(plages(v.horaires ?? [], v.horaires_note)),
    code_insee_commune: v.code_insee,
  }));
annuaire.push(read('annuaire-api-record.json'));

const education = venues
  .filter((v) => v.reseau === 'cio')
  .map((v, i) => ({
    identifiant_de_l_etablissement: `${v.departement.padStart(3, '0').slice(1)}${String(9000 + i).padStart(5, '0')}Z`,
    nom_etablissement: v.nom,
    type_etablissement: 'Information et orientation',
    statut_public_prive: 'Public',
    adresse_1: v.adresse,
    adresse_2: null,
    adresse_3: null,
    code_postal: v.code_postal,
    code_commune: v.code_insee,
    nom_commune: v.commune,
    code_departement: v.departement.padStart(3, '0'),
    code_region: v.region,
    telephone: v.telephone,
    web: v.site_web,
    mail: v.email,
    position: { lon: v.geo.lon, lat: v.geo.lat },
    latitude: v.geo.lat,
    longitude: v.geo.lon,
    etat: 'OUVERT',
  }));
education.push(read('education-records.json').results[0]);

/** The sample events in the encoding of OpenAgenda's Opendatasoft mirror (tests/fixtures/upstream/openagenda-records.json). */
const events = JSON.parse(readFileSync('api/data/evenements.json', 'utf8'));
const label = (fr, en) => ({ fr, en });
const openagenda = events.map((e, i) => ({
  uid: String(80000000 + i),
  slug: e.id.toLowerCase(),
  canonicalurl: `https://openagenda.com/agenda-orientation-exemple/events/${e.id.toLowerCase()}`,
  title_fr: e.titre,
  description_fr: e.titre,
  longdescription_fr: e.description ? e.description.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : null,
  conditions_fr: e.gratuit ? 'Entrée gratuite' : e.prix,
  keywords_fr: [e.type],
  firstdate_begin: new Date(e.debut).toISOString().replace('.000Z', '+00:00'),
  firstdate_end: new Date(e.fin ?? e.debut).toISOString().replace('.000Z', '+00:00'),
  lastdate_begin: new Date(e.debut).toISOString().replace('.000Z', '+00:00'),
  lastdate_end: new Date(e.fin ?? e.debut).toISOString().replace('.000Z', '+00:00'),
  timings: JSON.stringify([{ begin: e.debut, end: e.fin ?? e.debut }]),
  accessibility: null,
  accessibility_label_fr: null,
  location_uid: String(17000000 + i),
  location_coordinates: e.geo,
  location_name: e.lieu_nom,
  location_address: e.adresse,
  location_insee: e.code_insee,
  location_postalcode: e.code_postal,
  location_city: e.commune,
  location_department: null,
  location_region: null,
  location_countrycode: 'FR',
  attendancemode: JSON.stringify({ id: e.en_ligne ? 2 : 1, label: e.en_ligne ? label('En ligne', 'Online') : label('Sur place', 'In situ') }),
  onlineaccesslink: e.lien_en_ligne,
  status: JSON.stringify({ id: 1, label: label('Programmé', 'Scheduled') }),
  originagenda_title: e.organisateur,
  originagenda_uid: String(35000000 + (i % 5)),
  registration: JSON.stringify(e.lien_inscription ? [{ type: 'link', value: e.lien_inscription }] : []),
  links: null,
}));
openagenda.push(...read('openagenda-records.json').results);

/** The sample apprenticeship trainings as the RCO catalogue answers them (tests/fixtures/upstream/rco-formation-mock.json): "lat,lon" strings (swapped in one record in 25, as in some real ones). */
const NIVEAU_RCO = { 3: '3 (CAP...)', 4: '4 (BAC...)', 5: '5 (BTS, DEUST...)', 6: '6 (Licence, BUT...)', 7: '7 (Master, titre ingénieur...)' };
const level2019 = (code) => ({ 4: 3, 13: 3, 5: 4, 14: 4, 6: 5, 15: 5, 7: 6, 16: 6, 8: 7, 17: 7 })[code] ?? null;
const lheoIso = (d) => (d && /^\d{8}$/.test(d) && !d.endsWith('00') && !/^0|^9/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T00:00:00.000Z` : null);
const formations = JSON.parse(readFileSync('api/data/formations.json', 'utf8'));
const rco = formations
  .filter((f) => f.voie.includes('apprentissage'))
  .slice(0, 800)
  .map((f, i) => ({
    _id: `5fc6${String(i).padStart(20, '0')}`,
    cle_ministere_educatif: `${f.id_action}#RCO`,
    intitule_long: f.intitule_formation.toUpperCase(),
    intitule_court: f.intitule_formation.slice(0, 40).toUpperCase(),
    diplome: null,
    niveau: NIVEAU_RCO[level2019(f.niveau_sortie)] ?? null,
    rncp_code: f.code_rncp ? `RNCP${f.code_rncp}` : null,
    rome_codes: f.codes_rome,
    code_postal: f.lieu_code_postal,
    code_commune_insee: f.lieu_code_insee,
    num_departement: f.departement,
    region: null,
    localite: f.lieu_ville,
    lieu_formation_adresse: f.lieu_adresse,
    lieu_formation_geo_coordonnees: f.lieu_geo ? (i % 25 === 7 ? `${f.lieu_geo.lon},${f.lieu_geo.lat}` : `${f.lieu_geo.lat},${f.lieu_geo.lon}`) : null,
    etablissement_formateur_entreprise_raison_sociale: f.organisme_nom,
    etablissement_formateur_enseigne: null,
    date_debut: (f.sessions ?? []).map((s) => lheoIso(s.debut)).filter(Boolean),
    date_fin: (f.sessions ?? []).map((s) => lheoIso(s.fin)).filter(Boolean),
    entierement_a_distance: f.modalite_enseignement === 2,
    onisep_url: f.url_formation,
    email: f.contact_email,
    num_tel: f.contact_tel,
    objectif: f.objectif_formation,
    contenu: null,
    published: true,
    catalogue_published: i % 40 !== 3,
    last_update_at: f.date_maj,
  }));
rco.push(read('rco-formation-mock.json'));

mkdirSync('api/replay', { recursive: true });
writeFileSync('api/replay/rco-formations.json', `${JSON.stringify(rco)}\n`);
writeFileSync('api/replay/evenements-publics-openagenda.json', `${JSON.stringify(openagenda)}\n`);
writeFileSync('api/replay/api-lannuaire-administration.json', `${JSON.stringify(annuaire)}\n`);
writeFileSync('api/replay/fr-en-annuaire-education.json', `${JSON.stringify(education)}\n`);
writeFileSync(
  'api/replay/meta.json',
  `${JSON.stringify({ reference_date: JSON.parse(readFileSync('api/data/meta.json', 'utf8')).reference_date, note: 'The sample venues of api/data/ in the encodings of the DILA annuaire and of the annuaire de l’éducation, plus records recorded from them (tests/fixtures/upstream/). Written by scripts/replay-data.mjs.', counts: { 'api-lannuaire-administration': annuaire.length, 'fr-en-annuaire-education': education.length, 'evenements-publics-openagenda': openagenda.length, 'rco-formations': rco.length } }, null, 2)}\n`,
);
console.log(`api/replay/: ${annuaire.length} annuaire records, ${education.length} education records, ${openagenda.length} OpenAgenda events, ${rco.length} RCO trainings`);
