import { expect } from '@open-wc/testing';
import { clearCache, ExploreClient } from '../../src/data/client.js';
import { DataError } from '../../src/data/errors.js';
import { parseRetryAfter, retryDelay } from '../../src/data/http-error.js';
import { LruCache } from '../../src/data/cache.js';
import { normalizeTraining } from '../../src/data/formations/record.js';
import { parseLheoDate } from '../../src/data/lheo.js';
import { geo, int, strList } from '../../src/data/normalize.js';
import { and, dateLiteral, field, fullText, inList, quote, startsWith, withinDistance } from '../../src/data/odsql.js';
import { mailtoHref } from '../../src/core/contact.js';
import { plainText, safeUrl, telHref } from '../../src/core/sanitize.js';
import { sanitizeRichText } from '../../src/core/rich-text.js';
import { findCommunes } from '../../src/data/communes.js';
import { facetsOf } from '../../src/data/facet-counts.js';
import { faultBase } from '../helpers/helpers.js';

const API = '/api/explore/v2.1';

/** A fetch that counts the requests reaching the network (it still goes to the embedded API). */
function countingFetch(): { fetch: typeof fetch; count: () => number } {
  let n = 0;
  return { fetch: (input, init) => ((n += 1), fetch(input, init)), count: () => n };
}

describe('data layer: ODSQL building', () => {
  it('escapes quotes and backslashes so input stays one literal', () => {
    expect(quote('a"b')).to.equal('"a\\"b"');
    expect(quote('a\\')).to.equal('"a\\\\"');
    expect(quote('x\u0000y\nz')).to.equal('"x y z"');
    expect(fullText('  ')).to.equal('');
    expect(field('lieux-spro')).to.equal('`lieux-spro`');
    expect(() => field('a`b')).to.throw();
  });

  it('builds lists, dates and distances, refusing garbage', () => {
    // Every field in backquotes, as the official client writes them (docs/explore-v2.1.md, row 9).
    expect(inList('voie', ['a'])).to.equal('`voie` = "a"');
    expect(inList('niveau', [4, 13])).to.equal('`niveau` in (4, 13)');
    expect(fullText('boulan')).to.equal('search("boulan")');
    expect(startsWith('codes_postaux', '21')).to.equal('startswith(`codes_postaux`, "21")');
    expect(inList('x', [])).to.equal('');
    expect(and('a = 1', '', null, 'b = 2')).to.equal('(a = 1) and (b = 2)');
    expect(dateLiteral('2027-01-31')).to.equal("date'2027-01-31'");
    expect(() => dateLiteral("2027-01-01' or 1=1")).to.throw();
    expect(withinDistance('geo', { lat: 47.3, lon: 5 }, 10)).to.equal("within_distance(`geo`, geom'POINT(5 47.3)', 10km)");
    expect(() => withinDistance('geo', { lat: NaN, lon: 5 }, 10)).to.throw();
  });

  it('an escaped injection attempt is accepted by the API as one string', async () => {
    const where = fullText('zzqx" or 1=1 or "');
    const res = await fetch(`${API}/catalog/datasets/formations/records?limit=1&where=${encodeURIComponent(where)}`);
    expect(res.status).to.equal(200);
    expect((await res.json()).total_count).to.equal(0);
  });
});

describe('data layer: normalisation', () => {
  it('reads LHEO dates with their precision', () => {
    expect(parseLheoDate('20270112')).to.deep.equal({ precision: 'day', iso: '2027-01-12' });
    expect(parseLheoDate('20270100')).to.deep.equal({ precision: 'month', iso: '2027-01-01' });
    expect(parseLheoDate('20270000')).to.deep.equal({ precision: 'year', iso: '2027-01-01' });
    expect(parseLheoDate('00000000')).to.deep.equal({ precision: 'unknown' });
    expect(parseLheoDate('99999999')).to.deep.equal({ precision: 'unknown' });
    expect(parseLheoDate('20270231')).to.deep.equal({ precision: 'unknown' });
    expect(parseLheoDate(null)).to.deep.equal({ precision: 'unknown' });
  });

  it('tolerates missing and wrong-typed fields', () => {
    expect(normalizeTraining(null)).to.equal(null);
    expect(normalizeTraining({ intitule_formation: 'Sans identifiant' })).to.equal(null);
    const t = normalizeTraining({
      id_action: 42,
      intitule_formation: 'Titre',
      niveau_sortie: '5',
      voie: 'apprentissage;continue',
      financeurs: '2,4',
      lieu_geo: '47.3,5.04',
      sessions: '[{"debut":"20270112","fin":"99999999","etat_recrutement":"1"}]',
      nombre_heures_total: 'beaucoup',
      publics: { not: 'a list' },
    })!;
    expect(t.id).to.equal('42');
    expect(t.level).to.equal('4');
    expect(t.routes).to.deep.equal(['apprentissage', 'continue']);
    expect(t.funders).to.deep.equal([2, 4]);
    expect(t.place.geo).to.deep.equal({ lat: 47.3, lon: 5.04 });
    expect(t.sessions[0]!.recruitment).to.equal(1);
    expect(t.hours).to.equal(null);
    expect(t.publics).to.deep.equal([]);
    expect(t.openRecruitment).to.equal(true);
  });

  it('keeps readers safe on odd values', () => {
    expect(int('12,7')).to.equal(12);
    expect(int(Infinity)).to.equal(null);
    expect(geo({ lat: 200, lon: 5 })).to.equal(null);
    expect(geo({ lat: 0, lon: 0 })).to.equal(null);
    expect(strList(Array.from({ length: 500 }, (_, i) => `v${i}`)).length).to.equal(50);
  });
});

