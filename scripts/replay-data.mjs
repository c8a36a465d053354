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

mkdirSync('api/replay', { recursive: true });
writeFileSync('api/replay/evenements-publics-openagenda.json', `${JSON.stringify(openagenda)}\n`);
writeFileSync('api/replay/api-lannuaire-administration.json', `${JSON.stringify(annuaire)}\n`);
writeFileSync('api/replay/fr-en-annuaire-education.json', `${JSON.stringify(education)}\n`);
writeFileSync(
  'api/replay/meta.json',
  `${JSON.stringify({ reference_date: JSON.parse(readFileSync('api/data/meta.json', 'utf8')).reference_date, note: 'The sample venues of api/data/ in the encodings of the DILA annuaire and of the annuaire de l’éducation, plus records recorded from them (tests/fixtures/upstream/). Written by scripts/replay-data.mjs.', counts: { 'api-lannuaire-administration': annuaire.length, 'fr-en-annuaire-education': education.length, 'evenements-publics-openagenda': openagenda.length } }, null, 2)}\n`,
);
console.log(`api/replay/: ${annuaire.length} annuaire records, ${education.length} education records, ${openagenda.length} OpenAgenda events`);
