import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/training-search/define.js';
import type { CarifTrainingSearch } from '../../src/training-search/training-search.js';
import type { Training } from '../../src/data/formations/record.js';
import type { CarifResultsDetail } from '../../src/core/events.js';
import { NIVEAU_CODES } from '../../src/data/codes.js';
import { haversineKm } from '../../src/data/distance.js';
import { $, $$, apiRecords, freshCache, nextEvent, settled } from '../helpers/helpers.js';

type Results = CarifResultsDetail<Training>;

async function mount(template = html`<carif-training-search></carif-training-search>`): Promise<CarifTrainingSearch> {
  freshCache();
  const el = await fixture<CarifTrainingSearch>(template);
  await settled(el);
  return el;
}

/** Runs an action and returns the next results it causes. */
async function resultsAfter(el: CarifTrainingSearch, action: () => unknown): Promise<Results> {
  const event = nextEvent<Results>(el, 'carif-results');
  await action();
  const e = await event;
  await settled(el);
  return e.detail;
}

function checkbox(el: CarifTrainingSearch, group: string, value: string): HTMLInputElement {
  const box = $<HTMLInputElement>(el, `fieldset[data-group="${group}"] input[value="${value}"]`);
  if (!box) throw new Error(`no checkbox ${group}=${value}`);
  return box;
}

function shownCount(el: CarifTrainingSearch, group: string, value: string): number {
  const text = checkbox(el, group, value).closest('label')!.querySelector('.count')!.textContent!;
  return Number(text.replace(/[^\d]/g, ''));
}

