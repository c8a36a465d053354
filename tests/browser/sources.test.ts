/**
 * The real public sources of the venue map, on the answers recorded from them
 * (tests/fixtures/upstream/, their provenance in its README) and through the offline replay of
 * their hosts (api/replay.mjs): the contract of each profile, then the widget on each source.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/venue-map/define.js';
import '../../src/event-agenda/define.js';
import type { CarifEventAgenda } from '../../src/event-agenda/event-agenda.js';
import { normalizeOpenAgenda, openAgendaWhere } from '../../src/data/sources/openagenda.js';
import { normalizeRco, rcoFilter, rcoPoint } from '../../src/data/sources/rco.js';
import '../../src/training-search/define.js';
import type { CarifTrainingSearch } from '../../src/training-search/training-search.js';
import { configure } from '../../src/core/config.js';
import type { CarifVenueMap } from '../../src/venue-map/venue-map.js';
import { annuaireHours, annuaireWhere, educationWhere, normalizeAnnuaire, normalizeEducation } from '../../src/data/sources/venues.js';
import { objectList } from '../../src/data/normalize.js';
import { normalizeGeoCommune } from '../../src/data/sources/geo-communes.js';
import { $, $$, faultBase, freshCache, settled } from '../helpers/helpers.js';

const fixtureJson = async (name: string) => (await fetch(`/tests/fixtures/upstream/${name}`)).json();
const ANNUAIRE = '/replay/api-lannuaire.service-public.gouv.fr/api/explore/v2.1';
const EDUCATION = '/replay/data.education.gouv.fr/api/explore/v2.1';
const OPENAGENDA = '/replay/public.opendatasoft.com/api/explore/v2.1';
const RCO = '/replay/catalogue-apprentissage.intercariforef.org/api/v1';
const replay = { annuaire: ANNUAIRE, education: EDUCATION, openagenda: OPENAGENDA, rco: RCO, geo: '/replay/geo.api.gouv.fr' };

/** What the replayed host itself answers to a where: the oracle the widget is compared with. */
async function exported(base: string, dataset: string, where: string): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${base}/catalog/datasets/${dataset}/exports/json?where=${encodeURIComponent(where)}`);
  return res.json();
}

describe('source profiles: the recorded answers of the real upstreams', () => {
  it('DILA annuaire through the API: pivot, adresse, telephone and plage_ouverture are JSON in strings', async () => {
    const raw = await fixtureJson('annuaire-api-record.json');
    expect(typeof raw.pivot).to.equal('string');
    const v = normalizeAnnuaire(raw)!;
    expect(v.network).to.equal('mission_locale');
    expect(v.city).to.equal('Paris');
    expect(v.postcode).to.equal('75011');
    // Latitude and longitude arrive as strings, in that order: not swapped.
    expect(v.geo).to.deep.equal({ lat: 48.851234, lon: 2.389022 });
    expect(v.phone).to.equal('01 00 00 00 00');
    expect(v.departement).to.equal('75');
    // "Lundi" to "Jeudi" with two slots, Friday apart; the comments kept as the note.
    expect(v.hours.filter((h) => h.day === 3)).to.deep.equal([
      { day: 3, open: 540, close: 690 },
      { day: 3, open: 810, close: 990 },
    ]);
    expect(v.hours.some((h) => h.day === 6 || h.day === 7)).to.equal(false);
    expect(v.hoursNote).to.match(/sans rendez-vous/);
  });

  it('DILA annuaire bulk download: the same fields as real arrays read the same way', async () => {
    const raw = await fixtureJson('annuaire-dump-record.json');
    expect(Array.isArray(raw.plage_ouverture)).to.equal(true);
    // That recorded record is a town hall: not a SPRO venue, so not shown.
    expect(normalizeAnnuaire(raw)).to.equal(null);
    const asVenue = normalizeAnnuaire({ ...raw, pivot: [{ type_service_local: 'pole_emploi', code_insee_commune: ['77188'] }] })!;
    expect(asVenue.network).to.equal('france_travail', 'older records say pole_emploi');
    expect(asVenue.website).to.equal('http://www.ville-fontaineleport.fr');
    expect(asVenue.email).to.match(/@/);
    expect(annuaireHours(raw.plage_ouverture).hours.filter((h) => h.day === 2)).to.have.length(2);
  });

  it('missing or broken fields never break a record: a JSON string that does not parse reads as empty', () => {
    expect(objectList('[{"valeur": "x"', 20)).to.deep.equal([]);
    expect(objectList(null, 20)).to.deep.equal([]);
    const v = normalizeAnnuaire({ id: 'x', nom: '<b>Mission</b> locale', pivot: '[{"type_service_local":"mission_locale"}]', adresse: 'not json', plage_ouverture: 42 })!;
    expect(v.name).to.equal('<b>Mission</b> locale', 'kept as text: the card shows it as plain text');
    expect(v.geo).to.equal(null);
    expect(v.hours).to.deep.equal([]);
    expect(normalizeAnnuaire({ nom: 'no id', pivot: '[]' })).to.equal(null);
  });

  it('Annuaire de l’éducation: the real v2.1 answer, a three-character département and a position', async () => {
    const answer = await fixtureJson('education-records.json');
    const v = normalizeEducation(answer.results[0])!;
    expect(v.departement).to.equal('34');
    expect(v.geo!.lat).to.be.closeTo(43.4234, 0.001);
    expect(v.geo!.lon).to.be.closeTo(3.6745, 0.001);
    expect(v.phone).to.equal('04 67 51 63 63');
    expect(v.network).to.equal('cio');
  });

  it('geo.api.gouv.fr: centre.coordinates is [lon, lat]', async () => {
    const [commune] = await fixtureJson('geo-departement-communes.json');
    const place = normalizeGeoCommune(commune)!;
    expect(place.lon).to.equal(commune.centre.coordinates[0]);
    expect(place.lat).to.equal(commune.centre.coordinates[1]);
    expect(place.label).to.match(/\(\d{5}\)$/);
  });

  it('OpenAgenda mirror: timings, status, attendance mode and registration are JSON in strings; coordinates a point', async () => {
    const { results } = await fixtureJson('openagenda-records.json');
    const raw = results[0];
    expect(typeof raw.registration).to.equal('string');
    const e = normalizeOpenAgenda(raw)!;
    expect(e.title).to.equal('Entrechats - conte musical');
    expect(e.start.toISOString()).to.equal('2025-01-25T19:30:00.000Z');
    expect(e.end!.toISOString()).to.equal('2025-01-25T20:30:00.000Z');
    expect(e.place.city).to.equal('Paris');
    expect(e.place.departement).to.equal('75');
    expect(e.place.geo).to.deep.equal({ lat: 48.82757, lon: 2.345167 });
    expect(e.online).to.equal(false, 'attendance mode 1: on site');
    expect(e.organiser).to.equal('Théâtre Mandapa');
    expect(e.description).to.match(/^<p>/);
    expect(e.registrationUrl).to.match(/^https?:\/\//);
    // A cancelled event (status 6) is not listed; a broken JSON string does not break the record.
    expect(normalizeOpenAgenda({ ...raw, status: '{"id": 6, "label": {"fr": "Annulé"}}' })).to.equal(null);
    expect(normalizeOpenAgenda({ ...raw, attendancemode: '{broken', registration: 'nope' })!.registrationUrl).to.equal(raw.canonicalurl);
    expect(normalizeOpenAgenda({ ...raw, firstdate_begin: 'soon' })).to.equal(null);
  });

  it('RCO catalogue: "lat,lon" strings (swapped ones put back), the level from "4 (BAC...)", apprenticeship', async () => {
    const raw = await fixtureJson('rco-formation-mock.json');
    const t = normalizeRco(raw)!;
    expect(t.title).to.equal('TECHNICIEN EN CHAUDRONNERIE INDUSTRIELLE (BAC PRO)');
    expect(t.level).to.equal('4');
    expect(t.routes).to.deep.equal(['apprentissage']);
    expect(t.place.geo).to.deep.equal({ lat: 49.103334, lon: 6.855078 });
    expect(t.place.departement).to.equal('57');
    expect(t.organisation).to.equal('ASS APPRENTISSAGE INDUSTRIEL');
    expect(rcoPoint('6.855078,49.103334')).to.deep.equal({ lat: 49.103334, lon: 6.855078 }, 'swapped in some records');
    expect(rcoPoint('0,0')).to.equal(null);
    expect(rcoPoint('north')).to.equal(null);
    expect(normalizeRco({ intitule_long: 'no id' })).to.equal(null);
  });

  it('RCO filter: the published flags added (dropped by the API once a query is given), the words escaped', () => {
    const f = rcoFilter({ q: 'c++ (bac)', niveaux: ['4'], departements: ['21'], near: null, page: 1, size: 10 }) as { $and: Record<string, unknown>[] };
    expect(f.$and).to.deep.include({ published: true });
    expect(f.$and).to.deep.include({ catalogue_published: true });
    expect(f.$and).to.deep.include({ intitule_long: { $regex: 'c\\+\\+ \\(bac\\)', $options: 'i' } });
    expect(f.$and).to.deep.include({ num_departement: { $in: ['21'] } });
  });

  it('the queries: a word match on pivot and a prefix on the INSEE code (annuaire); the CIO type and a distance (éducation)', () => {
    const q = { q: '', networks: ['france_travail'], departements: ['21'], near: null, radius: 30 };
    expect(annuaireWhere(q)).to.equal('(pivot like "france_travail" or pivot like "pole_emploi") and (startswith(`code_insee_commune`, "21"))');
    expect(educationWhere({ ...q, networks: [] })).to.equal('(type_etablissement = "Information et orientation") and (code_departement = "021")');
    expect(educationWhere({ ...q, near: { lat: 47.32, lon: 5.04, code: '21231' } })).to.contain("within_distance(`position`, geom'POINT(5.04 47.32)', 30km)");
  });

  it('a preset region reaches the real sources as its départements (they have no region field); a chosen département wins', async () => {
    const q = { q: '', networks: ['cio'], departements: [] as string[], regions: ['27'], near: null, radius: 30 };
    const bfc = ['21', '25', '39', '58', '70', '71', '89', '90'];
    expect(annuaireWhere(q)).to.contain(bfc.map((d) => `startswith(\`code_insee_commune\`, "${d}")`).join(' or '));
    expect(educationWhere(q)).to.contain(bfc.map((d) => `code_departement = "0${d}"`).join(' or '));
    expect(annuaireWhere({ ...q, departements: ['39'] })).to.not.contain('"21"');
    const f = rcoFilter({ q: '', niveaux: [], departements: [], regions: ['53'], near: null, page: 1, size: 10 }) as { $and: Record<string, unknown>[] };
    expect(f.$and).to.deep.include({ num_departement: { $in: ['22', '29', '35', '56'] } });
    expect(openAgendaWhere({ q: '', agendas: [], departements: [], regions: ['94'], near: null, radius: 30, from: null, to: null })).to.contain('startswith(`location_postalcode`, "2A")');
    // The table agrees with the sample communes (real INSEE codes) for the regions they cover.
    const communes = (await (await fetch('/api/explore/v2.1/catalog/datasets/communes/exports/json?select=departement,region&group_by=departement,region&limit=-1')).json()) as { departement: string; region: string }[];
    expect(communes.length).to.be.greaterThan(10);
    for (const region of new Set(communes.map((c) => c.region))) {
      const theirs = communes.filter((c) => c.region === region).map((c) => c.departement);
      const ours = rcoFilter({ q: '', niveaux: [], departements: [], regions: [region], near: null, page: 1, size: 10 }) as { $and: { num_departement?: { $in: string[] } }[] };
      expect(ours.$and.find((x) => x.num_departement)?.num_departement?.$in ?? [], `region ${region}`).to.include.members(theirs);
    }
  });
});