describe('core: sanitising text and links', () => {
  it('decodes LHEO escaped HTML and keeps only harmless tags (as TrustedHTML where the browser has Trusted Types)', () => {
    const raw = sanitizeRichText('&lt;p&gt;Apprendre &lt;b&gt;vite&lt;/b&gt;&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    // Chromium has the Trusted Types API on every page: the result is a TrustedHTML signed by our policy.
    expect(typeof raw === 'string' ? 'string' : Object.prototype.toString.call(raw)).to.equal('[object TrustedHTML]');
    const html = (input: string) => String(sanitizeRichText(input));
    expect(String(raw)).to.equal('<p>Apprendre <b>vite</b></p>');
    expect(html('<a href="javascript:alert(1)">x</a>')).to.equal('<a>x</a>');
    expect(html('<a href="https://ex.fr/">x</a>')).to.contain('rel="noopener noreferrer nofollow"');
    expect(html('ligne 1\nligne <2>')).to.equal('ligne 1<br>ligne &#60;2&#62;');
    expect(plainText('&lt;b&gt;Titre&lt;/b&gt; &amp; co')).to.equal('Titre & co');
  });

  it('links only http(s), plausible e-mails and phones', () => {
    expect(safeUrl('javascript:alert(1)')).to.equal(null);
    expect(safeUrl(' JaVaScRiPt:alert(1)')).to.equal(null);
    expect(safeUrl('data:text/html,x')).to.equal(null);
    expect(safeUrl('https://exemple.fr/a b')).to.equal('https://exemple.fr/a%20b');
    expect(mailtoHref('contact@exemple.fr')).to.equal('mailto:contact@exemple.fr');
    expect(mailtoHref('javascript:alert(1)//@x.fr')).to.equal(null);
    expect(telHref('03 80 12 34 56')).to.equal('tel:+33380123456');
    expect(telHref('javascript:alert(1)')).to.equal(null);
  });
});

describe('data layer: client', () => {
  beforeEach(() => clearCache());

  it('answers a repeated query from the cache, without a request', async () => {
    const counter = countingFetch();
    const client = new ExploreClient({ apiBase: API, fetch: counter.fetch });
    const a = await client.records('formations', { limit: 3 });
    const b = await client.records('formations', { limit: 3 });
    expect(counter.count()).to.equal(1);
    expect(b).to.deep.equal(a);
    expect(a.sample).to.equal(true);
    expect(a.results.length).to.equal(3);
  });

  it('the LRU cache evicts the least recently used entry and expires entries', () => {
    let now = 0;
    const cache = new LruCache<number>(2, 1000, () => now);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('b')).to.equal(undefined);
    expect(cache.get('a')).to.equal(1);
    now = 5000;
    expect(cache.get('a')).to.equal(undefined);
  });

  it('aborts a stale request', async () => {
    const client = new ExploreClient({ apiBase: faultBase('delay=2000') });
    const controller = new AbortController();
    const promise = client.records('formations', { limit: 1 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await promise.catch((e) => e);
    expect(error).to.be.instanceOf(DataError);
    expect(error.kind).to.equal('aborted');
  });

  for (const [spec, kind, status] of [
    ['status=500', 'server', 500],
    ['status=503', 'server', 503],
    ['status=429,retry-after=3', 'rate-limited', 429],
    ['status=404', 'not-found', 404],
    ['status=400', 'bad-request', 400],
    ['status=403', 'misconfigured', 403],
    ['malformed', 'malformed', undefined],
    ['html', 'misconfigured', 200],
    ['drop', 'unreachable', undefined],
  ] as const) {
    it(`classifies ${spec} as ${kind}`, async () => {
      const client = new ExploreClient({ apiBase: faultBase(spec) });
      const error = await client.records('formations', { limit: 1 }).catch((e) => e);
      expect(error).to.be.instanceOf(DataError);
      expect(error.kind).to.equal(kind);
      expect(error.status).to.equal(status);
      if (kind === 'rate-limited') expect(error.retryAfter).to.equal(3);
    });
  }

  it('classifies a timeout', async () => {
    const client = new ExploreClient({ apiBase: faultBase('delay=3000'), timeoutMs: 200 });
    const error = await client.records('formations', { limit: 1 }).catch((e) => e);
    expect(error.kind).to.equal('timeout');
  });

  it('reads Retry-After as seconds or a date', () => {
    // The Explore v2.1 429 body gives reset_time (docs/explore-v2.1.md, row 6); the v1 quota header an epoch, or a date as seen in the wild.
    const now = Date.parse('2026-12-01T10:00:00Z');
    const none = new Headers();
    expect(retryDelay({ errorcode: 10002, reset_time: '2026-12-01T10:00:42Z', limit_time_unit: 'day', call_limit: 10000, error: 'Too many requests' }, none, now)).to.equal(42);
    expect(retryDelay({}, new Headers({ 'X-RateLimit-Reset': String(now / 1000 + 90) }), now)).to.equal(90);
    expect(retryDelay(undefined, new Headers({ 'X-RateLimit-Reset': '2026-12-01 10:05:00+00:00' }), now)).to.equal(300);
    expect(retryDelay(null, new Headers({ 'Retry-After': '7' }), now)).to.equal(7);
    expect(retryDelay({ reset_time: '2026-12-02T00:00:00Z' }, none, now)).to.equal(3600, 'capped at an hour');
    expect(retryDelay({ reset_time: 'soon' }, none, now)).to.equal(undefined);
    expect(parseRetryAfter('12')).to.equal(12);
    expect(parseRetryAfter(new Date(Date.now() + 30_000).toUTCString())).to.be.within(29, 31);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });

  it('reads facets, with counts', async () => {
    const client = new ExploreClient({ apiBase: API });
    const { facets } = await facetsOf(client, 'formations', ['voie', 'modalite_enseignement'], '');
    expect(facets.voie!.map((f) => f.value).sort()).to.deep.equal(['apprentissage', 'continue', 'scolaire']);
    expect(facets.modalite_enseignement!.every((f) => f.count > 0)).to.equal(true);
  });

  it('finds communes by name and by postcode', async () => {
    const client = new ExploreClient({ apiBase: API });
    const byName = await findCommunes(client, 'Besançon');
    expect(byName[0]!.label).to.equal('Besançon (25000)');
    const byCode = await findCommunes(client, '35000');
    expect(byCode[0]!.label).to.contain('Rennes');
  });
});

describe('data layer: requests on their way are shared', () => {
  it('two widgets asking the same URL at the same time make one request and both get the answer', async () => {
    clearCache();
    const counter = countingFetch();
    const a = new ExploreClient({ apiBase: API, fetch: counter.fetch });
    const b = new ExploreClient({ apiBase: API, fetch: counter.fetch });
    const query = { where: 'search("cuisine")', limit: 3 };
    const [one, two] = await Promise.all([a.records('formations', query), b.records('formations', query)]);
    expect(counter.count()).to.equal(1);
    expect(one.results).to.deep.equal(two.results);
    expect(one.results.length).to.equal(3);
  });

  it('one caller giving up does not stop the request another one waits for', async () => {
    clearCache();
    const counter = countingFetch();
    const client = new ExploreClient({ apiBase: faultBase('delay=400'), fetch: counter.fetch });
    const leaving = new AbortController();
    const query = { limit: 2 };
    const first = client.records('formations', query, { signal: leaving.signal });
    const second = client.records('formations', query);
    leaving.abort();
    const error = await first.then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(DataError);
    expect((error as DataError).kind).to.equal('aborted');
    expect((await second).results.length).to.equal(2);
    expect(counter.count()).to.equal(1);
  });

  it('the request stops when every caller has given up, and the next caller makes a new one', async () => {
    clearCache();
    let stopped = false;
    const watching: typeof fetch = (input, init) => {
      init?.signal?.addEventListener('abort', () => (stopped = true));
      return fetch(input, init);
    };
    const client = new ExploreClient({ apiBase: faultBase('delay=400'), fetch: watching });
    const x = new AbortController();
    const y = new AbortController();
    const both = [client.records('formations', { limit: 1 }, { signal: x.signal }), client.records('formations', { limit: 1 }, { signal: y.signal })].map((p) => p.catch((e: DataError) => e.kind));
    x.abort();
    expect(stopped).to.equal(false);
    y.abort();
    expect(stopped).to.equal(true);
    expect(await Promise.all(both)).to.deep.equal(['aborted', 'aborted']);
    expect((await client.records('formations', { limit: 1 })).results.length).to.equal(1);
  });
});
