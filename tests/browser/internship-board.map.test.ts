import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core';
import '../../src/internship-board/define.js';
import type { CarifInternshipBoard } from '../../src/internship-board/internship-board.js';
import { $, $$, freshCache, nextEvent, settled, failOnPageErrors, markersDrawn } from '../helpers/helpers.js';

// No test reaches a tile server: tile-url is "none" or a local address that answers 404.
async function mount(tiles = 'none', extra = html``): Promise<CarifInternshipBoard> {
  freshCache();
  const el = await fixture<CarifInternshipBoard>(html`<div>${extra}<carif-internship-board tile-url=${tiles}></carif-internship-board></div>`);
  const board = el.querySelector('carif-internship-board')!;
  await settled(board);
  return board;
}

const leafletLoaded = () => performance.getEntriesByType('resource').some((e) => /leaflet/i.test(e.name));

async function showMap(el: CarifInternshipBoard): Promise<void> {
  $<HTMLButtonElement>(el, '.map-toggle')!.click();
  await waitUntil(() => $$(el, '.carif-marker').length > 0, 'no markers drawn', { timeout: 8000 });
}


describe('<carif-internship-board> map', () => {
  failOnPageErrors();

  it('loads Leaflet only when the visitor shows the map, and sets no global L', async () => {
    const el = await mount();
    expect(leafletLoaded(), 'Leaflet loaded before the map was asked for').to.equal(false);
    const toggle = $<HTMLButtonElement>(el, '.map-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await showMap(el);
    expect(leafletLoaded()).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect((window as unknown as { L?: unknown }).L).to.equal(undefined);
    // Leaflet's own CSS is inside the shadow root: its panes are positioned.
    expect(getComputedStyle($(el, '.leaflet-pane')!).position).to.equal('absolute');
    expect(document.querySelector('.leaflet-container')).to.equal(null);
  });

  it('draws every offer of the page that has a position, as named, focusable markers', async () => {
    const el = await mount();
    await showMap(el);
    const withGeo = $$(el, '.list > li').length;
    expect(markersDrawn(el)).to.equal(withGeo);
    for (const m of $$(el, '.carif-marker')) {
      expect(m.getAttribute('role')).to.equal('button');
      expect(m.getAttribute('tabindex')).to.equal('0');
      expect(m.getAttribute('aria-label')!.length).to.be.greaterThan(3);
    }
    await expect(el).to.be.accessible();
  });

  it('follows the results: a new page or filter redraws the markers', async () => {
    const el = await mount();
    await showMap(el);
    const before = $$(el, '.carif-marker').map((m) => m.getAttribute('aria-label')).join('|');
    // The facet counts may answer after the results (under load, well after): wait for the
    // département box itself rather than assuming it is drawn once the list is.
    const department = () => $<HTMLInputElement>(el, 'fieldset[data-group="department"] input');
    await waitUntil(() => department(), 'no département filter drawn', { timeout: 8000 });
    const results = nextEvent(el, 'carif-results');
    department()!.click();
    await results;
    await settled(el);
    await waitUntil(() => $$(el, '.carif-marker').map((m) => m.getAttribute('aria-label')).join('|') !== before, 'markers did not follow the results', { timeout: 8000 });
    await waitUntil(() => markersDrawn(el) === $$(el, '.list > li').length, `the map shows ${markersDrawn(el)} offers, the list ${$$(el, '.list > li').length}`, { timeout: 8000 });
  });

  it('a marker opens its offer, by click and by keyboard; clusters zoom in', async () => {
    const el = await mount();
    await showMap(el);
    // Expand clusters with Enter until single points show.
    for (let i = 0; i < 6 && !$(el, '.carif-point'); i++) {
      const cluster = $<HTMLElement>(el, '.carif-cluster')!;
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.carif-marker'));
    }
    const point = $<HTMLElement>(el, '.carif-point')!;
    const label = point.getAttribute('aria-label')!;
    point.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'Enter on a marker did not open the offer', { timeout: 5000 });
    expect(label).to.contain($(el, '#detail-title')!.textContent!.trim());
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog')!.open);
    $<HTMLElement>(el, '.carif-point')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'a click on a marker did not open the offer', { timeout: 5000 });
  });

  it('when tiles cannot load, says so and keeps the markers', async () => {
    const el = await mount('/no-tiles-here/{z}/{x}/{y}.png');
    await showMap(el);
    await waitUntil(() => $(el, '.carif-map-notice'), 'no notice about the missing background', { timeout: 8000 });
    expect($(el, '.carif-map-notice')!.textContent).to.match(/fond de carte/);
    expect($$(el, '.carif-marker').length).to.be.greaterThan(0);
    expect($(el, '.leaflet-control-attribution')).to.exist;
  });

  it('hides the map again, removes it, and in the employer directory draws the employers instead', async () => {
    const el = await mount();
    await showMap(el);
    $<HTMLButtonElement>(el, '.map-toggle')!.click();
    await el.updateComplete;
    expect($(el, '#map')).to.equal(null);
    await showMap(el);
    const results = nextEvent(el, 'carif-results');
    $<HTMLInputElement>(el, 'input[name="mode"][value="employers"]')!.click();
    await results;
    await settled(el);
    // The directory has its map too (issue 14): one marker per employer with a place, no offer left.
    await waitUntil(() => $(el, '#map')?.getAttribute('aria-label')?.includes('employeurs'), 'the map did not turn to the employers');
    const employers = ((await results) as CustomEvent<{ items: { name: string; geo: unknown }[] }>).detail.items.filter((e) => e.geo);
    await waitUntil(() => markersDrawn(el) === employers.length, 'the map does not hold the employers of the page', { timeout: 5000 });
    const named = $$(el, '.carif-point').map((m) => m.getAttribute('aria-label')!.split(',')[0]);
    for (const name of named) expect(employers.map((e) => e.name)).to.include(name);
  });

  it('hide-filters="map" removes the toggle', async () => {
    freshCache();
    const el = await fixture<CarifInternshipBoard>(html`<carif-internship-board hide-filters="map"></carif-internship-board>`);
    await settled(el);
    expect($(el, '.map-toggle')).to.equal(null);
  });
});
