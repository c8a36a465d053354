import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core';
import '../../src/venue-map/define.js';
import type { CarifVenueMap } from '../../src/venue-map/venue-map.js';
import type { Venue } from '../../src/data/lieux/record.js';
import type { CarifResultsDetail } from '../../src/core/events.js';
import { haversineKm } from '../../src/data/distance.js';
import { openingStatus } from '../../src/venue-map/hours.js';
import { $, $$, apiRecords, faultBase, freshCache, nextEvent, settled, watchPageErrors, markersDrawn } from '../helpers/helpers.js';

type Results = CarifResultsDetail<Venue>;
// No test reaches a tile server: tile-url is "none" or a local address that answers 404.
const NO_TILES = 'none';

async function mount(template = html`<carif-venue-map tile-url=${NO_TILES}></carif-venue-map>`): Promise<CarifVenueMap> {
  freshCache();
  const el = await fixture<CarifVenueMap>(template);
  await settled(el, 10_000);
  await waitUntil(() => $(el, '.carif-marker') || $(el, '.state.empty') || $(el, '.state.error'), 'map not drawn', { timeout: 8000 });
  return el;
}

async function resultsAfter(el: CarifVenueMap, action: () => unknown): Promise<Results> {
  const event = nextEvent<Results>(el, 'carif-results');
  await action();
  const e = await event;
  await settled(el);
  return e.detail;
}

const count = (el: Element) => Number($(el, '#results-heading')!.textContent!.replace(/\D/g, ''));
const box = (el: Element, group: string, value: string) => $<HTMLInputElement>(el, `fieldset[data-group="${group}"] input[value="${value}"]`)!;

