// LHEO (the Carif-Oref exchange format) to the `formations` dataset of our contract
// (docs/datasets.md): one record per action, with its formation, place, sessions, organisation
// and contact. Streams the file (the parser never holds more than one <formation>), reads the 2.2
// and 2.3 namespaces, decodes escaped HTML once more where producers double-escaped it.
import { createReadStream, statSync } from 'node:fs';
import { SaxesParser } from 'saxes';

/** The LHEO namespaces read (2.2 is what most real files still use). */
export const LHEO_NAMESPACES = ['http://www.lheo.org/2.2', 'http://lheo.gouv.fr/2.3', 'http://www.lheo.org/2.3'];

/** A malformed file: where the parser stopped. */
export class LheoSyntaxError extends Error {
  constructor(file, line, column, message) {
    super(`${file}:${line}:${column}: ${message}`);
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

// ------------------------------------------------------------------ a small element tree

/** Children named `name` (local name) of a node. */
const all = (node, name) => (node?.children ?? []).filter((c) => c.name === name);
const one = (node, name) => all(node, name)[0];
/** The text of a path below a node (`a/b/c`), trimmed; null when absent or empty. */
function text(node, path) {
  let n = node;
  for (const part of path.split('/')) {
    n = one(n, part);
    if (!n) return null;
  }
  const t = n.text.trim();
  // Producers write "-" for "nothing to say" (seen in Onisep's export).
  return t && !/^-+$/.test(t) ? decodeTwice(t) : null;
}
const texts = (node, path) => {
  const parts = path.split('/');
  const last = parts.pop();
  let n = node;
  for (const part of parts) {
    n = one(n, part);
    if (!n) return [];
  }
  return all(n, last).map((c) => c.text.trim()).filter(Boolean);
};

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Text a producer escaped twice (`&lt;p&gt;` after XML decoding) decoded once more; the widgets sanitise it at render. */
function decodeTwice(t) {
  if (!/&lt;\/?[a-z]/i.test(t)) return t;
  return t.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const int = (v) => (v !== null && /^-?\d+$/.test(v) ? Number(v) : null);
const num = (v) => {
  if (v === null) return null;
  const n = Number(v.replace(',', '.').replace(/\s/g, ''));
  return Number.isFinite(n) ? n : null;
};

/** An LHEO date AAAAMMJJ kept as is (00000000 unknown, 99999999 open end, AAAAMM00 a month, AAAA0000 a year). */
const lheoDate = (v) => (v && /^\d{8}$/.test(v) ? v : null);
/** The ISO day of an LHEO date, when it is a full day. */
function isoDay(v) {
  if (!v || /^0{8}|^9{8}/.test(v) || v.endsWith('00')) return null;
  const iso = `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** An address node (`adresse`): its lines, postcode, town, codes and point. */
function address(node) {
  if (!node) return null;
  const lat = num(text(node, 'geolocalisation/latitude'));
  const lon = num(text(node, 'geolocalisation/longitude'));
  const inFrance = lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
  return {
    lines: texts(node, 'ligne').join(', ') || null,
    postcode: text(node, 'codepostal'),
    town: text(node, 'ville'),
    departement: text(node, 'departement'),
    insee: text(node, 'code-INSEE-commune'),
    region: text(node, 'region'),
    geo: inFrance ? { lat, lon } : null,
  };
}

/** A person or a desk (`coordonnees`): name, phone, e-mail, web. */
function contact(node) {
  if (!node) return {};
  const name = [text(node, 'prenom'), text(node, 'nom')].filter(Boolean).join(' ') || null;
  return {
    name,
    phone: text(node, 'telfixe/numtel') ?? text(node, 'portable/numtel'),
    email: text(node, 'courriel'),
    web: webAddress(text(node, 'web/urlweb')),
  };
}

/** A web address as producers write it ("lycee.fr", "www2.site.fr/page"): with its scheme. */
function webAddress(v) {
  if (!v) return null;
  if (/^https?:\/\//i.test(v)) return v;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(v) ? `http://${v}` : null;
}

/** The first contact that has a phone, an e-mail or a web address. */
const firstReachable = (...contacts) => contacts.find((c) => c.phone || c.email || c.web) ?? contacts[0] ?? {};

/** What producers put in <extras>: `info` → value (e.g. Onisep's formation-initiale). */
function extras(node) {
  const out = {};
  for (const group of all(node, 'extras')) for (const e of all(group, 'extra')) if (e.attrs.info) out[e.attrs.info] = e.text.trim();
  return out;
}

/**
 * The records of one <formation>: one per <action>. Returns { records, skipped } where skipped
 * lists the actions that cannot be read, with the reason.
 */
export function formationRecords(f, today = new Date().toISOString().slice(0, 10)) {
  const skipped = [];
  const records = [];
  const title = text(f, 'intitule-formation');
  const formationId = f.attrs.numero || null;
  const org = one(f, 'organisme-formation-responsable');
  const orgName = text(org, 'raison-sociale') ?? text(org, 'nom-organisme');
  // Whom to ask: the formation's contact, else the organisation's (a human contact in every result).
  const formationContact = firstReachable(
    contact(one(one(f, 'contact-formation'), 'coordonnees')),
    contact(one(one(org, 'contact-organisme'), 'coordonnees')),
    contact(one(one(org, 'coordonnees-organisme'), 'coordonnees')),
  );
  const actions = all(f, 'action');
  if (!actions.length) skipped.push({ id: formationId, reason: 'a formation without any action' });
  actions.forEach((a, i) => {
    const id = a.attrs.numero || (formationId ? `${formationId}-${i + 1}` : null);
    if (!id) return skipped.push({ id: null, reason: 'an action without numero in a formation without numero' });
    if (!title) return skipped.push({ id, reason: 'no intitule-formation' });
    const place = address(one(one(one(a, 'lieu-de-formation'), 'coordonnees'), 'adresse')) ?? {};
    const sessions = all(a, 'session').map((s) => ({
      numero: s.attrs.numero || null,
      debut: lheoDate(text(s, 'periode/debut')),
      fin: lheoDate(text(s, 'periode/fin')),
      etat_recrutement: int(text(s, 'etat-recrutement')),
      inscription_debut: lheoDate(text(s, 'periode-inscription/periode/debut')),
      inscription_fin: lheoDate(text(s, 'periode-inscription/periode/fin')),
      adresse_inscription: address(one(one(s, 'adresse-inscription'), 'adresse'))?.lines ?? null,
    }));
    const starts = sessions.map((s) => isoDay(s.debut)).filter((d) => d && d >= today).sort();
    const accessText = text(a, 'acces-handicapes');
    const hours = (name) => int(text(a, name));
    const web = webAddress(text(a, 'url-action/urlweb')) ?? webAddress(text(f, 'url-formation/urlweb')) ?? formationContact.web ?? null;
    // Onisep marks initial (school) training in its extras; no standard LHEO element says the route.
    const voie = extras(a)['formation-initiale'] === '1' ? ['scolaire'] : [];
    records.push({
      id_action: id,
      id_formation: formationId,
      intitule_formation: title,
      objectif_formation: text(f, 'objectif-formation'),
      contenu_formation: text(f, 'contenu-formation'),
      resultats_attendus: text(f, 'resultats-attendus'),
      conditions_specifiques: text(a, 'conditions-specifiques'),
      certifiante: int(text(f, 'certifiante')),
      code_rncp: text(f, 'certification/code-RNCP'),
      formacodes: texts(f, 'domaine-formation/code-FORMACODE'),
      codes_rome: texts(f, 'domaine-formation/code-ROME'),
      domaine: null,
      niveau_entree: int(text(f, 'code-niveau-entree')),
      niveau_sortie: int(text(f, 'code-niveau-sortie')),
      voie,
      modalite_enseignement: int(text(a, 'modalites-enseignement')),
      modalites_entrees_sorties: int(text(a, 'modalites-entrees-sorties')),
      publics: [],
      financeurs: [...new Set(all(a, 'organisme-financeur').map((o) => int(text(o, 'code-financeur'))).filter((n) => n !== null))],
      eligible_cpf: null,
      nombre_heures_total: hours('nombre-heures-total'),
      nombre_heures_centre: hours('nombre-heures-centre'),
      nombre_heures_entreprise: hours('nombre-heures-entreprise'),
      duree_indicative: text(a, 'duree-indicative'),
      prix_total_ttc: num(text(a, 'prix-total-TTC')),
      acces_handicapes: accessText,
      accessible_handicap: accessText ? 1 : 0,
      restauration: text(a, 'restauration'),
      hebergement: text(a, 'hebergement'),
      transport: text(a, 'transport'),
      organisme_nom: orgName,
      organisme_siret: text(org, 'SIRET-organisme-formation/SIRET'),
      lieu_adresse: place.lines ?? null,
      lieu_code_postal: place.postcode ?? null,
      lieu_ville: place.town ?? null,
      lieu_code_insee: place.insee ?? null,
      departement: place.departement ?? (place.postcode ? departementOf(place.postcode) : null),
      region: place.region ?? null,
      lieu_geo: place.geo ?? null,
      contact_nom: formationContact.name ?? null,
      contact_tel: formationContact.phone ?? null,
      contact_email: formationContact.email ?? null,
      url_formation: web,
      sessions,
      prochaine_session: starts[0] ?? null,
      recrutement_ouvert: sessions.some((s) => s.etat_recrutement === 1) ? 1 : 0,
      date_maj: isoDay(a.attrs.datemaj ?? f.attrs.datemaj ?? null),
    });
  });
  return { records, skipped };
}

/** The département of a French postcode (2A/2B for Corsica, 971-976 overseas). */
function departementOf(cp) {
  if (!/^\d{5}$/.test(cp)) return null;
  if (cp.startsWith('20')) return Number(cp) < 20200 ? '2A' : '2B';
  if (cp.startsWith('97')) return cp.slice(0, 3);
  return cp.slice(0, 2);
}

/**
 * Reads an LHEO file and calls `onRecord` for each action record (reading waits for the promise it
 * may return). Resolves with counts; rejects
 * with a LheoSyntaxError naming the file, line and column when the XML is malformed.
 */
export function readLheo(file, { onRecord, onProgress, today } = {}) {
  return new Promise((resolve, reject) => {
    const parser = new SaxesParser({ xmlns: true, position: true });
    const size = statSync(file).size;
    const stack = [];
    let inFormation = false;
    let namespace = null;
    const counts = { formations: 0, actions: 0, skipped: [] };
    let failed = false;
    const fail = (message) => {
      if (failed) return;
      failed = true;
      stream.destroy();
      reject(new LheoSyntaxError(file, parser.line, parser.column, message));
    };
    parser.on('error', (e) => fail(e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')));
    parser.on('opentag', (tag) => {
      if (!namespace && tag.local === 'lheo') namespace = tag.uri || '(none)';
      if (tag.local === 'formation' && stack.length === 0) inFormation = true;
      if (!inFormation) return;
      const attrs = {};
      for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
      stack.push({ name: tag.local, attrs, children: [], text: '' });
    });
    parser.on('text', (t) => {
      if (stack.length) stack[stack.length - 1].text += t;
    });
    parser.on('cdata', (t) => {
      if (stack.length) stack[stack.length - 1].text += t;
    });
    parser.on('closetag', () => {
      if (!inFormation || failed) return;
      const node = stack.pop();
      if (stack.length) {
        stack[stack.length - 1].children.push(node);
        return;
      }
      inFormation = false;
      counts.formations += 1;
      const { records, skipped } = formationRecords(node, today);
      counts.skipped.push(...skipped);
      for (const r of records) {
        counts.actions += 1;
        const wait = onRecord?.(r);
        if (wait) waits.push(wait);
      }
    });
    const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    let read = 0;
    // Records are handed over as they are read; when the consumer is slower (a disk), reading
    // pauses until it has caught up: memory stays bounded whatever the size of the file.
    let waits = [];
    stream.on('data', (chunk) => {
      read += Buffer.byteLength(chunk);
      try {
        parser.write(chunk);
      } catch (e) {
        fail(String(e?.message ?? e).replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
        return;
      }
      onProgress?.(read, size, counts);
      if (waits.length) {
        const pending = waits;
        waits = [];
        stream.pause();
        Promise.all(pending).then(() => stream.resume(), (e) => !failed && ((failed = true), stream.destroy(), reject(e)));
      }
    });
    stream.on('error', (e) => !failed && ((failed = true), reject(e)));
    stream.on('end', () => {
      if (failed) return;
      try {
        parser.close();
      } catch (e) {
        fail(String(e?.message ?? e).replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
        return;
      }
      if (namespace && namespace !== '(none)' && !LHEO_NAMESPACES.includes(namespace)) counts.warning = `unknown namespace ${namespace} (read as LHEO)`;
      if (!namespace) return fail('no <lheo> root element: not an LHEO file');
      resolve({ ...counts, namespace });
    });
  });
}