describe('<carif-training-search> search', () => {
  it('loads the first page of the sample training offer, with its total, a notice and cards', async () => {
    const all = await apiRecords('formations', { limit: '0' });
    const el = await mount();
    const cards = $$(el, '.card');
    expect(cards.length).to.equal(10);
    expect($(el, '#results-heading')!.textContent).to.contain(all.total_count.toLocaleString('fr-FR'));
    expect(all.total_count).to.be.greaterThanOrEqual(5000);
    expect($(el, '[part="sample-notice"]')!.textContent).to.match(/exemple/i);
    // Every card leads to a person: a phone link, or the detail with the contact.
    for (const card of cards) expect(card.querySelector('.card-contact a[href^="tel:"], .card-contact button')).to.exist;
  });

  it('shows the loading state first', async () => {
    freshCache();
    const el = await fixture<CarifTrainingSearch>(html`<carif-training-search></carif-training-search>`);
    expect($(el, '[part="loading"]')).to.exist;
    await settled(el);
    expect($(el, '[part="loading"]')).to.equal(null);
  });

  it('searches on Enter at once, and after a pause while typing', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#q')!;
    input.focus();
    const r1 = await resultsAfter(el, () => sendKeys({ type: 'cuisine' }).then(() => sendKeys({ press: 'Enter' })));
    expect(r1.query.where).to.contain('"cuisine"');
    expect(r1.total).to.be.greaterThan(0);
    const expected = await apiRecords('formations', { where: '"cuisine"', limit: '0' });
    expect(r1.total).to.equal(expected.total_count);
    // Debounced: typing alone searches after a short pause.
    input.select();
    const r2 = await resultsAfter(el, () => sendKeys({ type: 'soudure' }));
    expect(r2.query.where).to.contain('"soudure"');
  });

  it('keeps quotes and ODSQL keywords typed in the search box inside one string (no injection)', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#q')!;
    input.value = 'zzqx" or 1=1 or "y';
    input.dispatchEvent(new Event('input'));
    const r = await resultsAfter(el, () => $<HTMLFormElement>(el, 'form.search')!.requestSubmit());
    expect(r.query.where).to.equal('search("zzqx\\" or 1=1 or \\"y")');
    expect(r.total).to.equal(0);
    expect($(el, '[part="empty"]')).to.exist;
    expect($(el, '[part="error"]')).to.equal(null);
    // A backslash cannot end the string either.
    input.value = 'abc\\';
    input.dispatchEvent(new Event('input'));
    const r2 = await resultsAfter(el, () => $<HTMLFormElement>(el, 'form.search')!.requestSubmit());
    expect(r2.query.where).to.equal('search("abc\\\\")');
    expect($(el, '[part="error"]')).to.equal(null);
  });

  for (const [group, check] of [
    ['niveau', (t: Training, v: string) => t.level === v],
    ['voie', (t: Training, v: string) => t.routes.includes(v)],
    ['modalite', (t: Training, v: string) => String(t.modality) === v],
    ['public', (t: Training, v: string) => t.publics.includes(v)],
    ['financeur', (t: Training, v: string) => t.funders.includes(Number(v))],
    ['department', (t: Training, v: string) => t.place.departement === v],
  ] as const) {
    it(`filters by ${group}: the total matches the count shown and every result matches`, async () => {
      const el = await mount();
      await waitUntil(() => $$(el, `fieldset[data-group="${group}"] .count`).length > 0, `no ${group} facet counts`);
      const boxes = $$<HTMLInputElement>(el, `fieldset[data-group="${group}"] input`);
      const box = boxes[boxes.length > 1 ? 1 : 0]!;
      const value = box.value;
      const shown = shownCount(el, group, value);
      const r = await resultsAfter(el, () => box.click());
      expect(r.total).to.equal(shown);
      expect(r.items.length).to.be.greaterThan(0);
      for (const item of r.items) expect(check(item, value), `${item.id} ${group}=${value}`).to.equal(true);
      // Counts of the other values of the same group stay visible (disjunctive facets).
      await waitUntil(() => $$(el, `fieldset[data-group="${group}"] .count`).length === boxes.length);
      // Unchecking restores the whole offer.
      const r2 = await resultsAfter(el, () => checkbox(el, group, value).click());
      expect(r2.total).to.be.greaterThan(r.total);
    });
  }

  it('shows the 2019 level scale and counts old and new LHEO codes together', async () => {
    const el = await mount();
    await waitUntil(() => $$(el, 'fieldset[data-group="niveau"] .count').length > 0);
    const values = $$<HTMLInputElement>(el, 'fieldset[data-group="niveau"] input').map((i) => i.value);
    for (const v of values) expect(Object.keys(NIVEAU_CODES)).to.include(v);
    const old = await apiRecords('formations', { where: 'niveau_sortie = 5', limit: '0' });
    const recent = await apiRecords('formations', { where: 'niveau_sortie = 14', limit: '0' });
    expect(old.total_count).to.be.greaterThan(0);
    expect(shownCount(el, 'niveau', '4')).to.equal(old.total_count + recent.total_count);
  });

  it('filters by open recruitment, disability access and a start-date window', async () => {
    const el = await mount();
    const r1 = await resultsAfter(el, () => $<HTMLInputElement>(el, 'input[name="open"]')!.click());
    for (const t of r1.items) expect(t.openRecruitment).to.equal(true);
    const r2 = await resultsAfter(el, () => $<HTMLInputElement>(el, 'input[name="handicap"]')!.click());
    expect(r2.total).to.be.lessThan(r1.total);
    for (const t of r2.items) expect(t.disabilityAccess).to.be.a('string');
    const from = $<HTMLInputElement>(el, 'input[name="from"]')!;
    const to = $<HTMLInputElement>(el, 'input[name="to"]')!;
    from.value = '2027-01-01';
    const r3 = await resultsAfter(el, () => from.dispatchEvent(new Event('change')));
    to.value = '2027-03-31';
    const r4 = await resultsAfter(el, () => to.dispatchEvent(new Event('change')));
    expect(r4.total).to.be.greaterThan(0).and.lessThan(r3.total);
    for (const t of r4.items) expect(t.nextStart! >= '2027-01-01' && t.nextStart! <= '2027-03-31', String(t.nextStart)).to.equal(true);
  });

  it('finds a commune, keeps results within the radius and sorts by distance', async () => {
    const el = await mount();
    $<HTMLInputElement>(el, '#place')!.value = 'Dijon';
    $<HTMLInputElement>(el, '#place')!.dispatchEvent(new Event('input'));
    const r = await resultsAfter(el, () => $<HTMLFormElement>(el, '.place-form')!.requestSubmit());
    expect($(el, '.near')!.textContent).to.contain('Dijon');
    expect(r.query.where).to.contain('within_distance(`lieu_geo`');
    const dijon = { lat: 47.32, lon: 5.04 };
    for (const t of r.items) expect(haversineKm(dijon, t.place.geo!)).to.be.lessThan(32);
    const select = $<HTMLSelectElement>(el, '.sort select')!;
    select.value = 'distance';
    const r2 = await resultsAfter(el, () => select.dispatchEvent(new Event('change')));
    const [, lon, lat] = /POINT\(([-\d.]+) ([-\d.]+)\)/.exec(r2.query.orderBy)!.map(Number);
    expect(haversineKm(dijon, { lat: lat!, lon: lon! })).to.be.lessThan(3);
    const d = r2.items.map((t) => haversineKm({ lat: lat!, lon: lon! }, t.place.geo!));
    expect(d).to.deep.equal([...d].sort((a, b) => a - b));
    expect($(el, '.card .distance')).to.exist;
  });

  it('offers a choice when several communes match, and says so when none does', async () => {
    const el = await mount();
    const place = $<HTMLInputElement>(el, '#place')!;
    place.value = 'Saint-A';
    place.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(el, '.place-form')!.requestSubmit();
    await waitUntil(() => $$(el, '.choices button').length > 1, 'no choice of communes');
    const choice = $$(el, '.choices button')[0]!;
    const label = choice.textContent!.trim();
    await resultsAfter(el, () => choice.click());
    expect($(el, '.near')!.textContent).to.contain(label);
    await resultsAfter(el, () => $<HTMLButtonElement>(el, '#remove-place')!.click());
    const place2 = $<HTMLInputElement>(el, '#place')!;
    place2.value = 'Zzyzxville';
    place2.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(el, '.place-form')!.requestSubmit();
    await waitUntil(() => /Aucune commune/.test($(el, '.place-status')!.textContent ?? ''), 'no "none found" message');
  });

  it('the lookup says in English when nothing matches, or the position is refused, on an English widget', async () => {
    const el = await mount(html`<carif-training-search lang="en"></carif-training-search>`);
    const place = $<HTMLInputElement>(el, '#place')!;
    place.value = 'Zzyzxville';
    place.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(el, '.place-form')!.requestSubmit();
    await waitUntil(() => /No town found for “Zzyzxville”/.test($(el, '.place-status')!.textContent ?? ''), 'no English "none found" message');
    const original = navigator.geolocation.getCurrentPosition;
    navigator.geolocation.getCurrentPosition = (_ok: PositionCallback, fail?: PositionErrorCallback | null) =>
      fail?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
    try {
      $<HTMLButtonElement>(el, '[part~="around-me"]')!.click();
      await waitUntil(() => /Your location could not be found/.test($(el, '.place-status')!.textContent ?? ''), 'no English "denied" message');
    } finally {
      navigator.geolocation.getCurrentPosition = original;
    }
  });

  it('uses the visitor position only when they click "around me"', async () => {
    let asked = 0;
    const original = navigator.geolocation.getCurrentPosition;
    // The device boundary: the browser's geolocation answers with Rennes.
    navigator.geolocation.getCurrentPosition = (ok: PositionCallback) => {
      asked += 1;
      ok({ coords: { latitude: 48.1147, longitude: -1.6794 } } as GeolocationPosition);
    };
    try {
      const el = await mount();
      expect(asked).to.equal(0);
      const r = await resultsAfter(el, () => $<HTMLButtonElement>(el, '.around-me, [part~="around-me"]')!.click());
      expect(asked).to.equal(1);
      for (const t of r.items) expect(haversineKm({ lat: 48.1147, lon: -1.6794 }, t.place.geo!)).to.be.lessThan(32);
    } finally {
      navigator.geolocation.getCurrentPosition = original;
    }
  });

  it('sorts by next start date', async () => {
    const el = await mount();
    const select = $<HTMLSelectElement>(el, '.sort select')!;
    select.value = 'start';
    const r = await resultsAfter(el, () => select.dispatchEvent(new Event('change')));
    const dates = r.items.map((t) => t.nextStart ?? '9999');
    expect(dates).to.deep.equal([...dates].sort());
    expect(r.query.orderBy).to.contain('prochaine_session');
  });

  it('paginates, moves focus to the results heading and announces the page', async () => {
    const el = await mount();
    const first = $$(el, '.card-title').map((c) => c.textContent);
    const next = $$<HTMLButtonElement>(el, '.pagination > button')[1]!;
    const r = await resultsAfter(el, () => next.click());
    expect(r.query.offset).to.equal(10);
    await waitUntil(() => shadowActive(el)?.id === 'results-heading', 'focus did not move to the results heading');
    expect($$(el, '.card-title').map((c) => c.textContent)).to.not.deep.equal(first);
    expect($(el, '[aria-current="page"]')!.textContent!.trim()).to.equal('2');
    expect($(el, '[role="status"][aria-live="polite"]')!.textContent).to.contain('Page 2');
    expect($(el, 'ol.list')!.getAttribute('start')).to.equal('11');
  });

  it('stays within the API window of 10,000 records on the last pages', async () => {
    const el = await mount(html`<carif-training-search page-size="100"></carif-training-search>`);
    const buttons = $$<HTMLButtonElement>(el, '.pagination li button');
    const last = buttons[buttons.length - 1]!;
    await resultsAfter(el, () => last.click());
    expect($(el, '[part="error"]')).to.equal(null);
  });
});

function shadowActive(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}