describe('<carif-venue-map> on the real sources (offline replay)', () => {
  before(() => configure({ sources: replay }));
  after(() => configure({ sources: {} }));

  async function mount(attrs: string): Promise<CarifVenueMap> {
    freshCache();
    const el = document.createElement('carif-venue-map') as CarifVenueMap;
    for (const [, k, v] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(k!, v!);
    return fixture<CarifVenueMap>(html`${el}`);
  }
  const names = (el: CarifVenueMap) => $$(el, '.list .card .card-title').map((t) => t.textContent!.trim());

  it('source="annuaire": the venues the host answers, with their hours; services and publics hidden; the credit line', async () => {
    const el = await mount('source="annuaire" department="21"');
    expect(await settled(el)).to.equal('list');
    const oracle = await exported(ANNUAIRE, 'api-lannuaire-administration', annuaireWhere({ q: '', networks: [], departements: ['21'], near: null, radius: 30 }));
    expect(oracle.length).to.be.greaterThan(5);
    expect($(el, '#results-heading')!.textContent).to.contain(String(oracle.length));
    expect($(el, '[data-group="service"]')).to.equal(null);
    expect($(el, '[data-group="public"]')).to.equal(null);
    expect($(el, '[part="attribution"]')!.textContent).to.contain('Service-Public.fr / DILA');
    expect($$(el, '.status').length, 'open/closed lines from plage_ouverture').to.be.greaterThan(0);
  });

  it('the network filter asks the host again (no counts: the source has none)', async () => {
    const el = await mount('source="annuaire" department="21"');
    await settled(el);
    $<HTMLButtonElement>(el, '[data-group="network"] [part~="more-choices"]')?.click();
    await el.updateComplete;
    const box = $<HTMLInputElement>(el, 'input[name="network"][value="cio"]')!;
    expect(box.closest('label')!.querySelector('.count')).to.equal(null);
    box.click();
    await waitUntil(() => $(el, '#results-heading')!.textContent!.match(/\d/) && names(el).every((n) => /CIO/.test(n)), 'not only CIOs');
    const oracle = await exported(ANNUAIRE, 'api-lannuaire-administration', annuaireWhere({ q: '', networks: ['cio'], departements: ['21'], near: null, radius: 30 }));
    await settled(el);
    expect($$(el, '.list .card').length).to.equal(Math.min(20, oracle.length));
  });

  it('source="annuaire education": both, a CIO in the two annuaires shown once', async () => {
    const both = await mount('source="annuaire education" networks="cio" department="21"');
    await settled(both);
    const dila = await exported(ANNUAIRE, 'api-lannuaire-administration', annuaireWhere({ q: '', networks: ['cio'], departements: ['21'], near: null, radius: 30 }));
    const educ = await exported(EDUCATION, 'fr-en-annuaire-education', educationWhere({ q: '', networks: ['cio'], departements: ['21'], near: null, radius: 30 }));
    expect(dila.length).to.be.greaterThan(0);
    // The replay has each sample CIO in both annuaires: one card per place.
    const point = (r: Record<string, unknown>) => (r.position as { lat: number; lon: number } | undefined) ?? (() => { const a = JSON.parse(r.adresse as string)[0]; return { lat: Number(a.latitude), lon: Number(a.longitude) }; })();
    const twins = educ.filter((e) => dila.some((d) => Math.abs(point(d).lat - point(e).lat) < 0.002 && Math.abs(point(d).lon - point(e).lon) < 0.003));
    expect(twins.length).to.be.greaterThan(0);
    expect($(both, '#results-heading')!.textContent).to.contain(String(dila.length + educ.length - twins.length));
    const ids = $$(both, '.list > li').map((li) => li.dataset.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect($(both, '[part="attribution"]')!.textContent).to.contain('Annuaire de l’éducation');
  });

  it('near a commune found on geo.api.gouv.fr: within the radius, nearest first', async () => {
    const el = await mount('source="annuaire education" near="Dijon" radius="20"');
    await settled(el);
    const km = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.')) / (/\bkm\b/.test(text) ? 1 : 1000);
    const distances = $$(el, '.list .card .distance').map((d) => km(d.textContent!));
    expect(distances.length).to.be.greaterThan(0);
    expect(Math.max(...distances)).to.be.at.most(20.5);
    expect([...distances].sort((a, b) => a - b)).to.deep.equal(distances);
  });

  it('the host answers 429: the widget says to wait and offers a retry', async () => {
    const el = await mount(`source="annuaire" api-base="${faultBase('status=429,retry-after=3').replace('/api/explore/v2.1', ANNUAIRE)}"`);
    expect(await settled(el)).to.equal('error');
    expect($(el, '[part="error"]')!.textContent).to.match(/Trop de demandes/);
    expect($(el, '[part~="retry-button"]')).to.exist;
  });
});

describe('<carif-event-agenda source="openagenda"> (offline replay)', () => {
  before(() => configure({ sources: replay }));
  after(() => configure({ sources: {} }));

  it('the events the mirror answers around a commune, from now on; filters it cannot serve hidden; the credit line', async () => {
    freshCache();
    const now = new Date('2026-11-24T10:00:00Z');
    const el = await fixture<CarifEventAgenda>(html`<carif-event-agenda source="openagenda" near="47.32,5.04" radius="30" .now=${now}></carif-event-agenda>`);
    expect(await settled(el)).to.equal('list');
    const where = openAgendaWhere({ q: '', agendas: [], departements: [], near: { lat: 47.32, lon: 5.04 }, radius: 30, from: now, to: null });
    const oracle = await (await fetch(`${OPENAGENDA}/catalog/datasets/evenements-publics-openagenda/records?limit=0&where=${encodeURIComponent(where)}`)).json();
    expect(oracle.total_count).to.be.greaterThan(0);
    expect($(el, '#results-heading')!.textContent).to.contain(String(oracle.total_count));
    expect($(el, '[data-group="type"]')).to.equal(null);
    expect($(el, '[data-group="public"]')).to.equal(null);
    expect($(el, '#attendance')).to.equal(null);
    expect($(el, '[part="attribution"]')!.textContent).to.contain('OpenAgenda');
  });

  it('agenda="UID": only the events of that origin agenda', async () => {
    freshCache();
    const now = new Date('2026-11-24T10:00:00Z');
    const el = await fixture<CarifEventAgenda>(html`<carif-event-agenda source="openagenda" agenda="35000002" .now=${now}></carif-event-agenda>`);
    await settled(el);
    const where = openAgendaWhere({ q: '', agendas: ['35000002'], departements: [], near: null, radius: 30, from: now, to: null });
    const oracle = await (await fetch(`${OPENAGENDA}/catalog/datasets/evenements-publics-openagenda/records?limit=0&where=${encodeURIComponent(where)}`)).json();
    const all = await (await fetch(`${OPENAGENDA}/catalog/datasets/evenements-publics-openagenda/records?limit=0&where=${encodeURIComponent(openAgendaWhere({ q: '', agendas: [], departements: [], near: null, radius: 30, from: now, to: null }))}`)).json();
    expect(oracle.total_count).to.be.greaterThan(0);
    expect(oracle.total_count).to.be.lessThan(all.total_count);
    expect($(el, '#results-heading')!.textContent).to.contain(String(oracle.total_count));
  });
});

describe('<carif-training-search source="rco"> (offline replay)', () => {
  before(() => configure({ sources: replay }));
  after(() => configure({ sources: {} }));

  it('the catalogue’s trainings of a département, its total; the filters it cannot serve hidden; the credit line', async () => {
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search source="rco" department="21"></carif-training-search>`);
    expect(await settled(el)).to.equal('list');
    const filter = rcoFilter({ q: '', niveaux: [], departements: ['21'], near: null, page: 1, size: 10 });
    const oracle = await (await fetch(`${RCO}/entity/formations?query=${encodeURIComponent(JSON.stringify(filter))}&limit=1`)).json();
    expect(oracle.pagination.total).to.be.greaterThan(10);
    expect($(el, '#results-heading')!.textContent).to.contain(String(oracle.pagination.total));
    expect($$(el, '.list .card').length).to.equal(10);
    for (const g of ['voie', 'modalite', 'public', 'financeur']) expect($(el, `[data-group="${g}"]`), g).to.equal(null);
    expect($(el, 'input[name="from"]')).to.equal(null);
    expect($(el, '[part="attribution"]')!.textContent).to.contain('Réseau des Carif-Oref');
    // Page 2 is the catalogue's page 2.
    const page2 = await (await fetch(`${RCO}/entity/formations?query=${encodeURIComponent(JSON.stringify(filter))}&page=2&limit=10`)).json();
    $<HTMLButtonElement>(el, '[part="pagination"] button[aria-label="Page 2"]')!.click();
    await waitUntil(() => $(el, '.list')?.getAttribute('start') === '11', 'page 2 did not come');
    await settled(el);
    expect($$(el, '.list .card-title').map((t) => t.textContent!.trim())[0]).to.equal(page2.formations[0].intitule_long);
  });
});