describe('<carif-venue-map>', () => {
  let watch: ReturnType<typeof watchPageErrors>;
  beforeEach(async () => {
    watch = watchPageErrors();
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 1200, height: 900 });
  });
  afterEach(() => {
    watch.stop();
    expect(watch.errors, 'uncaught errors on the host page').to.deep.equal([]);
  });

  it('shows every venue on the map and in an equivalent list, by commune then name', async () => {
    const el = await mount();
    const all = await apiRecords('lieux-spro', { limit: '0' });
    expect(count(el)).to.equal(all.total_count);
    expect(markersDrawn(el)).to.equal(all.total_count);
    expect($$(el, '.list > li').length).to.equal(20);
    const cities = $$(el, '.list > li').map((li) => li.querySelector('p:nth-of-type(2)')!.textContent!.replace(/^.*?, (\d{5} )?/, '').trim());
    expect(cities.length).to.equal(20);
    $<HTMLButtonElement>(el, '.more')!.click();
    await el.updateComplete;
    expect($$(el, '.list > li').length).to.equal(40);
    for (const card of $$(el, '.card').slice(0, 5)) expect(card.querySelector('a[href^="tel:"], .card-actions')).to.exist;
    expect((window as unknown as { L?: unknown }).L).to.equal(undefined);
  });

  it('clusters at several zoom levels', async () => {
    const at = async (zoom: number) => {
      const el = await mount(html`<carif-venue-map tile-url=${NO_TILES} center="47.32,5.04" zoom=${zoom}></carif-venue-map>`);
      return { points: $$(el, '.carif-point').length, clusters: $$(el, '.carif-cluster').length, drawn: markersDrawn(el) };
    };
    const far = await at(5);
    const mid = await at(8);
    const near = await at(13);
    expect(far.clusters).to.be.greaterThan(0);
    expect(far.points + far.clusters).to.be.lessThan(60);
    expect(far.drawn).to.be.greaterThan(mid.drawn); // the view shrinks as it zooms in
    expect(mid.clusters + mid.points).to.be.greaterThan(0);
    expect(near.points).to.be.greaterThan(0);
    expect(near.clusters).to.be.at.most(near.points);
  });

  it('list → map: "show on the map" reveals, highlights and focuses the marker', async () => {
    const el = await mount();
    const card = $$(el, '.list > li')[3]!;
    const name = card.querySelector('.card-title')!.textContent!.trim();
    (card.querySelector('button[aria-label^="Voir sur la carte"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const marker = $<HTMLElement>(el, '.carif-point.is-selected')!;
    expect(marker).to.exist;
    expect(marker.getAttribute('aria-label')).to.contain(name);
    expect(marker.getAttribute('aria-current')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(marker);
    expect(card.querySelector('.card')!.classList.contains('is-selected')).to.equal(true);
  });

  it('map → list: a marker selects its venue, opens its details and focuses it, even beyond the first cards', async () => {
    const el = await mount(html`<carif-venue-map tile-url=${NO_TILES} center="48.11,-1.68" zoom="13"></carif-venue-map>`);
    const marker = $<HTMLElement>(el, '.carif-point')!;
    const label = marker.getAttribute('aria-label')!;
    const selected = nextEvent<{ item: Venue }>(el, 'carif-select');
    marker.click();
    const { detail } = await selected;
    expect(label).to.contain(detail.item.name);
    await el.updateComplete;
    const li = $(el, `li[data-id="${detail.item.id}"]`)!;
    expect(li).to.exist;
    expect(li.querySelector('.card')!.classList.contains('is-selected')).to.equal(true);
    expect(li.querySelector('.details')!.hasAttribute('hidden')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(li.querySelector('.card-title'));
  });

  for (const [group, check] of [
    ['network', (v: Venue, x: string) => v.network === x],
    ['service', (v: Venue, x: string) => v.services.includes(x)],
    ['public', (v: Venue, x: string) => v.publics.includes(x)],
    ['department', (v: Venue, x: string) => v.departement === x],
  ] as const) {
    it(`filters by ${group}: the count matches the one shown, the map follows`, async () => {
      const el = await mount();
      await waitUntil(() => $$(el, `fieldset[data-group="${group}"] .count`).length > 0);
      const input = $$<HTMLInputElement>(el, `fieldset[data-group="${group}"] input`)[1]!;
      const shown = Number(input.closest('label')!.querySelector('.count')!.textContent!.replace(/\D/g, ''));
      const r = await resultsAfter(el, () => input.click());
      expect(r.items.length).to.equal(shown);
      for (const v of r.items) expect(check(v, input.value), `${v.id} ${group}`).to.equal(true);
      await waitUntil(() => markersDrawn(el) === shown, 'the map did not follow');
    });
  }

  it('France Travail includes venues still filed as pole_emploi', async () => {
    const el = await mount();
    const r = await resultsAfter(el, () => box(el, 'network', 'france_travail').click());
    const ft = await apiRecords('lieux-spro', { where: 'reseau in ("france_travail", "pole_emploi")', limit: '0' });
    expect(r.items.length).to.equal(ft.total_count);
    for (const v of r.items) expect(v.network).to.equal('france_travail');
  });

  it('searches names and communes', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#q')!;
    input.value = 'mission locale';
    input.dispatchEvent(new Event('input'));
    const r = await resultsAfter(el, () => $<HTMLFormElement>(el, 'form.search')!.requestSubmit());
    expect(r.items.length).to.be.greaterThan(0).and.lessThan(600);
    for (const v of r.items) expect(`${v.name} ${v.city}`.toLowerCase()).to.contain('mission locale');
  });

  it('"open now" keeps the venues open at the widget clock, lunch breaks and closed days included', async () => {
    const el = await mount();
    const open = async (iso: string) => {
      el.now = new Date(iso);
      await el.updateComplete;
      if (!$<HTMLInputElement>(el, 'input[name="open"]')!.checked) {
        $<HTMLInputElement>(el, 'input[name="open"]')!.click();
        await el.updateComplete;
      }
      await settled(el);
      return count(el);
    };
    const tuesdayMorning = await open('2026-11-24T09:00:00Z'); // 10:00 in Paris
    expect(tuesdayMorning).to.be.greaterThan(0).and.at.most(600);
    const lunch = await open('2026-11-24T11:50:00Z'); // 12:50
    expect(lunch).to.be.lessThan(tuesdayMorning);
    const sunday = await open('2026-11-29T10:00:00Z');
    expect(sunday).to.equal(0);
    expect($(el, '.state.empty')).to.exist;
    const saturday = await open('2026-11-28T09:00:00Z');
    expect(saturday).to.be.greaterThan(0).and.lessThan(tuesdayMorning);
    for (const li of $$(el, '.list > li')) expect(li.querySelector('.status.open')).to.exist;
    await waitUntil(() => markersDrawn(el) === saturday, 'the map did not follow "open now"');
  });

  it('says "open until" and "opens at" from the Paris clock, the same for a visitor in another time zone', async () => {
    const el = await mount();
    el.now = new Date('2026-11-24T11:50:00Z'); // Tuesday 12:50 in Paris
    await el.updateComplete;
    const first = $(el, '.status')!.textContent!.trim();
    await executeServerCommand('set-timezone', { zone: 'America/Los_Angeles' });
    try {
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '.status')!.textContent!.trim()).to.equal(first);
      expect(first).to.match(/Fermé maintenant, ouvre aujourd’hui à 13\u00a0h\u00a030|Ouvert maintenant/);
      $<HTMLButtonElement>(el, '.details-button')!.click();
      await el.updateComplete;
      expect($(el, '.details')!.textContent).to.contain('Heures de Paris');
      expect($(el, '.hours tr.today th')!.textContent).to.match(/mardi/);
    } finally {
      await executeServerCommand('set-timezone', { zone: '' });
    }
  });

  it('near a commune: within the radius, nearest first, the map fits them', async () => {
    const el = await mount();
    const place = $<HTMLInputElement>(el, '#place')!;
    place.value = 'Rennes';
    place.dispatchEvent(new Event('input'));
    const r = await resultsAfter(el, () => $<HTMLFormElement>(el, '.place-form')!.requestSubmit());
    const [, lon, lat] = /POINT\(([-\d.]+) ([-\d.]+)\)/.exec(r.query.orderBy)!.map(Number);
    const rennes = { lat: lat!, lon: lon! };
    expect(haversineKm(rennes, { lat: 48.11, lon: -1.68 })).to.be.lessThan(3);
    const d = r.items.map((v) => haversineKm(rennes, v.geo!));
    expect(d.length).to.be.greaterThan(1);
    for (const km of d) expect(km).to.be.lessThan(32);
    expect(d).to.deep.equal([...d].sort((a, b) => a - b));
    expect($(el, '.card .distance')).to.exist;
    await waitUntil(() => markersDrawn(el) === r.items.length);
  });

  it('a venue detail: week hours, services, publics, accessibility, contact, directions', async () => {
    const el = await mount();
    const button = $<HTMLButtonElement>(el, '.details-button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, `#${button.getAttribute('aria-controls')}`)!;
    expect(details.querySelectorAll('.hours tr').length).to.equal(7);
    expect(details.textContent).to.match(/Accueil et information|Conseil/);
    const directions = details.querySelector<HTMLAnchorElement>('a[href^="https://www.openstreetmap.org/directions"]')!;
    expect(directions.href).to.match(/route=%3B-?\d+\.\d+%2C-?\d+\.\d+$/);
    expect(directions.rel).to.contain('noopener');
    await expect(el).to.be.accessible();
  });

  it('works with the keyboard alone: skip the map, reach a marker, select it', async () => {
    const el = await mount(html`<carif-venue-map tile-url=${NO_TILES} center="47.32,5.04" zoom="12" hide-filters="search network public service department open near"></carif-venue-map>`);
    let skip: Element | null = null;
    for (let i = 0; i < 20 && !skip; i++) {
      await sendKeys({ press: 'Tab' });
      if (el.shadowRoot!.activeElement?.classList.contains('skip-map')) skip = el.shadowRoot!.activeElement;
    }
    expect(skip, 'the skip link is reachable').to.exist;
    expect(getComputedStyle(skip!).position).to.not.equal('absolute'); // visible when focused
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('list-heading');
    // Back to the map: Tab from the skip link reaches the markers.
    (skip as HTMLElement).focus();
    let marker: Element | null = null;
    for (let i = 0; i < 10 && !marker; i++) {
      await sendKeys({ press: 'Tab' });
      const a = el.shadowRoot!.activeElement;
      if (a?.classList.contains('carif-marker')) marker = a;
    }
    expect(marker, 'a marker is reachable by Tab').to.exist;
    if (marker!.classList.contains('carif-cluster')) {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('carif-marker'));
    }
    for (let i = 0; i < 6 && !el.shadowRoot!.activeElement?.classList.contains('carif-point'); i++) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    const point = el.shadowRoot!.activeElement!;
    expect(point.classList.contains('carif-point')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.classList.contains('card-title')).to.equal(true);
    expect(point.getAttribute('aria-label')).to.contain(el.shadowRoot!.activeElement!.textContent!.trim());
  });

  it('is axe-clean with the map and the list, empty, and in error', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    const empty = await mount(html`<carif-venue-map tile-url=${NO_TILES} api-base=${faultBase('empty')}></carif-venue-map>`);
    expect($(empty, '.state.empty')).to.exist;
    await expect(empty).to.be.accessible();
    const failing = await mount(html`<carif-venue-map tile-url=${NO_TILES} api-base=${faultBase('status=503')}></carif-venue-map>`);
    await expect(failing).to.be.accessible();
  });

  it('faults: a message and a working retry; malformed answers; unsafe links inert; absurd sizes', async () => {
    const el = await mount(html`<carif-venue-map tile-url=${NO_TILES} api-base=${faultBase('status=500', 2)}></carif-venue-map>`);
    expect($(el, '[part="error"]')!.textContent).to.match(/problème/);
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => $$(el, '.card').length === 20, 'retry did not bring the venues', { timeout: 8000 });
    const bad = await mount(html`<carif-venue-map tile-url=${NO_TILES} api-base=${faultBase('malformed')}></carif-venue-map>`);
    expect($(bad, '[part="error"]')!.textContent).to.match(/illisible/);
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const evil = await mount(html`<carif-venue-map tile-url=${NO_TILES} api-base=${faultBase('evil')}></carif-venue-map>`);
    for (const b of $$<HTMLButtonElement>(evil, '.details-button').slice(0, 4)) b.click();
    await evil.updateComplete;
    const root = evil.shadowRoot!;
    expect(root.querySelectorAll('script, img, iframe, svg[onload]').length).to.equal(0);
    // Links from the data (Leaflet's own zoom buttons aside) are http(s), mailto: or tel: only.
    for (const a of root.querySelectorAll('.list a')) expect(a.getAttribute('href')!).to.match(/^(https?:|mailto:|tel:)/);
    for (const node of root.querySelectorAll('*')) for (const attr of node.attributes) expect(attr.name.startsWith('on'), `${node.localName}[${attr.name}]`).to.equal(false);
    const huge = await mount(html`<carif-venue-map tile-url=${NO_TILES} api-base=${faultBase('huge')}></carif-venue-map>`);
    expect($(huge, '.card-title')!.textContent!.length).to.be.lessThan(400);
    expect($(huge, '.notice[role="status"]')!.textContent).to.match(/précisez/);
    // Missing fields: here every position is unusable; the list still lists the venues.
    freshCache();
    const missing = await fixture<CarifVenueMap>(html`<carif-venue-map tile-url=${NO_TILES} api-base=${faultBase('missing-fields')}></carif-venue-map>`);
    expect(await settled(missing)).to.equal('list');
    expect($$(missing, '.card').length).to.be.greaterThan(0);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('without tiles: a short notice, and the markers and the list keep working', async () => {
    const el = await mount(html`<carif-venue-map tile-url="/no-tiles-here/{z}/{x}/{y}.png"></carif-venue-map>`);
    await waitUntil(() => $(el, '.carif-map-notice'), 'no notice', { timeout: 8000 });
    expect($(el, '.carif-map-notice')!.textContent).to.match(/fond de carte/);
    // The notice leaves Leaflet's zoom buttons usable: the element at their centre is the button.
    const zooms = $$(el, '.leaflet-control-zoom a, .leaflet-control-zoom button');
    expect(zooms.length).to.equal(2);
    for (const zoom of zooms) {
      const r = zoom.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit === zoom || zoom.contains(hit), `${zoom.className} is covered by ${hit?.className}`).to.equal(true);
    }
    expect(markersDrawn(el)).to.equal(count(el));
    const tiles = $<HTMLImageElement>(el, '.leaflet-tile');
    expect(tiles?.referrerPolicy).to.equal('strict-origin-when-cross-origin');
  });

  it('created hidden, it draws when shown; several maps live on one page; removal cleans up', async () => {
    freshCache();
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div hidden id="hidden"><carif-venue-map tile-url=${NO_TILES} networks="cio"></carif-venue-map></div>
      <carif-venue-map tile-url=${NO_TILES} networks="mission_locale" height="300px"></carif-venue-map>
    </div>`);
    const [hiddenMap, second] = [...wrap.querySelectorAll('carif-venue-map')] as CarifVenueMap[];
    await settled(second!);
    await waitUntil(() => $(second!, '.carif-marker'), 'second map not drawn');
    expect($(second!, '#map')!.getBoundingClientRect().height).to.be.closeTo(300, 1);
    await settled(hiddenMap!);
    wrap.querySelector<HTMLElement>('#hidden')!.hidden = false;
    await waitUntil(() => $(hiddenMap!, '.carif-marker'), 'the map created hidden did not draw when shown');
    expect(markersDrawn(hiddenMap!)).to.equal(count(hiddenMap!));
    second!.remove();
    expect($(second!, '.leaflet-container')).to.equal(null);
    wrap.append(second!);
    await waitUntil(() => $(second!, '.carif-marker'), 'the map was not rebuilt on re-connect');
  });

  it('presets: networks, region, hidden filters, English', async () => {
    const el = await mount(html`<carif-venue-map tile-url=${NO_TILES} networks="mission_locale cio" region="27" hide-filters="network"></carif-venue-map>`);
    const expected = await apiRecords('lieux-spro', { where: 'reseau in ("mission_locale", "cio") and region in ("27")', limit: '0' });
    expect(count(el)).to.equal(expected.total_count);
    expect($(el, 'fieldset[data-group="network"]')).to.equal(null);
    const en = await mount(html`<carif-venue-map tile-url=${NO_TILES} lang="en"></carif-venue-map>`);
    expect($(en, '#results-heading')!.textContent).to.match(/600 places found/);
    expect($(en, '.leaflet-control-zoom-in')!.getAttribute('title')).to.equal('Zoom in');
  });

  it('prints the list with addresses, phones and hours, without the map', async () => {
    const el = await mount();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '#map')!).display).to.equal('none');
      expect($$(el, '.list > li').length).to.equal(count(el));
      expect(getComputedStyle($(el, '.details')!).display).to.not.equal('none');
      expect($(el, '.details .hours')).to.exist;
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
  });
});

describe('<carif-venue-map> open-now helper agrees with the cards', () => {
  it('each card status matches openingStatus at the widget clock', async () => {
    freshCache();
    const el = await fixture<CarifVenueMap>(html`<carif-venue-map tile-url=${NO_TILES}></carif-venue-map>`);
    const r = (await nextEvent<Results>(el, 'carif-results')).detail;
    el.now = new Date('2026-11-24T09:00:00Z');
    await el.updateComplete;
    const cards = $$(el, '.list > li');
    cards.forEach((li, i) => {
      const state = openingStatus(r.items[i]!.hours, el.now!).state;
      expect(!!li.querySelector('.status.open'), r.items[i]!.id).to.equal(state === 'open');
    });
  });

  it('at 320 px, day names and opening ranges stay whole in the week of hours', async () => {
    await setViewport({ width: 320, height: 700 });
    try {
      const el = await mount();
      const li = $$(el, 'li[data-id]').find((l) => l.querySelector('.status'))!;
      li.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await el.updateComplete;
      const ranges = [...li.querySelectorAll<HTMLElement>('.hours .range')];
      expect(ranges.length).to.be.greaterThan(0);
      // One line box each: "9 h–12 h 30" is never cut after its dash.
      for (const r of ranges) expect(new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size, r.textContent!).to.equal(1);
      // No day name is cut inside a word (each word of a header fits its line).
      for (const th of li.querySelectorAll<HTMLElement>('.hours th')) {
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        expect(lines.size, th.textContent!).to.be.at.most(th.textContent!.trim().split(/\s+/).length);
      }
    } finally {
      await setViewport({ width: 1200, height: 900 });
    }
  });
});
